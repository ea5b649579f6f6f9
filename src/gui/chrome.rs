//! The wizard's chrome over the design module: which journey a step belongs to (for the step
//! indicator). The app draws it through `design::frame`; the bottom bar is `bar.rs`.

use super::widgets::Tr;
use super::wizard::{Draft, Step};
use crate::ops::HandOff;

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
        Step::CsrReady(c) => match c.handoff {
            HandOff::Smime(_) => (&SMIME, 3),
            HandOff::Server(_) => (&SERVER, 3),
        },
        Step::ImportPick { .. } | Step::Importing => (&IMPORT, 0),
        Step::ImportDone { .. } => (&IMPORT, 1),
        Step::P12Password(_) => (&EXPORT, 0),
        Step::P12Platform { .. } | Step::Exporting { .. } => (&EXPORT, 1),
        Step::ExportDone { .. } => (&EXPORT, 2),
        _ => return None,
    };
    Some((ids.iter().map(|id| tr.say(id)).collect(), at))
}
