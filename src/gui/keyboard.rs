//! The keyboard rules every page follows: focus starts in the first field of a new step (on
//! its first button where it has no field), Enter in a single-line field or with nothing focused
//! is the primary action, Esc goes back unless a text field is in use (a stray Esc never drops
//! typed text). The text widgets report what they saw; the page frame acts on it.

use egui::{Id, Key, Response};

const FOCUS_FIRST: &str = "shomei-design-focus-first";
const SUBMIT: &str = "shomei-design-submit";
const TEXT_ACTIVE: &str = "shomei-design-text-active";

/// A new step is on screen: its first field gets the focus on the next frame.
pub fn step_entered(ctx: &egui::Context) {
    ctx.data_mut(|d| d.insert_temp(Id::unique(FOCUS_FIRST), true));
}

/// Gives `r` the focus if it is the first focusable thing on a newly entered step.
pub fn focus_if_first(r: &Response) {
    if r.ctx
        .data_mut(|d| d.remove_temp::<bool>(Id::unique(FOCUS_FIRST)))
        .unwrap_or(false)
    {
        r.request_focus();
    }
}

/// Called by every text field: the first one on a step takes the focus; Enter in a single-line
/// field submits the page; while a text field is in use Esc belongs to it.
pub fn text_field_drawn(r: &Response, multiline: bool) {
    focus_if_first(r);
    text_in_use(r);
    let enter = r.ctx.input(|i| i.key_pressed(Key::Enter));
    if !multiline && r.lost_focus() && enter {
        r.ctx.data_mut(|d| d.insert_temp(Id::unique(SUBMIT), true));
    }
}

/// While a text field is in use, Enter and Esc are its own (not the page's).
pub fn text_in_use(r: &Response) {
    if r.has_focus() || r.lost_focus() {
        r.ctx
            .data_mut(|d| d.insert_temp(Id::unique(TEXT_ACTIVE), true));
    }
}

/// Start of a frame: forget the last frame's keyboard notes.
pub fn begin_frame(ctx: &egui::Context) {
    ctx.data_mut(|d| {
        d.remove_temp::<bool>(Id::unique(SUBMIT));
        d.remove_temp::<bool>(Id::unique(TEXT_ACTIVE));
    });
}

/// The page's keys this frame, after the text fields had theirs.
pub(super) struct PageKeys {
    /// Enter from a single-line field, or with nothing focused (a focused button answers Enter
    /// itself).
    pub submit: bool,
    /// Esc, unless a text field is in use.
    pub back: bool,
}

pub(super) fn page_keys(ctx: &egui::Context) -> PageKeys {
    let submit = ctx
        .data_mut(|d| d.remove_temp::<bool>(Id::unique(SUBMIT)))
        .unwrap_or(false);
    let text_active = ctx
        .data(|d| d.get_temp::<bool>(Id::unique(TEXT_ACTIVE)))
        .unwrap_or(false);
    let focused = ctx.memory(|m| m.focused()).is_some();
    let popup = egui::Popup::is_any_open(ctx);
    let (enter, esc) = ctx.input(|i| (i.key_pressed(Key::Enter), i.key_pressed(Key::Escape)));
    PageKeys {
        submit: submit || (enter && !focused && !text_active && !popup),
        back: esc && !text_active && !popup,
    }
}
