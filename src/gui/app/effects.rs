//! What the user asked for, done: a move between pages goes to `wizard::transition`; a request
//! for work (a job, a dialog, a file, the clipboard) is routed here to its subject's file —
//! `opening`, `requesting`, `importing`, `exporting`, `inspecting`, `saving` — which does it,
//! taking everything it needs from the intent itself, and answers with an [`Outcome`] that
//! `outcomes` settles (or nothing, when the step stays).

use std::path::Path;

use super::jobs::JobKind;
use super::{Notice, ShomeiApp};

use crate::gui::wizard::{self, Intent, Outcome, Secret, Step};
use crate::i18n::{Localized, Message};
use crate::ops::{self, Error};
use crate::vault::{self, Vault};

impl ShomeiApp {
    /// Does what the user asked for: the move (pure), then the work, whose outcome is settled.
    pub fn handle(&mut self, ctx: &egui::Context, intent: Intent) {
        self.advance(ctx, |step| wizard::transition(step, &intent));
        if let Some(outcome) = self.work(ctx, intent) {
            self.settle(ctx, outcome);
        }
    }

    /// Replaces the step with `next(step)`. A new screen takes the focus into its first field;
    /// the home screen reads its list afresh each time it is shown.
    pub(super) fn advance(&mut self, ctx: &egui::Context, next: impl FnOnce(Step) -> Step) {
        let before = std::mem::discriminant(&self.step);
        let step = std::mem::replace(&mut self.step, Step::Home);
        self.step = next(step);
        if std::mem::discriminant(&self.step) != before {
            crate::gui::design::step_entered(ctx);
            if self.step == Step::Home {
                self.refresh_rows();
            }
        }
    }

    /// The user acted on the page (a button, Enter, Esc, a drop). When that leads to another
    /// screen, what was said on the old one goes with it — unless the action itself just said
    /// something for the new one (a deleted request).
    pub(super) fn navigate(&mut self, ctx: &egui::Context, intent: Intent) {
        let before = std::mem::discriminant(&self.step);
        let said = self.banner.clone();
        self.handle(ctx, intent);
        if std::mem::discriminant(&self.step) != before {
            if self.banner == said {
                self.banner = None;
            }
            self.save_prompt = None;
        }
    }

    /// The work an intent asks for, and its outcome; `None` for a move (or when the work has
    /// nothing to settle yet, e.g. a save waiting for its place).
    fn work(&mut self, ctx: &egui::Context, intent: Intent) -> Option<Outcome> {
        match intent {
            Intent::Home
            | Intent::Back
            | Intent::NewSmime
            | Intent::NewServer
            | Intent::StartInspect
            | Intent::StartImport
            | Intent::DetailsNext
            | Intent::ProfileNext
            | Intent::SubjectNext
            | Intent::PasswordNext => None,
            Intent::UnlockSubmit(pass) => {
                self.start_open(ctx, Some(pass.0));
                None
            }
            Intent::StartKeygen(request) => self.start_keygen(ctx, request),
            Intent::KeygenCancel => {
                self.jobs.cancel(JobKind::Keygen);
                Some(Outcome::KeygenCancelled)
            }
            Intent::CopyCsr(pem) => Some(self.copy_csr(ctx, pem)),
            Intent::SaveCsr { title, pem } => self.save_csr(ctx, title, pem),
            Intent::SaveHandoff {
                title,
                handoff,
                pem,
            } => self.save_handoff(ctx, title, handoff, pem),
            Intent::OpenRequest(id) => self.open_request(&id),
            Intent::DeleteRequest(id) => self.delete_request(id),
            Intent::Renew(id) => self.start_replacement(&id, ops::Replacement::Renewal),
            Intent::Reissue(id) => self.start_replacement(&id, ops::Replacement::Reissue),
            Intent::InspectPick => self.inspect_pick(ctx),
            Intent::InspectFile { path, password } => {
                Some(self.inspect_file(ctx, path, password, false))
            }
            Intent::InspectDropped { path, password } => {
                Some(self.inspect_file(ctx, path, password, true))
            }
            Intent::PickFiles if !self.cfg.host.dialogs_available() => {
                self.banner = Some(Notice::error(Message::new("pick-no-dialog")));
                None
            }
            Intent::PickFiles => self.pick_files(ctx),
            Intent::ImportPaths(paths) => self.import_paths(ctx, paths, false),
            Intent::ExportRequest(id) => self.export_request(id),
            Intent::GeneratePassword => Some(Outcome::PasswordGenerated(Secret(
                crate::pki::password::generate_readable(),
            ))),
            Intent::CopyPassword(pw) => Some(self.copy_password(ctx, pw)),
            Intent::SavePkcs12 {
                id,
                password,
                default_name,
                platform,
            } => self.save_pkcs12(ctx, id, password, default_name, platform),
            Intent::SaveReminder(id) => self.save_reminder(ctx, id),
            Intent::SaveFullchain(id) => self.save_fullchain(ctx, id),
            Intent::SaveServerKey(id) => self.save_server_key(id),
            Intent::WriteServerKey {
                id,
                title,
                passphrase,
            } => self.write_server_key(ctx, id, title, passphrase),
            Intent::SetLang(lang) => {
                self.set_lang(ctx, lang);
                None
            }
            Intent::DismissNotice => {
                self.banner = None;
                None
            }
            Intent::SaveTo(path) => self.save_prompted(ctx, path),
            Intent::CancelSave => {
                self.save_prompt = None;
                None
            }
        }
    }

    pub(super) fn vault(&self) -> Option<std::sync::Arc<Vault>> {
        self.vault.clone()
    }

    pub(super) fn show(&mut self, e: &dyn Localized) {
        self.banner = Some(Notice::error(e.message()));
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
