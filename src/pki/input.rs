//! Refusals of user input: which field, what is wrong, what to type instead — as data, so the CLI
//! and the wizard render the same sentence in the user's language.

use crate::pki::key::KeyError;

/// A form field, by the name the user sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Field {
    Email,
    Organization,
    CommonName,
    San,
    Country,
    State,
    Locality,
    KeyType,
    Hash,
    Profile,
    Usage,
    Extras,
}

/// What is wrong with a value. Each variant's message says what to do instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Empty,
    TooLong {
        max: usize,
    },
    /// ー (U+30FC), − (U+2212), ‐ (U+2010) and friends where a hyphen was meant.
    LongVowelMark {
        ch: char,
    },
    /// 〜 (U+301C) where a tilde was meant.
    WaveDash,
    /// 。 (U+3002) where a dot was meant.
    IdeographicStop,
    /// ￥ / ¥ where no yen sign can stand.
    YenSign,
    /// Any other character outside half-width ASCII where only ASCII is allowed.
    NotHalfWidth {
        ch: char,
    },
    /// A half-width character the field does not allow.
    BadChar {
        ch: char,
    },
    LeadingTrailingSpace,
    OnlyPunctuation,
    EmailNoAt,
    EmailLocalPart,
    EmailDomain,
    DuplicateEmail,
    HostSyntax,
    HostLabelTooLong,
    HostTooLong,
    HostIpAddress,
    HostInternal {
        suffix: String,
    },
    WildcardPosition,
    WildcardPublicSuffix,
    CountryCode,
    KeyTooWeak,
    KeyUnknown,
    HashUnknown,
    HashNotForKey {
        key: String,
        hash: String,
    },
    ProfileUnknown,
    UsageUnknown,
    /// データの暗号化 / 個人認証 need Multipurpose.
    NeedsMultipurpose {
        extra: crate::pki::profile::Extra,
    },
    /// データの暗号化 is an encryption purpose; sign-only certificates cannot carry it.
    DataEncryptionNeedsEncryption,
    /// 否認防止 is a signing purpose; encrypt-only certificates cannot carry it.
    NonRepudiationNeedsSigning,
    /// ECDSA keys cannot encrypt data directly (keyAgreement only).
    DataEncryptionNeedsRsa,
    /// The value cannot change in a renewal or reissue (the organization in a reissue, a server
    /// certificate's common name).
    FixedInReplacement,
}

/// A refused input value.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{field:?}: {problem:?}")]
pub struct InputError {
    pub field: Field,
    pub problem: Problem,
    /// The value as it was after normalization (never a secret).
    pub value: String,
}

impl InputError {
    pub fn new(field: Field, problem: Problem, value: impl Into<String>) -> InputError {
        InputError {
            field,
            problem,
            value: value.into(),
        }
    }

    pub fn from_key_error(field: Field, e: &KeyError) -> InputError {
        let (problem, value) = match e {
            KeyError::TooWeak { value } => (Problem::KeyTooWeak, value.clone()),
            KeyError::UnknownHash { value } => (Problem::HashUnknown, value.clone()),
            KeyError::Unknown { value } => (Problem::KeyUnknown, value.clone()),
            _ => (Problem::KeyUnknown, String::new()),
        };
        InputError::new(field, problem, value)
    }
}

/// Something the user should see but that does not stop the request: a value that was
/// normalized (shows the value actually used), or a character some CAs dislike.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Notice {
    Normalized {
        field: Field,
        from: String,
        to: String,
    },
    DiscouragedChar {
        field: Field,
        ch: char,
    },
    CnFromOrganization,
    WwwAdded {
        name: String,
    },
}
