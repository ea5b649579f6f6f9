//! The journey's steps that span the core's parts, shared by the CLI and the wizard:
//! validated request → key → CSR → key durably in the vault → only then the CSR.

use std::path::PathBuf;

use crate::i18n::{Localized, Message};
use crate::pki::csr::{self, Csr, CsrError};
use crate::pki::input::InputError;
use crate::pki::inspect::InspectError;
use crate::pki::key::{self, CancelToken, KeyError, KeygenProgress};
use crate::pki::request::Request;
use crate::vault::{Record, Vault, VaultError};

/// Every way an operation can fail, each with a localized message that says what to do.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error(transparent)]
    Csr(#[from] CsrError),
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error(transparent)]
    Inspect(#[from] InspectError),
    #[error("{path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("--out is missing")]
    OutMissing,
    #[error("{path} is a directory")]
    OutIsDirectory { path: PathBuf },
    #[error("{path}: the folder does not exist")]
    OutFolderMissing { path: PathBuf },
}

impl Localized for Error {
    fn message(&self) -> Message {
        match self {
            Error::Input(e) => e.message(),
            Error::Key(e) => e.message(),
            Error::Csr(e) => e.message(),
            Error::Vault(e) => e.message(),
            Error::Inspect(e) => e.message(),
            Error::Read { path, source } => Message::new("err-read")
                .with("path", path.display().to_string())
                .with("detail", source.to_string()),
            Error::Write { path, source } => Message::new("err-write")
                .with("path", path.display().to_string())
                .with("detail", source.to_string()),
            Error::OutMissing => Message::new("err-out-missing"),
            Error::OutIsDirectory { path } => {
                Message::new("err-out-is-dir").with("path", path.display().to_string())
            }
            Error::OutFolderMissing { path } => {
                Message::new("err-out-folder-missing").with("path", path.display().to_string())
            }
        }
    }
}

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
