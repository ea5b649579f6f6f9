//! Home and dashboard: a few large, explained choices — a new mail or server certificate, bring
//! in an issued one, inspect a file — and every request with the date it was made, its expiry
//! once issued (warned on the CA's schedule: 90, 60, 30, 7, 3 days), and a button that opens it.

use egui::{RichText, Ui};

use super::{Intent, RequestStatus, Row, View};
use crate::gui::widgets::explain;
use crate::gui::{bar, design};
use crate::i18n::{Message, report};
use crate::pki::reminder::{Urgency, urgency};
use crate::pki::request::Kind;

pub fn ui(v: &View<'_>, ui: &mut Ui) -> Option<Intent> {
    let tr = v.tr;
    let mut ev = None;
    design::heading(ui, &tr.say("home-title"));
    explain(ui, &tr.say("home-intro"));
    design::gap(ui);
    let choices: [(&str, &str, bool, Intent); 4] = [
        (
            "home-new-smime",
            "home-new-smime-explain",
            v.vault_ready,
            Intent::NewSmime,
        ),
        (
            "home-new-server",
            "home-new-server-explain",
            v.vault_ready,
            Intent::NewServer,
        ),
        (
            "home-import",
            "home-import-explain",
            v.vault_ready,
            Intent::StartImport,
        ),
        (
            "home-inspect",
            "home-inspect-explain",
            true,
            Intent::StartInspect,
        ),
    ];
    for (title, explain_id, enabled, event) in choices {
        let r = design::choice_button(ui, enabled, &tr.say(title), &tr.say(explain_id));
        // The focus waits for the vault: then the first choice takes it (not "inspect", which
        // is usable before the vault is open).
        if enabled && v.vault_ready {
            design::focus_if_first(&r);
        }
        if r.clicked() {
            ev = Some(event);
        }
    }
    design::gap(ui);
    design::subheading(ui, &tr.say("home-requests"));
    for d in v.damaged {
        let text = tr.say(Message::new("err-vault-damaged").path("path", d));
        design::message(ui, design::Tone::Error, &text, None);
    }
    if v.rows.is_empty() && v.damaged.is_empty() {
        ui.label(tr.say("home-no-requests"));
    }
    for row in v.rows {
        design::card(ui, |ui| {
            if let Some(e) = row_ui(v, row, ui) {
                ev = Some(e);
            }
        });
    }
    bar::declare(ui, tr, None, None);
    ev
}

fn row_ui(v: &View<'_>, row: &Row, ui: &mut Ui) -> Option<Intent> {
    let tr = v.tr;
    let mut ev = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&row.title).strong());
        ui.label(tr.say(row.kind));
        ui.label(&row.key);
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(tr.say(Message::new("home-made").with("date", row.made.clone())));
        match row.status {
            RequestStatus::Pending => {
                ui.label(tr.say("status-pending"));
            }
            RequestStatus::Issued {
                days_left,
                not_after,
                ..
            } => {
                ui.label(
                    tr.say(Message::new("home-expires").with("date", report::date(not_after))),
                );
                let (text, warn) = match urgency(days_left) {
                    Urgency::Calm => (
                        tr.say(Message::new("home-status-issued").num("days", days_left)),
                        false,
                    ),
                    Urgency::Within(_) => (
                        tr.say(Message::new("home-status-expiring").num("days", days_left)),
                        true,
                    ),
                    Urgency::Expired => (tr.say("home-status-expired"), true),
                };
                if warn {
                    ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
                } else {
                    ui.label(text);
                }
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        let named = |id: &'static str| {
            tr.say(
                Message::new(id)
                    .with("title", row.title.clone())
                    .with("date", row.made.clone()),
            )
        };
        if ui.button(named("home-open")).clicked() {
            ev = Some(Intent::OpenRequest(row.id.clone()));
        }
        let issued = row.status.issued();
        if issued && ui.button(named("home-export-for")).clicked() {
            ev = Some(Intent::ExportRequest(row.id.clone()));
        }
        if issued && row.kind == Kind::Server {
            if ui.button(named("home-fullchain-for")).clicked() {
                ev = Some(Intent::SaveFullchain(row.id.clone()));
            }
            if ui.button(named("home-server-key-for")).clicked() {
                ev = Some(Intent::SaveServerKey(row.id.clone()));
            }
        }
        let ahead = row.status.valid();
        if ahead && ui.button(named("home-reminder-for")).clicked() {
            ev = Some(Intent::SaveReminder(row.id.clone()));
        }
        // Renewal and reissue are for issued certificates; a reissue replaces a valid one.
        if issued && v.vault_ready && ui.button(named("home-renew-for")).clicked() {
            ev = Some(Intent::Renew(row.id.clone()));
        }
        if ahead && v.vault_ready && ui.button(named("home-reissue-for")).clicked() {
            ev = Some(Intent::Reissue(row.id.clone()));
        }
    });
    ev
}
