//! The wizard driven as a user drives it — by the labels on screen, in Japanese and English —
//! through egui_kittest: the S/MIME journey ends in a CSR, and import → export ends in a .p12,
//! both verified. File dialogs and the clipboard are a fake host.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use shomei::gui::Config;
use shomei::gui::wizard::Step;
use shomei::i18n::{Lang, say};

use crate::ca::{Ca, Order, pem, zip};
use crate::common::{PASSPHRASE, tool};
use crate::harness::{FakeHost, SMALLEST, app, click, config, harness, type_into, wait};

/// A home row's button label: what it does, for which request, made today.
fn for_row(lang: Lang, id: &'static str, title: &str) -> String {
    let today = time::OffsetDateTime::now_utc().date().to_string();
    shomei::i18n::say(
        lang,
        shomei::i18n::Message::new(id)
            .with("title", title.to_owned())
            .with("date", today),
    )
}

fn smime_journey(lang: Lang) {
    let l = |id| say(lang, id);
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
    // Multipurpose is preselected (the guide: if unsure, Multipurpose). Under Strict no
    // additional usage is selectable; the shortcut picks Multipurpose + 個人認証.
    assert!(
        !h.get_by_role_and_label(Role::CheckBox, &l("extra-client-auth"))
            .accesskit_node()
            .is_disabled()
    );
    h.get_by_role_and_label(Role::RadioButton, &l("profile-strict"))
        .click();
    h.step();
    h.step();
    for extra in [
        "extra-client-auth",
        "extra-non-repudiation",
        "extra-data-encryption",
    ] {
        assert!(
            h.get_by_role_and_label(Role::CheckBox, &l(extra))
                .accesskit_node()
                .is_disabled(),
            "{extra} under Strict"
        );
    }
    assert!(h.query_by_label(&l("profile-guide-differs")).is_some());
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
    // Switching the language re-renders the sheet from its typed value (nothing is reloaded),
    // and switching back restores it.

    for (from, to) in Lang::ALL
        .into_iter()
        .filter(|x| *x != lang)
        .flat_map(|other| [(lang, other), (other, lang)])
    {
        // The drop-down: open it, choose (each language is listed in its own words).
        h.get_by_label(&say(from, "lang-switch")).click();
        h.step();
        h.step();
        h.get_by_label(&say(to, to)).click();
        h.step();
        h.step();
        assert_eq!(h.state().lang(), to);
        assert!(
            h.query_by_label_contains(&say(to, "handoff-title"))
                .is_some()
                && h.query_by_label_contains(&say(to, "profile-multipurpose"))
                    .is_some(),
            "the hand-off sheet in {to:?}"
        );
    }
    click(&mut h, &l("nav-done"));
    assert!(
        h.query_by_label("taro@example.co.jp").is_some(),
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
    let l = |id| say(lang, id);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // A pending request made through the core (as the first journey would), and the CA's zip.
    let vault = shomei::vault::Vault::open_or_create(&data, &crate::common::unlock()).unwrap();
    let form = shomei::pki::request::SmimeForm {
        emails: vec!["hanako@example.co.jp".into()],
        organization: "テスト株式会社".into(),
        ..Default::default()
    };
    let req = shomei::pki::request::Request::Smime(form.validate().unwrap().value);
    let (_, csr) = shomei::ops::create_request(&vault, &req, &Default::default(), &|_| {}).unwrap();
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
        lang,
        ..config(Lang::Ja, data.clone(), FakeHost::default())
    };
    let first = cfg(Some(Lang::Ja));
    let mut h = app(first, SMALLEST);
    wait(&mut h, "the vault", |a| a.vault_ready());
    // A drop-down: open it, then choose.
    h.get_by_label(&say(Lang::Ja, "lang-switch")).click();
    h.step();
    h.step();
    assert_eq!(
        h.state().lang(),
        Lang::Ja,
        "opening the list changes nothing"
    );
    h.get_by_label("English").click();
    h.step();
    h.step();
    assert_eq!(h.state().lang(), Lang::En);
    assert!(h.query_by_label(&say(Lang::En, "home-title")).is_some());
    let second = cfg(None);
    let h2 = app(second, SMALLEST);
    assert_eq!(h2.state().lang(), Lang::En);
}

