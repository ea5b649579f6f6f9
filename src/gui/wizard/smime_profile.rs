//! Step 2: profile, usage and extras in the CA's own words, with only the combinations the
//! profile allows selectable, and the "same as before August 2025" shortcut.

use crate::gui::{bar, design};
use egui::Ui;

use super::{Intent, SmimeDraft, View};
use crate::gui::widgets::explain;
use crate::pki::profile::{Profile, SmimeChoice, Usage};

pub fn ui(d: &mut SmimeDraft, v: &View<'_>, ui: &mut Ui) -> Option<Intent> {
    let tr = v.tr;
    design::heading(ui, &tr.say("smime-profile-title"));
    if ui.button(tr.say("smime-profile-legacy")).clicked() {
        d.choice = SmimeChoice::legacy_equivalent();
    }
    explain(ui, &tr.say("smime-profile-legacy-explain"));
    ui.add_space(8.0);
    ui.strong(tr.say("field-profile"));
    for p in [Profile::Strict, Profile::Multipurpose] {
        ui.radio_value(&mut d.choice.profile, p, tr.say(p));
        explain(
            ui,
            &tr.say(match p {
                Profile::Strict => "profile-strict-explain",
                Profile::Multipurpose => "profile-multipurpose-explain",
            }),
        );
    }
    explain(ui, &tr.say("profile-guide-differs"));
    ui.add_space(8.0);
    ui.strong(tr.say("field-usage"));
    for u in [Usage::SignAndEncrypt, Usage::SignOnly, Usage::EncryptOnly] {
        ui.radio_value(&mut d.choice.usage, u, tr.say(u));
        explain(
            ui,
            &tr.say(match u {
                Usage::SignAndEncrypt => "usage-sign-and-encrypt-explain",
                Usage::SignOnly => "usage-sign-only-explain",
                Usage::EncryptOnly => "usage-encrypt-only-explain",
            }),
        );
    }
    ui.add_space(8.0);
    ui.strong(tr.say("field-extras"));
    let allowed = SmimeChoice::allowed_extras(d.choice.profile, d.choice.usage, d.key);
    // A box the profile does not allow is unticked and greyed out, never silently kept.
    d.choice = d.choice.fitted(d.key);
    let x = &mut d.choice.extras;
    ui.add_enabled(
        allowed.non_repudiation,
        egui::Checkbox::new(&mut x.non_repudiation, tr.say("extra-non-repudiation")),
    );
    explain(ui, &tr.say("extra-non-repudiation-explain"));
    ui.add_enabled(
        allowed.data_encryption,
        egui::Checkbox::new(&mut x.data_encryption, tr.say("extra-data-encryption")),
    );
    explain(ui, &tr.say("extra-data-encryption-explain"));
    ui.add_enabled(
        allowed.client_auth,
        egui::Checkbox::new(&mut x.client_auth, tr.say("extra-client-auth")),
    );
    explain(ui, &tr.say("extra-client-auth-explain"));
    ui.add_space(8.0);
    bar::back_and_next(
        ui,
        tr,
        "nav-next",
        (d.choice.check(d.key).is_ok()).then(|| Intent::ProfileNext),
    );
    None // the bar carries this page's only action
}
