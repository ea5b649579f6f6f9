//! The eframe app: owns the wizard's step, the language, the open vault and the running jobs;
//! draws the current step; turns each event into its effect (a job, a dialog, a file) and then
//! into the next step through the pure `wizard::transition`.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use zeroize::Zeroizing;

use super::Config;
use super::settings::Settings;
use super::widgets::{Tr, error_line};
use super::wizard::{
    self, CsrInfo, Draft, Event, P12Draft, Platform, Row, RowStatus, ServerDraft, ServerKeyDraft,
    SmimeDraft, Step, View,
};
use crate::i18n::{Lang, Localized, t};
use crate::jobs::{Job, Poll};
use crate::ops::{self as flow, Error};
use crate::pki::csr::Csr;
use crate::pki::key::{CancelToken, KeygenProgress};
use crate::pki::pkcs12::Preset;
use crate::pki::request::Request;
use crate::vault::{self, Record, Unlock, Vault, VaultError, VaultState};

type OpenResult = (VaultState, Result<Vault, VaultError>);

struct Keygen {
    job: Job<Result<(Record, Csr), Error>>,
    cancel: CancelToken,
    progress: Arc<Mutex<Option<KeygenProgress>>>,
}

/// The Shomei window.
pub struct ShomeiApp {
    cfg: Config,
    lang: Lang,
    step: Step,
    vault: Option<Arc<Vault>>,
    rows: Vec<Row>,
    banner: Option<String>,
    first_frame_done: bool,
    open_job: Option<Job<OpenResult>>,
    keygen: Option<Keygen>,
    import_job: Option<Job<Result<Vec<String>, Error>>>,
    import_ids: Option<Arc<Mutex<Vec<String>>>>,
    export_job: Option<Job<Result<Vec<PathBuf>, Error>>>,
    tour: Option<super::tour::Tour>,
    inspect_job: Option<Job<Result<String, Error>>>,
    inspect_on_import_failure: Option<PathBuf>,
}

impl ShomeiApp {
    /// Builds the app; does no vault, key or network work (that starts after the first frame).
    pub fn new(cc: &eframe::CreationContext<'_>, cfg: Config) -> ShomeiApp {
        super::fonts::install(&cc.egui_ctx);
        let lang = cfg
            .lang
            .or_else(|| Settings::load(&cfg.data_dir).lang)
            .unwrap_or_else(Lang::detect);
        ShomeiApp {
            cfg,
            lang,
            step: Step::Home,
            vault: None,
            rows: Vec::new(),
            banner: None,
            first_frame_done: false,
            open_job: None,
            keygen: None,
            import_job: None,
            import_ids: None,
            export_job: None,
            tour: None,
            inspect_job: None,
            inspect_on_import_failure: None,
        }
    }

    /// Screenshot mode: shows every step with sample data, saves PNGs to `dir`, then closes.
    pub fn with_tour(mut self, dir: PathBuf) -> ShomeiApp {
        self.rows = super::tour::sample_rows();
        self.tour = Some(super::tour::Tour::new(dir));
        self.first_frame_done = true; // no vault in the tour
        self
    }

