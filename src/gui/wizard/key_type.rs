//! The key type, with a plain recommendation: RSA 2048 for mail (every mail program can encrypt
//! to it); RSA 2048 or ECDSA P-256 for servers.

use crate::gui::{bar, design};
use egui::Ui;

use super::{Draft, Intent, View};
use crate::gui::widgets::explain;
use crate::pki::key::KeySpec;

pub fn ui(d: &mut Draft, v: &View<'_>, ui: &mut Ui) -> Option<Intent> {
    let tr = v.tr;
    let server = matches!(d, Draft::Server(_));
    design::heading(
        ui,
        &tr.say(if server {
            "server-key-title"
        } else {
            "key-title"
        }),
    );
    explain(
        ui,
        &tr.say(if server {
            "server-key-explain"
        } else {
            "key-explain"
        }),
    );
    let key = d.key_mut();
    for k in KeySpec::ALL {
        let label = match k {
            KeySpec::Rsa2048 => tr.say("key-rsa2048"),
            _ => k.display().to_owned(),
        };
        ui.radio_value(key, k, label);
    }
    if let Draft::Smime(s) = d {
        if !s.key.is_rsa() {
            explain(ui, &tr.say("key-ec-warning"));
        }
        // データの暗号化 needs RSA: drop it rather than keep an impossible combination.
        s.choice = s.choice.fitted(s.key);
    }
    ui.add_space(8.0);
    let request = d.request();
    bar::back_and_next(
        ui,
        tr,
        "key-generate",
        request.map(|r| Intent::StartKeygen(Box::new(r))),
    );
    None // the bar carries this page's only action
}
