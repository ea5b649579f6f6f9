//! Step 5: the CSR — its key is already safe in the vault. Copy it, save it, and the hand-off
//! sheet: exactly what to select on the CA's order page, in the CA's words.

use crate::gui::{bar, design};
use egui::{RichText, Ui};

use super::{CsrInfo, Intent, RequestFacts, RequestStatus, View};
use crate::gui::widgets::explain;
use crate::i18n::{Message, report};
use crate::ops::HandOff;
use crate::pki::dcv::Ca;

pub fn ui(c: &mut CsrInfo, v: &View<'_>, ui: &mut Ui) -> Option<Intent> {
    let tr = v.tr;
    let mut ev = None;
    match &c.request {
        None => {
            design::heading(ui, &tr.say("csr-title"));
            ui.add(
                egui::Label::new(
                    tr.say(Message::new("csr-key-safe").with("title", c.title.clone())),
                )
                .wrap(),
            );
        }
        Some(r) => {
            design::heading(
                ui,
                &tr.say(Message::new("request-title").with("title", c.title.clone())),
            );
            request_facts(ui, v, c, r);
        }
    }
    // The CSR and its actions first: this is what the CA's form wants.
    ui.horizontal_wrapped(|ui| {
        let copy = design::primary_button(ui, true, &tr.say("csr-copy"));
        design::focus_if_first(&copy);
        if copy.clicked() {
            ev = Some(Intent::CopyCsr(c.csr_pem.clone()));
        }
        if design::secondary_button(ui, true, &tr.say("csr-save")).clicked() {
            ev = Some(Intent::SaveCsr {
                title: c.title.clone(),
                pem: c.csr_pem.clone(),
            });
        }
        if design::secondary_button(ui, true, &tr.say("csr-save-handoff")).clicked() {
            ev = Some(Intent::SaveHandoff {
                title: c.title.clone(),
                handoff: c.handoff.clone(),
                pem: c.csr_pem.clone(),
            });
        }
    });
    if c.copied {
        explain(ui, &tr.say("csr-copied"));
    }
    if let Some(p) = &c.saved_to {
        explain(ui, &tr.say(crate::gui::save::saved_message(p)));
    }
    let l = ui.label(RichText::new(tr.say("csr-text")).strong());
    let mut text = c.csr_pem.as_str();
    let r = ui
        .add(
            egui::TextEdit::multiline(&mut text)
                .font(egui::TextStyle::Monospace)
                .lock_focus(false)
                .desired_rows(c.csr_pem.lines().count().max(4))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    design::text_in_use(&r);
    design::gap(ui);
    if let HandOff::Server(sheet) = &c.handoff {
        // Validation differs by CA: the sheet follows the one the user orders from.
        let mut ca = sheet.ca;
        egui::ComboBox::from_label(tr.say("csr-ca"))
            .selected_text(tr.say(ca))
            .show_ui(ui, |ui| {
                for option in Ca::SERVER {
                    ui.selectable_value(&mut ca, option, tr.say(option));
                }
            });
        if ca != sheet.ca {
            c.handoff = HandOff::Server(sheet.with_ca(ca));
        }
    }
    // The sheet follows the CA's whole guide (pre-validation, the page, issuance, later,
    // contact), so it scrolls in its own box: what comes after it (next step, delete) stays near.
    design::card(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("sheet_scroll")
            .max_height(460.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                ui.add(
                    egui::Label::new(RichText::new(report::handoff_text(&c.handoff, tr.0))).wrap(),
                );
            });
    });
    design::gap(ui);
    match &mut c.request {
        None => {
            explain(
                ui,
                &tr.say(match c.handoff {
                    HandOff::Smime(_) => "csr-next-smime",
                    HandOff::Server(_) => "csr-next-server",
                }),
            );
        }
        Some(r) if r.deletable => {
            if let Some(e) = delete_ui(ui, v, c.id.clone(), r) {
                ev = Some(e);
            }
        }
        Some(_) => {}
    }
    if c.request.is_some() {
        bar::declare(ui, tr, Some(("nav-back", Intent::Home)), None);
    } else {
        bar::declare(ui, tr, None, Some((tr.say("nav-done"), Some(Intent::Home))));
    }
    ev
}

/// The request page's facts: made, status (with the expiry), key, and what to do next.
fn request_facts(ui: &mut Ui, v: &View<'_>, c: &CsrInfo, r: &RequestFacts) {
    let tr = v.tr;
    ui.label(tr.say(Message::new("request-made").with("date", r.made.clone())));
    ui.label(tr.say(Message::new("request-key").with("key", r.key.clone())));
    let (status, next) = match r.status {
        RequestStatus::Pending => (
            tr.say("request-status-pending"),
            tr.say("request-next-pending"),
        ),
        RequestStatus::Issued {
            days_left,
            not_after,
            ..
        } if days_left >= 0 => (
            tr.say(
                Message::new("request-status-issued")
                    .with("date", crate::i18n::report::date(not_after))
                    .num("days", days_left),
            ),
            tr.say(Message::new("request-next-issued").with("title", c.title.clone())),
        ),
        RequestStatus::Issued { not_after, .. } => (
            tr.say(
                Message::new("request-status-expired")
                    .with("date", crate::i18n::report::date(not_after)),
            ),
            tr.say(Message::new("request-next-expired").with("title", c.title.clone())),
        ),
    };
    ui.label(RichText::new(status).strong());
    ui.add(egui::Label::new(next).wrap());
    design::gap(ui);
}

/// Deleting a pending request: a button, then a confirmation that says what is lost.
fn delete_ui(ui: &mut Ui, v: &View<'_>, id: String, r: &mut RequestFacts) -> Option<Intent> {
    let tr = v.tr;
    let mut ev = None;
    if !r.confirm_delete {
        if design::secondary_button(ui, true, &tr.say("request-delete")).clicked() {
            r.confirm_delete = true;
        }
        return None;
    }
    design::card(ui, |ui| {
        ui.add(
            egui::Label::new(
                RichText::new(tr.say("request-delete-confirm")).color(ui.visuals().error_fg_color),
            )
            .wrap(),
        );
        ui.horizontal_wrapped(|ui| {
            let keep = design::secondary_button(ui, true, &tr.say("request-delete-no"));
            if keep.clicked() {
                r.confirm_delete = false;
            }
            if ui
                .add(
                    egui::Button::new(
                        RichText::new(tr.say("request-delete-yes")).color(egui::Color32::WHITE),
                    )
                    .fill(ui.visuals().error_fg_color)
                    .min_size(egui::vec2(100.0, 36.0)),
                )
                .clicked()
            {
                ev = Some(Intent::DeleteRequest(id));
            }
        });
    });
    ev
}
