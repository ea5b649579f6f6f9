//! One integration binary (one link): CSR interop, CLI refusals, vault safety.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod csr;
mod i18n;
mod refusals;
mod vault;
