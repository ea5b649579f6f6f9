//! Bringing in what the CA issued: read the files, match each leaf to its request by public
//! key, order and verify the chain (against the files, earlier imports and the bundled roots; a
//! leaf whose issuer is nowhere at hand is refused), and record it only when every leaf is good.

use time::OffsetDateTime;

use crate::pki::bundle::{self, BundleError};
use crate::pki::cert::chain::{self, Chain, Finding};
use crate::pki::cert::{self, Cert, Role};
use crate::vault::{Record, Vault};

use super::Error;

/// A certificate matched to its request on import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub record: Record,
    pub chain: Chain,
    pub findings: Vec<Finding>,
}

impl Error {
    /// The files were read, but what they hold is not for this vault to import: another key's
    /// certificate, CA certificates only, or a certificate that breaks a rule import will not
    /// loosen. A file the user opened Shomei with is then inspected instead of refused.
    pub fn is_not_ours(&self) -> bool {
        matches!(
            self,
            Error::ForeignCertificate { .. }
                | Error::OnlyCaCertificates { .. }
                | Error::Bundle(BundleError::BreaksRule { .. })
        )
    }
}

/// Reads the CA's files, matches each leaf to a request by its public key, orders and verifies
/// its chain, and only when every leaf is good records them (the vault is unchanged otherwise).
pub fn import(
    vault: &Vault,
    files: &[(String, Vec<u8>)],
    now: OffsetDateTime,
) -> Result<Vec<Imported>, Error> {
    let found = bundle::read_files(files)?;
    let certs: Vec<Cert> = found
        .iter()
        .map(|f| {
            Cert::parse(&f.der).ok_or_else(|| BundleError::BadCertificate {
                file: f.source.clone(),
            })
        })
        .collect::<Result<_, _>>()?;
    let leaves: Vec<&Cert> = certs.iter().filter(|c| c.role() == Role::Leaf).collect();
    if leaves.is_empty() {
        return Err(Error::OnlyCaCertificates {
            subjects: certs
                .iter()
                .map(|c| c.subject_cn.clone().unwrap_or_else(|| c.subject.clone()))
                .collect(),
        });
    }
    let (records, _) = vault.list()?;
    // Issuers at hand besides the files: CA certificates of earlier imports, the bundled roots.
    let mut known: Vec<Cert> = chain::bundled_roots();
    for r in &records {
        for pem in r.chain_pem.iter().skip(1) {
            if let Ok(found) = bundle::read_files(&[(r.id.clone(), pem.as_bytes().to_vec())]) {
                known.extend(found.iter().filter_map(|f| Cert::parse(&f.der)));
            }
        }
    }
    let mut planned = Vec::new();
    for leaf in leaves {
        // Matched on the key's bytes exactly as the certificate carries them (not OpenSSL's
        // re-encoding that `Cert::spki_sha256` states): import accepts nothing it did not before.
        let own = cert::sha256_hex(&leaf.spki_der);
        let Some(record) = records.iter().find(|r| r.spki_sha256 == own) else {
            return Err(Error::ForeignCertificate {
                subject: leaf.subject.clone(),
            });
        };
        if leaf.not_after < now.unix_timestamp() {
            return Err(Error::Expired {
                subject: leaf.subject.clone(),
                not_after: leaf.not_after,
            });
        }
        // A leaf whose signature cannot be checked is refused, never taken silently.
        let chain = chain::build_verified_chain(leaf, &certs, &known)?;
        let findings = chain::findings(&chain, &record.request, now);
        planned.push((record.clone(), chain, findings));
    }
    let mut out = Vec::new();
    for (record, chain, findings) in planned {
        let mut pems = vec![chain.leaf.pem()];
        pems.extend(chain.intermediates.iter().map(Cert::pem));
        pems.extend(chain.root.iter().map(Cert::pem));
        let record = vault.attach_chain(&record.id, pems)?;
        out.push(Imported {
            record,
            chain,
            findings,
        });
    }
    Ok(out)
}
