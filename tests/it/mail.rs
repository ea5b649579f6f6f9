//! The CA's issuance mail itself, dragged instead of its attachment: `.eml` files written by
//! Python's `email` package (ISO-2022-JP subject, Japanese file names in RFC 2231 and
//! encoded-word form, quoted-printable, a forward with the original attached) and Outlook `.msg`
//! files written with the `cfb` crate per [MS-OXMSG] and read back by olefile. Imported through
//! the real binary; every refusal leaves the vault byte for byte as it was.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::ca::{Ca, Order, pem};
use crate::common::smime_request;
use crate::common::{Env, python, tool};
use crate::import_export::{import_ok, refuse_import};

/// The zip the CA attaches: TrustedRoot.crt, DigiCertCA.crt and `<name>.crt`.
pub fn ca_zip(ca: &Ca, leaf: &[u8], leaf_name: &str) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    for (name, data) in [
        ("TrustedRoot.crt", pem(&ca.root_der)),
        ("DigiCertCA.crt", pem(&ca.inter_der)),
        (leaf_name, pem(leaf)),
    ] {
        z.start_file(name, opts).unwrap();
        z.write_all(data.as_bytes()).unwrap();
    }
    z.finish().unwrap().into_inner()
}

/// `tests/py/make_mail.py MODE OUT [FILE NAME]…`: an .eml as Python's `email` writes it.
pub fn eml(dir: &Path, mode: &str, out: &str, attachments: &[(&str, &[u8])]) -> PathBuf {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/py/make_mail.py");
    let out = dir.join(out);
    let mut args = vec![
        script.to_owned(),
        mode.to_owned(),
        out.to_str().unwrap().to_owned(),
    ];
    for (i, (name, data)) in attachments.iter().enumerate() {
        let p = dir.join(format!("{out:?}-{i}.bin").replace(['/', '"'], "_"));
        std::fs::write(&p, data).unwrap();
        args.push(p.to_str().unwrap().to_owned());
        args.push((*name).to_owned());
    }
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    tool(&python(), &a);
    out
}

/// What an Outlook item holds, for [`outlook_msg`].
pub enum Item<'a> {
    File(&'a str, &'a [u8]),
    /// An attached Outlook item (a forward "as attachment"), with its own attachments.
    Message(&'a str, Vec<Item<'a>>),
}

