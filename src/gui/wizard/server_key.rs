//! The private key for Apache/nginx — only encrypted (PKCS#8 with a passphrase), and only after
//! an explicit warning: a key file that leaves the vault is the user's to protect.

use crate::gui::{bar, design};
use egui::{RichText, Ui};

use super::{Intent, Secret, ServerKeyDraft, View};
use crate::gui::widgets::{checklist, error_line, explain, password_field};
use crate::i18n::Message;

pub fn ui(d: &mut ServerKeyDraft, v: &View<'_>, ui: &mut Ui) -> Option<Intent> {
    let tr = v.tr;
    design::heading(
        ui,
        &tr.say(Message::new("server-key-export-title").with("title", d.title.clone())),
    );
    ui.label(RichText::new(tr.say("server-key-warning")).color(ui.visuals().warn_fg_color));
    ui.checkbox(&mut d.understood, tr.say("server-key-understood"));
    password_field(
        ui,
        &tr.say("server-key-passphrase"),
        &mut d.passphrase,
        false,
    );
    password_field(
        ui,
        &tr.say("server-key-passphrase-again"),
        &mut d.confirm,
        false,
    );
    let new = d.new_password();
    if new.check.full_width {
        error_line(ui, &tr.say("p12-ime-hint"));
    }
    checklist(ui, tr, &new.check);
    if new.mismatch {
        error_line(ui, &tr.say("pw-mismatch-live"));
    }
    explain(ui, &tr.say("server-key-explain-usage"));
    bar::back_and_next(
        ui,
        tr,
        "server-key-save",
        (d.acceptable()).then(|| Intent::WriteServerKey {
            id: d.id.clone(),
            title: d.title.clone(),
            passphrase: Secret::new(&d.passphrase),
        }),
    );
    None // the bar carries this page's only action
}
