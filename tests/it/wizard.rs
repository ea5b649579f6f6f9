//! The wizard driven as a user drives it — by the labels on screen, in Japanese and English —
//! through egui_kittest: the S/MIME journey ends in a CSR, and import → export ends in a .p12,
//! both verified. File dialogs and the clipboard are a fake host.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use shomei::gui::wizard::Step;
use shomei::gui::{Config, Host, ShomeiApp};
use shomei::i18n::{Lang, t};
use zeroize::Zeroizing;

use crate::ca::{Ca, Order, pem, zip};
use crate::common::{PASSPHRASE, tool};

/// Dialogs answer with paths in a scratch folder; the clipboard is recorded.
#[derive(Clone, Default)]
struct FakeHost {
    dir: PathBuf,
    saved: Arc<Mutex<Vec<PathBuf>>>,
    copied: Arc<Mutex<Vec<String>>>,
}

impl Host for FakeHost {
    fn pick_files(&self) -> Option<Vec<PathBuf>> {
        None // as rfd does on a desktop without a portal: the typed path must work
    }
    fn save_file(&self, default_name: &str) -> Option<PathBuf> {
        let p = self.dir.join(default_name);
        self.saved.lock().unwrap().push(p.clone());
        Some(p)
    }
    fn copied(&self, text: &str) {
        self.copied.lock().unwrap().push(text.to_owned());
    }
}

fn harness(lang: Lang, data_dir: PathBuf, host: FakeHost) -> Harness<'static, ShomeiApp> {
    let cfg = Config {
        data_dir,
        passphrase: Some(Zeroizing::new(PASSPHRASE.to_owned())),
        lang: Some(lang),
        host: Box::new(host),
        open_file: None,
        now: None,
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(900.0, 1000.0))
        .build_eframe(move |cc| ShomeiApp::new(cc, cfg));
    wait(&mut h, "the vault to open", |app| app.vault_ready());
    h
}