fn utf16(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

/// One 16-byte property entry ([MS-OXMSG] 2.4.2): tag, flags, and the value or the size of the
/// variable-length value kept in its own `__substg1.0_` stream.
fn prop(tag: u32, value: u32) -> Vec<u8> {
    [tag, 6, value, 0]
        .iter()
        .flat_map(|v| v.to_le_bytes())
        .collect()
}

/// Writes a message (top-level at `/`, or embedded) with its properties and attachments.
fn write_message<F: std::io::Read + std::io::Write + std::io::Seek>(
    cf: &mut cfb::CompoundFile<F>,
    base: &Path,
    subject: &str,
    items: &[Item<'_>],
    top: bool,
) {
    let stream = |cf: &mut cfb::CompoundFile<F>, path: PathBuf, data: &[u8]| {
        cf.create_stream(&path).unwrap().write_all(data).unwrap();
    };
    let n = items.len() as u32;
    // Header: 8 reserved bytes, next recipient/attachment ids, recipient/attachment counts, and
    // 8 more reserved bytes on the top-level message only.
    let mut props = vec![0u8; 8];
    for v in [0, n, 0, n] {
        props.extend(v.to_le_bytes());
    }
    if top {
        props.extend([0u8; 8]);
    }
    let class = utf16("IPM.Note");
    let subj = utf16(subject);
    let body = utf16("添付の証明書をご確認ください。");
    props.extend(prop(0x001A_001F, class.len() as u32 + 2));
    props.extend(prop(0x0037_001F, subj.len() as u32 + 2));
    props.extend(prop(0x1000_001F, body.len() as u32 + 2));
    props.extend(prop(0x340D_0003, 0x0004_0000)); // STORE_UNICODE_OK
    stream(cf, base.join("__properties_version1.0"), &props);
    stream(cf, base.join("__substg1.0_001A001F"), &class);
    stream(cf, base.join("__substg1.0_0037001F"), &subj);
    stream(cf, base.join("__substg1.0_1000001F"), &body);
    if top {
        let nameid = base.join("__nameid_version1.0");
        cf.create_storage(&nameid).unwrap();
        for s in ["00020102", "00030102", "00040102"] {
            stream(cf, nameid.join(format!("__substg1.0_{s}")), &[]);
        }
    }
    for (i, item) in items.iter().enumerate() {
        let at = base.join(format!("__attach_version1.0_#{i:08X}"));
        cf.create_storage(&at).unwrap();
        let mut props = vec![0u8; 8];
        props.extend(prop(0x0E21_0003, i as u32)); // PidTagAttachNumber
        props.extend(prop(0x370B_0003, u32::MAX)); // PidTagRenderingPosition
        match item {
            Item::File(name, data) => {
                let long = utf16(name);
                let mime = utf16("application/x-zip-compressed");
                props.extend(prop(0x3705_0003, 1)); // afByValue
                props.extend(prop(0x3701_0102, data.len() as u32));
                props.extend(prop(0x3707_001F, long.len() as u32 + 2));
                props.extend(prop(0x3001_001F, long.len() as u32 + 2));
                props.extend(prop(0x370E_001F, mime.len() as u32 + 2));
                stream(cf, at.join("__properties_version1.0"), &props);
                stream(cf, at.join("__substg1.0_37010102"), data);
                stream(cf, at.join("__substg1.0_3707001F"), &long);
                stream(cf, at.join("__substg1.0_3001001F"), &long);
                stream(cf, at.join("__substg1.0_370E001F"), &mime);
            }
            Item::Message(subject, inner) => {
                let shown = utf16(subject);
                props.extend(prop(0x3705_0003, 5)); // afEmbeddedMessage
                props.extend(prop(0x3701_000D, u32::MAX));
                props.extend(prop(0x3001_001F, shown.len() as u32 + 2));
                stream(cf, at.join("__properties_version1.0"), &props);
                stream(cf, at.join("__substg1.0_3001001F"), &shown);
                let embedded = at.join("__substg1.0_3701000D");
                cf.create_storage(&embedded).unwrap();
                write_message(cf, &embedded, subject, inner, false);
            }
        }
    }
}

/// A minimal valid Outlook .msg ([MS-OXMSG]) written with the `cfb` crate.
pub fn outlook_msg(path: &Path, subject: &str, items: &[Item<'_>]) {
    let mut cf = cfb::create(path).unwrap();
    write_message(&mut cf, Path::new("/"), subject, items, true);
    cf.flush().unwrap();
}

/// olefile's reading of a .msg: (storage path, long file name, sha256, size) per file.
fn olefile_attachments(path: &Path) -> Vec<(String, String, String, u64)> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/py/read_msg.py");
    let out = tool(&python(), &[script, path.to_str().unwrap()]);
    let v: Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["path"].as_str().unwrap().to_owned(),
                a["name"].as_str().unwrap().to_owned(),
                a["sha256"].as_str().unwrap().to_owned(),
                a["size"].as_u64().unwrap(),
            )
        })
        .collect()
}

const LIMITS: shomei::pki::mail::Limits = shomei::pki::mail::Limits {
    max_attachments: shomei::pki::bundle::MAX_ZIP_ENTRIES,
    max_total_bytes: shomei::pki::bundle::MAX_ZIP_TOTAL_BYTES,
};

