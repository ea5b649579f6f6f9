//! Every refusal, one test each: exit non-zero, a message in the user's language that names the
//! field (and says what to type), and nothing written — no CSR, no vault entry.

use crate::common::{Env, stderr};

/// Runs `args` (plus `--out`) in English and Japanese; both must refuse, naming the field, and
/// leave no file behind. Returns the English message.
fn refuse(args: &[&str], field_en: &str, field_ja: &str, also: &[&str]) -> String {
    let env = Env::new();
    let out = env.path("out.csr");
    let mut all: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    if !args.contains(&"--out") {
        all.push("--out".into());
        all.push(out.to_str().unwrap().into());
    }
    let mut en_msg = String::new();
    for (lang, field) in [("en", field_en), ("ja", field_ja)] {
        let o = env.cmd(lang).args(&all).output().unwrap();
        let msg = stderr(&o);
        assert!(!o.status.success(), "{lang}: accepted {all:?}");
        assert!(
            msg.contains(field),
            "{lang}: message does not name {field:?}: {msg}"
        );
        assert!(!msg.contains("panicked"), "{msg}");
        if lang == "en" {
            for a in also {
                assert!(msg.contains(a), "{lang}: message lacks {a:?}: {msg}");
            }
            en_msg = msg;
        } else {
            assert!(msg.contains("エラー"), "{msg}");
        }
        assert!(!out.exists(), "a CSR was written for a refused request");
        let requests = env.data_dir().join("requests");
        let n = std::fs::read_dir(&requests).map(|d| d.count()).unwrap_or(0);
        assert_eq!(n, 0, "the vault changed");
    }
    en_msg
}

const SM: [&str; 2] = ["request", "smime"];
const OK_MAIL: [&str; 4] = ["--email", "taro@example.co.jp", "--org", "Example"];

fn smime(extra: &[&str]) -> Vec<&'static str> {
    let mut v: Vec<&str> = SM.to_vec();
    v.extend(OK_MAIL);
    v.extend(
        extra
            .iter()
            .map(|s| -> &'static str { Box::leak(s.to_string().into_boxed_str()) }),
    );
    v
}

fn server(cn: &str, c: &str, st: &str, l: &str, o: &str) -> Vec<&'static str> {
    let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
    vec![
        "request",
        "server",
        "--cn",
        leak(cn),
        "--country",
        leak(c),
        "--state",
        leak(st),
        "--locality",
        leak(l),
        "--org",
        leak(o),
    ]
}

const EXTRAS: (&str, &str) = ("Additional certificate usages", "追加の証明書使用目的");
const EMAIL: (&str, &str) = ("Email address", "メールアドレス");
const CN: (&str, &str) = ("Common name (CN)", "コモンネーム（CN）");

#[test]
fn strict_with_data_encryption() {
    refuse(
        &smime(&["--profile", "strict", "--data-encryption"]),
        EXTRAS.0,
        EXTRAS.1,
        &["Multipurpose"],
    );
}

#[test]
fn strict_with_client_auth() {
    refuse(
        &smime(&["--profile", "strict", "--client-auth"]),
        EXTRAS.0,
        EXTRAS.1,
        &["Multipurpose"],
    );
}

/// The guide lists 否認防止 under Multipurpose only, so Strict carries no additional usage.
#[test]
fn strict_with_non_repudiation() {
    refuse(
        &smime(&["--profile", "strict", "--non-repudiation"]),
        EXTRAS.0,
        EXTRAS.1,
        &["Multipurpose"],
    );
}

#[test]
fn sign_only_with_data_encryption() {
    refuse(
        &smime(&[
            "--profile",
            "multipurpose",
            "--usage",
            "sign-only",
            "--data-encryption",
        ]),
        EXTRAS.0,
        EXTRAS.1,
        &["signing only"],
    );
}

#[test]
fn encrypt_only_with_non_repudiation() {
    refuse(
        &smime(&["--usage", "encrypt-only", "--non-repudiation"]),
        EXTRAS.0,
        EXTRAS.1,
        &["non-repudiation"],
    );
}

#[test]
fn ecdsa_with_data_encryption() {
    refuse(
        &smime(&[
            "--profile",
            "multipurpose",
            "--data-encryption",
            "--key",
            "p256",
        ]),
        EXTRAS.0,
        EXTRAS.1,
        &["RSA"],
    );
}

#[test]
fn rsa_1024() {
    refuse(
        &smime(&["--key", "rsa1024"]),
        "Key type",
        "鍵の種類",
        &["too weak", "rsa2048"],
    );
}

#[test]
fn unknown_key_type() {
    refuse(
        &smime(&["--key", "ed25519"]),
        "Key type",
        "鍵の種類",
        &["rsa2048"],
    );
}

#[test]
fn hash_that_does_not_fit_the_curve() {
    refuse(
        &smime(&["--key", "p256", "--hash", "sha384"]),
        "Signature hash",
        "署名ハッシュ",
        &["p384"],
    );
}

