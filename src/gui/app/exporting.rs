//! What leaves the vault for an issued request: the .p12 and its password, a server's key and
//! certificate chain, and the expiry reminder.

use zeroize::Zeroizing;

use super::ShomeiApp;
use super::effects::ascii_name;
use super::saving::SaveJob;
use crate::gui::wizard::{self, Outcome, P12Draft, Secret, ServerKeyDraft};
use crate::ops;

impl ShomeiApp {
    /// The .p12 password page for an issued request.
    pub(super) fn export_request(&mut self, id: String) -> Option<Outcome> {
        let (record, ()) = self.read_record(&id, |_| Ok(()))?;
        Some(Outcome::ExportReady(P12Draft {
            id: record.id.clone(),
            title: record.request.title().to_owned(),
            default_name: ops::default_p12_name(&record, self.now_utc().year()),
            context: ops::password_context(&record).words,
            password: Zeroizing::new(String::new()),
            confirm: Zeroizing::new(String::new()),
            show: false,
        }))
    }

    /// Puts the generated password on the clipboard.
    pub(super) fn copy_password(&mut self, ctx: &egui::Context, pw: Secret) -> Outcome {
        ctx.copy_text(pw.to_string());
        self.cfg.host.copied(&pw);
        Outcome::PasswordCopied
    }

    /// Writes the .p12 (and its compatible twin) where the user picks.
    pub(super) fn save_pkcs12(
        &mut self,
        ctx: &egui::Context,
        id: String,
        password: Secret,
        default_name: String,
        platform: wizard::Platform,
    ) -> Option<Outcome> {
        self.save_as(
            ctx,
            &default_name,
            SaveJob::Pkcs12 {
                id,
                password,
                platform,
            },
        )
    }

    /// Saves a calendar reminder of the expiry.
    pub(super) fn save_reminder(&mut self, ctx: &egui::Context, id: String) -> Option<Outcome> {
        let (record, chain) = self.read_record(&id, ops::stored_chain)?;
        let ics = crate::i18n::calendar::ics(
            record.request.title(),
            record.request.kind(),
            chain[0].not_after,
            self.now(),
            self.lang,
        );
        let name = ascii_name(&format!("{}-expiry", record.request.title()), "ics");
        self.save_as(
            ctx,
            &name,
            SaveJob::Public {
                bytes: ics.into_bytes(),
                csr: false,
            },
        )
    }

    /// Saves a server's certificate chain (fullchain.pem).
    pub(super) fn save_fullchain(&mut self, ctx: &egui::Context, id: String) -> Option<Outcome> {
        let (record, pem) = self.read_record(&id, ops::fullchain_pem)?;
        let name = ascii_name(&format!("{}-fullchain", record.request.title()), "pem");
        self.save_as(
            ctx,
            &name,
            SaveJob::Public {
                bytes: pem.into_bytes(),
                csr: false,
            },
        )
    }

    /// The page that exports a server's key, encrypted.
    pub(super) fn save_server_key(&mut self, id: String) -> Option<Outcome> {
        let (record, ()) = self.read_record(&id, |_| Ok(()))?;
        Some(Outcome::ServerKeyReady(ServerKeyDraft {
            id: record.id.clone(),
            title: record.request.title().to_owned(),
            context: ops::password_context(&record).words,
            passphrase: Zeroizing::new(String::new()),
            confirm: Zeroizing::new(String::new()),
            understood: false,
        }))
    }

    /// Writes the server's key, encrypted with the passphrase, where the user picks.
    pub(super) fn write_server_key(
        &mut self,
        ctx: &egui::Context,
        id: String,
        title: String,
        passphrase: Secret,
    ) -> Option<Outcome> {
        self.save_as(
            ctx,
            &ascii_name(&format!("{title}-key"), "pem"),
            SaveJob::ServerKey { id, passphrase },
        )
    }
}
