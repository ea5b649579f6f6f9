//! What the CA's files held, in plain words, and the way on to the .p12.

use crate::gui::{bar, design};
use egui::Ui;

use super::{Intent, View};
use crate::i18n::report;
use crate::ops::Imported;

pub fn ui(imported: &[Imported], v: &View<'_>, ui: &mut Ui) -> Option<Intent> {
    let tr = v.tr;
    let ev: Option<Intent> = None;
    design::heading(ui, &tr.say("import-done-title"));
    for imp in imported {
        for line in report::import_report(imp, tr.0).lines() {
            ui.label(line);
        }
    }
    match imported.first() {
        Some(first) => bar::declare(
            ui,
            tr,
            Some(("nav-home", Intent::Home)),
            Some((
                tr.say("import-done-export"),
                Some(Intent::ExportRequest(first.record.id.clone())),
            )),
        ),
        None => bar::declare(ui, tr, None, Some((tr.say("nav-home"), Some(Intent::Home)))),
    }
    ev
}
