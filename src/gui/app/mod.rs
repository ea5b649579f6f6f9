//! The eframe app: owns the wizard's step, the language, the open vault and the job registry.
//! Each frame it settles what finished jobs answered (`outcomes`), draws the current step (text
//! is made at draw time, in the current language) and does what the step's [`Intent`] asks
//! (`effects`, which routes work to its subject — `opening`, `requesting`, `importing`,
//! `exporting`, `inspecting`, `saving`). Background work runs in `jobs`.

mod effects;
mod exporting;
mod importing;
mod inspecting;
mod jobs;
mod opening;
mod outcomes;
mod requesting;
mod saving;

use std::path::PathBuf;
use std::sync::Arc;

use super::Config;
use super::design::{self, Tone};
use super::save;
use super::settings::Settings;
use super::widgets::Tr;
use super::wizard::{self, Intent, RequestStatus, Row, Step, View};
use crate::i18n::{Lang, Localized, Message, say};
use crate::ops;
use crate::pki::reminder;
use crate::vault::Vault;
use jobs::Jobs;

/// The Shomei window.
pub struct ShomeiApp {
    cfg: Config,
    lang: Lang,
    step: Step,
    vault: Option<Arc<Vault>>,
    rows: Vec<Row>,
    /// A notice for the current screen, rendered in the current language when drawn; gone
    /// when the user moves to another screen.
    banner: Option<Notice>,
    /// Record files in the vault that cannot be read (shown on the home screen).
    damaged: Vec<PathBuf>,
    /// A save waiting for the user to confirm its place (no dialog, or the dialog gave none).
    save_prompt: Option<save::Prompt<saving::SaveJob>>,
    /// What the page said last frame (to scroll up when something new is said).
    last_said: (Option<Notice>, bool),
    first_frame_done: bool,
    jobs: Jobs,
    tour: Option<super::tour::Tour>,
}

impl ShomeiApp {
    /// Builds the app; does no vault, key or network work (that starts after the first frame).
    pub fn new(cc: &eframe::CreationContext<'_>, cfg: Config) -> ShomeiApp {
        super::fonts::install(&cc.egui_ctx);
        design::install(&cc.egui_ctx);
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
            damaged: Vec::new(),
            save_prompt: None,
            last_said: (None, false),
            first_frame_done: false,
            jobs: Jobs::default(),
            tour: None,
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

    /// Whether a job (vault, key, import, export, inspection) is still running.
    pub fn busy(&self) -> bool {
        self.jobs.busy()
    }

    fn now(&self) -> i64 {
        self.cfg
            .now
            .unwrap_or_else(|| time::OffsetDateTime::now_utc().unix_timestamp())
    }

    fn now_utc(&self) -> time::OffsetDateTime {
        time::OffsetDateTime::from_unix_timestamp(self.now())
            .unwrap_or_else(|_| time::OffsetDateTime::now_utc())
    }

    fn today(&self) -> time::Date {
        self.now_utc().date()
    }

    fn refresh_rows(&mut self) {
        let Some(v) = &self.vault else { return };
        let now = self.now();
        match v.list() {
            Ok((records, damaged)) => {
                // A record file that cannot be read is left as it is; the home list says so, as
                // the command line's `list` does, for as long as it is there.
                self.damaged = damaged;
                self.rows = records
                    .iter()
                    .rev()
                    .map(|r| {
                        let status = ops::status(r, now);
                        Row {
                            made: r.created.get(..10).unwrap_or_default().to_owned(),
                            id: r.id.clone(),
                            title: r.request.title().to_owned(),
                            kind: r.request.kind(),
                            key: r.request.key().display().to_owned(),
                            status,
                        }
                    })
                    .collect();
                // Two rows that would read the same (a renewal made the same day) get the time.
                let made: Vec<(String, String)> = records
                    .iter()
                    .rev()
                    .map(|r| (r.request.title().to_owned(), r.created.clone()))
                    .collect();
                for (i, row) in self.rows.iter_mut().enumerate() {
                    let twins = made
                        .iter()
                        .filter(|(t, c)| *t == row.title && c.get(..10) == Some(row.made.as_str()))
                        .count();
                    if twins > 1 {
                        let time = made[i].1.get(11..19).unwrap_or_default();
                        row.made = format!("{} {time} UTC", row.made);
                    }
                }
            }
            Err(e) => self.banner = Some(Notice::error(e.message())),
        }
    }

    /// On start: one line naming what expires soon (or has expired), on the reminder schedule.
    fn remind_on_start(&mut self) {
        let soon: Vec<String> = self
            .rows
            .iter()
            .filter_map(|r| match r.status {
                RequestStatus::Issued { days_left, .. } if reminder::notice_on_start(days_left) => {
                    Some(format!("{} ({days_left})", r.title))
                }
                _ => None,
            })
            .collect();
        if !soon.is_empty() {
            self.banner = Some(Notice::warning(
                Message::new("reminder-on-start").with("names", soon.join(", ")),
            ));
        }
    }

    /// Everything on screen is drawn from typed state, so switching the language needs no
    /// reloading: the next frame renders it all in the new language.
    fn set_lang(&mut self, ctx: &egui::Context, lang: Lang) {
        if self.lang == lang {
            return;
        }
        self.lang = lang;
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(say(lang, "app-title")));
        let _ = Settings { lang: Some(lang) }.save(&self.cfg.data_dir);
    }

