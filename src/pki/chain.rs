//! Issued certificates → who is who (leaf / intermediate / root), the leaf's chain ordered by
//! issuer and AKI→SKI with every signature checked, and plain findings against the request:
//! expiry, names, key usage / EKU versus the chosen profile, a missing intermediate.
//!
//! Why one file: a `Cert` is built (strictly, or from `pki::lenient`'s fields) and its chain
//! ordered and checked through private fields — raw names, key ids, the TBS and signature —
//! that nothing outside this file should touch.

use ::time::OffsetDateTime;
use serde::Serialize;
use sha2::{Digest, Sha256};
use x509_parser::prelude::*;

use crate::pki::inspect::{eku_names, key_description, key_usage_names, san_names};
use crate::pki::profile::server_key_usages;
use crate::pki::request::Request;
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
    pub subject_names: Vec<crate::pki::inspect::NameEntry>,
    pub issuer_names: Vec<crate::pki::inspect::NameEntry>,
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
/// the lenient reader (`pki::lenient`), from which a [`Cert`] is built the same way.
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
    /// imported is read only this way (`pki::lenient::read` reads more, for inspection).
    pub fn parse(der: &[u8]) -> Option<Cert> {
        let (rest, c) = X509Certificate::from_der(der).ok()?;
        if !rest.is_empty() {
            return None;
        }
        let (issuer_raw, subject_raw) = crate::pki::lenient::name_fields(der)
            .unwrap_or((c.issuer().as_raw(), c.subject().as_raw()));
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
                    (emails, dns_names) = crate::pki::lenient::san_names_raw(ext.value);
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
        // `lenient::name_entries_raw`).
        let subject_entries = crate::pki::lenient::name_entries_raw(p.subject_raw);
        let issuer_entries = crate::pki::lenient::name_entries_raw(p.issuer_raw);
        let subject_cn = subject_entries
            .iter()
            .find(|e| e.attr == "CN")
            .map(|e| e.value.clone());
        let fmt = |v: &[crate::pki::inspect::NameEntry]| {
            v.iter()
                .map(|e| format!("{}={}", e.attr, e.value))
                .collect::<Vec<_>>()
                .join(", ")
        };
        // The key's hash as OpenSSL states it (`openssl x509 -pubkey | openssl pkey -pubin
        // -outform DER | sha256sum`): OpenSSL writes the key out again, restoring the NULL an RSA
        // key's algorithm must carry; for every other certificate these are its own bytes.
        let spki_sha256 = sha256_hex(&crate::pki::lenient::canonical_spki(p.spki));
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

/// A leaf with its chain, in order: intermediates (leaf side first), then the root if present.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chain {
    pub leaf: Cert,
    pub intermediates: Vec<Cert>,
    pub root: Option<Cert>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ChainError {
    #[error("the signature of {subject} does not verify with its issuer {issuer}")]
    BadSignature { subject: String, issuer: String },
}

/// Why a leaf's chain could not be trusted on import ([`build_verified_chain`]).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LeafCheckError {
    #[error(transparent)]
    Chain(#[from] ChainError),
    /// The leaf came without the certificate that issued it, and none is known (earlier imports,
    /// the bundled roots): its signature cannot be checked, and a .p12 without the intermediate
    /// fails to import in Windows/Outlook.
    #[error("the issuer {issuer} of {subject} is missing, so its signature cannot be checked")]
    IssuerMissing { subject: String, issuer: String },
    /// The signature uses an algorithm Shomei cannot check.
    #[error("the signature of {subject} cannot be checked ({algorithm})")]
    SignatureUnchecked { subject: String, algorithm: String },
}

/// The CA roots shipped with Shomei (see `assets/ca/README.md`).
pub fn bundled_roots() -> Vec<Cert> {
    const PEMS: [&str; 3] = [
        include_str!("../../assets/ca/DigiCert_Assured_ID_Root_G2.pem"),
        include_str!("../../assets/ca/DigiCert_Global_Root_G2.pem"),
        include_str!("../../assets/ca/DigiCert_Assured_ID_Root_CA.pem"),
    ];
    PEMS.iter()
        .filter_map(|p| x509_parser::pem::parse_x509_pem(p.as_bytes()).ok())
        .filter_map(|(_, pem)| Cert::parse(&pem.contents))
        .collect()
}

/// Like [`build_chain`], but an issuer missing from `pool` is looked up in `known` (the CA
/// certificates of earlier imports and the bundled roots), and a leaf whose signature cannot
/// be checked against any issuer is refused instead of taken silently.
pub fn build_verified_chain(
    leaf: &Cert,
    pool: &[Cert],
    known: &[Cert],
) -> Result<Chain, LeafCheckError> {
    let mut all: Vec<Cert> = pool.to_vec();
    for k in known {
        if !all.iter().any(|c| c.der == k.der) {
            all.push(k.clone());
        }
    }
    let chain = build_chain(leaf, &all)?;
    if leaf.self_issued {
        // A self-signed certificate vouches for itself: its own signature must hold.
        return match leaf.verify_with(leaf) {
            Ok(()) => Ok(chain),
            Err(verify::VerifyError::Unsupported(a)) => Err(LeafCheckError::SignatureUnchecked {
                subject: leaf.subject.clone(),
                algorithm: a,
            }),
            Err(_) => Err(ChainError::BadSignature {
                subject: leaf.subject.clone(),
                issuer: leaf.subject.clone(),
            }
            .into()),
        };
    }
    if chain.intermediates.is_empty() && chain.root.is_none() {
        return Err(LeafCheckError::IssuerMissing {
            subject: leaf.subject.clone(),
            issuer: leaf.issuer.clone(),
        });
    }
    Ok(chain)
}

/// Orders the chain of `leaf` from `pool` (issuer name and AKI→SKI), checking each signature.
/// Stops at a self-issued root or where no issuer is in the pool.
pub fn build_chain(leaf: &Cert, pool: &[Cert]) -> Result<Chain, ChainError> {
    let mut chain = Chain {
        leaf: leaf.clone(),
        intermediates: Vec::new(),
        root: None,
    };
    let mut current = leaf.clone();
    for _ in 0..pool.len() {
        let Some(issuer) = pool
            .iter()
            .filter(|c| c.der != current.der && c.is_ca)
            .find(|c| current.issued_by(c))
        else {
            break;
        };
        if current.verify_with(issuer).is_err() {
            return Err(ChainError::BadSignature {
                subject: current.subject.clone(),
                issuer: issuer.subject.clone(),
            });
        }
        if issuer.self_issued {
            if issuer.verify_with(issuer).is_err() {
                return Err(ChainError::BadSignature {
                    subject: issuer.subject.clone(),
                    issuer: issuer.subject.clone(),
                });
            }
            chain.root = Some(issuer.clone());
            break;
        }
        chain.intermediates.push(issuer.clone());
        current = issuer.clone();
    }
    Ok(chain)
}

/// Something about an issued certificate the user should know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "finding", rename_all = "kebab-case")]
pub enum Finding {
    NotYetValid {
        not_before: i64,
    },
    ExpiresSoon {
        days: i64,
    },
    NamesDiffer {
        requested: Vec<String>,
        issued: Vec<String>,
    },
    KeyUsageDiffers {
        expected: Vec<String>,
        issued: Vec<String>,
    },
    EkuDiffers {
        expected: Vec<String>,
        issued: Vec<String>,
    },
    IntermediateMissing,
}

fn rcgen_ku_name(k: &rcgen::KeyUsagePurpose) -> &'static str {
    use rcgen::KeyUsagePurpose as K;
    match k {
        K::DigitalSignature => "digitalSignature",
        K::ContentCommitment => "nonRepudiation",
        K::KeyEncipherment => "keyEncipherment",
        K::DataEncipherment => "dataEncipherment",
        K::KeyAgreement => "keyAgreement",
        K::KeyCertSign => "keyCertSign",
        K::CrlSign => "cRLSign",
        K::EncipherOnly => "encipherOnly",
        K::DecipherOnly => "decipherOnly",
    }
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v.dedup();
    v
}