#[test]
fn unknown_hash() {
    refuse(
        &smime(&["--hash", "sha1"]),
        "Signature hash",
        "署名ハッシュ",
        &["sha256"],
    );
}

#[test]
fn unknown_profile() {
    refuse(
        &smime(&["--profile", "legacy"]),
        "Profile",
        "プロファイル",
        &["strict"],
    );
}

#[test]
fn unknown_usage() {
    refuse(
        &smime(&["--usage", "both"]),
        "Certificate usage",
        "証明書の使用",
        &["sign-and-encrypt"],
    );
}

#[test]
fn email_without_at() {
    refuse(
        &[
            "request",
            "smime",
            "--email",
            "taro.example.co.jp",
            "--org",
            "Example",
        ],
        EMAIL.0,
        EMAIL.1,
        &["\"@\""],
    );
}

#[test]
fn email_with_long_vowel_mark() {
    let m = refuse(
        &[
            "request",
            "smime",
            "--email",
            "taroー@example.co.jp",
            "--org",
            "X",
        ],
        EMAIL.0,
        EMAIL.1,
        &["ー", "\"-\""],
    );
    assert!(m.contains("hyphen"), "{m}");
}

#[test]
fn email_with_ideographic_full_stop() {
    refuse(
        &[
            "request",
            "smime",
            "--email",
            "taro@example。co.jp",
            "--org",
            "X",
        ],
        EMAIL.0,
        EMAIL.1,
        &["。", "\".\""],
    );
}

#[test]
fn email_with_full_width_local_part() {
    refuse(
        &[
            "request",
            "smime",
            "--email",
            "太郎@example.co.jp",
            "--org",
            "X",
        ],
        EMAIL.0,
        EMAIL.1,
        &["IME"],
    );
}

#[test]
fn email_at_internal_domain() {
    refuse(
        &[
            "request",
            "smime",
            "--email",
            "taro@corp.local",
            "--org",
            "X",
        ],
        EMAIL.0,
        EMAIL.1,
        &["internal"],
    );
}

#[test]
fn email_twice() {
    refuse(
        &[
            "request",
            "smime",
            "--email",
            "taro@example.jp",
            "--email",
            "TARO@EXAMPLE.JP",
            "--org",
            "X",
        ],
        EMAIL.0,
        EMAIL.1,
        &["twice"],
    );
}

#[test]
fn email_missing() {
    refuse(
        &["request", "smime", "--org", "Example"],
        EMAIL.0,
        EMAIL.1,
        &["fill it in"],
    );
}

#[test]
fn organization_missing() {
    refuse(
        &["request", "smime", "--email", "taro@example.jp"],
        "Organization name",
        "組織名",
        &["fill it in"],
    );
}

#[test]
fn out_missing() {
    let env = Env::new();
    let o = env.run(
        "en",
        &[
            "request",
            "smime",
            "--email",
            "taro@example.jp",
            "--org",
            "X",
        ],
    );
    assert!(!o.status.success());
    assert!(stderr(&o).contains("--out"), "{}", stderr(&o));
    assert!(!env.data_dir().join("requests").exists());
}

