//! Bootstrap only: no arguments opens the wizard; `shomei FILE` opens the wizard on that file
//! (double-click in a file manager); a subcommand runs the CLI. Built without the `gui` feature,
//! every invocation is the CLI.
//! On Windows this is a GUI-subsystem program (no console window); cmd.exe runs the CLI through
//! its console companion `shomei.com` (src/bin/shomei-console.rs).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

#[cfg(feature = "gui")]
fn main() -> ExitCode {
    use std::path::PathBuf;
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let commands = shomei::cli::subcommand_names();
    let open_file = match args.as_slice() {
        [] => None,
        [one]
            if !commands.iter().any(|s| one == s.as_str())
                && !one.to_string_lossy().starts_with('-')
                && std::path::Path::new(one).is_file() =>
        {
            Some(PathBuf::from(one))
        }
        _ => return shomei::cli::run_from_env(),
    };
    shomei::gui::main(open_file)
}

#[cfg(not(feature = "gui"))]
fn main() -> ExitCode {
    shomei::cli::run_from_env()
}
