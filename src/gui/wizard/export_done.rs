//! Done: where the file is, how to install it on the chosen platform, and the password advice.

use crate::gui::{bar, design};
use std::path::PathBuf;

use egui::{RichText, Ui};

use super::{Intent, Platform, View};
use crate::i18n::{Message, names};

pub fn ui(files: &[PathBuf], platform: Platform, v: &View<'_>, ui: &mut Ui) -> Option<Intent> {
    let tr = v.tr;
    design::heading(ui, &tr.say("export-done-title"));
    for f in files {
        ui.label(tr.say(Message::new("export-done-file").path("path", f)));
    }
    ui.add_space(8.0);
    ui.strong(tr.say("export-done-install"));
    ui.label(tr.say(names::platform_install(platform)));
    ui.add_space(8.0);
    ui.label(RichText::new(tr.say("p12-separate-route")).strong());
    bar::declare(ui, tr, None, Some((tr.say("nav-done"), Some(Intent::Home))));
    None
}
