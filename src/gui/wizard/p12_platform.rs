//! "Where will you install it?" — the platform decides the preset (or both files).

use crate::gui::{bar, design};
use egui::Ui;

use super::{Intent, P12Draft, Platform, Secret, View};
use crate::gui::widgets::explain;
use crate::i18n::names;

pub fn ui(
    draft: &P12Draft,
    choice: &mut Option<Platform>,
    v: &View<'_>,
    ui: &mut Ui,
) -> Option<Intent> {
    let tr = v.tr;
    let ev: Option<Intent> = None;
    design::heading(ui, &tr.say("platform-title"));
    for p in Platform::ALL {
        ui.radio_value(choice, Some(p), tr.say(p));
        explain(ui, &tr.say(names::platform_explain(p)));
    }
    let save = choice.map(|p| Intent::SavePkcs12 {
        id: draft.id.clone(),
        password: Secret::new(&draft.password),
        default_name: draft.default_name.clone(),
        platform: p,
    });
    bar::declare(
        ui,
        tr,
        Some(("nav-back", Intent::Back)),
        Some((tr.say("platform-save"), save)),
    );
    ev
}
