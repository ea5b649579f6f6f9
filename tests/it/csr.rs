//! Every CSR shape Shomei makes, read back by OpenSSL (`req -verify -text`) and Python
//! `cryptography`: subject (order and string types), SANs, key, signature, key usage, EKU.

use serde_json::Value;

use crate::common::{Env, py_describe_csr, tool};

const EXTENSION_REQUEST: &str = "1.2.840.113549.1.9.14";

struct Expect<'a> {
    subject: &'a [(&'a str, &'a str, &'a str)],
    emails: &'a [&'a str],
    dns: &'a [&'a str],
    key: (&'a str, u64),
    hash: &'a str,
    ku: &'a [&'a str],
    eku: &'a [&'a str],
}

fn check(args: &[&str], e: Expect<'_>) {
    let env = Env::new();
    let (_id, csr) = env.request(args, "req.csr");
    let path = csr.to_str().unwrap();
    // OpenSSL: the self-signature verifies and the text decodes.
    let text = tool(
        "openssl",
        &["req", "-in", path, "-verify", "-noout", "-text"],
    );
    assert!(text.contains("verify OK"), "{text}");
    assert!(!text.contains("challengePassword"), "{text}");
    // OpenSSL: subject order and ASN.1 string types.
    let subj = tool(
        "openssl",
        &[
            "req",
            "-in",
            path,
            "-noout",
            "-subject",
            "-nameopt",
            "multiline,show_type,utf8,-esc_msb",
        ],
    );
    let lines: Vec<&str> = subj
        .lines()
        .skip(1)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines.len(), e.subject.len(), "{subj}");
    for (line, (name, asn1, value)) in lines.iter().zip(e.subject) {
        let (lhs, rhs) = line.split_once('=').unwrap();
        assert_eq!(lhs.trim(), *name, "{subj}");
        assert_eq!(rhs.trim(), format!("{asn1}:{value}"), "{subj}");
    }
    // Python cryptography: the same facts, independently.
    let py = py_describe_csr(&csr);
    assert_eq!(py["signature_valid"], Value::Bool(true));
    assert_eq!(py["signature_hash"], e.hash);
    assert_eq!(py["key"]["type"], e.key.0);
    assert_eq!(py["key"]["bits"], e.key.1);
    if e.key.0 == "RSA" {
        assert_eq!(py["key"]["e"], 65537);
    }
    let strs = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(strs(&py["emails"]), e.emails);
    assert_eq!(strs(&py["dns"]), e.dns);
    assert_eq!(strs(&py["key_usage"]), e.ku);
    assert_eq!(strs(&py["eku"]), e.eku);
    let values: Vec<String> = py["subject"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["value"].as_str().unwrap().to_owned())
        .collect();
    let want: Vec<String> = e.subject.iter().map(|s| s.2.to_owned()).collect();
    assert_eq!(values, want);
    let attrs = strs(&py["attributes"]);
    assert!(attrs.iter().all(|a| a == EXTENSION_REQUEST), "{attrs:?}");
}

#[test]
fn smime_default_with_japanese_organization() {
    check(
        &[
            "request",
            "smime",
            "--email",
            "taro@example.co.jp",
            "--org",
            "テスト株式会社",
        ],
        Expect {
            subject: &[
                ("organizationName", "UTF8STRING", "テスト株式会社"),
                ("commonName", "UTF8STRING", "taro@example.co.jp"),
            ],
            emails: &["taro@example.co.jp"],
            dns: &[],
            key: ("RSA", 2048),
            hash: "sha256",
            ku: &["digital_signature", "key_encipherment"],
            eku: &["emailProtection"],
        },
    );
}