#[test]
fn no_user_facing_literals_in_view_code() {
    // Every string a step shows comes from i18n/: widget calls in src/gui never take a literal
    // sentence (ids, paths and format strings excepted).
    let gui = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/gui");
    let mut files = vec![];
    for dir in [gui.clone(), gui.join("wizard"), gui.join("app")] {
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
    shomei::vault::Vault::open_or_create(&data, &crate::common::unlock()).unwrap();
    for lang in Lang::ALL {
        let l = |id| say(lang, id);
        let cfg = Config {
            passphrase: None,
            ..config(lang, data.clone(), FakeHost::default())
        };
        let mut h = app(cfg, SMALLEST);
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

/// A vault in `data` with an issued S/MIME request for `email`, its certificate valid
/// `not_before..not_after`; returns the request id.
pub(crate) fn issued(
    data: &std::path::Path,
    ca: &Ca,
    email: &str,
    not_before: time::OffsetDateTime,
    not_after: time::OffsetDateTime,
) -> String {
    let vault = shomei::vault::Vault::open_or_create(data, &crate::common::unlock()).unwrap();
    let form = shomei::pki::request::SmimeForm {
        emails: vec![email.into()],
        organization: "テスト株式会社".into(),
        key: Some(shomei::pki::key::KeySpec::EcP256),
        ..Default::default()
    };
    let req = shomei::pki::request::Request::Smime(form.validate().unwrap().value);
    let (record, csr) =
        shomei::ops::create_request(&vault, &req, &Default::default(), &|_| {}).unwrap();
    let mut order = Order::smime(email, "テスト株式会社");
    order.ku = vec![
        rcgen::KeyUsagePurpose::DigitalSignature,
        rcgen::KeyUsagePurpose::KeyAgreement,
    ];
    order.not_before = not_before;
    order.not_after = not_after;
    let leaf = ca.issue(&csr.pem, &order);
    let files = vec![(
        "c.pem".to_owned(),
        [pem(&leaf), pem(&ca.inter_der)].concat().into_bytes(),
    )];
    shomei::ops::import(&vault, &files, not_before + time::Duration::days(1)).unwrap();
    record.id
}

/// What a request's status allows is decided once, in ops, for both faces: an issued request is
/// kept, a pending one can be deleted, a CSR that cannot be written withdraws its request, and a
/// double-clicked file is classified by its bytes.
#[test]
fn ops_decide_status_deletion_rollback_and_file_kind() {
    use shomei::ops::{self, FileKind, RequestStatus};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let ca = Ca::new();
    let now = time::OffsetDateTime::now_utc();
    let id = issued(
        &data,
        &ca,
        "hanako@example.jp",
        now - time::Duration::days(10),
        now + time::Duration::days(200),
    );
    let vault = shomei::vault::Vault::open_or_create(&data, &crate::common::unlock()).unwrap();
    let now = now.unix_timestamp();
    let status = ops::status(&vault.get(&id).unwrap(), now);
    assert!(
        matches!(status, RequestStatus::Issued { days_left, .. } if (199..=200).contains(&days_left)),
        "{status:?}"
    );
    assert!(!ops::can_delete(&vault.get(&id).unwrap(), now) && !status.expired());
    assert!(matches!(
        ops::delete_request(&vault, &id, now),
        Err(ops::Error::DeleteIssued { .. })
    ));
    assert!(vault.get(&id).is_ok(), "an issued request was deleted");
    // Stored as issued but its chain unreadable: it shows as pending (import it again), but its
    // key is never deleted.
    let good = vault.get(&id).unwrap().chain_pem;
    vault.attach_chain(&id, vec!["damaged".into()]).unwrap();
    let record = vault.get(&id).unwrap();
    assert_eq!(ops::status(&record, now), RequestStatus::Pending);
    assert!(
        !ops::can_delete(&record, now),
        "the page would offer to delete it"
    );
    assert!(matches!(
        ops::delete_request(&vault, &id, now),
        Err(ops::Error::DeleteIssued { .. })
    ));
    vault.attach_chain(&id, good).unwrap();
    assert!(
        vault.load_key(&id).is_ok(),
        "an issued request's key was deleted"
    );

    let form = shomei::pki::request::SmimeForm {
        emails: vec!["taro@example.jp".into()],
        organization: "テスト株式会社".into(),
        key: Some(shomei::pki::key::KeySpec::EcP256),
        ..Default::default()
    };
    let req = shomei::pki::request::Request::Smime(form.validate().unwrap().value);
    let count = |v: &shomei::vault::Vault| v.list().unwrap().0.len();
    let before = count(&vault);
    let nowhere = dir.path().join("no-such-folder").join("taro.csr");
    assert!(matches!(
        ops::create_request_to_file(&vault, &req, &Default::default(), &|_| {}, &nowhere),
        Err(ops::Error::Write { .. })
    ));
    assert_eq!(
        count(&vault),
        before,
        "the request without its CSR was kept"
    );
    let out = dir.path().join("taro.csr");
    let pending =
        ops::create_request_to_file(&vault, &req, &Default::default(), &|_| {}, &out).unwrap();
    assert_eq!(ops::status(&pending, now), RequestStatus::Pending);
    let csr = std::fs::read(&out).unwrap();
    assert_eq!(ops::classify(&csr), FileKind::Inspect);
    assert_eq!(
        ops::classify(pem(&ca.inter_der).as_bytes()),
        FileKind::Import
    );
    // What a double-clicked file that is not ours to import is (inspected, not refused) is
    // decided in ops too: CA certificates only are not ours; a file that cannot be read is an
    // error to show.
    let only_ca = ops::import(
        &vault,
        &[("DigiCertCA.crt".into(), pem(&ca.inter_der).into_bytes())],
        time::OffsetDateTime::now_utc(),
    )
    .unwrap_err();
    assert!(only_ca.is_not_ours(), "{only_ca:?}");
    let missing = ops::read_inputs(&[dir.path().join("nothing.crt")]).unwrap_err();
    assert!(!missing.is_not_ours(), "{missing:?}");
    ops::delete_request(&vault, &pending.id, now).unwrap();
    assert!(vault.get(&pending.id).is_err());
    assert_eq!(count(&vault), before);
}

fn server_journey(lang: Lang) {
    let l = |id| say(lang, id);
    let dir = tempfile::tempdir().unwrap();
    let host = FakeHost {
        dir: dir.path().to_path_buf(),
        ..Default::default()
    };
    let mut h = harness(lang, dir.path().join("data"), host.clone());
    click(&mut h, &l("home-new-server"));
    type_into(&mut h, Role::TextInput, &l("field-cn"), "ｗｗｗ．例え．jp");
    // The final SAN list is visible: the A-label beside the Unicode form, and the www twin.
    assert!(
        h.query_by_label_contains("www.xn--r8jz45g.jp  (www.例え.jp)")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("xn--r8jz45g.jp  (例え.jp)")
            .is_some()
    );
    click(&mut h, &l("nav-next"));
    assert!(matches!(h.state().step(), Step::ServerSubject(_)));
    // Japanese in ST is refused as you type, with what to do.
    type_into(&mut h, Role::TextInput, &l("field-state"), "東京都");
    assert!(h.query_by_label_contains("IME").is_some());
    assert!(
        h.get_by_role_and_label(Role::Button, &l("nav-next"))
            .accesskit_node()
            .is_disabled()
    );
    // No OU field at all.
    assert!(
        h.query_by_label_contains("OU").is_none()
            || h.query_by_role_and_label(Role::TextInput, "OU").is_none()
    );
    let state_label = l("field-state");
    let st = h.get_by_role_and_label(Role::TextInput, &state_label);
    st.focus();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.step();
    h.get_by_role_and_label(Role::TextInput, &l("field-state"))
        .type_text("Tokyo");
    h.step();
    h.step();
    type_into(&mut h, Role::TextInput, &l("field-locality"), "Chiyoda-ku");
    type_into(
        &mut h,
        Role::TextInput,
        &l("field-org"),
        "Example Co., Ltd.",
    );
    click(&mut h, &l("nav-next"));
    assert!(
        matches!(h.state().step(), Step::KeyType(_)),
        "{:?}",
        h.state().step()
    );
    h.get_by_role_and_label(Role::RadioButton, "ECDSA P-256")
        .click();
    h.step();
    h.step();
    click(&mut h, &l("key-generate"));
    wait(&mut h, "the CSR", |app| {
        matches!(app.step(), Step::CsrReady(_))
    });
    // DCV guidance for each name at the CA the user orders from: DigiCert through the reseller
    // first (approval mail only, to the www name and the base domain; docs/domain.md [R1]) …
    assert!(
        h.query_by_label_contains("admin@www.xn--r8jz45g.jp")
            .is_some()
            && h.query_by_label_contains("webmaster@xn--r8jz45g.jp")
                .is_some()
    );
    assert!(
        h.query_by_label_contains("_validation-contactemail.xn--r8jz45g.jp")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("/.well-known/pki-validation/fileauth.txt")
            .is_none(),
        "no file method through the reseller"
    );
    // … and CertCentral when chosen: DNS (the CNAME's target shown), the file, the mail.
    h.get_by_role_and_label(Role::ComboBox, &l("csr-ca"))
        .click();
    h.run();
    h.get_by_label(&l("ca-certcentral")).click();
    h.step();
    h.step();
    assert!(
        h.query_by_label_contains("/.well-known/pki-validation/fileauth.txt")
            .is_some()
            && h.query_by_label_contains("dcv.digicert.com").is_some()
    );
    click(&mut h, &l("csr-save"));
    let saved = host.saved.lock().unwrap().clone();
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
        text.contains("DNS:www.xn--r8jz45g.jp, DNS:xn--r8jz45g.jp"),
        "{text}"
    );
    assert!(
        text.contains("ASN1 OID: prime256v1")
            && text.contains("C = JP, ST = Tokyo, L = Chiyoda-ku"),
        "{text}"
    );
}

#[test]
fn server_request_with_www_and_idn_in_japanese() {
    server_journey(Lang::Ja);
}

#[test]
fn server_request_with_www_and_idn_in_english() {
    server_journey(Lang::En);
}

#[test]
fn renewal_reuses_the_subject_and_makes_a_new_key() {
    let now = time::OffsetDateTime::now_utc();
    let ca = Ca::new();
    for lang in Lang::ALL {
        let l = |id| say(lang, id);
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let old_id = issued(
            &data,
            &ca,
            "taro@example.co.jp",
            now - time::Duration::days(300),
            now + time::Duration::days(20),
        );
        let host = FakeHost {
            dir: dir.path().to_path_buf(),
            ..Default::default()
        };
        let mut h = harness(lang, data.clone(), host);
        // The reminder on start names it.
        assert!(
            h.query_by_label_contains("taro@example.co.jp (19)")
                .is_some()
                || h.query_by_label_contains("taro@example.co.jp (20)")
                    .is_some()
        );
        click(
            &mut h,
            &for_row(lang, "home-renew-for", "taro@example.co.jp"),
        );
        assert!(
            matches!(h.state().step(), Step::SmimeDetails(d) if d.emails == "taro@example.co.jp" && d.organization == "テスト株式会社")
        );
        // A renewal says so, and that the CA takes the order now (20 days left: within 90).
        assert!(
            h.query_by_label_contains(&l("replacement-renew-title"))
                .is_some()
        );
        assert!(
            h.query_by_label_contains(&shomei::i18n::say(
                lang,
                shomei::i18n::Message::new("replacement-renewal-open").num("days", 19)
            ))
            .is_some()
                || h.query_by_label_contains(&shomei::i18n::say(
                    lang,
                    shomei::i18n::Message::new("replacement-renewal-open").num("days", 20)
                ))
                .is_some()
        );
        click(&mut h, &l("nav-next"));
        click(&mut h, &l("nav-next"));
        click(&mut h, &l("key-generate"));
        wait(&mut h, "the CSR", |app| {
            matches!(app.step(), Step::CsrReady(_))
        });
        let Step::CsrReady(info) = h.state().step().clone() else {
            unreachable!()
        };
        let v = shomei::vault::Vault::open(&data, &crate::common::unlock()).unwrap();
        let old = v.get(&old_id).unwrap();
        let new = v.get(&info.id).unwrap();
        assert_ne!(
            old.spki_sha256, new.spki_sha256,
            "a renewal must make a new key"
        );
        assert_eq!(old.request, new.request, "the same subject and choices");
    }
}

#[test]
fn dashboard_expiry_states_reminders_and_calendar() {
    let now = time::OffsetDateTime::now_utc();
    let ca = Ca::new();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let start = now - time::Duration::days(200);
    for (email, days) in [
        ("calm@example.jp", 150),
        ("soon@example.jp", 45),
        ("urgent@example.jp", 5),
        ("gone@example.jp", 10),
    ] {
        issued(&data, &ca, email, start, now + time::Duration::days(days));
    }
    // An injected clock 12 days ahead: gone@ has expired, urgent@ too; soon@ is within 60 days.
    let later = (now + time::Duration::days(12)).unix_timestamp();
    for lang in Lang::ALL {
        let host = FakeHost {
            dir: dir.path().to_path_buf(),
            ..Default::default()
        };
        let cfg = Config {
            now: Some(later),
            ..config(lang, data.clone(), host.clone())
        };
        let mut h = app(cfg, egui::vec2(1000.0, 2400.0));
        wait(&mut h, "the vault", |a| a.vault_ready());
        let msg = |id: &'static str, days: i64| {
            shomei::i18n::say(lang, shomei::i18n::Message::new(id).num("days", days))
        };
        assert!(
            h.query_by_label(&msg("home-status-issued", 137)).is_some()
                || h.query_by_label(&msg("home-status-issued", 138)).is_some()
        );
        assert!(
            h.query_by_label(&msg("home-status-expiring", 32)).is_some()
                || h.query_by_label(&msg("home-status-expiring", 33)).is_some()
        );
        assert_eq!(
            h.query_all_by_label(&say(lang, "home-status-expired"))
                .count(),
            2
        );
        // The reminder on start names what expires within 30 days or has expired.
        assert!(
            h.query_by_label_contains("urgent@example.jp (-7)")
                .is_some()
                || h.query_by_label_contains("urgent@example.jp (-8)")
                    .is_some()
        );
        assert!(h.query_by_label_contains("calm@example.jp (13").is_none());
        // A calendar file with the reminder days still ahead.
        // Not for the expired ones; each button names its request.
        for (email, offered) in [
            ("calm@example.jp", true),
            ("soon@example.jp", true),
            ("urgent@example.jp", false),
            ("gone@example.jp", false),
        ] {
            let label = for_row(lang, "home-reminder-for", email);
            assert_eq!(
                h.query_by_role_and_label(Role::Button, &label).is_some(),
                offered,
                "{label}"
            );
        }
        click(
            &mut h,
            &for_row(lang, "home-reminder-for", "calm@example.jp"),
        );
        let saved = host.saved.lock().unwrap().clone();
        let ics = std::fs::read_to_string(saved.last().unwrap()).unwrap();
        assert!(
            ics.contains("BEGIN:VCALENDAR") && ics.contains("BEGIN:VEVENT"),
            "{ics}"
        );
        // The CA's mail 7 days after expiry is in the calendar too (docs/domain.md [D1]).
        let after = shomei::i18n::say(
            lang,
            shomei::i18n::Message::new("reminder-after")
                .with("title", "calm@example.jp")
                .num("days", 7),
        );
        let unfolded = ics.replace("\r\n ", "");
        assert!(
            unfolded.contains(after.split_whitespace().next().unwrap()),
            "{ics}"
        );
        assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), 7, "{ics}");
        // Renewal and reissue are offered for issued certificates only; an expired one cannot be
        // reissued.
        for email in [
            "calm@example.jp",
            "soon@example.jp",
            "urgent@example.jp",
            "gone@example.jp",
        ] {
            assert!(
                h.query_by_label(&for_row(lang, "home-renew-for", email))
                    .is_some()
            );
        }
        assert!(
            h.query_by_label(&for_row(lang, "home-reissue-for", "gone@example.jp"))
                .is_none()
        );
        assert!(
            h.query_by_label(&for_row(lang, "home-reissue-for", "calm@example.jp"))
                .is_some()
        );
        // Too early to renew calm@ (138 days left): the CA takes the order from 90 days before.
        click(&mut h, &for_row(lang, "home-renew-for", "calm@example.jp"));
        assert!(matches!(h.state().step(), Step::SmimeDetails(_)));
        let opens = shomei::i18n::say(
            lang,
            shomei::i18n::Message::new("replacement-renewal-not-yet").with("date", ""),
        )
        .chars()
        .take(8)
        .collect::<String>();
        assert!(h.query_by_label_contains(&opens).is_some(), "{opens}");
    }
}

