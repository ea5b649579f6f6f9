//! What CAs and resellers actually send → the certificates inside: the mailed .zip
//! (`TrustedRoot.crt`, `DigiCertCA.crt`, `<name>.crt`; names in UTF-8 or CP932), PKCS#7
//! certs-only (.p7b/.p7c, DER or PEM), PEM bundles in any order, single PEM or DER .crt/.cer.
//!
//! Zips are read in memory and never extracted; entry count, entry size and total size are capped
//! (zip bombs), and only an entry's base name is ever used (no traversal). Every malformed input
//! is an error with a reason, never a panic.

use std::io::{Cursor, Read};

use der08::{Decode, Encode};
use x509_parser::prelude::FromDer;

/// Largest input file read at all.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// Zip limits: entries, bytes of one entry once inflated, bytes of all entries once inflated.
pub const MAX_ZIP_ENTRIES: usize = 64;
pub const MAX_ZIP_ENTRY_BYTES: u64 = 1024 * 1024;
pub const MAX_ZIP_TOTAL_BYTES: u64 = 8 * 1024 * 1024;
/// A mail's attachments: as many and as large in all as a zip's entries.
const MAIL_LIMITS: super::mail::Limits = super::mail::Limits {
    max_attachments: MAX_ZIP_ENTRIES,
    max_total_bytes: MAX_ZIP_TOTAL_BYTES,
};
/// Certificates in one file or import. A system CA bundle holds about 150; a CA's zip, three.
pub const MAX_CERTS: usize = 1000;

/// One certificate found, with where it came from (for messages).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundCert {
    pub der: Vec<u8>,
    /// File name, or `archive.zip › entry.crt`.
    pub source: String,
}

#[derive(Clone, Debug, thiserror::Error, PartialEq, Eq)]
pub enum BundleError {
    #[error("{file}: too large")]
    TooLarge { file: String },
    #[error("{file}: empty")]
    Empty { file: String },
    #[error("{file}: not a certificate file")]
    Unrecognized { file: String },
    #[error("{file}: PEM cut off")]
    TruncatedPem { file: String },
    #[error("{file}: a CSR, not a certificate")]
    IsCsr { file: String },
    #[error("{file}: a private key file")]
    IsPrivateKey { file: String },
    #[error("{file}: a PKCS#12 file")]
    IsPkcs12 { file: String },
    #[error("{file}: damaged certificate")]
    BadCertificate { file: String },
    /// A certificate the strict reader refuses, and the (first) rule it breaks.
    #[error("{file}: the certificate breaks a rule ({rule:?})")]
    BreaksRule {
        file: String,
        rule: super::cert::lenient::Quirk,
    },
    #[error("{file}: damaged PKCS#7")]
    BadPkcs7 { file: String },
    #[error("{file}: damaged zip")]
    BadZip { file: String },
    #[error("{file}: password-protected zip")]
    ZipEncrypted { file: String },
    #[error("{file}: unsafe entry name {entry}")]
    ZipUnsafeName { file: String, entry: String },
    #[error("{file}: zip too large when unpacked")]
    ZipBomb { file: String },
    #[error("no certificates")]
    NoCertificates,
    #[error("{file}: more than {MAX_CERTS} certificates")]
    TooManyCertificates { file: String },
    #[error("{file}: an encrypted private key file")]
    IsEncryptedPrivateKey { file: String },
    #[error("{file}: {error}")]
    Mail {
        file: String,
        error: super::mail::MailError,
    },
}

/// Reads every certificate from the given files (name, bytes), de-duplicated, in order found.
/// Strict: a certificate x509-parser refuses is an error (`BreaksRule` when Shomei can say
/// which rule it breaks). Import reads this way.
pub fn read_files(files: &[(String, Vec<u8>)]) -> Result<Vec<FoundCert>, BundleError> {
    read_files_as(files, false)
}

/// Like [`read_files`], but a certificate that breaks a rule is taken as long as its outer
/// structure parses (`pki::cert::lenient`): for inspection, never for import.
pub fn read_files_for_inspect(files: &[(String, Vec<u8>)]) -> Result<Vec<FoundCert>, BundleError> {
    read_files_as(files, true)
}

fn read_files_as(
    files: &[(String, Vec<u8>)],
    lenient: bool,
) -> Result<Vec<FoundCert>, BundleError> {
    let mut out: Vec<FoundCert> = Vec::new();
    for (name, bytes) in files {
        let mut found = Vec::new();
        read_one(name, bytes, true, lenient, &mut found)?;
        for c in found {
            if !out.iter().any(|o| o.der == c.der) {
                out.push(c);
            }
        }
        if out.len() > MAX_CERTS {
            return Err(BundleError::TooManyCertificates { file: name.clone() });
        }
    }
    if out.is_empty() {
        return Err(BundleError::NoCertificates);
    }
    Ok(out)
}