#[test]
fn smime_multipurpose_all_extras_several_mailboxes_rsa3072_sha384() {
    check(
        &[
            "request",
            "smime",
            "--email",
            "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ",
            "--email",
            "sales@example.co.jp",
            "--org",
            "Example Co., Ltd.",
            "--profile",
            "multipurpose",
            "--non-repudiation",
            "--data-encryption",
            "--client-auth",
            "--key",
            "rsa3072",
            "--hash",
            "sha384",
        ],
        Expect {
            subject: &[
                ("organizationName", "PRINTABLESTRING", "Example Co., Ltd."),
                ("commonName", "UTF8STRING", "taro@example.co.jp"),
            ],
            emails: &["taro@example.co.jp", "sales@example.co.jp"],
            dns: &[],
            key: ("RSA", 3072),
            hash: "sha384",
            ku: &[
                "digital_signature",
                "content_commitment",
                "key_encipherment",
                "data_encipherment",
            ],
            eku: &["emailProtection", "clientAuth"],
        },
    );
}

#[test]
fn smime_sign_only_non_repudiation_p256() {
    check(
        &[
            "request",
            "smime",
            "--email",
            "hanako@example.jp",
            "--org",
            "髙﨑商事株式会社",
            "--profile",
            "multipurpose",
            "--usage",
            "sign-only",
            "--non-repudiation",
            "--key",
            "p256",
        ],
        Expect {
            subject: &[
                ("organizationName", "UTF8STRING", "髙﨑商事株式会社"),
                ("commonName", "UTF8STRING", "hanako@example.jp"),
            ],
            emails: &["hanako@example.jp"],
            dns: &[],
            key: ("EC", 256),
            hash: "sha256",
            ku: &["digital_signature", "content_commitment"],
            eku: &["emailProtection"],
        },
    );
}

#[test]
fn smime_encrypt_only_p384_uses_key_agreement() {
    check(
        &[
            "request",
            "smime",
            "--email",
            "box@example.com",
            "--org",
            "Example",
            "--usage",
            "encrypt-only",
            "--key",
            "p384",
        ],
        Expect {
            subject: &[
                ("organizationName", "PRINTABLESTRING", "Example"),
                ("commonName", "UTF8STRING", "box@example.com"),
            ],
            emails: &["box@example.com"],
            dns: &[],
            key: ("EC", 384),
            hash: "sha384",
            ku: &["key_agreement"],
            eku: &["emailProtection"],
        },
    );
}

#[test]
fn smime_same_as_before_august_2025_rsa4096() {
    check(
        &[
            "request",
            "smime",
            "--email",
            "taro@example.co.jp",
            "--org",
            "テスト株式会社",
            "--profile",
            "multipurpose",
            "--client-auth",
            "--key",
            "rsa4096",
        ],
        Expect {
            subject: &[
                ("organizationName", "UTF8STRING", "テスト株式会社"),
                ("commonName", "UTF8STRING", "taro@example.co.jp"),
            ],
            emails: &["taro@example.co.jp"],
            dns: &[],
            key: ("RSA", 4096),
            hash: "sha256",
            ku: &["digital_signature", "key_encipherment"],
            eku: &["emailProtection", "clientAuth"],
        },
    );
}

#[test]
fn server_www_option_idn_and_subject_order() {
    check(
        &[
            "request",
            "server",
            "--cn",
            "ｗｗｗ．例え．jp",
            "--www",
            "--country",
            "jp",
            "--state",
            "Tokyo",
            "--locality",
            "Chiyoda-ku",
            "--org",
            "Example Co., Ltd.",
        ],
        Expect {
            subject: &[
                ("countryName", "PRINTABLESTRING", "JP"),
                ("stateOrProvinceName", "PRINTABLESTRING", "Tokyo"),
                ("localityName", "PRINTABLESTRING", "Chiyoda-ku"),
                ("organizationName", "PRINTABLESTRING", "Example Co., Ltd."),
                ("commonName", "PRINTABLESTRING", "www.xn--r8jz45g.jp"),
            ],
            emails: &[],
            dns: &["www.xn--r8jz45g.jp", "xn--r8jz45g.jp"],
            key: ("RSA", 2048),
            hash: "sha256",
            ku: &["digital_signature", "key_encipherment"],
            eku: &["serverAuth"],
        },
    );
}

