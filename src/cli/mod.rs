//! The command line: clap's definitions, the dispatch, and the CLI's own errors. Its command
//! names are fixed (other tooling depends on them). Values are taken as strings and parsed by
//! the core so that every refusal names its field in the user's language; clap only splits the
//! words. `request` makes requests (one or a CSV batch), `files` handles list/import/export/
//! inspect, `prompt` asks for secrets and opens the vault. The wizard is never imported here.

mod files;
mod prompt;
mod request;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::i18n::{Lang, Localized, Message, say};
use crate::ops;

pub use prompt::open_vault;

/// Every way a command can fail: a use case's error, or a mistake in the command line itself.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Ops(#[from] ops::Error),
    #[error("--out is missing")]
    OutMissing,
    #[error("unknown preset {value}")]
    UnknownPreset { value: String },
    #[error("unknown platform {value}")]
    UnknownPlatform { value: String },
    #[error("unknown CA {value}")]
    UnknownCa { value: String },
    #[error("{failed} rows failed")]
    BatchIncomplete { failed: usize },
}

impl From<crate::pki::input::InputError> for Error {
    fn from(e: crate::pki::input::InputError) -> Error {
        Error::Ops(e.into())
    }
}

impl From<crate::vault::VaultError> for Error {
    fn from(e: crate::vault::VaultError) -> Error {
        Error::Ops(e.into())
    }
}

impl Localized for Error {
    fn message(&self) -> Message {
        match self {
            Error::Ops(e) => e.message(),
            Error::OutMissing => Message::new("err-out-missing"),
            Error::UnknownPreset { value } => {
                Message::new("err-preset-unknown").with("value", value)
            }
            Error::UnknownPlatform { value } => {
                Message::new("err-platform-unknown").with("value", value)
            }
            Error::UnknownCa { value } => Message::new("err-ca-unknown").with("value", value),
            Error::BatchIncomplete { failed } => {
                Message::new("err-batch-incomplete").num("failed", *failed as i64)
            }
        }
    }
}

/// The subcommand names clap knows.
fn subcommand_names() -> Vec<String> {
    let mut names: Vec<String> = Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    names.push("help".to_owned());
    names
}

/// What a start with these arguments means, for `shomei` and its Windows console twin alike.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Launch {
    /// The window: no arguments, or a single file to open (a double-click in a file manager).
    Window(Option<PathBuf>),
    /// A subcommand, an option, or anything else: the command line.
    Cli,
}

/// Tells a command from a file to open: one argument that is no subcommand name (as clap knows
/// them) and no option, and names an existing file, opens the window on it.
pub fn launch(args: &[std::ffi::OsString]) -> Launch {
    match args {
        [] => Launch::Window(None),
        [one]
            if !subcommand_names().iter().any(|s| one == s.as_str())
                && !one.to_string_lossy().starts_with('-')
                && std::path::Path::new(one).is_file() =>
        {
            Launch::Window(Some(PathBuf::from(one)))
        }
        _ => Launch::Cli,
    }
}

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
    /// Bring in the issued certificate (the CA's .zip, .p7b, .crt, .cer or .pem files, or the
    /// CA's mail itself: .eml, or .msg from Outlook).
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
        /// Where it will be installed: windows | mac | thunderbird | unsure (unsure writes the
        /// modern file and a compatible twin beside it, as the wizard does).
        #[arg(long = "for", value_name = "PLATFORM", conflicts_with = "preset")]
        platform: Option<String>,
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
    /// Show a request: its status and dates, the hand-off sheet with the CA's validation steps,
    /// and its CSR.
    Show {
        #[arg(value_name = "ID")]
        id: String,
        /// For a server certificate, whose validation rules: digicert (through the reseller,
        /// default) | globalsign | cybertrust | certcentral
        #[arg(long, value_name = "CA")]
        ca: Option<String>,
    },
    /// Renew an issued certificate: a new key and CSR with the same contents (更新申請).
    Renew {
        #[arg(value_name = "ID")]
        id: String,
        /// Where to write the CSR (PEM).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Reissue a valid certificate: a new key and CSR; the mailboxes, profile, usage and hash
    /// may change, the organization and a server's common name may not (再発行).
    Reissue(ReissueArgs),
}

