//! One integration binary (one link): CSR interop, CLI refusals, vault safety.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod architecture;
mod batch;
mod ca;
mod common;
mod corpus;
mod csr;
#[cfg(feature = "gui")]
mod desktop;
mod docs;
mod fuzz_regressions;
mod handoff;
#[cfg(feature = "gui")]
mod harness;
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
