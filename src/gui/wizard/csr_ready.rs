//! Step 5: the CSR — its key is already safe in the vault. Copy it, save it, and the hand-off
//! sheet: exactly what to select on the CA's order page, in the CA's words.

use egui::{RichText, Ui};

use super::{CsrInfo, Event, View};
use crate::gui::widgets::{Tr, explain};
use crate::i18n::Message;
use crate::pki::dcv::{self, Status};
use crate::pki::key::KeySpec;
use crate::pki::request::{ServerRequest, SmimeRequest};

/// The hand-off sheet as text (shown, copied, saved or printed).
pub fn handoff_sheet(tr: Tr, r: &SmimeRequest) -> String {
    let mut extras = Vec::new();
    if r.choice.extras.non_repudiation {
        extras.push(tr.t("extra-non-repudiation"));
    }
    if r.choice.extras.data_encryption {
        extras.push(tr.t("extra-data-encryption"));
    }
    if r.choice.extras.client_auth {
        extras.push(tr.t("extra-client-auth"));
    }
    let extras = if extras.is_empty() {
        tr.t("handoff-none")
    } else {
        extras.join(" / ")
    };
    let key = match r.key {
        KeySpec::Rsa2048 | KeySpec::Rsa3072 | KeySpec::Rsa4096 => format!("RSA {}", r.key.bits()),
        k => k.display().to_owned(),
    };
    let intermediate = if r.key.is_rsa() {
        "DigiCert Assured G2 SMIME RSA4096 SHA384 2024 CA1 > DigiCert Assured ID Root G2".to_owned()
    } else {
        tr.t("handoff-intermediate-ec")
    };
    let rows: [(&'static str, String); 8] = [
        ("handoff-emails", r.emails.join(", ")),
        ("handoff-org", r.organization.clone()),
        ("handoff-profile", tr.t(r.choice.profile.label_id())),
        ("handoff-key-size", key),
        ("handoff-usage", tr.t(r.choice.usage.label_id())),
        ("handoff-extras", extras),
        ("handoff-hash", r.hash.ca_name(r.key).to_owned()),
        ("handoff-intermediate", intermediate),
    ];
    let mut s = tr.t("handoff-title");
    s.push_str("\n\n");
    for (id, value) in rows {
        s.push_str(&tr.m(&Message::new(id).with("value", value)));
        s.push('\n');
    }
    s.push('\n');
    s.push_str(&tr.t("handoff-csr"));
    s.push('\n');
    s
}

/// The server hand-off sheet: what to enter on the reseller's page, and how to pass domain
/// validation for each name — each method marked current, discouraged or banned as of `today`.
pub fn server_handoff(tr: Tr, r: &ServerRequest, today: time::Date) -> String {
    let mut s = tr.t("server-handoff-title");
    s.push_str("\n\n");
    let rows: [(&'static str, String); 5] = [
        ("server-handoff-cn", r.common_name.clone()),
        ("server-handoff-sans", r.sans.join(", ")),
        (
            "server-handoff-subject",
            format!(
                "C={}, ST={}, L={}, O={}",
                r.country, r.state, r.locality, r.organization
            ),
        ),
        ("handoff-key-size", r.key.display().to_owned()),
        ("handoff-hash", r.hash.ca_name(r.key).to_owned()),
    ];
    for (id, value) in rows {
        s.push_str(&tr.m(&Message::new(id).with("value", value)));
        s.push('\n');
    }
    for name in &r.sans {
        s.push('\n');
        s.push_str(&tr.m(&Message::new("dcv-title").with("name", name.clone())));
        s.push('\n');
        for g in dcv::guide(name, today) {
            let status = match g.status {
                Status::Current => tr.t("dcv-current"),
                Status::Discouraged { since, banned_from } => {
                    tr.m(&Message::new("dcv-discouraged")
                        .with("since", since.to_string())
                        .with("banned", banned_from.to_string()))
                }
                Status::Banned { since } => {
                    tr.m(&Message::new("dcv-banned").with("since", since.to_string()))
                }
                Status::NotForThisName => tr.t("dcv-not-for-name"),
            };
            s.push_str(&format!("・{} — {}", tr.t(g.method.label_id()), status));
            s.push('\n');
            for p in g.places {
                s.push_str(&format!("    {p}\n"));
            }
        }
    }
    s.push('\n');
    s.push_str(&tr.t("handoff-csr"));
    s.push('\n');
    s
}

pub fn ui(c: &mut CsrInfo, v: &View<'_>, ui: &mut Ui) -> Option<Event> {
    let tr = v.tr;
    let mut ev = None;
    ui.heading(tr.t("csr-title"));
    ui.label(tr.m(&Message::new("csr-key-safe").with("title", c.title.clone())));
    ui.horizontal(|ui| {
        if ui.button(tr.t("csr-copy")).clicked() {
            ev = Some(Event::CopyCsr);
        }
        if ui.button(tr.t("csr-save")).clicked() {
            ev = Some(Event::SaveCsr);
        }
        if ui.button(tr.t("csr-save-handoff")).clicked() {
            ev = Some(Event::SaveHandoff);
        }
    });
    if c.copied {
        explain(ui, &tr.t("csr-copied"));
    }
    if let Some(p) = &c.saved_to {
        explain(
            ui,
            &tr.m(&Message::new("csr-saved").with("path", p.display().to_string())),
        );
    }
    ui.add_space(8.0);
    egui::ScrollArea::vertical()
        .max_height(320.0)
        .show(ui, |ui| {
            ui.label(RichText::new(&c.handoff));
            ui.add_space(6.0);
            let l = ui.label(tr.t("csr-text"));
            let mut text = c.csr_pem.as_str();
            ui.add(
                egui::TextEdit::multiline(&mut text)
                    .code_editor()
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(l.id);
        });
    ui.add_space(8.0);
    explain(ui, &tr.t("csr-next"));
    if ui.button(tr.t("nav-done")).clicked() {
        ev = Some(Event::Home);
    }
    ev
}
