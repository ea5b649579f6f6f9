//! The vault: where pending requests and their private keys wait for the certificate. The only
//! code that writes secrets to disk, and it writes them only inside an AEAD envelope.
//!
//! Layout under the data directory (`SHOMEI_DATA_DIR`, else the platform's data directory):
//! - `vault.json` — header: id, how the master key is kept (OS keyring or passphrase + Argon2id
//!   parameters and salt) and a check envelope that tells a wrong passphrase from damage;
//! - `requests/<id>.json` — one file per request: non-secret metadata, the CSR, and the key's
//!   envelope. Each is replaced atomically, so a crash leaves the old or the new file, and a CSR
//!   never exists without its key.
//!
//! Why one file: the header, the records and the lock around them hold one invariant together
//! (a CSR never without its key, a record never half-written); the envelope, the keyring and the
//! atomic writes are already modules of their own.

pub mod atomic;
pub mod envelope;
pub mod keyring;

use std::fs;
use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use rand_core::{OsRng, RngCore};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use zeroize::Zeroizing;

use crate::pki::csr::Csr;
use crate::pki::key::PrivateKey;
use crate::pki::request::Request;
use envelope::{Envelope, MasterKey};
use keyring::{KdfParams, KeyringError};

const HEADER: &str = "vault.json";
const REQUESTS: &str = "requests";
const LOCK: &str = ".lock";
const FORMAT_VAULT: &str = "shomei-vault";
const FORMAT_REQUEST: &str = "shomei-request";
const VERSION: u32 = 1;
/// A passphrase shorter than this is refused when a vault is created.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// The data directory: `SHOMEI_DATA_DIR`, else the platform's per-user data directory.
pub fn default_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("SHOMEI_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d));
    }
    directories::ProjectDirs::from("jp", "Shomei", "Shomei").map(|p| p.data_dir().to_path_buf())
}

/// How the master key of a vault is kept.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "mode", rename_all = "lowercase")]
pub enum KeyMode {
    Keyring,
    Passphrase {
        kdf: String,
        params: KdfParams,
        salt: String,
    },
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct Header {
    format: String,
    version: u32,
    id: String,
    created: String,
    #[serde(flatten)]
    mode: KeyMode,
    check: Envelope,
}

/// What is on disk before anything is unlocked (the wizard decides which screen to show).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VaultState {
    Missing,
    Keyring,
    Passphrase,
}

/// Where a request is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pending,
    Issued,
}

/// One request as stored (everything but the key is public information).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub format: String,
    pub version: u32,
    pub id: String,
    /// RFC 3339.
    pub created: String,
    pub status: Status,
    pub request: Request,
    pub csr_pem: String,
    /// SHA-256 of the SubjectPublicKeyInfo DER, hex: how issued certificates find their key.
    pub spki_sha256: String,
    /// The issued certificate and its chain (leaf first), PEM, once imported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chain_pem: Vec<String>,
    key: Envelope,
}

/// Why the vault could not do what was asked. Messages say what to do; none holds a secret.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("no data directory could be determined")]
    NoDataDir,
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the OS keyring is not available: {0}")]
    KeyringUnavailable(String),
    #[error("the OS keyring is locked: {0}")]
    KeyringLocked(String),
    #[error("the OS keyring has no master key for this vault")]
    KeyringEntryMissing,
    #[error("no keyring and no passphrase")]
    NeedPassphrase,
    #[error("wrong vault passphrase")]
    WrongPassphrase,
    #[error("vault passphrase too short")]
    PassphraseTooShort,
    #[error("the passphrases do not match")]
    PassphraseMismatch,
    #[error("{path} is damaged")]
    Damaged { path: PathBuf },
    #[error("{path} was written by a newer Shomei")]
    TooNew { path: PathBuf },
    #[error("no request {id}")]
    NotFound { id: String },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> VaultError + '_ {
    move |source| VaultError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn from_keyring(e: KeyringError) -> VaultError {
    match e {
        KeyringError::Unavailable(d) => VaultError::KeyringUnavailable(d),
        KeyringError::Locked(d) => VaultError::KeyringLocked(d),
        KeyringError::Missing | KeyringError::Damaged => VaultError::KeyringEntryMissing,
    }
}

