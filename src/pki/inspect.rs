//! Any file a user may hold → a plain-language summary with findings: a CSR (decoded and its
//! signature checked here), certificates (the model is `pki::cert`; read leniently, so one
//! that breaks a rule is described with that rule as a finding) and a .p12 opened with its
//! password. The summary is data; the CLI and the wizard render it.

use serde::Serialize;
use x509_parser::prelude::*;

use crate::pki::cert::fields::{NameEntry, eku_names, key_usage_names, name_entries, san_names};
use crate::pki::cert::lenient::Quirk;
use crate::pki::cert::{Cert, Role};
pub use crate::pki::keyinfo::{key_description, private_key_facts};
use crate::pki::verify::{self, signature_name};

/// Something worth telling the user about a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Finding {
    SignatureInvalid,
    SignatureUnsupported,
    KeyTooSmall {
        bits: usize,
    },
    WeakHash,
    CnNotInSan,
    HasOrganizationalUnit,
    HasEmailAddressAttribute,
    HasChallengePassword,
    NoSan,
    Expired,
    NotYetValid,
    /// The certificate breaks a rule (read anyway, for inspection: see `pki::cert::lenient`).
    /// JSON: `{"breaks-rule": {"rule": "time-without-seconds", …}}`.
    BreaksRule(crate::pki::cert::lenient::Quirk),
}

/// What a CSR says, in plain terms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CsrSummary {
    /// `smime`, `server` or `unknown` (from the requested EKU and SANs).
    pub kind: String,
    pub subject: Vec<NameEntry>,
    pub emails: Vec<String>,
    pub dns_names: Vec<String>,
    /// e.g. `RSA 2048`, `ECDSA P-256`.
    pub key: String,
    pub key_bits: usize,
    pub signature_algorithm: String,
    pub signature_valid: bool,
    pub key_usage: Vec<String>,
    pub extended_key_usage: Vec<String>,
    pub findings: Vec<Finding>,
}

/// Why a file could not be inspected.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum InspectError {
    #[error("not a file Shomei understands")]
    Unrecognized,
    #[error("the PEM block is cut off or damaged")]
    TruncatedPem,
    #[error("the CSR is damaged")]
    BadCsr,
}

/// A certificate in plain terms, with its role and findings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CertView {
    pub role: Role,
    #[serde(flatten)]
    pub cert: Cert,
    /// Checked against its issuer when the issuer is in the same file (or it is self-signed);
    /// `None` when there is no issuer at hand or the algorithm is one Shomei cannot check.
    pub signature_valid: Option<bool>,
    pub findings: Vec<Finding>,
}

/// What kind of file this is, decoded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Inspection {
    Csr(CsrSummary),
    Certificates {
        certificates: Vec<CertView>,
    },
    Pkcs12 {
        #[serde(flatten)]
        summary: crate::pki::pkcs12::P12Summary,
        /// Whether the file holds a private key at all.
        has_key: bool,
        /// The (first) key: `RSA 2048`, `ECDSA P-256`, `DSA 1024` …; empty without a key.
        key: String,
        key_bits: usize,
        /// SHA-256 of the key's public half (SPKI), when Shomei can derive it.
        key_spki_sha256: Option<String>,
        /// Whether the key belongs to one of the certificates in the file (the leaf, or a CA
        /// certificate shipped with its key); `None` when that cannot be told.
        key_matches_certificate: Option<bool>,
        /// Index in `certificates` of the certificate the key belongs to.
        key_certificate: Option<usize>,
        /// Kept for existing readers: `key_matches_certificate`, false when unknown.
        key_matches_leaf: bool,
        certificates: Vec<CertView>,
    },
}

/// Whether `bytes` look like a PKCS#12 file (so the caller asks for its password).
pub fn is_pkcs12(bytes: &[u8]) -> bool {
    crate::pki::pkcs12::parse_pfx(bytes).is_some()
}

