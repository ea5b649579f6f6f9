//! Step 4: the key is being generated in the background; the window stays responsive.

use crate::gui::{bar, design};
use egui::Ui;

use super::{Intent, View};
use crate::i18n::Message;

pub fn ui(progress: Option<(u8, u64)>, v: &View<'_>, ui: &mut Ui) -> Option<Intent> {
    let tr = v.tr;
    design::heading(ui, &tr.say("generating-title"));
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(tr.say("generating-explain"));
    });
    if let Some((found, candidates)) = progress {
        ui.label(
            tr.say(
                Message::new("cli-keygen-progress")
                    .num("found", i64::from(found))
                    .num("candidates", candidates as i64),
            ),
        );
        ui.add(egui::ProgressBar::new(f32::from(found) / 2.0).desired_width(260.0));
    }
    bar::declare(
        ui,
        tr,
        Some(("generating-cancel", Intent::KeygenCancel)),
        None,
    );
    None
}
