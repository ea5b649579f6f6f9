//! The second half of the journey through the real binary: the CA's files come back in every
//! shape CAs use, are matched to their key, and become a .p12 that OpenSSL (without -legacy),
//! NSS pk12util, GnuTLS certtool, Java keytool and Python cryptography all open.

use std::path::{Path, PathBuf};

use rcgen::{ExtendedKeyUsagePurpose, KeyUsagePurpose};
use serde_json::Value;
use time::{Duration, OffsetDateTime};

use crate::ca::{Ca, Order, p7b, pem, zip, zip_cp932};
use crate::common::{Env, python, smime_request, snapshot, stderr, tool};

pub const P12_PASSWORD: &str = "Kq7#mv2P!rTz-2026";

pub(crate) fn import_ok(env: &Env, files: &[&Path]) -> (String, String) {
    let mut args = vec!["import"];
    args.extend(files.iter().map(|p| p.to_str().unwrap()));
    let o = env.run("en", &args);
    assert!(o.status.success(), "import failed: {}", stderr(&o));
    (String::from_utf8_lossy(&o.stdout).into_owned(), stderr(&o))
}

fn export(env: &Env, id: &str, preset: &str, name: &str) -> PathBuf {
    let pw = env.path("pw.txt");
    std::fs::write(&pw, format!("{P12_PASSWORD}\n")).unwrap();
    let out = env.path(name);
    let o = env.run(
        "en",
        &[
            "export",
            id,
            "--out",
            out.to_str().unwrap(),
            "--preset",
            preset,
            "--password-file",
            pw.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "export failed: {}", stderr(&o));
    out
}

fn check_p12_everywhere(p12: &Path, preset: &str, friendly: &str, env: &Env) {
    let f = p12.to_str().unwrap();
    let pass = format!("pass:{P12_PASSWORD}");
    // OpenSSL 3, without -legacy.
    let info = tool(
        "openssl",
        &["pkcs12", "-info", "-in", f, "-passin", &pass, "-noenc"],
    );
    match preset {
        "modern" => {
            assert!(info.contains("MAC: sha256"), "{info}");
            assert!(
                info.contains("PBES2, PBKDF2, AES-256-CBC, Iteration 100000, PRF hmacWithSHA256"),
                "{info}"
            );
            assert!(
                !info.contains("TripleDES") && !info.contains("RC2"),
                "{info}"
            );
        }
        _ => {
            assert!(info.contains("MAC: sha1"), "{info}");
            assert!(
                info.contains("pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 10000"),
                "{info}"
            );
            assert!(!info.contains("RC2") && !info.contains("PBES2"), "{info}");
        }
    }
    assert!(
        info.contains(&format!("friendlyName: {friendly}")),
        "{info}"
    );
    assert!(info.contains("localKeyID:"), "{info}");
    assert_eq!(
        info.matches("BEGIN CERTIFICATE").count(),
        2,
        "leaf + intermediate: {info}"
    );
    // NSS (Thunderbird/Firefox).
    let nss = tool("pk12util", &["-l", f, "-W", P12_PASSWORD]);
    assert!(nss.contains(&format!("Friendly Name: {friendly}")), "{nss}");
    assert!(nss.contains("Key(shrouded)"), "{nss}");
    // GnuTLS.
    let gnutls = tool(
        "certtool",
        &[
            "--p12-info",
            "--inder",
            "--infile",
            f,
            "--password",
            P12_PASSWORD,
        ],
    );
    assert!(
        gnutls.contains(&format!("Friendly name: {friendly}")),
        "{gnutls}"
    );
    assert!(gnutls.contains("PKCS #8 Encrypted key"), "{gnutls}");
    assert!(
        gnutls.contains("MAC: SHA256") == (preset == "modern"),
        "{gnutls}"
    );
    // Java.
    let java = tool(
        "keytool",
        &[
            "-list",
            "-v",
            "-keystore",
            f,
            "-storetype",
            "PKCS12",
            "-storepass",
            P12_PASSWORD,
        ],
    );
    assert!(java.contains("PrivateKeyEntry"), "{java}");
    assert!(java.contains(&format!("Alias name: {friendly}")), "{java}");
    assert!(java.contains("Certificate chain length: 2"), "{java}");
    // Python cryptography: key matches leaf, chain present, friendlyName present.
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/py/describe_p12.py");
    let py = tool(&python(), &[script, f, P12_PASSWORD]);
    let v: Value = serde_json::from_str(py.lines().next().unwrap()).unwrap();
    assert_eq!(v["key_matches_leaf"], true, "{py}");
    assert_eq!(v["additional_certs"], 1, "{py}");
    assert_eq!(v["friendly_name"], friendly, "{py}");
    let _ = env;
}

#[test]
fn zip_from_the_ca_becomes_a_p12_that_opens_everywhere_in_both_presets() {
    let env = Env::new();
    let ca = Ca::new();
    let (id, csr) = smime_request(&env, "taro@example.co.jp", "rsa2048");
    let leaf = ca.issue(&csr, &Order::smime("taro@example.co.jp", "テスト株式会社"));
    let z = env.path("Certificate.zip");
    zip(
        &z,
        &[
            ("TrustedRoot.crt", pem(&ca.root_der).into_bytes()),
            ("DigiCertCA.crt", pem(&ca.inter_der).into_bytes()),
            ("taro_example_co_jp.crt", pem(&leaf).into_bytes()),
        ],
    );
    let (stdout, err) = import_ok(&env, &[&z]);
    assert_eq!(stdout.trim(), id);
    assert!(
        err.contains("Your certificate for taro@example.co.jp"),
        "{err}"
    );
    assert!(
        err.contains("intermediate CA certificate: Test Assured G2 SMIME RSA SHA384 CA1"),
        "{err}"
    );
    assert!(
        err.contains("root certificate: Test Assured ID Root G2"),
        "{err}"
    );
    let o = env.run("en", &["list", "--json"]);
    let rows: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(rows[0]["status"], "issued");
    for preset in ["modern", "compatible"] {
        let p12 = export(&env, &id, preset, &format!("taro-{preset}.p12"));
        check_p12_everywhere(&p12, preset, "taro@example.co.jp", &env);
        // Our own inspect reads it back too.
        let o = env
            .cmd("en")
            .env("SHOMEI_P12_PASSWORD", P12_PASSWORD)
            .args(["inspect", p12.to_str().unwrap()])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&o.stdout);
        assert!(
            text.contains("Private key matches the certificate: yes"),
            "{text}"
        );
    }
}

