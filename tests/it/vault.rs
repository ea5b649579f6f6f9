//! The vault: round trips in both modes (passphrase; a real Secret Service), clear errors when
//! the keyring is gone, no plaintext key anywhere on disk, and durability under `kill -9`.

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use rand_core::{OsRng, RngCore};
use sha2::{Digest, Sha256};
use shomei::vault::{Unlock, Vault, VaultState};
use x509_parser::prelude::FromDer;
use zeroize::Zeroizing;

use crate::common::{Env, files, stderr};

/// SPKI DER of a PEM CSR, read with x509-parser.
fn csr_spki(path: &Path) -> Vec<u8> {
    let pem = std::fs::read(path).unwrap();
    let (_, p) = x509_parser::pem::parse_x509_pem(&pem).unwrap();
    let (_, csr) =
        x509_parser::certification_request::X509CertificationRequest::from_der(&p.contents)
            .unwrap();
    csr.certification_request_info.subject_pki.raw.to_vec()
}

#[test]
fn passphrase_vault_round_trip() {
    let env = Env::new();
    let (id, csr) = env.request(
        &[
            "request",
            "smime",
            "--email",
            "taro@example.jp",
            "--org",
            "X",
            "--key",
            "p256",
        ],
        "a.csr",
    );
    assert_eq!(
        Vault::state(&env.data_dir()).unwrap(),
        VaultState::Passphrase
    );
    let v = Vault::open(&env.data_dir(), &crate::common::unlock()).unwrap();
    let key = v.load_key(&id).unwrap();
    assert_eq!(key.spki_der().unwrap(), csr_spki(&csr));
    let rec = v.get(&id).unwrap();
    assert_eq!(
        rec.spki_sha256,
        shomei::vault::hex(&Sha256::digest(csr_spki(&csr)))
    );
    assert_eq!(rec.csr_pem, std::fs::read_to_string(&csr).unwrap());
    // list shows it, in both languages
    let o = env.run("ja", &["list"]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("発行待ち"));
    let o = env.run("en", &["list", "--json"]);
    let rows: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(rows[0]["id"], id.as_str());
    assert_eq!(rows[0]["status"], "pending");
}

#[test]
fn wrong_passphrase_is_refused_and_changes_nothing() {
    let env = Env::new();
    env.request(
        &[
            "request",
            "smime",
            "--email",
            "taro@example.jp",
            "--org",
            "X",
            "--key",
            "p256",
        ],
        "a.csr",
    );
    let before = std::fs::read(env.data_dir().join("vault.json")).unwrap();
    let o = env
        .cmd("en")
        .env("SHOMEI_VAULT_PASSPHRASE", "not the passphrase")
        .args(["list"])
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(stderr(&o).contains("passphrase is wrong"), "{}", stderr(&o));
    let o = env
        .cmd("ja")
        .env("SHOMEI_VAULT_PASSPHRASE", "not the passphrase")
        .args([
            "request",
            "smime",
            "--email",
            "b@example.jp",
            "--org",
            "X",
            "--key",
            "p256",
            "--out",
        ])
        .arg(env.path("b.csr"))
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("パスフレーズが違います"),
        "{}",
        stderr(&o)
    );
    assert!(!env.path("b.csr").exists());
    assert_eq!(
        before,
        std::fs::read(env.data_dir().join("vault.json")).unwrap()
    );
    assert_eq!(
        std::fs::read_dir(env.data_dir().join("requests"))
            .unwrap()
            .count(),
        1
    );
    assert!(
        Vault::open(
            &env.data_dir(),
            &Unlock {
                passphrase: Some(Zeroizing::new("nope nope nope".into())),
                avoid_keyring: true
            }
        )
        .is_err()
    );
}

/// The Secret Service is provided by tests/run.sh (gnome-keyring under dbus-run-session).
fn require_secret_service() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "these tests need a Secret Service: run them through tests/run.sh"
    );
}

