//! Server certificate, step 2: C / ST / L / O as Japanese CAs want them — half-width ASCII,
//! romaji, checked as you type, with no OU field at all.

use crate::gui::{bar, design};
use egui::Ui;

use super::{Intent, ServerDraft, View};
use crate::gui::widgets::{explain, field_error, text_field};
use crate::i18n::Localized;
use crate::pki::input::Field;
use crate::pki::subject::{parse_ascii_dn, parse_country};

pub fn ui(d: &mut ServerDraft, v: &View<'_>, ui: &mut Ui) -> Option<Intent> {
    let tr = v.tr;
    design::heading(ui, &tr.say("server-subject-title"));
    explain(ui, &tr.say("server-subject-explain"));
    let mut notices = Vec::new();
    let country = text_field(ui, &tr.say("field-country"), &mut d.country, "JP");
    if !d.country.is_empty()
        && let Err(e) = parse_country(&d.country, &mut notices)
    {
        field_error(ui, &country, &tr.say(e.message()));
    }
    let fields: [(Field, &'static str, &'static str, &mut String); 3] = [
        (
            Field::State,
            "field-state",
            "server-hint-state",
            &mut d.state,
        ),
        (
            Field::Locality,
            "field-locality",
            "server-hint-locality",
            &mut d.locality,
        ),
        (
            Field::Organization,
            "field-org",
            "server-hint-org",
            &mut d.organization,
        ),
    ];
    for (field, label, hint, value) in fields {
        let input = text_field(ui, &tr.say(label), value, &tr.say(hint));
        if !value.is_empty()
            && let Err(e) = parse_ascii_dn(field, value, &mut notices)
        {
            field_error(ui, &input, &tr.say(e.message()));
        }
    }
    for n in &notices {
        explain(ui, &tr.say(n.message()));
    }
    ui.add_space(8.0);
    bar::back_and_next(
        ui,
        tr,
        "nav-next",
        (d.form().validate().is_ok()).then(|| Intent::SubjectNext),
    );
    None // the bar carries this page's only action
}
