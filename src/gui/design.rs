//! The one design module: colours, sizes and spacing, the page frame (title band with the step
//! indicator, one scroll area, a fixed bottom bar), the primary button, messages, headings and
//! the keyboard rules (focus starts in the first field, Enter = primary, Esc = back). Steps call
//! these and never style themselves. The keyboard rules live beside it in `keyboard.rs`, the
//! bottom bar (what a step declares, how it is drawn and answered) in `bar.rs`.

use super::bar::{Bar, BarAction};
pub use super::keyboard::{
    begin_frame, focus_if_first, step_entered, text_field_drawn, text_in_use,
};
use egui::accesskit::Role;
use egui::{
    Align, Color32, CornerRadius, FontFamily, FontId, Layout, Margin, Rect, Response, RichText,
    Stroke, TextStyle, Theme, ThemePreference, Ui, UiBuilder, Vec2, vec2,
};

/// Body text: comfortable for kanji (egui's default is 12.5).
pub const BODY: f32 = 15.5;
pub const HEADING: f32 = 22.0;
pub const SMALL: f32 = 13.5;
pub const MONO: f32 = 13.5;
/// The fixed bar at the bottom of every page.
pub const BAR_HEIGHT: f32 = 60.0;
/// Margins around the page.
pub const MARGIN: f32 = 20.0;
/// The widest a page's text runs at large window sizes (readable line length).
pub const PAGE_MAX_WIDTH: f32 = 860.0;

/// The accent: the primary action, the current step, links and selection.
pub fn accent(ui: &Ui) -> Color32 {
    accent_for(ui.visuals().dark_mode)
}

fn accent_for(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x78, 0xae, 0xed)
    } else {
        Color32::from_rgb(0x1a, 0x5f, 0xb4)
    }
}

/// Text on the accent colour.
fn on_accent(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x10, 0x1a, 0x2a)
    } else {
        Color32::WHITE
    }
}

/// Follows the OS light/dark preference, light when unknown; sizes and spacing for both.
pub fn install(ctx: &egui::Context) {
    ctx.options_mut(|o| {
        o.theme_preference = ThemePreference::System;
        o.fallback_theme = Theme::Light;
    });
    for theme in [Theme::Light, Theme::Dark] {
        ctx.style_mut_of(theme, |s| style(s, theme == Theme::Dark));
    }
}

fn style(s: &mut egui::Style, dark: bool) {
    use FontFamily::{Monospace, Proportional};
    s.text_styles = [
        (TextStyle::Heading, FontId::new(HEADING, Proportional)),
        (TextStyle::Body, FontId::new(BODY, Proportional)),
        (TextStyle::Button, FontId::new(BODY, Proportional)),
        (TextStyle::Small, FontId::new(SMALL, Proportional)),
        (TextStyle::Monospace, FontId::new(MONO, Monospace)),
    ]
    .into();
    s.spacing.item_spacing = vec2(10.0, 9.0);
    s.spacing.button_padding = vec2(14.0, 6.0);
    s.spacing.interact_size = vec2(40.0, 30.0);
    s.spacing.icon_width = 18.0;
    s.spacing.icon_width_inner = 10.0;
    s.spacing.scroll = egui::style::ScrollStyle::solid();
    let mut v = if dark {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    let accent = accent_for(dark);
    if !dark {
        v.panel_fill = Color32::from_rgb(0xfa, 0xfa, 0xfa);
        v.extreme_bg_color = Color32::WHITE;
        v.widgets.inactive.weak_bg_fill = Color32::from_rgb(0xe8, 0xe8, 0xea);
        v.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_rgb(0xc4, 0xc4, 0xc8));
        v.widgets.inactive.fg_stroke.color = Color32::from_rgb(0x24, 0x24, 0x28);
        v.widgets.noninteractive.fg_stroke.color = Color32::from_rgb(0x24, 0x24, 0x28);
    }
    v.selection.bg_fill = accent.gamma_multiply(0.35);
    v.selection.stroke = Stroke::new(1.5, accent);
    v.hyperlink_color = accent;
    v.widgets.hovered.bg_stroke = Stroke::new(1.5, accent);
    for w in [
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        w.corner_radius = CornerRadius::same(6);
    }
    s.visuals = v;
}

