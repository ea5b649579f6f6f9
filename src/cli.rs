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
use crate::pki::pkcs12::Preset;
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
    /// Bring in the issued certificate (the CA's .zip, .p7b, .crt, .cer or .pem files).
    Import {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Write a password-protected PKCS#12 (.p12) for an issued request.
    Export {
        #[arg(value_name = "ID")]
        id: String,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// modern (default) | compatible
        #[arg(long, value_name = "PRESET")]
        preset: Option<String>,
        /// Read the password from this file (first line).
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
    },
    /// Explain a CSR, certificate, bundle or .p12 in plain words.
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
    /// A CSV with a header row (email, organization; optional profile, usage, key): one
    /// request per row. UTF-8 (with or without BOM) or CP932 as Excel saves it.
    #[arg(long, value_name = "FILE.csv", conflicts_with_all = ["emails", "org"])]
    pub batch: Option<PathBuf>,
    /// With --batch: the folder for the CSRs (one per row, named after the mailbox).
    #[arg(long, value_name = "DIR", requires = "batch")]
    pub out_dir: Option<PathBuf>,
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
        Command::Import { files } => import(&files, lang),
        Command::Export {
            id,
            out,
            preset,
            password_file,
        } => export(&id, out, preset.as_deref(), password_file.as_deref(), lang),
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
    if let Some(csv) = &a.batch {
        return request_batch(csv, a.out_dir.as_deref(), lang);
    }
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

/// `request smime --batch FILE.csv --out-dir DIR`: every valid row becomes a request (its key in
/// the vault first, then its CSR in DIR); bad rows are reported with their line numbers and do
/// not stop the others. Exit status is non-zero when any row failed.
fn request_batch(csv: &Path, out_dir: Option<&Path>, lang: Lang) -> Result<(), Error> {
    use crate::batch;
    let Some(dir) = out_dir else {
        return Err(Error::OutMissing);
    };
    if !dir.is_dir() {
        return Err(Error::OutFolderMissing {
            path: dir.to_path_buf(),
        });
    }
    let rows = batch::parse(&read_input(csv)?).map_err(|e| Error::Batch(Box::new(e)))?;
    let vault = open_vault(lang, true)?;
    let tty = std::io::stderr().is_terminal();
    let total = rows.len();
    let (mut done, mut failed) = (0usize, 0usize);
    for (i, row) in rows.into_iter().enumerate() {
        if tty {
            eprint!(
                "\r{}",
                tr(
                    lang,
                    &Message::new("cli-batch-progress")
                        .num("done", i as i64)
                        .num("total", total as i64)
                )
            );
            let _ = std::io::stderr().flush();
        }
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                failed += 1;
                eprintln!("{}{}", if tty { "\r" } else { "" }, tr(lang, &e.message()));
                continue;
            }
        };
        let request = Request::Smime(row.request.clone());
        let out = dir.join(batch::csr_file_name(&row.request.emails[0]));
        let result = flow::create_request(&vault, &request, &CancelToken::new(), &|_| {}).and_then(
            |(record, csr)| {
                atomic::write_public_atomic(&out, csr.pem.as_bytes()).map_err(|source| {
                    let _ = vault.remove(&record.id);
                    Error::Write {
                        path: out.clone(),
                        source,
                    }
                })?;
                Ok(record)
            },
        );
        match result {
            Ok(record) => {
                done += 1;
                println!("{}", record.id);
            }
            Err(e) => {
                failed += 1;
                let m = Message::new("err-batch-row")
                    .num("line", row.line as i64)
                    .msg("message", e.message());
                eprintln!("{}{}", if tty { "\r" } else { "" }, tr(lang, &m));
            }
        }
    }
    if tty {
        eprintln!();
    }
    eprintln!(
        "{}",
        tr(
            lang,
            &Message::new("cli-batch-summary")
                .num("done", done as i64)
                .num("failed", failed as i64)
                .with("dir", dir.display().to_string())
        )
    );
    if failed > 0 {
        return Err(Error::BatchIncomplete { failed });
    }
    Ok(())
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
        return Err(crate::pki::bundle::BundleError::TooLarge {
            file: path.display().to_string(),
        }
        .into());
    }
    Ok(buf)
}

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

