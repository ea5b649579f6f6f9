//! The hand-off sheet as the user reads it, for both profiles, both purchase paths and every
//! CA, in every language: the CA's guide in its own order and words (docs/domain.md [D1] for
//! Secure Mail ID, [R1] for the reseller's server certificates), never a box the page does not offer,
//! and no rule those guides (or a named public source) do not state. One test per corrected rule.

use shomei::i18n::{Lang, Message, report::handoff_text, say};
use shomei::ops::HandOff;
use shomei::pki::dcv::Ca as Issuer;
use shomei::pki::key::KeySpec;
use shomei::pki::profile::{Extras, Profile, SmimeChoice, Usage};
use shomei::pki::request::{Purchase, Request, ServerForm, SmimeForm};
use time::{Date, Month};

use crate::ca::{Ca, Order, pem};
use crate::common::Env;

fn day(y: i32, m: Month, d: u8) -> Date {
    Date::from_calendar_date(y, m, d).unwrap()
}

fn smime_request(choice: SmimeChoice, purchase: Purchase, key: KeySpec) -> Request {
    Request::Smime(
        SmimeForm {
            emails: vec!["taro@example.co.jp".into(), "sales@example.com".into()],
            organization: "テスト株式会社".into(),
            purchase,
            choice,
            key: Some(key),
            ..Default::default()
        }
        .validate()
        .unwrap()
        .value,
    )
}

fn sheet_on(choice: SmimeChoice, purchase: Purchase, today: Date, lang: Lang) -> String {
    let r = smime_request(choice, purchase, KeySpec::Rsa2048);
    handoff_text(&shomei::ops::handoff(&r, today), lang)
}

fn sheet(choice: SmimeChoice, lang: Lang) -> String {
    sheet_on(
        choice,
        Purchase::Direct,
        day(2026, Month::November, 30),
        lang,
    )
}

fn strict() -> SmimeChoice {
    SmimeChoice {
        profile: Profile::Strict,
        usage: Usage::SignAndEncrypt,
        extras: Extras::default(),
    }
}

/// The numbered line whose text contains `marker`, by its number.
fn step_of(s: &str, marker: &str) -> usize {
    s.lines()
        .find_map(|l| {
            let (n, rest) = l.split_once(". ")?;
            let n: usize = n.parse().ok()?;
            rest.contains(marker).then_some(n)
        })
        .unwrap_or_else(|| panic!("no step with {marker:?} in\n{s}"))
}

/// [D1]'s order page from the top: 証明書の申請 → 有効期限 → 自動更新 → 組織 → CSRを追加 (on
/// the next page) → コモンネーム → Eメール → プロファイル … 署名ハッシュ → 追加のEメール → 支払い
/// → 申請を送信. The CSR no longer comes first.
#[test]
fn smime_sheet_follows_the_order_pages_order() {
    for lang in Lang::ALL {
        for choice in [strict(), SmimeChoice::legacy_equivalent()] {
            let s = sheet(choice, lang);
            let markers: &[&str] = match lang {
                Lang::Ja => &[
                    "「証明書の申請」",
                    "証明書の有効期限",
                    "自動更新",
                    "組織を追加する」で",
                    "CSR を持っています",
                    "ゴミ箱",
                    "必ず「組織」",
                    "「追加する」で確定",
                    "プロファイルオプション",
                    "証明書キーサイズ",
                    "証明書の使用",
                    "追加の証明書使用目的",
                    "中間チェーン",
                    "署名ハッシュ",
                    "追加のEメール",
                    "支払い情報",
                    "「申請を送信」",
                ],
                Lang::En => &[
                    "\"Request a certificate\"",
                    "Certificate validity",
                    "Auto-renew",
                    "under \"Add organization\" and click",
                    "I have a CSR",
                    "trash icon",
                    "always choose \"Organization\"",
                    "confirming each with \"Add\"",
                    "Profile option",
                    "Certificate key size",
                    "Certificate usage",
                    "Additional certificate usages",
                    "Intermediate chain",
                    "Signature hash",
                    "Additional emails",
                    "Payment",
                    "\"Submit request\"",
                ],
            };
            let steps: Vec<usize> = markers.iter().map(|m| step_of(&s, m)).collect();
            assert!(
                steps.windows(2).all(|w| w[0] < w[1]),
                "{lang:?}: {steps:?}\n{s}"
            );
            assert_eq!(steps[0], 1, "{s}");
            // Pre-validation comes before the page, as in the guide's contents.
            let before = s.find(&say(lang, "handoff-before-title")).unwrap();
            let page = s.find(&say(lang, "handoff-page-title")).unwrap();
            assert!(before < page, "{s}");
            // The CA's words: 「CSR を持っています」 without the ✓.
            assert!(!s.contains('✓'), "{s}");
        }
    }
}

