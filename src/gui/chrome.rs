//! The wizard's chrome over the design module: which journey a step belongs to (for the step
//! indicator) and the bottom bar each step declares while it draws (Back, and its primary
//! action with whether it can be used yet). The app draws both through `design::frame`.

use egui::{Id, Ui};

use super::design::Bar;
use super::widgets::Tr;
use super::wizard::{Draft, Event, Step};

/// The journey a step belongs to, by the names of its steps, and where the step is in it.
pub fn journey(step: &Step, tr: Tr) -> Option<(Vec<String>, usize)> {
    const SMIME: [&str; 4] = [
        "journey-details",
        "journey-profile",
        "journey-key",
        "journey-csr",
    ];
    const SERVER: [&str; 4] = [
        "journey-host",
        "journey-subject",
        "journey-key",
        "journey-csr",
    ];
    const EXPORT: [&str; 3] = ["journey-password", "journey-platform", "journey-done"];
    const IMPORT: [&str; 2] = ["journey-files", "journey-result"];
    let (ids, at): (&[&str], usize) = match step {
        Step::SmimeDetails(_) => (&SMIME, 0),
        Step::SmimeProfile(_) => (&SMIME, 1),
        Step::ServerDetails(_) => (&SERVER, 0),
        Step::ServerSubject(_) => (&SERVER, 1),
        Step::KeyType(Draft::Smime(_))
        | Step::Generating {
            draft: Draft::Smime(_),
            ..
        } => (&SMIME, 2),
        Step::KeyType(Draft::Server(_))
        | Step::Generating {
            draft: Draft::Server(_),
            ..
        } => (&SERVER, 2),
        // A request opened from home is no longer part of a journey.
        Step::CsrReady(c) if c.request.is_some() => return None,
        // A mail certificate's title is its mailbox.
        Step::CsrReady(c) if c.title.contains('@') => (&SMIME, 3),
        Step::CsrReady(_) => (&SERVER, 3),
        Step::ImportPick { .. } | Step::Importing => (&IMPORT, 0),
        Step::ImportDone { .. } => (&IMPORT, 1),
        Step::P12Password(_) => (&EXPORT, 0),
        Step::P12Platform { .. } | Step::Exporting { .. } => (&EXPORT, 1),
        Step::ExportDone { .. } => (&EXPORT, 2),
        _ => return None,
    };
    Some((ids.iter().map(|id| tr.t(id)).collect(), at))
}

/// What a step declared for the bottom bar this frame.
#[derive(Clone, Default)]
pub struct Declared {
    pub bar: Bar,
    pub back: Option<Event>,
    pub primary: Option<Event>,
}

fn slot() -> Id {
    Id::unique("shomei-chrome-bar")
}

/// A step declares its bar: Back (its label id and event) and the primary action (its label,
/// and its event once it can be used — `None` shows it disabled). Drawn by the app in the fixed
/// bottom bar.
pub fn declare(
    ui: &Ui,
    tr: Tr,
    back: Option<(&'static str, Event)>,
    primary: Option<(String, Option<Event>)>,
) {
    let d = Declared {
        bar: Bar {
            back: back.as_ref().map(|(id, _)| tr.t(id)),
            primary: primary.as_ref().map(|(l, e)| (l.clone(), e.is_some())),
            why_disabled: None,
        },
        back: back.map(|(_, e)| e),
        primary: primary.and_then(|(_, e)| e),
    };
    ui.ctx().data_mut(|m| m.insert_temp(slot(), d));
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
