//! The use cases both faces run — request, renewal, import, export, inspect, the hand-off
//! sheet, reading a user's file — over the core (`pki`, `vault`). Each returns typed results and
//! the typed [`Error`] below: no sentences, no message ids, no command-line words. The faces turn
//! them into text through `i18n`.

pub mod batch;
pub mod export;
pub mod handoff;
pub mod import;
pub mod input;
pub mod inspect;
pub mod request;
pub mod status;

use std::path::PathBuf;

use crate::pki::bundle::BundleError;
use crate::pki::cert::chain::{ChainError, LeafCheckError};
use crate::pki::csr::CsrError;
use crate::pki::input::InputError;
use crate::pki::inspect::InspectError;
use crate::pki::key::KeyError;
use crate::pki::password::Rule;
use crate::pki::pkcs12::P12Error;
use crate::vault::VaultError;

pub use export::{
    Exported, check_password, default_p12_name, encrypted_key_pem, export_for_platform, export_p12,
    fullchain_pem, password_context, stored_chain,
};
pub use handoff::{HandOff, handoff};
pub use import::{Imported, import};
pub use input::{FileKind, check_destination, classify, read_input, read_inputs};
pub use inspect::inspect_file;
pub use request::{
    Replacement, ReplacementNote, ReplacementPlan, check_replacement, create_request,
    create_request_to_file, plan_replacement,
};
pub use status::{RequestStatus, can_delete, delete_request, status};

/// Every way a use case can fail. Each variant is rendered by `i18n` as a sentence that says
/// what to do.
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
    #[error(transparent)]
    Bundle(#[from] BundleError),
    #[error(transparent)]
    Chain(#[from] ChainError),
    #[error(transparent)]
    Leaf(#[from] LeafCheckError),
    #[error(transparent)]
    P12(#[from] P12Error),
    #[error("only CA certificates: {subjects:?}")]
    OnlyCaCertificates { subjects: Vec<String> },
    #[error("no pending request has the key of {subject}")]
    ForeignCertificate { subject: String },
    /// `not_after` in Unix seconds.
    #[error("{subject} expired")]
    Expired { subject: String, not_after: i64 },
    #[error("request {id} has no certificate yet")]
    NotIssued { id: String },
    #[error("request {id} has a certificate; only a pending request can be deleted")]
    DeleteIssued { id: String },
    #[error("request {id}'s certificate has expired; it can be renewed, not reissued")]
    ReissueExpired { id: String },
    #[error("the certificate does not belong to the request's key")]
    CertificateKeyMismatch,
    #[error("password refused: {failed:?}")]
    PasswordRejected { failed: Vec<Rule>, full_width: bool },
    #[error("no password")]
    PasswordMissing,
    #[error("the passwords differ")]
    PasswordMismatch,
    #[error(transparent)]
    Batch(Box<batch::BatchError>),
    #[error("{path} is a directory")]
    DestinationIsDirectory { path: PathBuf },
    #[error("{path}: the folder does not exist")]
    DestinationFolderMissing { path: PathBuf },
}
