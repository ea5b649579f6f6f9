//! Every typed value of the core and the use cases that a person reads as a sentence — errors,
//! notices, findings — mapped to its message in the catalogues. With `names` (the fixed labels),
//! `trust` and `report`, the only place where those types meet message ids: the core names none.

use crate::i18n::{Localized, Message};
use crate::ops::Error;
use crate::ops::batch::BatchError;
use crate::pki::bundle::{BundleError, MAX_FILE_BYTES};
use crate::pki::csr::CsrError;
use crate::pki::input::{Field, InputError, Notice, Problem};
use crate::pki::inspect::{Finding, InspectError};
use crate::pki::key::KeyError;
use crate::pki::mail::MailError;
use crate::pki::pkcs12::P12Error;
use crate::vault::{MIN_PASSPHRASE_CHARS, VaultError};

impl Localized for Finding {
    fn message(&self) -> Message {
        match self {
            Finding::SignatureInvalid => Message::new("finding-signature-invalid"),
            Finding::SignatureUnsupported => Message::new("finding-signature-unsupported"),
            Finding::KeyTooSmall { bits } => {
                Message::new("finding-key-too-small").num("bits", *bits as i64)
            }
            Finding::WeakHash => Message::new("finding-weak-hash"),
            Finding::CnNotInSan => Message::new("finding-cn-not-in-san"),
            Finding::HasOrganizationalUnit => Message::new("finding-has-ou"),
            Finding::HasEmailAddressAttribute => Message::new("finding-has-email-attr"),
            Finding::HasChallengePassword => Message::new("finding-has-challenge-password"),
            Finding::NoSan => Message::new("finding-no-san"),
            Finding::Expired => Message::new("finding-expired"),
            Finding::NotYetValid => Message::new("finding-not-yet-valid"),
            Finding::BreaksRule(rule) => super::report::breaks_rule(rule),
        }
    }
}

impl Localized for Field {
    fn message(&self) -> Message {
        Message::new(match self {
            Field::Email => "field-email",
            Field::Organization => "field-org",
            Field::CommonName => "field-cn",
            Field::San => "field-san",
            Field::Country => "field-country",
            Field::State => "field-state",
            Field::Locality => "field-locality",
            Field::KeyType => "field-key",
            Field::Hash => "field-hash",
            Field::Profile => "field-profile",
            Field::Usage => "field-usage",
            Field::Extras => "field-extras",
        })
    }
}

fn problem_message(problem: &Problem, value: &str) -> Message {
    let m = |id| Message::new(id).with("value", value);
    match problem {
        Problem::Empty => m("problem-empty"),
        Problem::TooLong { max } => m("problem-too-long").num("max", *max as i64),
        Problem::LongVowelMark { ch } => m("problem-long-vowel").with("char", ch.to_string()),
        Problem::WaveDash => m("problem-wave-dash"),
        Problem::IdeographicStop => m("problem-ideographic-stop"),
        Problem::YenSign => m("problem-yen"),
        Problem::NotHalfWidth { ch } => m("problem-not-half-width").with("char", ch.to_string()),
        Problem::BadChar { ch } => m("problem-bad-char").with("char", ch.to_string()),
        Problem::LeadingTrailingSpace => m("problem-space-edges"),
        Problem::OnlyPunctuation => m("problem-only-punctuation"),
        Problem::EmailNoAt => m("problem-email-no-at"),
        Problem::EmailLocalPart => m("problem-email-local"),
        Problem::EmailDomain => m("problem-email-domain"),
        Problem::DuplicateEmail => m("problem-email-duplicate"),
        Problem::HostSyntax => m("problem-host-syntax"),
        Problem::HostLabelTooLong => m("problem-host-label-long"),
        Problem::HostTooLong => m("problem-host-long"),
        Problem::HostIpAddress => m("problem-host-ip"),
        Problem::HostInternal { suffix } => m("problem-host-internal").with("suffix", suffix),
        Problem::WildcardPosition => m("problem-wildcard-position"),
        Problem::WildcardPublicSuffix => m("problem-wildcard-public-suffix"),
        Problem::CountryCode => m("problem-country"),
        Problem::KeyTooWeak => m("problem-key-too-weak"),
        Problem::KeyUnknown => m("problem-key-unknown"),
        Problem::HashUnknown => m("problem-hash-unknown"),
        Problem::HashNotForKey { key, hash } => m("problem-hash-not-for-key")
            .with("key", key)
            .with("hash", hash),
        Problem::ProfileUnknown => m("problem-profile-unknown"),
        Problem::UsageUnknown => m("problem-usage-unknown"),
        Problem::NeedsMultipurpose { extra } => {
            m("problem-needs-multipurpose").msg("extra", extra.message())
        }
        Problem::DataEncryptionNeedsEncryption => m("problem-data-enc-needs-encryption"),
        Problem::NonRepudiationNeedsSigning => m("problem-nonrep-needs-signing"),
        Problem::DataEncryptionNeedsRsa => m("problem-data-enc-needs-rsa"),
        Problem::FixedInReplacement => m("problem-fixed-in-replacement"),
    }
}

