//! Inspect any file — CSR, certificate, bundle or .p12 (with its password) — in plain words.

use egui::{RichText, Ui};

use super::{Event, View, nav_row};
use crate::gui::widgets::{explain, password_field, text_field};

pub fn ui(
    typed_path: &mut String,
    password: &mut String,
    result: &Option<String>,
    v: &View<'_>,
    ui: &mut Ui,
) -> Option<Event> {
    let tr = v.tr;
    let mut ev = None;
    ui.heading(tr.t("inspect-title"));
    explain(ui, &tr.t("inspect-explain"));
    text_field(
        ui,
        &tr.t("import-path"),
        typed_path,
        &crate::folders::example_download("server.crt"),
    );
    password_field(ui, &tr.t("inspect-p12-password"), password, false);
    if let Some(e) = nav_row(
        ui,
        tr,
        !typed_path.trim().is_empty(),
        "inspect-open",
        Event::InspectFile,
    ) {
        ev = Some(e);
    }
    if let Some(text) = result {
        ui.separator();
        for line in text.lines() {
            ui.label(RichText::new(line));
        }
    }
    ev
}