    /// The current step (for tests and screenshots).
    pub fn step(&self) -> &Step {
        &self.step
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the vault is open (the home screen's actions are enabled).
    pub fn vault_ready(&self) -> bool {
        self.vault.is_some()
    }

    /// Whether a job (vault, key, import, export) is still running.
    pub fn busy(&self) -> bool {
        self.open_job.is_some()
            || self.keygen.is_some()
            || self.import_job.is_some()
            || self.export_job.is_some()
            || self.inspect_job.is_some()
    }

    fn now(&self) -> i64 {
        self.cfg
            .now
            .unwrap_or_else(|| time::OffsetDateTime::now_utc().unix_timestamp())
    }

    fn show_error(&mut self, e: &dyn Localized) {
        self.banner = Some(e.localized(self.lang));
    }

    fn start_open(&mut self, ctx: &egui::Context, passphrase: Option<Zeroizing<String>>) {
        let dir = self.cfg.data_dir.clone();
        let c = ctx.clone();
        self.open_job = Some(Job::spawn(
            "vault",
            move || c.request_repaint(),
            move || {
                let state = match Vault::state(&dir) {
                    Ok(s) => s,
                    Err(e) => return (VaultState::Missing, Err(e)),
                };
                let need = state == VaultState::Passphrase && passphrase.is_none();
                if need {
                    return (state, Err(VaultError::NeedPassphrase));
                }
                let unlock = Unlock {
                    passphrase,
                    avoid_keyring: false,
                };
                (state.clone(), Vault::open_or_create(&dir, &unlock))
            },
        ));
    }

    fn refresh_rows(&mut self) {
        let Some(v) = &self.vault else { return };
        let now = self.now();
        match v.list() {
            Ok((records, _)) => {
                self.rows = records
                    .iter()
                    .rev()
                    .map(|r| {
                        let status = match flow::stored_chain(r) {
                            Ok(chain) => RowStatus::Issued {
                                days_left: crate::pki::reminder::days_left(chain[0].not_after, now),
                                not_after: chain[0].not_after,
                            },
                            Err(_) => RowStatus::Pending,
                        };
                        Row {
                            id: r.id.clone(),
                            title: r.request.title().to_owned(),
                            kind: if r.request.kind_str() == "smime" {
                                "kind-smime"
                            } else {
                                "kind-server"
                            },
                            key: r.request.key().display().to_owned(),
                            status,
                        }
                    })
                    .collect();
            }
            Err(e) => self.show_error(&e),
        }
    }

    /// Polls the running jobs; each finished one becomes an event.
    fn poll_jobs(&mut self, ctx: &egui::Context) {
        if let Some(job) = &mut self.open_job {
            match job.poll() {
                Poll::Pending => {}
                Poll::Lost => {
                    self.open_job = None;
                    self.banner = Some(t(self.lang, "err-internal"));
                }
                Poll::Done((state, result)) => {
                    self.open_job = None;
                    match result {
                        Ok(v) => {
                            self.vault = Some(Arc::new(v));
                            self.refresh_rows();
                            self.remind_on_start();
                            self.handle(ctx, Event::Unlocked);
                            if let Some(f) = self.cfg.open_file.take() {
                                self.open_file(ctx, f);
                            }
                        }
                        Err(VaultError::NeedPassphrase) if matches!(self.step, Step::Unlock(_)) => {
                            let msg = t(self.lang, "err-vault-need-passphrase");
                            self.handle(ctx, Event::UnlockFailed(msg));
                        }
                        Err(VaultError::NeedPassphrase) => self.handle(
                            ctx,
                            Event::NeedPassphrase {
                                creating: state == VaultState::Missing,
                            },
                        ),
                        Err(e) if matches!(self.step, Step::Unlock(_)) => {
                            let msg = e.localized(self.lang);
                            self.handle(ctx, Event::UnlockFailed(msg));
                        }
                        Err(e) => self.show_error(&e),
                    }
                }
            }
        }
        if let Some(k) = &mut self.keygen {
            let progress = *k.progress.lock().unwrap_or_else(|p| p.into_inner());
            match k.job.poll() {
                Poll::Pending => {
                    if let (
                        Some(p),
                        Step::Generating {
                            progress: shown, ..
                        },
                    ) = (progress, &self.step)
                        && *shown != Some((p.primes_found, p.candidates))
                    {
                        self.step = wizard::transition(
                            std::mem::replace(&mut self.step, Step::Home),
                            &Event::KeygenProgress(p),
                        );
                    }
                }
                Poll::Lost => {
                    self.keygen = None;
                    self.banner = Some(t(self.lang, "err-internal"));
                    self.handle(ctx, Event::KeygenFailed);
                }
                Poll::Done(result) => {
                    self.keygen = None;
                    match result {
                        Ok((record, csr)) => {
                            self.refresh_rows();
                            let info = self.csr_info(&record, &csr);
                            self.handle(ctx, Event::KeygenDone(info));
                        }
                        Err(Error::Key(crate::pki::key::KeyError::Cancelled)) => {}
                        Err(e) => {
                            self.show_error(&e);
                            self.handle(ctx, Event::KeygenFailed);
                        }
                    }
                }
            }
        }
        if let Some(job) = &mut self.import_job {
            match job.poll() {
                Poll::Pending => {}
                Poll::Lost => {
                    self.import_job = None;
                    self.banner = Some(t(self.lang, "err-internal"));
                    self.handle(ctx, Event::ImportFailed);
                }
                Poll::Done(result) => {
                    self.import_job = None;
                    match result {
                        Ok(lines) => {
                            self.inspect_on_import_failure = None;
                            self.refresh_rows();
                            let ids = self
                                .import_ids
                                .take()
                                .map(|a| a.lock().unwrap_or_else(|e| e.into_inner()).clone())
                                .unwrap_or_default();
                            self.handle(ctx, Event::ImportDone { lines, ids });
                        }
                        Err(e) => match self.inspect_on_import_failure.take() {
                            // Opened by double-click and not ours to import: show what it is.
                            Some(path)
                                if matches!(
                                    e,
                                    Error::ForeignCertificate { .. }
                                        | Error::OnlyCaCertificates { .. }
                                ) =>
                            {
                                self.handle(ctx, Event::ImportFailed);
                                self.handle(ctx, Event::InspectPath(path));
                                self.handle(ctx, Event::InspectFile);
                            }
                            _ => {
                                self.show_error(&e);
                                self.handle(ctx, Event::ImportFailed);
                            }
                        },
                    }
                }
            }
        }
        if let Some(job) = &mut self.inspect_job {
            match job.poll() {
                Poll::Pending => {}
                Poll::Lost => {
                    self.inspect_job = None;
                    self.banner = Some(t(self.lang, "err-internal"));
                }
                Poll::Done(result) => {
                    self.inspect_job = None;
                    match result {
                        Ok(text) => {
                            self.banner = None;
                            self.handle(ctx, Event::Inspected(text));
                        }
                        Err(e) => self.show_error(&e),
                    }
                }
            }
        }
        if let Some(job) = &mut self.export_job {
            match job.poll() {
                Poll::Pending => {}
                Poll::Lost => {
                    self.export_job = None;
                    self.banner = Some(t(self.lang, "err-internal"));
                    self.handle(ctx, Event::ExportFailed);
                }
                Poll::Done(result) => {
                    self.export_job = None;
                    let platform = match &self.step {
                        Step::Exporting { platform } => *platform,
                        _ => Platform::Unsure,
                    };
                    match result {
                        Ok(files) => self.handle(ctx, Event::ExportDone { files, platform }),
                        Err(e) => {
                            self.show_error(&e);
                            self.handle(ctx, Event::ExportFailed);
                        }
                    }
                }
            }
        }
    }

    /// On start: one line naming what expires within 30 days (or has expired).
    fn remind_on_start(&mut self) {
        let soon: Vec<String> = self
            .rows
            .iter()
            .filter_map(|r| match r.status {
                RowStatus::Issued { days_left, .. } if days_left <= 30 => {
                    Some(format!("{} ({days_left})", r.title))
                }
                _ => None,
            })
            .collect();
        if !soon.is_empty() {
            self.banner = Some(crate::i18n::tr(
                self.lang,
                &crate::i18n::Message::new("reminder-on-start").with("names", soon.join(", ")),
            ));
        }
    }

    /// A file given on the command line (a double-click): a .p12 opens the inspector (it needs
    /// its password), a CSR is inspected, certificates are imported — or inspected when they
    /// belong to no request here.
    fn open_file(&mut self, ctx: &egui::Context, path: PathBuf) {
        let bytes = match crate::ops::read_input(&path) {
            Ok(b) => b,
            Err(e) => {
                self.show_error(&e);
                return;
            }
        };
        if crate::pki::inspect::is_pkcs12(&bytes) {
            self.handle(ctx, Event::InspectPath(path));
        } else if crate::pki::inspect::inspect(&bytes).is_ok() {
            self.handle(ctx, Event::InspectPath(path));
            self.handle(ctx, Event::InspectFile);
        } else {
            self.inspect_on_import_failure = Some(path.clone());
            self.handle(ctx, Event::ImportPaths(vec![path]));
        }
    }

    fn today(&self) -> time::Date {
        time::OffsetDateTime::from_unix_timestamp(self.now())
            .map(|d| d.date())
            .unwrap_or(time::Date::MIN)
    }

    fn handoff_for(&self, request: &Request, lang: Lang) -> String {
        crate::i18n::report::handoff_text(&flow::handoff(request, self.today()), lang)
    }

    fn csr_info(&self, record: &Record, csr: &Csr) -> CsrInfo {
        let handoff = self.handoff_for(&record.request, self.lang);
        CsrInfo {
            id: record.id.clone(),
            title: record.request.title().to_owned(),
            csr_pem: csr.pem.clone(),
            handoff,
            saved_to: None,
            copied: false,
        }
    }

    /// Runs `ev`'s effect, then moves to the next step.
    pub fn handle(&mut self, ctx: &egui::Context, ev: Event) {
        let ev = match self.effect(ctx, ev) {
            Some(ev) => ev,
            None => return,
        };
        let step = std::mem::replace(&mut self.step, Step::Home);
        self.step = wizard::transition(step, &ev);
    }

    /// The side effect of an event. Returns the event to feed the state machine (possibly a
    /// different one carrying a result), or `None` when nothing should change.
    fn effect(&mut self, ctx: &egui::Context, ev: Event) -> Option<Event> {
        match ev {
            Event::UnlockSubmit => {
                let pass = match &self.step {
                    Step::Unlock(d) => d.passphrase.clone(),
                    _ => return None,
                };
                self.start_open(ctx, Some(pass));
                None
            }
            Event::StartKeygen => {
                let Step::KeyType(draft) = &self.step else {
                    return None;
                };
                let request = draft.request()?;
                let vault = self.vault.clone()?;
                let cancel = CancelToken::new();
                let progress = Arc::new(Mutex::new(None));
                let (c2, p2, wake) = (cancel.clone(), progress.clone(), ctx.clone());
                let wake2 = ctx.clone();
                let job = Job::spawn(
                    "keygen",
                    move || wake.request_repaint(),
                    move || {
                        flow::create_request(&vault, &request, &c2, &move |p| {
                            *p2.lock().unwrap_or_else(|e| e.into_inner()) = Some(p);
                            wake2.request_repaint();
                        })
                    },
                );
                self.keygen = Some(Keygen {
                    job,
                    cancel,
                    progress,
                });
                Some(Event::StartKeygen)
            }
            Event::KeygenCancel => {
                if let Some(k) = self.keygen.take() {
                    k.cancel.cancel();
                }
                Some(Event::KeygenCancel)
            }
            Event::CopyCsr => {
                let Step::CsrReady(c) = &self.step else {
                    return None;
                };
                ctx.copy_text(c.csr_pem.clone());
                self.cfg.host.copied(&c.csr_pem);
                Some(Event::CsrCopied)
            }
            Event::SaveCsr => {
                let Step::CsrReady(c) = &self.step else {
                    return None;
                };
                let name = ascii_name(&c.title, "csr");
                let text = c.csr_pem.clone();
                let path = self.cfg.host.save_file(&name)?;
                self.write_public(&path, text.as_bytes())
                    .map(|_| Event::CsrSaved(path))
            }
            Event::SaveHandoff => {
                let Step::CsrReady(c) = &self.step else {
                    return None;
                };
                let name = ascii_name(&c.title, "txt");
                let text = format!("{}\n{}", c.handoff, c.csr_pem);
                let path = self.cfg.host.save_file(&name)?;
                self.write_public(&path, text.as_bytes());
                None
            }
            Event::PickFiles => {
                match self.cfg.host.pick_files() {
                    Some(paths) if !paths.is_empty() => self.effect(ctx, Event::ImportPaths(paths)),
                    _ => {
                        // Cancel, or no dialog on this desktop: say what else works.
                        self.banner = Some(t(self.lang, "import-no-dialog"));
                        None
                    }
                }
            }
            Event::ImportPaths(paths) => {
                let vault = self.vault.clone()?;
                let lang = self.lang;
                let now = time::OffsetDateTime::from_unix_timestamp(self.now())
                    .unwrap_or_else(|_| time::OffsetDateTime::now_utc());
                let ids = Arc::new(Mutex::new(Vec::new()));
                let ids2 = ids.clone();
                let wake = ctx.clone();
                self.import_job = Some(Job::spawn(
                    "import",
                    move || wake.request_repaint(),
                    move || {
                        let mut files = Vec::new();
                        for p in &paths {
                            let name = p
                                .file_name()
                                .map(|n| n.to_string_lossy().into_owned())
                                .unwrap_or_default();
                            files.push((name, crate::ops::read_input(p)?));
                        }
                        let done = flow::import(&vault, &files, now)?;
                        *ids2.lock().unwrap_or_else(|e| e.into_inner()) =
                            done.iter().map(|d| d.record.id.clone()).collect();
                        Ok(done
                            .iter()
                            .flat_map(|d| {
                                crate::i18n::report::import_report(d, lang)
                                    .lines()
                                    .map(str::to_owned)
                                    .collect::<Vec<_>>()
                            })
                            .collect())
                    },
                ));
                // The ids arrive with the result; keep the handle to read them then.
                self.import_ids = Some(ids);
                self.banner = None;
                Some(Event::ImportPaths(Vec::new()))
            }
            Event::ExportRequest(id) => {
                let vault = self.vault.clone()?;
                match vault.get(&id) {
                    Ok(record) => {
                        let year = time::OffsetDateTime::now_utc().year();
                        let draft = P12Draft {
                            id: record.id.clone(),
                            title: record.request.title().to_owned(),
                            default_name: flow::default_p12_name(&record, year),
                            context: flow::password_context(&record).words,
                            password: Zeroizing::new(String::new()),
                            confirm: Zeroizing::new(String::new()),
                            show: false,
                        };
                        Some(Event::ExportFor(draft))
                    }
                    Err(e) => {
                        self.show_error(&e);
                        None
                    }
                }
            }
            Event::GeneratePassword => {
                if let Step::P12Password(d) = &mut self.step {
                    let pw = crate::pki::password::generate(16);
                    d.password = pw.clone();
                    d.confirm = pw;
                    d.show = true;
                }
                None
            }
            Event::CopyPassword => {
                if let Step::P12Password(d) = &self.step {
                    ctx.copy_text(d.password.to_string());
                    self.cfg.host.copied(&d.password);
                }
                None
            }
            Event::SavePkcs12(platform) => {
                let Step::P12Platform { draft, .. } = &self.step else {
                    return None;
                };
                let path = self.cfg.host.save_file(&draft.default_name)?;
                let vault = self.vault.clone()?;
                let (id, pw) = (draft.id.clone(), draft.password.clone());
                let wake = ctx.clone();
                self.export_job = Some(Job::spawn(
                    "export",
                    move || wake.request_repaint(),
                    move || {
                        let mut plan = vec![(Preset::Modern, path.clone())];
                        if platform == Platform::Unsure {
                            plan.push((Preset::Compatible, compatible_twin(&path)));
                        }
                        let mut files = Vec::new();
                        for (preset, p) in plan {
                            flow::export_p12(&vault, &id, &pw, preset, false, &p)?;
                            files.push(p);
                        }
                        Ok(files)
                    },
                ));
                Some(Event::SavePkcs12(platform))
            }
            Event::Renew(id) => {
                let vault = self.vault.clone()?;
                let record = match vault.get(&id) {
                    Ok(r) => r,
                    Err(e) => {
                        self.show_error(&e);
                        return None;
                    }
                };
                let draft = match flow::renewal_request(&record) {
                    Request::Smime(r) => Draft::Smime(SmimeDraft {
                        emails: r.emails.join("\n"),
                        organization: r.organization,
                        choice: r.choice,
                        key: r.key,
                    }),
                    Request::Server(r) => {
                        let cn = r.common_name.clone();
                        let twin = cn
                            .strip_prefix("www.")
                            .map(str::to_owned)
                            .unwrap_or_else(|| format!("www.{cn}"));
                        let www = r.sans.contains(&twin);
                        Draft::Server(ServerDraft {
                            sans: r
                                .sans
                                .iter()
                                .filter(|s| **s != cn && !(www && **s == twin))
                                .cloned()
                                .collect::<Vec<_>>()
                                .join("\n"),
                            common_name: r.common_name_unicode,
                            www,
                            country: r.country,
                            state: r.state,
                            locality: r.locality,
                            organization: r.organization,
                            key: r.key,
                        })
                    }
                };
                self.banner = Some(t(
                    self.lang,
                    if matches!(draft, Draft::Smime(_)) {
                        "renew-smime-note"
                    } else {
                        "renew-server-note"
                    },
                ));
                Some(Event::RenewFrom(draft))
            }
            Event::SaveReminder(id) => {
                let vault = self.vault.clone()?;
                let record = vault.get(&id).ok()?;
                let chain = flow::stored_chain(&record).ok()?;
                let ics = crate::i18n::calendar::ics(
                    record.request.title(),
                    chain[0].not_after,
                    self.now(),
                    self.lang,
                );
                let path = self.cfg.host.save_file(&ascii_name(
                    &format!("{}-expiry", record.request.title()),
                    "ics",
                ))?;
                self.write_public(&path, ics.as_bytes());
                self.banner = Some(crate::i18n::tr(
                    self.lang,
                    &crate::i18n::Message::new("csr-saved")
                        .with("path", path.display().to_string()),
                ));
                None
            }
            Event::SaveFullchain(id) => {
                let vault = self.vault.clone()?;
                let record = vault.get(&id).ok()?;
                let pem = match flow::fullchain_pem(&record) {
                    Ok(p) => p,
                    Err(e) => {
                        self.show_error(&e);
                        return None;
                    }
                };
                let path = self.cfg.host.save_file(&ascii_name(
                    &format!("{}-fullchain", record.request.title()),
                    "pem",
                ))?;
                self.write_public(&path, pem.as_bytes());
                self.banner = Some(crate::i18n::tr(
                    self.lang,
                    &crate::i18n::Message::new("csr-saved")
                        .with("path", path.display().to_string()),
                ));
                None
            }
            Event::SaveServerKey(id) => {
                let vault = self.vault.clone()?;
                let record = vault.get(&id).ok()?;
                Some(Event::ServerKeyFor(ServerKeyDraft {
                    id: record.id.clone(),
                    title: record.request.title().to_owned(),
                    context: flow::password_context(&record).words,
                    passphrase: Zeroizing::new(String::new()),
                    confirm: Zeroizing::new(String::new()),
                    understood: false,
                }))
            }
            Event::WriteServerKey => {
                let Step::ServerKey(d) = &self.step else {
                    return None;
                };
                let (id, title, pass) = (d.id.clone(), d.title.clone(), d.passphrase.clone());
                let vault = self.vault.clone()?;
                let path = self
                    .cfg
                    .host
                    .save_file(&ascii_name(&format!("{title}-key"), "pem"))?;
                match flow::encrypted_key_pem(&vault, &id, &pass) {
                    Ok(pem) => {
                        if vault::atomic::write_atomic(&path, pem.as_bytes()).is_err() {
                            self.banner = Some(t(self.lang, "err-internal"));
                            return None;
                        }
                        self.banner = Some(crate::i18n::tr(
                            self.lang,
                            &crate::i18n::Message::new("csr-saved")
                                .with("path", path.display().to_string()),
                        ));
                        Some(Event::Home)
                    }
                    Err(e) => {
                        self.show_error(&e);
                        None
                    }
                }
            }
            Event::InspectFile => {
                let Step::Inspect {
                    typed_path,
                    password,
                    ..
                } = &self.step
                else {
                    return None;
                };
                let path = PathBuf::from(typed_path.trim().trim_matches('"'));
                let pw = (!password.is_empty()).then(|| password.clone());
                let (lang, now) = (self.lang, self.now());
                let wake = ctx.clone();
                self.inspect_job = Some(Job::spawn(
                    "inspect",
                    move || wake.request_repaint(),
                    move || {
                        let bytes = crate::ops::read_input(&path)?;
                        let name = path.display().to_string();
                        let found = flow::inspect_file(
                            &name,
                            &bytes,
                            pw.as_deref().map(|s| s.as_str()),
                            now,
                        )?;
                        Ok(crate::i18n::report::inspection_report(&found, lang))
                    },
                ));
                None
            }
            Event::Home | Event::ExportDone { .. } => {
                self.refresh_rows();
                Some(ev)
            }
            other => Some(other),
        }
    }

    fn write_public(&mut self, path: &Path, bytes: &[u8]) -> Option<()> {
        match vault::atomic::write_public_atomic(path, bytes) {
            Ok(()) => Some(()),
            Err(source) => {
                self.show_error(&Error::Write {
                    path: path.to_path_buf(),
                    source,
                });
                None
            }
        }
    }

    fn set_lang(&mut self, ctx: &egui::Context, lang: Lang) {
        if self.lang == lang {
            return;
        }
        self.lang = lang;
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(t(lang, "app-title")));
        let _ = Settings { lang: Some(lang) }.save(&self.cfg.data_dir);
        // The hand-off sheet is text in the old language: rebuild it.
        if let Step::CsrReady(c) = &self.step
            && let Some(v) = &self.vault
            && let Ok(r) = v.get(&c.id)
        {
            let handoff = self.handoff_for(&r.request, lang);
            if let Step::CsrReady(c) = &mut self.step {
                c.handoff = handoff;
            }
        }
    }

    fn top_bar(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        ui.horizontal(|ui| {
            ui.heading(t(self.lang, "app-title"));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .selectable_label(self.lang == Lang::En, t(self.lang, "lang-en"))
                    .clicked()
                {
                    self.set_lang(&ctx, Lang::En);
                }
                if ui
                    .selectable_label(self.lang == Lang::Ja, t(self.lang, "lang-ja"))
                    .clicked()
                {
                    self.set_lang(&ctx, Lang::Ja);
                }
            });
        });
    }
}

