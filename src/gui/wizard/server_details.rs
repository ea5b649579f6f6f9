//! Server certificate, step 1: the host name (コモンネーム) with live normalization (NFKC, IDN →
//! A-label shown beside the Unicode form), extra names, the www option, and the final SAN list
//! always visible.

use crate::gui::{bar, design};
use egui::{RichText, Ui};

use super::{Intent, ServerDraft, View};
use crate::gui::widgets::{explain, field_error, text_area, text_field};
use crate::i18n::{Localized, Message};
use crate::ops::ReplacementNote;
use crate::pki::input::Field;
use crate::pki::request::{san_list, www_default};
use crate::pki::subject::parse_host;

pub fn ui(d: &mut ServerDraft, v: &View<'_>, ui: &mut Ui) -> Option<Intent> {
    let tr = v.tr;
    design::heading(ui, &tr.say("server-details-title"));
    explain(ui, &tr.say("server-details-explain"));
    if let Some(info) = &d.replacing {
        super::replacement_notes(ui, tr, info);
    }
    let cn_fixed = d
        .replacing
        .as_ref()
        .is_some_and(|a| a.says(&ReplacementNote::CommonNameFixed));
    let cn_field = ui
        .add_enabled_ui(!cn_fixed, |ui| {
            text_field(
                ui,
                &tr.say("field-cn"),
                &mut d.common_name,
                "www.example.co.jp",
            )
        })
        .inner;
    let mut notices = Vec::new();
    let cn = if d.common_name.trim().is_empty() {
        None
    } else {
        match parse_host(Field::CommonName, &d.common_name, &mut notices) {
            Ok(h) => {
                if h.ascii != h.unicode {
                    explain(
                        ui,
                        &tr.say(
                            Message::new("server-idn")
                                .with("unicode", h.unicode.clone())
                                .with("ascii", h.ascii.clone()),
                        ),
                    );
                }
                Some(h)
            }
            Err(e) => {
                field_error(ui, &cn_field, &tr.say(e.message()));
                None
            }
        }
    };
    let san_field = text_area(
        ui,
        &tr.say("field-san"),
        &mut d.sans,
        "mail.example.co.jp",
        2,
    );
    let mut extra = Vec::new();
    for line in d.sans.lines().filter(|l| !l.trim().is_empty()) {
        match parse_host(Field::San, line, &mut notices) {
            Ok(h) => extra.push(h),
            Err(e) => {
                field_error(ui, &san_field, &tr.say(e.message()));
            }
        }
    }
    if d.www_auto {
        d.www = cn.as_ref().is_some_and(www_default);
    }
    // A reissue keeps the www setting of the new order or renewal (docs/domain.md [R1], Cybertrust's
    // www option: 「再発行の発行申請時には選択できません」).
    let reissue = d
        .replacing
        .as_ref()
        .is_some_and(|a| a.kind == crate::ops::Replacement::Reissue);
    if ui
        .add_enabled(
            !reissue,
            egui::Checkbox::new(&mut d.www, tr.say("server-www")),
        )
        .changed()
    {
        d.www_auto = false;
    }
    explain(ui, &tr.say("server-www-explain"));
    for n in &notices {
        explain(ui, &tr.say(n.message()));
    }
    ui.add_space(6.0);
    ui.strong(tr.say("server-san-list"));
    match &cn {
        Some(cn) => {
            for name in san_list(cn, &extra, d.www) {
                let (unicode, _) = idna::domain_to_unicode(name.trim_start_matches("*."));
                let shown = if name.starts_with("*.") {
                    format!("*.{unicode}")
                } else {
                    unicode
                };
                let line = if shown == name {
                    name
                } else {
                    format!("{name}  ({shown})")
                };
                ui.label(RichText::new(line).monospace());
            }
        }
        None => {
            explain(ui, &tr.say("server-san-empty"));
        }
    }
    ui.add_space(8.0);
    bar::back_and_next(
        ui,
        tr,
        "nav-next",
        (d.names_ok()).then(|| Intent::DetailsNext),
    );
    None // the bar carries this page's only action
}
