//! The hand-off sheet: exactly what to do on the CA's order page for this request, in the order
//! the page asks, and what the CA checks before it issues (organization and domain validation),
//! as typed values. `i18n::report` turns it into the sheet people read, copy, save and print; a
//! new field here does not compile until the sheet shows it.

use time::Date;

use crate::pki::dcv::{self, Ca, Guide};
use crate::pki::key::KeySpec;
use crate::pki::profile::{Extras, Profile, Usage, smime_chain_names};
use crate::pki::reminder::{self, Term};
use crate::pki::request::{Purchase, Request, ServerRequest, SmimeRequest, www_twin_of};

/// The intermediate CA the order page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Intermediate {
    /// The chain's names as the CA's page lists them (leave it as shown).
    Named(&'static str),
    /// An ECDSA key: docs/domain.md [D1] shows only RSA (証明書キーサイズ 「RSA 2048」, the chain 「DigiCert
    /// Assured G2 SMIME RSA4096 SHA384 2024 CA1」), so the guide names no chain for it and says
    /// nothing of ECDSA CSRs. The sheet says so and advises an RSA key; it names no other source.
    NotInGuide,
}

/// Where to reach DigiCert Japan about a Secure Mail ID (docs/domain.md [D1], 「お問い合わせ先」 and the
/// organization validation page): addresses, the phone line and its guidance numbers, the hours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    /// 認証に関するお問い合わせ; also where the organization validation request is mailed.
    pub validation_email: &'static str,
    /// テクニカルサポート.
    pub support_email: &'static str,
    pub phone: &'static str,
    /// 自動音声ガイダンス number for validation, and for technical support.
    pub validation_guidance: u8,
    pub support_guidance: u8,
    /// 平日 (土日祝日および年末年始を除く) hours, as [D1] writes them.
    pub hours: &'static str,
}

/// docs/domain.md [D1]: 「送信先： standard.validation.jp@digicert.com」, 「Email :
/// cc.standard.support.jp@digicert.com」, 「電話 : 03-4578-1368 (自動音声ガイダンス1/2)」,
/// 「受付時間 : 土日祝日および年末年始を除く 平日 9:30 - 17:30」.
pub static SECURE_MAIL_ID_CONTACT: Contact = Contact {
    validation_email: "standard.validation.jp@digicert.com",
    support_email: "cc.standard.support.jp@digicert.com",
    phone: "03-4578-1368",
    validation_guidance: 1,
    support_guidance: 2,
    hours: "9:30 - 17:30",
};

/// What a Secure Mail ID order page asks (docs/domain.md [D1]), in the page's order, with the validation
/// before it, what happens after it, and where to click later.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmimeSheet {
    /// Direct (CertCentral's 「証明書の申請」, validity chosen, payment) or a voucher (its URL,
    /// product and validity preset, no payment step).
    pub purchase: Purchase,
    pub emails: Vec<String>,
    pub organization: String,
    pub profile: Profile,
    /// In the CSR; the page hides 証明書キーサイズ once a CSR is pasted.
    pub key: KeySpec,
    pub usage: Usage,
    pub extras: Extras,
    /// The signature hash in the CA's spelling (sha256WithRSA …).
    pub hash: &'static str,
    pub intermediate: Intermediate,
    /// Domain validation on CertCentral's domain page, for each mailbox domain (no TLS status).
    pub validation: Vec<(String, Vec<Guide>)>,
    /// Renewal orders are taken from this many days before the order expires (docs/domain.md [D1]).
    pub renewal_opens_days: i64,
    /// A reissue revokes the old certificate this many hours after the new one is issued.
    pub reissue_revokes_hours: i64,
    pub contact: &'static Contact,
}

