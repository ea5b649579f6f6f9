//! Bringing in the CA's files: the file dialog, and the import job (a double-clicked file that
//! belongs to no request is inspected instead).

use std::path::PathBuf;

use super::jobs::JobKind;
use super::{Notice, ShomeiApp};
use crate::gui::wizard::Outcome;
use crate::i18n::{Localized, Message};
use crate::ops;

impl ShomeiApp {
    /// The import's file dialog.
    pub(super) fn pick_files(&mut self, ctx: &egui::Context) -> Option<Outcome> {
        match self.cfg.host.pick_files() {
            Some(paths) if !paths.is_empty() => self.import_paths(ctx, paths, false),
            _ => {
                // Cancel, or no dialog on this desktop: say what else works.
                self.banner = Some(Notice::error(Message::new("import-no-dialog")));
                None
            }
        }
    }

    /// Imports the CA's files off the UI thread. `double_clicked`: the window was started with
    /// this file, so one that belongs to no request here is inspected instead of refused.
    pub(super) fn import_paths(
        &mut self,
        ctx: &egui::Context,
        paths: Vec<PathBuf>,
        double_clicked: bool,
    ) -> Option<Outcome> {
        let vault = self.vault()?;
        let now = self.now_utc();
        let inspect_instead = double_clicked.then(|| paths.first().cloned()).flatten();
        self.jobs.start(JobKind::Import, ctx, None, move |_| {
            match ops::read_inputs(&paths).and_then(|files| ops::import(&vault, &files, now)) {
                Ok(done) => Outcome::Imported(done),
                // Opened by double-click and not ours to import: show what it is.
                Err(e) if e.is_not_ours() && inspect_instead.is_some() => {
                    Outcome::NotOurs(inspect_instead.unwrap_or_default())
                }
                Err(e) => Outcome::ImportFailed(e.message()),
            }
        });
        Some(Outcome::ImportStarted)
    }
}
