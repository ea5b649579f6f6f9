//! The hand-off sheet as people read it: the CA's order page in its own order and words, then
//! the validation the CA does before it issues, each method with what to put where and how to
//! tell that it worked. Each renderer takes its value apart field by field, so a new field in
//! the sheet does not compile until it is shown here.

use super::report::day;
use crate::i18n::{Lang, Message, describe, say};
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

fn rows(s: &mut String, lang: Lang, rows: &[(&'static str, String)]) {
    for (id, value) in rows {
        s.push_str(&say(lang, Message::new(id).with("value", value.clone())));
        s.push('\n');
    }
}

fn smime_sheet(sheet: &SmimeSheet, lang: Lang) -> String {
    use crate::pki::profile::Extra;
    let SmimeSheet {
        emails,
        organization,
        profile,
        key,
        usage,
        extras,
        hash,
        intermediate,
        validation,
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
    let key = if key.is_rsa() {
        format!("RSA {}", key.bits())
    } else {
        key.display().to_owned()
    };
    let intermediate = match intermediate {
        Intermediate::Named(names) => (*names).to_owned(),
        Intermediate::NoneForEcdsa => say(lang, "handoff-intermediate-ec"),
    };
    let mut s = say(lang, "handoff-title");
    s.push_str("\n\n");
    numbered(
        &mut s,
        lang,
        &[
            Message::new("handoff-step-csr"),
            Message::new("handoff-validity"),
            Message::new("handoff-auto-renew"),
            Message::new("handoff-org").with("value", organization.clone()),
            Message::new("handoff-cn"),
            Message::new("handoff-emails").with("value", emails.join(", ")),
            Message::new("handoff-profile").with("value", say(lang, profile)),
            Message::new("handoff-key-size").with("value", key),
            Message::new("handoff-usage").with("value", say(lang, usage)),
            Message::new("handoff-extras").with("value", extras),
            Message::new("handoff-intermediate").with("value", intermediate),
            Message::new("handoff-hash").with("value", (*hash).to_owned()),
        ],
    );
    s.push('\n');
    s.push_str(&say(lang, "handoff-before-title"));
    s.push('\n');
    s.push_str(&say(
        lang,
        Message::new("handoff-org-validation").with("org", organization.clone()),
    ));
    s.push('\n');
    for (domain, guides) in validation {
        s.push('\n');
        s.push_str(&say(
            lang,
            Message::new("dcv-smime-title").with("name", domain.clone()),
        ));
        s.push('\n');
        dcv_lines(&mut s, lang, guides);
    }
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
        Status::Discouraged { since, banned_from } => say(
            lang,
            Message::new("dcv-discouraged")
                .with("since", day(lang, since))
                .with("banned", day(lang, banned_from)),
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

/// Each method with its status, what to put where (mailboxes on one line), and how to tell
/// that it worked.
fn dcv_lines(s: &mut String, lang: Lang, guides: &[Guide]) {
    for g in guides {
        s.push_str(&format!(
            "・{} — {}\n",
            say(lang, g.method),
            dcv_status(g.status, lang)
        ));
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
            say(lang, describe::method_check(g.method))
        ));
    }
}

fn server_sheet(sheet: &ServerSheet, lang: Lang) -> String {
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
    } = sheet;
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
    s.push('\n');
    s.push_str(&say(lang, describe::ca_intro(*ca)));
    s.push('\n');
    for (name, guides) in validation {
        s.push('\n');
        s.push_str(&say(
            lang,
            Message::new("dcv-title").with("name", name.clone()),
        ));
        s.push('\n');
        dcv_lines(&mut s, lang, guides);
    }
    s
}