/// The attachments Shomei's core finds in a file: (name, sha256).
fn core_attachments(path: &Path) -> Vec<(Option<String>, String)> {
    let bytes = std::fs::read(path).unwrap();
    shomei::pki::mail::attachments(&bytes, &LIMITS)
        .expect("a mail")
        .expect("attachments")
        .into_iter()
        .map(|a| (a.name, shomei::pki::cert::sha256_hex(&a.bytes)))
        .collect()
}

/// Every shape of the CA's mail completes its own request through `shomei import`.
#[test]
fn the_cas_mail_is_imported_as_eml_and_msg() {
    let env = Env::new();
    let ca = Ca::new();
    let dir = env.root.path();
    let zip_name = "証明書_taro.zip";
    let mut expected = Vec::new();
    for (i, shape) in [
        "zip-rfc2231",
        "zip-encoded",
        "crt-qp",
        "forward",
        "msg",
        "msg-forward",
    ]
    .into_iter()
    .enumerate()
    {
        let email = format!("mail{i}@example.jp");
        let (id, csr) = smime_request(&env, &email, "p256");
        let leaf = ca.issue(&csr, &Order::smime(&email, "テスト株式会社"));
        let z = ca_zip(&ca, &leaf, &format!("mail{i}.crt"));
        let file = match shape {
            "crt-qp" => {
                let (root, inter, mine) = (pem(&ca.root_der), pem(&ca.inter_der), pem(&leaf));
                let f = eml(
                    dir,
                    shape,
                    "qp.eml",
                    &[
                        ("TrustedRoot.crt", root.as_bytes()),
                        ("DigiCertCA.crt", inter.as_bytes()),
                        ("mail2.crt", mine.as_bytes()),
                    ],
                );
                let text = std::fs::read_to_string(&f).unwrap();
                assert!(text.contains("quoted-printable") && text.contains("=3D"));
                let names: Vec<_> = core_attachments(&f).into_iter().map(|a| a.0).collect();
                assert_eq!(names.len(), 3, "{names:?}");
                f
            }
            "msg" | "msg-forward" => {
                let f = dir.join(format!("{shape}.msg"));
                let subject = format!("{email} 向けの 証明書");
                let items = if shape == "msg" {
                    vec![Item::File(zip_name, &z)]
                } else {
                    vec![Item::Message(&subject, vec![Item::File(zip_name, &z)])]
                };
                outlook_msg(&f, &format!("転送: {subject}"), &items);
                // An independent reader sees the same file under the same name.
                let seen = olefile_attachments(&f);
                assert_eq!(seen.len(), 1, "{seen:?}");
                assert_eq!(seen[0].1, zip_name);
                assert_eq!(seen[0].2, shomei::pki::cert::sha256_hex(&z));
                assert_eq!(seen[0].3, z.len() as u64);
                if shape == "msg-forward" {
                    assert!(seen[0].0.contains("__substg1.0_3701000D"), "{seen:?}");
                }
                f
            }
            mode => eml(dir, mode, &format!("{shape}.eml"), &[(zip_name, &z)]),
        };
        if shape != "crt-qp" {
            // The Japanese name is decoded, and the zip arrives byte for byte.
            assert_eq!(
                core_attachments(&file),
                [(Some(zip_name.to_owned()), shomei::pki::cert::sha256_hex(&z))],
                "{shape}"
            );
        }
        let (stdout, err) = import_ok(&env, &[&file]);
        assert_eq!(stdout.trim(), id, "{shape}: {err}");
        assert!(
            err.contains(&format!("Your certificate for {email}")),
            "{shape}: {err}"
        );
        expected.push(id);
    }
    let o = env.run("en", &["list", "--json"]);
    let rows: Value = serde_json::from_slice(&o.stdout).unwrap();
    for id in expected {
        let row = rows
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id.as_str())
            .unwrap();
        assert_eq!(row["status"], "issued", "{row}");
    }
}