/// Opens a PKCS#12 with its password and describes what it holds: the key (its type, whether it
/// belongs to the leaf) and the certificates. The decrypted key is dropped (and wiped) here; the
/// inspection keeps only facts.
pub fn inspect_pkcs12(
    bytes: &[u8],
    password: &str,
    now: i64,
) -> Result<Inspection, crate::pki::pkcs12::P12Error> {
    use crate::pki::cert::sha256_hex;
    let mut summary = crate::pki::pkcs12::read(bytes, password)?;
    let read: Vec<(Cert, Vec<Quirk>)> = summary
        .certs
        .iter()
        .filter_map(|d| crate::pki::cert::lenient::read(d))
        .collect();
    let certs: Vec<Cert> = read.iter().map(|(c, _)| c.clone()).collect();
    let has_key = !summary.key_pkcs8.is_empty();
    let (mut key, mut key_bits, spki) = summary
        .key_pkcs8
        .first()
        .map(|k| private_key_facts(k))
        .unwrap_or_default();
    summary.key_pkcs8.clear();
    // The key may belong to any certificate of the file: the leaf, or a CA certificate
    // shipped with its own key.
    let key_certificate = spki
        .as_ref()
        .and_then(|s| certs.iter().position(|c| &c.spki_der == s));
    let key_matches_certificate = match (&spki, has_key) {
        (Some(_), _) => Some(key_certificate.is_some()),
        (None, false) => Some(false),
        (None, true) => None,
    };
    if let Some(i) = key_certificate {
        // The certificate's own description of the same public key.
        key = certs[i].key.clone();
        key_bits = certs[i].key_bits;
    }
    Ok(Inspection::Pkcs12 {
        summary,
        has_key,
        key,
        key_bits,
        key_spki_sha256: spki.as_deref().map(sha256_hex),
        key_matches_certificate,
        key_certificate,
        key_matches_leaf: key_matches_certificate.unwrap_or(false),
        certificates: quirky_cert_views(read, now),
    })
}

/// Describes certificates with findings judged at `now` (Unix seconds).
pub fn cert_views(certs: Vec<Cert>, now: i64) -> Vec<CertView> {
    quirky_cert_views(certs.into_iter().map(|c| (c, Vec::new())).collect(), now)
}

/// Like [`cert_views`], for certificates read by `pki::cert::lenient::read`: each rule a certificate
/// breaks is a finding of its own, after the others.
pub fn quirky_cert_views(certs: Vec<(Cert, Vec<Quirk>)>, now: i64) -> Vec<CertView> {
    let pool: Vec<Cert> = certs.iter().map(|(c, _)| c.clone()).collect();
    certs
        .into_iter()
        .map(|(cert, quirks)| {
            let mut findings = Vec::new();
            // A time that cannot be read tells nothing about expiry.
            if cert.not_after < now && !cert.not_after_unreadable {
                findings.push(Finding::Expired);
            } else if cert.not_before > now && !cert.not_before_unreadable {
                findings.push(Finding::NotYetValid);
            }
            let bits = cert.key_bits;
            if cert.key.starts_with("RSA") && bits < 2048 {
                findings.push(Finding::KeyTooSmall { bits });
            }
            if cert.signature_algorithm.starts_with("sha1") {
                findings.push(Finding::WeakHash);
            }
            let role = cert.role();
            let signature_valid = cert.signature_status(&pool);
            if role == Role::Leaf
                && cert.extended_key_usage.iter().any(|e| e == "serverAuth")
                && let Some(cn) = &cert.subject_cn
                && !cert.dns_names.iter().any(|d| d.eq_ignore_ascii_case(cn))
            {
                findings.push(Finding::CnNotInSan);
            }
            findings.extend(quirks.into_iter().map(Finding::BreaksRule));
            CertView {
                role,
                cert,
                signature_valid,
                findings,
            }
        })
        .collect()
}

/// The DER of the first PEM block labelled `label`, if `bytes` hold PEM text with that label.
pub fn pem_block(bytes: &[u8], labels: &[&str]) -> Result<Option<Vec<u8>>, InspectError> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Ok(None);
    };
    for label in labels {
        let begin = format!("-----BEGIN {label}-----");
        if text.contains(&begin) {
            let end = format!("-----END {label}-----");
            if !text.contains(&end) {
                return Err(InspectError::TruncatedPem);
            }
            let (_, pem) =
                x509_parser::pem::parse_x509_pem(&bytes[text.find(&begin).unwrap_or(0)..])
                    .map_err(|_| InspectError::TruncatedPem)?;
            return Ok(Some(pem.contents));
        }
    }
    Ok(None)
}

