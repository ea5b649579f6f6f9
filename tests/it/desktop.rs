//! The wizard as office staff meet it on a desktop through egui_kittest: saving when
//! no file dialog can open, messages that belong to one screen, the keyboard (focus in the first
//! field, Enter = next, Esc = back), the request page with its dates and delete, the www default,
//! the readable password, inspect's errors in the user's language, and layouts that hold at
//! 800×600. The OS side (real clipboard, real window, AT-SPI) is tests/gui.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use shomei::gui::wizard::Step;
use shomei::i18n::{Lang, Message, say};

use crate::harness::{
    App, FakeHost, assert_fits, click, harness, harness_sized, key, settle, type_into, wait,
};

/// Home → S/MIME details → profile → key (ECDSA, fast) → the CSR page.
fn to_csr(h: &mut App, lang: Lang) {
    let l = |id| say(lang, id);
    h.get_by_role_and_label(Role::Button, &l("home-new-smime"))
        .click();
    settle(h);
    type_into(
        h,
        Role::MultilineTextInput,
        &l("field-email"),
        "taro@example.co.jp",
    );
    type_into(h, Role::TextInput, &l("field-org"), "テスト株式会社");
    click(h, &l("nav-next"));
    click(h, &l("nav-next"));
    h.get_by_role_and_label(Role::RadioButton, "ECDSA P-256")
        .click();
    settle(h);
    click(h, &l("key-generate"));
    wait(h, "the CSR", |app| matches!(app.step(), Step::CsrReady(_)));
}

#[test]
fn save_without_a_dialog_offers_the_path_field_and_confirms_where() {
    for lang in [Lang::Ja, Lang::En] {
        let l = |id| say(lang, id);
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("Documents")).unwrap();
        let host = FakeHost {
            dir: dir.path().to_path_buf(),
            dialogs: false,
            ..Default::default()
        };
        let mut h = harness_sized(
            lang,
            dir.path().join("data"),
            host.clone(),
            egui::vec2(800.0, 600.0),
        );
        to_csr(&mut h, lang);
        assert_fits(&h, 800.0, "the CSR page");
        click(&mut h, &l("csr-copy"));
        assert!(h.query_by_label(&l("csr-copied")).is_some());
        let csr = host.copied.lock().unwrap()[0].clone();
        assert!(csr.starts_with("-----BEGIN CERTIFICATE REQUEST-----"));
        click(&mut h, &l("csr-save"));
        assert!(h.query_by_label_contains(&l("save-no-dialog")).is_some());
        let expected = dir.path().join("Documents").join("taro_example_co_jp.csr");
        let label = l("save-path");
        {
            let field = h.get_by_role_and_label(Role::TextInput, &label);
            assert_eq!(
                field.accesskit_node().value().as_deref(),
                Some(expected.to_str().unwrap())
            );
            // A place that cannot be written: the error, and the field stays to fix it.
            field.focus();
        }
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        let bad = dir.path().join("no-such-folder").join("x.csr");
        h.get_by_role_and_label(Role::TextInput, &label)
            .type_text(bad.to_str().unwrap());
        settle(&mut h);
        click(&mut h, &l("save-here"));
        assert!(!bad.exists());
        assert!(
            h.query_all_by_label_contains(bad.to_str().unwrap())
                .next()
                .is_some(),
            "the error names the place"
        );
        // The same place again: the same error, and the field still stays.
        click(&mut h, &l("save-here"));
        assert!(
            h.query_by_role_and_label(Role::TextInput, &label).is_some(),
            "a second failed save keeps the field"
        );
        assert!(!bad.exists());
        h.get_by_role_and_label(Role::TextInput, &label).focus();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.get_by_role_and_label(Role::TextInput, &label)
            .type_text(expected.to_str().unwrap());
        settle(&mut h);
        click(&mut h, &l("save-here"));
        assert_eq!(std::fs::read_to_string(&expected).unwrap(), csr);
        let saved = say(
            lang,
            Message::new("saved-to").with("path", expected.display().to_string()),
        );
        assert!(h.query_by_label_contains(&saved).is_some(), "{saved}");
        // The hand-off sheet too, through the same field.
        click(&mut h, &l("csr-save-handoff"));
        click(&mut h, &l("save-here"));
        let memo = dir.path().join("Documents").join("taro_example_co_jp.txt");
        assert!(std::fs::read_to_string(&memo).unwrap().contains(&csr));
        // Messages belong to this page: gone on the next one.
        click(&mut h, &l("nav-done"));
        assert!(matches!(h.state().step(), Step::Home));
        assert!(h.query_by_label_contains(&saved).is_none());
        assert!(h.query_by_label_contains(&l("save-no-dialog")).is_none());
        assert_fits(&h, 800.0, "home");
    }
}