fn inspect_file(path: &Path, json: bool, lang: Lang) -> Result<(), Error> {
    let bytes = read_input(path)?;
    let name = path.display().to_string();
    let mut pw = None;
    if inspect::is_pkcs12(&bytes) {
        pw = p12_password(None, lang, false)?;
    }
    let found = flow::inspect_file(
        &name,
        &bytes,
        pw.as_deref().map(|s| s.as_str()),
        now().unix_timestamp(),
    )?;
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

fn import(files: &[PathBuf], lang: Lang) -> Result<(), Error> {
    let mut inputs = Vec::new();
    for f in files {
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| f.display().to_string());
        inputs.push((name, read_input(f)?));
    }
    let vault = open_vault(lang, false)?;
    let done = flow::import(&vault, &inputs, now())?;
    for imp in &done {
        eprint!("{}", render_import(imp, lang));
    }
    for imp in &done {
        println!("{}", imp.record.id);
    }
    Ok(())
}

/// Plain words for what an import found.
pub fn render_import(imp: &flow::Imported, lang: Lang) -> String {
    let mut s = String::new();
    let mut line = |m: Message| {
        s.push_str(&tr(lang, &m));
        s.push('\n');
    };
    let leaf = &imp.chain.leaf;
    line(
        Message::new("import-found-leaf")
            .with("title", imp.record.request.title())
            .with("until", date(leaf.not_after))
            .with("id", imp.record.id.clone()),
    );
    for c in &imp.chain.intermediates {
        line(Message::new("import-found-intermediate").with("name", display_name(c)));
    }
    if let Some(r) = &imp.chain.root {
        line(Message::new("import-found-root").with("name", display_name(r)));
    }
    for f in &imp.findings {
        line(Message::new("cli-notice").msg("message", chain_finding_message(f)));
    }
    s
}

fn display_name(c: &crate::pki::chain::Cert) -> String {
    c.subject_cn.clone().unwrap_or_else(|| c.subject.clone())
}

fn date(ts: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(ts)
        .map(|d| format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day()))
        .unwrap_or_default()
}

/// The message for a finding about an issued certificate.
pub fn chain_finding_message(f: &crate::pki::chain::Finding) -> Message {
    use crate::pki::chain::Finding as F;
    match f {
        F::NotYetValid { not_before } => {
            Message::new("import-not-yet-valid").with("date", date(*not_before))
        }
        F::ExpiresSoon { days } => Message::new("import-expires-soon").num("days", *days),
        F::NamesDiffer { requested, issued } => Message::new("import-names-differ")
            .with("requested", requested.join(", "))
            .with("issued", issued.join(", ")),
        F::KeyUsageDiffers { expected, issued } => Message::new("import-ku-differs")
            .with("expected", expected.join(", "))
            .with("issued", issued.join(", ")),
        F::EkuDiffers { expected, issued } => Message::new("import-eku-differs")
            .with("expected", expected.join(", "))
            .with("issued", issued.join(", ")),
        F::IntermediateMissing => Message::new("import-intermediate-missing"),
    }
}

/// The p12 password: `--password-file`, else `SHOMEI_P12_PASSWORD`, else a prompt on a terminal
/// (twice when `confirm`). `None` when there is no way to ask.
fn p12_password(
    file: Option<&Path>,
    lang: Lang,
    confirm: bool,
) -> Result<Option<Zeroizing<String>>, Error> {
    if let Some(f) = file {
        let raw = Zeroizing::new(read_input(f)?);
        let text = Zeroizing::new(String::from_utf8_lossy(&raw).into_owned());
        let first = text.split(['\n', '\r']).next().unwrap_or("");
        return Ok(Some(Zeroizing::new(first.to_owned())));
    }
    if let Ok(p) = std::env::var("SHOMEI_P12_PASSWORD") {
        return Ok(Some(Zeroizing::new(p)));
    }
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Ok(None);
    }
    let ask = |id| rpassword::prompt_password(t(lang, id)).map(Zeroizing::new);
    let first = ask("cli-p12-password").map_err(|_| Error::PasswordMissing)?;
    if confirm {
        let second = ask("cli-p12-password-again").map_err(|_| Error::PasswordMissing)?;
        if *first != *second {
            return Err(Error::PasswordMismatch);
        }
    }
    Ok(Some(first))
}

