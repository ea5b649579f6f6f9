//! Key quality, checked by OpenSSL rather than by ourselves: many generated RSA keys pass
//! `openssl pkey -check` (primes, CRT values, d·e ≡ 1), every modulus has exactly the requested
//! length with both primes exactly half of it, and every ECDSA key checks too. Keys go to
//! OpenSSL through a pipe, never a file.

use std::io::Write;
use std::process::{Command, Stdio};

use rsa::pkcs8::DecodePrivateKey;
use rsa::traits::{PrivateKeyParts, PublicKeyParts};
use shomei::pki::key::{CancelToken, KeySpec, generate};

fn openssl_check(der: &[u8]) -> String {
    let mut child = Command::new("openssl")
        .args(["pkey", "-inform", "DER", "-check", "-noout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("openssl");
    child.stdin.take().unwrap().write_all(der).unwrap();
    let o = child.wait_with_output().unwrap();
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn generated_keys_pass_openssl_check_and_have_exact_lengths() {
    let plan = [
        (KeySpec::Rsa2048, 24),
        (KeySpec::Rsa3072, 3),
        (KeySpec::Rsa4096, 2),
        (KeySpec::EcP256, 8),
        (KeySpec::EcP384, 8),
    ];
    let mut checked = 0;
    for (spec, count) in plan {
        for _ in 0..count {
            let k = generate(spec, &CancelToken::new(), &|_| {}).unwrap();
            let out = openssl_check(k.pkcs8_der());
            assert!(out.contains("Key is valid"), "{spec:?}: {out}");
            if spec.is_rsa() {
                let r = rsa::RsaPrivateKey::from_pkcs8_der(k.pkcs8_der()).unwrap();
                let bits = spec.bits();
                assert_eq!(r.n().bits(), bits, "modulus length");
                assert_eq!(r.e(), &rsa::BigUint::from(65537u32));
                for p in r.primes() {
                    assert_eq!(p.bits(), bits / 2, "prime length");
                }
                let (p, q) = (&r.primes()[0], &r.primes()[1]);
                let diff = if p > q { p - q } else { q - p };
                assert!(diff.bits() > bits / 2 - 100, "|p − q| too small");
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 45);
}
