//! Generates one RSA key of the given size and prints nothing but the elapsed seconds: the
//! Shomei side of `tests/bench/compare.py` (OpenSSL `genpkey` is the other side).
//! Usage: keygen BITS [WORKERS]   (WORKERS defaults to every core)

use std::time::Instant;

use shomei::pki::key::{CancelToken, KeySpec, KeygenOptions, generate_with};

fn main() {
    let mut args = std::env::args().skip(1);
    let spec = match args.next().as_deref() {
        Some("3072") => KeySpec::Rsa3072,
        Some("4096") => KeySpec::Rsa4096,
        _ => KeySpec::Rsa2048,
    };
    let mut opts = KeygenOptions::default();
    if let Some(w) = args.next().and_then(|w| w.parse().ok()) {
        opts.workers = w;
    }
    let t0 = Instant::now();
    match generate_with(spec, &CancelToken::new(), &|_| {}, &opts) {
        Ok(_) => println!("{:.4}", t0.elapsed().as_secs_f64()),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
