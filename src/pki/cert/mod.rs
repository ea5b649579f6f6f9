//! The certificate model: a [`Cert`], decoded once, and everything built on it, in one folder.
//!
//! * here: the `Cert` value, built one way ([`Cert::build`]) whichever reader decoded its
//!   fields — the strict one ([`Cert::parse`], for import) or [`lenient::read`] (for
//!   inspection) — its role, signature check and PEM;
//! * [`fields`]: the decoding of the fields certificates and CSRs share (names, key usages,
//!   subjectAltName), as OpenSSL shows them;
//! * [`lenient`]: the reader for certificates that break a rule, and the rules they break;
//! * [`chain`]: the leaf's chain ordered and verified, and the findings against the request.
//!
//! Why a folder and private fields: the raw names, key ids, TBS and signature a chain is
//! ordered and checked by are private to this module, so only its own files (children see their
//! parent's private fields) touch them; everything outside reads the public facts.

use serde::Serialize;
use sha2::{Digest, Sha256};
use x509_parser::prelude::*;

pub mod chain;
pub mod fields;
pub mod lenient;

use fields::{NameEntry, eku_names, key_usage_names, san_names};

use crate::pki::keyinfo::key_description;
use crate::pki::verify;

/// A certificate, decoded once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Cert {
    #[serde(skip)]
    pub der: Vec<u8>,
    #[serde(skip)]
    pub spki_der: Vec<u8>,
    /// SHA-256 of the public key (SPKI) as OpenSSL writes it out.
    pub spki_sha256: String,
    /// SHA-256 of the SPKI bytes as they are in the certificate, when they differ from
    /// `spki_sha256` (an RSA key without its NULL parameters).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spki_sha256_in_certificate: Option<String>,
    pub subject: String,
    pub subject_cn: Option<String>,
    pub issuer: String,
    /// The subject and issuer attribute by attribute, in order (values decoded and cleaned).
    pub subject_names: Vec<NameEntry>,
    pub issuer_names: Vec<NameEntry>,
    #[serde(skip)]
    subject_raw: Vec<u8>,
    #[serde(skip)]
    issuer_raw: Vec<u8>,
    #[serde(skip)]
    ski: Option<Vec<u8>>,
    #[serde(skip)]
    aki: Option<Vec<u8>>,
    pub serial: String,
    /// Unix seconds.
    pub not_before: i64,
    pub not_after: i64,
    /// The time could not be read at all (0 stands in `not_before` / `not_after`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub not_before_unreadable: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub not_after_unreadable: bool,
    pub is_ca: bool,
    pub self_issued: bool,
    pub emails: Vec<String>,
    pub dns_names: Vec<String>,
    pub key_usage: Vec<String>,
    pub extended_key_usage: Vec<String>,
    pub key: String,
    /// The key's size in bits (RSA/DSA modulus, EC curve), 0 when unknown.
    pub key_bits: usize,
    pub signature_algorithm: String,
    #[serde(skip)]
    tbs: Vec<u8>,
    #[serde(skip)]
    sig_oid: String,
    #[serde(skip)]
    signature: Vec<u8>,
}

/// SHA-256 of DER bytes, lower-case hex.
pub fn sha256_hex(b: &[u8]) -> String {
    Sha256::digest(b)
        .iter()
        .map(|x| format!("{x:02x}"))
        .collect()
}

/// A serial number as OpenSSL shows it: hex bytes joined by colons, and a minus sign for the
/// negative serials some old CAs wrote (DER INTEGERs are two's complement).
pub fn serial_text(raw: &[u8]) -> String {
    let join = |b: &[u8]| {
        b.iter()
            .map(|x| format!("{x:02x}"))
            .collect::<Vec<_>>()
            .join(":")
    };
    if raw.first().is_some_and(|b| b & 0x80 != 0) {
        // Magnitude of a negative number: invert and add one.
        let mut m: Vec<u8> = raw.iter().map(|b| !b).collect();
        for b in m.iter_mut().rev() {
            let (v, carry) = b.overflowing_add(1);
            *b = v;
            if !carry {
                break;
            }
        }
        let start = m
            .iter()
            .position(|&b| b != 0)
            .unwrap_or(m.len().saturating_sub(1));
        format!("-{}", join(&m[start..]))
    } else {
        let start = raw
            .iter()
            .position(|&b| b != 0)
            .unwrap_or(raw.len().saturating_sub(1));
        join(&raw[start.min(raw.len())..])
    }
}

