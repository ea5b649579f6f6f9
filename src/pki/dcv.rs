//! Domain control validation (ドメイン名利用権の確認, DCV): what the user must place where, and
//! how each method stands on a given day. The methods on offer and where the approval mail goes
//! differ by CA and by how the order is placed (docs/domain.md [D1]: DigiCert's own CertCentral page;
//! docs/domain.md [R1]: one reseller's 申請代行 for DigiCert, GlobalSign and Cybertrust), so the guidance
//! is per [`Ca`]. Places are typed: the words ("the CA's random value", "a mailbox you choose")
//! are the faces'.
//!
//! Statuses are TLS rules and only TLS sheets carry them ([`guide`]). The e-mail dates are in
//! neither [D1] nor [R1]: they come from CA/Browser Forum ballot SC-090 (TLS Baseline Requirements, adopted
//! 2025-11; "discourage" e-mail and phone methods from 2026-03-15, sunset 3.2.2.4.4 constructed
//! e-mail and 3.2.2.4.14 e-mail to DNS TXT contact from 2028-03-15). The WHOIS date is
//! docs/domain.md [R1]'s (「2025年7月15日以降、WHOISに掲載されているドメイン登録担当者のメールアドレスの利用が
//! 禁止になる予定」). S/MIME mail-domain validation gets no status ([`smime_guide`]): docs/domain.md [D1]
//! makes the Verification Email the automatic method for Secure Mail ID (「自動的にメール認証
//! (Verification Email)として処理され」), and no source dates any S/MIME method.

use serde::Serialize;
use time::{Date, Month};

/// Who validates, and through whose page the order goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ca {
    /// DigiCert through the reseller of docs/domain.md [R1] (its 申請代行証明書品目): the approval mail goes
    /// to every listed address, and no other address can be named (「このメールは、以下すべての
    /// メールアドレス宛に送信されます。以下のメールアドレス以外を指定することはできません」).
    /// Other resellers may differ; [R1] speaks for this one.
    DigiCertReseller,
    /// GMO GlobalSign through a reseller (docs/domain.md [R1]): one approval address, picked at order time.
    GlobalSign,
    /// Cybertrust through a reseller (docs/domain.md [R1]): WHOIS contacts or the DNS-published address;
    /// other methods by arrangement.
    Cybertrust,
    /// DigiCert's own CertCentral (docs/domain.md [D1]): the domain page offers DNS TXT, DNS CNAME, the
    /// approval mail and the file; S/MIME mail domains are validated here.
    CertCentral,
}

impl Ca {
    /// The CAs a server certificate's sheet can be written for, the usual one first.
    pub const SERVER: [Ca; 4] = [
        Ca::DigiCertReseller,
        Ca::GlobalSign,
        Ca::Cybertrust,
        Ca::CertCentral,
    ];

    pub fn parse(s: &str) -> Option<Ca> {
        match s.trim().to_ascii_lowercase().as_str() {
            "digicert" => Some(Ca::DigiCertReseller),
            "globalsign" => Some(Ca::GlobalSign),
            "cybertrust" => Some(Ca::Cybertrust),
            "certcentral" => Some(Ca::CertCentral),
            _ => None,
        }
    }

    /// Whether the order goes through the reseller of docs/domain.md [R1] (its 申請代行): then the reseller
    /// renews by itself unless cancelled, and the CA's phone check calls the number registered
    /// with 帝国データバンク or 東京商工リサーチ (「帝国データバンク(COSMOSNET)または東京商工リサーチ
    /// (tsr-van2)に登録されているお客様の電話番号宛にかけられます」).
    pub fn through_reseller(self) -> bool {
        self != Ca::CertCentral
    }

    /// The methods this CA offers, in the order its page (or the reseller's FAQ) lists them.
    pub fn methods(self) -> &'static [Method] {
        match self {
            Ca::DigiCertReseller => &[
                Method::ContactEmailTxt,
                Method::WhoisEmail,
                Method::ConstructedEmail,
            ],
            Ca::GlobalSign => &[
                Method::ContactEmailTxt,
                Method::SoaRname,
                Method::WhoisEmail,
                Method::ConstructedEmail,
            ],
            Ca::Cybertrust => &[Method::WhoisEmail, Method::ContactEmailTxt],
            Ca::CertCentral => &[
                Method::DnsTxt,
                Method::DnsCname,
                Method::ConstructedEmail,
                Method::ContactEmailTxt,
                Method::HttpFile,
            ],
        }
    }
}

/// Where the CNAME method's record points (docs/domain.md [D1]).
pub const DIGICERT_CNAME_TARGET: &str = "dcv.digicert.com";

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
    /// Approval mail to the address in the zone's SOA record (RNAME; GlobalSign).
    SoaRname,
    /// Approval mail to the WHOIS contacts.
    WhoisEmail,
}

impl Method {
    pub const ALL: [Method; 7] = [
        Method::DnsTxt,
        Method::DnsCname,
        Method::HttpFile,
        Method::ConstructedEmail,
        Method::ContactEmailTxt,
        Method::SoaRname,
        Method::WhoisEmail,
    ];
}