/// A reissue keeps the organization (the field is locked), may change the mailboxes, warns that
/// the old certificate is revoked 72 hours later, and makes a new key.
#[test]
fn reissue_keeps_the_organization_and_warns_of_the_revocation() {
    let now = time::OffsetDateTime::now_utc();
    let ca = Ca::new();
    for lang in Lang::ALL {
        let l = |id| say(lang, id);
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let old_id = issued(
            &data,
            &ca,
            "taro@example.co.jp",
            now - time::Duration::days(10),
            now + time::Duration::days(300),
        );
        let host = FakeHost {
            dir: dir.path().to_path_buf(),
            ..Default::default()
        };
        let mut h = harness(lang, data.clone(), host);
        click(
            &mut h,
            &for_row(lang, "home-reissue-for", "taro@example.co.jp"),
        );
        assert!(
            h.query_by_label_contains(&l("replacement-reissue-title"))
                .is_some()
        );
        let revoke = shomei::i18n::say(
            lang,
            shomei::i18n::Message::new("replacement-reissue-revokes-old").num("hours", 72),
        );
        assert!(h.query_by_label_contains(&revoke).is_some(), "{revoke}");
        assert!(
            h.get_by_role_and_label(Role::TextInput, &l("field-org"))
                .accesskit_node()
                .is_disabled(),
            "the organization cannot change in a reissue"
        );
        type_into(
            &mut h,
            Role::MultilineTextInput,
            &l("field-email"),
            "\nsales@example.co.jp",
        );
        click(&mut h, &l("nav-next"));
        assert!(
            matches!(h.state().step(), Step::SmimeProfile(_)),
            "{:?}",
            h.state().step()
        );
        click(&mut h, &l("nav-next"));
        assert!(
            matches!(h.state().step(), Step::KeyType(_)),
            "{:?}",
            h.state().step()
        );
        click(&mut h, &l("key-generate"));
        wait(&mut h, "the CSR", |app| {
            matches!(app.step(), Step::CsrReady(_))
        });
        let Step::CsrReady(info) = h.state().step().clone() else {
            unreachable!()
        };
        let v = shomei::vault::Vault::open(&data, &crate::common::unlock()).unwrap();
        let (old, new) = (v.get(&old_id).unwrap(), v.get(&info.id).unwrap());
        assert_ne!(
            old.spki_sha256, new.spki_sha256,
            "a reissue makes a new key"
        );
        let (shomei::pki::request::Request::Smime(o), shomei::pki::request::Request::Smime(n)) =
            (&old.request, &new.request)
        else {
            unreachable!()
        };
        assert_eq!(o.organization, n.organization);
        assert_eq!(n.emails, ["taro@example.co.jp", "sales@example.co.jp"]);
    }
}

