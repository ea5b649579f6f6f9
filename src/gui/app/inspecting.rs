//! The inspector: its file dialog, and reading and describing a file off the UI thread.

use std::path::PathBuf;

use super::jobs::JobKind;
use super::{Notice, ShomeiApp};
use crate::gui::wizard::{Outcome, Secret, Step};
use crate::i18n::{Localized, Message};
use crate::ops;

impl ShomeiApp {
    /// The inspector's file dialog.
    pub(super) fn inspect_pick(&mut self, ctx: &egui::Context) -> Option<Outcome> {
        if !self.cfg.host.dialogs_available() {
            self.banner = Some(Notice::error(Message::new("pick-no-dialog")));
            return None;
        }
        let path = self.cfg.host.pick_to_inspect()?;
        let password = match &self.step {
            Step::Inspect { password, .. } if !password.is_empty() => Some(Secret::new(password)),
            _ => None,
        };
        Some(self.inspect_file(ctx, path, password, true))
    }

    /// Reads and describes a file off the UI thread, with the password that was typed.
    /// `chosen`: picked or dropped, so it replaces the typed path (and that password).
    pub(super) fn inspect_file(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        password: Option<Secret>,
        chosen: bool,
    ) -> Outcome {
        let now = self.now();
        let chosen = chosen.then(|| path.clone());
        self.jobs.start(JobKind::Inspect, ctx, None, move |_| {
            let found = ops::read_input(&path).and_then(|bytes| {
                let name = path.display().to_string();
                ops::inspect_file(&name, &bytes, password.as_deref(), now)
            });
            match found {
                Ok(found) => Outcome::Inspected(Box::new(found)),
                Err(e) => Outcome::InspectFailed(e.message()),
            }
        });
        Outcome::InspectStarted { chosen }
    }
}