/// `taro@example.co.jp` → `taro_example_co_jp.csr`: files get ASCII names.
fn ascii_name(title: &str, ext: &str) -> String {
    let base: String = title
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    let base = base.trim_matches('_');
    format!("{}.{ext}", if base.is_empty() { "request" } else { base })
}

/// `x.p12` → `x-compatible.p12`.
fn compatible_twin(p: &Path) -> PathBuf {
    let stem = p
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    p.with_file_name(format!("{stem}-compatible.p12"))
}

impl eframe::App for ShomeiApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if let Some((lang, step)) = self.tour.as_ref().and_then(|t| t.current()) {
            let step = step.clone();
            if self.lang != lang {
                self.lang = lang;
            }
            self.step = step;
        }
        self.poll_jobs(&ctx);
        // Files dropped on the window go to import.
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty()
            && self.vault.is_some()
            && matches!(self.step, Step::Home | Step::ImportPick { .. })
        {
            self.handle(&ctx, Event::ImportPaths(dropped));
        }
        egui::Panel::top("top").show(ui, |ui| self.top_bar(ui));
        let mut ev = None;
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(b) = self.banner.clone() {
                ui.horizontal(|ui| {
                    error_line(ui, &b);
                    if ui.small_button(t(self.lang, "banner-dismiss")).clicked() {
                        self.banner = None;
                    }
                });
                ui.separator();
            }
            if self.vault.is_none()
                && !matches!(self.step, Step::Unlock(_))
                && self.open_job.is_some()
            {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t(self.lang, "vault-opening"));
                });
            }
            let view = View {
                tr: Tr(self.lang),
                rows: &self.rows,
                vault_ready: self.vault.is_some() || self.tour.is_some(),
            };
            egui::ScrollArea::vertical().show(ui, |ui| {
                ev = match &mut self.step {
                    Step::Home => wizard::home::ui(&view, ui),
                    Step::Unlock(d) => wizard::unlock::ui(d, &view, ui),
                    Step::SmimeDetails(d) => wizard::smime_details::ui(d, &view, ui),
                    Step::SmimeProfile(d) => wizard::smime_profile::ui(d, &view, ui),
                    Step::ServerDetails(d) => wizard::server_details::ui(d, &view, ui),
                    Step::ServerSubject(d) => wizard::server_subject::ui(d, &view, ui),
                    Step::ServerKey(d) => wizard::server_key::ui(d, &view, ui),
                    Step::Inspect {
                        typed_path,
                        password,
                        result,
                    } => wizard::inspect::ui(typed_path, password, result, &view, ui),
                    Step::KeyType(d) => wizard::key_type::ui(d, &view, ui),
                    Step::Generating { progress, .. } => {
                        wizard::generating::ui(*progress, &view, ui)
                    }
                    Step::CsrReady(c) => wizard::csr_ready::ui(c, &view, ui),
                    Step::ImportPick { typed_path } => {
                        wizard::import_pick::ui(typed_path, &view, ui)
                    }
                    Step::Importing => {
                        ui.horizontal(|ui| {
                            ui.spinner();
                            ui.label(t(self.lang, "import-running"));
                        });
                        None
                    }
                    Step::ImportDone { lines, ids } => {
                        wizard::import_done::ui(lines, ids, &view, ui)
                    }
                    Step::P12Password(d) => wizard::p12_password::ui(d, &view, ui),
                    Step::P12Platform { platform, .. } => {
                        wizard::p12_platform::ui(platform, &view, ui)
                    }
                    Step::Exporting { .. } => {
                        ui.horizontal(|ui| {
                            ui.spinner();
                            ui.label(t(self.lang, "export-running"));
                        });
                        None
                    }
                    Step::ExportDone { files, platform } => {
                        wizard::export_done::ui(files, *platform, &view, ui)
                    }
                };
            });
        });
        if let Some(tour) = &mut self.tour {
            tour.after_frame(&ctx);
            return;
        }
        if let Some(ev) = ev {
            self.handle(&ctx, ev);
        }
        if !self.first_frame_done {
            // The first frame is on screen; now the vault (keyring, KDF) may be touched.
            self.first_frame_done = true;
            let pass = self.cfg.passphrase.clone();
            self.start_open(&ctx, pass);
        }
        if self.keygen.is_some()
            || self.import_job.is_some()
            || self.export_job.is_some()
            || self.open_job.is_some()
        {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_ascii() {
        assert_eq!(
            ascii_name("taro@example.co.jp", "csr"),
            "taro_example_co_jp.csr"
        );
        assert_eq!(ascii_name("例え", "csr"), "request.csr");
        assert_eq!(
            compatible_twin(Path::new("/x/a.p12")),
            PathBuf::from("/x/a-compatible.p12")
        );
    }

    #[test]
    fn new_draft_starts_at_the_cas_defaults() {
        let d = SmimeDraft::default();
        assert_eq!(d.key, crate::pki::key::KeySpec::Rsa2048);
        assert_eq!(d.choice.profile, crate::pki::profile::Profile::Strict);
    }

    #[test]
    fn message_ids_used_here_exist() {
        for id in [
            "app-title",
            "lang-en",
            "lang-ja",
            "err-internal",
            "vault-opening",
            "import-running",
            "export-running",
            "banner-dismiss",
            "import-no-dialog",
        ] {
            assert_ne!(t(Lang::En, id), id);
        }
    }
}
