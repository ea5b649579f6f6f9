//! Making a request: validated request → key → CSR → key durably in the vault → only then the
//! CSR may be shown or written. A renewal or reissue (`Replacement`) starts from an earlier
//! request's choices.

use std::path::Path;

use crate::pki::csr::{self, Csr};
use crate::pki::key::{self, CancelToken, KeyError, KeygenProgress};
use crate::pki::reminder::{self, Renewal};
use crate::pki::request::Request;
use crate::vault::{Record, Vault, atomic};

use super::Error;

/// Makes the key, builds the CSR, and stores both in the vault durably. The returned CSR may be
/// shown or written: its key is already safe on disk.
pub fn create_request(
    vault: &Vault,
    request: &Request,
    cancel: &CancelToken,
    progress: &(dyn Fn(KeygenProgress) + Sync),
) -> Result<(Record, Csr), Error> {
    let key = key::generate(request.key(), cancel, progress)?;
    let csr = csr::build(request, &key)?;
    if cancel.is_cancelled() {
        return Err(KeyError::Cancelled.into());
    }
    let record = vault.add_pending(request, &key, &csr)?;
    Ok((record, csr))
}

/// Makes a request as [`create_request`] does, then writes its CSR to `out`. The key is durably
/// in the vault before the CSR leaves; if the CSR cannot be written at all, the request is
/// withdrawn so that nothing is left half-done (a request whose CSR nobody has).
pub fn create_request_to_file(
    vault: &Vault,
    request: &Request,
    cancel: &CancelToken,
    progress: &(dyn Fn(KeygenProgress) + Sync),
    out: &Path,
) -> Result<Record, Error> {
    let (record, csr) = create_request(vault, request, cancel, progress)?;
    if let Err(source) = atomic::write_public_atomic(out, csr.pem.as_bytes()) {
        // The write error is the one to report; a failed withdrawal leaves a pending request
        // the user can see and delete.
        let _ = vault.remove(&record.id);
        return Err(Error::Write {
            path: out.to_path_buf(),
            source,
        });
    }
    Ok(record)
}

/// A new request that takes an issued certificate's place: a renewal or a reissue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replacement {
    /// 更新申請: a new order near (or after) expiry.
    Renewal,
    /// 再発行: a replacement for a valid certificate; the old one is revoked afterwards.
    Reissue,
}

/// Something the user must know before a renewal or reissue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReplacementNote {
    /// Secure Mail ID: CertCentral takes the renewal order only from `opens` (Unix seconds): 90
    /// days before the order expires (docs/domain.md [D1]).
    RenewalNotYet { opens: i64 },
    /// Secure Mail ID: the renewal can be ordered now (有効期限間近の証明書 → 今すぐ更新する).
    RenewalOpen { days_left: i64 },
    /// Secure Mail ID: the certificate has expired.
    RenewalExpired,
    /// Secure Mail ID: the organization validation and the DCV are done again if *their*
    /// validity has lapsed when the renewal is ordered — not because the certificate expired
    /// (docs/domain.md [D1]: 「申請時に組織認証およびDCVの有効期限が切れている場合には…再認証が必要」).
    RevalidateIfLapsed,
    /// A server certificate through the reseller renews by itself unless cancelled within the
    /// renewal period, and the product (品目) cannot change (docs/domain.md [R1]: 「更新期間の期限内に解約の
    /// お申し込みがなければ…弊社で自動的に更新を行なう」, 「サーバ証明書の品目を…変更することは
    /// できません」). None of the Secure Mail ID renewal rules apply.
    ServerRenewsItself,
    /// The certificate being replaced is revoked this many hours after the new one is issued.
    ReissueRevokesOld { hours: i64 },
    /// A Secure Mail ID issued before 2025-08-01 is reissued through DigiCert's separate form.
    ReissueThroughOldForm,
    /// The organization name cannot change in a reissue (a new order is needed for that).
    OrganizationFixed,
    /// A server certificate's common name cannot change in a renewal or reissue (docs/domain.md [R1]).
    CommonNameFixed,
}

/// What a renewal or reissue starts from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplacementPlan {
    pub kind: Replacement,
    /// The earlier request, to be typed again (a new key is always made).
    pub request: Request,
    pub notes: Vec<ReplacementNote>,
}

/// Plans a renewal or reissue of issued request `record` at `now` (Unix seconds). Only issued
/// certificates can be renewed or reissued; an expired one can only be renewed.
pub fn plan_replacement(
    record: &Record,
    kind: Replacement,
    now: i64,
) -> Result<ReplacementPlan, Error> {
    let chain = super::stored_chain(record)?;
    let leaf = &chain[0];
    let mut notes = Vec::new();
    let server = matches!(record.request, Request::Server(_));
    match kind {
        Replacement::Renewal if server => notes.push(ReplacementNote::ServerRenewsItself),
        Replacement::Renewal => {
            notes.push(match reminder::renewal(leaf.not_after, now) {
                Renewal::NotYet { opens } => ReplacementNote::RenewalNotYet { opens },
                Renewal::Open { days_left } => ReplacementNote::RenewalOpen { days_left },
                Renewal::Expired => ReplacementNote::RenewalExpired,
            });
            notes.push(ReplacementNote::RevalidateIfLapsed);
        }
        Replacement::Reissue => {
            if leaf.not_after < now {
                return Err(Error::ReissueExpired {
                    id: record.id.clone(),
                });
            }
            if !server {
                notes.push(ReplacementNote::ReissueRevokesOld {
                    hours: reminder::REISSUE_REVOKES_OLD_AFTER_HOURS,
                });
                if leaf.not_before < reminder::OLD_SMIME_BEFORE {
                    notes.push(ReplacementNote::ReissueThroughOldForm);
                }
                notes.push(ReplacementNote::OrganizationFixed);
            }
        }
    }
    if server {
        notes.push(ReplacementNote::CommonNameFixed);
    }
    Ok(ReplacementPlan {
        kind,
        request: record.request.clone(),
        notes,
    })
}

/// Whether `changed` keeps what `plan` says cannot change (the organization in a reissue, a
/// server's common name); the refusal names the field.
pub fn check_replacement(plan: &ReplacementPlan, changed: &Request) -> Result<(), Error> {
    use crate::pki::input::{Field, InputError, Problem};
    let fixed = |field, value: &str| {
        Err(Error::Input(InputError::new(
            field,
            Problem::FixedInReplacement,
            value,
        )))
    };
    match (&plan.request, changed) {
        (Request::Server(a), Request::Server(b)) if a.common_name != b.common_name => {
            fixed(Field::CommonName, &b.common_name_unicode)
        }
        (Request::Smime(a), Request::Smime(b))
            if plan.notes.contains(&ReplacementNote::OrganizationFixed)
                && a.organization != b.organization =>
        {
            fixed(Field::Organization, &b.organization)
        }
        (Request::Smime(_), Request::Server(_)) | (Request::Server(_), Request::Smime(_)) => {
            fixed(Field::CommonName, changed.title())
        }
        _ => Ok(()),
    }
}