fn export(
    id: &str,
    out: Option<PathBuf>,
    preset: Option<&str>,
    password_file: Option<&Path>,
    lang: Lang,
) -> Result<(), Error> {
    let preset = match preset {
        None => Preset::Modern,
        Some(p) => Preset::parse(p).ok_or_else(|| Error::UnknownPreset {
            value: p.to_owned(),
        })?,
    };
    let out = check_out(&out)?;
    let vault = open_vault(lang, false)?;
    let record = vault.get(id)?;
    flow::stored_chain(&record)?;
    let password = p12_password(password_file, lang, true)?.ok_or(Error::PasswordMissing)?;
    let done = flow::export_p12(&vault, id, &password, preset, false, &out)?;
    eprintln!(
        "{}",
        tr(
            lang,
            &Message::new("cli-export-done")
                .with("path", done.path.display().to_string())
                .with("name", done.friendly_name.clone())
                .with("preset", preset.as_str())
        )
    );
    Ok(())
}

/// The plain-language rendering of an inspection (the CLI and the wizard show the same text).
pub fn render_inspection(found: &Inspection, lang: Lang) -> String {
    let mut out = String::new();
    let mut line = |id: &'static str, value: String| {
        out.push_str(&tr(lang, &Message::new(id).with("value", value)));
        out.push('\n');
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
        Inspection::Certificates { certificates } => {
            line(
                "inspect-kind",
                tr(
                    lang,
                    &Message::new("inspect-kind-certs").num("count", certificates.len() as i64),
                ),
            );
            render_certs(certificates, lang, &mut line);
        }
        Inspection::Pkcs12 {
            summary,
            key,
            key_matches_leaf,
            certificates,
        } => {
            line("inspect-kind", t(lang, "inspect-kind-p12"));
            line(
                "inspect-friendly-name",
                summary.key_friendly_names.join(", "),
            );
            line("inspect-p12-key", key.clone());
            line(
                "inspect-p12-key-match",
                t(
                    lang,
                    if *key_matches_leaf {
                        "inspect-yes"
                    } else {
                        "inspect-no"
                    },
                ),
            );
            line(
                "inspect-p12-protection",
                format!(
                    "{}; MAC {} × {}",
                    summary.encryption.join("; "),
                    summary.mac,
                    summary.mac_iterations
                ),
            );
            render_certs(certificates, lang, &mut line);
        }
    }
    out
}

fn render_certs(
    certs: &[inspect::CertView],
    lang: Lang,
    line: &mut dyn FnMut(&'static str, String),
) {
    use crate::pki::chain::Role;
    for v in certs {
        let role = match v.role {
            Role::Leaf => t(lang, "role-leaf"),
            Role::Intermediate => t(lang, "role-intermediate"),
            Role::Root => t(lang, "role-root"),
        };
        line("inspect-cert", format!("{role}: {}", v.cert.subject));
        line("inspect-issuer", v.cert.issuer.clone());
        line(
            "inspect-validity",
            format!("{} – {}", date(v.cert.not_before), date(v.cert.not_after)),
        );
        if !v.cert.emails.is_empty() {
            line("inspect-emails", v.cert.emails.join(", "));
        }
        if !v.cert.dns_names.is_empty() {
            line("inspect-dns-names", v.cert.dns_names.join(", "));
        }
        line("inspect-key", v.cert.key.clone());
        if !v.cert.key_usage.is_empty() {
            line("inspect-key-usage", v.cert.key_usage.join(", "));
        }
        if !v.cert.extended_key_usage.is_empty() {
            line("inspect-eku", v.cert.extended_key_usage.join(", "));
        }
        for f in &v.findings {
            line("inspect-finding", tr(lang, &f.message()));
        }
    }
}
