//! Home: start a new mail certificate, bring in an issued one, and the list of requests.

use egui::{RichText, Ui};

use super::{Event, RowStatus, View};
use crate::i18n::Message;

pub fn ui(v: &View<'_>, ui: &mut Ui) -> Option<Event> {
    let tr = v.tr;
    let mut ev = None;
    ui.heading(tr.t("home-title"));
    ui.label(tr.t("home-intro"));
    ui.add_space(12.0);
    ui.horizontal(|ui| {
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
            .add_enabled(v.vault_ready, egui::Button::new(tr.t("home-import")))
            .clicked()
        {
            ev = Some(Event::StartImport);
        }
    });
    ui.add_space(16.0);
    ui.heading(tr.t("home-requests"));
    if v.rows.is_empty() {
        ui.label(tr.t("home-no-requests"));
    }
    egui::ScrollArea::vertical().show(ui, |ui| {
        for row in v.rows {
            ui.horizontal(|ui| {
                let status = match row.status {
                    RowStatus::Pending => tr.t("status-pending"),
                    RowStatus::Issued { days_left } => {
                        tr.m(&Message::new("home-status-issued").num("days", days_left))
                    }
                    RowStatus::Expiring { days_left } => {
                        tr.m(&Message::new("home-status-expiring").num("days", days_left))
                    }
                    RowStatus::Expired => tr.t("home-status-expired"),
                };
                ui.label(RichText::new(&row.title).strong());
                ui.label(tr.t(row.kind));
                ui.label(&row.key);
                match row.status {
                    RowStatus::Expiring { .. } | RowStatus::Expired => {
                        ui.label(RichText::new(status).color(ui.visuals().warn_fg_color));
                    }
                    _ => {
                        ui.label(status);
                    }
                }
                if matches!(
                    row.status,
                    RowStatus::Issued { .. } | RowStatus::Expiring { .. }
                ) && ui
                    .button(tr.m(&Message::new("home-export").with("title", row.title.clone())))
                    .clicked()
                {
                    ev = Some(Event::ExportRequest(row.id.clone()));
                }
            });
        }
    });
    ev
}
