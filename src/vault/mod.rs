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
/// A passphrase shorter than this is refused when a vault is created (the .p12 password rule,
/// which a new passphrase must pass as a whole: see [`check_new_passphrase`]).
pub const MIN_PASSPHRASE_CHARS: usize = crate::pki::password::MIN_CHARS;
/// Random bytes in a request id (after the date): with exclusive creation, ids never collide.
const ID_RANDOM_BYTES: usize = 8;
/// In-flight temporary files older than this are leftovers of a killed process.
const STALE_TEMP_SECS: u64 = 3600;

/// Argon2id parameters a `vault.json` may ask for. Outside them the header was not written by
/// Shomei (a huge memory cost would abort the app, a huge pass count would hang it).
pub const KDF_M_KIB: std::ops::RangeInclusive<u32> = 8 * 1024..=1024 * 1024;
pub const KDF_T: std::ops::RangeInclusive<u32> = 1..=16;
pub const KDF_P: std::ops::RangeInclusive<u32> = 1..=8;

/// Checks a new vault passphrase against the .p12 password rule (the same live checklist). An
/// existing vault opens with whatever passphrase it was created with.
pub fn check_new_passphrase(pass: &str) -> crate::pki::password::Check {
    crate::pki::password::check(pass, &crate::pki::password::Context::default())
}

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
    #[error("vault passphrase refused: {failed:?}")]
    PassphraseRejected {
        failed: Vec<crate::pki::password::Rule>,
        full_width: bool,
    },
    #[error("{path} asks for key-derivation settings Shomei never writes")]
    KdfOutOfRange { path: PathBuf },
    #[error("request {id} already exists")]
    IdTaken { id: String },
    #[error("the passphrases do not match")]
    PassphraseMismatch,
    #[error("{path} is damaged")]
    Damaged { path: PathBuf },
    #[error("{path} was written by a newer Shomei")]
    TooNew { path: PathBuf },
    #[error("no request {id}")]
    NotFound { id: String },
    #[error("no vault in {dir}")]
    NoVault { dir: PathBuf },
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

/// Version 2 also binds what must not move between records: the key's SPKI hash (how issued
/// certificates find their request) and the CSR. Records written before it open with v1.
fn key_aad_v2(vault_id: &str, request_id: &str, spki_sha256: &str, csr_pem: &str) -> Vec<u8> {
    let csr = hex(&Sha256::digest(csr_pem.as_bytes()));
    format!("shomei/key/v2/{vault_id}/{request_id}/{spki_sha256}/{csr}").into_bytes()
}