fn random_hex(n: usize) -> String {
    let mut b = vec![0u8; n];
    OsRng.fill_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn now_rfc3339() -> String {
    OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

fn check_aad(vault_id: &str) -> Vec<u8> {
    format!("shomei/vault-check/v1/{vault_id}").into_bytes()
}

fn key_aad(vault_id: &str, request_id: &str) -> Vec<u8> {
    format!("shomei/key/v1/{vault_id}/{request_id}").into_bytes()
}

/// How to unlock or create a vault: the passphrase if one was given (environment, prompt or
/// the wizard's screen), and whether the OS keyring may be used for a new vault.
#[derive(Default)]
pub struct Unlock {
    pub passphrase: Option<Zeroizing<String>>,
    /// Use the OS keyring when creating a vault without a passphrase (the default).
    pub avoid_keyring: bool,
}

/// An open vault.
pub struct Vault {
    dir: PathBuf,
    id: String,
    mode: KeyMode,
    master: MasterKey,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("dir", &self.dir)
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// Takes an exclusive lock on the vault directory for the guard's life (creation only).
struct DirLock(fs::File);

impl DirLock {
    fn take(dir: &Path) -> Result<DirLock, VaultError> {
        let p = dir.join(LOCK);
        let f = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&p)
            .map_err(io(&p))?;
        f.lock().map_err(io(&p))?;
        Ok(DirLock(f))
    }
}

impl Drop for DirLock {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}

impl Vault {
    /// What is in `dir` without unlocking anything.
    pub fn state(dir: &Path) -> Result<VaultState, VaultError> {
        match Self::read_header(dir)? {
            None => Ok(VaultState::Missing),
            Some(h) => Ok(match h.mode {
                KeyMode::Keyring => VaultState::Keyring,
                KeyMode::Passphrase { .. } => VaultState::Passphrase,
            }),
        }
    }

    fn read_header(dir: &Path) -> Result<Option<Header>, VaultError> {
        let p = dir.join(HEADER);
        let bytes = match fs::read(&p) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io(&p)(e)),
        };
        let h: Header =
            serde_json::from_slice(&bytes).map_err(|_| VaultError::Damaged { path: p.clone() })?;
        if h.format != FORMAT_VAULT {
            return Err(VaultError::Damaged { path: p });
        }
        if h.version > VERSION {
            return Err(VaultError::TooNew { path: p });
        }
        Ok(Some(h))
    }

    /// Opens the vault in `dir`, creating it if there is none. A vault keeps the mode it was
    /// created with: a keyring vault whose keyring is unreachable is an error, never a new vault.
    pub fn open_or_create(dir: &Path, unlock: &Unlock) -> Result<Vault, VaultError> {
        atomic::ensure_private_dir(dir).map_err(io(dir))?;
        if let Some(h) = Self::read_header(dir)? {
            return Self::unlock(dir, h, unlock);
        }
        let _lock = DirLock::take(dir)?;
        // Someone may have created it while we waited for the lock.
        if let Some(h) = Self::read_header(dir)? {
            return Self::unlock(dir, h, unlock);
        }
        Self::create(dir, unlock)
    }

    /// Opens an existing vault only.
    pub fn open(dir: &Path, unlock: &Unlock) -> Result<Vault, VaultError> {
        match Self::read_header(dir)? {
            Some(h) => Self::unlock(dir, h, unlock),
            None => Err(VaultError::NotFound { id: String::new() }),
        }
    }

    fn unlock(dir: &Path, h: Header, unlock: &Unlock) -> Result<Vault, VaultError> {
        let master = match &h.mode {
            KeyMode::Keyring => keyring::get(&h.id).map_err(from_keyring)?,
            KeyMode::Passphrase { params, salt, .. } => {
                let pass = unlock
                    .passphrase
                    .as_ref()
                    .ok_or(VaultError::NeedPassphrase)?;
                let salt = B64.decode(salt).map_err(|_| VaultError::Damaged {
                    path: dir.join(HEADER),
                })?;
                keyring::derive(pass, &salt, *params).ok_or(VaultError::Damaged {
                    path: dir.join(HEADER),
                })?
            }
        };
        match envelope::open(&master, &check_aad(&h.id), &h.check) {
            Ok(_) => {}
            Err(envelope::EnvelopeError::Authentication) => {
                return Err(match h.mode {
                    KeyMode::Keyring => VaultError::KeyringEntryMissing,
                    KeyMode::Passphrase { .. } => VaultError::WrongPassphrase,
                });
            }
            Err(_) => {
                return Err(VaultError::Damaged {
                    path: dir.join(HEADER),
                });
            }
        }
        let v = Vault {
            dir: dir.to_path_buf(),
            id: h.id,
            mode: h.mode,
            master,
        };
        fs::create_dir_all(v.requests_dir()).map_err(io(&v.requests_dir()))?;
        Ok(v)
    }

    fn create(dir: &Path, unlock: &Unlock) -> Result<Vault, VaultError> {
        let id = random_hex(16);
        let (mode, master) = match (&unlock.passphrase, unlock.avoid_keyring) {
            (Some(pass), _) => Self::passphrase_mode(pass)?,
            (None, true) => return Err(VaultError::NeedPassphrase),
            (None, false) => {
                let master = MasterKey::random();
                keyring::put(&id, &master).map_err(|e| match e {
                    // No keyring here: the caller asks for a passphrase instead.
                    KeyringError::Unavailable(_) | KeyringError::Locked(_) => {
                        VaultError::NeedPassphrase
                    }
                    other => from_keyring(other),
                })?;
                (KeyMode::Keyring, master)
            }
        };
        let header = Header {
            format: FORMAT_VAULT.to_owned(),
            version: VERSION,
            id: id.clone(),
            created: now_rfc3339(),
            check: envelope::seal(&master, &check_aad(&id), b"shomei vault check"),
            mode: mode.clone(),
        };
        let json = serde_json::to_vec_pretty(&header).unwrap_or_default();
        let p = dir.join(HEADER);
        if let Err(e) = atomic::write_atomic(&p, &json) {
            if mode == KeyMode::Keyring {
                let _ = keyring::delete(&id);
            }
            return Err(io(&p)(e));
        }
        let v = Vault {
            dir: dir.to_path_buf(),
            id,
            mode,
            master,
        };
        fs::create_dir_all(v.requests_dir()).map_err(io(&v.requests_dir()))?;
        Ok(v)
    }

    fn passphrase_mode(pass: &str) -> Result<(KeyMode, MasterKey), VaultError> {
        if pass.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(VaultError::PassphraseTooShort);
        }
        let mut salt = [0u8; 16];
        OsRng.fill_bytes(&mut salt);
        let params = KdfParams::default();
        let master = keyring::derive(pass, &salt, params).ok_or(VaultError::NoDataDir)?;
        Ok((
            KeyMode::Passphrase {
                kdf: "argon2id".to_owned(),
                params,
                salt: B64.encode(salt),
            },
            master,
        ))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn uses_keyring(&self) -> bool {
        self.mode == KeyMode::Keyring
    }

    fn requests_dir(&self) -> PathBuf {
        self.dir.join(REQUESTS)
    }

    fn record_path(&self, id: &str) -> Result<PathBuf, VaultError> {
        // Ids are ours (hex and digits); anything else never names a file.
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(VaultError::NotFound { id: id.to_owned() });
        }
        Ok(self.requests_dir().join(format!("{id}.json")))
    }

    /// Stores a new pending request with its key, durably, and returns the record. Only after
    /// this returns may the CSR be shown or written anywhere.
    pub fn add_pending(
        &self,
        request: &Request,
        key: &PrivateKey,
        csr: &Csr,
    ) -> Result<Record, VaultError> {
        let now = OffsetDateTime::now_utc();
        let id = format!(
            "{:04}{:02}{:02}-{}",
            now.year(),
            u8::from(now.month()),
            now.day(),
            random_hex(4)
        );
        let spki = key.spki_der().map_err(|_| VaultError::Damaged {
            path: self.requests_dir(),
        })?;
        let record = Record {
            format: FORMAT_REQUEST.to_owned(),
            version: VERSION,
            id: id.clone(),
            created: now_rfc3339(),
            status: Status::Pending,
            request: request.clone(),
            csr_pem: csr.pem.clone(),
            spki_sha256: hex(&Sha256::digest(&spki)),
            chain_pem: Vec::new(),
            key: envelope::seal(&self.master, &key_aad(&self.id, &id), key.pkcs8_der()),
        };
        self.write_record(&record)?;
        Ok(record)
    }

    fn write_record(&self, r: &Record) -> Result<(), VaultError> {
        let p = self.record_path(&r.id)?;
        let json = serde_json::to_vec_pretty(r).unwrap_or_default();
        atomic::write_atomic(&p, &json).map_err(io(&p))
    }

    /// Removes a request and its key (used when its CSR could not be delivered at all).
    pub fn remove(&self, id: &str) -> Result<(), VaultError> {
        let p = self.record_path(id)?;
        atomic::remove_durably(&p).map_err(io(&p))
    }

    /// One request's record.
    pub fn get(&self, id: &str) -> Result<Record, VaultError> {
        let p = self.record_path(id)?;
        let bytes = match fs::read(&p) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(VaultError::NotFound { id: id.to_owned() });
            }
            Err(e) => return Err(io(&p)(e)),
        };
        let r: Record =
            serde_json::from_slice(&bytes).map_err(|_| VaultError::Damaged { path: p.clone() })?;
        if r.format != FORMAT_REQUEST || r.id != id {
            return Err(VaultError::Damaged { path: p });
        }
        if r.version > VERSION {
            return Err(VaultError::TooNew { path: p });
        }
        Ok(r)
    }

    /// Every request, oldest first, and the names of files that could not be read.
    pub fn list(&self) -> Result<(Vec<Record>, Vec<PathBuf>), VaultError> {
        let dir = self.requests_dir();
        let mut ok = Vec::new();
        let mut damaged = Vec::new();
        for entry in fs::read_dir(&dir).map_err(io(&dir))? {
            let entry = entry.map_err(io(&dir))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue; // in-flight temporary files
            }
            let Some(id) = name.strip_suffix(".json") else {
                continue;
            };
            match self.get(id) {
                Ok(r) => ok.push(r),
                Err(_) => damaged.push(entry.path()),
            }
        }
        ok.sort_by(|a, b| a.created.cmp(&b.created).then(a.id.cmp(&b.id)));
        Ok((ok, damaged))
    }

    /// Decrypts the private key of request `id`.
    pub fn load_key(&self, id: &str) -> Result<PrivateKey, VaultError> {
        let r = self.get(id)?;
        let path = self.record_path(id)?;
        let der = envelope::open(&self.master, &key_aad(&self.id, id), &r.key)
            .map_err(|_| VaultError::Damaged { path: path.clone() })?;
        PrivateKey::from_pkcs8_der(&der).map_err(|_| VaultError::Damaged { path })
    }

    /// Records the issued certificate chain (leaf first) and marks the request issued.
    pub fn attach_chain(&self, id: &str, chain_pem: Vec<String>) -> Result<Record, VaultError> {
        let mut r = self.get(id)?;
        r.chain_pem = chain_pem;
        r.status = Status::Issued;
        self.write_record(&r)?;
        Ok(r)
    }
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
