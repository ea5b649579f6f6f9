//! The vault passphrase: created once where there is no OS keyring, then entered each start.

use crate::gui::{chrome, design};
use egui::Ui;

use super::{Event, Secret, UnlockDraft, View};
use crate::gui::widgets::{error_line, explain, password_field};
use crate::i18n::Message;
use crate::vault::MIN_PASSPHRASE_CHARS;

pub fn ui(d: &mut UnlockDraft, v: &View<'_>, ui: &mut Ui) -> Option<Event> {
    let tr = v.tr;
    design::heading(
        ui,
        &tr.t(if d.creating {
            "unlock-create-title"
        } else {
            "unlock-title"
        }),
    );
    explain(
        ui,
        &tr.t(if d.creating {
            "unlock-create-explain"
        } else {
            "unlock-explain"
        }),
    );
    password_field(ui, &tr.t("unlock-passphrase"), &mut d.passphrase, false);
    let mut ok = !d.passphrase.is_empty();
    if d.creating {
        password_field(ui, &tr.t("unlock-again"), &mut d.again, false);
        if d.passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
            explain(
                ui,
                &tr.m(&Message::new("err-vault-passphrase-short")
                    .num("min", MIN_PASSPHRASE_CHARS as i64)),
            );
            ok = false;
        } else if *d.passphrase != *d.again {
            explain(ui, &tr.t("unlock-differ"));
            ok = false;
        }
    }
    if let Some(e) = &d.error {
        error_line(ui, &tr.m(e));
    }
    chrome::declare(
        ui,
        tr,
        None,
        Some((
            tr.t(if d.creating {
                "unlock-create-submit"
            } else {
                "unlock-submit"
            }),
            ok.then(|| Event::UnlockSubmit(Secret::new(&d.passphrase))),
        )),
    );
    None
}
