//! The one GUI harness the window's tests share (desktop.rs, wizard.rs): the app in
//! egui_kittest with a fake desktop, and the ways a user drives it — by the labels on screen.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use shomei::gui::{Config, Host, ShomeiApp};
use shomei::i18n::Lang;
use zeroize::Zeroizing;

use crate::common::PASSPHRASE;

pub type App = Harness<'static, ShomeiApp>;

/// A desktop whose file dialogs answer with a path in `dir` (recorded in `saved`), or — with
/// `dialogs: false` — a desktop where none can open, as rfd behaves without a portal. The
/// clipboard is recorded; the Documents folder is `dir/Documents`.
#[derive(Clone)]
pub struct FakeHost {
    pub dir: PathBuf,
    pub dialogs: bool,
    pub saved: Arc<Mutex<Vec<PathBuf>>>,
    pub copied: Arc<Mutex<Vec<String>>>,
}

impl Default for FakeHost {
    fn default() -> Self {
        FakeHost {
            dir: PathBuf::new(),
            dialogs: true,
            saved: Arc::default(),
            copied: Arc::default(),
        }
    }
}

impl Host for FakeHost {
    fn pick_files(&self) -> Option<Vec<PathBuf>> {
        None // as rfd does on a desktop without a portal: the typed path must work
    }
    fn save_file(&self, default_name: &str) -> Option<PathBuf> {
        assert!(self.dialogs, "a dialog was tried where none can open");
        let p = self.dir.join(default_name);
        self.saved.lock().unwrap().push(p.clone());
        Some(p)
    }
    fn copied(&self, text: &str) {
        self.copied.lock().unwrap().push(text.to_owned());
    }
    fn dialogs_available(&self) -> bool {
        self.dialogs
    }
    fn documents_dir(&self) -> Option<PathBuf> {
        Some(self.dir.join("Documents"))
    }
}

/// The app's configuration for a test: the test passphrase, `lang`, no file to open.
pub fn config(lang: Lang, data_dir: PathBuf, host: FakeHost) -> Config {
    Config {
        data_dir,
        passphrase: Some(Zeroizing::new(PASSPHRASE.to_owned())),
        lang: Some(lang),
        host: Box::new(host),
        open_file: None,
        now: None,
    }
}

/// The app in a 900×1000 window, its vault open.
pub fn harness(lang: Lang, data_dir: PathBuf, host: FakeHost) -> App {
    harness_sized(lang, data_dir, host, egui::vec2(900.0, 1000.0))
}

pub fn harness_sized(lang: Lang, data_dir: PathBuf, host: FakeHost, size: egui::Vec2) -> App {
    let mut h = app(config(lang, data_dir, host), size);
    wait(&mut h, "the vault to open", |app| app.vault_ready());
    h
}

/// The smallest supported window, 800×600 (kittest's default too).
pub const SMALLEST: egui::Vec2 = egui::vec2(800.0, 600.0);

/// The app started with `cfg` in a `size` window, before its first frame: the one place a test
/// builds a window (the tests above wait for the vault; a test that starts locked, with a file
/// to open or at another date builds its own `Config` and waits for what it needs).
pub fn app(cfg: Config, size: egui::Vec2) -> App {
    Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| ShomeiApp::new(cc, cfg))
}

/// Steps the UI (jobs run on their threads) until `done` holds; fails after 60 s.
pub fn wait(h: &mut App, what: &str, done: impl Fn(&ShomeiApp) -> bool) {
    let t0 = Instant::now();
    loop {
        h.step();
        if done(h.state()) {
            h.step();
            h.step();
            return;
        }
        assert!(
            t0.elapsed() < Duration::from_secs(60),
            "timed out waiting for {what}: {:?}",
            h.state().step()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// A few frames, so what a click set in motion is on screen.
pub fn settle(h: &mut App) {
    for _ in 0..3 {
        h.step();
    }
}

pub fn click(h: &mut App, label: &str) {
    h.get_by_role_and_label(Role::Button, label).click();
    settle(h);
}

pub fn type_into(h: &mut App, role: Role, label: &str, text: &str) {
    let node = h.get_by_role_and_label(role, label);
    node.focus();
    node.type_text(text);
    settle(h);
}

pub fn key(h: &mut App, k: egui::Key) {
    h.key_press(k);
    settle(h);
}

/// Nothing on screen reaches past the window's right edge (no sideways scrolling, no cut-off
/// buttons).
pub fn assert_fits(h: &App, width: f64, what: &str) {
    let mut wide = Vec::new();
    for node in h.root().query_all(egui_kittest::kittest::by()) {
        let n = node.accesskit_node();
        if let Some(b) = n.bounding_box()
            && b.x1 > width + 1.0
        {
            wide.push(format!("{:?} {:?} x1={}", n.role(), n.label(), b.x1));
        }
    }
    assert!(wide.is_empty(), "{what}: past the right edge: {wide:?}");
}
