//! Opening: the vault (off the UI thread; the keyring may block and the passphrase's KDF takes
//! a moment), and a file the window was started with (a double-click).

use std::path::PathBuf;

use zeroize::Zeroizing;

use super::ShomeiApp;
use super::jobs::JobKind;
use crate::gui::wizard::{Outcome, SharedVault, Step};
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
                Err(e) => return Outcome::Failed(e.message()),
            };
            if state == VaultState::Passphrase && passphrase.is_none() {
                return if on_unlock_screen {
                    Outcome::UnlockFailed(VaultError::NeedPassphrase.message())
                } else {
                    Outcome::NeedPassphrase { creating: false }
                };
            }
            let unlock = Unlock {
                passphrase,
                avoid_keyring: false,
            };
            match Vault::open_or_create(&dir, &unlock) {
                Ok(v) => Outcome::VaultOpened(SharedVault(std::sync::Arc::new(v))),
                Err(VaultError::NeedPassphrase) if on_unlock_screen => {
                    Outcome::UnlockFailed(VaultError::NeedPassphrase.message())
                }
                Err(VaultError::NeedPassphrase) => Outcome::NeedPassphrase {
                    creating: state == VaultState::Missing,
                },
                Err(e) if on_unlock_screen => Outcome::UnlockFailed(e.message()),
                Err(e) => Outcome::Failed(e.message()),
            }
        });
    }

    /// A file given on the command line (a double-click), read and told apart off the UI
    /// thread: a .p12 opens the inspector (it needs its password), a CSR is inspected,
    /// certificates are imported — or inspected when they belong to no request here (see
    /// `outcomes`).
    pub(super) fn open_file(&mut self, ctx: &egui::Context, path: PathBuf) {
        self.jobs.start(JobKind::Open, ctx, None, move |_| {
            match ops::read_input(&path) {
                Ok(bytes) => Outcome::Opened {
                    kind: ops::classify(&bytes),
                    path,
                },
                Err(e) => Outcome::Failed(e.message()),
            }
        });
    }
}