#[test]
fn keyboard_focus_enter_and_escape() {
    let lang = Lang::Ja;
    let dir = tempfile::tempdir().unwrap();
    let host = FakeHost {
        dir: dir.path().to_path_buf(),
        dialogs: true,
        ..Default::default()
    };
    let mut h = harness_sized(
        lang,
        dir.path().join("data"),
        host,
        egui::vec2(1000.0, 800.0),
    );
    // Home: once the vault is open the focus is on the first choice; Enter takes it.
    key(&mut h, egui::Key::Enter);
    assert!(matches!(h.state().step(), Step::SmimeDetails(_)));
    // Nothing typed yet: Next is there, disabled, and says what is missing.
    assert!(
        h.get_by_role_and_label(Role::Button, &say(lang, "nav-next"))
            .accesskit_node()
            .is_disabled()
    );
    assert!(h.query_by_label(&say(lang, "nav-why-disabled")).is_some());
    // Focus starts in the first field.
    h.event(egui::Event::Text("taro@example.co.jp".into()));
    settle(&mut h);
    assert!(matches!(h.state().step(), Step::SmimeDetails(d) if d.emails == "taro@example.co.jp"));
    // Tab leaves the multi-line field for the next one.
    key(&mut h, egui::Key::Tab);
    h.event(egui::Event::Text("テスト株式会社".into()));
    settle(&mut h);
    assert!(
        matches!(h.state().step(), Step::SmimeDetails(d) if d.organization == "テスト株式会社")
    );
    // Enter = next; Esc = back, with the input kept.
    key(&mut h, egui::Key::Enter);
    assert!(
        matches!(h.state().step(), Step::SmimeProfile(_)),
        "{:?}",
        h.state().step()
    );
    key(&mut h, egui::Key::Escape);
    assert!(
        matches!(h.state().step(), Step::SmimeDetails(d) if d.organization == "テスト株式会社")
    );
    // Back on the first step the focus is in its first field: Esc there only leaves the field
    // (typed text is never dropped by a stray Esc); the next Esc goes back home, where the focus
    // is on the first choice, which Enter takes.
    key(&mut h, egui::Key::Escape);
    assert!(matches!(h.state().step(), Step::SmimeDetails(_)));
    key(&mut h, egui::Key::Escape);
    assert!(matches!(h.state().step(), Step::Home));
    key(&mut h, egui::Key::Enter);
    assert!(matches!(h.state().step(), Step::SmimeDetails(_)));
    // The language switch is not a toggle a stray Space can flip.
    assert!(h.query_by_role_and_label(Role::Button, "English").is_none());
    assert_eq!(h.state().lang(), Lang::Ja);
}

#[test]
fn the_request_page_shows_dates_and_deletes_with_a_warning() {
    let lang = Lang::Ja;
    let l = |id| say(lang, id);
    let dir = tempfile::tempdir().unwrap();
    let host = FakeHost {
        dir: dir.path().to_path_buf(),
        dialogs: true,
        ..Default::default()
    };
    let mut h = harness_sized(
        lang,
        dir.path().join("data"),
        host,
        egui::vec2(1000.0, 2000.0),
    );
    to_csr(&mut h, lang);
    let Step::CsrReady(c) = h.state().step().clone() else {
        unreachable!()
    };
    click(&mut h, &l("nav-done"));
    let today = time::OffsetDateTime::now_utc().date().to_string();
    let made = say(lang, Message::new("home-made").with("date", today.clone()));
    assert!(h.query_by_label(&made).is_some(), "{made}");
    let open = say(
        lang,
        Message::new("home-open")
            .with("title", "taro@example.co.jp")
            .with("date", today.clone()),
    );
    click(&mut h, &open);
    assert!(matches!(h.state().step(), Step::CsrReady(_)));
    assert!(
        h.query_by_label_contains(&l("request-status-pending"))
            .is_some()
    );
    let label = l("csr-text");
    let csr = h.get_by_role_and_label(Role::MultilineTextInput, &label);
    assert_eq!(
        csr.accesskit_node().value().as_deref(),
        Some(c.csr_pem.as_str())
    );
    // Delete asks first, saying the key goes for good; "keep" keeps it.
    click(&mut h, &l("request-delete"));
    assert!(h.query_by_label(&l("request-delete-confirm")).is_some());
    click(&mut h, &l("request-delete-no"));
    assert!(h.query_by_label(&l("request-delete-confirm")).is_none());
    click(&mut h, &l("request-delete"));
    click(&mut h, &l("request-delete-yes"));
    assert!(matches!(h.state().step(), Step::Home));
    assert!(h.query_by_label(&open).is_none());
    assert!(h.query_by_label(&l("home-no-requests")).is_some());
    let vault =
        shomei::vault::Vault::open_or_create(&dir.path().join("data"), &crate::common::unlock())
            .unwrap();
    assert!(
        vault.list().unwrap().0.is_empty(),
        "the record and its key are gone"
    );
}

