//! Fuzzes the import parser: whatever bytes a user drops on Shomei (a "zip", "p7b", PEM or DER)
//! must give certificates or an error — never a panic, a hang or unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(found) = shomei::pki::bundle::read_files(&[("fuzz.bin".to_owned(), data.to_vec())]) {
        for f in found {
            if let Some(cert) = shomei::pki::cert::Cert::parse(&f.der) {
                let _ = cert.verify_with(&cert);
                let _ = cert.pem();
            }
        }
    }
    let _ = shomei::ops::inspect_file("fuzz.bin", data, Some("password"), 0);
});
