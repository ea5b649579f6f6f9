//! The longer texts both faces show, built from typed values: the inspection report, the import
//! report and the hand-off sheet. Each renderer takes its value apart field by field (no `..`),
//! so a field added to a report does not compile until it is shown here — or deliberately
//! marked as not shown.

use time::{Date, OffsetDateTime};

use crate::i18n::{Lang, Localized, Message, describe, t, tr};
use crate::ops::Imported;
use crate::ops::handoff::{HandOff, Intermediate, ServerSheet, SmimeSheet};
use crate::pki::chain::{Cert, Finding as ChainFinding, Role};
use crate::pki::dcv::{Guide, Place, Status};
use crate::pki::inspect::{CertView, CsrSummary, Inspection};

/// `2026-03-15` for Unix seconds (empty when out of range).
pub fn date(ts: i64) -> String {
    OffsetDateTime::from_unix_timestamp(ts)
        .map(|d| format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day()))
        .unwrap_or_default()
}

impl Localized for ChainFinding {
    fn message(&self) -> Message {
        match self {
            ChainFinding::NotYetValid { not_before } => {
                Message::new("import-not-yet-valid").with("date", date(*not_before))
            }
            ChainFinding::ExpiresSoon { days } => {
                Message::new("import-expires-soon").num("days", *days)
            }
            ChainFinding::NamesDiffer { requested, issued } => Message::new("import-names-differ")
                .with("requested", requested.join(", "))
                .with("issued", issued.join(", ")),
            ChainFinding::KeyUsageDiffers { expected, issued } => Message::new("import-ku-differs")
                .with("expected", expected.join(", "))
                .with("issued", issued.join(", ")),
            ChainFinding::EkuDiffers { expected, issued } => Message::new("import-eku-differs")
                .with("expected", expected.join(", "))
                .with("issued", issued.join(", ")),
            ChainFinding::IntermediateMissing => Message::new("import-intermediate-missing"),
        }
    }
}

impl Localized for Role {
    fn message(&self) -> Message {
        Message::new(match self {
            Role::Leaf => "role-leaf",
            Role::Intermediate => "role-intermediate",
            Role::Root => "role-root",
        })
    }
}

fn display_name(c: &Cert) -> String {
    c.subject_cn.clone().unwrap_or_else(|| c.subject.clone())
}

/// Plain words for what an import found: the certificate, its chain, and what to know.
pub fn import_report(imp: &Imported, lang: Lang) -> String {
    let Imported {
        record,
        chain,
        findings,
    } = imp;
    let mut s = String::new();
    let mut line = |m: Message| {
        s.push_str(&tr(lang, &m));
        s.push('\n');
    };
    line(
        Message::new("import-found-leaf")
            .with("title", record.request.title())
            .with("until", date(chain.leaf.not_after))
            .with("id", record.id.clone()),
    );
    for c in &chain.intermediates {
        line(Message::new("import-found-intermediate").with("name", display_name(c)));
    }
    if let Some(r) = &chain.root {
        line(Message::new("import-found-root").with("name", display_name(r)));
    }
    for f in findings {
        line(Message::new("cli-notice").msg("message", f.message()));
    }
    s
}

/// The plain-language rendering of an inspection (the CLI and the wizard show the same text).
pub fn inspection_report(found: &Inspection, lang: Lang) -> String {
    let mut out = String::new();
    let mut line = |id: &'static str, value: String| {
        out.push_str(&tr(lang, &Message::new(id).with("value", value)));
        out.push('\n');
    };
    match found {
        Inspection::Csr(c) => csr_lines(c, lang, &mut line),
        Inspection::Certificates { certificates } => {
            line(
                "inspect-kind",
                tr(
                    lang,
                    &Message::new("inspect-kind-certs").num("count", certificates.len() as i64),
                ),
            );
            cert_lines(certificates, lang, &mut line);
        }
        Inspection::Pkcs12 {
            summary,
            key,
            key_matches_leaf,
            certificates,
        } => {
            line("inspect-kind", t(lang, "inspect-kind-p12"));
            line(
                "inspect-friendly-name",
                summary.key_friendly_names.join(", "),
            );
            line("inspect-p12-key", key.clone());
            line(
                "inspect-p12-key-match",
                t(
                    lang,
                    if *key_matches_leaf {
                        "inspect-yes"
                    } else {
                        "inspect-no"
                    },
                ),
            );
            line(
                "inspect-p12-protection",
                format!(
                    "{}; MAC {} × {}",
                    summary.encryption.join("; "),
                    summary.mac,
                    summary.mac_iterations
                ),
            );
            cert_lines(certificates, lang, &mut line);
        }
    }
    out
}

