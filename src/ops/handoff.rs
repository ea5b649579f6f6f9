//! The hand-off sheet: exactly what to pick on the CA's order page for this request, in the
//! order the page asks, as typed values. `i18n::report` turns it into the sheet people read,
//! copy, save and print; a new field here does not compile until the sheet shows it.

use time::Date;

use crate::pki::dcv::{self, Guide};
use crate::pki::key::KeySpec;
use crate::pki::profile::{Extras, Profile, Usage, smime_chain_names};
use crate::pki::request::{Request, ServerRequest, SmimeRequest};

/// The intermediate CA to choose on the order page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Intermediate {
    /// The chain's names as the CA's page lists them.
    Named(&'static str),
    /// No intermediate for ECDSA keys is offered: the CA's page has none to pick.
    NoneForEcdsa,
}

/// What an S/MIME order page asks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmimeSheet {
    pub emails: Vec<String>,
    pub organization: String,
    pub profile: Profile,
    pub key: KeySpec,
    pub usage: Usage,
    pub extras: Extras,
    /// The signature hash in the CA's spelling (sha256WithRSA …).
    pub hash: &'static str,
    pub intermediate: Intermediate,
}

/// What a server certificate's order page asks, and domain validation for every name.
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
    /// For each name in the SAN list, the validation methods as of the sheet's day.
    pub validation: Vec<(String, Vec<Guide>)>,
}

/// A request's hand-off sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandOff {
    Smime(SmimeSheet),
    Server(ServerSheet),
}

/// The sheet for `request`, with validation methods as they stand on `today`.
pub fn handoff(request: &Request, today: Date) -> HandOff {
    match request {
        Request::Smime(r) => HandOff::Smime(smime(r)),
        Request::Server(r) => HandOff::Server(server(r, today)),
    }
}

fn smime(r: &SmimeRequest) -> SmimeSheet {
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
    }
}

fn server(r: &ServerRequest, today: Date) -> ServerSheet {
    ServerSheet {
        common_name: r.common_name.clone(),
        sans: r.sans.clone(),
        country: r.country.clone(),
        state: r.state.clone(),
        locality: r.locality.clone(),
        organization: r.organization.clone(),
        key: r.key,
        hash: r.hash.ca_name(r.key),
        validation: r
            .sans
            .iter()
            .map(|name| (name.clone(), dcv::guide(name, today)))
            .collect(),
    }
}
