//! One integration binary (one link): CSR interop, CLI refusals, vault safety.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod batch;
mod ca;
mod common;
mod csr;
#[cfg(feature = "gui")]
mod desktop;
mod fuzz_regressions;
mod handoff;
mod i18n;
mod import_export;
mod key_quality;
mod refusals;
mod vault;
#[cfg(feature = "gui")]
mod wizard;

/// A message with one string argument, rendered (for finding buttons by their label).
pub fn i18n_msg(
    lang: shomei::i18n::Lang,
    id: &'static str,
    arg: &'static str,
    value: &str,
) -> String {
    shomei::i18n::tr(lang, &shomei::i18n::Message::new(id).with(arg, value))
}
