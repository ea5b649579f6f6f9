//! Generates one RSA key with aws-lc-rs. Usage: shomei-awslc-keygen BITS
use aws_lc_rs::rsa::{KeyPair, KeySize};

fn main() {
    let size = match std::env::args().nth(1).as_deref() {
        Some("3072") => KeySize::Rsa3072,
        Some("4096") => KeySize::Rsa4096,
        _ => KeySize::Rsa2048,
    };
    if KeyPair::generate(size).is_err() {
        std::process::exit(1);
    }
}
