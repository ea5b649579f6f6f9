//! Step 3: the key type, RSA 2048 recommended (and why).

use egui::Ui;

use super::{Event, SmimeDraft, View};
use crate::gui::widgets::explain;
use crate::pki::key::KeySpec;
use crate::pki::profile::SmimeChoice;

pub fn ui(d: &mut SmimeDraft, v: &View<'_>, ui: &mut Ui) -> Option<Event> {
    let tr = v.tr;
    ui.heading(tr.t("key-title"));
    explain(ui, &tr.t("key-explain"));
    for k in KeySpec::ALL {
        let label = match k {
            KeySpec::Rsa2048 => tr.t("key-rsa2048"),
            _ => k.display().to_owned(),
        };
        ui.radio_value(&mut d.key, k, label);
    }
    if !d.key.is_rsa() {
        explain(ui, &tr.t("key-ec-warning"));
    }
    // データの暗号化 needs RSA: drop it rather than keep an impossible combination.
    let allowed = SmimeChoice::allowed_extras(d.choice.profile, d.choice.usage, d.key);
    d.choice.extras.data_encryption &= allowed.data_encryption;
    ui.add_space(8.0);
    let mut ev = None;
    ui.horizontal(|ui| {
        if ui.button(tr.t("nav-back")).clicked() {
            ev = Some(Event::Back);
        }
        if ui
            .add_enabled(
                d.request().is_some(),
                egui::Button::new(tr.t("key-generate")),
            )
            .clicked()
        {
            ev = Some(Event::StartKeygen);
        }
    });
    ev
}
