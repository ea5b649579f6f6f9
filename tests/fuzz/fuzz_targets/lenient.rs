//! Fuzzes the lenient certificate reader (`pki::cert::lenient`, what `inspect` uses for certificates
//! that break a rule): any bytes must give a certificate with its quirks or `None`, and the
//! report in both languages — never a panic, a hang or unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some((cert, quirks)) = shomei::pki::cert::lenient::read(data) {
        let _ = cert.verify_with(&cert);
        let _ = cert.pem();
        let views = shomei::pki::inspect::quirky_cert_views(vec![(cert, quirks)], 0);
        let found = shomei::pki::inspect::Inspection::Certificates { certificates: views };
        for lang in [shomei::i18n::Lang::Ja, shomei::i18n::Lang::En] {
            let _ = shomei::i18n::report::inspection_report(&found, lang);
        }
    }
    let _ = shomei::pki::cert::lenient::refusal_reasons(data);
    let _ = shomei::pki::bundle::read_files_for_inspect(&[("fuzz.der".to_owned(), data.to_vec())]);
});