#[derive(Args, Debug)]
pub struct ReissueArgs {
    #[arg(value_name = "ID")]
    pub id: String,
    /// Mailboxes instead of the current ones (repeat for several).
    #[arg(long = "email", value_name = "ADDR")]
    pub emails: Vec<String>,
    /// strict | multipurpose
    #[arg(long, value_name = "PROFILE")]
    pub profile: Option<String>,
    /// sign-and-encrypt | sign-only | encrypt-only
    #[arg(long, value_name = "USAGE")]
    pub usage: Option<String>,
    /// Additional usages instead of the current ones: any of non-repudiation, data-encryption,
    /// client-auth (repeat), or none.
    #[arg(long = "extra", value_name = "EXTRA")]
    pub extras: Vec<String>,
    /// sha256 | sha384
    #[arg(long, value_name = "HASH")]
    pub hash: Option<String>,
    /// Where to write the CSR (PEM).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
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
    /// Mailbox (repeat for several). The issued certificate's CN is the organization name: the
    /// order page's コモンネーム is set to 「組織」 (docs/domain.md [D1]).
    #[arg(long = "email", value_name = "ADDR")]
    pub emails: Vec<String>,
    /// Organization name (組織名), as validated by the CA.
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    /// Bought through a reseller with a voucher (バウチャー): the hand-off sheet starts from the
    /// URL on the voucher, with product and validity preset and no payment step.
    #[arg(long)]
    pub voucher: bool,
    /// multipurpose (default: the CA guide's advice when unsure) | strict (no additional usages)
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
    #[arg(long, value_name = "FILE.csv", conflicts_with_all = ["emails", "org", "voucher"])]
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
    /// Also put the www twin in the SAN list (www.example.jp ↔ example.jp); at Cybertrust this
    /// is its free 「wwwオプション」 (docs/domain.md [R1]).
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
    crate::i18n::speak_as(crate::i18n::Face::Cli);
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
                say(lang, Message::new("cli-error").msg("message", e.message()))
            );
            ExitCode::FAILURE
        }
    }
}

/// Runs one parsed command.
pub fn run(cli: Cli, lang: Lang) -> Result<(), Error> {
    match cli.command {
        Command::Request(RequestKind::Smime(a)) => request::smime(a, lang),
        Command::Request(RequestKind::Server(a)) => request::server(a, lang),
        Command::List { json } => files::list(json, lang),
        Command::Import { files } => files::import(&files, lang),
        Command::Export {
            id,
            out,
            preset,
            platform,
            password_file,
        } => files::export(
            &id,
            out,
            preset.as_deref(),
            platform.as_deref(),
            password_file.as_deref(),
            lang,
        ),
        Command::Inspect { file, json } => files::inspect(&file, json, lang),
        Command::Show { id, ca } => files::show(&id, ca.as_deref(), lang),
        Command::Renew { id, out } => request::replace(&id, None, out, lang),
        Command::Reissue(a) => {
            let (id, out) = (a.id.clone(), a.out.clone());
            request::replace(&id, Some(a), out, lang)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Launch, launch};
    use std::ffi::OsString;

    #[test]
    fn a_file_opens_the_window_and_anything_else_is_the_command_line() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("TrustedRoot.crt");
        std::fs::write(&file, b"x").unwrap();
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(launch(&[]), Launch::Window(None));
        assert_eq!(
            launch(&[file.clone().into_os_string()]),
            Launch::Window(Some(file.clone()))
        );
        assert_eq!(launch(&args(&["list"])), Launch::Cli);
        assert_eq!(launch(&args(&["--help"])), Launch::Cli);
        // A file that is not there, or a file and more: the command line says what is wrong.
        let missing = dir.path().join("missing.crt");
        assert_eq!(launch(&[missing.into_os_string()]), Launch::Cli);
        assert_eq!(
            launch(&[file.into_os_string(), OsString::from("--json")]),
            Launch::Cli
        );
        // A subcommand's name is the subcommand, help included.
        assert_eq!(launch(&args(&["help"])), Launch::Cli);
    }
}
