//! Bootstrap only: no arguments opens the wizard; a subcommand runs the CLI.

use std::process::ExitCode;

fn main() -> ExitCode {
    if std::env::args_os().len() > 1 {
        return shomei::cli::run_from_env();
    }
    let lang = shomei::i18n::Lang::detect();
    let Some(config) = shomei::gui::Config::from_env(None) else {
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
