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

// ---- Certificates that break a rule (tests/corpus/quirks) -------------------------

/// Each file of tests/corpus/quirks and the rule (`breaks-rule` finding) it is made to break.
const QUIRKS: &[(&str, &str)] = &[
    (
        "time-generalized-before-2050.der",
        "time-generalized-before2050",
    ),
    ("time-utc-without-seconds.der", "time-without-seconds"),
    ("time-utc-not-zulu.der", "time-not-utc"),
    ("time-generalized-fraction.der", "time-fraction"),
    (
        "time-generalized-without-seconds.der",
        "time-without-seconds",
    ),
    ("time-utc-four-digit-year.der", "time-unreadable"),
    ("time-generalized-local.der", "time-unreadable"),
    ("name-dns-not-ia5.der", "san-not-ascii"),
    ("name-uri-not-ia5.der", "san-not-ascii"),
    ("name-san-empty-entry.der", "san-empty-entry"),
    ("name-san-nul-byte.der", "san-control-byte"),
    ("name-san-control-byte.der", "san-control-byte"),
    ("name-unknown-attribute.der", "unknown-attribute"),
    ("name-serialnumber-utf8.der", "serial-number-attribute"),
    ("name-serialnumber-too-long.der", "serial-number-attribute"),
    ("ext-aia-critical.der", "critical-aia"),
    ("ext-sia-critical.der", "critical-sia"),
    ("ext-name-constraints-empty.der", "name-constraints-empty"),
    (
        "ext-name-constraints-minimum.der",
        "name-constraints-min-max",
    ),
    ("ext-pathlen-negative.der", "path-len-negative"),
    ("ext-pathlen-without-ca.der", "path-len-without-ca"),
    ("ext-policy-notice-bmp.der", "notice-string-type"),
    ("ext-policy-notice-long.der", "notice-too-long"),
    (
        "ext-crldp-without-fullname.der",
        "crl-distribution-point-without-name",
    ),
    ("ext-unique-ids-v1.der", "unique-identifiers"),
    ("ext-unique-ids-v3.der", "unique-identifiers"),
    ("key-rsa-without-null.der", "rsa-parameters-missing"),
    ("key-rsa-modulus-without-zero.der", "key-encoding"),
    ("key-ec-wrong-curve.der", "curve-mismatch"),
    // zlint's test data (tests/corpus/quirks/zlint/README.md)
    ("zlint/utcNoSeconds.pem", "time-without-seconds"),
    ("zlint/utcNotZulu.pem", "time-not-utc"),
    (
        "zlint/generalizedPrior2050.pem",
        "time-generalized-before2050",
    ),
    ("zlint/generalizedNotZulu.pem", "time-not-utc"),
    ("zlint/generalizedNoSeconds.pem", "time-without-seconds"),
    ("zlint/aiaCrit.pem", "critical-aia"),
    ("zlint/siaCrit.pem", "critical-sia"),
    ("zlint/SANDNSNotIA5String.pem", "san-not-ascii"),
    ("zlint/SANURINotIA5.pem", "san-not-ascii"),
    ("zlint/SANEmptyName.pem", "san-empty-entry"),
    ("zlint/SANDNSNull.pem", "san-control-byte"),
    (
        "zlint/SubjectDNSerialNumberNotPrintableString.pem",
        "serial-number-attribute",
    ),
    (
        "zlint/SubjectDNSerialNumberTooLong.pem",
        "serial-number-attribute",
    ),
    ("zlint/caMaxPathNegative.pem", "path-len-negative"),
    ("zlint/subCertPathLenNegative.pem", "path-len-negative"),
    ("zlint/explicitTextBMPString.pem", "notice-string-type"),
    ("zlint/explicitText200Char.pem", "notice-too-long"),
    (
        "zlint/crlIncomlepteDp.pem",
        "crl-distribution-point-without-name",
    ),
    ("zlint/allUIDv1.pem", "unique-identifiers"),
    ("zlint/issuerUID.pem", "unique-identifiers"),
    (
        "zlint/publicKeyIsRSAExplicitNullMissing.pem",
        "rsa-parameters-missing",
    ),
    ("zlint/rsaAlgIDNoNULLParams.pem", "rsa-parameters-missing"),
    ("zlint/serialNumberNegative.pem", "serial-not-positive"),
];

fn quirk_path(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus/quirks")
        .join(name)
}

fn inspect_json(env: &crate::common::Env, path: &Path) -> serde_json::Value {
    let o = env.run("en", &["inspect", "--json", path.to_str().unwrap()]);
    assert!(
        o.status.success(),
        "{path:?} refused: {}",
        crate::common::stderr(&o)
    );
    serde_json::from_slice(&o.stdout).expect("inspect JSON")
}