/// Inspects a file's bytes.
pub fn inspect(bytes: &[u8]) -> Result<Inspection, InspectError> {
    let labels = ["CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"];
    if let Some(der) = pem_block(bytes, &labels)? {
        return csr_summary(&der).map(Inspection::Csr);
    }
    if X509CertificationRequest::from_der(bytes).is_ok() {
        return csr_summary(bytes).map(Inspection::Csr);
    }
    Err(InspectError::Unrecognized)
}

/// Decodes and checks a CSR.
pub fn csr_summary(der: &[u8]) -> Result<CsrSummary, InspectError> {
    let (_, csr) = X509CertificationRequest::from_der(der).map_err(|_| InspectError::BadCsr)?;
    let info = &csr.certification_request_info;
    let subject = name_entries(&info.subject);
    let (key, key_bits) = key_description(&info.subject_pki);
    let sig_oid = csr.signature_algorithm.algorithm.to_id_string();
    let sig_result = verify::verify(
        info.subject_pki.raw,
        &sig_oid,
        info.raw,
        &csr.signature_value.data,
    );
    let mut findings = Vec::new();
    match sig_result {
        Ok(()) => {}
        Err(verify::VerifyError::Unsupported(_)) => findings.push(Finding::SignatureUnsupported),
        Err(_) => findings.push(Finding::SignatureInvalid),
    }
    let mut emails = Vec::new();
    let mut dns_names = Vec::new();
    let mut key_usage = Vec::new();
    let mut extended_key_usage = Vec::new();
    if let Some(exts) = csr.requested_extensions() {
        for ext in exts {
            match ext {
                ParsedExtension::SubjectAlternativeName(san) => {
                    (emails, dns_names) = san_names(san);
                }
                ParsedExtension::KeyUsage(ku) => key_usage = key_usage_names(ku),
                ParsedExtension::ExtendedKeyUsage(eku) => extended_key_usage = eku_names(eku),
                _ => {}
            }
        }
    }
    for attr in info.attributes() {
        if attr.oid.to_id_string() == "1.2.840.113549.1.9.7" {
            findings.push(Finding::HasChallengePassword);
        }
    }
    let rsa = key.starts_with("RSA");
    if (rsa && key_bits < 2048) || (!rsa && key_bits > 0 && key_bits < 256) {
        findings.push(Finding::KeyTooSmall { bits: key_bits });
    }
    if verify::is_sha1(&sig_oid) {
        findings.push(Finding::WeakHash);
    }
    if subject.iter().any(|e| e.attr == "OU") {
        findings.push(Finding::HasOrganizationalUnit);
    }
    if subject.iter().any(|e| e.attr == "emailAddress") {
        findings.push(Finding::HasEmailAddressAttribute);
    }
    let kind = if extended_key_usage.iter().any(|e| e == "emailProtection") || !emails.is_empty() {
        "smime"
    } else if extended_key_usage.iter().any(|e| e == "serverAuth") || !dns_names.is_empty() {
        "server"
    } else {
        "unknown"
    };
    if emails.is_empty() && dns_names.is_empty() {
        findings.push(Finding::NoSan);
    }
    if kind == "server"
        && let Some(cn) = subject.iter().find(|e| e.attr == "CN")
        && !dns_names.iter().any(|d| d.eq_ignore_ascii_case(&cn.value))
    {
        findings.push(Finding::CnNotInSan);
    }
    Ok(CsrSummary {
        kind: kind.to_owned(),
        subject,
        emails,
        dns_names,
        key,
        key_bits,
        signature_algorithm: signature_name(&sig_oid).to_owned(),
        signature_valid: sig_result.is_ok(),
        key_usage,
        extended_key_usage,
        findings,
    })
}
