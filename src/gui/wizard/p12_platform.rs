//! "Where will you install it?" — the platform decides the preset (or both files).

use egui::Ui;

use super::{Event, Platform, View};
use crate::gui::widgets::explain;

pub fn ui(choice: &mut Option<Platform>, v: &View<'_>, ui: &mut Ui) -> Option<Event> {
    let tr = v.tr;
    let mut ev = None;
    ui.heading(tr.t("platform-title"));
    for p in Platform::ALL {
        ui.radio_value(choice, Some(p), tr.t(p.label_id()));
        explain(ui, &tr.t(p.explain_id()));
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button(tr.t("nav-back")).clicked() {
            ev = Some(Event::Back);
        }
        if let Some(p) = *choice
            && ui.button(tr.t("platform-save")).clicked()
        {
            ev = Some(Event::SavePkcs12(p));
        }
    });
    ev
}
