//! One integration binary (one link): CSR interop, CLI refusals, vault safety.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod batch;
mod ca;
mod common;
mod corpus;
mod csr;
#[cfg(feature = "gui")]
mod desktop;
mod fuzz_regressions;
mod handoff;
mod hostile;
mod i18n;
mod import_export;
mod key_quality;
mod mail;
mod refusals;
mod setup;
mod vault;
#[cfg(feature = "gui")]
mod wizard;