fn read_one(
    name: &str,
    bytes: &[u8],
    allow_zip: bool,
    lenient: bool,
    out: &mut Vec<FoundCert>,
) -> Result<(), BundleError> {
    let file = || name.to_owned();
    if bytes.len() > MAX_FILE_BYTES {
        return Err(BundleError::TooLarge { file: file() });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(BundleError::Empty { file: file() });
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        if !allow_zip {
            // A zip inside a zip is not something CAs send.
            return Err(BundleError::Unrecognized { file: file() });
        }
        return read_zip(name, bytes, lenient, out);
    }
    // The CA's mail (.eml/.msg): each attachment read as a file of its own, within the zip caps.
    if allow_zip && let Some(mail) = super::mail::attachments(bytes, &MAIL_LIMITS) {
        let attachments = mail.map_err(|error| BundleError::Mail {
            file: file(),
            error,
        })?;
        for a in attachments {
            let source = a.name.map_or_else(file, |n| format!("{name} › {n}"));
            read_one(&source, &a.bytes, true, lenient, out)?;
        }
        return Ok(());
    }
    if let Some(text) = pem_text(bytes) {
        return read_pem(name, text, lenient, out);
    }
    if lenient
        && bytes.first() != Some(&0x30)
        && let Some(text) = pem_text_lossy(bytes)
    {
        // PEM after text that is not UTF-8 (a dump of the certificate in some legacy charset,
        // as lint suites' test files have): OpenSSL skips whatever precedes BEGIN, and so does
        // inspection. Import keeps to UTF-8 files.
        return read_pem(name, &text, lenient, out);
    }
    read_der(name, bytes, lenient, out)
}

/// PEM is text with a BEGIN line; a UTF-8 BOM or CRLF line ends are fine.
fn pem_text(bytes: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.contains("-----BEGIN ").then_some(text)
}

/// Text with a BEGIN line whose other bytes need not be UTF-8 (those become U+FFFD; the
/// base64 between BEGIN and END is ASCII or the block is damaged anyway).
fn pem_text_lossy(bytes: &[u8]) -> Option<String> {
    let begin = b"-----BEGIN ";
    bytes
        .windows(begin.len())
        .any(|w| w == begin)
        .then(|| String::from_utf8_lossy(bytes).into_owned())
}

fn read_pem(
    name: &str,
    text: &str,
    lenient: bool,
    out: &mut Vec<FoundCert>,
) -> Result<(), BundleError> {
    let file = || name.to_owned();
    // Key files first: their headers (Proc-Type, DEK-Info) are not certificate PEM.
    for line in text.lines() {
        if let Some(label) = line
            .trim()
            .strip_prefix("-----BEGIN ")
            .and_then(|l| l.strip_suffix("-----"))
            && label.contains("PRIVATE KEY")
        {
            let encrypted = label.contains("ENCRYPTED") || text.contains("Proc-Type: 4,ENCRYPTED");
            return Err(if encrypted {
                BundleError::IsEncryptedPrivateKey { file: file() }
            } else {
                BundleError::IsPrivateKey { file: file() }
            });
        }
    }
    let begins = text.matches("-----BEGIN ").count();
    let ends = text.matches("-----END ").count();
    if begins != ends {
        return Err(BundleError::TruncatedPem { file: file() });
    }
    let mut seen = 0;
    for pem in x509_parser::pem::Pem::iter_from_buffer(text.as_bytes()) {
        let pem = pem.map_err(|_| BundleError::TruncatedPem { file: file() })?;
        seen += 1;
        match pem.label.as_str() {
            "CERTIFICATE" | "X509 CERTIFICATE" | "TRUSTED CERTIFICATE" => {
                push_cert(name, &pem.contents, lenient, out)?;
            }
            "PKCS7" | "CERTIFICATE CHAIN" => read_pkcs7(name, &pem.contents, lenient, out)?,
            "CERTIFICATE REQUEST" | "NEW CERTIFICATE REQUEST" => {
                return Err(BundleError::IsCsr { file: file() });
            }
            l if l.contains("PRIVATE KEY") => {
                return Err(BundleError::IsPrivateKey { file: file() });
            }
            _ => {}
        }
    }
    if seen != begins {
        return Err(BundleError::TruncatedPem { file: file() });
    }
    Ok(())
}