#[test]
fn ecdsa_key_exports_too() {
    let env = Env::new();
    let ca = Ca::new();
    let (id, csr) = smime_request(&env, "ec@example.jp", "p256");
    let mut order = Order::smime("ec@example.jp", "テスト株式会社");
    order.ku = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyAgreement,
    ];
    let leaf = ca.issue(&csr, &order);
    let f = env.path("bundle.pem");
    std::fs::write(&f, [pem(&leaf), pem(&ca.inter_der)].concat()).unwrap();
    let (stdout, err) = import_ok(&env, &[&f]);
    assert_eq!(stdout.trim(), id);
    assert!(!err.contains("key usage"), "{err}");
    let p12 = export(&env, &id, "modern", "ec.p12");
    check_p12_everywhere(&p12, "modern", "ec@example.jp", &env);
}

/// Every way CAs pack the files: each variant completes its own request.
#[test]
fn every_packing_is_understood() {
    let env = Env::new();
    let ca = Ca::new();
    let scratch = env.path("scratch");
    std::fs::create_dir_all(&scratch).unwrap();
    let variants = ["zip-cp932", "p7b-der", "p7b-pem", "pem-bundle", "der-files"];
    for (i, v) in variants.iter().enumerate() {
        let email = format!("user{i}@example.co.jp");
        let (id, csr) = smime_request(&env, &email, "p256");
        let mut order = Order::smime(&email, "テスト株式会社");
        order.ku = vec![
            KeyUsagePurpose::DigitalSignature,
            KeyUsagePurpose::KeyAgreement,
        ];
        let leaf = ca.issue(&csr, &order);
        let (lp, ip, rp) = (pem(&leaf), pem(&ca.inter_der), pem(&ca.root_der));
        let files: Vec<PathBuf> = match *v {
            "zip-cp932" => {
                let z = env.path("証明書.zip");
                zip_cp932(
                    &z,
                    &[
                        ("ルート証明書.crt", rp.clone().into_bytes()),
                        ("中間証明書.crt", ip.clone().into_bytes()),
                        ("利用者証明書.crt", lp.clone().into_bytes()),
                    ],
                    &scratch,
                );
                vec![z]
            }
            "p7b-der" | "p7b-pem" => {
                let p = env.path(&format!("{v}.p7b"));
                // Shuffled: root first, leaf last.
                p7b(&p, &[&rp, &lp, &ip], *v == "p7b-der", &scratch);
                vec![p]
            }
            "pem-bundle" => {
                let p = env.path("bundle.pem");
                std::fs::write(&p, format!("{ip}\r\n{rp}\n{lp}").replace('\n', "\r\n")).unwrap();
                vec![p]
            }
            _ => {
                let a = env.path("leaf.cer");
                let b = env.path("inter.cer");
                std::fs::write(&a, &leaf).unwrap();
                std::fs::write(&b, &ca.inter_der).unwrap();
                vec![a, b]
            }
        };
        let refs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
        let (stdout, err) = import_ok(&env, &refs);
        assert_eq!(stdout.trim(), id, "{v}: {err}");
        assert!(err.contains("intermediate CA certificate"), "{v}: {err}");
        assert!(!err.contains("missing"), "{v}: {err}");
    }
}