#[test]
fn inspect_every_file_type_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let ca = Ca::new();
    let now = time::OffsetDateTime::now_utc();
    let id = issued(
        &data,
        &ca,
        "taro@example.co.jp",
        now - time::Duration::days(1),
        now + time::Duration::days(365),
    );
    let v = shomei::vault::Vault::open(&data, &crate::common::unlock()).unwrap();
    let rec = v.get(&id).unwrap();
    let csr = dir.path().join("r.csr");
    std::fs::write(&csr, &rec.csr_pem).unwrap();
    let bundle = dir.path().join("mail.zip");
    zip(
        &bundle,
        &[
            ("TrustedRoot.crt", pem(&ca.root_der).into_bytes()),
            ("DigiCertCA.crt", pem(&ca.inter_der).into_bytes()),
        ],
    );
    let p12 = dir.path().join("t.p12");
    shomei::ops::export_p12(
        &v,
        &id,
        "Kq7#mv2P!rTz",
        shomei::pki::pkcs12::Preset::Modern,
        false,
        &p12,
    )
    .unwrap();
    drop(v);
    for lang in Lang::ALL {
        let l = |id| say(lang, id);
        let mut h = harness(lang, data.clone(), FakeHost::default());
        for (file, password, expect) in [
            (&csr, "", l("inspect-kind-smime-csr")),
            (&bundle, "", l("role-intermediate")),
            (&p12, "Kq7#mv2P!rTz", l("inspect-kind-p12")),
        ] {
            click(&mut h, &l("home-inspect"));
            type_into(
                &mut h,
                Role::TextInput,
                &l("import-path"),
                file.to_str().unwrap(),
            );
            if !password.is_empty() {
                type_into(
                    &mut h,
                    Role::PasswordInput,
                    &l("inspect-p12-password"),
                    password,
                );
            }
            click(&mut h, &l("inspect-open"));
            wait(&mut h, "the inspection", |a| {
                matches!(
                    a.step(),
                    Step::Inspect {
                        result: Some(_),
                        ..
                    }
                )
            });
            assert!(
                h.query_by_label_contains(&expect).is_some(),
                "{file:?} in {lang:?}"
            );
            click(&mut h, &l("nav-back"));
        }
    }
}