    /// An error about the file on a page that takes a file (inspect, import): it belongs
    /// under the path field.
    fn file_problem(&self) -> Option<&Message> {
        let b = self.banner.as_ref()?;
        (matches!(self.step, Step::Inspect { .. } | Step::ImportPick { .. })
            && b.tone == Tone::Error)
            .then_some(&b.message)
    }

    fn step_ui(&mut self, ui: &mut egui::Ui) -> Option<Intent> {
        let view = View {
            tr: Tr(self.lang),
            rows: &self.rows,
            vault_ready: self.vault.is_some() || self.tour.is_some(),
            today: self.today(),
            file_problem: self.file_problem().map(|m| say(self.lang, m)),
            damaged: &self.damaged,
        };
        match &mut self.step {
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
            } => wizard::inspect::ui(typed_path, password, result.as_deref(), &view, ui),
            Step::KeyType(d) => wizard::key_type::ui(d, &view, ui),
            Step::Generating { progress, .. } => wizard::generating::ui(*progress, &view, ui),
            Step::CsrReady(c) => wizard::csr_ready::ui(c, &view, ui),
            Step::ImportPick { typed_path } => wizard::import_pick::ui(typed_path, &view, ui),
            Step::Importing => wizard::working::ui("import-running", &view, ui),
            Step::ImportDone(imported) => wizard::import_done::ui(imported, &view, ui),
            Step::P12Password(d) => wizard::p12_password::ui(d, &view, ui),
            Step::P12Platform { draft, platform } => {
                wizard::p12_platform::ui(draft, platform, &view, ui)
            }
            Step::Exporting { .. } => wizard::working::ui("export-running", &view, ui),
            Step::ExportDone { files, platform } => {
                wizard::export_done::ui(files, *platform, &view, ui)
            }
        }
    }
}

