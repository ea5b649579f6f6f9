//! What the CA's files held, in plain words, and the way on to the .p12.

use egui::Ui;

use super::{Event, View};
use crate::i18n::report;
use crate::ops::Imported;

pub fn ui(imported: &[Imported], v: &View<'_>, ui: &mut Ui) -> Option<Event> {
    let tr = v.tr;
    let mut ev = None;
    ui.heading(tr.t("import-done-title"));
    for imp in imported {
        for line in report::import_report(imp, tr.0).lines() {
            ui.label(line);
        }
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if let Some(first) = imported.first()
            && ui.button(tr.t("import-done-export")).clicked()
        {
            ev = Some(Event::ExportRequest(first.record.id.clone()));
        }
        if ui.button(tr.t("nav-home")).clicked() {
            ev = Some(Event::Home);
        }
    });
    ev
}
