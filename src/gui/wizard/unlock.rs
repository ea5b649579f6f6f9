//! The vault passphrase: created once where there is no OS keyring, then entered each start.

use crate::gui::{bar, design};
use egui::Ui;

use super::{Intent, Secret, UnlockDraft, View};
use crate::gui::widgets::{checklist, error_line, explain, password_field, strength_meter};
use crate::vault::check_new_passphrase;

pub fn ui(d: &mut UnlockDraft, v: &View<'_>, ui: &mut Ui) -> Option<Intent> {
    let tr = v.tr;
    design::heading(
        ui,
        &tr.say(if d.creating {
            "unlock-create-title"
        } else {
            "unlock-title"
        }),
    );
    explain(
        ui,
        &tr.say(if d.creating {
            "unlock-create-explain"
        } else {
            "unlock-explain"
        }),
    );
    password_field(ui, &tr.say("unlock-passphrase"), &mut d.passphrase, false);
    let mut ok = !d.passphrase.is_empty();
    if d.creating {
        password_field(ui, &tr.say("unlock-again"), &mut d.confirm, false);
        // The same rule and live checklist as the certificate password.
        let check = check_new_passphrase(&d.passphrase);
        if check.full_width {
            error_line(ui, &tr.say("p12-ime-hint"));
        }
        checklist(ui, tr, &check);
        strength_meter(ui, tr, check.strength);
        if !check.passes() {
            ok = false;
        } else if *d.passphrase != *d.confirm {
            explain(ui, &tr.say("unlock-differ"));
            ok = false;
        }
    }
    if let Some(e) = &d.error {
        error_line(ui, &tr.say(e));
    }
    bar::declare(
        ui,
        tr,
        None,
        Some((
            tr.say(if d.creating {
                "unlock-create-submit"
            } else {
                "unlock-submit"
            }),
            ok.then(|| Intent::UnlockSubmit(Secret::new(&d.passphrase))),
        )),
    );
    None
}