fn rules(cert: &serde_json::Value) -> Vec<String> {
    cert["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["breaks-rule"]["rule"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn every_quirky_certificate_is_read_with_the_rule_it_breaks() {
    let env = crate::common::Env::new();
    let dir = quirk_path("");
    let mut on_disk: Vec<String> = Vec::new();
    for sub in ["", "zlint"] {
        for e in std::fs::read_dir(dir.join(sub)).unwrap().flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if (n.ends_with(".der") || n.ends_with(".pem")) && n != "ca.der" {
                on_disk.push(if sub.is_empty() {
                    n
                } else {
                    format!("{sub}/{n}")
                });
            }
        }
    }
    on_disk.sort();
    let mut listed: Vec<String> = QUIRKS.iter().map(|(f, _)| (*f).to_owned()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "every quirk file has its expected rule here"
    );
    for (file, rule) in QUIRKS {
        let v = inspect_json(&env, &quirk_path(file));
        assert_eq!(v["type"], "certificates", "{file}: {v}");
        let cert = &v["certificates"][0];
        let found = rules(cert);
        assert!(found.iter().any(|r| r == rule), "{file}: {found:?}");
        assert!(
            !cert["subject_names"].as_array().unwrap().is_empty(),
            "{file}: no subject"
        );
    }
    // The CA that issued the generated ones breaks no rule.
    let ca = inspect_json(&env, &quirk_path("ca.der"));
    assert!(rules(&ca["certificates"][0]).is_empty(), "{ca}");
}

