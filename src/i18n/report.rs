//! The longer texts both faces show, built from typed values: the inspection report and the
//! import report (the hand-off sheet is `sheet`), and days in each language's style. Each renderer takes its value apart field by field (no `..`),
//! so a field added to a report does not compile until it is shown here — or deliberately
//! marked as not shown.

use time::{Date, OffsetDateTime};

use crate::i18n::{Lang, Localized, Message, say};

pub use super::sheet::handoff_text;
use crate::ops::Imported;
use crate::pki::cert::chain::Finding as ChainFinding;
use crate::pki::cert::lenient::Quirk;
use crate::pki::cert::{Cert, Role};
use crate::pki::inspect::{CertView, CsrSummary, Finding, Inspection};

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
                Message::new("import-not-yet-valid").msg("date", date_message(*not_before))
            }
            ChainFinding::ExpiresSoon { days } => {
                Message::new("import-expires-soon").num("days", *days)
            }
            ChainFinding::NamesDiffer { requested, issued } => Message::new("import-names-differ")
                .with("requested", requested.join(", "))
                .with("issued", issued.join(", ")),
            ChainFinding::KeyUsageDiffers { expected, issued } => Message::new("import-ku-differs")
                .msg("expected", usage_list(expected))
                .msg("issued", usage_list(issued)),
            // A CA adding 個人認証 (clientAuth) to what was asked is normal for Multipurpose.
            ChainFinding::EkuDiffers { expected, issued }
                if expected.iter().all(|e| issued.contains(e))
                    && issued
                        .iter()
                        .filter(|i| !expected.contains(i))
                        .all(|i| i == "clientAuth") =>
            {
                Message::new("import-eku-client-auth-added")
            }
            ChainFinding::EkuDiffers { expected, issued } => Message::new("import-eku-differs")
                .msg("expected", usage_list(expected))
                .msg("issued", usage_list(issued)),
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

/// A keyUsage bit or extKeyUsage purpose in the reader's words with its technical name after
/// it (デジタル署名 (digitalSignature)); an unknown one as it is.
fn usage_word(name: &str) -> Message {
    let id = match name {
        "digitalSignature" => "usage-word-digital-signature",
        "nonRepudiation" | "contentCommitment" => "usage-word-non-repudiation",
        "keyEncipherment" => "usage-word-key-encipherment",
        "dataEncipherment" => "usage-word-data-encipherment",
        "keyAgreement" => "usage-word-key-agreement",
        "keyCertSign" => "usage-word-key-cert-sign",
        "cRLSign" => "usage-word-crl-sign",
        "emailProtection" => "usage-word-email-protection",
        "clientAuth" => "usage-word-client-auth",
        "serverAuth" => "usage-word-server-auth",
        "codeSigning" => "usage-word-code-signing",
        _ => "usage-word-other",
    };
    Message::new(id).with("name", name)
}

/// A list of usages as one message argument (rendered in the reader's language).
fn usage_list(names: &[String]) -> Message {
    let mut m = Message::new("usage-list");
    // Fluent has no lists: up to eight names, which is more than any certificate carries.
    const SLOTS: [&str; 8] = ["a", "b", "c", "d", "e", "f", "g", "h"];
    for (slot, name) in SLOTS.iter().zip(names) {
        m = m.msg(slot, usage_word(name));
    }
    m.num("count", names.len().min(SLOTS.len()) as i64)
}