/// The fields of a certificate, decoded by the strict parser (x509-parser) or field by field by
/// the lenient reader ([`lenient`]), from which a [`Cert`] is built the same way.
pub(crate) struct Parts<'a, 'b> {
    pub der: &'b [u8],
    pub tbs: &'b [u8],
    pub sig_oid: String,
    pub signature: &'b [u8],
    pub serial: &'b [u8],
    /// The names' whole DER, as in the certificate.
    pub subject_raw: &'b [u8],
    pub issuer_raw: &'b [u8],
    /// Unix seconds; `None` for a time that cannot be read at all (OpenSSL: "Bad time value").
    pub not_before: Option<i64>,
    pub not_after: Option<i64>,
    pub spki: &'b SubjectPublicKeyInfo<'a>,
    pub extensions: &'b [X509Extension<'a>],
}

impl Cert {
    /// Decodes a certificate's DER strictly. `None` for anything x509-parser refuses: what is
    /// imported is read only this way ([`lenient::read`] reads more, for inspection).
    pub fn parse(der: &[u8]) -> Option<Cert> {
        let (rest, c) = X509Certificate::from_der(der).ok()?;
        if !rest.is_empty() {
            return None;
        }
        let (issuer_raw, subject_raw) =
            lenient::name_fields(der).unwrap_or((c.issuer().as_raw(), c.subject().as_raw()));
        Some(Cert::build(&Parts {
            der,
            tbs: c.tbs_certificate.as_ref(),
            subject_raw,
            issuer_raw,
            sig_oid: c.signature_algorithm.algorithm.to_id_string(),
            signature: &c.signature_value.data,
            serial: c.raw_serial(),
            not_before: Some(c.validity().not_before.timestamp()),
            not_after: Some(c.validity().not_after.timestamp()),
            spki: &c.tbs_certificate.subject_pki,
            extensions: c.extensions(),
        }))
    }

    pub(crate) fn build(p: &Parts<'_, '_>) -> Cert {
        let mut emails = Vec::new();
        let mut dns_names = Vec::new();
        let mut key_usage = Vec::new();
        let mut extended_key_usage = Vec::new();
        let mut ski = None;
        let mut aki = None;
        let mut is_ca = false;
        for ext in p.extensions {
            match ext.parsed_extension() {
                ParsedExtension::SubjectAlternativeName(san) => {
                    (emails, dns_names) = san_names(san);
                }
                // A subjectAltName x509-parser cannot decode (a DNS name that is not ASCII …):
                // its names as OpenSSL prints them, the rule it breaks is a quirk line.
                ParsedExtension::ParseError { .. } if ext.oid.to_id_string() == "2.5.29.17" => {
                    (emails, dns_names) = lenient::san_names_raw(ext.value);
                }
                ParsedExtension::KeyUsage(ku) => key_usage = key_usage_names(ku),
                ParsedExtension::ExtendedKeyUsage(e) => extended_key_usage = eku_names(e),
                ParsedExtension::SubjectKeyIdentifier(k) => ski = Some(k.0.to_vec()),
                ParsedExtension::AuthorityKeyIdentifier(a) => {
                    aki = a.key_identifier.as_ref().map(|k| k.0.to_vec());
                }
                ParsedExtension::BasicConstraints(bc) => is_ca = bc.ca,
                _ => {}
            }
        }
        let spki_der = p.spki.raw.to_vec();
        let (key, key_bits) = key_description(p.spki);
        // Each RDN by itself: x509-parser's X509Name ends at an empty RDN (see
        // [`lenient::name_entries_raw`]).
        let subject_entries = lenient::name_entries_raw(p.subject_raw);
        let issuer_entries = lenient::name_entries_raw(p.issuer_raw);
        let subject_cn = subject_entries
            .iter()
            .find(|e| e.attr == "CN")
            .map(|e| e.value.clone());
        let fmt = |v: &[NameEntry]| {
            v.iter()
                .map(|e| format!("{}={}", e.attr, e.value))
                .collect::<Vec<_>>()
                .join(", ")
        };
        // The key's hash as OpenSSL states it (`openssl x509 -pubkey | openssl pkey -pubin
        // -outform DER | sha256sum`): OpenSSL writes the key out again, restoring the NULL an RSA
        // key's algorithm must carry; for every other certificate these are its own bytes.
        let spki_sha256 = sha256_hex(&lenient::canonical_spki(p.spki));
        let own = sha256_hex(&spki_der);
        Cert {
            spki_sha256_in_certificate: (own != spki_sha256).then_some(own),
            spki_sha256,
            spki_der,
            subject: fmt(&subject_entries),
            subject_cn,
            issuer: fmt(&issuer_entries),
            subject_names: subject_entries,
            issuer_names: issuer_entries,
            subject_raw: p.subject_raw.to_vec(),
            issuer_raw: p.issuer_raw.to_vec(),
            self_issued: p.subject_raw == p.issuer_raw,
            ski,
            aki,
            serial: serial_text(p.serial),
            not_before: p.not_before.unwrap_or(0),
            not_after: p.not_after.unwrap_or(0),
            not_before_unreadable: p.not_before.is_none(),
            not_after_unreadable: p.not_after.is_none(),
            is_ca,
            emails,
            dns_names,
            key_usage,
            extended_key_usage,
            key,
            key_bits,
            signature_algorithm: verify::signature_name(&p.sig_oid).to_owned(),
            tbs: p.tbs.to_vec(),
            signature: p.signature.to_vec(),
            sig_oid: p.sig_oid.clone(),
            der: p.der.to_vec(),
        }
    }

