//! `list`, `import`, `export` and `inspect`: the vault's requests and the files that come and go.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use super::Error;
use super::prompt::open_vault;
use crate::i18n::{Lang, Message, report, say};
use crate::ops;
use crate::pki::inspect;
use crate::pki::pkcs12::{Platform, Preset};
use crate::vault::{self, Vault, VaultError, VaultState};

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

pub(super) fn list(json: bool, lang: Lang) -> Result<(), Error> {
    let dir = vault::default_dir().ok_or(VaultError::NoDataDir)?;
    if Vault::state(&dir)? == VaultState::Missing {
        if json {
            println!("[]");
        } else {
            println!("{}", say(lang, "cli-list-empty"));
        }
        return Ok(());
    }
    // Listing needs no key, but opening proves the vault is ours and readable.
    let vault = open_vault(lang, false)?;
    let (records, damaged) = vault.list()?;
    let now = now().unix_timestamp();
    if json {
        let rows: Vec<serde_json::Value> = records
            .iter()
            .map(|r| {
                serde_json::json!({
                    "id": r.id,
                    "status": ops::status(r, now).stored(),
                    "kind": r.request.kind().as_str(),
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
        println!("{}", say(lang, "cli-list-empty"));
    } else {
        for r in &records {
            let status = match ops::status(r, now) {
                ops::RequestStatus::Pending => say(lang, "status-pending"),
                ops::RequestStatus::Issued { .. } => say(lang, "status-issued"),
            };
            let kind = say(lang, r.request.kind());
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
            say(lang, Message::new("err-vault-damaged").path("path", d))
        );
    }
    Ok(())
}

pub(super) fn inspect(path: &Path, json: bool, lang: Lang) -> Result<(), Error> {
    let bytes = ops::read_input(path)?;
    let name = path.display().to_string();
    let mut pw = None;
    if inspect::is_pkcs12(&bytes) {
        pw = p12_password(None, lang, false)?;
    }
    let found = ops::inspect_file(
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
    print!("{}", report::inspection_report(&found, lang));
    Ok(())
}

pub(super) fn import(files: &[PathBuf], lang: Lang) -> Result<(), Error> {
    let inputs = ops::read_inputs(files)?;
    let vault = open_vault(lang, false)?;
    let done = ops::import(&vault, &inputs, now())?;
    for imp in &done {
        eprint!("{}", report::import_report(imp, lang));
    }
    for imp in &done {
        println!("{}", imp.record.id);
    }
    Ok(())
}

/// The p12 password: `--password-file`, else `SHOMEI_P12_PASSWORD`, else a prompt on a terminal
/// (twice when `confirm`). `None` when there is no way to ask.
pub(super) fn p12_password(
    file: Option<&Path>,
    lang: Lang,
    confirm: bool,
) -> Result<Option<Zeroizing<String>>, Error> {
    if let Some(f) = file {
        let raw = Zeroizing::new(ops::read_input(f)?);
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
    let ask = |id| rpassword::prompt_password(say(lang, id)).map(Zeroizing::new);
    let first = ask("cli-p12-password").map_err(|_| ops::Error::PasswordMissing)?;
    if confirm {
        let second = ask("cli-p12-password-again").map_err(|_| ops::Error::PasswordMissing)?;
        if !crate::pki::password::confirmed(&first, &second) {
            return Err(ops::Error::PasswordMismatch.into());
        }
    }
    Ok(Some(first))
}

pub(super) fn export(
    id: &str,
    out: Option<PathBuf>,
    preset: Option<&str>,
    platform: Option<&str>,
    password_file: Option<&Path>,
    lang: Lang,
) -> Result<(), Error> {
    let preset = match preset {
        None => Preset::Modern,
        Some(p) => Preset::parse(p).ok_or_else(|| Error::UnknownPreset {
            value: p.to_owned(),
        })?,
    };
    let platform = platform
        .map(|p| {
            Platform::parse(p).ok_or_else(|| Error::UnknownPlatform {
                value: p.to_owned(),
            })
        })
        .transpose()?;
    let out = super::request::check_out(&out)?;
    let vault = open_vault(lang, false)?;
    let record = vault.get(id)?;
    ops::stored_chain(&record)?;
    let password = p12_password(password_file, lang, true)?.ok_or(ops::Error::PasswordMissing)?;
    let done = match platform {
        Some(platform) => ops::export_for_platform(&vault, id, &password, platform, &out)?,
        None => vec![ops::export_p12(&vault, id, &password, preset, false, &out)?],
    };
    for file in done {
        eprintln!(
            "{}",
            say(
                lang,
                Message::new("cli-export-done")
                    .path("path", file.path)
                    .with("name", file.friendly_name.clone())
                    .with("preset", file.preset.as_str())
            )
        );
    }
    Ok(())
}

/// `show ID`: the request's status and dates, its hand-off sheet (a server's for `--ca`), and
/// its CSR — all a colleague needs to order it again or check an order.
pub(super) fn show(id: &str, ca: Option<&str>, lang: Lang) -> Result<(), Error> {
    use crate::pki::dcv::Ca;
    let ca = ca
        .map(|c| {
            Ca::parse(c).ok_or_else(|| Error::UnknownCa {
                value: c.to_owned(),
            })
        })
        .transpose()?;
    let vault = open_vault(lang, false)?;
    let record = vault.get(id)?;
    let now = time::OffsetDateTime::now_utc();
    let status = match ops::status(&record, now.unix_timestamp()) {
        ops::RequestStatus::Issued {
            not_before,
            not_after,
            ..
        } => Message::new("cli-show-issued")
            .msg("from", report::date_message(not_before))
            .msg("until", report::date_message(not_after)),
        ops::RequestStatus::Pending => Message::new("cli-show-pending"),
    };
    let created = time::OffsetDateTime::parse(
        &record.created,
        &time::format_description::well_known::Rfc3339,
    )
    .map(|d| d.unix_timestamp())
    .unwrap_or_default();
    println!(
        "{}",
        say(
            lang,
            Message::new("cli-show-head")
                .with("id", record.id.clone())
                .with("title", record.request.title())
                .msg("created", report::date_message(created))
                .msg("status", status)
        )
    );
    println!();
    let mut sheet = ops::handoff(&record.request, now.date());
    if let (Some(ca), ops::HandOff::Server(s)) = (ca, &sheet) {
        sheet = ops::HandOff::Server(s.with_ca(ca));
    }
    print!("{}", report::handoff_text(&sheet, lang));
    println!("{}", record.csr_pem.trim_end());
    Ok(())
}