/// `shomei FILE` (a double-click on an associated file) opens the right screen for each type.
#[test]
fn opening_a_file_opens_the_right_screen() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let ca = Ca::new();
    let now = time::OffsetDateTime::now_utc();
    let issued_id = issued(
        &data,
        &ca,
        "done@example.jp",
        now - time::Duration::days(1),
        now + time::Duration::days(300),
    );
    let vault = shomei::vault::Vault::open(&data, &crate::common::unlock()).unwrap();
    // Two pending requests whose certificates arrive as .crt and as .p7b.
    let mut pending = Vec::new();
    for email in ["crt@example.jp", "p7b@example.jp"] {
        let form = shomei::pki::request::SmimeForm {
            emails: vec![email.into()],
            organization: "X".into(),
            key: Some(shomei::pki::key::KeySpec::EcP256),
            ..Default::default()
        };
        let req = shomei::pki::request::Request::Smime(form.validate().unwrap().value);
        let (_, csr) =
            shomei::ops::create_request(&vault, &req, &Default::default(), &|_| {}).unwrap();
        let mut order = Order::smime(email, "X");
        order.ku = vec![
            rcgen::KeyUsagePurpose::DigitalSignature,
            rcgen::KeyUsagePurpose::KeyAgreement,
        ];
        pending.push(ca.issue(&csr.pem, &order));
    }
    let crt = dir.path().join("crt.crt");
    std::fs::write(&crt, [pem(&pending[0]), pem(&ca.inter_der)].concat()).unwrap();
    let p7 = dir.path().join("chain.p7b");
    crate::ca::p7b(
        &p7,
        &[&pem(&pending[1]), &pem(&ca.inter_der)],
        true,
        dir.path(),
    );
    let csr = dir.path().join("request.csr");
    std::fs::write(&csr, vault.get(&issued_id).unwrap().csr_pem).unwrap();
    let p12 = dir.path().join("done.p12");
    shomei::ops::export_p12(
        &vault,
        &issued_id,
        "Kq7#mv2P!rTz",
        shomei::pki::pkcs12::Preset::Modern,
        false,
        &p12,
    )
    .unwrap();
    let root = dir.path().join("TrustedRoot.cer");
    std::fs::write(&root, &ca.root_der).unwrap();
    // A real-world oddity the strict reader refuses (a UTCTime with a four-digit year).
    let quirky = dir.path().join("quirky.cer");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/corpus/quirks/time-utc-four-digit-year.der"
        ),
        &quirky,
    )
    .unwrap();
    drop(vault);

    let report =
        |r: &shomei::pki::inspect::Inspection| shomei::i18n::report::inspection_report(r, Lang::En);
    let opened = |file: &std::path::Path| {
        let cfg = Config {
            open_file: Some(file.to_path_buf()),
            ..config(Lang::En, data.clone(), FakeHost::default())
        };
        let mut h = app(cfg, SMALLEST);
        wait(&mut h, &format!("{file:?} to open"), |a| {
            a.vault_ready() && !a.busy() && !matches!(a.step(), Step::Home | Step::Importing)
        });
        h
    };
    let open = |file: &std::path::Path| opened(file).state().step().clone();
    assert!(
        matches!(open(&crt), Step::ImportDone(imported) if imported.len() == 1),
        "a .crt for a pending request is imported"
    );
    assert!(
        matches!(open(&p7), Step::ImportDone(_)),
        "a .p7b is imported"
    );
    assert!(
        matches!(open(&csr), Step::Inspect { result: Some(r), .. } if report(&r).contains("CSR")),
        "a .csr is inspected"
    );
    assert!(
        matches!(open(&p12), Step::Inspect { result: None, .. }),
        "a .p12 asks for its password first"
    );
    assert!(
        matches!(open(&root), Step::Inspect { result: Some(r), .. } if report(&r).contains("root certificate")),
        "a certificate that is not ours is inspected"
    );
    assert!(
        matches!(open(&quirky), Step::Inspect { result: Some(r), .. } if report(&r).contains("breaks a rule")),
        "a certificate that breaks a rule is shown, with the rule, instead of an import error"
    );
    // Only the double-clicked file is inspected instead of refused: after a .p12 was opened
    // that way, a certificate that is not ours, dropped on home, is refused on the import page.
    let mut h = opened(&p12);
    click(&mut h, &say(Lang::En, "nav-back"));
    assert!(matches!(h.state().step(), Step::Home));
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(root.clone())));
    wait(&mut h, "the dropped certificate to be refused", |a| {
        !a.busy() && !matches!(a.step(), Step::Home | Step::Importing)
    });
    assert!(
        matches!(h.state().step(), Step::ImportPick { .. }),
        "the dropped certificate was not refused on the import page"
    );
}