#[test]
fn keyring_vault_round_trip_and_clear_errors_when_the_keyring_is_gone() {
    require_secret_service();
    let env = Env::new();
    let out = env.path("k.csr");
    let o = env
        .cmd("en")
        .env_remove("SHOMEI_VAULT_PASSPHRASE")
        .args([
            "request",
            "server",
            "--cn",
            "www.example.jp",
            "--country",
            "JP",
            "--state",
            "Tokyo",
            "--locality",
            "Chiyoda-ku",
            "--org",
            "Example",
            "--key",
            "p256",
            "--out",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let id = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .last()
        .unwrap()
        .to_owned();
    assert_eq!(Vault::state(&env.data_dir()).unwrap(), VaultState::Keyring);
    // In-process, through the same keyring.
    let v = Vault::open(&env.data_dir(), &Unlock::default()).unwrap();
    assert!(v.uses_keyring());
    assert_eq!(v.load_key(&id).unwrap().spki_der().unwrap(), csr_spki(&out));
    // A passphrase in the environment does not turn a keyring vault into a new vault.
    let o = env.run("en", &["list"]);
    assert!(o.status.success(), "{}", stderr(&o));

    let header = env.data_dir().join("vault.json");
    let before = std::fs::read(&header).unwrap();
    // No session bus: the keyring is unreachable → a clear message, nothing replaced.
    let o = env
        .cmd("en")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .args([
            "request",
            "smime",
            "--email",
            "a@example.jp",
            "--org",
            "X",
            "--key",
            "p256",
            "--out",
        ])
        .arg(env.path("x.csr"))
        .output()
        .unwrap();
    assert!(!o.status.success());
    let e = stderr(&o);
    assert!(
        e.contains("OS keyring") && e.contains("safe and untouched"),
        "{e}"
    );
    assert_eq!(before, std::fs::read(&header).unwrap());
    assert!(!env.path("x.csr").exists());

    // The entry deleted from the keyring: still no new vault, and a message that says why.
    shomei::vault::keyring::delete(v.id()).unwrap();
    let o = env.run("ja", &["list"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("マスターキーがない"), "{}", stderr(&o));
    assert_eq!(before, std::fs::read(&header).unwrap());
    assert_eq!(
        std::fs::read_dir(env.data_dir().join("requests"))
            .unwrap()
            .count(),
        1
    );
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    needle.len() >= 16 && hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn no_plaintext_key_on_disk() {
    use rsa::pkcs8::DecodePrivateKey;
    use rsa::traits::PrivateKeyParts;
    let env = Env::new();
    let (rsa_id, _) = env.request(
        &["request", "smime", "--email", "t@example.jp", "--org", "X"],
        "r.csr",
    );
    let (ec_id, _) = env.request(
        &[
            "request",
            "smime",
            "--email",
            "u@example.jp",
            "--org",
            "X",
            "--key",
            "p384",
        ],
        "e.csr",
    );
    let v = Vault::open(&env.data_dir(), &crate::common::unlock()).unwrap();
    let mut needles: Vec<Vec<u8>> = Vec::new();
    let rk = v.load_key(&rsa_id).unwrap();
    needles.push(rk.pkcs8_der().to_vec());
    let r = rsa::RsaPrivateKey::from_pkcs8_der(rk.pkcs8_der()).unwrap();
    needles.push(r.d().to_bytes_be());
    for p in r.primes() {
        needles.push(p.to_bytes_be());
    }
    let ek = v.load_key(&ec_id).unwrap();
    needles.push(ek.pkcs8_der().to_vec());
    needles.push(
        p384::SecretKey::from_pkcs8_der(ek.pkcs8_der())
            .unwrap()
            .to_bytes()
            .to_vec(),
    );
    // Their base64 forms too (a JSON file would carry them so).
    use base64::Engine;
    let b64: Vec<Vec<u8>> = needles
        .iter()
        .map(|n| {
            base64::engine::general_purpose::STANDARD
                .encode(&n[..48])
                .into_bytes()
        })
        .collect();
    let mut scanned = 0;
    for dir in [env.data_dir(), env.root.path().join("tmp")] {
        for f in files(&dir) {
            let bytes = std::fs::read(&f).unwrap();
            scanned += 1;
            let text = String::from_utf8_lossy(&bytes);
            assert!(!text.contains("PRIVATE KEY"), "{f:?} holds a PEM key");
            for n in needles.iter().chain(b64.iter()) {
                assert!(
                    !contains(&bytes, n),
                    "{f:?} holds key material in the clear"
                );
            }
        }
    }
    assert!(scanned >= 3, "scanned only {scanned} files");
}

#[test]
fn kill_minus_nine_never_leaves_a_csr_without_its_key() {
    let env = Env::new();
    // Create the vault first so every run exercises the request path.
    env.request(
        &[
            "request",
            "smime",
            "--email",
            "first@example.jp",
            "--org",
            "X",
            "--key",
            "p256",
        ],
        "first.csr",
    );
    let runs = 40;
    let mut killed = 0;
    for i in 0..runs {
        let out = env.path(&format!("k{i}.csr"));
        let key = if i % 4 == 0 { "rsa2048" } else { "p256" };
        let mut child = env
            .cmd("en")
            .args([
                "request",
                "smime",
                "--email",
                &format!("u{i}@example.jp"),
                "--org",
                "X",
                "--key",
                key,
                "--out",
            ])
            .arg(&out)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let delay = 20 + (OsRng.next_u32() % 400) as u64;
        std::thread::sleep(Duration::from_millis(delay));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL
            killed += 1;
        }
        child.wait().unwrap();
    }
    assert!(
        killed > 0,
        "no run was killed mid-way; the test proves nothing"
    );
    let v = Vault::open(&env.data_dir(), &crate::common::unlock())
        .expect("the vault opens after kills");
    let (records, damaged) = v.list().unwrap();
    assert!(damaged.is_empty(), "damaged: {damaged:?}");
    for r in &records {
        v.load_key(&r.id).expect("every record's key opens");
    }
    let mut csrs = 0;
    for i in 0..runs {
        let out = env.path(&format!("k{i}.csr"));
        if !out.exists() {
            continue;
        }
        csrs += 1;
        let digest = shomei::vault::hex(&Sha256::digest(csr_spki(&out)));
        let r = records
            .iter()
            .find(|r| r.spki_sha256 == digest)
            .unwrap_or_else(|| panic!("k{i}.csr reached the disk without its key"));
        assert_eq!(
            v.load_key(&r.id).unwrap().spki_der().unwrap(),
            csr_spki(&out)
        );
    }
    eprintln!(
        "kill -9: {runs} runs, {killed} killed, {csrs} CSRs on disk, {} records",
        records.len()
    );
}