/// Steps the UI (jobs run on their threads) until `done` holds; fails after 60 s.
fn wait(h: &mut Harness<'static, ShomeiApp>, what: &str, done: impl Fn(&ShomeiApp) -> bool) {
    let t0 = Instant::now();
    loop {
        h.step();
        if done(h.state()) {
            h.step();
            return;
        }
        assert!(
            t0.elapsed() < Duration::from_secs(60),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn click(h: &mut Harness<'static, ShomeiApp>, label: &str) {
    h.get_by_role_and_label(Role::Button, label).click();
    h.step();
    h.step();
}

fn type_into(h: &mut Harness<'static, ShomeiApp>, role: Role, label: &str, text: &str) {
    let node = h.get_by_role_and_label(role, label);
    node.focus();
    node.type_text(text);
    h.step();
    h.step();
}

fn smime_journey(lang: Lang) {
    let l = |id| t(lang, id);
    let dir = tempfile::tempdir().unwrap();
    let host = FakeHost {
        dir: dir.path().to_path_buf(),
        ..Default::default()
    };
    let mut h = harness(lang, dir.path().join("data"), host.clone());
    click(&mut h, &l("home-new-smime"));
    assert!(matches!(h.state().step(), Step::SmimeDetails(_)));
    // Full-width input is normalized; the value used is shown.
    type_into(
        &mut h,
        Role::MultilineTextInput,
        &l("field-email"),
        "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ",
    );
    type_into(&mut h, Role::TextInput, &l("field-org"), "テスト株式会社");
    assert!(h.query_by_label_contains("taro@example.co.jp").is_some());
    click(&mut h, &l("nav-next"));
    assert!(
        matches!(h.state().step(), Step::SmimeProfile(_)),
        "{:?}",
        h.state().step()
    );
    // Under Strict, 個人認証 is not selectable; the shortcut picks Multipurpose + 個人認証.
    assert!(
        h.get_by_role_and_label(Role::CheckBox, &l("extra-client-auth"))
            .accesskit_node()
            .is_disabled()
    );
    click(&mut h, &l("smime-profile-legacy"));
    click(&mut h, &l("nav-next"));
    assert!(matches!(h.state().step(), Step::KeyType(_)));
    click(&mut h, &l("key-generate"));
    wait(&mut h, "the CSR", |app| {
        matches!(app.step(), Step::CsrReady(_))
    });
    click(&mut h, &l("csr-copy"));
    click(&mut h, &l("csr-save"));
    let saved = host.saved.lock().unwrap().clone();
    assert_eq!(saved.len(), 1);
    let csr = std::fs::read_to_string(&saved[0]).unwrap();
    assert_eq!(host.copied.lock().unwrap()[0], csr);
    assert!(saved[0].ends_with("taro_example_co_jp.csr"));
    // The CSR verifies and carries what was chosen.
    let text = tool(
        "openssl",
        &[
            "req",
            "-in",
            saved[0].to_str().unwrap(),
            "-verify",
            "-noout",
            "-text",
        ],
    );
    assert!(
        text.contains("verify OK") && text.contains("TLS Web Client Authentication"),
        "{text}"
    );
    // The hand-off sheet names the CA's choices in this language.
    assert!(
        h.query_by_label_contains(&l("profile-multipurpose"))
            .is_some()
    );
    assert!(
        h.query_by_label_contains("DigiCert Assured G2 SMIME RSA4096 SHA384 2024 CA1")
            .is_some()
    );
    click(&mut h, &l("nav-done"));
    assert!(
        h.query_by_label_contains("taro@example.co.jp").is_some(),
        "listed on home"
    );
}

#[test]
fn smime_request_in_japanese() {
    smime_journey(Lang::Ja);
}

#[test]
fn smime_request_in_english() {
    smime_journey(Lang::En);
}

fn import_export_journey(lang: Lang) {
    let l = |id| t(lang, id);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // A pending request made through the core (as the first journey would), and the CA's zip.
    let vault = shomei::vault::Vault::open_or_create(
        &data,
        &shomei::vault::Unlock {
            passphrase: Some(Zeroizing::new(PASSPHRASE.to_owned())),
            avoid_keyring: true,
        },
    )
    .unwrap();
    let form = shomei::pki::request::SmimeForm {
        emails: vec!["hanako@example.co.jp".into()],
        organization: "テスト株式会社".into(),
        ..Default::default()
    };
    let req = shomei::pki::request::Request::Smime(form.validate().unwrap().value);
    let (_, csr) =
        shomei::flow::create_request(&vault, &req, &Default::default(), &|_| {}).unwrap();
    drop(vault);
    let ca = Ca::new();
    let leaf = ca.issue(
        &csr.pem,
        &Order::smime("hanako@example.co.jp", "テスト株式会社"),
    );
    let z = dir.path().join("Certificate.zip");
    zip(
        &z,
        &[
            ("TrustedRoot.crt", pem(&ca.root_der).into_bytes()),
            ("DigiCertCA.crt", pem(&ca.inter_der).into_bytes()),
            ("hanako.crt", pem(&leaf).into_bytes()),
        ],
    );

    let host = FakeHost {
        dir: dir.path().to_path_buf(),
        ..Default::default()
    };
    let mut h = harness(lang, data, host.clone());
    click(&mut h, &l("home-import"));
    // The native dialog is unavailable here: the wizard says so and the typed path works.
    click(&mut h, &l("import-pick"));
    assert!(h.query_by_label_contains(&l("import-no-dialog")).is_some());
    type_into(
        &mut h,
        Role::TextInput,
        &l("import-path"),
        z.to_str().unwrap(),
    );
    click(&mut h, &l("import-open"));
    wait(&mut h, "the import", |app| {
        matches!(app.step(), Step::ImportDone { .. })
    });
    assert!(h.query_by_label_contains("hanako@example.co.jp").is_some());
    assert!(
        h.query_by_label_contains("Test Assured G2 SMIME RSA SHA384 CA1")
            .is_some()
    );
    click(&mut h, &l("import-done-export"));
    // A weak password keeps Next disabled and the checklist shows why; full-width gets the hint.
    type_into(&mut h, Role::PasswordInput, &l("p12-password"), "ｐａｓｓ");
    assert!(h.query_by_label_contains(&l("p12-ime-hint")).is_some());
    assert!(
        h.get_by_role_and_label(Role::Button, &l("nav-next"))
            .accesskit_node()
            .is_disabled()
    );
    click(&mut h, &l("p12-generate"));
    click(&mut h, &l("p12-copy"));
    let password = host.copied.lock().unwrap().last().cloned().unwrap();
    assert!(shomei::pki::password::check(&password, &Default::default()).passes());
    click(&mut h, &l("nav-next"));
    h.get_by_role_and_label(Role::RadioButton, &l("platform-unsure"))
        .click();
    h.step();
    h.step();
    click(&mut h, &l("platform-save"));
    wait(&mut h, "the export", |app| {
        matches!(app.step(), Step::ExportDone { .. })
    });
    assert!(h.query_by_label_contains(&l("install-unsure")).is_some());
    // Both files, both open with the generated password in OpenSSL 3 without -legacy.
    let saved = host.saved.lock().unwrap().clone();
    let main = &saved[0];
    let compat = main.with_file_name(format!(
        "{}-compatible.p12",
        main.file_stem().unwrap().to_string_lossy()
    ));
    for (f, alg) in [(main, "AES-256-CBC"), (&compat, "TripleDES")] {
        let info = tool(
            "openssl",
            &[
                "pkcs12",
                "-info",
                "-in",
                f.to_str().unwrap(),
                "-passin",
                &format!("pass:{password}"),
                "-noenc",
            ],
        );
        assert!(
            info.contains(alg) && info.contains("friendlyName: hanako@example.co.jp"),
            "{info}"
        );
    }
    assert!(main.file_name().unwrap().to_str().unwrap().is_ascii());
}

#[test]
fn import_and_export_in_japanese() {
    import_export_journey(Lang::Ja);
}

#[test]
fn import_and_export_in_english() {
    import_export_journey(Lang::En);
}

#[test]
fn language_switch_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let cfg = |lang| Config {
        data_dir: data.clone(),
        passphrase: Some(Zeroizing::new(PASSPHRASE.to_owned())),
        lang,
        host: Box::new(FakeHost::default()),
        open_file: None,
        now: None,
    };
    let first = cfg(Some(Lang::Ja));
    let mut h = Harness::builder().build_eframe(move |cc| ShomeiApp::new(cc, first));
    wait(&mut h, "the vault", |a| a.vault_ready());
    h.get_by_label("English").click();
    h.step();
    h.step();
    assert_eq!(h.state().lang(), Lang::En);
    assert!(h.query_by_label(&t(Lang::En, "home-title")).is_some());
    let second = cfg(None);
    let h2 = Harness::builder().build_eframe(move |cc| ShomeiApp::new(cc, second));
    assert_eq!(h2.state().lang(), Lang::En);
}

#[test]
fn no_user_facing_literals_in_view_code() {
    // Every string a step shows comes from i18n/: widget calls in src/gui never take a literal
    // sentence (ids, paths and format strings excepted).
    let gui = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/gui");
    let mut files = vec![];
    for dir in [gui.clone(), gui.join("wizard")] {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            if e.path().extension().is_some_and(|x| x == "rs") {
                files.push(e.path());
            }
        }
    }
    let calls = [
        "label(\"",
        "button(\"",
        "heading(\"",
        "strong(\"",
        "checkbox(\"",
        "hint_text(\"",
        "RichText::new(\"",
        "Button::new(\"",
    ];
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        for c in calls {
            assert!(!src.contains(c), "{f:?} passes a literal to {c}");
        }
    }
}