/// A page heading, exposed to screen readers as a heading.
pub fn heading(ui: &mut Ui, text: &str) -> Response {
    let r = ui.label(RichText::new(text).size(HEADING).strong());
    mark_heading(&r, text);
    r
}

/// A smaller heading inside a page (a group of fields).
pub fn subheading(ui: &mut Ui, text: &str) -> Response {
    let r = ui.label(RichText::new(text).size(BODY + 1.5).strong());
    mark_heading(&r, text);
    r
}

/// A heading's role and name for screen readers (a label's text is its value, a heading's is
/// its name).
fn mark_heading(r: &Response, text: &str) {
    r.ctx.accesskit_node_builder(r.id, |n| {
        n.set_role(Role::Heading);
        n.set_label(text);
    });
}

/// Ties a hint or an error line to the field it explains (read with the field).
pub fn describe(field: &Response, hint: &Response) {
    field.ctx.accesskit_node_builder(field.id, |n| {
        n.push_described_by(hint.id.accesskit_id());
    });
}

/// The primary action: accent colour, a little larger. Disabled stays visible, greyed.
pub fn primary_button(ui: &mut Ui, enabled: bool, text: &str) -> Response {
    let dark = ui.visuals().dark_mode;
    let b = egui::Button::new(RichText::new(text).color(on_accent(dark)).strong())
        .fill(accent_for(dark))
        .min_size(vec2(120.0, 36.0));
    ui.add_enabled(enabled, b)
}

/// An ordinary button of the bar's size.
pub fn secondary_button(ui: &mut Ui, enabled: bool, text: &str) -> Response {
    ui.add_enabled(enabled, egui::Button::new(text).min_size(vec2(100.0, 36.0)))
}

/// A large choice on the home page: a title and a line saying what it is for.
pub fn choice_button(ui: &mut Ui, enabled: bool, title: &str, explain: &str) -> Response {
    let dark = ui.visuals().dark_mode;
    let mut job = egui::text::LayoutJob::default();
    RichText::new(title)
        .size(BODY + 1.5)
        .strong()
        .color(accent_for(dark))
        .append_to(
            &mut job,
            ui.style(),
            egui::FontSelection::Default,
            Align::Min,
        );
    RichText::new(format!("\n{explain}"))
        .size(SMALL)
        .color(ui.visuals().text_color())
        .append_to(
            &mut job,
            ui.style(),
            egui::FontSelection::Default,
            Align::Min,
        );
    job.wrap.max_width = ui.available_width() - 30.0;
    let b = egui::Button::new(job)
        .min_size(vec2(ui.available_width(), 64.0))
        .wrap();
    // Named by its title, the explanation read as its description.
    let r = ui.add_enabled(enabled, b).accessible_name(title);
    r.ctx
        .accesskit_node_builder(r.id, |n| n.set_description(explain));
    r
}

/// How a message reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Success,
    Warning,
    Error,
}