/// What a server certificate's order page asks, and domain validation for every name at one CA.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerSheet {
    pub common_name: String,
    pub sans: Vec<String>,
    pub country: String,
    pub state: String,
    pub locality: String,
    pub organization: String,
    pub key: KeySpec,
    pub hash: &'static str,
    /// Whose validation rules the sheet follows.
    pub ca: Ca,
    /// The day the validation methods are judged on.
    pub today: Date,
    /// For each name in the SAN list, the validation methods at `ca` as of `today`.
    pub validation: Vec<(String, Vec<Guide>)>,
    /// The longest validity a TLS certificate issued `today` may have (ballot SC-081, not [R1]): the reseller's table predates it.
    pub max_days: u16,
    /// Whether the CN's www twin is in the SAN list ([`ServerSheet::www_twin`]): at Cybertrust
    /// this is the free 「wwwオプション」 (docs/domain.md [R1]: 追加費用なし, not selectable on reissue);
    /// elsewhere just one more name.
    pub www: bool,
}

impl ServerSheet {
    /// The same sheet with validation at another CA (the user picks the one they order from).
    pub fn with_ca(&self, ca: Ca) -> ServerSheet {
        ServerSheet {
            ca,
            validation: validation(ca, &self.sans, self.today),
            ..self.clone()
        }
    }

    /// The validity per contract period at this sheet's CA as the reseller's FAQ states it
    /// (docs/domain.md [R1]); empty where no source states it.
    pub fn terms(&self) -> &'static [Term] {
        reminder::server_terms(self.ca)
    }

    /// The CN's www twin, when the SAN list carries it.
    pub fn www_twin(&self) -> Option<String> {
        self.www.then(|| www_twin_of(&self.common_name)).flatten()
    }
}

/// A request's hand-off sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandOff {
    Smime(SmimeSheet),
    Server(ServerSheet),
}

/// The sheet for `request`, with validation methods as they stand on `today` (a server's at the
/// usual CA, DigiCert through the reseller; see [`ServerSheet::with_ca`]).
pub fn handoff(request: &Request, today: Date) -> HandOff {
    match request {
        Request::Smime(r) => HandOff::Smime(smime(r, today)),
        Request::Server(r) => HandOff::Server(server(r, today)),
    }
}

/// TLS validation for each name at `ca` on `today`.
fn validation(ca: Ca, names: &[String], today: Date) -> Vec<(String, Vec<Guide>)> {
    names
        .iter()
        .map(|name| (name.clone(), dcv::guide(ca, name, today)))
        .collect()
}

fn smime(r: &SmimeRequest, _today: Date) -> SmimeSheet {
    let mut domains: Vec<String> = Vec::new();
    for e in &r.emails {
        let d = e.rsplit('@').next().unwrap_or_default().to_owned();
        if !domains.contains(&d) {
            domains.push(d);
        }
    }
    SmimeSheet {
        purchase: r.purchase,
        emails: r.emails.clone(),
        organization: r.organization.clone(),
        profile: r.choice.profile,
        key: r.key,
        usage: r.choice.usage,
        extras: r.choice.extras,
        hash: r.hash.ca_name(r.key),
        intermediate: smime_chain_names(r.key)
            .map(Intermediate::Named)
            .unwrap_or(Intermediate::NotInGuide),
        validation: domains
            .into_iter()
            .map(|d| {
                let g = dcv::smime_guide(&d);
                (d, g)
            })
            .collect(),
        renewal_opens_days: reminder::RENEWAL_OPENS_DAYS,
        reissue_revokes_hours: reminder::REISSUE_REVOKES_OLD_AFTER_HOURS,
        contact: &SECURE_MAIL_ID_CONTACT,
    }
}

fn server(r: &ServerRequest, today: Date) -> ServerSheet {
    let ca = Ca::DigiCertReseller;
    ServerSheet {
        common_name: r.common_name.clone(),
        sans: r.sans.clone(),
        country: r.country.clone(),
        state: r.state.clone(),
        locality: r.locality.clone(),
        organization: r.organization.clone(),
        key: r.key,
        hash: r.hash.ca_name(r.key),
        ca,
        today,
        validation: validation(ca, &r.sans, today),
        max_days: reminder::tls_max_days(today),
        www: www_twin_of(&r.common_name).is_some_and(|t| r.sans.contains(&t)),
    }
}
