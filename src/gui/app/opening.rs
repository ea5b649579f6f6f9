//! Opening: the vault (off the UI thread; the keyring may block and the passphrase's KDF takes
//! a moment), and a file the window was started with (a double-click).

use std::path::PathBuf;

use zeroize::Zeroizing;

use super::ShomeiApp;
use super::jobs::JobKind;
use crate::gui::wizard::{Event, SharedVault, Step};
use crate::i18n::Localized;
use crate::ops;
use crate::vault::{Unlock, Vault, VaultError, VaultState};

impl ShomeiApp {
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

    /// The vault is open: the home list, the start-up reminder, then the file the window was
    /// started with.
    pub(super) fn vault_opened(
        &mut self,
        ctx: &egui::Context,
        v: std::sync::Arc<Vault>,
    ) -> Option<Event> {
        self.vault = Some(v);
        self.refresh_rows();
        self.remind_on_start();
        if let Some(f) = self.cfg.open_file.take() {
            self.open_file(ctx, f);
        }
        Some(Event::Unlocked)
    }
}