#[test]
fn findings_are_reported_in_plain_words() {
    let env = Env::new();
    let ca = Ca::new();
    let (id, csr) = smime_request(&env, "taro@example.jp", "rsa2048");
    let mut order = Order::smime("other@example.jp", "テスト株式会社");
    order.eku = vec![
        ExtendedKeyUsagePurpose::EmailProtection,
        ExtendedKeyUsagePurpose::ClientAuth,
    ];
    order.not_after = OffsetDateTime::now_utc() + Duration::days(10);
    let leaf = ca.issue(&csr, &order);
    // (A leaf alone is refused since its signature cannot be checked: see hostile.rs.)
    let f = env.path("leaf-and-intermediate.pem");
    std::fs::write(&f, [pem(&leaf), pem(&ca.inter_der)].concat()).unwrap();
    let o = env.run("ja", &["import", f.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), id);
    let e = stderr(&o);
    assert!(
        e.contains("証明書の名前（other@example.jp）が申請（taro@example.jp）と異なります"),
        "{e}"
    );
    assert!(e.contains("拡張鍵用途"), "{e}");
    assert!(e.contains("有効期限が切れます"), "{e}");
}

/// Each refusal: an error with a message, nothing changed in the vault, no panic, no hang.
pub(crate) fn refuse_import(env: &Env, files: &[&Path], en: &str, ja: &str) {
    let before = snapshot(&env.data_dir());
    let mut args = vec!["import"];
    args.extend(files.iter().map(|p| p.to_str().unwrap()));
    for (lang, want) in [("en", en), ("ja", ja)] {
        let t0 = std::time::Instant::now();
        let o = env.run(lang, &args);
        assert!(!o.status.success(), "{lang}: accepted");
        let e = stderr(&o);
        assert!(e.contains(want), "{lang}: expected {want:?} in: {e}");
        assert!(!e.contains("panicked"), "{e}");
        assert!(t0.elapsed().as_secs() < 30, "import hung");
    }
    assert_eq!(before, snapshot(&env.data_dir()), "the vault changed");
}

