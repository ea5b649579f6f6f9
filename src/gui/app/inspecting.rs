//! The inspector: its file dialog, and reading and describing a file off the UI thread.

use std::path::PathBuf;

use super::ShomeiApp;
use super::jobs::JobKind;
use super::saving::read_problem;
use crate::gui::wizard::{Event, Secret, Step};
use crate::i18n::{Localized, Message};
use crate::ops;

impl ShomeiApp {
    /// The inspector's file dialog.
    pub(super) fn inspect_pick(&mut self, ctx: &egui::Context) -> Option<Event> {
        if !self.cfg.host.dialogs_available() {
            self.banner = Some(Message::new("pick-no-dialog"));
            return None;
        }
        let path = self.cfg.host.pick_to_inspect()?;
        let password = match &self.step {
            Step::Inspect { password, .. } if !password.is_empty() => Some(Secret::new(password)),
            _ => None,
        };
        self.advance(ctx, Event::InspectPath(path.clone()));
        self.effect(ctx, Event::InspectFile { path, password })
    }

    /// Reads and describes a file off the UI thread.
    pub(super) fn inspect_file(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        password: Option<Secret>,
    ) -> Option<Event> {
        let now = self.now();
        self.jobs.start(JobKind::Inspect, ctx, None, move |_| {
            let found = ops::read_input(&path).and_then(|bytes| {
                let name = path.display().to_string();
                ops::inspect_file(&name, &bytes, password.as_deref(), now)
            });
            match found {
                Ok(found) => vec![Event::Inspected(Box::new(found))],
                Err(e) => {
                    let m = read_problem(&e).unwrap_or_else(|| e.message());
                    vec![Event::Tell(m.clone()), Event::InspectFailed(m)]
                }
            }
        });
        self.banner = None;
        Some(Event::InspectStarted)
    }
}
