//! Step 1 of a mail certificate: mailbox(es) and organization, normalized as typed, with the
//! value actually used shown and every problem explained.

use crate::gui::{bar, design};
use egui::Ui;

use super::{Intent, SmimeDraft, View};
use crate::gui::widgets::{error_line, explain, field_error, hint, text_area, text_field};
use crate::i18n::Localized;
use crate::ops::ReplacementNote;
use crate::pki::input::Notice;
use crate::pki::request::Purchase;
use crate::pki::subject::{parse_mailbox, parse_smime_org};

pub fn ui(d: &mut SmimeDraft, v: &View<'_>, ui: &mut Ui) -> Option<Intent> {
    let tr = v.tr;
    design::heading(ui, &tr.say("smime-details-title"));
    explain(ui, &tr.say("smime-details-explain"));
    if let Some(info) = &d.replacing {
        super::replacement_notes(ui, tr, info);
    }
    let org_fixed = d
        .replacing
        .as_ref()
        .is_some_and(|a| a.says(&ReplacementNote::OrganizationFixed));
    let email = text_area(
        ui,
        &tr.say("field-email"),
        &mut d.emails,
        "taro@example.co.jp",
        2,
    );
    // Hints and problems sit under the field they concern, and are read with it.
    hint(ui, &email, &tr.say("smime-details-email-hint"));
    let mut notices: Vec<Notice> = Vec::new();
    let mut problems = 0;
    for line in d.emails.lines().filter(|l| !l.trim().is_empty()) {
        if let Err(e) = parse_mailbox(line, &mut notices) {
            field_error(ui, &email, &tr.say(e.message()));
            problems += 1;
        }
    }
    let org = ui
        .add_enabled_ui(!org_fixed, |ui| {
            text_field(
                ui,
                &tr.say("field-org"),
                &mut d.organization,
                &tr.say("smime-details-org-hint"),
            )
        })
        .inner;
    if !d.organization.trim().is_empty()
        && let Err(e) = parse_smime_org(&d.organization, &mut notices)
    {
        field_error(ui, &org, &tr.say(e.message()));
        problems += 1;
    }
    for n in &notices {
        explain(ui, &tr.say(n.message()));
    }
    // Where the order starts (docs/domain.md [D1]): CertCentral's own page, or the URL on the voucher a
    // reseller sold (product and validity preset, no payment step). The sheet follows it.
    ui.add_space(6.0);
    ui.label(tr.say("smime-purchase-question"));
    for p in [Purchase::Direct, Purchase::Voucher] {
        ui.radio_value(&mut d.purchase, p, tr.say(p));
    }
    explain(ui, &tr.say("smime-purchase-explain"));
    // Whole-form checks (duplicates, nothing entered) once each field is fine.
    let whole = d.form().validate();
    if problems == 0
        && let Err(e) = &whole
        && !d.emails.trim().is_empty()
        && !d.organization.trim().is_empty()
    {
        error_line(ui, &tr.say(e.message()));
    }
    ui.add_space(8.0);
    bar::back_and_next(
        ui,
        tr,
        "nav-next",
        (whole.is_ok()).then(|| Intent::DetailsNext),
    );
    None // the bar carries this page's only action
}
