//! Shomei (証明): keys, CSRs, the encrypted vault, import, export and inspection for S/MIME and
//! server certificates, behind two faces — the wizard (`gui`, the default `gui` feature) and the
//! command line (`cli`). The layers, and the arrows that must never exist, are drawn in the
//! ARCHITECTURE.md:
//!
//! - `pki` — pure typed values and typed errors; no disk, no text.
//! - `vault` — the only place that writes secrets to disk (encrypted, atomic, private).
//! - `ops` — the use cases both faces run; typed results and errors, no text.
//! - `i18n` — the one place that turns typed values into sentences (Fluent, ja and en).
//! - `cli`, `gui` — the faces; neither imports the other.

pub mod cli;
pub mod folders;
#[cfg(feature = "gui")]
pub mod gui;
pub mod i18n;
pub mod jobs;
pub mod ops;
pub mod pki;
pub mod vault;

pub use ops::Error;
