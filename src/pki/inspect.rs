//! Any file a user may hold (a CSR now; certificates and .p12 with the import issue) → a
//! plain-language summary with findings. The summary is data; the CLI and the wizard render it.

use serde::Serialize;
use x509_parser::prelude::*;

use crate::pki::verify::{self, signature_name};

/// Something worth telling the user about a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Finding {
    SignatureInvalid,
    SignatureUnsupported,
    KeyTooSmall { bits: usize },
    WeakHash,
    CnNotInSan,
    HasOrganizationalUnit,
    HasEmailAddressAttribute,
    HasChallengePassword,
    NoSan,
    Expired,
    NotYetValid,
}

/// One subject attribute.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NameEntry {
    /// Short name (C, ST, L, O, OU, CN, emailAddress) or the OID.
    pub attr: String,
    pub value: String,
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
    pub role: crate::pki::chain::Role,
    #[serde(flatten)]
    pub cert: crate::pki::chain::Cert,
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
        key: String,
        key_matches_leaf: bool,
        certificates: Vec<CertView>,
    },
}

/// Whether `bytes` look like a PKCS#12 file (so the caller asks for its password).
pub fn is_pkcs12(bytes: &[u8]) -> bool {
    use der08::Decode;
    pkcs12::pfx::Pfx::from_der(bytes).is_ok()
}

/// Opens a PKCS#12 with its password and describes what it holds: the key (its type, whether it
/// belongs to the leaf) and the certificates. The decrypted key is dropped (and wiped) here; the
/// inspection keeps only facts.
pub fn inspect_pkcs12(
    bytes: &[u8],
    password: &str,
    now: i64,
) -> Result<Inspection, crate::pki::pkcs12::P12Error> {
    use crate::pki::chain::{Cert, Role};
    let mut summary = crate::pki::pkcs12::read(bytes, password)?;
    let certs: Vec<Cert> = summary
        .certs
        .iter()
        .filter_map(|d| Cert::parse(d))
        .collect();
    let (key, spki) = match summary
        .key_pkcs8
        .first()
        .map(|k| crate::pki::key::PrivateKey::from_pkcs8_der(k))
    {
        Some(Ok(k)) => (k.spec().display().to_owned(), k.spki_der().ok()),
        _ => (String::new(), None),
    };
    summary.key_pkcs8.clear();
    let key_matches_leaf = spki.is_some_and(|s| {
        certs
            .iter()
            .any(|c| c.role() == Role::Leaf && c.spki_der == s)
    });
    Ok(Inspection::Pkcs12 {
        summary,
        key,
        key_matches_leaf,
        certificates: cert_views(certs, now),
    })
}

/// Describes certificates with findings judged at `now` (Unix seconds).
pub fn cert_views(certs: Vec<crate::pki::chain::Cert>, now: i64) -> Vec<CertView> {
    certs
        .into_iter()
        .map(|cert| {
            let mut findings = Vec::new();
            if cert.not_after < now {
                findings.push(Finding::Expired);
            } else if cert.not_before > now {
                findings.push(Finding::NotYetValid);
            }
            let bits: usize = cert
                .key
                .rsplit(' ')
                .next()
                .and_then(|b| b.trim_start_matches("P-").parse().ok())
                .unwrap_or(0);
            if cert.key.starts_with("RSA") && bits < 2048 {
                findings.push(Finding::KeyTooSmall { bits });
            }
            if cert.signature_algorithm.starts_with("sha1") {
                findings.push(Finding::WeakHash);
            }
            let role = cert.role();
            if role == crate::pki::chain::Role::Leaf
                && cert.extended_key_usage.iter().any(|e| e == "serverAuth")
                && let Some(cn) = &cert.subject_cn
                && !cert.dns_names.iter().any(|d| d.eq_ignore_ascii_case(cn))
            {
                findings.push(Finding::CnNotInSan);
            }
            CertView {
                role,
                cert,
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

fn attr_name(oid: &str) -> String {
    match oid {
        "2.5.4.6" => "C",
        "2.5.4.8" => "ST",
        "2.5.4.7" => "L",
        "2.5.4.10" => "O",
        "2.5.4.11" => "OU",
        "2.5.4.3" => "CN",
        "1.2.840.113549.1.9.1" => "emailAddress",
        other => other,
    }
    .to_owned()
}

/// Subject entries in order, values decoded whatever their string type.
pub fn name_entries(name: &X509Name<'_>) -> Vec<NameEntry> {
    name.iter_attributes()
        .map(|a| NameEntry {
            attr: attr_name(&a.attr_type().to_id_string()),
            value: a
                .as_str()
                .map(str::to_owned)
                .unwrap_or_else(|_| String::from_utf8_lossy(a.attr_value().data).into_owned()),
        })
        .collect()
}

/// Key description from a SubjectPublicKeyInfo.
pub fn key_description(spki: &SubjectPublicKeyInfo<'_>) -> (String, usize) {
    match spki.parsed() {
        Ok(x509_parser::public_key::PublicKey::RSA(k)) => {
            let bits = k.key_size();
            (format!("RSA {bits}"), bits)
        }
        Ok(x509_parser::public_key::PublicKey::EC(_)) => {
            let curve = spki
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.as_oid().ok())
                .map(|o| o.to_id_string());
            match curve.as_deref() {
                Some("1.2.840.10045.3.1.7") => ("ECDSA P-256".to_owned(), 256),
                Some("1.3.132.0.34") => ("ECDSA P-384".to_owned(), 384),
                Some("1.3.132.0.35") => ("ECDSA P-521".to_owned(), 521),
                _ => ("ECDSA".to_owned(), 0),
            }
        }
        _ => (spki.algorithm.algorithm.to_id_string(), 0),
    }
}

/// keyUsage bits by their RFC 5280 names.
pub fn key_usage_names(ku: &KeyUsage) -> Vec<String> {
    let mut v = Vec::new();
    let pairs = [
        (ku.digital_signature(), "digitalSignature"),
        (ku.non_repudiation(), "nonRepudiation"),
        (ku.key_encipherment(), "keyEncipherment"),
        (ku.data_encipherment(), "dataEncipherment"),
        (ku.key_agreement(), "keyAgreement"),
        (ku.key_cert_sign(), "keyCertSign"),
        (ku.crl_sign(), "cRLSign"),
    ];
    for (on, name) in pairs {
        if on {
            v.push(name.to_owned());
        }
    }
    v
}

/// extKeyUsage purposes by their RFC 5280 names (unknown ones as OIDs).
pub fn eku_names(eku: &ExtendedKeyUsage) -> Vec<String> {
    let mut v = Vec::new();
    for (on, n) in [
        (eku.server_auth, "serverAuth"),
        (eku.client_auth, "clientAuth"),
        (eku.email_protection, "emailProtection"),
        (eku.code_signing, "codeSigning"),
        (eku.any, "anyExtendedKeyUsage"),
    ] {
        if on {
            v.push(n.to_owned());
        }
    }
    for o in &eku.other {
        v.push(o.to_id_string());
    }
    v
}

/// The mailboxes and DNS names of a subjectAltName.
pub fn san_names(san: &SubjectAlternativeName<'_>) -> (Vec<String>, Vec<String>) {
    let (mut emails, mut dns) = (Vec::new(), Vec::new());
    for n in &san.general_names {
        match n {
            GeneralName::RFC822Name(e) => emails.push((*e).to_owned()),
            GeneralName::DNSName(d) => dns.push((*d).to_owned()),
            _ => {}
        }
    }
    (emails, dns)
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
    if sig_oid == verify::oid::SHA1_RSA {
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
