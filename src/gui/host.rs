//! What the wizard asks of the desktop: file dialogs and the clipboard, behind a trait so tests
//! never open a real dialog.

use std::path::PathBuf;

/// The desktop's services.
pub trait Host {
    /// Lets the user pick files to import. `None`: cancelled or no dialog available.
    fn pick_files(&self) -> Option<Vec<PathBuf>>;
    /// Asks where to save, suggesting `default_name`. `None`: cancelled or no dialog available.
    fn save_file(&self, default_name: &str) -> Option<PathBuf>;
    /// Puts text on the clipboard (the app also hands it to egui).
    fn copied(&self, _text: &str) {}
}

/// Native dialogs via rfd. On Linux without a portal or zenity rfd returns `None` at once —
/// indistinguishable from Cancel — so the wizard always offers drag-and-drop and a typed path too.
#[derive(Default)]
pub struct NativeHost;

impl Host for NativeHost {
    fn pick_files(&self) -> Option<Vec<PathBuf>> {
        start_in(crate::folders::downloads())
            .add_filter(
                "Certificates",
                &[
                    "zip", "p7b", "p7c", "crt", "cer", "pem", "der", "eml", "msg",
                ],
            )
            .pick_files()
    }

    fn save_file(&self, default_name: &str) -> Option<PathBuf> {
        start_in(crate::folders::documents())
            .set_file_name(default_name)
            .save_file()
    }
}

/// A dialog that opens in the user's Downloads or Documents folder (see `crate::folders`).
fn start_in(dir: Option<PathBuf>) -> rfd::FileDialog {
    match dir {
        Some(d) => rfd::FileDialog::new().set_directory(d),
        None => rfd::FileDialog::new(),
    }
}
