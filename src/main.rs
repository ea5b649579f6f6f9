//! Bootstrap only: no arguments opens the wizard; `shomei FILE` opens the wizard on that file
//! (double-click in a file manager); a subcommand runs the CLI.
//! On Windows this is a GUI-subsystem program (no console window); cmd.exe runs the CLI through
//! its console companion `shomei.com` (src/bin/shomei-console.rs).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::path::PathBuf;
use std::process::ExitCode;

/// Words that make the command line the CLI rather than a file to open.
const SUBCOMMANDS: [&str; 6] = ["request", "list", "import", "export", "inspect", "help"];

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let open_file = match args.as_slice() {
        [] => None,
        [one]
            if !SUBCOMMANDS.iter().any(|s| one == *s)
                && !one.to_string_lossy().starts_with('-')
                && std::path::Path::new(one).is_file() =>
        {
            Some(PathBuf::from(one))
        }
        _ => return shomei::cli::run_from_env(),
    };
    let lang = shomei::i18n::Lang::detect();
    let Some(config) = shomei::gui::Config::from_env(open_file) else {
        eprintln!("{}", shomei::i18n::t(lang, "err-vault-no-dir"));
        return ExitCode::FAILURE;
    };
    match shomei::gui::run(config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "{}",
                shomei::i18n::tr(
                    lang,
                    &shomei::i18n::Message::new("err-window").with("detail", e)
                )
            );
            ExitCode::FAILURE
        }
    }
}
