//! The command line over the core: `request`, `list`, `inspect`. Its names are fixed (other
//! tooling depends on them). Values are taken as strings and parsed by the core so that every
//! refusal names its field in the user's language; clap only splits the words.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use zeroize::Zeroizing;

use crate::flow::{self, Error};
use crate::i18n::{Lang, Localized, Message, t, tr};
use crate::pki::input::{Field, InputError, Notice, Problem};
use crate::pki::inspect::{self, Inspection};
use crate::pki::key::{CancelToken, HashAlg, KeySpec, KeygenProgress};
use crate::pki::profile::{Extras, Profile, SmimeChoice, Usage};
use crate::pki::request::{Request, ServerForm, SmimeForm};
use crate::vault::{self, Unlock, Vault, VaultError, VaultState, atomic};

/// Largest file `inspect` reads (CSRs, certificates and bundles are a few KiB).
const MAX_INPUT_BYTES: u64 = 10 * 1024 * 1024;

#[derive(Parser, Debug)]
#[command(
    name = "shomei",
    version,
    about = "Shomei (証明): private key, CSR, vault and PKCS#12 for S/MIME and server certificates"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Make a private key and a CSR; the key is kept encrypted in the vault.
    #[command(subcommand)]
    Request(RequestKind),
    /// List the requests in the vault.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Explain a CSR in plain words.
    Inspect {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum RequestKind {
    /// S/MIME (Secure Mail ID) certificate request.
    Smime(SmimeArgs),
    /// TLS server certificate request.
    Server(ServerArgs),
}

#[derive(Args, Debug)]
pub struct SmimeArgs {
    /// Mailbox (repeat for several); the first becomes the CN.
    #[arg(long = "email", value_name = "ADDR")]
    pub emails: Vec<String>,
    /// Organization name (組織名), as validated by the CA.
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    /// strict (default) | multipurpose
    #[arg(long, value_name = "PROFILE")]
    pub profile: Option<String>,
    /// sign-and-encrypt (default) | sign-only | encrypt-only
    #[arg(long, value_name = "USAGE")]
    pub usage: Option<String>,
    /// 否認防止
    #[arg(long)]
    pub non_repudiation: bool,
    /// データの暗号化 (Multipurpose only)
    #[arg(long)]
    pub data_encryption: bool,
    /// 個人認証 (Multipurpose only)
    #[arg(long)]
    pub client_auth: bool,
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Args, Debug)]
pub struct ServerArgs {
    /// Host name (コモンネーム); always copied into the SAN list.
    #[arg(long, value_name = "NAME")]
    pub cn: Option<String>,
    /// Extra host name (repeatable).
    #[arg(long = "san", value_name = "NAME")]
    pub sans: Vec<String>,
    /// Add the www twin (www.example.jp ↔ example.jp).
    #[arg(long)]
    pub www: bool,
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    #[arg(long, value_name = "ST")]
    pub state: Option<String>,
    #[arg(long, value_name = "L")]
    pub locality: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Args, Debug)]
pub struct CommonArgs {
    /// rsa2048 (default) | rsa3072 | rsa4096 | p256 | p384
    #[arg(long, value_name = "KEY")]
    pub key: Option<String>,
    /// sha256 | sha384 (default: sha256; sha384 for p384)
    #[arg(long, value_name = "HASH")]
    pub hash: Option<String>,
    /// Where to write the CSR (PEM).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// Runs the CLI with the process's arguments and returns the exit status.
pub fn run_from_env() -> ExitCode {
    let lang = Lang::detect();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "{}",
                tr(lang, &Message::new("cli-error").msg("message", e.message()))
            );
            ExitCode::FAILURE
        }
    }
}

/// Runs one parsed command.
pub fn run(cli: Cli, lang: Lang) -> Result<(), Error> {
    match cli.command {
        Command::Request(RequestKind::Smime(a)) => request_smime(a, lang),
        Command::Request(RequestKind::Server(a)) => request_server(a, lang),
        Command::List { json } => list(json, lang),
        Command::Inspect { file, json } => inspect_file(&file, json, lang),
    }
}

fn required(field: Field, v: Option<String>) -> Result<String, InputError> {
    match v {
        Some(s) if !s.trim().is_empty() => Ok(s),
        _ => Err(InputError::new(field, Problem::Empty, "")),
    }
}

fn key_and_hash(c: &CommonArgs) -> Result<(Option<KeySpec>, Option<HashAlg>), InputError> {
    let key = c
        .key
        .as_deref()
        .map(KeySpec::parse)
        .transpose()
        .map_err(|e| InputError::from_key_error(Field::KeyType, &e))?;
    let hash = c
        .hash
        .as_deref()
        .map(HashAlg::parse)
        .transpose()
        .map_err(|e| InputError::from_key_error(Field::Hash, &e))?;
    Ok((key, hash))
}

