//! Replays a sample of the import fuzzer's corpus (tests/data/fuzz-corpus: inputs that reached
//! new code in a 20-minute, 6.5-million-run `cargo fuzz` session) through the same entry points
//! the fuzz target uses: each must end in a result or an error, quickly, without a panic.

use std::time::{Duration, Instant};

#[test]
fn fuzz_corpus_inputs_are_handled() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz-corpus");
    let mut n = 0;
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let data = std::fs::read(e.path()).unwrap();
        let t0 = Instant::now();
        if let Ok(found) = shomei::pki::bundle::read_files(&[("fuzz.bin".to_owned(), data.clone())])
        {
            for f in found {
                if let Some(c) = shomei::pki::cert::Cert::parse(&f.der) {
                    let _ = c.verify_with(&c);
                }
            }
        }
        let _ = shomei::ops::inspect_file("fuzz.bin", &data, Some("password"), 0);
        assert!(
            t0.elapsed() < Duration::from_secs(5),
            "{:?} took too long",
            e.path()
        );
        n += 1;
    }
    assert!(n >= 40, "only {n} corpus files");
}