#[test]
fn out_folder_missing() {
    let env = Env::new();
    let out = env.path("no/such/dir/x.csr");
    let o = env.run(
        "ja",
        &[
            "request",
            "smime",
            "--email",
            "taro@example.jp",
            "--org",
            "X",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(!o.status.success());
    assert!(stderr(&o).contains("フォルダー"), "{}", stderr(&o));
    assert!(!env.data_dir().join("requests").exists());
}

#[test]
fn wildcard_on_public_suffix() {
    refuse(
        &server("*.co.jp", "JP", "Tokyo", "Chiyoda-ku", "Example"),
        CN.0,
        CN.1,
        &["public suffix"],
    );
}

#[test]
fn wildcard_not_leftmost() {
    refuse(
        &server("www.*.example.jp", "JP", "Tokyo", "Chiyoda-ku", "Example"),
        CN.0,
        CN.1,
        &["leftmost"],
    );
}

#[test]
fn ip_address_host() {
    refuse(
        &server("203.0.113.10", "JP", "Tokyo", "Chiyoda-ku", "Example"),
        CN.0,
        CN.1,
        &["IP address"],
    );
}

#[test]
fn internal_host_name() {
    refuse(
        &server("intranet.corp", "JP", "Tokyo", "Chiyoda-ku", "Example"),
        CN.0,
        CN.1,
        &["internal"],
    );
}

#[test]
fn host_with_long_vowel_mark() {
    refuse(
        &server("www.exampleー.jp", "JP", "Tokyo", "Chiyoda-ku", "Example"),
        CN.0,
        CN.1,
        &["hyphen"],
    );
}

#[test]
fn extra_san_invalid() {
    let mut a = server("www.example.jp", "JP", "Tokyo", "Chiyoda-ku", "Example");
    a.extend(["--san", "mail.local"]);
    refuse(
        &a,
        "Additional host name (SAN)",
        "追加のホスト名（SAN）",
        &["internal"],
    );
}

#[test]
fn country_not_a_code() {
    refuse(
        &server("www.example.jp", "Japan", "Tokyo", "Chiyoda-ku", "Example"),
        "Country (C)",
        "国（C）",
        &["JP"],
    );
}

#[test]
fn state_in_japanese() {
    refuse(
        &server("www.example.jp", "JP", "東京都", "Chiyoda-ku", "Example"),
        "State or prefecture (ST)",
        "都道府県（ST）",
        &["half-width"],
    );
}

#[test]
fn locality_with_leading_space() {
    refuse(
        &server("www.example.jp", "JP", "Tokyo", " Chiyoda-ku", "Example"),
        "City or ward (L)",
        "市区町村（L）",
        &["space"],
    );
}

#[test]
fn organization_with_long_vowel_mark() {
    refuse(
        &server(
            "www.example.jp",
            "JP",
            "Tokyo",
            "Chiyoda-ku",
            "Sampleー Inc.",
        ),
        "Organization name",
        "組織名",
        &["hyphen"],
    );
}

#[test]
fn organization_with_wave_dash() {
    refuse(
        &server(
            "www.example.jp",
            "JP",
            "Tokyo",
            "Chiyoda-ku",
            "Example〜Shop",
        ),
        "Organization name",
        "組織名",
        &["tilde"],
    );
}

#[test]
fn organization_with_yen_sign() {
    refuse(
        &server("www.example.jp", "JP", "Tokyo", "Chiyoda-ku", "Example￥"),
        "Organization name",
        "組織名",
        &["yen"],
    );
}

#[test]
fn organization_with_disallowed_symbol() {
    refuse(
        &server("www.example.jp", "JP", "Tokyo", "Chiyoda-ku", "Example!"),
        "Organization name",
        "組織名",
        &["letters, digits"],
    );
}

#[test]
fn normalized_values_are_shown() {
    let env = Env::new();
    let out = env.path("n.csr");
    let o = env.run(
        "ja",
        &[
            "request",
            "smime",
            "--email",
            "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ",
            "--org",
            "ﾃｽﾄ",
            "--key",
            "p256",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("「taro@example.jp」として使います"), "{e}");
    assert!(e.contains("「テスト」として使います"), "{e}");
}

#[test]
fn no_vault_yet_says_where_and_what_to_do_first() {
    for (lang, words) in [
        ("en", ["There is no vault in", "shomei request smime"]),
        ("ja", ["にはまだ保管庫がありません", "shomei request smime"]),
    ] {
        let env = Env::new();
        let out = env.path("renewed.csr");
        let out = out.to_str().unwrap();
        for args in [
            &["show", "any-id"][..],
            &["renew", "any-id", "--out", out][..],
        ] {
            let o = env.run(lang, args);
            let e = stderr(&o);
            assert!(!o.status.success(), "{lang} {args:?}: {e}");
            let dir = env.data_dir().display().to_string();
            assert!(
                e.contains(&dir),
                "{lang} {args:?}: the folder is not named: {e}"
            );
            for w in words {
                assert!(e.contains(w), "{lang} {args:?}: {w:?} missing: {e}");
            }
            assert!(
                !e.contains("\"\"") && !e.contains("「」"),
                "{lang}: an empty name: {e}"
            );
            assert!(
                !env.data_dir().exists(),
                "{lang} {args:?}: a vault was made"
            );
        }
    }
}

#[test]
fn a_file_that_is_not_there_is_said_in_the_users_words() {
    for (lang, words) in [
        ("en", "was not found. Check the folder and the file name."),
        ("ja", "が見つかりません。"),
    ] {
        let env = Env::new();
        let missing = env.path("TrustedRoot.crt");
        for args in [&["import"][..], &["inspect"][..]] {
            let mut all = args.to_vec();
            all.push(missing.to_str().unwrap());
            let o = env.run(lang, &all);
            let e = stderr(&o);
            assert!(!o.status.success(), "{lang} {args:?}: {e}");
            assert!(e.contains(words), "{lang} {args:?}: {e}");
            assert!(e.contains("TrustedRoot.crt"), "{lang} {args:?}: {e}");
            // Not the OS's English ("No such file or directory (os error 2)").
            assert!(!e.contains("os error"), "{lang} {args:?}: {e}");
        }
        // A folder where a file belongs.
        let folder = env.path("certs");
        std::fs::create_dir_all(&folder).unwrap();
        let o = env.run(lang, &["inspect", folder.to_str().unwrap()]);
        let e = stderr(&o);
        assert!(!o.status.success(), "{lang}: {e}");
        let said = if lang == "en" {
            "is a folder"
        } else {
            "はフォルダーです"
        };
        assert!(e.contains(said) && !e.contains("os error"), "{lang}: {e}");
    }
}