fn push_cert(
    name: &str,
    der: &[u8],
    lenient: bool,
    out: &mut Vec<FoundCert>,
) -> Result<(), BundleError> {
    let strict = matches!(
        x509_parser::certificate::X509Certificate::from_der(der),
        Ok(([], _))
    );
    if strict || (lenient && super::cert::lenient::is_certificate(der)) {
        out.push(FoundCert {
            der: der.to_vec(),
            source: name.to_owned(),
        });
        return Ok(());
    }
    // Refused (import): say which rule it breaks when that can be told.
    match super::cert::lenient::refusal_reasons(der)
        .into_iter()
        .next()
    {
        Some(rule) => Err(BundleError::BreaksRule {
            file: name.to_owned(),
            rule,
        }),
        None => Err(BundleError::BadCertificate {
            file: name.to_owned(),
        }),
    }
}

fn read_der(
    name: &str,
    bytes: &[u8],
    lenient: bool,
    out: &mut Vec<FoundCert>,
) -> Result<(), BundleError> {
    if bytes.first() != Some(&0x30) {
        return Err(BundleError::Unrecognized {
            file: name.to_owned(),
        });
    }
    if let Ok((rest, _)) = x509_parser::certificate::X509Certificate::from_der(bytes)
        && rest.is_empty()
    {
        return push_cert(name, bytes, lenient, out);
    }
    if let Ok(ci) = cms::content_info::ContentInfo::from_der(bytes) {
        if ci.content_type == const_oid_signed_data() {
            return read_pkcs7(name, bytes, lenient, out);
        }
        return Err(BundleError::Unrecognized {
            file: name.to_owned(),
        });
    }
    if let Some(der) = crate::pki::ber::to_der(bytes)
        && der != bytes
        && let Ok(ci) = cms::content_info::ContentInfo::from_der(&der)
        && ci.content_type == const_oid_signed_data()
    {
        // BER (indefinite lengths), as Windows and Java write .p7b files.
        return read_pkcs7(name, &der, lenient, out);
    }
    if x509_parser::certification_request::X509CertificationRequest::from_der(bytes).is_ok() {
        return Err(BundleError::IsCsr {
            file: name.to_owned(),
        });
    }
    if crate::pki::pkcs12::parse_pfx(bytes).is_some() {
        return Err(BundleError::IsPkcs12 {
            file: name.to_owned(),
        });
    }
    if super::cert::lenient::is_certificate(bytes) {
        // A certificate that breaks a rule: read for inspection, explained on import.
        return push_cert(name, bytes, lenient, out);
    }
    Err(BundleError::Unrecognized {
        file: name.to_owned(),
    })
}

fn const_oid_signed_data() -> der08::asn1::ObjectIdentifier {
    der08::asn1::ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.2")
}

fn read_pkcs7(
    name: &str,
    der: &[u8],
    lenient: bool,
    out: &mut Vec<FoundCert>,
) -> Result<(), BundleError> {
    let bad = || BundleError::BadPkcs7 {
        file: name.to_owned(),
    };
    let converted;
    let der = if cms::content_info::ContentInfo::from_der(der).is_ok() {
        der
    } else {
        // BER (indefinite lengths), as Windows and Java write .p7b files: see `pki::ber`.
        converted = crate::pki::ber::to_der(der).ok_or_else(bad)?;
        &converted
    };
    let ci = cms::content_info::ContentInfo::from_der(der).map_err(|_| bad())?;
    if ci.content_type != const_oid_signed_data() {
        // An intact PKCS#7 of another kind (an encrypted or signed message): no certificates,
        // not damage.
        return Err(BundleError::Unrecognized {
            file: name.to_owned(),
        });
    }
    let sd_der = ci.content.to_der().map_err(|_| bad())?;
    let sd = match cms::signed_data::SignedData::from_der(&sd_der) {
        Ok(sd) => sd,
        Err(_) => {
            // The cms crate decodes each certificate strictly: one that breaks a rule (a
            // UTCTime with an offset …) fails the whole SignedData. Its certificates, taken out
            // TLV by TLV, are read (inspection) or explained (import) like any others.
            let certs = super::cert::lenient::pkcs7_certificates(&sd_der).ok_or_else(bad)?;
            if certs.is_empty() {
                return Err(bad());
            }
            if !lenient {
                // Import refuses such a file as before, now naming the rule when it can.
                let rule = certs
                    .iter()
                    .find_map(|d| super::cert::lenient::refusal_reasons(d).into_iter().next());
                return Err(match rule {
                    Some(rule) => BundleError::BreaksRule {
                        file: name.to_owned(),
                        rule,
                    },
                    None => bad(),
                });
            }
            for d in certs {
                push_cert(name, d, lenient, out)?;
            }
            return Ok(());
        }
    };
    let Some(set) = sd.certificates else {
        return Err(BundleError::NoCertificates);
    };
    for choice in set.0.iter() {
        if let cms::cert::CertificateChoices::Certificate(c) = choice {
            let d = c.to_der().map_err(|_| bad())?;
            push_cert(name, &d, lenient, out)?;
        }
    }
    Ok(())
}

