//! Step 5: the CSR — its key is already safe in the vault. Copy it, save it, and the hand-off
//! sheet: exactly what to select on the CA's order page, in the CA's words.

use egui::{RichText, Ui};

use super::{CsrInfo, Event, View};
use crate::gui::widgets::explain;
use crate::i18n::{Message, report};

pub fn ui(c: &mut CsrInfo, v: &View<'_>, ui: &mut Ui) -> Option<Event> {
    let tr = v.tr;
    let mut ev = None;
    ui.heading(tr.t("csr-title"));
    ui.label(tr.m(&Message::new("csr-key-safe").with("title", c.title.clone())));
    ui.horizontal(|ui| {
        if ui.button(tr.t("csr-copy")).clicked() {
            ev = Some(Event::CopyCsr(c.csr_pem.clone()));
        }
        if ui.button(tr.t("csr-save")).clicked() {
            ev = Some(Event::SaveCsr {
                title: c.title.clone(),
                pem: c.csr_pem.clone(),
            });
        }
        if ui.button(tr.t("csr-save-handoff")).clicked() {
            ev = Some(Event::SaveHandoff {
                title: c.title.clone(),
                handoff: c.handoff.clone(),
                pem: c.csr_pem.clone(),
            });
        }
    });
    if c.copied {
        explain(ui, &tr.t("csr-copied"));
    }
    if let Some(p) = &c.saved_to {
        explain(
            ui,
            &tr.m(&Message::new("csr-saved").with("path", p.display().to_string())),
        );
    }
    ui.add_space(8.0);
    egui::ScrollArea::vertical()
        .max_height(320.0)
        .show(ui, |ui| {
            ui.label(RichText::new(report::handoff_text(&c.handoff, tr.0)));
            ui.add_space(6.0);
            let l = ui.label(tr.t("csr-text"));
            let mut text = c.csr_pem.as_str();
            ui.add(
                egui::TextEdit::multiline(&mut text)
                    .code_editor()
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(l.id);
        });
    ui.add_space(8.0);
    explain(ui, &tr.t("csr-next"));
    if ui.button(tr.t("nav-done")).clicked() {
        ev = Some(Event::Home);
    }
    ev
}