fn usages(lang: Lang, names: &[String]) -> String {
    names
        .iter()
        .map(|n| say(lang, usage_word(n)))
        .collect::<Vec<_>>()
        .join(", ")
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
        s.push_str(&say(lang, &m));
        s.push('\n');
    };
    line(
        Message::new("import-found-leaf")
            .with("title", record.request.title())
            .msg("until", date_message(chain.leaf.not_after))
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
        out.push_str(&say(lang, Message::new(id).with("value", value)));
        out.push('\n');
    };
    match found {
        Inspection::Csr(c) => csr_lines(c, lang, &mut line),
        Inspection::Certificates { certificates } => {
            line(
                "inspect-kind",
                say(
                    lang,
                    Message::new("inspect-kind-certs").num("count", certificates.len() as i64),
                ),
            );
            cert_lines(certificates, lang, &mut line);
        }
        Inspection::Pkcs12 {
            summary,
            has_key,
            key,
            key_bits: _, // in `key` already
            key_spki_sha256: _,
            key_matches_certificate,
            key_certificate,
            key_matches_leaf: _, // the same as key_matches_certificate
            certificates,
        } => {
            if *has_key {
                line("inspect-kind", say(lang, "inspect-kind-p12"));
                line(
                    "inspect-friendly-name",
                    summary.key_friendly_names.join(", "),
                );
                line("inspect-p12-key", key.clone());
                let matched = match (key_matches_certificate, key_certificate) {
                    (Some(true), Some(i)) => certificates.get(i.to_owned()).map_or_else(
                        || say(lang, "inspect-yes"),
                        |c| {
                            say(
                                lang,
                                Message::new("inspect-p12-key-of")
                                    .with("subject", c.cert.subject.clone()),
                            )
                        },
                    ),
                    (Some(true), None) => say(lang, "inspect-yes"),
                    (Some(false), _) => say(lang, "inspect-no"),
                    (None, _) => say(lang, "inspect-p12-key-unknown"),
                };
                line("inspect-p12-key-match", matched);
            } else {
                line("inspect-kind", say(lang, "inspect-kind-p12-no-key"));
            }
            use crate::pki::pkcs12::Protection;
            let protection = Message::new(match summary.protection() {
                Protection::Modern => "p12-protection-modern",
                Protection::Compatible => "p12-protection-compatible",
                Protection::Weak => "p12-protection-weak",
                Protection::Other => "p12-protection-other",
            })
            .with(
                "detail",
                format!(
                    "{}; MAC {} × {}",
                    summary.encryption.join("; "),
                    summary.mac,
                    summary.mac_iterations
                ),
            );
            line("inspect-p12-protection", say(lang, &protection));
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
        "smime" => say(lang, "inspect-kind-smime-csr"),
        "server" => say(lang, "inspect-kind-server-csr"),
        _ => say(lang, "inspect-kind-csr"),
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
    let unchecked = findings.contains(&Finding::SignatureUnsupported);
    let weak = findings.contains(&Finding::WeakHash);
    let sig = Message::new(match (*signature_valid, unchecked, weak) {
        (_, true, _) => "inspect-signature-unchecked",
        (true, _, true) => "inspect-signature-weak",
        (true, _, false) => "inspect-signature-ok",
        (false, _, _) => "inspect-signature-bad",
    })
    .with("alg", signature_algorithm.clone());
    line("inspect-signature", say(lang, &sig));
    if !key_usage.is_empty() {
        line("inspect-key-usage", usages(lang, key_usage));
    }
    if !extended_key_usage.is_empty() {
        line("inspect-eku", usages(lang, extended_key_usage));
    }
    if findings.is_empty() {
        line("inspect-findings", say(lang, "inspect-no-findings"));
    } else {
        for f in findings {
            line("inspect-finding", say(lang, f));
        }
    }
}

fn cert_lines(certs: &[CertView], lang: Lang, line: &mut dyn FnMut(&'static str, String)) {
    for v in certs {
        let CertView {
            role,
            cert,
            signature_valid,
            findings,
        } = v;
        line(
            "inspect-cert",
            format!("{}: {}", say(lang, role), cert.subject),
        );
        line("inspect-issuer", cert.issuer.clone());
        // A time the certificate writes in a form no reader understands (pki::cert::lenient).
        let when = |ts: i64, unreadable: bool| {
            if unreadable {
                say(lang, Message::new("inspect-time-unreadable"))
            } else {
                say(lang, date_message(ts))
            }
        };
        line(
            "inspect-validity",
            format!(
                "{} – {}",
                when(cert.not_before, cert.not_before_unreadable),
                when(cert.not_after, cert.not_after_unreadable)
            ),
        );
        if !cert.emails.is_empty() {
            line("inspect-emails", cert.emails.join(", "));
        }
        if !cert.dns_names.is_empty() {
            line("inspect-dns-names", cert.dns_names.join(", "));
        }
        line("inspect-key", cert.key.clone());
        if let Some(valid) = signature_valid {
            let weak = findings.contains(&Finding::WeakHash);
            let id = match (valid, weak) {
                (true, true) => "inspect-signature-weak",
                (true, false) => "inspect-signature-ok",
                (false, _) => "inspect-signature-bad",
            };
            let sig = Message::new(id).with("alg", cert.signature_algorithm.clone());
            line("inspect-signature", say(lang, &sig));
        }
        if !cert.key_usage.is_empty() {
            line("inspect-key-usage", usages(lang, &cert.key_usage));
        }
        if !cert.extended_key_usage.is_empty() {
            line("inspect-eku", usages(lang, &cert.extended_key_usage));
        }
        for f in findings {
            line("inspect-finding", say(lang, f));
        }
    }
}

// ---- The rules a certificate breaks (pki::cert::lenient), in plain words: the inspection's
// "this certificate breaks a rule: …" lines and import's refusal.

/// "This certificate breaks a rule: …", an inspection's line.
pub(super) fn breaks_rule(rule: &Quirk) -> Message {
    Message::new("finding-breaks-rule").msg("rule", rule.message())
}

/// Import's refusal of a certificate (in `file`) that breaks `rule`.
pub(super) fn refused(file: &str, rule: &Quirk) -> Message {
    Message::new("err-import-breaks-rule")
        .with("file", file)
        .msg("rule", rule.message())
}

impl Localized for Quirk {
    fn message(&self) -> Message {
        match self {
            Quirk::TimeGeneralizedBefore2050 => Message::new("quirk-time-generalized-before-2050"),
            Quirk::TimeWithoutSeconds => Message::new("quirk-time-without-seconds"),
            Quirk::TimeNotUtc => Message::new("quirk-time-not-utc"),
            Quirk::TimeFraction => Message::new("quirk-time-fraction"),
            Quirk::TimeUnreadable => Message::new("quirk-time-unreadable"),
            Quirk::SanNotAscii { kind } => Message::new("quirk-san-not-ascii").with("kind", *kind),
            Quirk::SanEmptyEntry => Message::new("quirk-san-empty-entry"),
            Quirk::SanControlByte => Message::new("quirk-san-control-byte"),
            Quirk::UnknownAttribute { oid } => {
                Message::new("quirk-unknown-attribute").with("oid", oid.clone())
            }
            Quirk::SerialNumberAttribute => Message::new("quirk-serial-number-attribute"),
            Quirk::NameEmptyPart => Message::new("quirk-name-empty-part"),
            Quirk::NameUnreadable => Message::new("quirk-name-unreadable"),
            Quirk::CriticalAia => Message::new("quirk-critical-aia"),
            Quirk::CriticalSia => Message::new("quirk-critical-sia"),
            Quirk::NameConstraintsEmpty => Message::new("quirk-name-constraints-empty"),
            Quirk::NameConstraintsMinMax => Message::new("quirk-name-constraints-min-max"),
            Quirk::PathLenNegative => Message::new("quirk-path-len-negative"),
            Quirk::PathLenWithoutCa => Message::new("quirk-path-len-without-ca"),
            Quirk::NoticeStringType => Message::new("quirk-notice-string-type"),
            Quirk::NoticeTooLong { chars } => {
                Message::new("quirk-notice-too-long").num("chars", *chars as i64)
            }
            Quirk::CrlDistributionPointWithoutName => Message::new("quirk-crldp-without-name"),
            Quirk::UniqueIdentifiers => Message::new("quirk-unique-identifiers"),
            Quirk::ExtensionUnreadable { oid } => {
                Message::new("quirk-extension-unreadable").with("oid", oid.clone())
            }
            Quirk::RsaParametersMissing => Message::new("quirk-rsa-parameters-missing"),
            Quirk::KeyEncoding => Message::new("quirk-key-encoding"),
            Quirk::CurveMismatch { curve } => {
                Message::new("quirk-curve-mismatch").with("curve", *curve)
            }
            Quirk::SerialNotPositive => Message::new("quirk-serial-not-positive"),
            Quirk::NotStrictDer => Message::new("quirk-not-strict-der"),
        }
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
    say(lang, day_message(d))
}
