//! Asking for secrets on a terminal, and opening the vault: the keyring, else
//! `SHOMEI_VAULT_PASSPHRASE`, else a prompt.

use std::io::IsTerminal;

use zeroize::Zeroizing;

use super::Error;
use crate::i18n::{Lang, say};
use crate::vault::{self, Unlock, Vault, VaultError, VaultState};

/// Reads the vault passphrase from a terminal; `twice` when a new vault is being created.
fn prompt_passphrase(lang: Lang, twice: bool) -> Result<Option<Zeroizing<String>>, VaultError> {
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Ok(None);
    }
    let ask = |id| rpassword::prompt_password(say(lang, id)).map(Zeroizing::new);
    let first = ask(if twice {
        "cli-vault-new-passphrase"
    } else {
        "cli-vault-passphrase"
    })
    .map_err(|_| VaultError::NeedPassphrase)?;
    if twice {
        let second = ask("cli-vault-repeat-passphrase").map_err(|_| VaultError::NeedPassphrase)?;
        if !crate::pki::password::confirmed(&first, &second) {
            return Err(VaultError::PassphraseMismatch);
        }
    }
    Ok(Some(first))
}

/// Opens (or creates) the vault: the keyring, else `SHOMEI_VAULT_PASSPHRASE`, else a prompt.
pub fn open_vault(lang: Lang, create: bool) -> Result<Vault, Error> {
    let dir = vault::default_dir().ok_or(VaultError::NoDataDir)?;
    let mut unlock = Unlock {
        passphrase: std::env::var("SHOMEI_VAULT_PASSPHRASE")
            .ok()
            .filter(|p| !p.is_empty())
            .map(Zeroizing::new),
        avoid_keyring: false,
    };
    let state = Vault::state(&dir)?;
    if state == VaultState::Missing && !create {
        return Err(VaultError::NoVault { dir }.into());
    }
    if state == VaultState::Passphrase && unlock.passphrase.is_none() {
        unlock.passphrase = prompt_passphrase(lang, false)?;
    }
    match Vault::open_or_create(&dir, &unlock) {
        Err(VaultError::NeedPassphrase) if unlock.passphrase.is_none() => {
            // No keyring here: a passphrase-protected vault instead.
            eprintln!("{}", say(lang, "cli-vault-no-keyring"));
            unlock.passphrase = prompt_passphrase(lang, state == VaultState::Missing)?;
            if unlock.passphrase.is_none() {
                return Err(VaultError::NeedPassphrase.into());
            }
            Ok(Vault::open_or_create(&dir, &unlock)?)
        }
        other => Ok(other?),
    }
}