/// The CSR's destination must be writable before any key is made.
fn check_out(out: &Option<PathBuf>) -> Result<PathBuf, Error> {
    let Some(out) = out.clone() else {
        return Err(Error::OutMissing);
    };
    if out.is_dir() {
        return Err(Error::OutIsDirectory { path: out });
    }
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !parent.is_dir() {
        return Err(Error::OutFolderMissing { path: parent });
    }
    Ok(out)
}

fn request_smime(a: SmimeArgs, lang: Lang) -> Result<(), Error> {
    let (key, hash) = key_and_hash(&a.common)?;
    let choice = SmimeChoice {
        profile: a
            .profile
            .as_deref()
            .map(Profile::parse)
            .transpose()?
            .unwrap_or_default(),
        usage: a
            .usage
            .as_deref()
            .map(Usage::parse)
            .transpose()?
            .unwrap_or_default(),
        extras: Extras {
            non_repudiation: a.non_repudiation,
            data_encryption: a.data_encryption,
            client_auth: a.client_auth,
        },
    };
    let form = SmimeForm {
        emails: a.emails,
        organization: required(Field::Organization, a.org)?,
        choice,
        key,
        hash,
    };
    if form.emails.iter().all(|e| e.trim().is_empty()) {
        return Err(InputError::new(Field::Email, Problem::Empty, "").into());
    }
    let v = form.validate()?;
    let out = check_out(&a.common.out)?;
    finish_request(Request::Smime(v.value), &v.notices, &out, lang)
}

fn request_server(a: ServerArgs, lang: Lang) -> Result<(), Error> {
    let (key, hash) = key_and_hash(&a.common)?;
    let form = ServerForm {
        common_name: required(Field::CommonName, a.cn)?,
        sans: a.sans,
        www: a.www,
        country: required(Field::Country, a.country)?,
        state: required(Field::State, a.state)?,
        locality: required(Field::Locality, a.locality)?,
        organization: required(Field::Organization, a.org)?,
        key,
        hash,
    };
    let v = form.validate()?;
    let out = check_out(&a.common.out)?;
    finish_request(Request::Server(v.value), &v.notices, &out, lang)
}

fn print_notices(notices: &[Notice], lang: Lang) {
    for n in notices {
        eprintln!(
            "{}",
            tr(
                lang,
                &Message::new("cli-notice").msg("message", n.message())
            )
        );
    }
}

/// Reads the vault passphrase from a terminal; `twice` when a new vault is being created.
fn prompt_passphrase(lang: Lang, twice: bool) -> Result<Option<Zeroizing<String>>, VaultError> {
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Ok(None);
    }
    let ask = |id| rpassword::prompt_password(t(lang, id)).map(Zeroizing::new);
    let first = ask(if twice {
        "cli-vault-new-passphrase"
    } else {
        "cli-vault-passphrase"
    })
    .map_err(|_| VaultError::NeedPassphrase)?;
    if twice {
        let second = ask("cli-vault-repeat-passphrase").map_err(|_| VaultError::NeedPassphrase)?;
        if *first != *second {
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
        return Err(VaultError::NotFound { id: String::new() }.into());
    }
    if state == VaultState::Passphrase && unlock.passphrase.is_none() {
        unlock.passphrase = prompt_passphrase(lang, false)?;
    }
    match Vault::open_or_create(&dir, &unlock) {
        Err(VaultError::NeedPassphrase) if unlock.passphrase.is_none() => {
            // No keyring here: a passphrase-protected vault instead.
            eprintln!("{}", t(lang, "cli-vault-no-keyring"));
            unlock.passphrase = prompt_passphrase(lang, state == VaultState::Missing)?;
            if unlock.passphrase.is_none() {
                return Err(VaultError::NeedPassphrase.into());
            }
            Ok(Vault::open_or_create(&dir, &unlock)?)
        }
        other => Ok(other?),
    }
}

fn finish_request(
    request: Request,
    notices: &[Notice],
    out: &Path,
    lang: Lang,
) -> Result<(), Error> {
    print_notices(notices, lang);
    let vault = open_vault(lang, true)?;
    let tty = std::io::stderr().is_terminal();
    if tty {
        eprintln!(
            "{}",
            tr(
                lang,
                &Message::new("cli-generating").with("key", request.key().display())
            )
        );
    }
    let show = |p: KeygenProgress| {
        if tty {
            eprint!(
                "\r{}",
                tr(
                    lang,
                    &Message::new("cli-keygen-progress")
                        .num("found", i64::from(p.primes_found))
                        .num("candidates", p.candidates as i64)
                )
            );
            let _ = std::io::stderr().flush();
        }
    };
    let (record, csr) = flow::create_request(&vault, &request, &CancelToken::new(), &show)?;
    if tty {
        eprintln!();
    }
    // The key is durably in the vault; now the CSR may leave. If it cannot be written at all,
    // the request is withdrawn so that nothing is left half-done.
    if let Err(source) = atomic::write_public_atomic(out, csr.pem.as_bytes()) {
        let _ = vault.remove(&record.id);
        return Err(Error::Write {
            path: out.to_path_buf(),
            source,
        });
    }
    eprintln!(
        "{}",
        tr(
            lang,
            &Message::new("cli-request-done")
                .with("path", out.display().to_string())
                .with("title", record.request.title())
        )
    );
    println!("{}", record.id);
    Ok(())
}