fn csr_lines(c: &CsrSummary, lang: Lang, line: &mut dyn FnMut(&'static str, String)) {
    let CsrSummary {
        kind,
        subject,
        emails,
        dns_names,
        key,
        key_bits: _, // in `key` already ("RSA 2048")
        signature_algorithm,
        signature_valid,
        key_usage,
        extended_key_usage,
        findings,
    } = c;
    let kind = match kind.as_str() {
        "smime" => t(lang, "inspect-kind-smime-csr"),
        "server" => t(lang, "inspect-kind-server-csr"),
        _ => t(lang, "inspect-kind-csr"),
    };
    line("inspect-kind", kind);
    let subject: Vec<String> = subject
        .iter()
        .map(|e| format!("{}={}", e.attr, e.value))
        .collect();
    line("inspect-subject", subject.join(", "));
    if !emails.is_empty() {
        line("inspect-emails", emails.join(", "));
    }
    if !dns_names.is_empty() {
        line("inspect-dns-names", dns_names.join(", "));
    }
    line("inspect-key", key.clone());
    let sig = Message::new(if *signature_valid {
        "inspect-signature-ok"
    } else {
        "inspect-signature-bad"
    })
    .with("alg", signature_algorithm.clone());
    line("inspect-signature", tr(lang, &sig));
    if !key_usage.is_empty() {
        line("inspect-key-usage", key_usage.join(", "));
    }
    if !extended_key_usage.is_empty() {
        line("inspect-eku", extended_key_usage.join(", "));
    }
    if findings.is_empty() {
        line("inspect-findings", t(lang, "inspect-no-findings"));
    } else {
        for f in findings {
            line("inspect-finding", f.localized(lang));
        }
    }
}

fn cert_lines(certs: &[CertView], lang: Lang, line: &mut dyn FnMut(&'static str, String)) {
    for v in certs {
        let CertView {
            role,
            cert,
            findings,
        } = v;
        line(
            "inspect-cert",
            format!("{}: {}", role.localized(lang), cert.subject),
        );
        line("inspect-issuer", cert.issuer.clone());
        line(
            "inspect-validity",
            format!("{} – {}", date(cert.not_before), date(cert.not_after)),
        );
        if !cert.emails.is_empty() {
            line("inspect-emails", cert.emails.join(", "));
        }
        if !cert.dns_names.is_empty() {
            line("inspect-dns-names", cert.dns_names.join(", "));
        }
        line("inspect-key", cert.key.clone());
        if !cert.key_usage.is_empty() {
            line("inspect-key-usage", cert.key_usage.join(", "));
        }
        if !cert.extended_key_usage.is_empty() {
            line("inspect-eku", cert.extended_key_usage.join(", "));
        }
        for f in findings {
            line("inspect-finding", f.localized(lang));
        }
    }
}

/// The hand-off sheet as text (shown, copied, saved or printed), ending with the line that
/// introduces the CSR.
pub fn handoff_text(sheet: &HandOff, lang: Lang) -> String {
    let mut s = match sheet {
        HandOff::Smime(sheet) => smime_sheet(sheet, lang),
        HandOff::Server(sheet) => server_sheet(sheet, lang),
    };
    s.push('\n');
    s.push_str(&t(lang, "handoff-csr"));
    s.push('\n');
    s
}

fn rows(s: &mut String, lang: Lang, rows: &[(&'static str, String)]) {
    for (id, value) in rows {
        s.push_str(&tr(lang, &Message::new(id).with("value", value.clone())));
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
            chosen.push(extra.localized(lang));
        }
    }
    let extras = if chosen.is_empty() {
        t(lang, "handoff-none")
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
        Intermediate::NoneForEcdsa => t(lang, "handoff-intermediate-ec"),
    };
    let mut s = t(lang, "handoff-title");
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
            Message::new("handoff-profile").with("value", profile.localized(lang)),
            Message::new("handoff-key-size").with("value", key),
            Message::new("handoff-usage").with("value", usage.localized(lang)),
            Message::new("handoff-extras").with("value", extras),
            Message::new("handoff-intermediate").with("value", intermediate),
            Message::new("handoff-hash").with("value", (*hash).to_owned()),
        ],
    );
    s.push('\n');
    s.push_str(&t(lang, "handoff-before-title"));
    s.push('\n');
    s.push_str(&tr(
        lang,
        &Message::new("handoff-org-validation").with("org", organization.clone()),
    ));
    s.push('\n');
    for (domain, guides) in validation {
        s.push('\n');
        s.push_str(&tr(
            lang,
            &Message::new("dcv-smime-title").with("name", domain.clone()),
        ));
        s.push('\n');
        dcv_lines(&mut s, lang, guides);
    }
    s
}

/// Numbered lines, one per message, as the order page asks them.
fn numbered(s: &mut String, lang: Lang, lines: &[Message]) {
    for (i, m) in lines.iter().enumerate() {
        s.push_str(&format!("{}. {}\n", i + 1, tr(lang, m)));
    }
}

/// A day as a message, so each language writes it its own way (2026年3月15日, 2026-03-15).
pub fn day_message(d: Date) -> Message {
    let (m, dd) = (u8::from(d.month()), d.day());
    Message::new("date")
        .with("y", d.year().to_string())
        .with("m", m.to_string())
        .with("d", dd.to_string())
        .with("mm", format!("{m:02}"))
        .with("dd", format!("{dd:02}"))
}

/// The day of Unix seconds `ts` (UTC) as a message.
pub fn date_message(ts: i64) -> Message {
    day_message(
        OffsetDateTime::from_unix_timestamp(ts)
            .map(|d| d.date())
            .unwrap_or(Date::MIN),
    )
}

/// A day in the reader's style.
pub fn day(lang: Lang, d: Date) -> String {
    tr(lang, &day_message(d))
}

fn dcv_status(status: Status, lang: Lang) -> String {
    match status {
        Status::Current => t(lang, "dcv-current"),
        Status::Discouraged { since, banned_from } => tr(
            lang,
            &Message::new("dcv-discouraged")
                .with("since", day(lang, since))
                .with("banned", day(lang, banned_from)),
        ),
        Status::Banned { since } => tr(
            lang,
            &Message::new("dcv-banned").with("since", day(lang, since)),
        ),
        Status::NotForThisName => t(lang, "dcv-not-for-name"),
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
    tr(lang, &m)
}

/// Each method with its status, what to put where (mailboxes on one line), and how to tell
/// that it worked.
fn dcv_lines(s: &mut String, lang: Lang, guides: &[Guide]) {
    for g in guides {
        s.push_str(&format!(
            "・{} — {}\n",
            g.method.localized(lang),
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
            s.push_str(&tr(
                lang,
                &Message::new("dcv-place-mailboxes").with("addresses", mailboxes.join(", ")),
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
            describe::method_check(g.method).render(lang)
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
    let mut s = t(lang, "server-handoff-title");
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
            ("server-handoff-ca", ca.localized(lang)),
        ],
    );
    s.push('\n');
    s.push_str(&describe::ca_intro(*ca).render(lang));
    s.push('\n');
    for (name, guides) in validation {
        s.push('\n');
        s.push_str(&tr(
            lang,
            &Message::new("dcv-title").with("name", name.clone()),
        ));
        s.push('\n');
        dcv_lines(&mut s, lang, guides);
    }
    s
}
