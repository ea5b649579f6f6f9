//! Home and dashboard: start a new mail or server certificate, bring in an issued one, inspect a
//! file, and every request with its days to expiry — warned on the CA's own schedule (90, 60,
//! 30, 7, 3 days) — with renewal, calendar reminders and the files servers need.

use egui::{RichText, Ui};

use super::{Event, RowStatus, View};
use crate::i18n::Message;
use crate::pki::reminder::{Urgency, urgency};

pub fn ui(v: &View<'_>, ui: &mut Ui) -> Option<Event> {
    let tr = v.tr;
    let mut ev = None;
    ui.heading(tr.t("home-title"));
    ui.label(tr.t("home-intro"));
    ui.add_space(12.0);
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(
                v.vault_ready,
                egui::Button::new(RichText::new(tr.t("home-new-smime")).strong()),
            )
            .clicked()
        {
            ev = Some(Event::NewSmime);
        }
        if ui
            .add_enabled(v.vault_ready, egui::Button::new(tr.t("home-new-server")))
            .clicked()
        {
            ev = Some(Event::NewServer);
        }
        if ui
            .add_enabled(v.vault_ready, egui::Button::new(tr.t("home-import")))
            .clicked()
        {
            ev = Some(Event::StartImport);
        }
        if ui.button(tr.t("home-inspect")).clicked() {
            ev = Some(Event::StartInspect);
        }
    });
    ui.add_space(16.0);
    ui.heading(tr.t("home-requests"));
    if v.rows.is_empty() {
        ui.label(tr.t("home-no-requests"));
    }
    for row in v.rows {
        ui.separator();
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&row.title).strong());
            ui.label(tr.t(row.kind));
            ui.label(&row.key);
            match row.status {
                RowStatus::Pending => {
                    ui.label(tr.t("status-pending"));
                }
                RowStatus::Issued { days_left, .. } => {
                    let (text, warn) = match urgency(days_left) {
                        Urgency::Calm => (
                            tr.m(&Message::new("home-status-issued").num("days", days_left)),
                            false,
                        ),
                        Urgency::Within(_) => (
                            tr.m(&Message::new("home-status-expiring").num("days", days_left)),
                            true,
                        ),
                        Urgency::Expired => (tr.t("home-status-expired"), true),
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
            let issued = matches!(row.status, RowStatus::Issued { .. });
            if issued
                && ui
                    .button(tr.m(&Message::new("home-export").with("title", row.title.clone())))
                    .clicked()
            {
                ev = Some(Event::ExportRequest(row.id.clone()));
            }
            if issued && row.kind == "kind-server" {
                if ui.button(tr.t("home-fullchain")).clicked() {
                    ev = Some(Event::SaveFullchain(row.id.clone()));
                }
                if ui.button(tr.t("home-server-key")).clicked() {
                    ev = Some(Event::SaveServerKey(row.id.clone()));
                }
            }
            let ahead = matches!(row.status, RowStatus::Issued { days_left, .. } if days_left >= 0);
            if ahead && ui.button(tr.t("home-reminder")).clicked() {
                ev = Some(Event::SaveReminder(row.id.clone()));
            }
            if v.vault_ready
                && ui
                    .button(tr.m(&Message::new("home-renew").with("title", row.title.clone())))
                    .clicked()
            {
                ev = Some(Event::Renew(row.id.clone()));
            }
        });
    }
    ev
}
