//! What the CA's files held, in plain words, and the way on to the .p12.

use egui::Ui;

use super::{Event, View};

pub fn ui(lines: &[String], ids: &[String], v: &View<'_>, ui: &mut Ui) -> Option<Event> {
    let tr = v.tr;
    let mut ev = None;
    ui.heading(tr.t("import-done-title"));
    for l in lines {
        ui.label(l);
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if let Some(id) = ids.first()
            && ui.button(tr.t("import-done-export")).clicked()
        {
            ev = Some(Event::ExportRequest(id.clone()));
        }
        if ui.button(tr.t("nav-home")).clicked() {
            ev = Some(Event::Home);
        }
    });
    ev
}