#[test]
fn import_refusals() {
    let env = Env::new();
    let ca = Ca::new();
    let (_id, csr) = smime_request(&env, "taro@example.jp", "p256");
    let mut order = Order::smime("taro@example.jp", "X");
    order.ku = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyAgreement,
    ];

    let root = env.path("TrustedRoot.crt");
    std::fs::write(&root, pem(&ca.root_der)).unwrap();
    refuse_import(&env, &[&root], "only CA certificates", "認証局の証明書");
    let inter = env.path("DigiCertCA.crt");
    std::fs::write(&inter, pem(&ca.inter_der)).unwrap();
    refuse_import(
        &env,
        &[&root, &inter],
        "only CA certificates",
        "認証局の証明書",
    );

    // A certificate for a key Shomei never made (OpenSSL's key and CSR).
    let k = env.path("other.key");
    let other_csr = env.path("other.csr");
    tool(
        "openssl",
        &[
            "req",
            "-new",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-keyout",
            k.to_str().unwrap(),
            "-subj",
            "/CN=someone@example.jp",
            "-out",
            other_csr.to_str().unwrap(),
        ],
    );
    let foreign = ca.issue(
        &std::fs::read_to_string(&other_csr).unwrap(),
        &Order::smime("someone@example.jp", "X"),
    );
    let ff = env.path("someone.crt");
    std::fs::write(&ff, pem(&foreign)).unwrap();
    refuse_import(
        &env,
        &[&ff, &inter],
        "private key Shomei did not make",
        "秘密鍵は、この保管庫にありません",
    );

    // Expired.
    let mut old = Order::smime("taro@example.jp", "X");
    old.not_before = OffsetDateTime::now_utc() - Duration::days(400);
    old.not_after = OffsetDateTime::now_utc() - Duration::days(2);
    let expired = ca.issue(&csr, &old);
    let ef = env.path("expired.crt");
    std::fs::write(&ef, pem(&expired)).unwrap();
    refuse_import(&env, &[&ef, &inter], "expired on", "有効期限が切れています");

    // A truncated PEM.
    let leaf = ca.issue(&csr, &order);
    let full = pem(&leaf);
    let tf = env.path("cut.crt");
    std::fs::write(&tf, &full[..full.len() / 2]).unwrap();
    refuse_import(&env, &[&tf], "cut off", "途中で切れています");

    // Random bytes.
    let rf = env.path("random.crt");
    let mut junk = vec![0u8; 4096];
    use rand_core::RngCore;
    rand_core::OsRng.fill_bytes(&mut junk);
    junk[0] = 0x42;
    std::fs::write(&rf, &junk).unwrap();
    refuse_import(
        &env,
        &[&rf],
        "not a certificate file",
        "証明書ファイルではありません",
    );

    // A zip bomb: a small zip that inflates to 64 MiB.
    let bomb = env.path("bomb.zip");
    zip(&bomb, &[("big.crt", vec![b'A'; 64 * 1024 * 1024])]);
    assert!(std::fs::metadata(&bomb).unwrap().len() < 1024 * 1024);
    refuse_import(&env, &[&bomb], "unpacks to far more", "ありえない大きさ");

    // A traversal name, even with a real certificate inside.
    let trav = env.path("traversal.zip");
    zip(
        &trav,
        &[("../../../../tmp/evil.crt", full.clone().into_bytes())],
    );
    refuse_import(
        &env,
        &[&trav],
        "points outside the archive",
        "アーカイブの外",
    );

    // A 20 MB file.
    let big = env.path("huge.crt");
    std::fs::write(&big, vec![b'x'; 20 * 1024 * 1024]).unwrap();
    refuse_import(&env, &[&big], "too large", "大きすぎます");

    // The CSR instead of the certificate.
    let csr_file = env.path("taro@example.jp.csr");
    refuse_import(&env, &[&csr_file], "is a CSR", "CSR（申請の内容）");

    // A tampered leaf (its signature no longer verifies with the intermediate).
    let mut bad = leaf.clone();
    let n = bad.len();
    bad[n - 10] ^= 0x55;
    let bf = env.path("tampered.cer");
    std::fs::write(&bf, &bad).unwrap();
    refuse_import(
        &env,
        &[&bf, &inter],
        "is not signed by",
        "署名になっていません",
    );
}