#[test]
fn passphrase_vault_asks_for_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    shomei::vault::Vault::open_or_create(
        &data,
        &shomei::vault::Unlock {
            passphrase: Some(Zeroizing::new(PASSPHRASE.to_owned())),
            avoid_keyring: true,
        },
    )
    .unwrap();
    for lang in [Lang::Ja, Lang::En] {
        let l = |id| t(lang, id);
        let cfg = Config {
            data_dir: data.clone(),
            passphrase: None,
            lang: Some(lang),
            host: Box::new(FakeHost::default()),
            open_file: None,
            now: None,
        };
        let mut h = Harness::builder().build_eframe(move |cc| ShomeiApp::new(cc, cfg));
        wait(&mut h, "the passphrase screen", |a| {
            matches!(a.step(), Step::Unlock(_))
        });
        type_into(
            &mut h,
            Role::PasswordInput,
            &l("unlock-passphrase"),
            "not the passphrase",
        );
        click(&mut h, &l("unlock-submit"));
        wait(
            &mut h,
            "the refusal",
            |a| matches!(a.step(), Step::Unlock(d) if d.error.is_some()),
        );
        assert!(
            h.query_by_label_contains(&l("err-vault-wrong-passphrase"))
                .is_some()
        );
        type_into(
            &mut h,
            Role::PasswordInput,
            &l("unlock-passphrase"),
            PASSPHRASE,
        );
        click(&mut h, &l("unlock-submit"));
        wait(&mut h, "the vault", |a| a.vault_ready());
        assert_eq!(h.state().step(), &Step::Home);
    }
}