impl Localized for KeyError {
    fn message(&self) -> Message {
        match self {
            KeyError::TooWeak { value } => Message::new("err-key-too-weak").with("value", value),
            KeyError::Unknown { value } => Message::new("err-key-unknown").with("value", value),
            KeyError::UnknownHash { value } => {
                Message::new("err-hash-unknown").with("value", value)
            }
            KeyError::Cancelled => Message::new("err-key-cancelled"),
            KeyError::Generation => Message::new("err-key-generation"),
            KeyError::Decode => Message::new("err-key-decode"),
            KeyError::Sign => Message::new("err-key-sign"),
        }
    }
}
impl Localized for P12Error {
    fn message(&self) -> Message {
        match self {
            P12Error::Build(d) => Message::new("err-p12-build").with("detail", d),
            P12Error::Verify(d) => Message::new("err-p12-verify").with("detail", d),
            P12Error::WrongPasswordOrDamaged => Message::new("err-p12-password"),
            P12Error::TooManyIterations => Message::new("err-p12-too-many-iterations"),
            P12Error::Unsupported => Message::new("err-p12-unsupported"),
        }
    }
}
impl Localized for CsrError {
    fn message(&self) -> Message {
        match self {
            CsrError::KeyMismatch => Message::new("err-csr-key-mismatch"),
            CsrError::Build(detail) => Message::new("err-csr-build").with("detail", detail),
        }
    }
}
impl Localized for BundleError {
    fn message(&self) -> Message {
        let (id, file) = match self {
            BundleError::TooLarge { file } => ("err-import-too-large", file),
            BundleError::Empty { file } => ("err-import-empty", file),
            BundleError::Unrecognized { file } => ("err-import-unrecognized", file),
            BundleError::TruncatedPem { file } => ("err-import-truncated-pem", file),
            BundleError::IsCsr { file } => ("err-import-is-csr", file),
            BundleError::IsPrivateKey { file } => ("err-import-is-key", file),
            BundleError::IsPkcs12 { file } => ("err-import-is-p12", file),
            BundleError::BadCertificate { file } => ("err-import-bad-cert", file),
            BundleError::BreaksRule { file, rule } => return super::report::refused(file, rule),
            BundleError::BadPkcs7 { file } => ("err-import-bad-p7", file),
            BundleError::BadZip { file } => ("err-import-bad-zip", file),
            BundleError::ZipEncrypted { file } => ("err-import-zip-encrypted", file),
            BundleError::ZipBomb { file } => ("err-import-zip-bomb", file),
            BundleError::NoCertificates => return Message::new("err-import-no-certs"),
            BundleError::TooManyCertificates { file } => {
                return Message::new("err-import-too-many-certs")
                    .with("file", file)
                    .num("max", crate::pki::bundle::MAX_CERTS as i64);
            }
            BundleError::IsEncryptedPrivateKey { file } => ("err-import-is-encrypted-key", file),
            BundleError::Mail { file, error } => {
                let id = match error {
                    MailError::NoCertificate => "err-import-mail-no-cert",
                    MailError::Winmail => "err-import-mail-winmail",
                    MailError::Protected => "err-import-mail-protected",
                    MailError::Truncated => "err-import-mail-truncated",
                    MailError::Damaged => "err-import-mail-damaged",
                    MailError::TooLarge => "err-import-mail-too-large",
                };
                return Message::new(id).with("file", file);
            }
            BundleError::ZipUnsafeName { file, entry } => {
                return Message::new("err-import-zip-unsafe-name")
                    .with("file", file)
                    .with("entry", entry);
            }
        };
        Message::new(id)
            .with("file", file)
            .num("max_mb", (MAX_FILE_BYTES / (1024 * 1024)) as i64)
    }
}
impl Localized for InspectError {
    fn message(&self) -> Message {
        match self {
            InspectError::Unrecognized => Message::new("err-inspect-unrecognized"),
            InspectError::TruncatedPem => Message::new("err-inspect-truncated-pem"),
            InspectError::BadCsr => Message::new("err-inspect-bad-csr"),
        }
    }
}
impl Localized for InputError {
    fn message(&self) -> Message {
        Message::new("err-field-prefix")
            .msg("field", self.field.message())
            .msg("problem", problem_message(&self.problem, &self.value))
    }
}