/// Where a method stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Status {
    Current,
    /// Still accepted, but being phased out; use another method. `banned_from` only where the
    /// source gives a date.
    Discouraged {
        since: Date,
        banned_from: Option<Date>,
    },
    Banned {
        since: Date,
    },
    /// Does not apply to this name: the HTTP file for a wildcard (not in [D1] or [R1]; TLS BR
    /// §3.2.2.4.18 forbids issuing a wildcard on that method).
    NotForThisName,
}

fn date(y: i32, m: Month, d: u8) -> Date {
    Date::from_calendar_date(y, m, d).unwrap_or(Date::MIN)
}

/// A TLS method's standing on `today`. E-mail to constructed or TXT-published addresses:
/// discouraged from 2026-03-15, banned from 2028-03-15 (ballot SC-090, §3.2.2.4.4 and
/// §3.2.2.4.14); the SOA RNAME mail is discouraged from 2026-03-15 with no end date in that
/// ballot. WHOIS e-mail: banned since 2025-07-15 (docs/domain.md [R1]).
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
                    banned_from: Some(email_banned),
                }
            } else {
                Status::Current
            }
        }
        Method::SoaRname => {
            if today >= email_discouraged {
                Status::Discouraged {
                    since: email_discouraged,
                    banned_from: None,
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

/// One thing the user puts somewhere, or one place the approval mail goes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "place", rename_all = "kebab-case")]
pub enum Place {
    /// A TXT record named `name` whose value is the random value the CA shows.
    TxtRandom { name: String },
    /// A CNAME record named `<the CA's random value>.{domain}` pointing at `target`.
    CnameRandom {
        domain: String,
        target: &'static str,
    },
    /// A file at `url` whose content is the random value the CA shows.
    File { url: String },
    /// An approval mailbox.
    Mailbox { address: String },
    /// A TXT record named `name` whose value is a mailbox the user chooses (published first).
    ContactTxt { name: String },
    /// The mailbox in the SOA record of `zone` (its RNAME; the first dot reads as @).
    SoaRname { zone: String },
    /// The contacts registered in WHOIS for `domain`.
    Whois { domain: String },
}

/// What to do for one method, for one host name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Guide {
    pub method: Method,
    pub status: Status,
    /// What to put where, or where the mail goes.
    pub places: Vec<Place>,
}

const CONSTRUCTED: [&str; 5] = [
    "admin",
    "administrator",
    "hostmaster",
    "postmaster",
    "webmaster",
];

/// The registrable domain of `name` (`shop.example.co.jp` → `example.co.jp`), if any.
fn base_domain(name: &str) -> Option<String> {
    psl::domain(name.as_bytes())
        .and_then(|d| std::str::from_utf8(d.as_bytes()).ok())
        .map(str::to_owned)
}

/// The domains whose constructed addresses receive the approval mail at `ca` for `domain`.
/// DigiCert via the reseller: the name itself, and for `www.` also the base domain (docs/domain.md [R1]).
/// GlobalSign: the name, and for any subdomain also the base domain (docs/domain.md [R1]). CertCentral:
/// the name (規定ホスト名@確認対象のドメイン名, docs/domain.md [D1]). Cybertrust: none.
fn mail_domains(ca: Ca, domain: &str) -> Vec<String> {
    let mut out = vec![domain.to_owned()];
    let extra = match ca {
        Ca::DigiCertReseller => domain.strip_prefix("www.").map(str::to_owned),
        Ca::GlobalSign => base_domain(domain).filter(|b| b != domain),
        Ca::CertCentral | Ca::Cybertrust => None,
    };
    out.extend(extra);
    out
}

/// The TLS DCV guidance for `host` (an A-label name, possibly `*.`-prefixed) at `ca` on
/// `today`, each method with its TLS status.
pub fn guide(ca: Ca, host: &str, today: Date) -> Vec<Guide> {
    let wildcard = host.starts_with("*.");
    let domain = host.trim_start_matches("*.");
    ca.methods()
        .iter()
        .map(|&method| {
            let status = if method == Method::HttpFile && wildcard {
                Status::NotForThisName
            } else {
                status(method, today)
            };
            Guide {
                method,
                status,
                places: places(ca, method, domain),
            }
        })
        .collect()
}

/// Validation of a Secure Mail ID mailbox domain on CertCentral's domain page (docs/domain.md [D1]: 「DNS
/// TXTレコード / DNS CNAMEレコード / 申請承認メール / ファイル認証」): every method as the page
/// offers it, with no TLS status — no source dates an S/MIME method.
pub fn smime_guide(domain: &str) -> Vec<Guide> {
    Ca::CertCentral
        .methods()
        .iter()
        .map(|&method| Guide {
            method,
            status: Status::Current,
            places: places(Ca::CertCentral, method, domain),
        })
        .collect()
}

fn places(ca: Ca, method: Method, domain: &str) -> Vec<Place> {
    let mail = mail_domains(ca, domain);
    match method {
        Method::DnsTxt => vec![Place::TxtRandom {
            name: domain.to_owned(),
        }],
        Method::DnsCname => vec![Place::CnameRandom {
            domain: domain.to_owned(),
            target: DIGICERT_CNAME_TARGET,
        }],
        Method::HttpFile => vec![Place::File {
            url: format!("http://{domain}/.well-known/pki-validation/fileauth.txt"),
        }],
        Method::ConstructedEmail => mail
            .iter()
            .flat_map(|d| {
                CONSTRUCTED.iter().map(move |l| Place::Mailbox {
                    address: format!("{l}@{d}"),
                })
            })
            .collect(),
        Method::ContactEmailTxt => vec![Place::ContactTxt {
            name: format!("_validation-contactemail.{domain}"),
        }],
        Method::SoaRname => vec![Place::SoaRname {
            zone: base_domain(domain).unwrap_or_else(|| domain.to_owned()),
        }],
        Method::WhoisEmail => vec![Place::Whois {
            domain: base_domain(domain).unwrap_or_else(|| domain.to_owned()),
        }],
    }
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
    fn smime_domains_carry_no_tls_status() {
        // docs/domain.md [D1]: Secure Mail ID's mail domains are validated on CertCentral's domain page,
        // and no source dates an S/MIME method; the TLS ballot's dates must not leak in.
        // (smime_guide takes no day at all.)
        let g = smime_guide("example.co.jp");
        assert_eq!(
            g.iter().map(|x| x.method).collect::<Vec<_>>(),
            Ca::CertCentral.methods()
        );
        assert!(g.iter().all(|x| x.status == Status::Current), "{g:?}");
        // The SOA mail (GlobalSign) is discouraged with no ban date in the ballot.
        assert_eq!(
            status(Method::SoaRname, date(2029, Month::January, 1)),
            Status::Discouraged {
                since: date(2026, Month::March, 15),
                banned_from: None
            }
        );
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

    fn mailboxes(g: &[Guide], m: Method) -> Vec<String> {
        g.iter()
            .filter(|x| x.method == m)
            .flat_map(|x| &x.places)
            .filter_map(|p| match p {
                Place::Mailbox { address } => Some(address.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn places_per_ca_for_www_subdomains_and_wildcards() {
        let today = date(2026, Month::November, 22);
        // DigiCert via the reseller: mail only; www. also reaches the base domain.
        let g = guide(Ca::DigiCertReseller, "www.example.jp", today);
        let mail = mailboxes(&g, Method::ConstructedEmail);
        assert!(mail.contains(&"admin@www.example.jp".to_owned()));
        assert!(mail.contains(&"webmaster@example.jp".to_owned()));
        assert_eq!(mail.len(), 10);
        assert!(g.iter().all(|x| !matches!(
            x.method,
            Method::DnsTxt | Method::DnsCname | Method::HttpFile
        )));
        let sub = guide(Ca::DigiCertReseller, "shop.example.jp", today);
        assert_eq!(mailboxes(&sub, Method::ConstructedEmail).len(), 5);
        let txt = sub
            .iter()
            .find(|x| x.method == Method::ContactEmailTxt)
            .unwrap();
        assert_eq!(
            txt.places,
            [Place::ContactTxt {
                name: "_validation-contactemail.shop.example.jp".into()
            }]
        );
        // GlobalSign: any subdomain also offers the base domain's addresses, and the SOA RNAME.
        let gs = guide(Ca::GlobalSign, "shop.example.co.jp", today);
        let mail = mailboxes(&gs, Method::ConstructedEmail);
        assert!(mail.contains(&"admin@example.co.jp".to_owned()) && mail.len() == 10);
        let soa = gs.iter().find(|x| x.method == Method::SoaRname).unwrap();
        assert_eq!(
            soa.places,
            [Place::SoaRname {
                zone: "example.co.jp".into()
            }]
        );
        // Cybertrust: WHOIS (banned since 2025-07-15) or the DNS-published address.
        let ct = guide(Ca::Cybertrust, "www.example.jp", today);
        assert_eq!(ct[0].method, Method::WhoisEmail);
        assert!(matches!(ct[0].status, Status::Banned { .. }));
        // CertCentral: the CNAME points at DigiCert's target; the file is not for wildcards.
        let cc = guide(Ca::CertCentral, "*.example.jp", today);
        let cname = cc.iter().find(|x| x.method == Method::DnsCname).unwrap();
        assert_eq!(
            cname.places,
            [Place::CnameRandom {
                domain: "example.jp".into(),
                target: "dcv.digicert.com"
            }]
        );
        let http = cc.iter().find(|x| x.method == Method::HttpFile).unwrap();
        assert_eq!(http.status, Status::NotForThisName);
        assert_eq!(Ca::parse(" GlobalSign "), Some(Ca::GlobalSign));
    }
}
