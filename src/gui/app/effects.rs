//! What each event does outside the state machine — start a job, open a dialog, write a file,
//! touch the clipboard — taking everything it needs from the event itself. `effect` routes each
//! event to its subject's file (`opening`, `requesting`, `importing`, `exporting`, `inspecting`,
//! `saving`) and returns the event to feed `wizard::transition` (possibly another one), or
//! `None` when the step stays.

use std::path::Path;

use super::ShomeiApp;
use super::jobs::JobKind;

use crate::gui::wizard::{self, Event, Secret, SharedVault, Step};
use crate::i18n::{Localized, Message};
use crate::ops::{self, Error};
use crate::vault::{self, Vault};

impl ShomeiApp {
    /// Runs `ev`'s effect, then moves to the next step.
    pub fn handle(&mut self, ctx: &egui::Context, ev: Event) {
        let Some(ev) = self.effect(ctx, ev) else {
            return;
        };
        self.advance(ctx, ev);
    }

    /// Moves to the step after `ev` (its effect already done). A new screen takes the focus
    /// into its first field.
    pub(super) fn advance(&mut self, ctx: &egui::Context, ev: Event) {
        let before = std::mem::discriminant(&self.step);
        let step = std::mem::replace(&mut self.step, Step::Home);
        self.step = wizard::transition(step, &ev);
        if std::mem::discriminant(&self.step) != before {
            crate::gui::design::step_entered(ctx);
        }
    }

    /// The user acted on the page (a button, Enter, Esc, a drop). When that leads to another
    /// screen, what was said on the old one goes with it — unless the action itself just said
    /// something for the new one (a renewal's note, a deleted request).
    pub(super) fn navigate(&mut self, ctx: &egui::Context, ev: Event) {
        let before = std::mem::discriminant(&self.step);
        let said = self.banner.clone();
        self.handle(ctx, ev);
        if std::mem::discriminant(&self.step) != before {
            if self.banner == said {
                self.banner = None;
            }
            self.save_prompt = None;
        }
    }

    pub(super) fn vault(&self) -> Option<std::sync::Arc<Vault>> {
        self.vault.clone()
    }

    pub(super) fn show(&mut self, e: &dyn Localized) {
        self.banner = Some(e.message());
    }

    /// Reads request `id` from the vault and what `then` makes of it; a failure of either is
    /// said on the current screen (handled here, once) and gives `None`.
    pub(super) fn read_record<T>(
        &mut self,
        id: &str,
        then: impl FnOnce(&vault::Record) -> Result<T, Error>,
    ) -> Option<(vault::Record, T)> {
        let vault = self.vault()?;
        match vault.get(id).map_err(Error::from).and_then(|r| {
            let t = then(&r)?;
            Ok((r, t))
        }) {
            Ok(found) => Some(found),
            Err(e) => {
                self.show(&e);
                None
            }
        }
    }

    /// The side effect of an event.
    pub(super) fn effect(&mut self, ctx: &egui::Context, ev: Event) -> Option<Event> {
        match ev {
            Event::Tell(m) => {
                self.banner = Some(m);
                None
            }
            Event::UnlockSubmit(pass) => {
                self.start_open(ctx, Some(pass.0));
                None
            }
            Event::VaultOpened(SharedVault(v)) => self.vault_opened(ctx, v),
            Event::StartKeygen(request) => self.start_keygen(ctx, request),
            Event::KeygenDone(info) => {
                self.refresh_rows();
                Some(Event::KeygenDone(info))
            }
            Event::KeygenCancel => {
                self.jobs.cancel(JobKind::Keygen);
                Some(Event::KeygenCancel)
            }
            Event::CopyCsr(pem) => self.copy_csr(ctx, pem),
            Event::SaveCsr { title, pem } => self.save_csr(ctx, title, pem),
            Event::SaveHandoff {
                title,
                handoff,
                pem,
            } => self.save_handoff(ctx, title, handoff, pem),
            Event::OpenRequest(id) => self.open_request(&id),
            Event::DeleteRequest(id) => self.delete_request(id),
            Event::InspectPick => self.inspect_pick(ctx),
            Event::PickFiles if !self.cfg.host.dialogs_available() => {
                self.banner = Some(Message::new("pick-no-dialog"));
                None
            }
            Event::PickFiles => self.pick_files(ctx),
            Event::ImportPaths(paths) => self.import_paths(ctx, paths),
            Event::ImportDone(done) => {
                self.refresh_rows();
                Some(Event::ImportDone(done))
            }
            Event::ExportRequest(id) => self.export_request(id),
            Event::GeneratePassword => Some(Event::PasswordGenerated(Secret(
                crate::pki::password::generate_readable(),
            ))),
            Event::CopyPassword(pw) => self.copy_password(ctx, pw),
            Event::SavePkcs12 {
                id,
                password,
                default_name,
                platform,
            } => self.save_pkcs12(ctx, id, password, default_name, platform),
            Event::Renew(id) => self.start_replacement(&id, ops::Replacement::Renewal),
            Event::Reissue(id) => self.start_replacement(&id, ops::Replacement::Reissue),
            Event::SaveReminder(id) => self.save_reminder(ctx, id),
            Event::SaveFullchain(id) => self.save_fullchain(ctx, id),
            Event::SaveServerKey(id) => self.save_server_key(id),
            Event::WriteServerKey {
                id,
                title,
                passphrase,
            } => self.write_server_key(ctx, id, title, passphrase),
            Event::InspectFile { path, password } => self.inspect_file(ctx, path, password),
            Event::Inspected(found) => {
                self.banner = None;
                Some(Event::Inspected(found))
            }
            Event::Home | Event::ExportDone { .. } => {
                self.refresh_rows();
                Some(ev)
            }
            other => Some(other),
        }
    }

    pub(super) fn write_public(&mut self, path: &Path, bytes: &[u8]) -> Option<()> {
        match vault::atomic::write_public_atomic(path, bytes) {
            Ok(()) => Some(()),
            Err(source) => {
                self.show(&Error::Write {
                    path: path.to_path_buf(),
                    source,
                });
                None
            }
        }
    }
}

/// "Saved to …".
pub(super) fn saved(path: &Path) -> Message {
    crate::gui::save::saved_message(path)
}

/// `taro@example.co.jp` → `taro_example_co_jp.csr`: files get ASCII names.
pub(super) fn ascii_name(title: &str, ext: &str) -> String {
    let base = ops::export::ascii_stem(title);
    format!("{}.{ext}", if base.is_empty() { "request" } else { &base })
}