/// 「ブラウザから CSR を生成する」 makes the key in the user's browser, not at the CA (docs/domain.md [D1]:
/// 「ブラウザ内で秘密鍵を生成しPKCS#12ファイルを作成します」).
#[test]
fn the_browser_option_is_said_to_make_the_key_in_the_browser() {
    let ja = sheet(strict(), Lang::Ja);
    let csr = ja.lines().find(|l| l.contains("CSRを追加")).unwrap();
    assert!(csr.contains("ブラウザーの中で秘密鍵が作られ"), "{csr}");
    assert!(!csr.contains("認証局が別の秘密鍵を作り"), "{csr}");
    let en = sheet(strict(), Lang::En);
    assert!(en.contains("made in your own browser"), "{en}");
}

/// docs/domain.md [D1] makes the Verification Email the automatic method for Secure Mail ID and dates no
/// S/MIME method: no TLS status (非推奨/禁止) on a mail domain, on any day.
#[test]
fn smime_domains_carry_no_tls_status() {
    for today in [
        day(2026, Month::March, 15),
        day(2028, Month::March, 15),
        day(2030, Month::January, 1),
    ] {
        for lang in Lang::ALL {
            let s = sheet_on(strict(), Purchase::Direct, today, lang);
            for banned in ["非推奨", "禁止", "discouraged", "banned", "SC-090"] {
                assert!(!s.contains(banned), "{lang:?} {today}: {banned}\n{s}");
            }
            // Still every method CertCentral's domain page offers, with where to put what.
            assert!(s.contains("_validation-contactemail.example.com"), "{s}");
            assert!(
                s.contains("dcv.digicert.com") && !s.contains("<random>"),
                "{s}"
            );
            assert!(s.contains(&say(lang, "dcv-http-file")), "{s}");
        }
    }
    let ja = sheet(strict(), Lang::Ja);
    assert!(ja.contains("Verification Email"), "{ja}");
}

/// The issued certificate's CN is the organization (docs/domain.md [D1]: 「必ず「組織」を選択して下さい。
/// これにより証明書情報に組織名が登録されます」): no message, help text or sheet says the first
/// mailbox becomes it.
#[test]
fn no_message_says_the_first_mailbox_becomes_the_cn() {
    for ftl in [
        include_str!("../../i18n/ja.ftl"),
        include_str!("../../i18n/en.ftl"),
    ] {
        for wrong in [
            "最初のアドレスがコモンネーム",
            "first one becomes the common name",
        ] {
            assert!(!ftl.contains(wrong), "{wrong}");
        }
    }
    let env = Env::new();
    let help = env.run("en", &["request", "smime", "--help"]);
    let help = String::from_utf8_lossy(&help.stdout).into_owned();
    assert!(!help.contains("first becomes the CN"), "{help}");
    assert!(help.contains("--voucher"), "{help}");
    for lang in Lang::ALL {
        let s = sheet(strict(), lang);
        let cn = s
            .lines()
            .find(|l| {
                l.contains(
                    &say(lang, "field-cn")
                        .replace("（CN）", "")
                        .replace(" (CN)", ""),
                )
            })
            .unwrap_or_default();
        assert!(cn.contains("テスト株式会社"), "{lang:?}: {cn}\n{s}");
        assert!(!cn.contains("taro@example.co.jp"), "{cn}");
    }
}