impl eframe::App for ShomeiApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        design::begin_frame(&ctx);
        if !self.first_frame_done {
            // The first screen takes the focus like every other.
            design::step_entered(&ctx);
        }
        if let Some((lang, step)) = self.tour.as_ref().and_then(|t| t.current()) {
            let step = step.clone();
            if self.lang != lang {
                self.lang = lang;
            }
            self.step = step;
        }
        for outcome in self.jobs.poll() {
            self.settle(&ctx, outcome);
        }
        // Files dropped on the window go to import.
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if let (Some(first), Step::Inspect { password, .. }) = (dropped.first(), &self.step) {
            // Dropped on the inspector: that file is the one to look at.
            let password = (!password.is_empty()).then(|| wizard::Secret::new(password));
            self.handle(
                &ctx,
                Intent::InspectDropped {
                    path: first.clone(),
                    password,
                },
            );
        } else if !dropped.is_empty()
            && self.vault.is_some()
            && matches!(self.step, Step::Home | Step::ImportPick { .. })
        {
            self.navigate(&ctx, Intent::ImportPaths(dropped));
        }
        let tr = Tr(self.lang);
        let journey = super::chrome::journey(&self.step, tr);
        let title = say(self.lang, "app-title");
        // What the user asked for this frame, in the page's chrome or on the page itself.
        let mut asks: Vec<Intent> = Vec::new();
        let mut switched = None;
        let mut ev = None;
        let mut declared = super::bar::Declared::default();
        let lang = self.lang;
        // A new message or save prompt appears at the top of the page: scroll up to it (the
        // button pressed may be far down a long home page).
        let said = (self.banner.clone(), self.save_prompt.is_some());
        let to_top = (said.0.is_some() || said.1) && said != self.last_said;
        self.last_said = said;
        let fill = ctx.global_style().visuals.panel_fill;
        egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(fill))
            .show(ui, |ui| {
                let action = design::frame(
                    ui,
                    &title,
                    journey.as_ref().map(|(names, at)| (names.as_slice(), *at)),
                    |ui| {
                        if let Some(b) = self
                            .banner
                            .as_ref()
                            .filter(|_| self.file_problem().is_none())
                        {
                            let text = say(self.lang, &b.message);
                            if design::message(
                                ui,
                                b.tone,
                                &text,
                                Some(&say(self.lang, "banner-dismiss")),
                            ) {
                                asks.push(Intent::DismissNotice);
                            }
                            design::gap(ui);
                        }
                        if let Some(p) = &mut self.save_prompt {
                            asks.extend(save::prompt_ui(ui, tr, p));
                            design::gap(ui);
                        }
                        if self.vault.is_none()
                            && !matches!(self.step, Step::Unlock(_))
                            && self.jobs.is_running(jobs::JobKind::Vault)
                        {
                            ui.horizontal(|ui| {
                                ui.spinner();
                                ui.label(say(self.lang, "vault-opening"));
                            });
                        }
                        ev = self.step_ui(ui);
                    },
                    || {
                        declared = super::bar::take(&ctx);
                        declared.bar.clone()
                    },
                    |ui| switched = lang_switch(ui, lang),
                    to_top,
                );
                asks.extend(switched.take());
                asks.extend(declared.intent(action, ev.take()));
            });
        if let Some(tour) = &mut self.tour {
            tour.after_frame(&ctx);
            return;
        }
        for intent in asks {
            self.navigate(&ctx, intent);
        }
        if !self.first_frame_done {
            // The first frame is on screen; now the vault (keyring, KDF) may be touched.
            self.first_frame_done = true;
            let pass = self.cfg.passphrase.clone();
            self.start_open(&ctx, pass);
        }
        if self.jobs.busy() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }
}

/// The notice at the top of the page: what it says, and how it reads — decided where it is
/// said, never guessed from its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Notice {
    pub message: Message,
    pub tone: Tone,
}

impl Notice {
    pub fn error(message: Message) -> Notice {
        Notice {
            message,
            tone: Tone::Error,
        }
    }

    pub fn success(message: Message) -> Notice {
        Notice {
            message,
            tone: Tone::Success,
        }
    }

    pub fn warning(message: Message) -> Notice {
        Notice {
            message,
            tone: Tone::Warning,
        }
    }
}

/// The language switch: a drop-down (a deliberate choice, never a stray Space on a toggle).
fn lang_switch(ui: &mut egui::Ui, lang: Lang) -> Option<Intent> {
    let mut chosen = lang;
    egui::ComboBox::from_id_salt("shomei-lang")
        .selected_text(say(lang, lang))
        .show_ui(ui, |ui| {
            for l in Lang::ALL {
                ui.selectable_value(&mut chosen, l, say(l, l));
            }
        })
        .response
        .on_hover_text(say(lang, "lang-switch"))
        .accessible_name(say(lang, "lang-switch"));
    (chosen != lang).then_some(Intent::SetLang(chosen))
}

#[cfg(test)]
mod tests {
    use super::effects::ascii_name;
    use super::*;

    #[test]
    fn file_names_are_ascii() {
        assert_eq!(
            ascii_name("taro@example.co.jp", "csr"),
            "taro_example_co_jp.csr"
        );
        assert_eq!(ascii_name("例え", "csr"), "request.csr");
        assert_eq!(
            crate::pki::pkcs12::twin_file_name("a", crate::pki::pkcs12::Preset::Compatible),
            "a-compatible.p12"
        );
    }

    #[test]
    fn new_draft_starts_where_the_guide_says_if_unsure() {
        let d = wizard::SmimeDraft::default();
        assert_eq!(d.key, crate::pki::key::KeySpec::Rsa2048);
        // 「どちらを選択するか不明な場合には Multipurpose を選択してください」(docs/domain.md [D1]).
        assert_eq!(d.choice.profile, crate::pki::profile::Profile::Multipurpose);
    }
}
