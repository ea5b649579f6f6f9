//! Bootstrap only: a subcommand runs the CLI; no arguments will open the wizard.

use std::process::ExitCode;

fn main() -> ExitCode {
    if std::env::args_os().len() <= 1 {
        // Until the wizard lands, the bare command explains itself.
        let _ = <shomei::cli::Cli as clap::CommandFactory>::command().print_help();
        return ExitCode::SUCCESS;
    }
    shomei::cli::run_from_env()
}