    /// Whether `issuer` plausibly issued `self` (names, and key ids when both have them).
    fn issued_by(&self, issuer: &Cert) -> bool {
        self.issuer_raw == issuer.subject_raw
            && match (&self.aki, &issuer.ski) {
                (Some(a), Some(s)) => a == s,
                _ => true,
            }
    }

    /// Whether this certificate's signature holds: against itself when self-issued, else
    /// against its issuer in `pool`. `None` when no issuer is there or the algorithm is one
    /// Shomei cannot check.
    pub fn signature_status(&self, pool: &[Cert]) -> Option<bool> {
        // Self-issued with another key (a CA's key rollover) is not self-signed.
        let self_signed = self.self_issued
            && match (&self.aki, &self.ski) {
                (Some(a), Some(s)) => a == s,
                _ => true,
            };
        let issuer = if self_signed {
            self
        } else {
            pool.iter()
                .filter(|c| c.der != self.der)
                .find(|c| self.issued_by(c))?
        };
        match self.verify_with(issuer) {
            Ok(()) => Some(true),
            Err(verify::VerifyError::Invalid) => Some(false),
            Err(_) => None,
        }
    }

    /// Verifies this certificate's signature with `issuer`'s public key.
    pub fn verify_with(&self, issuer: &Cert) -> Result<(), verify::VerifyError> {
        verify::verify(&issuer.spki_der, &self.sig_oid, &self.tbs, &self.signature)
    }

    pub fn role(&self) -> Role {
        if self.is_ca && self.self_issued {
            Role::Root
        } else if self.is_ca {
            Role::Intermediate
        } else {
            Role::Leaf
        }
    }

    pub fn pem(&self) -> String {
        use base64::Engine;
        let b64 = base64::engine::general_purpose::STANDARD.encode(&self.der);
        let mut s = String::from("-----BEGIN CERTIFICATE-----\n");
        for chunk in b64.as_bytes().chunks(64) {
            s.push_str(std::str::from_utf8(chunk).unwrap_or(""));
            s.push('\n');
        }
        s.push_str("-----END CERTIFICATE-----\n");
        s
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Leaf,
    Intermediate,
    Root,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serials_read_as_openssl_shows_them() {
        assert_eq!(serial_text(&[0x01]), "01");
        assert_eq!(serial_text(&[0x00, 0x80, 0x01]), "80:01");
        // Negative (two's complement), as some old CAs wrote: a sign, not raw bytes.
        assert_eq!(serial_text(&[0xff]), "-01");
        assert_eq!(serial_text(&[0xff, 0x7f]), "-81");
        assert_eq!(serial_text(&[0x80, 0x00]), "-80:00");
    }
}
