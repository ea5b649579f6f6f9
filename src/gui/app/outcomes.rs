//! What the work answered, taken in: first what it means for the window — the open vault, the
//! home list, the notice at the top — then the step, decided by the pure `wizard::settle`, then
//! the work that follows (a double-clicked file's import or inspection). Every job's answer
//! comes through here, and every failure a piece of work answers with. Notices set elsewhere: a
//! vault record that cannot be read (`effects::read_record`, once for every page that reads
//! one), "no file dialog can open here", the home list's own errors and the start-up reminder
//! (`mod.rs`), and closing the notice (`effects`).

use super::effects::saved;
use super::{Notice, ShomeiApp};
use crate::gui::wizard::{self, Outcome};
use crate::i18n::Message;
use crate::ops::FileKind;

impl ShomeiApp {
    /// Takes in `outcome`: the window's state, the step, then any work it leads to.
    pub(super) fn settle(&mut self, ctx: &egui::Context, outcome: Outcome) {
        match &outcome {
            Outcome::VaultOpened(v) => {
                self.vault = Some(v.0.clone());
                self.refresh_rows();
                self.remind_on_start();
            }
            Outcome::Failed(m)
            | Outcome::KeygenFailed(m)
            | Outcome::ImportFailed(m)
            | Outcome::InspectFailed(m)
            | Outcome::ExportFailed(m) => self.banner = Some(Notice::error(m.clone())),
            Outcome::KeygenDone(_) | Outcome::Imported(_) | Outcome::Exported { .. } => {
                self.refresh_rows()
            }
            // Home reads its list afresh when it is shown (`advance`).
            Outcome::RequestDeleted { title, made } => {
                self.banner = Some(Notice::success(
                    Message::new("request-deleted")
                        .with("title", title.clone())
                        .with("date", made.clone()),
                ));
            }
            Outcome::ReplacementReady(_)
            | Outcome::Inspected(_)
            | Outcome::InspectStarted { .. }
            | Outcome::ImportStarted => self.banner = None,
            Outcome::Saved(path) | Outcome::ServerKeyWritten(path) => {
                self.banner = Some(Notice::success(saved(path)))
            }
            Outcome::PasswordCopied => {
                self.banner = Some(Notice::success(Message::new("password-copied")))
            }
            _ => {}
        }
        self.advance(ctx, |step| wizard::settle(step, &outcome));
        // What follows from it.
        let next = match outcome {
            Outcome::VaultOpened(_) => {
                // The file the window was started with, now that requests can be matched.
                if let Some(f) = self.cfg.open_file.take() {
                    self.open_file(ctx, f);
                }
                None
            }
            Outcome::Opened {
                path,
                kind: FileKind::Inspect,
            }
            | Outcome::NotOurs(path) => Some(self.inspect_file(ctx, path, None, false)),
            Outcome::Opened {
                path,
                kind: FileKind::Import,
            } => self.import_paths(ctx, vec![path], true),
            _ => None,
        };
        if let Some(next) = next {
            self.settle(ctx, next);
        }
    }
}