/// Compares the issued chain with what was requested.
pub fn findings(chain: &Chain, request: &Request, now: OffsetDateTime) -> Vec<Finding> {
    let leaf = &chain.leaf;
    let mut out = Vec::new();
    let now_s = now.unix_timestamp();
    if leaf.not_before > now_s {
        out.push(Finding::NotYetValid {
            not_before: leaf.not_before,
        });
    } else {
        let days = (leaf.not_after - now_s) / 86_400;
        if (0..=30).contains(&days) {
            out.push(Finding::ExpiresSoon { days });
        }
    }
    let (requested, issued, expected_ku, expected_eku) = match request {
        Request::Smime(r) => (
            r.emails.iter().map(|e| e.to_ascii_lowercase()).collect(),
            leaf.emails.iter().map(|e| e.to_ascii_lowercase()).collect(),
            r.choice
                .key_usages(r.key)
                .iter()
                .map(|k| rcgen_ku_name(k).to_owned())
                .collect(),
            {
                let mut e = vec!["emailProtection".to_owned()];
                if r.choice.extras.client_auth {
                    e.push("clientAuth".into());
                }
                e
            },
        ),
        Request::Server(r) => (
            r.sans.clone(),
            leaf.dns_names
                .iter()
                .map(|d| d.to_ascii_lowercase())
                .collect(),
            server_key_usages(r.key)
                .iter()
                .map(|k| rcgen_ku_name(k).to_owned())
                .collect(),
            vec!["serverAuth".to_owned()],
        ),
    };
    let (requested, issued) = (sorted(requested), sorted(issued));
    if requested != issued {
        out.push(Finding::NamesDiffer { requested, issued });
    }
    let (expected_ku, issued_ku) = (sorted(expected_ku), sorted(leaf.key_usage.clone()));
    if !leaf.key_usage.is_empty() && expected_ku != issued_ku {
        out.push(Finding::KeyUsageDiffers {
            expected: expected_ku,
            issued: issued_ku,
        });
    }
    let (expected_eku, issued_eku) = (
        sorted(expected_eku),
        sorted(leaf.extended_key_usage.clone()),
    );
    if !leaf.extended_key_usage.is_empty() && expected_eku != issued_eku {
        out.push(Finding::EkuDiffers {
            expected: expected_eku,
            issued: issued_eku,
        });
    }
    if chain.intermediates.is_empty() && !leaf.self_issued {
        out.push(Finding::IntermediateMissing);
    }
    out
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
