//! Bootstrap only: no arguments opens the wizard; `shomei FILE` opens the wizard on that file
//! (double-click in a file manager); a subcommand runs the CLI. Built without the `gui` feature,
//! every invocation is the CLI.
//! On Windows this is a GUI-subsystem program (no console window); cmd.exe runs the CLI through
//! its console companion `shomei.com` (src/bin/shomei-console.rs).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

#[cfg(feature = "gui")]
fn main() -> ExitCode {
    use shomei::cli::{Launch, launch, run_from_env};
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    match launch(&args) {
        Launch::Window(open_file) => shomei::gui::main(open_file),
        Launch::Cli => run_from_env(),
    }
}

#[cfg(not(feature = "gui"))]
fn main() -> ExitCode {
    shomei::cli::run_from_env()
}