fn list(json: bool, lang: Lang) -> Result<(), Error> {
    let dir = vault::default_dir().ok_or(VaultError::NoDataDir)?;
    if Vault::state(&dir)? == VaultState::Missing {
        if json {
            println!("[]");
        } else {
            println!("{}", t(lang, "cli-list-empty"));
        }
        return Ok(());
    }
    // Listing needs no key, but opening proves the vault is ours and readable.
    let vault = open_vault(lang, false)?;
    let (records, damaged) = vault.list()?;
    if json {
        let rows: Vec<serde_json::Value> = records
            .iter()
            .map(|r| {
                serde_json::json!({
                    "id": r.id,
                    "status": r.status,
                    "kind": r.request.kind_str(),
                    "title": r.request.title(),
                    "key": r.request.key().as_str(),
                    "created": r.created,
                    "request": r.request,
                })
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&rows).unwrap_or_default()
        );
    } else if records.is_empty() {
        println!("{}", t(lang, "cli-list-empty"));
    } else {
        for r in &records {
            let status = match r.status {
                vault::Status::Pending => t(lang, "status-pending"),
                vault::Status::Issued => t(lang, "status-issued"),
            };
            let kind = t(
                lang,
                if r.request.kind_str() == "smime" {
                    "kind-smime"
                } else {
                    "kind-server"
                },
            );
            println!(
                "{}  {}  {}  {}  {}",
                r.id,
                status,
                kind,
                r.request.title(),
                r.request.key().display()
            );
        }
    }
    for d in damaged {
        eprintln!(
            "{}",
            tr(
                lang,
                &Message::new("err-vault-damaged").with("path", d.display().to_string())
            )
        );
    }
    Ok(())
}

/// Reads a user-named file with a size cap.
pub fn read_input(path: &Path) -> Result<Vec<u8>, Error> {
    use std::io::Read;
    let f = std::fs::File::open(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let mut buf = Vec::new();
    f.take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut buf)
        .map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
    if buf.len() as u64 > MAX_INPUT_BYTES {
        return Err(inspect::InspectError::Unrecognized.into());
    }
    Ok(buf)
}

fn inspect_file(path: &Path, json: bool, lang: Lang) -> Result<(), Error> {
    let bytes = read_input(path)?;
    let found = inspect::inspect(&bytes)?;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&found).unwrap_or_default()
        );
        return Ok(());
    }
    print!("{}", render_inspection(&found, lang));
    Ok(())
}

/// The plain-language rendering of an inspection (shared with the wizard later).
pub fn render_inspection(found: &Inspection, lang: Lang) -> String {
    let mut s = String::new();
    let mut line = |id: &'static str, value: String| {
        s.push_str(&tr(lang, &Message::new(id).with("value", value)));
        s.push('\n');
    };
    match found {
        Inspection::Csr(c) => {
            let kind = match c.kind.as_str() {
                "smime" => t(lang, "inspect-kind-smime-csr"),
                "server" => t(lang, "inspect-kind-server-csr"),
                _ => t(lang, "inspect-kind-csr"),
            };
            line("inspect-kind", kind);
            let subject: Vec<String> = c
                .subject
                .iter()
                .map(|e| format!("{}={}", e.attr, e.value))
                .collect();
            line("inspect-subject", subject.join(", "));
            if !c.emails.is_empty() {
                line("inspect-emails", c.emails.join(", "));
            }
            if !c.dns_names.is_empty() {
                line("inspect-dns-names", c.dns_names.join(", "));
            }
            line("inspect-key", c.key.clone());
            let sig = if c.signature_valid {
                tr(
                    lang,
                    &Message::new("inspect-signature-ok")
                        .with("alg", c.signature_algorithm.clone()),
                )
            } else {
                tr(
                    lang,
                    &Message::new("inspect-signature-bad")
                        .with("alg", c.signature_algorithm.clone()),
                )
            };
            line("inspect-signature", sig);
            if !c.key_usage.is_empty() {
                line("inspect-key-usage", c.key_usage.join(", "));
            }
            if !c.extended_key_usage.is_empty() {
                line("inspect-eku", c.extended_key_usage.join(", "));
            }
            if c.findings.is_empty() {
                line("inspect-findings", t(lang, "inspect-no-findings"));
            } else {
                for f in &c.findings {
                    line("inspect-finding", tr(lang, &f.message()));
                }
            }
        }
    }
    s
}