/// The voucher path (docs/domain.md [D1]): start from the URL on the voucher, product and validity preset,
/// no payment step; renewal from the voucher's URL too.
#[test]
fn the_voucher_path_starts_from_the_voucher() {
    let today = day(2026, Month::November, 30);
    for lang in Lang::ALL {
        let direct = sheet_on(strict(), Purchase::Direct, today, lang);
        let voucher = sheet_on(strict(), Purchase::Voucher, today, lang);
        assert_eq!(
            step_of(&voucher, &say(lang, "handoff-start-voucher")[..24]),
            1,
            "{voucher}"
        );
        for id in [
            "handoff-start-voucher",
            "handoff-validity-voucher",
            "handoff-payment-voucher",
        ] {
            assert!(voucher.contains(&say(lang, id)), "{lang:?} {id}\n{voucher}");
            assert!(!direct.contains(&say(lang, id)), "{lang:?} {id}\n{direct}");
        }
        for id in [
            "handoff-start-direct",
            "handoff-validity",
            "handoff-payment",
        ] {
            assert!(direct.contains(&say(lang, id)), "{lang:?} {id}");
            assert!(!voucher.contains(&say(lang, id)), "{lang:?} {id}");
        }
        let renew = |s: &str, id| s.contains(&say(lang, Message::new(id).num("days", 90)));
        assert!(renew(&voucher, "handoff-renew-voucher") && !renew(&voucher, "handoff-renew"));
        assert!(renew(&direct, "handoff-renew") && !renew(&direct, "handoff-renew-voucher"));
    }
    let ja = sheet_on(strict(), Purchase::Voucher, today, Lang::Ja);
    assert!(ja.contains("バウチャー券面に記載のURL"), "{ja}");
    assert!(!ja.contains("クレジットカード"), "{ja}");
}

/// The request records the choice; a record written before the field existed reads as direct.
#[test]
fn the_voucher_choice_is_recorded_and_old_records_stay_readable() {
    let r = smime_request(strict(), Purchase::Voucher, KeySpec::Rsa2048);
    let json = serde_json::to_string(&r).unwrap();
    assert!(json.contains("\"purchase\":\"voucher\""), "{json}");
    let back: Request = serde_json::from_str(&json).unwrap();
    assert_eq!(back, r);
    let mut old: serde_json::Value = serde_json::from_str(&json).unwrap();
    old.as_object_mut().unwrap().remove("purchase");
    let old: Request = serde_json::from_value(old).unwrap();
    let Request::Smime(old) = old else { panic!() };
    assert_eq!(old.purchase, Purchase::Direct);
    assert_eq!(old.to_form().purchase, Purchase::Direct);
}

