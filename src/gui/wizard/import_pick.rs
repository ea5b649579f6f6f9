//! Bring in the issued certificate: drop the CA's files on the window, pick them, or type a path
//! (the native dialog may be unavailable).

use crate::gui::{bar, design};
use std::path::PathBuf;

use egui::Ui;

use super::{Intent, View};
use crate::gui::widgets::{explain, field_error, text_field};

pub fn ui(typed_path: &mut String, v: &View<'_>, ui: &mut Ui) -> Option<Intent> {
    let tr = v.tr;
    let mut ev = None;
    design::heading(ui, &tr.say("import-title"));
    ui.label(tr.say("import-explain"));
    ui.add_space(8.0);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.vertical_centered(|ui| {
            ui.add_space(24.0);
            ui.label(tr.say("import-drop"));
            ui.add_space(24.0);
        });
    });
    ui.add_space(8.0);
    if ui.button(tr.say("import-pick")).clicked() {
        ev = Some(Intent::PickFiles);
    }
    let field = text_field(
        ui,
        &tr.say("import-path"),
        typed_path,
        &crate::folders::example_download("Certificate.zip"),
    );
    if let Some(problem) = &v.file_problem {
        field_error(ui, &field, problem);
    }
    explain(ui, &tr.say("import-path-explain"));
    let paths: Vec<PathBuf> = typed_path
        .split(['\n', ';'])
        .map(|p| p.trim().trim_matches('"'))
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .collect();
    bar::declare(
        ui,
        tr,
        Some(("nav-back", Intent::Back)),
        Some((
            tr.say("import-open"),
            (!paths.is_empty()).then_some(Intent::ImportPaths(paths)),
        )),
    );
    ev
}
