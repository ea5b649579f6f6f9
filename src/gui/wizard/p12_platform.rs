//! "Where will you install it?" — the platform decides the preset (or both files).

use egui::Ui;

use super::{Event, P12Draft, Platform, Secret, View};
use crate::gui::widgets::explain;
use crate::i18n::describe;

pub fn ui(
    draft: &P12Draft,
    choice: &mut Option<Platform>,
    v: &View<'_>,
    ui: &mut Ui,
) -> Option<Event> {
    let tr = v.tr;
    let mut ev = None;
    ui.heading(tr.t("platform-title"));
    for p in Platform::ALL {
        ui.radio_value(choice, Some(p), tr.of(&p));
        explain(ui, &tr.m(&describe::platform_explain(p)));
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button(tr.t("nav-back")).clicked() {
            ev = Some(Event::Back);
        }
        if let Some(p) = *choice
            && ui.button(tr.t("platform-save")).clicked()
        {
            ev = Some(Event::SavePkcs12 {
                id: draft.id.clone(),
                password: Secret::new(&draft.password),
                default_name: draft.default_name.clone(),
                platform: p,
            });
        }
    });
    ev
}
