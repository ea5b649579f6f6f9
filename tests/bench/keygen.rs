//! Generates one RSA key of the given size and prints nothing but the elapsed seconds: the
//! Shomei side of `tests/bench/compare.sh` (OpenSSL `genpkey` is the other side).
//! Usage: keygen BITS

use std::time::Instant;

use shomei::pki::key::{CancelToken, KeySpec, generate};

fn main() {
    let spec = match std::env::args().nth(1).as_deref() {
        Some("3072") => KeySpec::Rsa3072,
        Some("4096") => KeySpec::Rsa4096,
        _ => KeySpec::Rsa2048,
    };
    let t0 = Instant::now();
    match generate(spec, &CancelToken::new(), &|_| {}) {
        Ok(_) => println!("{:.4}", t0.elapsed().as_secs_f64()),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
