//! Shomei (証明): the core library behind the wizard and the CLI — keys, CSRs, the encrypted
//! vault, inspection — with no GUI dependency, so the CLI and the tests exercise exactly what
//! the wizard runs.

pub mod batch;
pub mod cli;
pub mod flow;
pub mod gui;
pub mod i18n;
pub mod jobs;
pub mod pki;
pub mod reminder;
pub mod text;
pub mod vault;

pub use flow::Error;
