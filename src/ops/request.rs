//! Making a request: validated request → key → CSR → key durably in the vault → only then the
//! CSR may be shown or written. Renewal starts from an earlier request's choices.

use crate::pki::csr::{self, Csr};
use crate::pki::key::{self, CancelToken, KeyError, KeygenProgress};
use crate::pki::request::Request;
use crate::vault::{Record, Vault};

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

/// What a renewal starts from: the same subject and choices (a new key is always made).
pub fn renewal_request(record: &Record) -> Request {
    record.request.clone()
}
