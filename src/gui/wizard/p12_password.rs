//! The certificate password: show/hide, confirm, a live checklist of the CA's rule, a strength
//! meter, a generator with copy, and the IME hint on full-width input.

use crate::gui::{bar, design};
use egui::Ui;

use super::{Intent, P12Draft, Secret, View};
use crate::gui::widgets::{checklist, error_line, explain, password_field, strength_meter};

pub fn ui(d: &mut P12Draft, v: &View<'_>, ui: &mut Ui) -> Option<Intent> {
    let tr = v.tr;
    let mut ev = None;
    design::heading(ui, &tr.say("p12-password-title"));
    explain(ui, &tr.say("p12-password-explain"));
    password_field(ui, &tr.say("p12-password"), &mut d.password, d.show);
    password_field(ui, &tr.say("p12-password-again"), &mut d.confirm, d.show);
    ui.checkbox(&mut d.show, tr.say("p12-show"));
    let new = d.new_password();
    if new.check.full_width {
        error_line(ui, &tr.say("p12-ime-hint"));
    }
    checklist(ui, tr, &new.check);
    if new.mismatch {
        error_line(ui, &tr.say("pw-mismatch-live"));
    }
    strength_meter(ui, tr, new.check.strength);
    ui.horizontal(|ui| {
        if ui.button(tr.say("p12-generate")).clicked() {
            ev = Some(Intent::GeneratePassword);
        }
        // Disabled, not missing, until there is a password to copy.
        if ui
            .add_enabled(
                !d.password.is_empty(),
                egui::Button::new(tr.say("p12-copy")),
            )
            .clicked()
        {
            ev = Some(Intent::CopyPassword(Secret::new(&d.password)));
        }
    });
    explain(ui, &tr.say("p12-separate-route"));
    ui.add_space(8.0);
    bar::back_and_next(
        ui,
        tr,
        "nav-next",
        (d.acceptable()).then(|| Intent::PasswordNext),
    );
    ev
}