#[test]
fn www_is_ticked_only_where_it_applies() {
    let lang = Lang::En;
    let l = |id| say(lang, id);
    let dir = tempfile::tempdir().unwrap();
    let host = FakeHost {
        dir: dir.path().to_path_buf(),
        dialogs: true,
        ..Default::default()
    };
    let mut h = harness_sized(
        lang,
        dir.path().join("data"),
        host,
        egui::vec2(1000.0, 900.0),
    );
    click(&mut h, &l("home-new-server"));
    type_into(
        &mut h,
        Role::TextInput,
        &l("field-cn"),
        "mail.example.co.jp",
    );
    let Step::ServerDetails(d) = h.state().step() else {
        panic!()
    };
    assert!(!d.www, "no www twin for a host under the domain");
    // A fresh request for the bare domain starts ticked.
    click(&mut h, &l("nav-back"));
    click(&mut h, &l("home-new-server"));
    type_into(&mut h, Role::TextInput, &l("field-cn"), "example.co.jp");
    let Step::ServerDetails(d) = h.state().step() else {
        panic!()
    };
    assert!(d.www);
    // Once the user decides, the choice stays.
    h.get_by_role_and_label(Role::CheckBox, &l("server-www"))
        .click();
    settle(&mut h);
    type_into(&mut h, Role::TextInput, &l("field-cn"), "x");
    let Step::ServerDetails(d) = h.state().step() else {
        panic!()
    };
    assert!(!d.www);
}

#[test]
fn inspect_errors_speak_the_users_language_and_replace_the_old_result() {
    let lang = Lang::Ja;
    let l = |id| say(lang, id);
    let dir = tempfile::tempdir().unwrap();
    let host = FakeHost {
        dir: dir.path().to_path_buf(),
        dialogs: false,
        ..Default::default()
    };
    let env = crate::common::Env::new();
    let (_, csr) = env.request(
        &[
            "request",
            "smime",
            "--email",
            "taro@example.co.jp",
            "--org",
            "Example",
            "--key",
            "ec-p256",
        ],
        "a.csr",
    );
    let mut h = harness_sized(
        lang,
        dir.path().join("data"),
        host,
        egui::vec2(800.0, 600.0),
    );
    click(&mut h, &l("home-inspect"));
    // Picker, drop and typed path are all offered.
    assert!(
        h.query_by_role_and_label(Role::Button, &l("inspect-pick"))
            .is_some()
    );
    assert!(h.query_by_label(&l("inspect-drop")).is_some());
    click(&mut h, &l("inspect-pick"));
    assert!(h.query_by_label_contains(&l("pick-no-dialog")).is_some());
    type_into(
        &mut h,
        Role::TextInput,
        &l("import-path"),
        csr.to_str().unwrap(),
    );
    click(&mut h, &l("inspect-open"));
    wait(&mut h, "the inspection", |a| !a.busy());
    assert!(
        h.query_all_by_label_contains("taro@example.co.jp")
            .next()
            .is_some()
    );
    let missing = dir.path().join("nothing-here.csr");
    let label = l("import-path");
    let field = h.get_by_role_and_label(Role::TextInput, &label);
    field.focus();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    field.type_text(missing.to_str().unwrap());
    settle(&mut h);
    click(&mut h, &l("inspect-open"));
    wait(&mut h, "the inspection", |a| !a.busy());
    let err = say(
        lang,
        Message::new("err-file-missing").with("path", missing.display().to_string()),
    );
    assert!(h.query_by_label_contains(&err).is_some(), "{err}");
    // Under the path field, not at the top of the page.
    let path_label = l("import-path");
    let pw_label = l("inspect-p12-password");
    let path = h
        .get_by_role_and_label(Role::TextInput, &path_label)
        .accesskit_node()
        .bounding_box()
        .unwrap();
    let pw = h
        .get_by_role_and_label(Role::PasswordInput, &pw_label)
        .accesskit_node()
        .bounding_box()
        .unwrap();
    let shown = h
        .get_by_label_contains(&err)
        .accesskit_node()
        .bounding_box()
        .unwrap();
    assert!(
        path.y1 <= shown.y0 && shown.y1 <= pw.y0,
        "the error is not under the path field: {path:?} {shown:?} {pw:?}"
    );
    assert!(
        h.query_all_by_label_contains("taro@example.co.jp")
            .next()
            .is_none()
    );
    assert_fits(&h, 800.0, "inspect");
}

