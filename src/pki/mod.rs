//! The GUI-free PKI core: pure functions over typed values. No egui, and no disk I/O except
//! what a caller hands in as bytes.

pub mod ber;
pub mod bundle;
pub mod cert;
pub mod csr;
pub mod dcv;
pub mod input;
pub mod inspect;
pub mod key;
pub mod keyinfo;
pub mod mail;
pub mod password;
pub mod pkcs12;
mod primes;
pub mod profile;
pub mod reminder;
pub mod request;
pub mod subject;
pub mod text;
pub mod verify;
