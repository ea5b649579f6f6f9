//! The words for a certificate that cannot be trusted on import: a signature that does not
//! verify, an issuer nowhere at hand, an algorithm Shomei cannot check.

use crate::i18n::{Localized, Message};
use crate::pki::cert::chain::{ChainError, LeafCheckError};

impl Localized for ChainError {
    fn message(&self) -> Message {
        match self {
            ChainError::BadSignature { subject, issuer } => {
                Message::new("err-import-bad-signature")
                    .with("subject", subject)
                    .with("issuer", issuer)
            }
        }
    }
}

impl Localized for LeafCheckError {
    fn message(&self) -> Message {
        match self {
            LeafCheckError::Chain(e) => e.message(),
            LeafCheckError::IssuerMissing { subject, issuer } => {
                Message::new("err-import-issuer-missing")
                    .with("subject", subject)
                    .with("issuer", issuer)
            }
            LeafCheckError::SignatureUnchecked { subject, algorithm } => {
                Message::new("err-import-signature-unchecked")
                    .with("subject", subject)
                    .with("alg", algorithm)
            }
        }
    }
}
