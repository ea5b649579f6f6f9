//! The journey's steps that span the core's parts, shared by the CLI and the wizard:
//! validated request → key → CSR → key durably in the vault → only then the CSR.

use std::path::{Path, PathBuf};

use time::OffsetDateTime;

use crate::i18n::{Localized, Message};
use crate::pki::bundle::{self, BundleError};
use crate::pki::chain::{self, Cert, Chain, ChainError, Finding, Role};
use crate::pki::csr::{self, Csr, CsrError};
use crate::pki::input::InputError;
use crate::pki::inspect::InspectError;
use crate::pki::key::{self, CancelToken, KeyError, KeygenProgress};
use crate::pki::password::{self, Context, Rule};
use crate::pki::pkcs12::{self as p12, P12Contents, P12Error, Preset};
use crate::pki::request::Request;
use crate::vault::{Record, Status, Vault, VaultError, atomic};

/// Every way an operation can fail, each with a localized message that says what to do.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error(transparent)]
    Csr(#[from] CsrError),
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error(transparent)]
    Inspect(#[from] InspectError),
    #[error("{path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Bundle(#[from] BundleError),
    #[error(transparent)]
    Chain(#[from] ChainError),
    #[error(transparent)]
    P12(#[from] P12Error),
    #[error("only CA certificates: {subjects:?}")]
    OnlyCaCertificates { subjects: Vec<String> },
    #[error("no pending request has the key of {subject}")]
    ForeignCertificate { subject: String },
    #[error("{subject} expired")]
    Expired { subject: String, not_after: String },
    #[error("request {id} has no certificate yet")]
    NotIssued { id: String },
    #[error("the certificate does not belong to the request's key")]
    CertificateKeyMismatch,
    #[error("password refused: {failed:?}")]
    PasswordRejected { failed: Vec<Rule>, full_width: bool },
    #[error("no password")]
    PasswordMissing,
    #[error("the passwords differ")]
    PasswordMismatch,
    #[error("unknown preset {value}")]
    UnknownPreset { value: String },
    #[error(transparent)]
    Batch(Box<crate::batch::BatchError>),
    #[error("{failed} rows failed")]
    BatchIncomplete { failed: usize },
    #[error("--out is missing")]
    OutMissing,
    #[error("{path} is a directory")]
    OutIsDirectory { path: PathBuf },
    #[error("{path}: the folder does not exist")]
    OutFolderMissing { path: PathBuf },
}

impl Localized for Error {
    fn message(&self) -> Message {
        match self {
            Error::Input(e) => e.message(),
            Error::Key(e) => e.message(),
            Error::Csr(e) => e.message(),
            Error::Vault(e) => e.message(),
            Error::Inspect(e) => e.message(),
            Error::Read { path, source } => Message::new("err-read")
                .with("path", path.display().to_string())
                .with("detail", source.to_string()),
            Error::Write { path, source } => Message::new("err-write")
                .with("path", path.display().to_string())
                .with("detail", source.to_string()),
            Error::Bundle(e) => e.message(),
            Error::Chain(ChainError::BadSignature { subject, issuer }) => {
                Message::new("err-import-bad-signature")
                    .with("subject", subject)
                    .with("issuer", issuer)
            }
            Error::P12(e) => e.message(),
            Error::OnlyCaCertificates { subjects } => {
                Message::new("err-import-only-ca").with("subjects", subjects.join(" / "))
            }
            Error::ForeignCertificate { subject } => {
                Message::new("err-import-foreign").with("subject", subject)
            }
            Error::Expired { subject, not_after } => Message::new("err-import-expired")
                .with("subject", subject)
                .with("date", not_after),
            Error::NotIssued { id } => Message::new("err-export-not-issued").with("id", id),
            Error::CertificateKeyMismatch => Message::new("err-export-key-mismatch"),
            Error::PasswordRejected { failed, full_width } => {
                let rules: Vec<String> = failed.iter().map(|r| r.message_id().to_owned()).collect();
                let id = if *full_width {
                    "err-password-full-width"
                } else {
                    "err-password-rejected"
                };
                let mut m = Message::new(id);
                // The first failed rule says what to change; the wizard shows all of them.
                if let Some(first) = failed.first() {
                    m = m.msg("rule", Message::new(first.message_id()));
                }
                m.num("count", rules.len() as i64)
            }
            Error::PasswordMissing => Message::new("err-password-missing"),
            Error::PasswordMismatch => Message::new("err-password-mismatch"),
            Error::UnknownPreset { value } => {
                Message::new("err-preset-unknown").with("value", value)
            }
            Error::Batch(e) => e.message(),
            Error::BatchIncomplete { failed } => {
                Message::new("err-batch-incomplete").num("failed", *failed as i64)
            }
            Error::OutMissing => Message::new("err-out-missing"),
            Error::OutIsDirectory { path } => {
                Message::new("err-out-is-dir").with("path", path.display().to_string())
            }
            Error::OutFolderMissing { path } => {
                Message::new("err-out-folder-missing").with("path", path.display().to_string())
            }
        }
    }
}

/// Makes the key, builds the CSR, and stores both in the vault durably. The returned CSR may be
/// shown or written: its key is already safe on disk.
pub fn create_request(
    vault: &Vault,
    request: &Request,
    cancel: &CancelToken,
    progress: &(dyn Fn(KeygenProgress) + Sync),
) -> Result<(Record, Csr), Error> {
    let key = key::generate(request.key(), cancel, progress)?;
    let csr = csr::build(request, &key)?;
    if cancel.is_cancelled() {
        return Err(KeyError::Cancelled.into());
    }
    let record = vault.add_pending(request, &key, &csr)?;
    Ok((record, csr))
}

/// A certificate matched to its request on import.
#[derive(Clone, Debug)]
pub struct Imported {
    pub record: Record,
    pub chain: Chain,
    pub findings: Vec<Finding>,
}

fn date(ts: i64) -> String {
    OffsetDateTime::from_unix_timestamp(ts)
        .map(|d| format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day()))
        .unwrap_or_default()
}

/// Reads the CA's files, matches each leaf to a request by its public key, orders and verifies
/// its chain, and only when every leaf is good records them (the vault is unchanged otherwise).
pub fn import(
    vault: &Vault,
    files: &[(String, Vec<u8>)],
    now: OffsetDateTime,
) -> Result<Vec<Imported>, Error> {
    let found = bundle::read_files(files)?;
    let certs: Vec<Cert> = found
        .iter()
        .map(|f| {
            Cert::parse(&f.der).ok_or_else(|| BundleError::BadCertificate {
                file: f.source.clone(),
            })
        })
        .collect::<Result<_, _>>()?;
    let leaves: Vec<&Cert> = certs.iter().filter(|c| c.role() == Role::Leaf).collect();
    if leaves.is_empty() {
        return Err(Error::OnlyCaCertificates {
            subjects: certs
                .iter()
                .map(|c| c.subject_cn.clone().unwrap_or_else(|| c.subject.clone()))
                .collect(),
        });
    }
    let (records, _) = vault.list()?;
    let mut planned = Vec::new();
    for leaf in leaves {
        let Some(record) = records.iter().find(|r| r.spki_sha256 == leaf.spki_sha256) else {
            return Err(Error::ForeignCertificate {
                subject: leaf.subject.clone(),
            });
        };
        if leaf.not_after < now.unix_timestamp() {
            return Err(Error::Expired {
                subject: leaf.subject.clone(),
                not_after: date(leaf.not_after),
            });
        }
        let chain = chain::build_chain(leaf, &certs)?;
        let findings = chain::findings(&chain, &record.request, now);
        planned.push((record.clone(), chain, findings));
    }
    let mut out = Vec::new();
    for (record, chain, findings) in planned {
        let mut pems = vec![chain.leaf.pem()];
        pems.extend(chain.intermediates.iter().map(Cert::pem));
        pems.extend(chain.root.iter().map(Cert::pem));
        let record = vault.attach_chain(&record.id, pems)?;
        out.push(Imported {
            record,
            chain,
            findings,
        });
    }
    Ok(out)
}

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
    let local_key_id = {
        use sha1_011::Digest as _;
        sha1_011::Sha1::digest(&leaf.der).to_vec()
    };
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
            friendly_name,
            summary,
        }),
        Err(detail) => {
            let _ = std::fs::remove_file(out);
            Err(P12Error::Verify(detail).into())
        }
    }
}