/// `shomei request smime --voucher` records it, and `shomei show ID` in Japanese is the sheet of
/// the issue's "done": the page's order, the voucher path, no 非推奨/禁止, the organization as CN.
#[test]
fn show_in_japanese_follows_the_guide_for_a_voucher_request() {
    let env = Env::new();
    let (id, _) = env.request(
        &[
            "request",
            "smime",
            "--email",
            "taro@example.co.jp",
            "--org",
            "テスト株式会社",
            "--voucher",
        ],
        "v.csr",
    );
    let o = env.run("ja", &["show", &id]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let s = String::from_utf8(o.stdout).unwrap();
    assert_eq!(step_of(&s, "バウチャー券面に記載のURL"), 1, "{s}");
    assert!(
        step_of(&s, "証明書の有効期限") < step_of(&s, "CSR を持っています"),
        "{s}"
    );
    assert!(!s.contains("非推奨") && !s.contains("禁止"), "{s}");
    assert!(s.contains("組織名「テスト株式会社」"), "{s}");
    assert!(s.contains("-----BEGIN CERTIFICATE REQUEST-----"), "{s}");
}

/// What the guide says after the form: issuance in 平均5営業日以内, the mail to the applicant and
/// the additional e-mails, the download-link setting, where to click later, whom to ask.
#[test]
fn smime_sheet_says_what_comes_after_and_whom_to_ask() {
    let ja = sheet(strict(), Lang::Ja);
    for must in [
        "平均5営業日以内",
        "申請者と、申請時に設定した追加のEメール",
        "ダウンロードリンク",
        "有効期限間近の証明書",
        "今すぐ更新する",
        "証明書を再発行する",
        "新規申請が必要",
        "standard.validation.jp@digicert.com",
        "組織認証依頼（組織ID：XXXXXXXX）",
        "cc.standard.support.jp@digicert.com",
        "03-4578-1368",
        "土日祝日および年末年始を除く 平日 9:30 - 17:30",
        "即時に課金",
        "アカウント番号を添えて",
        "DCVメールの言語に「Japanese」",
    ] {
        assert!(ja.contains(must), "{must}\n{ja}");
    }
    assert!(!ja.contains("通常5営業日"), "{ja}");
    // Re-validation follows the validations' own expiry, not the certificate's.
    assert!(ja.contains(&say(Lang::Ja, "handoff-revalidate")), "{ja}");
    assert!(ja.contains("証明書の有効期限とは別"), "{ja}");
}

/// An ECDSA key: the guide shows RSA only; the sheet says so and no longer sends the user to ask
/// the reseller.
#[test]
fn ecdsa_on_the_secure_mail_id_sheet_cites_the_guide() {
    for lang in Lang::ALL {
        let r = smime_request(strict(), Purchase::Direct, KeySpec::EcP256);
        let s = handoff_text(
            &shomei::ops::handoff(&r, day(2026, Month::November, 30)),
            lang,
        );
        assert!(
            s.contains(&say(lang, "handoff-intermediate-not-in-guide")),
            "{s}"
        );
        assert!(
            !s.contains("販売代理店に確認") && !s.contains("ask your reseller"),
            "{s}"
        );
    }
}

fn server_sheet(cn: &str, www: bool, ca: Issuer, today: Date, lang: Lang) -> String {
    let r = ServerForm {
        common_name: cn.into(),
        www,
        country: "JP".into(),
        state: "Tokyo".into(),
        locality: "Chiyoda-ku".into(),
        organization: "Example Co., Ltd.".into(),
        ..Default::default()
    }
    .validate()
    .unwrap()
    .value;
    let HandOff::Server(s) = shomei::ops::handoff(&Request::Server(r), today) else {
        panic!()
    };
    handoff_text(&HandOff::Server(s.with_ca(ca)), lang)
}

/// [R1]'s validity table per CA, and the ballot's cap (SC-081) beside it.
#[test]
fn server_sheet_shows_validity_per_ca() {
    let today = day(2026, Month::November, 30);
    let ja = |ca| server_sheet("www.example.co.jp", true, ca, today, Lang::Ja);
    let dc = ja(Issuer::DigiCertReseller);
    assert!(
        dc.contains("契約期間 1年：発行日＋365日23時間59分59秒＋更新元証明書の残有効日数＋α"),
        "{dc}"
    );
    let gs = ja(Issuer::GlobalSign);
    assert!(
        gs.contains("6ヶ月：発行日＋214日＋更新元証明書の残有効日数"),
        "{gs}"
    );
    assert!(gs.contains("1年：発行日＋397日\n"), "{gs}");
    let ct = ja(Issuer::Cybertrust);
    assert!(ct.contains("更新前証明書の有効期間満了日＋6ヶ月"), "{ct}");
    assert!(ct.contains("更新前証明書の有効期間満了日＋1年"), "{ct}");
    let cc = ja(Issuer::CertCentral);
    assert!(cc.contains(&say(Lang::Ja, "server-validity-none")), "{cc}");
    for s in [&dc, &gs, &ct, &cc] {
        assert!(s.contains("最長 200 日") && s.contains("SC-081"), "{s}");
    }
    let en = server_sheet(
        "www.example.co.jp",
        true,
        Issuer::GlobalSign,
        today,
        Lang::En,
    );
    assert!(
        en.contains("Contract 6 months: issue date + 214 days + the days left"),
        "{en}"
    );
    assert!(
        en.contains("Contract 1 year: issue date + 397 days\n"),
        "{en}"
    );
}

/// Server certificates renew through the reseller (docs/domain.md [R1]): auto-renewal, 品目 fixed, the phone
/// check against 帝国データバンク / 東京商工リサーチ — and none of Secure Mail ID's renewal rules.
#[test]
fn server_sheet_has_the_resellers_renewal_not_secure_mail_ids() {
    let today = day(2026, Month::November, 30);
    for lang in Lang::ALL {
        let s = server_sheet(
            "www.example.co.jp",
            true,
            Issuer::DigiCertReseller,
            today,
            lang,
        );
        assert!(s.contains(&say(lang, "server-renewal-reseller")), "{s}");
        assert!(s.contains(&say(lang, "server-phone-check")), "{s}");
        for smime_only in ["handoff-revalidate", "handoff-auto-renew"] {
            assert!(!s.contains(&say(lang, smime_only)), "{smime_only}\n{s}");
        }
        assert!(
            !s.contains("今すぐ更新する") && !s.contains("Renew now"),
            "{s}"
        );
        // Ordered directly, the reseller's rules are not shown.
        let cc = server_sheet("www.example.co.jp", true, Issuer::CertCentral, today, lang);
        assert!(!cc.contains(&say(lang, "server-renewal-reseller")), "{cc}");
    }
    let ja = server_sheet(
        "www.example.co.jp",
        true,
        Issuer::GlobalSign,
        today,
        Lang::Ja,
    );
    assert!(
        ja.contains("帝国データバンク") && ja.contains("東京商工リサーチ"),
        "{ja}"
    );
}

/// The reseller's DigiCert rule (mail to every listed address, no other address) is scoped to
/// the reseller whose FAQ says it, and shown for DigiCert through it only.
#[test]
fn the_resellers_digicert_rule_is_scoped_to_that_reseller() {
    let today = day(2026, Month::November, 30);
    let dc = server_sheet(
        "www.example.co.jp",
        false,
        Issuer::DigiCertReseller,
        today,
        Lang::Ja,
    );
    assert!(
        dc.contains("IIJ") && dc.contains("これ以外のアドレスは指定できません"),
        "{dc}"
    );
    assert!(!dc.contains("ほかの方法は選べません"), "{dc}");
    for ca in [Issuer::GlobalSign, Issuer::Cybertrust, Issuer::CertCentral] {
        let s = server_sheet("www.example.co.jp", false, ca, today, Lang::Ja);
        assert!(
            !s.contains("これ以外のアドレスは指定できません"),
            "{ca:?}\n{s}"
        );
    }
}

/// TLS e-mail methods carry SC-090's dates with the source named; WHOIS [R1]'s date.
#[test]
fn server_statuses_name_their_source() {
    let s = server_sheet(
        "www.example.co.jp",
        false,
        Issuer::DigiCertReseller,
        day(2026, Month::November, 30),
        Lang::Ja,
    );
    let line = s.lines().find(|l| l.contains("非推奨")).unwrap();
    assert!(
        line.contains("SC-090") && line.contains("2028年3月15日"),
        "{line}"
    );
}

/// A wildcard: the file method is refused with the BR named, and no claim that DNS is needed
/// while e-mail methods are offered.
#[test]
fn wildcards_lose_only_the_file_method() {
    for lang in Lang::ALL {
        let s = server_sheet(
            "*.example.co.jp",
            false,
            Issuer::CertCentral,
            day(2026, Month::November, 30),
            lang,
        );
        assert!(s.contains(&say(lang, "dcv-not-for-name")), "{s}");
        assert!(!s.contains("DNS が必要") && !s.contains("need DNS"), "{s}");
        assert!(s.contains("3.2.2.4.18"), "{s}");
        assert!(s.contains(&say(lang, "dcv-constructed-email")), "{s}");
    }
}

/// The www option is Cybertrust's (docs/domain.md [R1]: free, not on reissue); elsewhere the twin is just a
/// second host name.
#[test]
fn the_www_option_is_cybertrusts() {
    let today = day(2026, Month::November, 30);
    let ct = server_sheet(
        "www.example.co.jp",
        true,
        Issuer::Cybertrust,
        today,
        Lang::Ja,
    );
    assert!(
        ct.contains("wwwオプション：利用する") && ct.contains("追加費用なし"),
        "{ct}"
    );
    for ca in [
        Issuer::DigiCertReseller,
        Issuer::GlobalSign,
        Issuer::CertCentral,
    ] {
        let s = server_sheet("www.example.co.jp", true, ca, today, Lang::Ja);
        assert!(!s.contains("wwwオプション：利用する"), "{ca:?}\n{s}");
        assert!(s.contains("「example.co.jp」は2つ目のホスト名"), "{s}");
    }
    let none = server_sheet(
        "www.example.co.jp",
        false,
        Issuer::Cybertrust,
        today,
        Lang::Ja,
    );
    assert!(!none.contains("wwwオプション"), "{none}");
}

/// The CA's words: 「申請承認メール（DCVメール）」, 「規定ホスト名@ドメイン名」, CNAME as 別名, whose
/// default Strict is.
#[test]
fn the_cas_words() {
    let today = day(2026, Month::November, 30);
    let ja = server_sheet(
        "www.example.co.jp",
        false,
        Issuer::GlobalSign,
        today,
        Lang::Ja,
    );
    let smime = sheet(strict(), Lang::Ja);
    for s in [&ja, &smime] {
        for wrong in ["確認メール", "決まったアドレス", "転送", "（既定値）"] {
            assert!(!s.contains(wrong), "{wrong}\n{s}");
        }
    }
    assert!(
        ja.contains("「規定ホスト名@ドメイン名」あての申請承認メール（DCVメール）"),
        "{ja}"
    );
    assert!(smime.contains("CNAME レコード（別名）"), "{smime}");
    assert!(smime.contains("Strict（CertCentral の既定値）"), "{smime}");
    assert!(!say(Lang::Ja, "csr-next-smime").contains("通常"));
}

/// Issue a certificate for `request` and return its vault record.
fn issued_record(
    data: &std::path::Path,
    request: Request,
    not_after: time::OffsetDateTime,
) -> shomei::vault::Record {
    let ca = Ca::new();
    let vault = shomei::vault::Vault::open_or_create(data, &crate::common::unlock()).unwrap();
    let (record, csr) =
        shomei::ops::create_request(&vault, &request, &Default::default(), &|_| {}).unwrap();
    let mut order = match &request {
        Request::Smime(r) => Order::smime(&r.emails[0], &r.organization),
        Request::Server(r) => Order::server(&r.sans.iter().map(String::as_str).collect::<Vec<_>>()),
    };
    let now = time::OffsetDateTime::now_utc();
    order.not_before = now - time::Duration::days(100);
    order.not_after = not_after;
    let leaf = ca.issue(&csr.pem, &order);
    let files = vec![(
        "c.pem".to_owned(),
        [pem(&leaf), pem(&ca.inter_der)].concat().into_bytes(),
    )];
    shomei::ops::import(&vault, &files, order.not_before + time::Duration::days(1)).unwrap();
    vault.get(&record.id).unwrap()
}

/// Renewal: Secure Mail ID's 90-day window and re-validation-if-lapsed (always, not only after
/// expiry); a server certificate gets the reseller's rule instead.
#[test]
fn renewal_rules_follow_the_kind() {
    use shomei::ops::{Replacement, ReplacementNote};
    let dir = tempfile::tempdir().unwrap();
    let now = time::OffsetDateTime::now_utc();
    let smime = issued_record(
        dir.path(),
        smime_request(strict(), Purchase::Direct, KeySpec::Rsa2048),
        now + time::Duration::days(20),
    );
    let plan =
        shomei::ops::plan_replacement(&smime, Replacement::Renewal, now.unix_timestamp()).unwrap();
    assert!(
        plan.notes
            .iter()
            .any(|n| matches!(n, ReplacementNote::RenewalOpen { .. })),
        "{:?}",
        plan.notes
    );
    assert!(plan.notes.contains(&ReplacementNote::RevalidateIfLapsed));
    let server = ServerForm {
        common_name: "www.example.co.jp".into(),
        country: "JP".into(),
        state: "Tokyo".into(),
        locality: "Chiyoda-ku".into(),
        organization: "Example Co., Ltd.".into(),
        ..Default::default()
    }
    .validate()
    .unwrap()
    .value;
    let server = issued_record(
        dir.path(),
        Request::Server(server),
        now + time::Duration::days(20),
    );
    let plan =
        shomei::ops::plan_replacement(&server, Replacement::Renewal, now.unix_timestamp()).unwrap();
    assert_eq!(
        plan.notes,
        [
            ReplacementNote::ServerRenewsItself,
            ReplacementNote::CommonNameFixed
        ]
    );
}

/// What the CA's page cannot take is refused before a sheet could ever ask for it.
#[test]
fn strict_with_any_additional_usage_never_reaches_a_sheet() {
    for extras in [
        Extras {
            non_repudiation: true,
            ..Default::default()
        },
        Extras {
            data_encryption: true,
            ..Default::default()
        },
        Extras {
            client_auth: true,
            ..Default::default()
        },
    ] {
        let choice = SmimeChoice {
            profile: Profile::Strict,
            usage: Usage::SignAndEncrypt,
            extras,
        };
        assert!(choice.check(KeySpec::Rsa2048).is_err());
    }
}
