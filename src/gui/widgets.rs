//! Small widgets the steps share: labelled text fields (AccessKit sees the label), the password
//! field with its live checklist, and the translation handle.

use egui::{Response, RichText, TextEdit, Ui};

use super::design;
use crate::i18n::Lang;
use crate::pki::password::{Check, Rule, Strength};

/// The language handle every step draws with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr(pub Lang);

impl Tr {
    /// What `x` says (an id, a `Message`, anything `Localized`), in this language.
    pub fn say(&self, x: impl crate::i18n::Localized) -> String {
        crate::i18n::say(self.0, x)
    }
}

/// A label and a single-line text field tied to it (keyboard and screen-reader friendly). The
/// first field of a step takes the focus; Enter in it submits the page.
pub fn text_field(ui: &mut Ui, label: &str, value: &mut String, hint: &str) -> Response {
    ui.vertical(|ui| {
        let l = ui.label(RichText::new(label).strong());
        let r = ui
            .add(
                TextEdit::singleline(value)
                    .hint_text(hint)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(l.id);
        design::text_field_drawn(&r, false);
        r
    })
    .inner
}

/// A label and a multi-line text field.
pub fn text_area(
    ui: &mut Ui,
    label: &str,
    value: &mut String,
    hint: &str,
    rows: usize,
) -> Response {
    ui.vertical(|ui| {
        let l = ui.label(RichText::new(label).strong());
        let r = ui
            .add(
                TextEdit::multiline(value)
                    .hint_text(hint)
                    .desired_rows(rows)
                    .lock_focus(false)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(l.id);
        design::text_field_drawn(&r, true);
        r
    })
    .inner
}

/// A password field; `show` reveals it.
pub fn password_field(ui: &mut Ui, label: &str, value: &mut String, show: bool) -> Response {
    ui.vertical(|ui| {
        let l = ui.label(RichText::new(label).strong());
        let r = ui
            .add(
                TextEdit::singleline(value)
                    .password(!show)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(l.id);
        design::text_field_drawn(&r, false);
        r
    })
    .inner
}

/// A problem line, in the error colour, wrapped.
pub fn error_line(ui: &mut Ui, text: &str) -> Response {
    design::field_error(ui, None, text)
}

/// A problem with `field`, right under it and tied to it for screen readers.
pub fn field_error(ui: &mut Ui, field: &Response, text: &str) -> Response {
    design::field_error(ui, Some(field), text)
}

/// A secondary, smaller explanation line, wrapped.
pub fn explain(ui: &mut Ui, text: &str) -> Response {
    ui.add(egui::Label::new(RichText::new(text).size(design::SMALL).weak()).wrap())
}

/// A hint under `field`, tied to it for screen readers.
pub fn hint(ui: &mut Ui, field: &Response, text: &str) -> Response {
    let r = explain(ui, text);
    design::describe(field, &r);
    r
}

/// The live checklist: one line per rule, ticked as it passes.
pub fn checklist(ui: &mut Ui, tr: Tr, check: &Check) {
    for rule in Rule::ALL {
        let ok = check.passed(rule);
        let mark = if ok { "○" } else { "×" };
        let text = format!("{mark} {}", tr.say(rule));
        let color = if ok {
            ui.visuals().widgets.noninteractive.fg_stroke.color
        } else {
            ui.visuals().error_fg_color
        };
        ui.label(RichText::new(text).color(color));
    }
}

/// The strength meter: a bar and its word.
pub fn strength_meter(ui: &mut Ui, tr: Tr, s: Strength) {
    let word = tr.say(s);
    ui.add(
        egui::ProgressBar::new(f32::from(s.0 + 1) / 5.0)
            .text(word)
            .desired_width(260.0),
    );
}
