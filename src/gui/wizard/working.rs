//! Importing and exporting: the work runs off the UI thread and settles the step when it is
//! done; until then the page says what is happening, and the window stays responsive.

use egui::Ui;

use super::{Intent, View};

/// `what`: the message saying what is being done (`import-running`, `export-running`).
pub fn ui(what: &'static str, v: &View<'_>, ui: &mut Ui) -> Option<Intent> {
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(v.tr.say(what));
    });
    None
}
