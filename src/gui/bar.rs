//! The bottom bar, in one place: what a step declares while it draws (Back, and its primary
//! action with whether it can be used yet and why not), how the page frame draws it, how Enter
//! and Esc answer it, and which intent the action taken means.

use egui::{Align, Id, Layout, Rect, RichText, Ui, UiBuilder, vec2};

use super::design::{MARGIN, SMALL, primary_button, secondary_button};
use super::widgets::Tr;
use super::wizard::Intent;

/// What the bottom bar shows: Back on the left, the primary action on the right.
#[derive(Clone, Debug, Default)]
pub struct Bar {
    pub back: Option<String>,
    /// The primary action's label and whether it can be used yet.
    pub primary: Option<(String, bool)>,
    /// Why the primary action cannot be used yet (shown beside it when disabled).
    pub why_disabled: Option<String>,
}

/// Which bar action was taken (by click, Enter or Esc).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarAction {
    Back,
    Primary,
}

/// What a step declared for the bottom bar this frame.
#[derive(Clone, Default)]
pub struct Declared {
    pub bar: Bar,
    pub back: Option<Intent>,
    pub primary: Option<Intent>,
}

impl Declared {
    /// The intent `action` stands for (the page's own intent when the bar declared none).
    pub fn intent(&self, action: Option<BarAction>, page: Option<Intent>) -> Option<Intent> {
        match action {
            Some(BarAction::Back) => self.back.clone().or(page),
            Some(BarAction::Primary) => self.primary.clone().or(page),
            None => page,
        }
    }
}

fn slot() -> Id {
    Id::unique("shomei-chrome-bar")
}

/// A step declares its bar: Back (its label id and intent) and the primary action (its label,
/// and its intent once it can be used — `None` shows it disabled). Drawn by the app in the fixed
/// bottom bar.
pub fn declare(
    ui: &Ui,
    tr: Tr,
    back: Option<(&'static str, Intent)>,
    primary: Option<(String, Option<Intent>)>,
) {
    let d = Declared {
        bar: Bar {
            back: back.as_ref().map(|(id, _)| tr.say(id)),
            primary: primary.as_ref().map(|(l, e)| (l.clone(), e.is_some())),
            why_disabled: None,
        },
        back: back.map(|(_, e)| e),
        primary: primary.and_then(|(_, e)| e),
    };
    ui.ctx().data_mut(|m| m.insert_temp(slot(), d));
}

/// A form step's bar: Back, and the forward action labelled `next_label`, enabled once the
/// step's input is complete (`next` is `None` until then, and the bar says what is missing).
pub fn back_and_next(ui: &Ui, tr: Tr, next_label: &'static str, next: Option<Intent>) {
    let incomplete = next.is_none();
    declare(
        ui,
        tr,
        Some(("nav-back", Intent::Back)),
        Some((tr.say(next_label), next)),
    );
    if incomplete {
        why_disabled(ui, tr.say("nav-why-disabled"));
    }
}

/// Why the declared primary action cannot be used yet (shown beside it).
pub fn why_disabled(ui: &Ui, text: String) {
    ui.ctx().data_mut(|m| {
        m.get_temp_mut_or_default::<Declared>(slot())
            .bar
            .why_disabled = Some(text);
    });
}

/// Takes what the step declared this frame (nothing declared: an empty bar).
pub fn take(ctx: &egui::Context) -> Declared {
    ctx.data_mut(|m| m.remove_temp::<Declared>(slot()))
        .unwrap_or_default()
}

/// Draws `bar` in `rect` (the page frame's fixed strip); the action clicked, if any.
pub(super) fn draw(ui: &mut Ui, rect: Rect, bar: &Bar) -> Option<BarAction> {
    let mut action = None;
    ui.scope_builder(
        UiBuilder::new().max_rect(rect.shrink2(vec2(MARGIN, 10.0))),
        |ui| {
            ui.horizontal_centered(|ui| {
                if let Some(back) = &bar.back
                    && secondary_button(ui, true, back).clicked()
                {
                    action = Some(BarAction::Back);
                }
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    if let Some((label, enabled)) = &bar.primary {
                        if primary_button(ui, *enabled, label).clicked() {
                            action = Some(BarAction::Primary);
                        }
                        if !enabled && let Some(why) = &bar.why_disabled {
                            let weak = ui.visuals().weak_text_color();
                            ui.add(
                                egui::Label::new(RichText::new(why).size(SMALL).color(weak))
                                    .truncate(),
                            );
                        }
                    }
                });
            });
        },
    );
    action
}

/// Enter = the primary action, when it can be used; Esc = Back, when there is one (the
/// keyboard rules in `keyboard.rs` say when a key belongs to the page).
pub(super) fn keyboard(ctx: &egui::Context, bar: &Bar) -> Option<BarAction> {
    let keys = super::keyboard::page_keys(ctx);
    let primary_ok = matches!(bar.primary, Some((_, true)));
    if primary_ok && keys.submit {
        return Some(BarAction::Primary);
    }
    if keys.back && bar.back.is_some() {
        return Some(BarAction::Back);
    }
    None
}
