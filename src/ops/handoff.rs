//! The hand-off sheet: exactly what to do on the CA's order page for this request, in the order
//! the page asks, and what the CA checks before it issues (organization and domain validation),
//! as typed values. `i18n::report` turns it into the sheet people read, copy, save and print; a
//! new field here does not compile until the sheet shows it.

use time::Date;

use crate::pki::dcv::{self, Ca, Guide};
use crate::pki::key::KeySpec;
use crate::pki::profile::{Extras, Profile, Usage, smime_chain_names};
use crate::pki::request::{Request, ServerRequest, SmimeRequest};

/// The intermediate CA the order page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Intermediate {
    /// The chain's names as the CA's page lists them (leave it as shown).
    Named(&'static str),
    /// No intermediate for ECDSA keys is listed in DigiCert's guide (docs/domain.md [D1]): ask the reseller.
    NoneForEcdsa,
}

/// What a Secure Mail ID order page asks (docs/domain.md [D1]), and the validation behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmimeSheet {
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
    /// Domain validation on CertCentral's domain page, for each mailbox domain.
    pub validation: Vec<(String, Vec<Guide>)>,
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

fn validation(ca: Ca, names: &[String], today: Date) -> Vec<(String, Vec<Guide>)> {
    names
        .iter()
        .map(|name| (name.clone(), dcv::guide(ca, name, today)))
        .collect()
}

fn smime(r: &SmimeRequest, today: Date) -> SmimeSheet {
    let mut domains: Vec<String> = Vec::new();
    for e in &r.emails {
        let d = e.rsplit('@').next().unwrap_or_default().to_owned();
        if !domains.contains(&d) {
            domains.push(d);
        }
    }
    SmimeSheet {
        emails: r.emails.clone(),
        organization: r.organization.clone(),
        profile: r.choice.profile,
        key: r.key,
        usage: r.choice.usage,
        extras: r.choice.extras,
        hash: r.hash.ca_name(r.key),
        intermediate: smime_chain_names(r.key)
            .map(Intermediate::Named)
            .unwrap_or(Intermediate::NoneForEcdsa),
        validation: validation(Ca::CertCentral, &domains, today),
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
    }
}