#[test]
fn the_rule_is_said_in_both_languages() {
    let env = crate::common::Env::new();
    for (file, en, ja) in [
        (
            "time-utc-four-digit-year.der",
            "This certificate breaks a rule: a validity time cannot be read as a date.",
            "この証明書は規則に反しています：有効期間の日時が日付として読み取れません。",
        ),
        (
            "ext-aia-critical.der",
            "This certificate breaks a rule: the Authority Information Access extension",
            "この証明書は規則に反しています：認証局情報アクセス（AIA",
        ),
        (
            "key-ec-wrong-curve.der",
            "does not fit the curve it names (P-384)",
            "指定された曲線（P-384）に合っていない",
        ),
    ] {
        for (lang, want) in [("en", en), ("ja", ja)] {
            let o = env.run(lang, &["inspect", quirk_path(file).to_str().unwrap()]);
            let out = String::from_utf8_lossy(&o.stdout);
            assert!(
                o.status.success(),
                "{lang} {file}: {}",
                crate::common::stderr(&o)
            );
            assert!(out.contains(want), "{lang} {file}: {out}");
        }
    }
    // A time no reader understands is said to be unreadable, not shown as 1970.
    let o = env.run(
        "en",
        &[
            "inspect",
            quirk_path("time-utc-four-digit-year.der").to_str().unwrap(),
        ],
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Valid: 2026-01-01 – (unreadable)"), "{out}");
    assert!(!out.contains("1970"), "{out}");
}

/// SHA-256 of what OpenSSL states as the certificate's public key.
fn openssl_spki_sha256(cert: &Path) -> String {
    let pem = crate::common::tool(
        "openssl",
        &[
            "x509",
            "-inform",
            "DER",
            "-in",
            cert.to_str().unwrap(),
            "-noout",
            "-pubkey",
        ],
    );
    let mut child = Command::new("openssl")
        .args(["pkey", "-pubin", "-outform", "DER"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(pem.as_bytes())
        .unwrap();
    let der = child.wait_with_output().unwrap().stdout;
    assert!(!der.is_empty());
    shomei::pki::cert::sha256_hex(&der)
}

#[test]
fn quirky_keys_are_described_as_openssl_describes_them() {
    let env = crate::common::Env::new();
    // RSA without NULL: the hash OpenSSL states (it writes the NULL back), and the
    // certificate's own bytes' hash beside it.
    let f = quirk_path("key-rsa-without-null.der");
    let c = inspect_json(&env, &f)["certificates"][0].clone();
    assert_eq!(c["spki_sha256"], openssl_spki_sha256(&f));
    let der = std::fs::read(&f).unwrap();
    let (_, x) = x509_parser::parse_x509_certificate(&der).unwrap();
    let own = shomei::pki::cert::sha256_hex(x.tbs_certificate.subject_pki.raw);
    assert_eq!(c["spki_sha256_in_certificate"], own.as_str());
    assert_ne!(c["spki_sha256"], c["spki_sha256_in_certificate"]);
    assert_eq!(c["key"], "RSA 2048");
    // A conforming key: one hash, the certificate's own.
    let ok = inspect_json(&env, &quirk_path("ca.der"))["certificates"][0].clone();
    assert!(ok.get("spki_sha256_in_certificate").is_none(), "{ok}");
    assert_eq!(
        ok["spki_sha256"],
        openssl_spki_sha256(&quirk_path("ca.der"))
    );
    // A P-256 point labelled P-384: no size claimed (OpenSSL: "Unable to load Public Key").
    let ec = inspect_json(&env, &quirk_path("key-ec-wrong-curve.der"))["certificates"][0].clone();
    assert_eq!(
        (ec["key"].as_str(), ec["key_bits"].as_u64()),
        (Some("ECDSA"), Some(0))
    );
    // Unknown attribute types: a string as text, anything else as # + DER hex, as OpenSSL's
    // `-subject` shows them.
    let n = inspect_json(&env, &quirk_path("name-unknown-attribute.der"))["certificates"][0]
        ["subject_names"]
        .clone();
    assert_eq!(n[1]["attr"], "1.2.3.4.5.6");
    assert_eq!(n[1]["value"], "text value");
    assert_eq!(n[2]["value"], "#3003020101");
}

#[test]
fn quirky_certificates_agree_with_openssl() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/compare.py");
    let o = Command::new(python())
        .args([
            script,
            env!("CARGO_BIN_EXE_shomei"),
            "--quirks-only",
            "--verbose",
        ])
        .output()
        .expect("run compare.py");
    let out = String::from_utf8_lossy(&o.stdout);
    println!("{out}");
    let line = out
        .lines()
        .find_map(|l| l.strip_prefix("quirks: "))
        .expect("a summary line");
    let v: serde_json::Value = serde_json::from_str(line).unwrap();
    assert!(v["files"].as_u64().unwrap() >= 50, "{v}");
    assert_eq!(v["read"], v["files"], "{out}");
    assert!(v.get("disagree").is_none(), "{out}");
    let imports = &v["import_sample"];
    assert_eq!(imports["imports"], v["files"], "{v}");
    assert_eq!(imports["accepted"], 0, "{v}");
    assert_eq!(imports["vault_changed"], 0, "{v}");
    assert!(o.status.success(), "{out}");
}

#[test]
fn a_file_that_is_not_a_certificate_is_still_not_a_certificate() {
    let env = crate::common::Env::new();
    let csr_like = env.path("x.cer");
    // SEQUENCE { SEQUENCE { INTEGER 0, SEQUENCE {} … } }: the shape of nothing Shomei reads.
    for bytes in [
        &b"\x30\x0a\x30\x03\x02\x01\x00\x30\x00\x03\x01\x00"[..],
        b"\x30\x03\x02\x01\x00",
        b"hello, not a certificate",
    ] {
        std::fs::write(&csr_like, bytes).unwrap();
        let o = env.run("en", &["inspect", csr_like.to_str().unwrap()]);
        assert!(!o.status.success());
        let e = crate::common::stderr(&o);
        assert!(!e.contains("panicked"), "{e}");
        assert!(!e.contains("breaks a rule"), "{e}");
    }
    // A certificate cut short: damaged, not a quirk.
    let der = std::fs::read(quirk_path("ca.der")).unwrap();
    std::fs::write(&csr_like, &der[..der.len() - 20]).unwrap();
    let o = env.run("en", &["inspect", csr_like.to_str().unwrap()]);
    assert!(!o.status.success(), "a cut certificate was read");
}

#[test]
fn a_p7b_holding_a_quirky_certificate_is_read_and_import_names_the_rule() {
    let env = crate::common::Env::new();
    env.request(
        &[
            "request",
            "smime",
            "--email",
            "p7b@example.jp",
            "--org",
            "X",
            "--key",
            "p256",
        ],
        "r.csr",
    );
    // The cms crate decodes a SignedData's certificates strictly, so these used to make the whole
    // .p7b "damaged".
    for (file, rule) in [
        ("time-utc-not-zulu.der", "time-not-utc"),
        ("time-utc-four-digit-year.der", "time-unreadable"),
    ] {
        let pem = crate::common::tool(
            "openssl",
            &[
                "x509",
                "-inform",
                "DER",
                "-in",
                quirk_path(file).to_str().unwrap(),
            ],
        );
        let pem_path = env.path("q.pem");
        std::fs::write(&pem_path, pem).unwrap();
        let p7b = env.path("q.p7b");
        crate::common::tool(
            "openssl",
            &[
                "crl2pkcs7",
                "-nocrl",
                "-certfile",
                pem_path.to_str().unwrap(),
                "-outform",
                "DER",
                "-out",
                p7b.to_str().unwrap(),
            ],
        );
        let v = inspect_json(&env, &p7b);
        let found = rules(&v["certificates"][0]);
        assert!(found.iter().any(|r| r == rule), "{file}: {found:?}");
        let o = env.run("en", &["import", p7b.to_str().unwrap()]);
        assert!(!o.status.success());
        let e = crate::common::stderr(&o);
        assert!(
            e.contains("breaks a rule, so Shomei will not bring it in"),
            "{file}: {e}"
        );
    }
}
