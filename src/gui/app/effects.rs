//! What each event does outside the state machine — start a job, open a dialog, write a file,
//! touch the clipboard — taking everything it needs from the event itself. Returns the event
//! to feed `wizard::transition` (possibly another one), or `None` when the step stays.

use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use super::ShomeiApp;
use super::jobs::JobKind;
use super::saving::{SaveJob, read_problem};

use crate::gui::wizard::{
    self, AgainInfo, CsrInfo, Draft, Event, P12Draft, Secret, ServerDraft, ServerKeyDraft,
    SharedVault, SmimeDraft, Step,
};
use crate::i18n::{Localized, Message, report};
use crate::ops::{self, Error};
use crate::pki::key::{CancelToken, KeyError};
use crate::pki::request::Request;
use crate::vault::{self, Unlock, Vault, VaultError, VaultState};

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

    /// Opens (or creates) the vault off the UI thread: the keyring may block and the
    /// passphrase's KDF takes a moment.
    pub(super) fn start_open(
        &mut self,
        ctx: &egui::Context,
        passphrase: Option<Zeroizing<String>>,
    ) {
        let dir = self.cfg.data_dir.clone();
        let on_unlock_screen = matches!(self.step, Step::Unlock(_));
        self.jobs.start(JobKind::Vault, ctx, None, move |_| {
            let state = match Vault::state(&dir) {
                Ok(s) => s,
                Err(e) => return vec![Event::Tell(e.message())],
            };
            if state == VaultState::Passphrase && passphrase.is_none() {
                return vec![if on_unlock_screen {
                    Event::UnlockFailed(VaultError::NeedPassphrase.message())
                } else {
                    Event::NeedPassphrase { creating: false }
                }];
            }
            let unlock = Unlock {
                passphrase,
                avoid_keyring: false,
            };
            match Vault::open_or_create(&dir, &unlock) {
                Ok(v) => vec![Event::VaultOpened(SharedVault(std::sync::Arc::new(v)))],
                Err(VaultError::NeedPassphrase) if on_unlock_screen => {
                    vec![Event::UnlockFailed(VaultError::NeedPassphrase.message())]
                }
                Err(VaultError::NeedPassphrase) => vec![Event::NeedPassphrase {
                    creating: state == VaultState::Missing,
                }],
                Err(e) if on_unlock_screen => vec![Event::UnlockFailed(e.message())],
                Err(e) => vec![Event::Tell(e.message())],
            }
        });
    }

    /// A file given on the command line (a double-click): a .p12 opens the inspector (it needs
    /// its password), a CSR is inspected, certificates are imported — or inspected when they
    /// belong to no request here. Read and classified off the UI thread.
    pub(super) fn open_file(&mut self, ctx: &egui::Context, path: PathBuf) {
        self.jobs.start(JobKind::Open, ctx, None, move |_| {
            let bytes = match ops::read_input(&path) {
                Ok(b) => b,
                Err(e) => return vec![Event::Tell(e.message())],
            };
            match ops::classify(&bytes) {
                ops::FileKind::Pkcs12 => vec![Event::InspectPath(path)],
                ops::FileKind::Inspect => vec![
                    Event::InspectPath(path.clone()),
                    Event::InspectFile {
                        path,
                        password: None,
                    },
                ],
                ops::FileKind::Import => vec![Event::ImportPaths(vec![path])],
            }
        });
        self.inspect_on_import_failure = true;
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
    fn effect(&mut self, ctx: &egui::Context, ev: Event) -> Option<Event> {
        match ev {
            Event::Tell(m) => {
                self.banner = Some(m);
                None
            }
            Event::UnlockSubmit(pass) => {
                self.start_open(ctx, Some(pass.0));
                None
            }
            Event::VaultOpened(SharedVault(v)) => {
                self.vault = Some(v);
                self.refresh_rows();
                self.remind_on_start();
                if let Some(f) = self.cfg.open_file.take() {
                    self.open_file(ctx, f);
                }
                Some(Event::Unlocked)
            }
            Event::StartKeygen(request) => {
                let vault = self.vault()?;
                let today = self.today();
                let cancel = CancelToken::new();
                let c2 = cancel.clone();
                let job_request = request.clone();
                self.jobs
                    .start(JobKind::Keygen, ctx, Some(cancel), move |progress| {
                        let report = |p| progress.report(Event::KeygenProgress(p));
                        match ops::create_request(&vault, &job_request, &c2, &report) {
                            Ok((record, csr)) => vec![Event::KeygenDone(CsrInfo {
                                id: record.id.clone(),
                                title: record.request.title().to_owned(),
                                csr_pem: csr.pem,
                                handoff: ops::handoff(&record.request, today),
                                saved_to: None,
                                copied: false,
                                request: None,
                            })],
                            Err(Error::Key(KeyError::Cancelled)) => Vec::new(),
                            Err(e) => vec![Event::Tell(e.message()), Event::KeygenFailed],
                        }
                    });
                Some(Event::StartKeygen(request))
            }
            Event::KeygenDone(info) => {
                self.refresh_rows();
                Some(Event::KeygenDone(info))
            }
            Event::KeygenCancel => {
                self.jobs.cancel(JobKind::Keygen);
                Some(Event::KeygenCancel)
            }
            Event::CopyCsr(pem) => {
                // eframe's `clipboard` feature hands this to the OS clipboard (arboard /
                // smithay-clipboard); the host hook lets tests see what was copied.
                ctx.copy_text(pem.clone());
                self.cfg.host.copied(&pem);
                Some(Event::CsrCopied)
            }
            Event::SaveCsr { title, pem } => self.save_as(
                ctx,
                &ascii_name(&title, "csr"),
                SaveJob::Public {
                    bytes: pem.into_bytes(),
                    csr: true,
                },
            ),
            Event::SaveHandoff {
                title,
                handoff,
                pem,
            } => {
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
            Event::OpenRequest(id) => self.open_request(&id),
            Event::DeleteRequest(id) => self.delete_request(id),
            Event::InspectPick => {
                if !self.cfg.host.dialogs_available() {
                    self.banner = Some(Message::new("pick-no-dialog"));
                    return None;
                }
                let path = self.cfg.host.pick_to_inspect()?;
                let password = match &self.step {
                    Step::Inspect { password, .. } if !password.is_empty() => {
                        Some(Secret::new(password))
                    }
                    _ => None,
                };
                self.advance(ctx, Event::InspectPath(path.clone()));
                self.effect(ctx, Event::InspectFile { path, password })
            }
            Event::PickFiles if !self.cfg.host.dialogs_available() => {
                self.banner = Some(Message::new("pick-no-dialog"));
                None
            }
            Event::PickFiles => match self.cfg.host.pick_files() {
                Some(paths) if !paths.is_empty() => self.effect(ctx, Event::ImportPaths(paths)),
                _ => {
                    // Cancel, or no dialog on this desktop: say what else works.
                    self.banner = Some(Message::new("import-no-dialog"));
                    None
                }
            },
            Event::ImportPaths(paths) => {
                let vault = self.vault()?;
                let now = self.now_utc();
                let inspect_instead = std::mem::take(&mut self.inspect_on_import_failure)
                    .then(|| paths.first().cloned())
                    .flatten();
                self.jobs.start(JobKind::Import, ctx, None, move |_| {
                    let result = (|| {
                        let mut files = Vec::new();
                        for p in &paths {
                            let name = p
                                .file_name()
                                .map(|n| n.to_string_lossy().into_owned())
                                .unwrap_or_default();
                            files.push((name, ops::read_input(p)?));
                        }
                        ops::import(&vault, &files, now)
                    })();
                    match result {
                        Ok(done) => vec![Event::ImportDone(done)],
                        // Opened by double-click and not ours to import: show what it is.
                        Err(
                            Error::ForeignCertificate { .. } | Error::OnlyCaCertificates { .. },
                        ) if inspect_instead.is_some() => {
                            let path = inspect_instead.unwrap_or_default();
                            vec![
                                Event::ImportFailed { not_ours: true },
                                Event::InspectPath(path.clone()),
                                Event::InspectFile {
                                    path,
                                    password: None,
                                },
                            ]
                        }
                        Err(e) => vec![
                            Event::Tell(e.message()),
                            Event::ImportFailed { not_ours: false },
                        ],
                    }
                });
                self.banner = None;
                Some(Event::ImportPaths(Vec::new()))
            }
            Event::ImportDone(done) => {
                self.refresh_rows();
                Some(Event::ImportDone(done))
            }
            Event::ExportRequest(id) => {
                let vault = self.vault()?;
                match vault.get(&id) {
                    Ok(record) => Some(Event::ExportFor(P12Draft {
                        id: record.id.clone(),
                        title: record.request.title().to_owned(),
                        default_name: ops::default_p12_name(&record, self.now_utc().year()),
                        context: ops::password_context(&record).words,
                        password: Zeroizing::new(String::new()),
                        confirm: Zeroizing::new(String::new()),
                        show: false,
                    })),
                    Err(e) => {
                        self.show(&e);
                        None
                    }
                }
            }
            // Groups of letters and digits a person can read out over the phone.
            Event::GeneratePassword => Some(Event::PasswordGenerated(Secret(
                crate::pki::password::generate_readable(),
            ))),
            Event::CopyPassword(pw) => {
                ctx.copy_text(pw.to_string());
                self.cfg.host.copied(&pw);
                self.banner = Some(Message::new("password-copied"));
                None
            }
            Event::SavePkcs12 {
                id,
                password,
                default_name,
                platform,
            } => self.save_as(
                ctx,
                &default_name,
                SaveJob::Pkcs12 {
                    id,
                    password,
                    platform,
                },
            ),
            Event::Renew(ref id) | Event::Reissue(ref id) => {
                let again = if matches!(ev, Event::Renew(_)) {
                    ops::Again::Renew
                } else {
                    ops::Again::Reissue
                };
                let vault = self.vault()?;
                let plan = match vault
                    .get(id)
                    .map_err(Error::from)
                    .and_then(|r| ops::again(&r, again, self.now()))
                {
                    Ok(p) => p,
                    Err(e) => {
                        self.show(&e);
                        return None;
                    }
                };
                let info = Some(AgainInfo {
                    again: plan.again,
                    notes: plan.notes,
                });
                let draft = match plan.request {
                    Request::Smime(r) => Draft::Smime(SmimeDraft {
                        again: info,
                        ..SmimeDraft::from_form(r.to_form())
                    }),
                    Request::Server(r) => Draft::Server(ServerDraft {
                        again: info,
                        ..ServerDraft::from_form(r.to_form())
                    }),
                };
                self.banner = None;
                Some(Event::RenewFrom(draft))
            }
            Event::SaveReminder(id) => {
                let (record, chain) = self.read_record(&id, ops::stored_chain)?;
                let kind = match record.request {
                    Request::Smime(_) => crate::pki::reminder::Kind::Smime,
                    Request::Server(_) => crate::pki::reminder::Kind::Server,
                };
                let ics = crate::i18n::calendar::ics(
                    record.request.title(),
                    kind,
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
            Event::SaveFullchain(id) => {
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
            Event::SaveServerKey(id) => {
                let (record, ()) = self.read_record(&id, |_| Ok(()))?;
                Some(Event::ServerKeyFor(ServerKeyDraft {
                    id: record.id.clone(),
                    title: record.request.title().to_owned(),
                    context: ops::password_context(&record).words,
                    passphrase: Zeroizing::new(String::new()),
                    confirm: Zeroizing::new(String::new()),
                    understood: false,
                }))
            }
            Event::WriteServerKey {
                id,
                title,
                passphrase,
            } => self.save_as(
                ctx,
                &ascii_name(&format!("{title}-key"), "pem"),
                SaveJob::ServerKey { id, passphrase },
            ),
            Event::InspectFile { path, password } => {
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
                Some(Event::InspectFile {
                    path: PathBuf::new(),
                    password: None,
                })
            }
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
