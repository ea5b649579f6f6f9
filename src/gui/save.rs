//! Saving when the native dialog cannot help: the wizard's own path field, with a sensible
//! default in the user's Documents folder, shown on the page that asked to save. Every save
//! then confirms where the file went.

use std::path::{Path, PathBuf};

use egui::Ui;

use super::design;
use super::host::Host;
use super::widgets::Tr;
use super::wizard::Intent;
use crate::i18n::Message;

/// Why the path field is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// No dialog can open on this desktop (no portal, no zenity).
    NoDialog,
    /// The dialog was closed without a choice (or failed to appear).
    Cancelled,
}

/// A save waiting for its place: what to save (`T`), where (typed), and why we ask.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prompt<T> {
    pub what: T,
    pub path: String,
    pub why: Why,
    /// Just shown: the path field takes the focus.
    pub fresh: bool,
}

/// Where the path field suggests saving `name`: the Documents folder if it exists, else home,
/// else the current folder.
pub fn default_path(host: &dyn Host, name: &str) -> PathBuf {
    let dir = host
        .documents_dir()
        .filter(|d| d.is_dir())
        .or_else(|| directories::UserDirs::new().map(|u| u.home_dir().to_path_buf()))
        .unwrap_or_else(|| PathBuf::from("."));
    dir.join(name)
}

/// Asks the host for a place: the native dialog when one can open; otherwise (or when the
/// dialog gave nothing) a prompt for the page to show.
pub fn ask<T>(host: &dyn Host, name: &str, what: T) -> Result<(PathBuf, T), Prompt<T>> {
    let why = if host.dialogs_available() {
        if let Some(p) = host.save_file(name) {
            return Ok((p, what));
        }
        Why::Cancelled
    } else {
        Why::NoDialog
    };
    Err(Prompt {
        what,
        path: default_path(host, name).display().to_string(),
        why,
        fresh: true,
    })
}

/// Draws the prompt: why, the path field, 「ここに保存」 and 「保存しない」.
pub fn prompt_ui<T>(ui: &mut Ui, tr: Tr, p: &mut Prompt<T>) -> Option<Intent> {
    let mut answer = None;
    design::card(ui, |ui| {
        let why = tr.say(match p.why {
            Why::NoDialog => "save-no-dialog",
            Why::Cancelled => "save-cancelled",
        });
        ui.add(egui::Label::new(why).wrap());
        let label = ui.label(egui::RichText::new(tr.say("save-path")).strong());
        let field = ui
            .add(egui::TextEdit::singleline(&mut p.path).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        design::text_in_use(&field);
        if p.fresh {
            p.fresh = false;
            field.request_focus();
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            answer = Some(Intent::SaveTo(typed(&p.path)));
        }
        ui.horizontal(|ui| {
            let ok = !p.path.trim().is_empty();
            if design::primary_button(ui, ok, &tr.say("save-here")).clicked() {
                answer = Some(Intent::SaveTo(typed(&p.path)));
            }
            if design::secondary_button(ui, true, &tr.say("save-cancel")).clicked() {
                answer = Some(Intent::CancelSave);
            }
        });
    });
    answer
}

/// A typed path: trimmed, quotes removed (pasted from a file manager), `~/` expanded.
pub fn typed(s: &str) -> PathBuf {
    let s = s.trim().trim_matches('"');
    if let Some(rest) = s.strip_prefix("~/")
        && let Some(u) = directories::UserDirs::new()
    {
        return u.home_dir().join(rest);
    }
    PathBuf::from(s)
}

/// The confirmation line for a saved file.
pub fn saved_message(path: &Path) -> Message {
    Message::new("saved-to").path("path", path)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct NoDialogs(PathBuf);
    impl Host for NoDialogs {
        fn pick_files(&self) -> Option<Vec<PathBuf>> {
            None
        }
        fn save_file(&self, _: &str) -> Option<PathBuf> {
            panic!("no dialog may be tried where none can open")
        }
        fn dialogs_available(&self) -> bool {
            false
        }
        fn documents_dir(&self) -> Option<PathBuf> {
            Some(self.0.clone())
        }
    }

    #[test]
    fn without_dialogs_the_prompt_suggests_documents() {
        let dir = tempfile::tempdir().unwrap();
        let p = ask(&NoDialogs(dir.path().into()), "a.csr", 7).unwrap_err();
        assert_eq!(p.why, Why::NoDialog);
        assert_eq!(p.what, 7);
        assert_eq!(PathBuf::from(&p.path), dir.path().join("a.csr"));
        // A Documents folder that does not exist is not suggested.
        let gone = dir.path().join("missing");
        let p = ask(&NoDialogs(gone.clone()), "a.csr", ()).unwrap_err();
        assert!(!p.path.starts_with(&*gone.to_string_lossy()), "{}", p.path);
    }

    #[test]
    fn typed_paths_lose_quotes_and_spaces() {
        assert_eq!(typed("  \"/tmp/a b.csr\" "), PathBuf::from("/tmp/a b.csr"));
    }
}