/// An ASCII file name for a request's .p12, e.g. `taro_example_co_jp_2026.p12`.
pub fn default_p12_name(record: &Record, year: i32) -> String {
    let base: String = record
        .request
        .title()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    let base = base.trim_matches('_').replace("__", "_");
    format!(
        "{}_{year}.p12",
        if base.is_empty() {
            "certificate"
        } else {
            &base
        }
    )
}

/// Inspects any file the user may hold: a CSR, certificates (PEM, DER, PKCS#7, the CA's zip) or
/// a PKCS#12 (which needs `p12_password`). `now` is Unix seconds, for validity findings.
pub fn inspect_file(
    name: &str,
    bytes: &[u8],
    p12_password: Option<&str>,
    now: i64,
) -> Result<crate::pki::inspect::Inspection, Error> {
    use crate::pki::inspect::{self, Inspection};
    if inspect::is_pkcs12(bytes) {
        let pw = p12_password.ok_or(Error::PasswordMissing)?;
        let summary = p12::read(bytes, pw)?;
        let certs: Vec<Cert> = summary
            .certs
            .iter()
            .filter_map(|d| Cert::parse(d))
            .collect();
        let (key, spki) = match summary
            .key_pkcs8
            .first()
            .map(|k| crate::pki::key::PrivateKey::from_pkcs8_der(k))
        {
            Some(Ok(k)) => (k.spec().display().to_owned(), k.spki_der().ok()),
            _ => (String::new(), None),
        };
        let key_matches_leaf = spki.is_some_and(|s| {
            certs
                .iter()
                .any(|c| c.role() == Role::Leaf && c.spki_der == s)
        });
        return Ok(Inspection::Pkcs12 {
            summary,
            key,
            key_matches_leaf,
            certificates: inspect::cert_views(certs, now),
        });
    }
    match inspect::inspect(bytes) {
        Ok(i) => return Ok(i),
        Err(InspectError::Unrecognized) => {}
        Err(e) => return Err(e.into()),
    }
    let found = bundle::read_files(&[(name.to_owned(), bytes.to_vec())])?;
    let certs: Vec<Cert> = found.iter().filter_map(|f| Cert::parse(&f.der)).collect();
    Ok(Inspection::Certificates {
        certificates: inspect::cert_views(certs, now),
    })
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
    use pkcs8::der::Decode as _;
    use rand_core::RngCore as _;
    let record = vault.get(id)?;
    check_password(&record, passphrase)?;
    let key = vault.load_key(id)?;
    let info = pkcs8::PrivateKeyInfo::from_der(key.pkcs8_der())
        .map_err(|_| crate::pki::key::KeyError::Decode)?;
    let mut salt = [0u8; 16];
    let mut iv = [0u8; 16];
    rand_core::OsRng.fill_bytes(&mut salt);
    rand_core::OsRng.fill_bytes(&mut iv);
    let params = pkcs8::pkcs5::pbes2::Parameters::pbkdf2_sha256_aes256cbc(100_000, &salt, &iv)
        .map_err(|_| crate::pki::key::KeyError::Generation)?;
    let doc = info
        .encrypt_with_params(params, passphrase.as_bytes())
        .map_err(|_| crate::pki::key::KeyError::Generation)?;
    doc.to_pem("ENCRYPTED PRIVATE KEY", pkcs8::LineEnding::LF)
        .map_err(|_| crate::pki::key::KeyError::Generation.into())
}

/// What a renewal starts from: the same subject and choices (a new key is always made).
pub fn renewal_request(record: &Record) -> Request {
    record.request.clone()
}
