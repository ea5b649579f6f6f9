//! `shomei request smime --batch FILE.csv --out-dir DIR` as an IT desk uses it.

use crate::common::{Env, stderr, tool};

#[test]
fn batch_from_excel_csv_reports_bad_rows_and_does_the_rest() {
    let env = Env::new();
    let out = env.path("csrs");
    std::fs::create_dir_all(&out).unwrap();
    let csv = env.path("staff.csv");
    std::fs::write(
        &csv,
        "\u{feff}email,organization,profile,usage,key\r\n\
         taro@example.co.jp,テスト株式会社,,,\r\n\
         hanako@example.co.jp,テスト株式会社,multipurpose,sign-only,p256\r\n\
         jiroー@example.co.jp,テスト株式会社,,,\r\n\
         saburo@example.co.jp,テスト株式会社,strict,,rsa1024\r\n\
         shiro@example.co.jp,テスト株式会社,,encrypt-only,p384\r\n",
    )
    .unwrap();
    for (lang, line4, line5) in [("en", "Line 4", "Line 5"), ("ja", "4 行目", "5 行目")] {
        let dir = out.join(lang);
        std::fs::create_dir_all(&dir).unwrap();
        let o = env.run(
            lang,
            &[
                "request",
                "smime",
                "--batch",
                csv.to_str().unwrap(),
                "--out-dir",
                dir.to_str().unwrap(),
            ],
        );
        let e = stderr(&o);
        assert!(
            !o.status.success(),
            "a failed row makes the exit status non-zero"
        );
        assert!(e.contains(line4) && e.contains("ー"), "{e}");
        assert!(e.contains(line5), "{e}");
        let ids: Vec<String> = String::from_utf8_lossy(&o.stdout)
            .lines()
            .map(str::to_owned)
            .collect();
        assert_eq!(ids.len(), 3, "{e}");
        for (name, alg) in [
            ("taro@example.co.jp.csr", "rsaEncryption"),
            ("hanako@example.co.jp.csr", "id-ecPublicKey"),
            ("shiro@example.co.jp.csr", "id-ecPublicKey"),
        ] {
            let p = dir.join(name);
            let text = tool(
                "openssl",
                &[
                    "req",
                    "-in",
                    p.to_str().unwrap(),
                    "-verify",
                    "-noout",
                    "-text",
                ],
            );
            assert!(
                text.contains("verify OK") && text.contains(alg),
                "{name}: {text}"
            );
        }
        assert!(!dir.join("jiroー@example.co.jp.csr").exists());
    }
    // A CP932 file from Japanese Excel, all rows good: exit 0.
    let (bytes, _, _) = encoding_rs::SHIFT_JIS
        .encode("メールアドレス,組織名,鍵の種類\r\nkaori@example.jp,髙﨑商事株式会社,p256\r\n");
    let cp932 = env.path("cp932.csv");
    std::fs::write(&cp932, &bytes).unwrap();
    let dir = out.join("cp932");
    std::fs::create_dir_all(&dir).unwrap();
    let o = env.run(
        "ja",
        &[
            "request",
            "smime",
            "--batch",
            cp932.to_str().unwrap(),
            "--out-dir",
            dir.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let subj = tool(
        "openssl",
        &[
            "req",
            "-in",
            dir.join("kaori@example.jp.csr").to_str().unwrap(),
            "-noout",
            "-subject",
            "-nameopt",
            "utf8,-esc_msb",
        ],
    );
    assert!(subj.contains("髙﨑商事株式会社"), "{subj}");
}