/// A zip entry's full name: UTF-8 when flagged or valid, else CP932 (Japanese Windows).
pub fn decode_entry_name(raw: &[u8]) -> String {
    match std::str::from_utf8(raw) {
        Ok(s) => s.to_owned(),
        Err(_) => encoding_rs::SHIFT_JIS.decode(raw).0.into_owned(),
    }
}

/// The base name of an entry, or `None` when the name tries to leave the archive (`..`, an
/// absolute path, a drive letter): CAs never send such names, so such a zip is refused.
pub fn safe_base_name(full: &str) -> Option<String> {
    let parts: Vec<&str> = full.split(['/', '\\']).collect();
    let absolute = full.starts_with(['/', '\\']) || full.get(1..2) == Some(":");
    if absolute || parts.contains(&"..") {
        return None;
    }
    Some(parts.last().copied().unwrap_or("").to_owned())
}

fn read_zip(
    name: &str,
    bytes: &[u8],
    lenient: bool,
    out: &mut Vec<FoundCert>,
) -> Result<(), BundleError> {
    let file = || name.to_owned();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|_| BundleError::BadZip { file: file() })?;
    if zip.len() > MAX_ZIP_ENTRIES {
        return Err(BundleError::ZipBomb { file: file() });
    }
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let mut entry = match zip.by_index(i) {
            Ok(e) => e,
            Err(zip::result::ZipError::UnsupportedArchive(m)) if m.contains("assword") => {
                return Err(BundleError::ZipEncrypted { file: file() });
            }
            Err(_) => return Err(BundleError::BadZip { file: file() }),
        };
        if entry.is_dir() {
            continue;
        }
        if entry.encrypted() {
            return Err(BundleError::ZipEncrypted { file: file() });
        }
        let full = crate::pki::text::clean(&decode_entry_name(entry.name_raw()));
        let Some(base) = safe_base_name(&full) else {
            return Err(BundleError::ZipUnsafeName {
                file: file(),
                entry: full,
            });
        };
        if base.is_empty() || base.starts_with('.') || base.starts_with("__MACOSX") {
            continue;
        }
        // The declared size may lie; read at most one byte past the limit to find out.
        let mut buf = Vec::new();
        (&mut entry)
            .take(MAX_ZIP_ENTRY_BYTES + 1)
            .read_to_end(&mut buf)
            .map_err(|_| BundleError::BadZip { file: file() })?;
        if buf.len() as u64 > MAX_ZIP_ENTRY_BYTES {
            return Err(BundleError::ZipBomb { file: file() });
        }
        total += buf.len() as u64;
        if total > MAX_ZIP_TOTAL_BYTES {
            return Err(BundleError::ZipBomb { file: file() });
        }
        let lower = base.to_ascii_lowercase();
        let cert_like = [".crt", ".cer", ".pem", ".p7b", ".p7c", ".der", ".txt"]
            .iter()
            .any(|x| lower.ends_with(x));
        if !cert_like {
            continue; // readme.html, install guides …
        }
        let source = format!("{name} › {base}");
        read_one(&source, &buf, false, lenient, out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_names() {
        assert_eq!(
            safe_base_name("certs/TrustedRoot.crt"),
            Some("TrustedRoot.crt".into())
        );
        assert_eq!(safe_base_name("../../etc/x.crt"), None);
        assert_eq!(safe_base_name("/etc/x.crt"), None);
        assert_eq!(safe_base_name("C:\\x.crt"), None);
        let (cp932, _, _) = encoding_rs::SHIFT_JIS.encode("証明書.crt");
        assert_eq!(decode_entry_name(&cp932), "証明書.crt");
    }

    #[test]
    fn garbage_is_refused_not_panicked() {
        for bytes in [
            &b""[..],
            b"\x30\x82\xff\xff",
            b"PK\x03\x04garbage",
            b"-----BEGIN CERTIFICATE-----\nAAAA",
        ] {
            assert!(read_files(&[("x".into(), bytes.to_vec())]).is_err());
        }
    }
}
