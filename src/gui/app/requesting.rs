//! Making a request and the request page: the key and CSR job, copying and saving the CSR and
//! the hand-off sheet, a renewal or reissue started from home, opening a request and deleting a
//! pending one.

use super::ShomeiApp;
use super::effects::ascii_name;
use super::jobs::JobKind;
use super::saving::SaveJob;
use crate::gui::wizard::{
    CsrInfo, Draft, Outcome, ReplacementInfo, RequestFacts, ServerDraft, SmimeDraft,
};
use crate::i18n::{Localized, report};
use crate::ops::{self, Error, HandOff};
use crate::pki::key::{CancelToken, KeyError};
use crate::pki::request::Request;
use crate::vault::Record;

impl ShomeiApp {
    /// Makes the key and the CSR off the UI thread; the step shows the progress.
    pub(super) fn start_keygen(
        &mut self,
        ctx: &egui::Context,
        request: Box<Request>,
    ) -> Option<Outcome> {
        let vault = self.vault()?;
        let today = self.today();
        let cancel = CancelToken::new();
        let c2 = cancel.clone();
        let job_request = request.clone();
        self.jobs
            .start(JobKind::Keygen, ctx, Some(cancel), move |progress| {
                let report = |p| progress.report(Outcome::KeygenProgress(p));
                match ops::create_request(&vault, &job_request, &c2, &report) {
                    Ok((record, csr)) => Outcome::KeygenDone(CsrInfo {
                        id: record.id.clone(),
                        title: record.request.title().to_owned(),
                        csr_pem: csr.pem,
                        handoff: ops::handoff(&record.request, today),
                        saved_to: None,
                        copied: false,
                        request: None,
                    }),
                    // Never heard: `Jobs::cancel` stopped listening before the job saw the
                    // token (the step went back when the user cancelled).
                    Err(Error::Key(KeyError::Cancelled)) => Outcome::KeygenCancelled,
                    Err(e) => Outcome::KeygenFailed(e.message()),
                }
            });
        Some(Outcome::KeygenStarted)
    }

    /// Puts the CSR on the clipboard.
    pub(super) fn copy_csr(&mut self, ctx: &egui::Context, pem: String) -> Outcome {
        // eframe's `clipboard` feature hands this to the OS clipboard (arboard /
        // smithay-clipboard); the host hook lets tests see what was copied.
        ctx.copy_text(pem.clone());
        self.cfg.host.copied(&pem);
        Outcome::CsrCopied
    }

    /// Saves the CSR under an ASCII name.
    pub(super) fn save_csr(
        &mut self,
        ctx: &egui::Context,
        title: String,
        pem: String,
    ) -> Option<Outcome> {
        self.save_as(
            ctx,
            &ascii_name(&title, "csr"),
            SaveJob::Public {
                bytes: pem.into_bytes(),
                csr: true,
            },
        )
    }

    /// Saves the hand-off sheet (in the current language) with the CSR below it.
    pub(super) fn save_handoff(
        &mut self,
        ctx: &egui::Context,
        title: String,
        handoff: HandOff,
        pem: String,
    ) -> Option<Outcome> {
        let text = format!("{}\n{pem}", report::handoff_text(&handoff, self.lang));
        self.save_as(
            ctx,
            &ascii_name(&title, "txt"),
            SaveJob::Public {
                bytes: text.into_bytes(),
                csr: false,
            },
        )
    }

    /// A renewal or reissue: the earlier request's form, with what to know at its top.
    pub(super) fn start_replacement(
        &mut self,
        id: &str,
        kind: ops::Replacement,
    ) -> Option<Outcome> {
        let now = self.now();
        let (_, plan) = self.read_record(id, |r| ops::plan_replacement(r, kind, now))?;
        let info = Some(ReplacementInfo {
            kind: plan.kind,
            notes: plan.notes,
        });
        let draft = match plan.request {
            Request::Smime(r) => Draft::Smime(SmimeDraft {
                replacing: info,
                ..SmimeDraft::from_form(r.to_form())
            }),
            Request::Server(r) => Draft::Server(ServerDraft {
                replacing: info,
                ..ServerDraft::from_form(r.to_form())
            }),
        };
        Some(Outcome::ReplacementReady(draft))
    }

    /// A request's page: its CSR, sheet, dates and status.
    pub(super) fn open_request(&mut self, id: &str) -> Option<Outcome> {
        let (record, ()) = self.read_record(id, |_| Ok(()))?;
        Some(Outcome::RequestOpened(CsrInfo {
            id: record.id.clone(),
            title: record.request.title().to_owned(),
            csr_pem: record.csr_pem.clone(),
            handoff: ops::handoff(&record.request, self.today()),
            saved_to: None,
            copied: false,
            request: Some(RequestFacts {
                made: self.made(&record),
                key: record.request.key().display().to_owned(),
                status: ops::status(&record, self.now()),
                deletable: ops::can_delete(&record, self.now()),
                confirm_delete: false,
            }),
        }))
    }

    /// When `record` was made, as the home list shows it (with the time when two would read the
    /// same).
    fn made(&self, record: &Record) -> String {
        self.rows
            .iter()
            .find(|r| r.id == record.id)
            .map(|r| r.made.clone())
            .unwrap_or_else(|| record.created.get(..10).unwrap_or_default().to_owned())
    }

    /// Deletes a pending request and its key (the page asked first).
    pub(super) fn delete_request(&mut self, id: String) -> Option<Outcome> {
        let vault = self.vault()?;
        match ops::delete_request(&vault, &id, self.now()) {
            Ok(record) => Some(Outcome::RequestDeleted {
                title: record.request.title().to_owned(),
                made: self.made(&record),
            }),
            Err(e) => Some(Outcome::Failed(e.message())),
        }
    }
}
