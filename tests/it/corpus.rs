//! `inspect` against OpenSSL on a public corpus of real and malformed certificates, CSRs, PKCS#7
//! and PKCS#12 files this project did not write (the pyca test vectors, Debian's
//! python3-cryptography-vectors, installed by tests/run.sh). The comparison is
//! tests/corpus/compare.py; it prints the counts and fails on any disagreement, panic or hang.

use std::path::Path;
use std::process::Command;

use crate::common::python;

const CORPUS: &str = "/usr/lib/python3/dist-packages/cryptography_vectors";

#[test]
fn corpus_inspect_agrees_with_openssl() {
    assert!(
        Path::new(CORPUS).join("x509").is_dir(),
        "{CORPUS} is missing: run tests/run.sh, which installs python3-cryptography-vectors"
    );
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/compare.py");
    let o = Command::new(python())
        .args([script, env!("CARGO_BIN_EXE_shomei"), CORPUS])
        .output()
        .expect("run compare.py");
    let out = String::from_utf8_lossy(&o.stdout);
    // The counts go to the test log (`cargo test -- --nocapture` shows them).
    println!("{out}");
    eprintln!("{}", String::from_utf8_lossy(&o.stderr));
    let summary = out
        .lines()
        .find_map(|l| l.strip_prefix("corpus: "))
        .expect("a summary line");
    let v: serde_json::Value = serde_json::from_str(summary).expect("summary JSON");
    assert!(v["files"].as_u64().unwrap() > 1500, "{v}");
    assert_eq!(v["disagree"], 0, "{out}");
    assert_eq!(v["panics"], 0, "{out}");
    assert_eq!(v["timeouts"], 0, "{out}");
    // CPU seconds of the slowest `inspect` (wall time on a shared machine measures the load).
    assert!(
        v["slowest_inspect_cpu_seconds"].as_f64().unwrap() < 1.0,
        "{v}"
    );
    let imports = &v["import_sample"];
    assert!(imports["imports"].as_u64().unwrap() > 100, "{v}");
    assert_eq!(imports["accepted"], 0, "{v}");
    assert_eq!(imports["vault_changed"], 0, "{v}");
    assert_eq!(imports["panics"], 0, "{v}");
    assert_eq!(imports["timeouts"], 0, "{v}");
    assert!(o.status.success(), "{out}");
}