impl Localized for Notice {
    fn message(&self) -> Message {
        match self {
            Notice::Normalized { field, from, to } => Message::new("notice-normalized")
                .msg("field", field.message())
                .with("from", from)
                .with("to", to),
            Notice::DiscouragedChar { field, ch } => Message::new("notice-discouraged-char")
                .msg("field", field.message())
                .with("char", ch.to_string()),
            Notice::CnFromOrganization => Message::new("notice-cn-from-org"),
            Notice::WwwAdded { name } => Message::new("notice-www-added").with("name", name),
        }
    }
}
impl Localized for VaultError {
    fn message(&self) -> Message {
        match self {
            VaultError::NoDataDir => Message::new("err-vault-no-dir"),
            VaultError::Io { path, source } => Message::new("err-vault-io")
                .path("path", path)
                .with("detail", source.to_string()),
            VaultError::KeyringUnavailable(d) => {
                Message::new("err-vault-keyring-unavailable").with("detail", d)
            }
            VaultError::KeyringLocked(d) => {
                Message::new("err-vault-keyring-locked").with("detail", d)
            }
            VaultError::KeyringEntryMissing => Message::new("err-vault-keyring-missing"),
            VaultError::NeedPassphrase => Message::new("err-vault-need-passphrase"),
            VaultError::WrongPassphrase => Message::new("err-vault-wrong-passphrase"),
            VaultError::PassphraseTooShort => {
                Message::new("err-vault-passphrase-short").num("min", MIN_PASSPHRASE_CHARS as i64)
            }
            VaultError::PassphraseMismatch => Message::new("err-vault-passphrase-mismatch"),
            VaultError::PassphraseRejected { failed, full_width } => {
                let mut m = Message::new(if *full_width {
                    "err-vault-passphrase-full-width"
                } else {
                    "err-vault-passphrase-rejected"
                });
                if let Some(first) = failed.first() {
                    m = m.msg("rule", first.message());
                }
                m
            }
            VaultError::KdfOutOfRange { path } => {
                Message::new("err-vault-kdf-range").path("path", path)
            }
            VaultError::IdTaken { id } => Message::new("err-vault-id-taken").with("id", id),
            VaultError::Damaged { path } => Message::new("err-vault-damaged").path("path", path),
            VaultError::TooNew { path } => Message::new("err-vault-too-new").path("path", path),
            VaultError::NotFound { id } => Message::new("err-vault-not-found").with("id", id),
            VaultError::NoVault { dir } => Message::new("err-vault-none").path("dir", dir),
        }
    }
}
impl Localized for BatchError {
    fn message(&self) -> Message {
        match self {
            BatchError::Unreadable => Message::new("err-batch-unreadable"),
            BatchError::MissingColumn(c) => {
                Message::new("err-batch-missing-column").with("column", *c)
            }
            BatchError::Row { line, error } => Message::new("err-batch-row")
                .num("line", *line as i64)
                .msg("message", error.message()),
            BatchError::BadRow { line } => {
                Message::new("err-batch-bad-row").num("line", *line as i64)
            }
        }
    }
}
impl Localized for Error {
    fn message(&self) -> Message {
        match self {
            Error::Input(e) => e.message(),
            Error::Key(e) => e.message(),
            Error::Csr(e) => e.message(),
            Error::Vault(e) => e.message(),
            Error::Inspect(e) => e.message(),
            // In the user's words, not the OS's English.
            Error::Read { path, source } => match source.kind() {
                std::io::ErrorKind::NotFound => Message::new("err-file-missing"),
                std::io::ErrorKind::IsADirectory => Message::new("err-file-is-folder"),
                _ => Message::new("err-file-unreadable"),
            }
            .path("path", path),
            Error::Write { path, source } => Message::new("err-write")
                .path("path", path)
                .with("detail", source.to_string()),
            Error::Bundle(e) => e.message(),
            Error::Chain(e) => e.message(),
            Error::Leaf(e) => e.message(),
            Error::P12(e) => e.message(),
            Error::OnlyCaCertificates { subjects } => {
                Message::new("err-import-only-ca").with("subjects", subjects.join(" / "))
            }
            Error::ForeignCertificate { subject } => {
                Message::new("err-import-foreign").with("subject", subject)
            }
            Error::Expired { subject, not_after } => Message::new("err-import-expired")
                .with("subject", subject)
                .msg("date", super::report::date_message(*not_after)),
            Error::NotIssued { id } => Message::new("err-export-not-issued").with("id", id),
            Error::DeleteIssued { id } => Message::new("err-delete-issued").with("id", id),
            Error::ReissueExpired { id } => Message::new("err-reissue-expired").with("id", id),
            Error::CertificateKeyMismatch => Message::new("err-export-key-mismatch"),
            Error::PasswordRejected { failed, full_width } => {
                let id = if *full_width {
                    "err-password-full-width"
                } else {
                    "err-password-rejected"
                };
                let mut m = Message::new(id);
                // The first failed rule says what to change; the wizard shows all of them.
                if let Some(first) = failed.first() {
                    m = m.msg("rule", first.message());
                }
                m.num("count", failed.len() as i64)
            }
            Error::PasswordMissing => Message::new("err-password-missing"),
            Error::PasswordMismatch => Message::new("err-password-mismatch"),
            Error::Batch(e) => e.message(),
            Error::DestinationIsDirectory { path } => {
                Message::new("err-out-is-dir").path("path", path)
            }
            Error::DestinationFolderMissing { path } => {
                Message::new("err-out-folder-missing").path("path", path)
            }
        }
    }
}

impl Localized for crate::ops::ReplacementNote {
    fn message(&self) -> Message {
        use crate::ops::ReplacementNote as N;
        match self {
            N::RenewalNotYet { opens } => Message::new("replacement-renewal-not-yet")
                .msg("date", super::report::date_message(*opens)),
            N::RenewalOpen { days_left } => {
                Message::new("replacement-renewal-open").num("days", *days_left)
            }
            N::RenewalExpired => Message::new("replacement-renewal-expired"),
            N::RevalidateIfLapsed => Message::new("replacement-revalidate-if-lapsed"),
            N::ServerRenewsItself => Message::new("replacement-server-renews-itself"),
            N::ReissueRevokesOld { hours } => {
                Message::new("replacement-reissue-revokes-old").num("hours", *hours)
            }
            N::ReissueThroughOldForm => Message::new("replacement-reissue-old-form"),
            N::OrganizationFixed => Message::new("replacement-organization-fixed"),
            N::CommonNameFixed => Message::new("replacement-cn-fixed"),
        }
    }
}
