//! The vault's master key in the OS keyring (keyring-core with the platform's own store: Secret
//! Service on Linux, Keychain on macOS, Credential Manager on Windows), and the Argon2id
//! derivation used instead where there is no keyring or the user chose a passphrase.

use std::sync::OnceLock;

use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::vault::envelope::MasterKey;

/// The keyring service name entries are filed under; the user name is the vault id.
pub const SERVICE: &str = "jp.shomei.vault";

/// Why the keyring could not be used. The detail is the platform's own text (never a secret).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KeyringError {
    #[error("no OS keyring is reachable: {0}")]
    Unavailable(String),
    #[error("the keyring is locked or refused access: {0}")]
    Locked(String),
    #[error("the keyring has no entry for this vault")]
    Missing,
    #[error("the keyring entry is damaged")]
    Damaged,
}

fn store_ready() -> Result<(), KeyringError> {
    static READY: OnceLock<Result<(), String>> = OnceLock::new();
    READY
        .get_or_init(|| {
            #[cfg(target_os = "linux")]
            let store = zbus_secret_service_keyring_store::Store::new();
            #[cfg(target_os = "macos")]
            let store = apple_native_keyring_store::keychain::Store::new();
            #[cfg(target_os = "windows")]
            let store = windows_native_keyring_store::Store::new();
            #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
            let store: Result<
                std::sync::Arc<keyring_core::CredentialStore>,
                keyring_core::Error,
            > = Err(keyring_core::Error::NoDefaultStore);
            match store {
                Ok(s) => {
                    keyring_core::set_default_store(s);
                    Ok(())
                }
                Err(e) => Err(e.to_string()),
            }
        })
        .clone()
        .map_err(KeyringError::Unavailable)
}

fn map_err(e: keyring_core::Error) -> KeyringError {
    match e {
        keyring_core::Error::NoEntry => KeyringError::Missing,
        keyring_core::Error::NoStorageAccess(p) => KeyringError::Locked(p.to_string()),
        keyring_core::Error::BadDataFormat(..) | keyring_core::Error::BadEncoding(_) => {
            KeyringError::Damaged
        }
        other => KeyringError::Unavailable(other.to_string()),
    }
}

fn entry(vault_id: &str) -> Result<keyring_core::Entry, KeyringError> {
    store_ready()?;
    keyring_core::Entry::new(SERVICE, vault_id).map_err(map_err)
}

/// Stores `key` for `vault_id` and reads it back, so a keyring that silently drops writes is
/// caught before any private key depends on it.
pub fn put(vault_id: &str, key: &MasterKey) -> Result<(), KeyringError> {
    let e = entry(vault_id)?;
    e.set_secret(key.bytes()).map_err(map_err)?;
    let back = Zeroizing::new(e.get_secret().map_err(map_err)?);
    if back.as_slice() != key.bytes() {
        return Err(KeyringError::Damaged);
    }
    Ok(())
}

/// Reads the master key of `vault_id`.
pub fn get(vault_id: &str) -> Result<MasterKey, KeyringError> {
    let secret = Zeroizing::new(entry(vault_id)?.get_secret().map_err(map_err)?);
    MasterKey::from_bytes(&secret).ok_or(KeyringError::Damaged)
}

/// Removes the entry (used when vault creation is abandoned).
pub fn delete(vault_id: &str) -> Result<(), KeyringError> {
    entry(vault_id)?.delete_credential().map_err(map_err)
}

/// Argon2id parameters, stored in the vault header so they can be raised later.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

impl Default for KdfParams {
    /// 64 MiB, 3 passes, 1 lane: above OWASP's Argon2id minimums, ≈ 0.2 s on a laptop core.
    fn default() -> Self {
        KdfParams {
            m_kib: 64 * 1024,
            t: 3,
            p: 1,
        }
    }
}

/// Derives the master key from a passphrase with Argon2id.
pub fn derive(passphrase: &str, salt: &[u8], params: KdfParams) -> Option<MasterKey> {
    let p = Params::new(params.m_kib, params.t, params.p, Some(32)).ok()?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, p);
    let mut out = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passphrase.as_bytes(), salt, out.as_mut())
        .ok()?;
    Some(MasterKey::from_array(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derivation_is_deterministic_and_salted() {
        let small = KdfParams {
            m_kib: 1024,
            t: 1,
            p: 1,
        };
        let a = derive("correct horse", b"0123456789abcdef", small).unwrap();
        let b = derive("correct horse", b"0123456789abcdef", small).unwrap();
        let c = derive("correct horse", b"fedcba9876543210", small).unwrap();
        assert_eq!(a.bytes(), b.bytes());
        assert_ne!(a.bytes(), c.bytes());
    }
}