#[test]
fn a_fields_problem_sits_under_that_field() {
    use shomei::i18n::Localized as _;
    let lang = Lang::Ja;
    let l = |id| say(lang, id);
    let dir = tempfile::tempdir().unwrap();
    let host = FakeHost {
        dir: dir.path().to_path_buf(),
        dialogs: true,
        ..Default::default()
    };
    let mut h = harness_sized(
        lang,
        dir.path().join("data"),
        host,
        egui::vec2(800.0, 600.0),
    );
    click(&mut h, &l("home-new-smime"));
    type_into(
        &mut h,
        Role::MultilineTextInput,
        &l("field-email"),
        "taro@@example",
    );
    let problem = shomei::pki::subject::parse_mailbox("taro@@example", &mut Vec::new())
        .expect_err("a broken mailbox");
    let text = say(lang, problem.message());
    let email_label = l("field-email");
    let org_label = l("field-org");
    let email = h
        .get_by_role_and_label(Role::MultilineTextInput, &email_label)
        .accesskit_node()
        .bounding_box()
        .unwrap();
    let org = h
        .get_by_role_and_label(Role::TextInput, &org_label)
        .accesskit_node()
        .bounding_box()
        .unwrap();
    let error = h
        .get_by_label(&text)
        .accesskit_node()
        .bounding_box()
        .unwrap();
    assert!(
        email.y1 <= error.y0 && error.y1 <= org.y0,
        "the mailbox's problem is not between the mailbox and the organization: {email:?} {error:?} {org:?}"
    );
}

#[test]
fn every_save_falls_back_to_the_path_field_the_calendar_too() {
    let lang = Lang::En;
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("Documents")).unwrap();
    let data = dir.path().join("data");
    let now = time::OffsetDateTime::now_utc();
    crate::wizard::issued(
        &data,
        &crate::ca::Ca::new(),
        "hanako@example.jp",
        now - time::Duration::days(10),
        now + time::Duration::days(200),
    );
    let host = FakeHost {
        dir: dir.path().to_path_buf(),
        dialogs: false,
        ..Default::default()
    };
    let mut h = harness_sized(lang, data, host, egui::vec2(1000.0, 1600.0));
    let today = now.date().to_string();
    let reminder = say(
        lang,
        Message::new("home-reminder-for")
            .with("title", "hanako@example.jp")
            .with("date", today),
    );
    click(&mut h, &reminder);
    assert!(
        h.query_by_label_contains(&say(lang, "save-no-dialog"))
            .is_some()
    );
    click(&mut h, &say(lang, "save-here"));
    let ics = dir
        .path()
        .join("Documents")
        .join("hanako_example_jp_expiry.ics");
    assert!(
        std::fs::read_to_string(&ics)
            .unwrap()
            .contains("BEGIN:VCALENDAR")
    );
    let saved = say(
        lang,
        Message::new("saved-to").with("path", ics.display().to_string()),
    );
    assert!(h.query_by_label_contains(&saved).is_some(), "{saved}");
    // The .p12 too: password, platform, then the path field.
    let export = say(
        lang,
        Message::new("home-export-for")
            .with("title", "hanako@example.jp")
            .with("date", now.date().to_string()),
    );
    click(&mut h, &export);
    click(&mut h, &say(lang, "p12-generate"));
    // The generated password can be read out: three groups of four letters and digits.
    match h.state().step() {
        Step::P12Password(d) => {
            let groups: Vec<&str> = d.password.split('-').collect();
            assert_eq!(groups.len(), 3);
            assert!(
                groups
                    .iter()
                    .all(|g| g.len() == 4 && g.chars().all(|c| c.is_ascii_alphanumeric()))
            );
        }
        other => panic!("not on the password step: {other:?}"),
    }
    click(&mut h, &say(lang, "nav-next"));
    h.get_by_role_and_label(Role::RadioButton, &say(lang, "platform-windows"))
        .click();
    settle(&mut h);
    click(&mut h, &say(lang, "platform-save"));
    assert!(
        h.query_by_label_contains(&say(lang, "save-no-dialog"))
            .is_some()
    );
    let name = match h.state().step() {
        Step::P12Platform { draft, .. } => draft.default_name.clone(),
        other => panic!("not on the platform step: {other:?}"),
    };
    click(&mut h, &say(lang, "save-here"));
    wait(&mut h, "the export", |a| {
        matches!(a.step(), Step::ExportDone { .. })
    });
    let p12 = dir.path().join("Documents").join(name);
    assert!(
        std::fs::metadata(&p12).unwrap().len() > 1000,
        "{}",
        p12.display()
    );
}