/// A mail without the certificate, cut off, or carrying a key or a .p12: refused in both
/// languages with what to do, and the vault is not touched.
#[test]
fn mail_refusals() {
    let env = Env::new();
    let ca = Ca::new();
    let dir = env.root.path();
    let (_id, csr) = smime_request(&env, "taro@example.jp", "p256");
    let leaf = ca.issue(&csr, &Order::smime("taro@example.jp", "X"));
    let z = ca_zip(&ca, &leaf, "taro.crt");

    let none = eml(dir, "none", "none.eml", &[]);
    refuse_import(
        &env,
        &[&none],
        "has no certificate attached",
        "証明書が添付されていません",
    );
    let empty_msg = dir.join("none.msg");
    outlook_msg(&empty_msg, "taro@example.jp 向けの 証明書", &[]);
    refuse_import(
        &env,
        &[&empty_msg],
        "has no certificate attached",
        "証明書が添付されていません",
    );

    let full = std::fs::read(eml(dir, "zip-rfc2231", "full.eml", &[("c.zip", &z)])).unwrap();
    let cut = dir.join("cut.eml");
    std::fs::write(&cut, &full[..full.len() * 2 / 3]).unwrap();
    refuse_import(&env, &[&cut], "is cut off", "途中で切れて");

    let msg = dir.join("full.msg");
    outlook_msg(&msg, "x", &[Item::File("c.zip", &z)]);
    let bytes = std::fs::read(&msg).unwrap();
    let cut_msg = dir.join("cut.msg");
    std::fs::write(&cut_msg, &bytes[..bytes.len() / 2]).unwrap();
    refuse_import(
        &env,
        &[&cut_msg],
        "could not be read as a mail",
        "メールのファイルとして読み取れません",
    );

    // A key and a .p12 attached are refused as those files are.
    let key = dir.join("k.pem");
    let cert = dir.join("c.pem");
    let p12 = dir.join("x.p12");
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
            key.to_str().unwrap(),
            "-subj",
            "/CN=x",
            "-out",
            cert.to_str().unwrap(),
        ],
    );
    tool(
        "openssl",
        &[
            "pkcs12",
            "-export",
            "-inkey",
            key.to_str().unwrap(),
            "-in",
            cert.to_str().unwrap(),
            "-passout",
            "pass:x",
            "-out",
            p12.to_str().unwrap(),
        ],
    );
    let with_key = eml(
        dir,
        "zip-rfc2231",
        "key.eml",
        &[("taro.key", &std::fs::read(&key).unwrap())],
    );
    refuse_import(
        &env,
        &[&with_key],
        "contains a private key",
        "秘密鍵が含まれています",
    );
    let with_p12 = eml(
        dir,
        "zip-rfc2231",
        "p12.eml",
        &[("taro.p12", &std::fs::read(&p12).unwrap())],
    );
    refuse_import(
        &env,
        &[&with_p12],
        "already a PKCS#12 file",
        "PKCS#12ファイル",
    );

    // Outlook's winmail.dat instead of the zip.
    let winmail = dir.join("winmail.eml");
    std::fs::write(
        &winmail,
        "From: DigiCert <admin@digicert.com>\r\nSubject: x\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n\
         x\r\n--b\r\nContent-Type: application/ms-tnef; name=\"winmail.dat\"\r\n\
         Content-Transfer-Encoding: base64\r\n\r\neJ8+IhA=\r\n--b--\r\n",
    )
    .unwrap();
    refuse_import(&env, &[&winmail], "winmail.dat", "winmail.dat");

    // Too many attachments.
    let many: Vec<(String, Vec<u8>)> = (0..70)
        .map(|i| (format!("{i}.crt"), pem(&ca.root_der).into_bytes()))
        .collect();
    let many: Vec<(&str, &[u8])> = many
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let many = eml(dir, "crt-qp", "many.eml", &many);
    refuse_import(
        &env,
        &[&many],
        "more or larger attachments",
        "ありえないため",
    );
}
