//! What the wizard asks of the desktop: file dialogs and the clipboard, behind a trait so tests
//! never open a real dialog.

use std::path::PathBuf;

/// The desktop's services.
pub trait Host {
    /// Lets the user pick files to import. `None`: cancelled or no dialog available.
    fn pick_files(&self) -> Option<Vec<PathBuf>>;
    /// Lets the user pick one file to inspect (any kind Shomei reads). `None`: cancelled or no
    /// dialog available.
    fn pick_to_inspect(&self) -> Option<PathBuf> {
        self.pick_files()?.into_iter().next()
    }
    /// Asks where to save, suggesting `default_name`. `None`: cancelled or no dialog available.
    fn save_file(&self, default_name: &str) -> Option<PathBuf>;
    /// Puts text on the clipboard (the app also hands it to egui).
    fn copied(&self, _text: &str) {}
    /// Whether a native file dialog can open at all here. When it cannot, the wizard does not
    /// try: it says so and offers its own path field at once.
    fn dialogs_available(&self) -> bool {
        true
    }
    /// Where the path field suggests saving: the user's Documents folder (else home).
    fn documents_dir(&self) -> Option<PathBuf> {
        crate::folders::documents()
    }
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

    fn pick_to_inspect(&self) -> Option<PathBuf> {
        start_in(crate::folders::downloads())
            .add_filter(
                "Certificates, CSRs, PKCS#12",
                &[
                    "csr", "req", "crt", "cer", "pem", "der", "p7b", "p7c", "zip", "p12", "pfx",
                ],
            )
            .add_filter("*", &["*"])
            .pick_file()
    }

    fn save_file(&self, default_name: &str) -> Option<PathBuf> {
        start_in(crate::folders::documents())
            .set_file_name(default_name)
            .save_file()
    }

    fn dialogs_available(&self) -> bool {
        native_dialogs_available()
    }
}

/// Windows and macOS always have their dialogs. On Linux and the BSDs rfd asks the XDG desktop
/// portal, else runs zenity: with neither (a minimal or remote desktop) nothing can open.
pub fn native_dialogs_available() -> bool {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    let on_path = |exe: &str| {
        std::env::var_os("PATH")
            .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(exe).is_file()))
    };
    on_path("zenity") || portal_available()
}

/// The portal answers on the session bus when its D-Bus service is installed (activatable) in
/// one of the XDG data dirs.
fn portal_available() -> bool {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        return false;
    }
    let dirs = std::env::var("XDG_DATA_DIRS")
        .ok()
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "/usr/local/share:/usr/share".into());
    std::env::split_paths(&dirs).any(|d| {
        d.join("dbus-1/services/org.freedesktop.portal.Desktop.service")
            .is_file()
    })
}

/// A dialog that opens in the user's Downloads or Documents folder (see `crate::folders`).
fn start_in(dir: Option<PathBuf>) -> rfd::FileDialog {
    match dir {
        Some(d) => rfd::FileDialog::new().set_directory(d),
        None => rfd::FileDialog::new(),
    }
}
