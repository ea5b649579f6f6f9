//! Domain control validation (ドメイン名利用権の確認, DCV) for a server certificate: what the
//! user must place where, and which methods are current, discouraged or banned on a given day
//! (CA/B Forum BR as summarized in DOMAIN.md §3; approval-mail addresses per seed 004).

use serde::Serialize;
use time::{Date, Month};

/// A way to prove control of a domain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// A TXT record with the CA's random value.
    DnsTxt,
    /// A CNAME record with the CA's random value.
    DnsCname,
    /// A file at `http://<domain>/.well-known/pki-validation/fileauth.txt`.
    HttpFile,
    /// Approval mail to admin@, administrator@, hostmaster@, postmaster@, webmaster@.
    ConstructedEmail,
    /// Approval mail to the address in the TXT record `_validation-contactemail.<domain>`.
    ContactEmailTxt,
    /// Approval mail to the WHOIS contacts.
    WhoisEmail,
}

impl Method {
    pub const ALL: [Method; 6] = [
        Method::DnsTxt,
        Method::DnsCname,
        Method::HttpFile,
        Method::ConstructedEmail,
        Method::ContactEmailTxt,
        Method::WhoisEmail,
    ];
}

/// Where a method stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Status {
    Current,
    /// Still accepted, but being phased out; use another method.
    Discouraged {
        since: Date,
        banned_from: Date,
    },
    Banned {
        since: Date,
    },
    /// Does not apply to this name (e.g. the HTTP file for a wildcard).
    NotForThisName,
}

fn date(y: i32, m: Month, d: u8) -> Date {
    Date::from_calendar_date(y, m, d).unwrap_or(Date::MIN)
}

/// Email to constructed or TXT-published addresses: discouraged from 2026-03-15, banned from
/// 2028-03-15. WHOIS email: banned since 2025-07-15.
pub fn status(method: Method, today: Date) -> Status {
    let email_discouraged = date(2026, Month::March, 15);
    let email_banned = date(2028, Month::March, 15);
    let whois_banned = date(2025, Month::July, 15);
    match method {
        Method::DnsTxt | Method::DnsCname | Method::HttpFile => Status::Current,
        Method::ConstructedEmail | Method::ContactEmailTxt => {
            if today >= email_banned {
                Status::Banned {
                    since: email_banned,
                }
            } else if today >= email_discouraged {
                Status::Discouraged {
                    since: email_discouraged,
                    banned_from: email_banned,
                }
            } else {
                Status::Current
            }
        }
        Method::WhoisEmail => {
            if today >= whois_banned {
                Status::Banned {
                    since: whois_banned,
                }
            } else {
                Status::Current
            }
        }
    }
}

/// What to do for one method, for one host name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Guide {
    pub method: Method,
    pub status: Status,
    /// Record names, URLs or mailboxes the user needs (empty where the CA supplies everything).
    pub places: Vec<String>,
}

const CONSTRUCTED: [&str; 5] = [
    "admin",
    "administrator",
    "hostmaster",
    "postmaster",
    "webmaster",
];

/// The DCV guidance for `host` (an A-label name, possibly `*.`-prefixed) on `today`.
pub fn guide(host: &str, today: Date) -> Vec<Guide> {
    let wildcard = host.starts_with("*.");
    let domain = host.trim_start_matches("*.");
    // DigiCert (seed 004): for a subdomain CN only the subdomain's addresses — except www.,
    // where both the www name and the base domain receive the approval mail.
    let mut mail_domains = vec![domain.to_owned()];
    if let Some(base) = domain.strip_prefix("www.") {
        mail_domains.push(base.to_owned());
    }
    Method::ALL
        .iter()
        .map(|&method| {
            let places = match method {
                Method::DnsTxt => vec![domain.to_owned()],
                Method::DnsCname => vec![format!("<random>.{domain}")],
                Method::HttpFile => {
                    vec![format!(
                        "http://{domain}/.well-known/pki-validation/fileauth.txt"
                    )]
                }
                Method::ConstructedEmail => mail_domains
                    .iter()
                    .flat_map(|d| CONSTRUCTED.iter().map(move |l| format!("{l}@{d}")))
                    .collect(),
                Method::ContactEmailTxt => mail_domains
                    .iter()
                    .map(|d| format!("_validation-contactemail.{d}"))
                    .collect(),
                Method::WhoisEmail => Vec::new(),
            };
            let status = if method == Method::HttpFile && wildcard {
                Status::NotForThisName
            } else {
                status(method, today)
            };
            Guide {
                method,
                status,
                places,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_methods_by_date() {
        let before = date(2026, Month::March, 14);
        let first = date(2026, Month::March, 15);
        let last = date(2028, Month::March, 14);
        let banned = date(2028, Month::March, 15);
        assert_eq!(status(Method::ConstructedEmail, before), Status::Current);
        assert!(matches!(
            status(Method::ConstructedEmail, first),
            Status::Discouraged { .. }
        ));
        assert!(matches!(
            status(Method::ContactEmailTxt, last),
            Status::Discouraged { .. }
        ));
        assert!(matches!(
            status(Method::ContactEmailTxt, banned),
            Status::Banned { .. }
        ));
        assert_eq!(status(Method::DnsTxt, banned), Status::Current);
    }

    #[test]
    fn whois_by_date() {
        assert_eq!(
            status(Method::WhoisEmail, date(2025, Month::July, 14)),
            Status::Current
        );
        assert!(matches!(
            status(Method::WhoisEmail, date(2025, Month::July, 15)),
            Status::Banned { .. }
        ));
    }

    #[test]
    fn places_for_www_and_wildcards() {
        let today = date(2026, Month::November, 22);
        let g = guide("www.example.jp", today);
        let mail = g
            .iter()
            .find(|x| x.method == Method::ConstructedEmail)
            .unwrap();
        assert!(mail.places.contains(&"admin@www.example.jp".to_owned()));
        assert!(mail.places.contains(&"webmaster@example.jp".to_owned()));
        assert_eq!(mail.places.len(), 10);
        let http = g.iter().find(|x| x.method == Method::HttpFile).unwrap();
        assert_eq!(
            http.places,
            ["http://www.example.jp/.well-known/pki-validation/fileauth.txt"]
        );
        let g = guide("*.example.jp", today);
        let http = g.iter().find(|x| x.method == Method::HttpFile).unwrap();
        assert_eq!(http.status, Status::NotForThisName);
        let sub = guide("shop.example.jp", today);
        let mail = sub
            .iter()
            .find(|x| x.method == Method::ConstructedEmail)
            .unwrap();
        assert_eq!(mail.places.len(), 5);
        let txt = sub
            .iter()
            .find(|x| x.method == Method::ContactEmailTxt)
            .unwrap();
        assert_eq!(txt.places, ["_validation-contactemail.shop.example.jp"]);
    }
}
