//! The wizard: eframe/egui over the core. View code draws and returns what the user asked for (an
//! `Intent`); `wizard::transition` moves between pages; `app` does the work (jobs, dialogs,
//! files) and `wizard::settle` decides where its `Outcome` leads. No crypto or file I/O in view
//! code.

pub mod app;
pub mod bar;
pub mod chrome;
pub mod design;
pub mod fonts;
pub mod host;
pub mod keyboard;
pub mod save;
pub mod settings;
pub mod tour;
pub mod widgets;
pub mod wizard;

use std::path::PathBuf;

use zeroize::Zeroizing;

use crate::i18n::Lang;
pub use app::ShomeiApp;
pub use host::{Host, NativeHost};

/// Everything the app needs from outside, so tests can supply their own.
pub struct Config {
    /// Where the vault and settings live.
    pub data_dir: PathBuf,
    /// A vault passphrase from the environment (automation); otherwise the window asks.
    pub passphrase: Option<Zeroizing<String>>,
    /// The language to start in (`None`: remembered setting, else the OS locale).
    pub lang: Option<Lang>,
    /// File dialogs and the clipboard.
    pub host: Box<dyn Host>,
    /// A file given on the command line (double-click on a .crt/.p7b/.zip …).
    pub open_file: Option<PathBuf>,
    /// Today's date for expiry judgements, as Unix seconds (tests inject it).
    pub now: Option<i64>,
}

impl Config {
    /// From the environment: `SHOMEI_DATA_DIR`, `SHOMEI_VAULT_PASSPHRASE`, `SHOMEI_LANG`.
    pub fn from_env(open_file: Option<PathBuf>) -> Option<Config> {
        Some(Config {
            data_dir: crate::vault::default_dir()?,
            passphrase: std::env::var("SHOMEI_VAULT_PASSPHRASE")
                .ok()
                .filter(|p| !p.is_empty())
                .map(Zeroizing::new),
            lang: std::env::var("SHOMEI_LANG")
                .ok()
                .and_then(|l| Lang::parse(&l)),
            host: Box::new(NativeHost),
            open_file,
            now: None,
        })
    }
}

/// The window icon (the same artwork as the desktop and installer icons).
pub fn icon() -> egui::IconData {
    const PNG: &[u8] = include_bytes!("../../assets/icons/shomei-256.png");
    match image::load_from_memory_with_format(PNG, image::ImageFormat::Png) {
        Ok(img) => {
            let rgba = img.to_rgba8();
            egui::IconData {
                width: rgba.width(),
                height: rgba.height(),
                rgba: rgba.into_raw(),
            }
        }
        Err(_) => egui::IconData::default(),
    }
}

/// The program's entry when the wizard is wanted: opens the window (on `open_file`, if given)
/// and returns the exit status, explaining in the user's language what went wrong.
pub fn main(open_file: Option<PathBuf>) -> std::process::ExitCode {
    use std::process::ExitCode;
    let lang = Lang::detect();
    // Only a terminal can see these two lines (no window is open): they speak as the CLI.
    let console = |m: &crate::i18n::Message| crate::i18n::say_as(lang, crate::i18n::Face::Cli, m);
    let Some(config) = Config::from_env(open_file) else {
        eprintln!(
            "{}",
            console(&crate::i18n::Message::new("err-vault-no-dir"))
        );
        return ExitCode::FAILURE;
    };
    match run(config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "{}",
                console(&crate::i18n::Message::new("err-window").with("detail", e))
            );
            ExitCode::FAILURE
        }
    }
}

/// The window's first size: `SHOMEI_WINDOW_SIZE=WxH` (screenshots, tests), else one that
/// fits an 1366×768 laptop with room for the taskbar.
fn window_size() -> [f32; 2] {
    std::env::var("SHOMEI_WINDOW_SIZE")
        .ok()
        .and_then(|s| {
            let (w, h) = s.split_once('x')?;
            Some([w.trim().parse().ok()?, h.trim().parse().ok()?])
        })
        .unwrap_or([960.0, 700.0])
}

/// Opens the window. Returns when it is closed.
pub fn run(config: Config) -> Result<(), String> {
    let title_lang = config
        .lang
        .or_else(|| settings::Settings::load(&config.data_dir).lang)
        .unwrap_or_else(Lang::detect);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(crate::i18n::say(title_lang, "app-title"))
            .with_app_id("jp.shomei.Shomei")
            .with_inner_size(window_size())
            .with_min_inner_size([640.0, 480.0])
            .with_icon(icon()),
        ..Default::default()
    };
    let tour = std::env::var_os("SHOMEI_SCREENSHOT_DIR").map(PathBuf::from);
    eframe::run_native(
        "Shomei",
        options,
        Box::new(move |cc| {
            let app = ShomeiApp::new(cc, config);
            Ok(Box::new(match tour {
                Some(dir) => app.with_tour(dir),
                None => app,
            }))
        }),
    )
    .map_err(|e| e.to_string())
}
