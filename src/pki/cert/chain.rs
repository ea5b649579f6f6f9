//! A leaf's chain: who is who (leaf / intermediate / root), the chain ordered by issuer and
//! AKI→SKI with every signature checked (against the bundled roots too), and plain findings
//! against the request: expiry, names, key usage / EKU versus the chosen profile, a missing
//! intermediate.

use ::time::OffsetDateTime;
use serde::Serialize;

use super::Cert;
use crate::pki::profile::server_key_usages;
use crate::pki::request::Request;
use crate::pki::verify;

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
        include_str!("../../../assets/ca/DigiCert_Assured_ID_Root_G2.pem"),
        include_str!("../../../assets/ca/DigiCert_Global_Root_G2.pem"),
        include_str!("../../../assets/ca/DigiCert_Assured_ID_Root_CA.pem"),
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
        // Within the CA's 30-day reminder, counted as every other expiry is.
        let days = crate::pki::reminder::days_left(leaf.not_after, now_s);
        if (0..=crate::pki::reminder::NOTICE_ON_START_DAYS).contains(&days) {
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
