//! `request smime` / `request server` (and `--batch FILE.csv`): the key goes into the vault
//! first; only then is the CSR written.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::prompt::open_vault;
use super::{CommonArgs, Error, ReissueArgs, ServerArgs, SmimeArgs};
use crate::i18n::{Lang, Localized, Message, say};
use crate::ops;
use crate::pki::input::{Field, InputError, Notice, Problem};
use crate::pki::key::{CancelToken, HashAlg, KeySpec, KeygenProgress};
use crate::pki::profile::{Extras, Profile, SmimeChoice, Usage};
use crate::pki::request::{Purchase, Request, ServerForm, SmimeForm};

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
pub(super) fn check_out(out: &Option<PathBuf>) -> Result<PathBuf, Error> {
    let Some(out) = out else {
        return Err(Error::OutMissing);
    };
    Ok(ops::check_destination(out)?)
}

pub(super) fn smime(a: SmimeArgs, lang: Lang) -> Result<(), Error> {
    if let Some(csv) = &a.batch {
        return batch(csv, a.out_dir.as_deref(), lang);
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
        purchase: if a.voucher {
            Purchase::Voucher
        } else {
            Purchase::Direct
        },
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
fn batch(csv: &Path, out_dir: Option<&Path>, lang: Lang) -> Result<(), Error> {
    use crate::ops::batch;
    let Some(dir) = out_dir else {
        return Err(Error::OutMissing);
    };
    if !dir.is_dir() {
        return Err(ops::Error::DestinationFolderMissing {
            path: dir.to_path_buf(),
        }
        .into());
    }
    let rows = batch::parse(&ops::read_input(csv)?).map_err(|e| ops::Error::Batch(Box::new(e)))?;
    let vault = open_vault(lang, true)?;
    let tty = std::io::stderr().is_terminal();
    let total = rows.len();
    let (mut done, mut failed) = (0usize, 0usize);
    for (i, row) in rows.into_iter().enumerate() {
        if tty {
            eprint!(
                "\r{}",
                say(
                    lang,
                    Message::new("cli-batch-progress")
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
                eprintln!("{}{}", if tty { "\r" } else { "" }, say(lang, &e));
                continue;
            }
        };
        let request = Request::Smime(row.request.clone());
        let out = dir.join(batch::csr_file_name(&row.request.emails[0]));
        let result =
            ops::create_request_to_file(&vault, &request, &CancelToken::new(), &|_| {}, &out);
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
                eprintln!("{}{}", if tty { "\r" } else { "" }, say(lang, &m));
            }
        }
    }
    if tty {
        eprintln!();
    }
    eprintln!(
        "{}",
        say(
            lang,
            Message::new("cli-batch-summary")
                .num("done", done as i64)
                .num("failed", failed as i64)
                .path("dir", dir)
        )
    );
    if failed > 0 {
        return Err(Error::BatchIncomplete { failed });
    }
    Ok(())
}

pub(super) fn server(a: ServerArgs, lang: Lang) -> Result<(), Error> {
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
            say(lang, Message::new("cli-notice").msg("message", n.message()))
        );
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
            say(
                lang,
                Message::new("cli-generating").with("key", request.key().display())
            )
        );
    }
    let show = |p: KeygenProgress| {
        if tty {
            eprint!(
                "\r{}",
                say(
                    lang,
                    Message::new("cli-keygen-progress")
                        .num("found", i64::from(p.primes_found))
                        .num("candidates", p.candidates as i64)
                )
            );
            let _ = std::io::stderr().flush();
        }
    };
    let result = ops::create_request_to_file(&vault, &request, &CancelToken::new(), &show, out);
    if tty {
        eprintln!(); // end the progress line, also before an error
    }
    let record = result?;
    eprintln!(
        "{}",
        say(
            lang,
            Message::new("cli-request-done")
                .path("path", out)
                .with("title", record.request.title())
        )
    );
    println!("{}", record.id);
    Ok(())
}

/// `renew ID` and `reissue ID`: the plan's notes first (when the CA takes the order, what is
/// revoked, what cannot change), then a new key and CSR like any request.
pub(super) fn replace(
    id: &str,
    reissue: Option<ReissueArgs>,
    out: Option<PathBuf>,
    lang: Lang,
) -> Result<(), Error> {
    let out = check_out(&out)?;
    let vault = open_vault(lang, false)?;
    let record = vault.get(id)?;
    let kind = if reissue.is_some() {
        ops::Replacement::Reissue
    } else {
        ops::Replacement::Renewal
    };
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let plan = ops::plan_replacement(&record, kind, now)?;
    for note in &plan.notes {
        eprintln!(
            "{}",
            say(
                lang,
                Message::new("cli-notice").msg("message", note.message())
            )
        );
    }
    drop(vault);
    let (request, notices) = match (&plan.request, reissue) {
        (request, None) => (request.clone(), Vec::new()),
        (Request::Smime(r), Some(a)) => {
            let mut form = r.to_form();
            if !a.emails.is_empty() {
                form.emails = a.emails;
            }
            if let Some(p) = a.profile.as_deref() {
                form.choice.profile = Profile::parse(p)?;
            }
            if let Some(u) = a.usage.as_deref() {
                form.choice.usage = Usage::parse(u)?;
            }
            if !a.extras.is_empty() {
                form.choice.extras = parse_extras(&a.extras)?;
            }
            if let Some(h) = a.hash.as_deref() {
                form.hash = Some(
                    HashAlg::parse(h).map_err(|e| InputError::from_key_error(Field::Hash, &e))?,
                );
            }
            let v = form.validate()?;
            (Request::Smime(v.value), v.notices)
        }
        (Request::Server(r), Some(a)) => {
            let mut form = r.to_form();
            if let Some(h) = a.hash.as_deref() {
                form.hash = Some(
                    HashAlg::parse(h).map_err(|e| InputError::from_key_error(Field::Hash, &e))?,
                );
            }
            let v = form.validate()?;
            (Request::Server(v.value), v.notices)
        }
    };
    ops::check_replacement(&plan, &request)?;
    finish_request(request, &notices, &out, lang)
}

fn parse_extras(words: &[String]) -> Result<Extras, InputError> {
    let mut x = Extras::default();
    for w in words {
        match w.trim().to_ascii_lowercase().as_str() {
            "none" => x = Extras::default(),
            "non-repudiation" => x.non_repudiation = true,
            "data-encryption" => x.data_encryption = true,
            "client-auth" => x.client_auth = true,
            other => return Err(InputError::new(Field::Extras, Problem::UsageUnknown, other)),
        }
    }
    Ok(x)
}