/// A message that belongs to this page: wrapped to the page width, with its own close button
/// when it has a `dismiss` label. Returns true when the user dismissed it.
pub fn message(ui: &mut Ui, tone: Tone, text: &str, dismiss: Option<&str>) -> bool {
    let dark = ui.visuals().dark_mode;
    let (fill, stroke) = match (tone, dark) {
        (Tone::Error, false) => (
            Color32::from_rgb(0xfd, 0xec, 0xec),
            Color32::from_rgb(0xc0, 0x1c, 0x28),
        ),
        (Tone::Error, true) => (
            Color32::from_rgb(0x4a, 0x1e, 0x22),
            Color32::from_rgb(0xf6, 0x61, 0x51),
        ),
        (Tone::Warning, false) => (
            Color32::from_rgb(0xfd, 0xf4, 0xdc),
            Color32::from_rgb(0x9c, 0x6e, 0x03),
        ),
        (Tone::Warning, true) => (
            Color32::from_rgb(0x45, 0x3a, 0x16),
            Color32::from_rgb(0xf5, 0xc2, 0x11),
        ),
        (Tone::Success, false) => (
            Color32::from_rgb(0xe6, 0xf4, 0xea),
            Color32::from_rgb(0x26, 0x80, 0x3e),
        ),
        (Tone::Success, true) => (
            Color32::from_rgb(0x1c, 0x3a, 0x25),
            Color32::from_rgb(0x57, 0xe3, 0x89),
        ),
    };
    let mut closed = false;
    egui::Frame::new()
        .fill(fill)
        .stroke(Stroke::new(1.0, stroke))
        .corner_radius(CornerRadius::same(6))
        .inner_margin(Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let text_color = if dark {
                Color32::from_gray(0xee)
            } else {
                Color32::from_gray(0x1e)
            };
            ui.add(egui::Label::new(RichText::new(text).color(text_color)).wrap());
            if let Some(dismiss) = dismiss {
                ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
                    closed = ui.small_button(dismiss).clicked();
                });
            }
        });
    closed
}

/// An error line under the field it concerns, tied to it for screen readers.
pub fn field_error(ui: &mut Ui, field: Option<&Response>, text: &str) -> Response {
    let r = ui.add(egui::Label::new(RichText::new(text).color(ui.visuals().error_fg_color)).wrap());
    if let Some(f) = field {
        describe(f, &r);
    }
    r
}

const STEP_SEPARATOR: &str = "›";
const DONE_MARK: &str = "✓";

/// The steps of the current journey, in the user's words, the current one highlighted.
pub fn step_indicator(ui: &mut Ui, names: &[String], current: usize) {
    let dark = ui.visuals().dark_mode;
    let accent = accent_for(dark);
    let weak = ui.visuals().weak_text_color();
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 6.0;
        for (i, name) in names.iter().enumerate() {
            if i > 0 {
                ui.label(RichText::new(STEP_SEPARATOR).color(weak));
            }
            let (size, _) = ui.allocate_exact_size(vec2(22.0, 22.0), egui::Sense::hover());
            let p = ui.painter();
            let c = size.center();
            if i <= current {
                p.circle_filled(c, 11.0, accent);
            } else {
                p.circle_stroke(c, 10.0, Stroke::new(1.0, weak));
            }
            let mark = if i < current {
                DONE_MARK.to_owned()
            } else {
                (i + 1).to_string()
            };
            p.text(
                c,
                egui::Align2::CENTER_CENTER,
                mark,
                FontId::proportional(SMALL),
                if i <= current { on_accent(dark) } else { weak },
            );
            let text = RichText::new(name).size(SMALL + 0.5);
            let text = if i == current {
                text.strong().color(accent)
            } else if i < current {
                text.color(ui.visuals().text_color())
            } else {
                text.color(weak)
            };
            ui.label(text);
        }
    });
}