#[test]
fn export_refusals_write_nothing() {
    let env = Env::new();
    let ca = Ca::new();
    let (id, csr) = smime_request(&env, "taro.yamada@example.co.jp", "p256");
    let out = env.path("x.p12");
    // Not issued yet.
    let pw = env.path("pw.txt");
    std::fs::write(&pw, P12_PASSWORD).unwrap();
    let o = env.run(
        "en",
        &[
            "export",
            &id,
            "--out",
            out.to_str().unwrap(),
            "--password-file",
            pw.to_str().unwrap(),
        ],
    );
    assert!(
        !o.status.success() && stderr(&o).contains("no certificate yet"),
        "{}",
        stderr(&o)
    );
    let mut order = Order::smime("taro.yamada@example.co.jp", "X");
    order.ku = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyAgreement,
    ];
    let leaf = ca.issue(&csr, &order);
    let f = env.path("l.crt");
    std::fs::write(&f, [pem(&leaf), pem(&ca.inter_der)].concat()).unwrap();
    import_ok(&env, &[&f]);
    for (password, en, ja) in [
        ("Short1!", "At least 12 characters", "12文字以上"),
        ("alllowercaseletters", "At least 3 of", "3種類以上"),
        ("Ｐａｓｓｗｏｒｄ１２３４５！", "full-width", "全角文字"),
        ("Yamada-2026-xyz!", "Not a common password", "よく使われる"),
        (" Leading-space-1A", "No space", "スペース"),
    ] {
        std::fs::write(&pw, password).unwrap();
        for (lang, want) in [("en", en), ("ja", ja)] {
            let o = env.run(
                lang,
                &[
                    "export",
                    &id,
                    "--out",
                    out.to_str().unwrap(),
                    "--password-file",
                    pw.to_str().unwrap(),
                ],
            );
            assert!(!o.status.success(), "{password:?} accepted");
            assert!(
                stderr(&o).contains(want),
                "{password:?} {lang}: {}",
                stderr(&o)
            );
            assert!(!out.exists(), "a refused password wrote a file");
        }
    }
    // No password at all (no file, no environment, no terminal).
    let o = env.run("en", &["export", &id, "--out", out.to_str().unwrap()]);
    assert!(
        !o.status.success() && stderr(&o).contains("password is needed"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists());
    // Unknown preset.
    let o = env.run(
        "en",
        &[
            "export",
            &id,
            "--out",
            out.to_str().unwrap(),
            "--preset",
            "rc2",
        ],
    );
    assert!(
        !o.status.success() && stderr(&o).contains("not a preset"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists());
    // The environment variable works.
    let o = env
        .cmd("en")
        .env("SHOMEI_P12_PASSWORD", P12_PASSWORD)
        .args(["export", &id, "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(out.exists());
}

#[test]
fn inspect_certificates_bundles_and_p12_files() {
    let env = Env::new();
    let ca = Ca::new();
    let (id, csr) = smime_request(&env, "taro@example.co.jp", "rsa2048");
    let leaf = ca.issue(&csr, &Order::smime("taro@example.co.jp", "テスト株式会社"));
    let z = env.path("mail.zip");
    zip(
        &z,
        &[
            ("TrustedRoot.crt", pem(&ca.root_der).into_bytes()),
            ("DigiCertCA.crt", pem(&ca.inter_der).into_bytes()),
            ("taro.crt", pem(&leaf).into_bytes()),
        ],
    );
    let o = env.run("ja", &["inspect", z.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        text.contains("証明書 3 件")
            && text.contains("あなたの証明書")
            && text.contains("ルート証明書"),
        "{text}"
    );
    let o = env.run("en", &["inspect", z.to_str().unwrap(), "--json"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["type"], "certificates");
    let roles: Vec<&str> = v["certificates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["role"].as_str().unwrap())
        .collect();
    assert_eq!(roles, ["root", "intermediate", "leaf"]);
    // A .p12: asks its password (from the environment here).
    import_ok(&env, &[&z]);
    let p12 = export(&env, &id, "compatible", "t.p12");
    let o = env
        .cmd("en")
        .env("SHOMEI_P12_PASSWORD", P12_PASSWORD)
        .args(["inspect", p12.to_str().unwrap(), "--json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["type"], "pkcs12");
    assert_eq!(v["key_matches_leaf"], true);
    assert_eq!(v["mac"], "HMAC-SHA1");
    assert_eq!(v["key_friendly_names"][0], "taro@example.co.jp");
    let o = env
        .cmd("ja")
        .env("SHOMEI_P12_PASSWORD", "wrong")
        .args(["inspect", p12.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        !o.status.success() && stderr(&o).contains("パスワードが違う"),
        "{}",
        stderr(&o)
    );
    // A .p12 that asks for absurd work is refused before any derivation runs.
    let k = env.path("k.pem");
    let c = env.path("c.pem");
    tool(
        "openssl",
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-keyout",
            k.to_str().unwrap(),
            "-subj",
            "/CN=x",
            "-out",
            c.to_str().unwrap(),
        ],
    );
    let heavy = env.path("heavy.p12");
    tool(
        "openssl",
        &[
            "pkcs12",
            "-export",
            "-inkey",
            k.to_str().unwrap(),
            "-in",
            c.to_str().unwrap(),
            "-iter",
            "1500000",
            "-out",
            heavy.to_str().unwrap(),
            "-passout",
            "pass:Kq7#mv2P!rTz",
        ],
    );
    let t0 = std::time::Instant::now();
    let o = env
        .cmd("en")
        .env("SHOMEI_P12_PASSWORD", "Kq7#mv2P!rTz")
        .args(["inspect", heavy.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        !o.status.success() && stderr(&o).contains("unreasonable amount of work"),
        "{}",
        stderr(&o)
    );
    assert!(t0.elapsed().as_secs() < 10);
}

#[test]
fn server_certificate_fullchain_and_encrypted_key_for_apache_and_nginx() {
    let env = Env::new();
    let ca = Ca::new();
    let (id, csr) = env.request(
        &[
            "request",
            "server",
            "--cn",
            "www.example.co.jp",
            "--www",
            "--country",
            "JP",
            "--state",
            "Tokyo",
            "--locality",
            "Chiyoda-ku",
            "--org",
            "Example Co., Ltd.",
        ],
        "www.csr",
    );
    let leaf = ca.issue(
        &std::fs::read_to_string(csr).unwrap(),
        &Order::server(&["www.example.co.jp", "example.co.jp"]),
    );
    let p7 = env.path("server.p7b");
    let scratch = env.path("s");
    std::fs::create_dir_all(&scratch).unwrap();
    p7b(
        &p7,
        &[&pem(&ca.root_der), &pem(&leaf), &pem(&ca.inter_der)],
        true,
        &scratch,
    );
    let (stdout, err) = import_ok(&env, &[&p7]);
    assert_eq!(stdout.trim(), id);
    assert!(!err.contains("differ"), "{err}");
    let vault = shomei::vault::Vault::open(&env.data_dir(), &crate::common::unlock()).unwrap();
    let record = vault.get(&id).unwrap();
    // fullchain: leaf then intermediate, no root; OpenSSL verifies it against the root.
    let chain = shomei::ops::fullchain_pem(&record).unwrap();
    assert_eq!(chain.matches("BEGIN CERTIFICATE").count(), 2);
    let fc = env.path("fullchain.pem");
    std::fs::write(&fc, &chain).unwrap();
    let root = env.path("root.pem");
    std::fs::write(&root, pem(&ca.root_der)).unwrap();
    let out = tool(
        "openssl",
        &[
            "verify",
            "-CAfile",
            root.to_str().unwrap(),
            "-untrusted",
            fc.to_str().unwrap(),
            fc.to_str().unwrap(),
        ],
    );
    assert!(out.contains(": OK"), "{out}");
    // The key only encrypted, only with a passphrase that passes the policy.
    assert!(shomei::ops::encrypted_key_pem(&vault, &id, "short").is_err());
    let pem_key = shomei::ops::encrypted_key_pem(&vault, &id, P12_PASSWORD).unwrap();
    assert!(pem_key.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    let kf = env.path("key.pem");
    std::fs::write(&kf, pem_key.as_bytes()).unwrap();
    let key_pub = tool(
        "openssl",
        &[
            "pkey",
            "-in",
            kf.to_str().unwrap(),
            "-passin",
            &format!("pass:{P12_PASSWORD}"),
            "-pubout",
        ],
    );
    let cert_pub = tool(
        "openssl",
        &["x509", "-in", fc.to_str().unwrap(), "-pubkey", "-noout"],
    );
    assert_eq!(key_pub.trim(), cert_pub.trim());
    let info = tool("openssl", &["asn1parse", "-in", kf.to_str().unwrap()]);
    assert!(
        info.contains("PBES2") && info.contains("aes-256-cbc") && info.contains("hmacWithSHA256"),
        "{info}"
    );
}

/// `export --for PLATFORM` makes the wizard's choice from the command line: one file for a
/// platform that reads the modern preset, and for "not sure" the modern file plus a compatible
/// twin beside it. An unknown platform is refused in the user's language and writes nothing.
#[test]
fn export_for_a_platform_writes_what_the_wizard_would() {
    let env = Env::new();
    let ca = Ca::new();
    let (id, csr) = smime_request(&env, "hanako@example.co.jp", "rsa2048");
    let leaf = ca.issue(&csr, &Order::smime("hanako@example.co.jp", "X"));
    let f = env.path("l.crt");
    std::fs::write(&f, [pem(&leaf), pem(&ca.inter_der)].concat()).unwrap();
    import_ok(&env, &[&f]);
    let pw = env.path("pw.txt");
    std::fs::write(&pw, format!("{P12_PASSWORD}\n")).unwrap();
    let run = |lang: &str, platform: &str, out: &Path| {
        env.run(
            lang,
            &[
                "export",
                &id,
                "--out",
                out.to_str().unwrap(),
                "--for",
                platform,
                "--password-file",
                pw.to_str().unwrap(),
            ],
        )
    };
    let pass = format!("pass:{P12_PASSWORD}");
    let info = |p: &Path| {
        tool(
            "openssl",
            &[
                "pkcs12",
                "-info",
                "-in",
                p.to_str().unwrap(),
                "-passin",
                &pass,
                "-noenc",
                "-legacy",
            ],
        )
    };

    let win = env.path("win.p12");
    let o = run("en", "windows", &win);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(info(&win).contains("MAC: sha256"));
    assert!(!env.path("win-compatible.p12").exists());

    let both = env.path("both.p12");
    let o = run("ja", "unsure", &both);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(info(&both).contains("MAC: sha256"));
    let twin = env.path("both-compatible.p12");
    assert!(info(&twin).contains("MAC: sha1"), "{}", stderr(&o));
    assert_eq!(stderr(&o).matches("both").count(), 2, "{}", stderr(&o));

    let none = env.path("none.p12");
    for (lang, want) in [
        ("en", "windows, mac, thunderbird"),
        ("ja", "インストール先"),
    ] {
        let o = run(lang, "android", &none);
        assert!(!o.status.success());
        assert!(stderr(&o).contains(want), "{lang}: {}", stderr(&o));
        assert!(!none.exists());
    }
}

/// For IT desks who script: `show` prints the status, the hand-off sheet with the CA's
/// validation steps and the CSR; `renew` and `reissue` make a new key and CSR after saying what
/// the CA will do (a reissue may change the mailboxes, never the organization); neither works
/// for a request that was never issued.
#[test]
fn show_renew_and_reissue_from_the_command_line() {
    let env = Env::new();
    let ca = Ca::new();
    let (id, csr) = smime_request(&env, "taro@example.co.jp", "rsa2048");
    // Not issued yet: shown as waiting; no renewal, no reissue.
    let o = env.run("ja", &["show", &id]);
    assert!(o.status.success(), "{}", stderr(&o));
    let shown = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        shown.contains("発行待ち") && shown.contains("CSR を持っています"),
        "{shown}"
    );
    assert!(shown.contains(csr.trim()), "{shown}");
    let out = env.path("again.csr");
    for cmd in ["renew", "reissue"] {
        let o = env.run("en", &[cmd, &id, "--out", out.to_str().unwrap()]);
        assert!(!o.status.success() && stderr(&o).contains("no certificate yet"));
        assert!(!out.exists());
    }
    let leaf = ca.issue(&csr, &Order::smime("taro@example.co.jp", "テスト株式会社"));
    let f = env.path("l.crt");
    std::fs::write(&f, [pem(&leaf), pem(&ca.inter_der)].concat()).unwrap();
    import_ok(&env, &[&f]);
    let o = env.run("en", &["show", &id]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("issued (valid"));

    // Renewal: a year left, so the CA takes the order only from 90 days before expiry.
    let o = env.run("ja", &["renew", &id, "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("90日前"), "{}", stderr(&o));
    let renewed = tool(
        "openssl",
        &[
            "req",
            "-in",
            out.to_str().unwrap(),
            "-noout",
            "-subject",
            "-pubkey",
        ],
    );
    assert!(renewed.contains("taro@example.co.jp"), "{renewed}");
    assert!(!renewed.contains(csr.lines().nth(3).unwrap()), "a new key");

    // Reissue: another mailbox; the 72-hour revocation said; the organization kept.
    let out2 = env.path("reissue.csr");
    let o = env.run(
        "en",
        &[
            "reissue",
            &id,
            "--email",
            "taro@example.co.jp",
            "--email",
            "sales@example.co.jp",
            "--out",
            out2.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("72 hours"), "{}", stderr(&o));
    let text = tool(
        "openssl",
        &[
            "req",
            "-in",
            out2.to_str().unwrap(),
            "-noout",
            "-text",
            "-nameopt",
            "oneline,-esc_msb",
        ],
    );
    assert!(
        text.contains("sales@example.co.jp") && text.contains("テスト株式会社"),
        "{text}"
    );
    // Unknown CA for show: refused in the user's language.
    let o = env.run("ja", &["show", &id, "--ca", "letsencrypt"]);
    assert!(!o.status.success() && stderr(&o).contains("認証局ではありません"));
}
