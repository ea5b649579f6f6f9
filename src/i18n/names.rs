//! The fixed names a person reads — languages, what a request is for, the CA's profiles, usages
//! and additional usages, platforms, validation methods, CAs, the password rule and strength —
//! each mapped to its label in the catalogues (`describe` does errors, notices and findings).

use crate::i18n::{Localized, Message};
use crate::pki::dcv::{Ca, Method};
use crate::pki::password::{Rule, Strength};
use crate::pki::pkcs12::Platform;
use crate::pki::profile::{Extra, Profile, Usage};
use crate::pki::request::Kind;

/// A message with no arguments, for the CA's labels and other fixed names.
fn label(id: &'static str) -> Message {
    Message::new(id)
}

/// A language by its own name (日本語, English), for the language switch.
impl Localized for crate::i18n::Lang {
    fn message(&self) -> Message {
        label(match self {
            crate::i18n::Lang::Ja => "lang-ja",
            crate::i18n::Lang::En => "lang-en",
        })
    }
}

impl Localized for Platform {
    fn message(&self) -> Message {
        label(match self {
            Platform::Windows => "platform-windows",
            Platform::Mac => "platform-mac",
            Platform::Thunderbird => "platform-thunderbird",
            Platform::Unsure => "platform-unsure",
        })
    }
}

/// One line on what choosing `p` means.
pub fn platform_explain(p: Platform) -> Message {
    label(match p {
        Platform::Windows => "platform-windows-explain",
        Platform::Mac => "platform-mac-explain",
        Platform::Thunderbird => "platform-thunderbird-explain",
        Platform::Unsure => "platform-unsure-explain",
    })
}

/// How to install the .p12 on `p`.
pub fn platform_install(p: Platform) -> Message {
    label(match p {
        Platform::Windows => "install-windows",
        Platform::Mac => "install-mac",
        Platform::Thunderbird => "install-thunderbird",
        Platform::Unsure => "install-unsure",
    })
}

impl Localized for Kind {
    fn message(&self) -> Message {
        label(match self {
            Kind::Smime => "kind-smime",
            Kind::Server => "kind-server",
        })
    }
}

impl Localized for Profile {
    fn message(&self) -> Message {
        label(match self {
            Profile::Strict => "profile-strict",
            Profile::Multipurpose => "profile-multipurpose",
        })
    }
}

impl Localized for Usage {
    fn message(&self) -> Message {
        label(match self {
            Usage::SignAndEncrypt => "usage-sign-and-encrypt",
            Usage::SignOnly => "usage-sign-only",
            Usage::EncryptOnly => "usage-encrypt-only",
        })
    }
}

impl Localized for Extra {
    fn message(&self) -> Message {
        label(match self {
            Extra::NonRepudiation => "extra-non-repudiation",
            Extra::DataEncryption => "extra-data-encryption",
            Extra::ClientAuth => "extra-client-auth",
        })
    }
}

impl Localized for Method {
    fn message(&self) -> Message {
        label(match self {
            Method::DnsTxt => "dcv-dns-txt",
            Method::DnsCname => "dcv-dns-cname",
            Method::HttpFile => "dcv-http-file",
            Method::ConstructedEmail => "dcv-constructed-email",
            Method::ContactEmailTxt => "dcv-contact-email",
            Method::SoaRname => "dcv-soa-rname",
            Method::WhoisEmail => "dcv-whois",
        })
    }
}

/// How the user can tell that a method worked.
pub fn method_check(m: Method) -> Message {
    label(match m {
        Method::DnsTxt | Method::DnsCname => "dcv-check-dns",
        Method::HttpFile => "dcv-check-file",
        Method::ConstructedEmail
        | Method::ContactEmailTxt
        | Method::SoaRname
        | Method::WhoisEmail => "dcv-check-mail",
    })
}

impl Localized for Ca {
    fn message(&self) -> Message {
        label(match self {
            Ca::DigiCertReseller => "ca-digicert-reseller",
            Ca::GlobalSign => "ca-globalsign",
            Ca::Cybertrust => "ca-cybertrust",
            Ca::CertCentral => "ca-certcentral",
        })
    }
}

/// How validation goes at a CA: who gets the mail, what can be chosen.
pub fn ca_intro(ca: Ca) -> Message {
    label(match ca {
        Ca::DigiCertReseller => "dcv-ca-digicert-reseller",
        Ca::GlobalSign => "dcv-ca-globalsign",
        Ca::Cybertrust => "dcv-ca-cybertrust",
        Ca::CertCentral => "dcv-ca-certcentral",
    })
}

impl Localized for Rule {
    fn message(&self) -> Message {
        label(match self {
            Rule::MinLength => "pw-rule-min-length",
            Rule::MaxLength => "pw-rule-max-length",
            Rule::ThreeClasses => "pw-rule-three-classes",
            Rule::AsciiOnly => "pw-rule-ascii",
            Rule::NoEdgeSpace => "pw-rule-edge-space",
            Rule::NotGuessable => "pw-rule-not-guessable",
        })
    }
}

impl Localized for Strength {
    fn message(&self) -> Message {
        label(match self.0 {
            0 => "pw-strength-0",
            1 => "pw-strength-1",
            2 => "pw-strength-2",
            3 => "pw-strength-3",
            _ => "pw-strength-4",
        })
    }
}
