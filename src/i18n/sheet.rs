//! The hand-off sheet as people read it: the CA's order page in its own order and words, then
//! the validation the CA does before it issues, each method with what to put where and how to
//! tell that it worked. Each renderer takes its value apart field by field, so a new field in
//! the sheet does not compile until it is shown here.

use super::report::day;
use crate::i18n::{Lang, Localized, Message, names, say};
use crate::ops::handoff::{HandOff, Intermediate, ServerSheet, SmimeSheet};
use crate::pki::dcv::{Guide, Place, Status};

/// The hand-off sheet as text (shown, copied, saved or printed), ending with the line that
/// introduces the CSR.
pub fn handoff_text(sheet: &HandOff, lang: Lang) -> String {
    let mut s = match sheet {
        HandOff::Smime(sheet) => smime_sheet(sheet, lang),
        HandOff::Server(sheet) => server_sheet(sheet, lang),
    };
    s.push('\n');
    s.push_str(&say(lang, "handoff-csr"));
    s.push('\n');
    s
}

/// How the Secure Mail ID was bought, as the request step asks it.
impl Localized for crate::pki::request::Purchase {
    fn message(&self) -> Message {
        use crate::pki::request::Purchase as P;
        Message::new(match self {
            P::Direct => "purchase-direct",
            P::Voucher => "purchase-voucher",
        })
    }
}

