//! What leaves Shomei for installation: the password-protected PKCS#12, and for web servers the
//! fullchain and the encrypted private key. Every secret file is checked before it is kept.

use std::path::{Path, PathBuf};

use crate::pki::bundle;
use crate::pki::cert::{Cert, Role};
use crate::pki::password::{self, Context};
use crate::pki::pkcs12::{self as p12, P12Contents, P12Error, Platform, Preset};
use crate::pki::request::Request;
use crate::vault::{Record, Status, Vault, atomic};

use super::Error;

/// The words a password must not be made of, for a request.
pub fn password_context(record: &Record) -> Context {
    match &record.request {
        Request::Smime(r) => Context::from_parts(&r.emails, &r.organization),
        Request::Server(r) => Context::from_parts(&r.sans, &r.organization),
    }
}

/// Checks a p12 password against the policy for this request.
pub fn check_password(record: &Record, pw: &str) -> Result<(), Error> {
    let c = password::check(pw, &password_context(record));
    if c.passes() {
        Ok(())
    } else {
        Err(Error::PasswordRejected {
            failed: c.failed().collect(),
            full_width: c.full_width,
        })
    }
}

/// The chain stored for an issued request, decoded (leaf first).
pub fn stored_chain(record: &Record) -> Result<Vec<Cert>, Error> {
    if record.status != Status::Issued || record.chain_pem.is_empty() {
        return Err(Error::NotIssued {
            id: record.id.clone(),
        });
    }
    let mut certs = Vec::new();
    for pem in &record.chain_pem {
        let found = bundle::read_files(&[(record.id.clone(), pem.as_bytes().to_vec())])?;
        for f in found {
            certs.push(Cert::parse(&f.der).ok_or(Error::NotIssued {
                id: record.id.clone(),
            })?);
        }
    }
    Ok(certs)
}

/// What an export wrote.
#[derive(Clone, Debug)]
pub struct Exported {
    pub path: PathBuf,
    pub preset: Preset,
    pub friendly_name: String,
    pub summary: p12::P12Summary,
}

/// Writes the PKCS#12 for issued request `id`: password policy first, then key ↔ leaf, build,
/// re-read in memory, atomic write, re-read from disk; on any failure the file is removed.
pub fn export_p12(
    vault: &Vault,
    id: &str,
    password: &str,
    preset: Preset,
    include_root: bool,
    out: &Path,
) -> Result<Exported, Error> {
    let record = vault.get(id)?;
    let certs = stored_chain(&record)?;
    check_password(&record, password)?;
    let key = vault.load_key(id)?;
    let leaf = &certs[0];
    if key.spki_der()? != leaf.spki_der {
        return Err(Error::CertificateKeyMismatch);
    }
    let chain: Vec<Vec<u8>> = certs[1..]
        .iter()
        .filter(|c| include_root || c.role() != Role::Root)
        .map(|c| c.der.clone())
        .collect();
    let local_key_id = p12::local_key_id(&leaf.der);
    let friendly_name = record.request.title().to_owned();
    let contents = P12Contents {
        key_pkcs8: key.pkcs8_der(),
        leaf: &leaf.der,
        chain: &chain,
        friendly_name: &friendly_name,
        local_key_id: &local_key_id,
    };
    let bytes = p12::build(&contents, password, preset)?;
    p12::verify_written(&bytes, password, &contents)?;
    atomic::write_atomic(out, &bytes).map_err(|source| Error::Write {
        path: out.to_path_buf(),
        source,
    })?;
    let on_disk = std::fs::read(out).map_err(|source| Error::Read {
        path: out.to_path_buf(),
        source,
    });
    let summary = on_disk
        .map_err(|e| e.to_string())
        .and_then(|b| p12::verify_written(&b, password, &contents).map_err(|e| e.to_string()));
    match summary {
        Ok(summary) => Ok(Exported {
            path: out.to_path_buf(),
            preset,
            friendly_name,
            summary,
        }),
        Err(detail) => {
            let _ = std::fs::remove_file(out);
            Err(P12Error::Verify(detail).into())
        }
    }
}

/// Writes what a platform needs: `out` in the platform's first preset and, where it needs more
/// (older PCs / not sure), a twin beside it per further preset (`x.p12` → `x-compatible.p12`).
pub fn export_for_platform(
    vault: &Vault,
    id: &str,
    password: &str,
    platform: Platform,
    out: &Path,
) -> Result<Vec<Exported>, Error> {
    let stem = out
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut done = Vec::new();
    for (i, preset) in platform.presets().iter().enumerate() {
        let path = if i == 0 {
            out.to_path_buf()
        } else {
            out.with_file_name(p12::twin_file_name(&stem, *preset))
        };
        done.push(export_p12(vault, id, password, *preset, false, &path)?);
    }
    Ok(done)
}

/// An ASCII file name for a request's .p12, e.g. `taro_example_co_jp_2026.p12`.
pub fn default_p12_name(record: &Record, year: i32) -> String {
    let base = ascii_stem(record.request.title()).replace("__", "_");
    format!(
        "{}_{year}.p12",
        if base.is_empty() {
            "certificate"
        } else {
            &base
        }
    )
}

/// The ASCII stem every file Shomei names starts from: `taro@example.co.jp` →
/// `taro_example_co_jp` (letters and digits kept, lower-cased; anything else `_`; no `_` at the
/// ends). Empty when nothing ASCII is left.
pub fn ascii_stem(title: &str) -> String {
    let base: String = title
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    base.trim_matches('_').to_owned()
}

/// The certificate chain for a web server (Apache `SSLCertificateFile`, nginx `ssl_certificate`):
/// the leaf, then the intermediates; never the root.
pub fn fullchain_pem(record: &Record) -> Result<String, Error> {
    let certs = stored_chain(record)?;
    Ok(certs
        .iter()
        .filter(|c| c.role() != Role::Root)
        .map(Cert::pem)
        .collect())
}

/// The private key of request `id` for a web server, only as an encrypted PKCS#8 PEM (PBES2:
/// PBKDF2-HMAC-SHA256, 100,000 iterations, AES-256-CBC), under a passphrase that passes the same
/// policy as a .p12 password.
pub fn encrypted_key_pem(
    vault: &Vault,
    id: &str,
    passphrase: &str,
) -> Result<zeroize::Zeroizing<String>, Error> {
    let record = vault.get(id)?;
    check_password(&record, passphrase)?;
    let key = vault.load_key(id)?;
    Ok(key.to_encrypted_pem(passphrase)?)
}
