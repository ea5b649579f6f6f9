//! Refusals of user input: which field, what is wrong, what to type instead — as data, so the CLI
//! and the wizard render the same sentence in the user's language.

use crate::i18n::{Localized, Message};
use crate::pki::key::KeyError;

/// A form field, by the name the user sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

impl Field {
    pub fn message_id(self) -> &'static str {
        match self {
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
        }
    }
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
        extra: &'static str,
    },
    /// データの暗号化 is an encryption purpose; sign-only certificates cannot carry it.
    DataEncryptionNeedsEncryption,
    /// 否認防止 is a signing purpose; encrypt-only certificates cannot carry it.
    NonRepudiationNeedsSigning,
    /// ECDSA keys cannot encrypt data directly (keyAgreement only).
    DataEncryptionNeedsRsa,
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

impl Problem {
    fn message(&self, value: &str) -> Message {
        let m = |id| Message::new(id).with("value", value);
        match self {
            Problem::Empty => m("problem-empty"),
            Problem::TooLong { max } => m("problem-too-long").num("max", *max as i64),
            Problem::LongVowelMark { ch } => m("problem-long-vowel").with("char", ch.to_string()),
            Problem::WaveDash => m("problem-wave-dash"),
            Problem::IdeographicStop => m("problem-ideographic-stop"),
            Problem::YenSign => m("problem-yen"),
            Problem::NotHalfWidth { ch } => {
                m("problem-not-half-width").with("char", ch.to_string())
            }
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
                m("problem-needs-multipurpose").msg("extra", Message::new(extra))
            }
            Problem::DataEncryptionNeedsEncryption => m("problem-data-enc-needs-encryption"),
            Problem::NonRepudiationNeedsSigning => m("problem-nonrep-needs-signing"),
            Problem::DataEncryptionNeedsRsa => m("problem-data-enc-needs-rsa"),
        }
    }
}

impl Localized for InputError {
    fn message(&self) -> Message {
        Message::new("err-field-prefix")
            .msg("field", Message::new(self.field.message_id()))
            .msg("problem", self.problem.message(&self.value))
    }
}

/// Something the user should see but that does not stop the request: a value that was
/// normalized (shows the value actually used), or a character some CAs dislike.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Notice {
    Normalized {
        field: String,
        from: String,
        to: String,
    },
    DiscouragedChar {
        field: String,
        ch: char,
    },
    CnFromOrganization,
    WwwAdded {
        name: String,
    },
}

impl Notice {
    fn field_message(id: &str) -> Message {
        // Stored as the message id, so a saved notice renders in either language.
        let id: &'static str = match id {
            "field-email" => "field-email",
            "field-org" => "field-org",
            "field-cn" => "field-cn",
            "field-san" => "field-san",
            "field-country" => "field-country",
            "field-state" => "field-state",
            "field-locality" => "field-locality",
            _ => "field-value",
        };
        Message::new(id)
    }
}

impl Localized for Notice {
    fn message(&self) -> Message {
        match self {
            Notice::Normalized { field, from, to } => Message::new("notice-normalized")
                .msg("field", Notice::field_message(field))
                .with("from", from)
                .with("to", to),
            Notice::DiscouragedChar { field, ch } => Message::new("notice-discouraged-char")
                .msg("field", Notice::field_message(field))
                .with("char", ch.to_string()),
            Notice::CnFromOrganization => Message::new("notice-cn-from-org"),
            Notice::WwwAdded { name } => Message::new("notice-www-added").with("name", name),
        }
    }
}