#[test]
fn server_files_for_apache_and_nginx() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let ca = Ca::new();
    let vault = shomei::vault::Vault::open_or_create(&data, &crate::common::unlock()).unwrap();
    let form = shomei::pki::request::ServerForm {
        common_name: "www.example.co.jp".into(),
        www: true,
        country: "JP".into(),
        state: "Tokyo".into(),
        locality: "Chiyoda-ku".into(),
        organization: "Example Co., Ltd.".into(),
        key: Some(shomei::pki::key::KeySpec::EcP256),
        ..Default::default()
    };
    let req = shomei::pki::request::Request::Server(form.validate().unwrap().value);
    let (_, csr) = shomei::ops::create_request(&vault, &req, &Default::default(), &|_| {}).unwrap();
    let mut order = Order::server(&["www.example.co.jp", "example.co.jp"]);
    order.ku = vec![rcgen::KeyUsagePurpose::DigitalSignature];
    let leaf = ca.issue(&csr.pem, &order);
    shomei::ops::import(
        &vault,
        &[(
            "c.pem".into(),
            [pem(&leaf), pem(&ca.inter_der)].concat().into_bytes(),
        )],
        time::OffsetDateTime::now_utc(),
    )
    .unwrap();
    drop(vault);
    for lang in Lang::ALL {
        let l = |id| say(lang, id);
        let host = FakeHost {
            dir: dir.path().join(lang.code()),
            ..Default::default()
        };
        std::fs::create_dir_all(&host.dir).unwrap();
        let mut h = harness(lang, data.clone(), host.clone());
        click(
            &mut h,
            &for_row(lang, "home-fullchain-for", "www.example.co.jp"),
        );
        click(
            &mut h,
            &for_row(lang, "home-server-key-for", "www.example.co.jp"),
        );
        assert!(matches!(h.state().step(), Step::ServerKey(_)));
        // Nothing can be saved before the warning is acknowledged and the passphrase is good.
        type_into(
            &mut h,
            Role::PasswordInput,
            &l("server-key-passphrase"),
            "Kq7#mv2P!rTz",
        );
        type_into(
            &mut h,
            Role::PasswordInput,
            &l("server-key-passphrase-again"),
            "Kq7#mv2P!rTz",
        );
        assert!(
            h.get_by_role_and_label(Role::Button, &l("server-key-save"))
                .accesskit_node()
                .is_disabled()
        );
        h.get_by_role_and_label(Role::CheckBox, &l("server-key-understood"))
            .click();
        h.step();
        h.step();
        click(&mut h, &l("server-key-save"));
        // The key's encryption (100,000 PBKDF2 rounds) runs off the UI thread.
        wait(&mut h, "the encrypted key file", |a| {
            !a.busy() && matches!(a.step(), Step::Home)
        });
        let saved = host.saved.lock().unwrap().clone();
        assert_eq!(saved.len(), 2, "{saved:?}");
        let chain = std::fs::read_to_string(&saved[0]).unwrap();
        assert_eq!(chain.matches("BEGIN CERTIFICATE").count(), 2);
        let key = std::fs::read_to_string(&saved[1]).unwrap();
        assert!(key.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        let out = tool(
            "openssl",
            &[
                "pkey",
                "-in",
                saved[1].to_str().unwrap(),
                "-passin",
                "pass:Kq7#mv2P!rTz",
                "-noout",
            ],
        );
        assert!(!out.contains("error"), "{out}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&saved[1]).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
    }
}

/// The Strict sheet in the window, in every language: Strict named as the CA's page names it,
/// no additional usage to tick, the CSR option first.
#[test]
fn strict_hand_off_sheet_in_every_language() {
    for lang in Lang::ALL {
        let l = |id| say(lang, id);
        let dir = tempfile::tempdir().unwrap();
        let host = FakeHost {
            dir: dir.path().to_path_buf(),
            ..Default::default()
        };
        let mut h = harness(lang, dir.path().join("data"), host);
        click(&mut h, &l("home-new-smime"));
        type_into(
            &mut h,
            Role::MultilineTextInput,
            &l("field-email"),
            "hanako@example.co.jp",
        );
        type_into(&mut h, Role::TextInput, &l("field-org"), "テスト株式会社");
        click(&mut h, &l("nav-next"));
        h.get_by_role_and_label(Role::RadioButton, &l("profile-strict"))
            .click();
        h.step();
        h.step();
        click(&mut h, &l("nav-next"));
        click(&mut h, &l("key-generate"));
        wait(&mut h, "the CSR", |app| {
            matches!(app.step(), Step::CsrReady(_))
        });
        for must in [
            l("handoff-title"),
            l("profile-strict"),
            l("handoff-none"),
            l("dcv-dns-cname"),
        ] {
            assert!(
                h.query_by_label_contains(&must).is_some(),
                "{lang:?}: {must}"
            );
        }
        assert!(
            h.query_by_label_contains(match lang {
                Lang::Ja => "CSR を持っています",
                Lang::En => "I have a CSR",
            })
            .is_some()
        );
    }
}

/// A file dropped on the window, as the windowing integration hands it to egui.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// The CA's mail itself — an .eml double-clicked, an Outlook .msg dropped on the window — lands
/// on the import-done screen; a mail whose attachment was removed says what to do. Both languages.
#[test]
fn the_cas_mail_opened_or_dropped_is_imported() {
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let ca = Ca::new();
        let vault = shomei::vault::Vault::open_or_create(&data, &crate::common::unlock()).unwrap();
        let mut mails = Vec::new();
        for (i, email) in ["eml@example.jp", "msg@example.jp"].into_iter().enumerate() {
            let form = shomei::pki::request::SmimeForm {
                emails: vec![email.into()],
                organization: "テスト株式会社".into(),
                key: Some(shomei::pki::key::KeySpec::EcP256),
                ..Default::default()
            };
            let req = shomei::pki::request::Request::Smime(form.validate().unwrap().value);
            let (_, csr) =
                shomei::ops::create_request(&vault, &req, &Default::default(), &|_| {}).unwrap();
            let leaf = ca.issue(&csr.pem, &Order::smime(email, "テスト株式会社"));
            let z = crate::mail::ca_zip(&ca, &leaf, &format!("{email}.crt"));
            mails.push(if i == 0 {
                crate::mail::eml(dir.path(), "zip-rfc2231", "ca.eml", &[("証明書.zip", &z)])
            } else {
                let f = dir.path().join("ca.msg");
                crate::mail::outlook_msg(
                    &f,
                    "証明書",
                    &[crate::mail::Item::File("証明書.zip", &z)],
                );
                f
            });
        }
        drop(vault);

        // Double-clicked: `shomei ca.eml` opens the window on it.
        let cfg = Config {
            open_file: Some(mails[0].clone()),
            ..config(lang, data.clone(), FakeHost::default())
        };
        let mut h = app(cfg, egui::vec2(900.0, 1000.0));
        wait(
            &mut h,
            "the mail to be imported",
            |a| matches!(a.step(), Step::ImportDone(i) if i.len() == 1),
        );
        assert!(h.query_by_label_contains("eml@example.jp").is_some());
        assert!(
            h.query_by_role_and_label(Role::Button, &say(lang, "import-done-export"))
                .is_some()
        );

        // Dropped on the window: the .msg.
        let mut h = harness(lang, data.clone(), FakeHost::default());
        h.input_mut()
            .dropped_files
            .push(std::sync::Arc::new(Dropped(mails[1].clone())));
        wait(
            &mut h,
            "the dropped mail to be imported",
            |a| matches!(a.step(), Step::ImportDone(i) if i.len() == 1),
        );
        assert!(h.query_by_label_contains("msg@example.jp").is_some());

        // Dropped, but the company's gateway removed the attachment: the banner says what to do.
        let none = crate::mail::eml(dir.path(), "none", "none.eml", &[]);
        let mut h = harness(lang, data.clone(), FakeHost::default());
        h.input_mut()
            .dropped_files
            .push(std::sync::Arc::new(Dropped(none.clone())));
        let refusal = match lang {
            Lang::Ja => "証明書が添付されていません",
            Lang::En => "has no certificate attached",
        };
        wait(&mut h, "the refusal", |a| {
            !a.busy() && !matches!(a.step(), Step::Importing)
        });
        for _ in 0..5 {
            h.step();
        }
        assert!(
            h.query_by_label_contains(refusal).is_some(),
            "{lang:?}: no {refusal:?}"
        );
    }
}
