//! Saving: where a file goes (the native dialog, or the page's own path field when none can
//! open), writing it and saying where.

use std::path::PathBuf;

use super::ShomeiApp;
use super::jobs::JobKind;
use crate::gui::save;
use crate::gui::wizard::{self, Outcome, Secret};
use crate::i18n::Localized;
use crate::ops::{self, Error};
use crate::vault;

impl ShomeiApp {
    /// Saves `job` under a place the user picks: the native dialog, or — when none can open, or
    /// it gave no place — the page's own path field, with `name` in the Documents folder.
    pub(super) fn save_as(
        &mut self,
        ctx: &egui::Context,
        name: &str,
        job: SaveJob,
    ) -> Option<Outcome> {
        match save::ask(self.cfg.host.as_ref(), name, job) {
            Ok((path, job)) => self.save_to(ctx, path, job),
            Err(prompt) => {
                self.save_prompt = Some(prompt);
                None
            }
        }
    }

    /// Saves what the save field holds to the place typed in it. A place that cannot be written
    /// keeps the field, with what was typed, to fix.
    pub(super) fn save_prompted(&mut self, ctx: &egui::Context, path: PathBuf) -> Option<Outcome> {
        let p = self.save_prompt.take()?;
        let outcome = self.save_to(ctx, path, p.what.clone());
        if matches!(outcome, Some(Outcome::Failed(_))) {
            self.save_prompt = Some(crate::gui::save::Prompt { fresh: true, ..p });
        }
        outcome
    }

    /// Writes `job` to `path` (or starts the job that does) and confirms where.
    pub(super) fn save_to(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        job: SaveJob,
    ) -> Option<Outcome> {
        match job {
            SaveJob::Public { bytes, csr } => {
                Some(match vault::atomic::write_public_atomic(&path, &bytes) {
                    // The CSR page confirms right under its buttons.
                    Ok(()) if csr => Outcome::CsrSaved(path),
                    Ok(()) => Outcome::Saved(path),
                    Err(source) => Outcome::Failed(Error::Write { path, source }.message()),
                })
            }
            SaveJob::ServerKey { id, passphrase } => {
                let vault = self.vault()?;
                // 100,000 PBKDF2 rounds: off the UI thread.
                self.jobs.start(JobKind::ServerKey, ctx, None, move |_| {
                    let written =
                        ops::encrypted_key_pem(&vault, &id, &passphrase).and_then(|pem| {
                            vault::atomic::write_atomic(&path, pem.as_bytes()).map_err(|source| {
                                Error::Write {
                                    path: path.clone(),
                                    source,
                                }
                            })
                        });
                    match written {
                        Ok(()) => Outcome::ServerKeyWritten(path),
                        Err(e) => Outcome::Failed(e.message()),
                    }
                });
                None
            }
            SaveJob::Pkcs12 {
                id,
                password,
                platform,
            } => {
                let vault = self.vault()?;
                self.jobs.start(
                    JobKind::Export,
                    ctx,
                    None,
                    move |_| match ops::export_for_platform(&vault, &id, &password, platform, &path)
                    {
                        Ok(done) => Outcome::Exported {
                            files: done.into_iter().map(|d| d.path).collect(),
                            platform,
                        },
                        Err(e) => Outcome::ExportFailed(e.message()),
                    },
                );
                Some(Outcome::ExportStarted { platform })
            }
        }
    }
}

/// What a save will write once its place is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveJob {
    /// Public bytes (the CSR, the hand-off sheet, a calendar, a chain). `csr`: the CSR page
    /// records where it went.
    Public { bytes: Vec<u8>, csr: bool },
    /// The private key for a server, encrypted with the passphrase on the way out.
    ServerKey { id: String, passphrase: Secret },
    /// The .p12 (and its compatible twin when the platform is unknown).
    Pkcs12 {
        id: String,
        password: Secret,
        platform: wizard::Platform,
    },
}
