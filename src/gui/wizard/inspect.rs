//! Inspect any file — CSR, certificate, bundle or .p12 (with its password) — in plain words.

use crate::gui::{bar, design};
use egui::{RichText, Ui};

use std::path::PathBuf;

use zeroize::Zeroizing;

use super::{Intent, Secret, View};
use crate::gui::widgets::{explain, field_error, password_field, text_field};
use crate::i18n::report;
use crate::pki::inspect::Inspection;

pub fn ui(
    typed_path: &mut String,
    password: &mut Zeroizing<String>,
    result: Option<&Inspection>,
    v: &View<'_>,
    ui: &mut Ui,
) -> Option<Intent> {
    let tr = v.tr;
    let mut ev = None;
    design::heading(ui, &tr.say("inspect-title"));
    explain(ui, &tr.say("inspect-explain"));
    // All three ways in: drop, picker, typed path.
    design::card(ui, |ui| {
        ui.add(egui::Label::new(tr.say("inspect-drop")).wrap());
        if design::secondary_button(ui, true, &tr.say("inspect-pick")).clicked() {
            ev = Some(Intent::InspectPick);
        }
    });
    let field = text_field(
        ui,
        &tr.say("import-path"),
        typed_path,
        &crate::folders::example_download("server.crt"),
    );
    if let Some(problem) = &v.file_problem {
        field_error(ui, &field, problem);
    }
    password_field(ui, &tr.say("inspect-p12-password"), password, false);
    let path = PathBuf::from(typed_path.trim().trim_matches('"'));
    let password = (!password.is_empty()).then(|| Secret::new(password));
    bar::back_and_next(
        ui,
        tr,
        "inspect-open",
        (!typed_path.trim().is_empty()).then(|| Intent::InspectFile { path, password }),
    );
    if let Some(found) = result {
        design::gap(ui);
        design::card(ui, |ui| {
            for line in report::inspection_report(found, tr.0).lines() {
                ui.add(egui::Label::new(RichText::new(line)).wrap());
            }
        });
    }
    ev
}