/// Removes `.shomei-tmp-*` files a killed process left in `dir` (only old ones: a live writer's
/// file is seconds old).
fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        if !e
            .file_name()
            .to_string_lossy()
            .starts_with(atomic::TEMP_PREFIX)
        {
            continue;
        }
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > STALE_TEMP_SECS);
        if old {
            let _ = fs::remove_file(e.path());
        }
    }
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
        let mut o = fs::OpenOptions::new();
        o.create(true).truncate(false).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(0o600);
        }
        let f = o.open(&p).map_err(io(&p))?;
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
            None => Err(VaultError::NoVault {
                dir: dir.to_path_buf(),
            }),
        }
    }

    fn unlock(dir: &Path, h: Header, unlock: &Unlock) -> Result<Vault, VaultError> {
        let master = match &h.mode {
            KeyMode::Keyring => keyring::get(&h.id).map_err(from_keyring)?,
            KeyMode::Passphrase { kdf, params, salt } => {
                if kdf != "argon2id"
                    || !KDF_M_KIB.contains(&params.m_kib)
                    || !KDF_T.contains(&params.t)
                    || !KDF_P.contains(&params.p)
                    || params.m_kib < 8 * params.p
                {
                    return Err(VaultError::KdfOutOfRange {
                        path: dir.join(HEADER),
                    });
                }
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
        v.prepare_dirs()?;
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
        v.prepare_dirs()?;
        Ok(v)
    }

    /// The requests folder exists and, like the vault folder, is private; leftovers of a
    /// killed writer are removed.
    fn prepare_dirs(&self) -> Result<(), VaultError> {
        let r = self.requests_dir();
        atomic::ensure_private_dir(&r).map_err(io(&r))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            for d in [&self.dir, &r] {
                let _ = fs::set_permissions(d, fs::Permissions::from_mode(0o700));
            }
            // A lock file made by an older Shomei (0644).
            let lock = self.dir.join(LOCK);
            if lock.exists() {
                let _ = fs::set_permissions(&lock, fs::Permissions::from_mode(0o600));
            }
        }
        remove_stale_temps(&self.dir);
        remove_stale_temps(&r);
        Ok(())
    }

    fn passphrase_mode(pass: &str) -> Result<(KeyMode, MasterKey), VaultError> {
        let check = check_new_passphrase(pass);
        if !check.passes() {
            return Err(VaultError::PassphraseRejected {
                failed: check.failed().collect(),
                full_width: check.full_width,
            });
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
        let mut last = None;
        for _ in 0..8 {
            let id = format!(
                "{:04}{:02}{:02}-{}",
                now.year(),
                u8::from(now.month()),
                now.day(),
                random_hex(ID_RANDOM_BYTES)
            );
            match self.add_pending_as(&id, request, key, csr) {
                Err(VaultError::IdTaken { id }) => last = Some(id),
                other => return other,
            }
        }
        Err(VaultError::IdTaken {
            id: last.unwrap_or_default(),
        })
    }

    /// Stores a new pending request under `id`, refusing (never overwriting) an existing one.
    #[doc(hidden)]
    pub fn add_pending_as(
        &self,
        id: &str,
        request: &Request,
        key: &PrivateKey,
        csr: &Csr,
    ) -> Result<Record, VaultError> {
        let id = id.to_owned();
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
            key: envelope::seal(
                &self.master,
                &key_aad_v2(&self.id, &id, &hex(&Sha256::digest(&spki)), &csr.pem),
                key.pkcs8_der(),
            ),
        };
        let p = self.record_path(&record.id)?;
        let json = serde_json::to_vec_pretty(&record).unwrap_or_default();
        match atomic::write_new_atomic(&p, &json) {
            Ok(()) => Ok(record),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                Err(VaultError::IdTaken { id })
            }
            Err(e) => Err(io(&p)(e)),
        }
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
        let v2 = key_aad_v2(&self.id, id, &r.spki_sha256, &r.csr_pem);
        let der = envelope::open(&self.master, &v2, &r.key)
            .or_else(|_| envelope::open(&self.master, &key_aad(&self.id, id), &r.key))
            .map_err(|_| VaultError::Damaged { path: path.clone() })?;
        let key = PrivateKey::from_pkcs8_der(&der)
            .map_err(|_| VaultError::Damaged { path: path.clone() })?;
        // Metadata moved from another record (its SPKI, its chain) no longer matches the key.
        let spki = key
            .spki_der()
            .map_err(|_| VaultError::Damaged { path: path.clone() })?;
        if hex(&Sha256::digest(&spki)) != r.spki_sha256 {
            return Err(VaultError::Damaged { path });
        }
        if r.status == Status::Issued
            && let Some(leaf) = r.chain_pem.first()
            && !leaf_has_spki(leaf, &spki)
        {
            return Err(VaultError::Damaged { path });
        }
        Ok(key)
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

/// Whether the first certificate of `pem` holds `spki` (DER).
fn leaf_has_spki(pem: &str, spki: &[u8]) -> bool {
    use x509_parser::prelude::FromDer;
    let Ok((_, p)) = x509_parser::pem::parse_x509_pem(pem.as_bytes()) else {
        return false;
    };
    x509_parser::certificate::X509Certificate::from_der(&p.contents)
        .is_ok_and(|(_, c)| c.tbs_certificate.subject_pki.raw == spki)
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
