//! The console half of Shomei, installed on Windows as `shomei.com` beside `shomei.exe`.
//!
//! `shomei.exe` is a GUI-subsystem program, so double-clicking it (or a file associated with it)
//! opens no console window. A GUI-subsystem program typed in `cmd.exe`, though, gets no console
//! output and cmd does not wait for it. Typing `shomei` finds `shomei.com` first (PATHEXT lists
//! .COM before .EXE): a console-subsystem build of the same CLI, so `shomei list` prints its
//! output, prompts for passwords, and cmd waits and sees its exit code. With no arguments or a
//! single file, it starts the window from `shomei.exe` and returns at once, as `shomei.exe`
//! itself would. (The other way, attaching a GUI program to its parent's console, needs unsafe
//! FFI and still leaves cmd not waiting.) Elsewhere it behaves the same and is not installed.

use std::ffi::OsString;
use std::process::{Command, ExitCode, Stdio};

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    if shomei::cli::launch(&args) == shomei::cli::Launch::Cli {
        return shomei::cli::run_from_env();
    }
    let gui = std::env::current_exe()
        .map(|me| me.with_file_name(format!("shomei{}", std::env::consts::EXE_SUFFIX)));
    match gui.and_then(|exe| {
        Command::new(exe)
            .args(&args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()
    }) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            let lang = shomei::i18n::Lang::detect();
            eprintln!(
                "{}",
                shomei::i18n::say_as(
                    lang,
                    shomei::i18n::Face::Cli,
                    shomei::i18n::Message::new("err-window").with("detail", e.to_string())
                )
            );
            ExitCode::FAILURE
        }
    }
}