fn rows(s: &mut String, lang: Lang, rows: &[(&'static str, String)]) {
    for (id, value) in rows {
        s.push_str(&say(lang, Message::new(id).with("value", value.clone())));
        s.push('\n');
    }
}

fn smime_sheet(sheet: &SmimeSheet, lang: Lang) -> String {
    use crate::pki::profile::Extra;
    use crate::pki::request::Purchase;
    let SmimeSheet {
        purchase,
        emails,
        organization,
        profile,
        key,
        usage,
        extras,
        hash,
        intermediate,
        validation,
        renewal_opens_days,
        reissue_revokes_hours,
        contact,
    } = sheet;
    let mut chosen = Vec::new();
    for (on, extra) in [
        (extras.non_repudiation, Extra::NonRepudiation),
        (extras.data_encryption, Extra::DataEncryption),
        (extras.client_auth, Extra::ClientAuth),
    ] {
        if on {
            chosen.push(say(lang, extra));
        }
    }
    let extras = if chosen.is_empty() {
        say(lang, "handoff-none")
    } else {
        chosen.join(" / ")
    };
    let key_size = match intermediate {
        Intermediate::Named(_) => {
            Message::new("handoff-key-size").with("value", format!("RSA {}", key.bits()))
        }
        Intermediate::NotInGuide => {
            Message::new("handoff-key-not-in-guide").with("value", key.display())
        }
    };
    let intermediate = match intermediate {
        Intermediate::Named(names) => {
            Message::new("handoff-intermediate").with("value", (*names).to_owned())
        }
        Intermediate::NotInGuide => Message::new("handoff-intermediate-not-in-guide"),
    };
    let voucher = *purchase == Purchase::Voucher;
    let mut s = say(lang, "handoff-title");
    s.push_str("\n\n");
    // The guide's own order: validation before the order (事前認証), then the order page from
    // the top, then issuance, then what to do later, then whom to ask (docs/domain.md [D1]'s contents).
    s.push_str(&say(lang, "handoff-before-title"));
    s.push('\n');
    // docs/domain.md [D1], アカウントの作成 ⑤: 「Secure Mail ID製品をご利用の場合、アカウントの開設後、開設
    // した組織名とアカウント番号を添えて弊社サポートまでご連絡ください」.
    s.push_str(&say(lang, "handoff-account"));
    s.push('\n');
    s.push_str(&say(
        lang,
        Message::new("handoff-org-validation")
            .with("org", organization.clone())
            .with("mail", contact.validation_email),
    ));
    s.push('\n');
    for (domain, guides) in validation {
        s.push('\n');
        s.push_str(&say(
            lang,
            Message::new("dcv-smime-title").with("name", domain.clone()),
        ));
        s.push('\n');
        dcv_lines(&mut s, lang, guides, false);
    }
    s.push('\n');
    s.push_str(&say(lang, "handoff-page-title"));
    s.push('\n');
    let pick = |direct: &'static str, via_voucher: &'static str| {
        Message::new(if voucher { via_voucher } else { direct })
    };
    numbered(
        &mut s,
        lang,
        &[
            pick("handoff-start-direct", "handoff-start-voucher"),
            pick("handoff-validity", "handoff-validity-voucher"),
            Message::new("handoff-auto-renew"),
            Message::new("handoff-org").with("value", organization.clone()),
            Message::new("handoff-step-csr"),
            Message::new("handoff-org-duplicates"),
            Message::new("handoff-cn").with("value", organization.clone()),
            Message::new("handoff-emails").with("value", emails.join(", ")),
            Message::new("handoff-profile").with("value", say(lang, profile)),
            key_size,
            Message::new("handoff-usage").with("value", say(lang, usage)),
            Message::new("handoff-extras").with("value", extras),
            intermediate,
            Message::new("handoff-hash").with("value", (*hash).to_owned()),
            Message::new("handoff-additional-emails"),
            pick("handoff-payment", "handoff-payment-voucher"),
            Message::new("handoff-submit"),
        ],
    );
    s.push('\n');
    s.push_str(&say(lang, "handoff-after-title"));
    s.push('\n');
    for m in [
        Message::new("handoff-issuance"),
        Message::new("handoff-issuance-mail"),
        Message::new("handoff-download-link"),
    ] {
        s.push_str(&format!("・{}\n", say(lang, &m)));
    }
    s.push('\n');
    s.push_str(&say(lang, "handoff-later-title"));
    s.push('\n');
    for m in [
        pick("handoff-renew", "handoff-renew-voucher").num("days", *renewal_opens_days),
        Message::new("handoff-revalidate"),
        Message::new("handoff-reissue").num("hours", *reissue_revokes_hours),
        Message::new("handoff-new-org-name"),
    ] {
        s.push_str(&format!("・{}\n", say(lang, &m)));
    }
    s.push('\n');
    s.push_str(&say(
        lang,
        Message::new("handoff-contact")
            .with("validation_mail", contact.validation_email)
            .with("support_mail", contact.support_email)
            .with("phone", contact.phone)
            .num(
                "validation_guidance",
                i64::from(contact.validation_guidance),
            )
            .num("support_guidance", i64::from(contact.support_guidance))
            .with("hours", contact.hours),
    ));
    s.push('\n');
    s
}

/// Numbered lines, one per message, as the order page asks them.
fn numbered(s: &mut String, lang: Lang, lines: &[Message]) {
    for (i, m) in lines.iter().enumerate() {
        s.push_str(&format!("{}. {}\n", i + 1, say(lang, m)));
    }
}

fn dcv_status(status: Status, lang: Lang) -> String {
    match status {
        Status::Current => say(lang, "dcv-current"),
        Status::Discouraged {
            since,
            banned_from: Some(banned),
        } => say(
            lang,
            Message::new("dcv-discouraged")
                .with("since", day(lang, since))
                .with("banned", day(lang, banned)),
        ),
        Status::Discouraged {
            since,
            banned_from: None,
        } => say(
            lang,
            Message::new("dcv-discouraged-open").with("since", day(lang, since)),
        ),
        Status::Banned { since } => say(
            lang,
            Message::new("dcv-banned").with("since", day(lang, since)),
        ),
        Status::NotForThisName => say(lang, "dcv-not-for-name"),
    }
}

fn place_text(place: &Place, lang: Lang) -> String {
    let m = match place {
        Place::TxtRandom { name } => {
            Message::new("dcv-place-txt-random").with("name", name.clone())
        }
        Place::CnameRandom { domain, target } => Message::new("dcv-place-cname-random")
            .with("domain", domain.clone())
            .with("target", *target),
        Place::File { url } => Message::new("dcv-place-file").with("url", url.clone()),
        Place::Mailbox { address } => {
            Message::new("dcv-place-mailboxes").with("addresses", address.clone())
        }
        Place::ContactTxt { name } => {
            Message::new("dcv-place-contact-txt").with("name", name.clone())
        }
        Place::SoaRname { zone } => Message::new("dcv-place-soa").with("zone", zone.clone()),
        Place::Whois { domain } => Message::new("dcv-place-whois").with("domain", domain.clone()),
    };
    say(lang, &m)
}

/// Each method (with its TLS status where `statuses`), what to put where (mailboxes on one
/// line), and how to tell that it worked.
fn dcv_lines(s: &mut String, lang: Lang, guides: &[Guide], statuses: bool) {
    for g in guides {
        if statuses {
            s.push_str(&format!(
                "・{} — {}\n",
                say(lang, g.method),
                dcv_status(g.status, lang)
            ));
        } else {
            s.push_str(&format!("・{}\n", say(lang, g.method)));
        }
        if g.status == Status::NotForThisName {
            continue;
        }
        let mailboxes: Vec<&str> = g
            .places
            .iter()
            .filter_map(|p| match p {
                Place::Mailbox { address } => Some(address.as_str()),
                _ => None,
            })
            .collect();
        if !mailboxes.is_empty() {
            s.push_str("    ");
            s.push_str(&say(
                lang,
                Message::new("dcv-place-mailboxes").with("addresses", mailboxes.join(", ")),
            ));
            s.push('\n');
        }
        for p in g
            .places
            .iter()
            .filter(|p| !matches!(p, Place::Mailbox { .. }))
        {
            s.push_str(&format!("    {}\n", place_text(p, lang)));
        }
        s.push_str(&format!(
            "    {}\n",
            say(lang, names::method_check(g.method))
        ));
    }
}

fn server_sheet(sheet: &ServerSheet, lang: Lang) -> String {
    use crate::pki::reminder::ValidityRule;
    let ServerSheet {
        common_name,
        sans,
        country,
        state,
        locality,
        organization,
        key,
        hash,
        ca,
        today: _, // the statuses below are already judged on it
        validation,
        max_days,
        www: _, // read through `sheet.www_twin()`
    } = sheet;
    let terms = sheet.terms();
    let mut s = say(lang, "server-handoff-title");
    s.push_str("\n\n");
    rows(
        &mut s,
        lang,
        &[
            ("server-handoff-cn", common_name.clone()),
            ("server-handoff-sans", sans.join(", ")),
            (
                "server-handoff-subject",
                format!("C={country}, ST={state}, L={locality}, O={organization}"),
            ),
            ("server-handoff-key", key.display().to_owned()),
            ("handoff-hash", (*hash).to_owned()),
            ("server-handoff-ca", say(lang, ca)),
        ],
    );
    if let Some(twin) = sheet.www_twin() {
        let id = if *ca == crate::pki::dcv::Ca::Cybertrust {
            "server-handoff-www-cybertrust"
        } else {
            "server-handoff-www-other"
        };
        s.push_str(&say(lang, Message::new(id).with("name", twin)));
        s.push('\n');
    }
    // Validity as the reseller's FAQ states it per CA (docs/domain.md [R1]), then the ballot's cap.
    s.push('\n');
    s.push_str(&say(lang, "server-validity-title"));
    s.push('\n');
    if terms.is_empty() {
        s.push_str(&format!("・{}\n", say(lang, "server-validity-none")));
    }
    for term in terms.iter() {
        let m = match term.rule {
            ValidityRule::FromIssue {
                days,
                plus_last_second,
                plus_remaining,
                plus_ca_extra,
            } => Message::new("server-validity-from-issue")
                .num("months", i64::from(term.months))
                .num("days", i64::from(days))
                .with("last_second", if plus_last_second { "yes" } else { "no" })
                .with("remaining", if plus_remaining { "yes" } else { "no" })
                .with("extra", if plus_ca_extra { "yes" } else { "no" }),
            ValidityRule::FromPreviousExpiry { months } => {
                Message::new("server-validity-from-previous")
                    .num("months", i64::from(term.months))
                    .num("add", i64::from(months))
            }
        };
        s.push_str(&format!("・{}\n", say(lang, &m)));
    }
    s.push_str(&format!(
        "・{}\n",
        say(
            lang,
            Message::new("server-validity-cap").num("days", i64::from(*max_days))
        )
    ));
    if ca.through_reseller() {
        s.push('\n');
        for id in ["server-phone-check", "server-renewal-reseller"] {
            s.push_str(&format!("・{}\n", say(lang, id)));
        }
    }
    s.push('\n');
    s.push_str(&say(lang, names::ca_intro(*ca)));
    s.push('\n');
    for (name, guides) in validation {
        s.push('\n');
        s.push_str(&say(
            lang,
            Message::new("dcv-title").with("name", name.clone()),
        ));
        s.push('\n');
        dcv_lines(&mut s, lang, guides, true);
    }
    s
}