#[test]
fn two_requests_for_the_same_mailbox_on_one_day_can_be_told_apart() {
    let lang = Lang::En;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    for _ in 0..2 {
        pending_in(&data, "taro@example.jp");
        std::thread::sleep(std::time::Duration::from_millis(1100));
    }
    let host = FakeHost {
        dir: dir.path().to_path_buf(),
        dialogs: true,
        ..Default::default()
    };
    let h = harness_sized(lang, data, host, egui::vec2(1000.0, 1600.0));
    let open = |title: &str| format!("Open the request for {title} (");
    let names: Vec<String> = h
        .query_all_by_label_contains(&open("taro@example.jp"))
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert_ne!(names[0], names[1], "two rows read the same");
    assert!(names.iter().all(|n| n.contains("UTC")), "{names:?}");
}

#[test]
fn a_damaged_record_is_said_and_the_others_are_listed() {
    for lang in [Lang::Ja, Lang::En] {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        pending_in(&data, "taro@example.jp");
        let bad = data.join("requests").join("broken.json");
        std::fs::write(&bad, b"{ not a record").unwrap();
        let mut h = harness(lang, data, FakeHost::default());
        let said = say(
            lang,
            Message::new("err-vault-damaged").with("path", bad.display().to_string()),
        );
        assert!(
            h.query_by_label_contains(&said).is_some(),
            "{lang:?}: the damaged file is not said"
        );
        assert!(
            h.query_all_by_label_contains("taro@example.jp").count() > 0,
            "{lang:?}: the readable request is not listed"
        );
        // It belongs to the list: not on another page, and there again on coming back.
        h.get_by_label_contains(&say(lang, "home-inspect")).click();
        settle(&mut h);
        assert!(matches!(h.state().step(), Step::Inspect { .. }));
        assert!(
            h.query_by_label_contains(&said).is_none(),
            "{lang:?}: shown off home"
        );
        click(&mut h, &say(lang, "nav-back"));
        settle(&mut h);
        assert_eq!(*h.state().step(), Step::Home);
        assert!(
            h.query_by_label_contains(&said).is_some(),
            "{lang:?}: gone from home"
        );
        assert_eq!(
            std::fs::read(&bad).unwrap(),
            b"{ not a record",
            "the file was changed"
        );
    }
}

/// A pending S/MIME request for `email` (P-256) in the vault at `data`, made through `ops` as
/// the window makes it.
fn pending_in(data: &std::path::Path, email: &str) {
    let vault = shomei::vault::Vault::open_or_create(data, &crate::common::unlock()).unwrap();
    let form = shomei::pki::request::SmimeForm {
        emails: vec![email.into()],
        organization: "Example".into(),
        key: Some(shomei::pki::key::KeySpec::EcP256),
        ..Default::default()
    };
    let req = shomei::pki::request::Request::Smime(form.validate().unwrap().value);
    shomei::ops::create_request(&vault, &req, &Default::default(), &|_| {}).unwrap();
}