#[test]
fn server_extra_sans_p384_and_ampersand_org() {
    check(
        &[
            "request",
            "server",
            "--cn",
            "shop.example.co.jp",
            "--san",
            "api.example.co.jp",
            "--san",
            "shop.example.co.jp",
            "--country",
            "JP",
            "--state",
            "Osaka",
            "--locality",
            "Kita-ku",
            "--org",
            "A&B Trading Co., Ltd.",
            "--key",
            "p384",
        ],
        Expect {
            subject: &[
                ("countryName", "PRINTABLESTRING", "JP"),
                ("stateOrProvinceName", "PRINTABLESTRING", "Osaka"),
                ("localityName", "PRINTABLESTRING", "Kita-ku"),
                ("organizationName", "UTF8STRING", "A&B Trading Co., Ltd."),
                ("commonName", "PRINTABLESTRING", "shop.example.co.jp"),
            ],
            emails: &[],
            dns: &["shop.example.co.jp", "api.example.co.jp"],
            key: ("EC", 384),
            hash: "sha384",
            ku: &["digital_signature"],
            eku: &["serverAuth"],
        },
    );
}

#[test]
fn server_wildcard() {
    check(
        &[
            "request",
            "server",
            "--cn",
            "*.example.co.jp",
            "--www",
            "--country",
            "JP",
            "--state",
            "Tokyo",
            "--locality",
            "Minato-ku",
            "--org",
            "Example K.K.",
            "--key",
            "p256",
        ],
        Expect {
            subject: &[
                ("countryName", "PRINTABLESTRING", "JP"),
                ("stateOrProvinceName", "PRINTABLESTRING", "Tokyo"),
                ("localityName", "PRINTABLESTRING", "Minato-ku"),
                ("organizationName", "PRINTABLESTRING", "Example K.K."),
                ("commonName", "UTF8STRING", "*.example.co.jp"),
            ],
            emails: &[],
            dns: &["*.example.co.jp"],
            key: ("EC", 256),
            hash: "sha256",
            ku: &["digital_signature"],
            eku: &["serverAuth"],
        },
    );
}

#[test]
fn inspect_reads_back_what_request_wrote_in_both_languages() {
    let env = Env::new();
    let (_id, csr) = env.request(
        &[
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
            "Example Co., Ltd.",
            "--key",
            "p256",
        ],
        "s.csr",
    );
    let p = csr.to_str().unwrap();
    let en = env.run("en", &["inspect", p]);
    let en = String::from_utf8(en.stdout).unwrap();
    assert!(
        en.contains("server certificate") && en.contains("(valid)"),
        "{en}"
    );
    let ja = env.run("ja", &["inspect", p]);
    let ja = String::from_utf8(ja.stdout).unwrap();
    assert!(
        ja.contains("サーバー証明書") && ja.contains("正しい署名"),
        "{ja}"
    );
    let json = env.run("en", &["inspect", p, "--json"]);
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["type"], "csr");
    assert_eq!(v["kind"], "server");
    assert_eq!(v["signature_valid"], true);
    assert_eq!(v["dns_names"][0], "www.example.jp");
    assert_eq!(v["findings"].as_array().unwrap().len(), 0);
}

#[test]
fn inspect_flags_an_openssl_csr_with_ou_and_no_san() {
    let env = Env::new();
    let key = env.path("k.pem");
    let csr = env.path("o.csr");
    tool(
        "openssl",
        &[
            "genpkey",
            "-algorithm",
            "RSA",
            "-pkeyopt",
            "rsa_keygen_bits:1024",
            "-out",
            key.to_str().unwrap(),
        ],
    );
    tool(
        "openssl",
        &[
            "req",
            "-new",
            "-key",
            key.to_str().unwrap(),
            "-subj",
            "/C=JP/O=Example/OU=IT/CN=www.example.jp",
            "-out",
            csr.to_str().unwrap(),
        ],
    );
    let o = env.run("en", &["inspect", csr.to_str().unwrap(), "--json"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let findings = v["findings"].to_string();
    assert!(findings.contains("has-organizational-unit"), "{findings}");
    assert!(findings.contains("key-too-small"), "{findings}");
    assert!(findings.contains("no-san"), "{findings}");
    assert_eq!(v["signature_valid"], true);
}
