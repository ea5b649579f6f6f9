//! One integration binary (one link): CSR interop, CLI refusals, vault safety.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod ca;
mod common;
mod csr;
mod fuzz_regressions;
mod i18n;
mod import_export;
mod refusals;
mod vault;
mod wizard;
