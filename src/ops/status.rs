//! Where a request is in its life, decided once for both faces (the window's home list and
//! request page, the command line's `list` and `show`), and what that status allows.

use crate::pki::reminder;
use crate::vault::{self, Record, Vault};

use super::Error;

/// A request's status as the user sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestStatus {
    /// Waiting for the CA's certificate.
    Pending,
    /// The certificate is in the vault. Times in Unix seconds; `days_left` is negative once it
    /// has expired.
    Issued {
        not_before: i64,
        not_after: i64,
        days_left: i64,
    },
}

impl RequestStatus {
    /// Issued and past its end date.
    pub fn expired(self) -> bool {
        matches!(self, RequestStatus::Issued { days_left, .. } if days_left < 0)
    }

    /// An issued certificate: its .p12 (and a server's chain and key files) can be made, and it
    /// can be renewed, expired or not.
    pub fn issued(self) -> bool {
        matches!(self, RequestStatus::Issued { .. })
    }

    /// Issued and not expired: reminders still lie ahead, and a reissue (which replaces a valid
    /// certificate; [`super::plan_replacement`] refuses an expired one) is offered.
    pub fn valid(self) -> bool {
        self.issued() && !self.expired()
    }

    /// The stored status word (`pending`, `issued`) the command line's JSON carries.
    pub fn stored(self) -> vault::Status {
        match self {
            RequestStatus::Pending => vault::Status::Pending,
            RequestStatus::Issued { .. } => vault::Status::Issued,
        }
    }
}

/// `record`'s status at `now` (Unix seconds). A record whose stored chain cannot be read counts
/// as pending: the certificate can be imported again.
pub fn status(record: &Record, now: i64) -> RequestStatus {
    match super::stored_chain(record) {
        Ok(chain) => RequestStatus::Issued {
            not_before: chain[0].not_before,
            not_after: chain[0].not_after,
            days_left: reminder::days_left(chain[0].not_after, now),
        },
        Err(_) => RequestStatus::Pending,
    }
}

/// Whether `record` may be deleted with its key: only a pending request, since an issued
/// certificate's key is still in use — also one stored as issued whose chain cannot be read (it
/// shows as pending so the certificate can be imported again, but its key may be the one in use).
pub fn can_delete(record: &Record, now: i64) -> bool {
    record.status == vault::Status::Pending && status(record, now) == RequestStatus::Pending
}

/// Deletes request `id` and its key, if [`can_delete`] allows it; returns what was deleted.
pub fn delete_request(vault: &Vault, id: &str, now: i64) -> Result<Record, Error> {
    let record = vault.get(id)?;
    if !can_delete(&record, now) {
        return Err(Error::DeleteIssued { id: id.to_owned() });
    }
    vault.remove(id)?;
    Ok(record)
}