/// The page frame (`to_top`: scroll the page to its top, where a new message is): a title band (title, step indicator, a corner for the language switch), one
/// scroll area for the page, and the bar fixed at the bottom. Tab order follows reading order:
/// the page, then the bar, then the corner — the language switch is never before the form.
pub fn frame(
    ui: &mut Ui,
    title: &str,
    steps: Option<(&[String], usize)>,
    page: impl FnOnce(&mut Ui),
    bar: impl FnOnce() -> Bar,
    corner: impl FnOnce(&mut Ui),
    to_top: bool,
) -> Option<BarAction> {
    let full = ui.max_rect();
    let band_h = if steps.is_some() { 84.0 } else { 52.0 };
    let band = Rect::from_min_size(full.min, vec2(full.width(), band_h));
    let bar_rect = Rect::from_min_max(egui::pos2(full.min.x, full.max.y - BAR_HEIGHT), full.max);
    let page_rect = Rect::from_min_max(
        egui::pos2(full.min.x, band.max.y),
        egui::pos2(full.max.x, bar_rect.min.y),
    );
    let visuals = ui.visuals().clone();
    let band_fill = if visuals.dark_mode {
        Color32::from_gray(0x2a)
    } else {
        Color32::from_rgb(0xee, 0xf1, 0xf5)
    };
    ui.painter().rect_filled(band, 0.0, band_fill);
    ui.painter().hline(
        band.x_range(),
        band.max.y,
        Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color),
    );
    ui.painter().rect_filled(bar_rect, 0.0, band_fill);
    ui.painter().hline(
        bar_rect.x_range(),
        bar_rect.min.y,
        Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color),
    );
    // Title and steps (not focusable).
    ui.scope_builder(
        UiBuilder::new().max_rect(band.shrink2(vec2(MARGIN, 10.0))),
        |ui| {
            ui.label(RichText::new(title).size(BODY + 2.0).strong());
            if let Some((names, current)) = steps {
                step_indicator(ui, names, current);
            }
        },
    );
    // The page: one scroll area, the only one.
    ui.scope_builder(UiBuilder::new().max_rect(page_rect), |ui| {
        let mut scroll = egui::ScrollArea::vertical().auto_shrink([false, false]);
        if to_top {
            // Something new was said at the top of the page: bring it into view.
            scroll = scroll.vertical_scroll_offset(0.0);
        }
        scroll.show(ui, |ui| {
            let w = ui.available_width();
            let inner = (w - 2.0 * MARGIN).min(PAGE_MAX_WIDTH);
            let side = ((w - inner) / 2.0).max(MARGIN);
            ui.add_space(14.0);
            ui.horizontal_top(|ui| {
                ui.add_space(side);
                ui.vertical(|ui| {
                    ui.set_width(inner);
                    page(ui);
                });
            });
            ui.add_space(18.0);
        });
    });
    // The bar, as the page declared it while drawing.
    let bar = bar();
    let mut action = super::bar::draw(ui, bar_rect, &bar);
    // The corner (language switch) last in Tab order, drawn over the band's right end.
    let corner_rect = Rect::from_min_size(
        egui::pos2(band.max.x - 220.0 - MARGIN, band.min.y + 8.0),
        vec2(220.0, 34.0),
    );
    ui.scope_builder(
        UiBuilder::new()
            .max_rect(corner_rect)
            .layout(Layout::right_to_left(Align::Center)),
        corner,
    );
    if action.is_none() {
        action = super::bar::keyboard(ui.ctx(), &bar);
    }
    action
}

/// Spacing between groups on a page.
pub fn gap(ui: &mut Ui) {
    ui.add_space(10.0);
}

/// A framed group (the CSR, the hand-off sheet).
pub fn card<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    let v = ui.visuals();
    egui::Frame::new()
        .fill(v.extreme_bg_color)
        .stroke(Stroke::new(1.0, v.widgets.noninteractive.bg_stroke.color))
        .corner_radius(CornerRadius::same(6))
        .inner_margin(Margin::same(12))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// The minimum window size the layouts are made for.
pub const MIN_WINDOW: Vec2 = vec2(800.0, 600.0);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_the_os_theme_and_is_light_when_unknown() {
        let ctx = egui::Context::default();
        install(&ctx);
        ctx.options(|o| {
            assert_eq!(o.theme_preference, ThemePreference::System);
            assert_eq!(o.fallback_theme, Theme::Light);
        });
        // No OS preference known: light.
        assert_eq!(ctx.theme(), Theme::Light);
        for theme in [Theme::Light, Theme::Dark] {
            let style = ctx.style_of(theme);
            let body = style.text_styles[&TextStyle::Body].size;
            assert!(body >= 15.0, "body text {body} px is too small for kanji");
            assert_eq!(style.visuals.dark_mode, theme == Theme::Dark);
        }
    }
}
