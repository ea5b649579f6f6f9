//! The hand-off sheet as the user reads it, for both profiles, in every language: the CA's
//! order page in its own order and words, never a box the page does not offer, and the
//! validation the CA does before it issues.

use shomei::i18n::{Lang, report::handoff_text, say};
use shomei::pki::profile::{Extras, Profile, SmimeChoice, Usage};
use shomei::pki::request::{Request, SmimeForm};

fn sheet(choice: SmimeChoice, lang: Lang) -> String {
    let r = SmimeForm {
        emails: vec!["taro@example.co.jp".into(), "sales@example.com".into()],
        organization: "テスト株式会社".into(),
        choice,
        ..Default::default()
    }
    .validate()
    .unwrap()
    .value;
    let today = time::Date::from_calendar_date(2026, time::Month::November, 30).unwrap();
    handoff_text(&shomei::ops::handoff(&Request::Smime(r), today), lang)
}

#[test]
fn smime_sheet_follows_the_order_page_for_both_profiles() {
    for lang in Lang::ALL {
        let strict = sheet(
            SmimeChoice {
                profile: Profile::Strict,
                usage: Usage::SignAndEncrypt,
                extras: Extras::default(),
            },
            lang,
        );
        let multi = sheet(SmimeChoice::legacy_equivalent(), lang);
        for s in [&strict, &multi] {
            // The CSR option comes first; the browser option would leave the vault's key unused.
            let csr_line = s.lines().find(|l| l.starts_with("1. ")).unwrap();
            assert!(
                csr_line.contains(match lang {
                    Lang::Ja => "CSR を持っています",
                    Lang::En => "I have a CSR",
                }),
                "{lang:?}: {csr_line}"
            );
            // コモンネーム: 組織; own domains only; key size hidden once a CSR is pasted.
            let must = match lang {
                Lang::Ja => [
                    "必ず「組織」",
                    "自組織",
                    "この欄は表示されません",
                    "1年・2年・カスタム",
                ],
                Lang::En => [
                    "\"Organization\"",
                    "your organization owns",
                    "hides this field",
                    "1 year, 2 years, custom",
                ],
            };
            for m in must {
                assert!(s.contains(m), "{lang:?}: {m:?} in\n{s}");
            }
            // Validation: S/MIME organization validation, and DCV for each mail domain, with
            // CertCentral's CNAME target and the random value in words, not a placeholder.
            assert!(s.contains("SMIME - SMIME Organization Validation"), "{s}");
            for d in ["example.co.jp", "example.com"] {
                assert!(s.contains(&format!("_validation-contactemail.{d}")), "{s}");
            }
            assert!(
                s.contains("dcv.digicert.com") && !s.contains("<random>"),
                "{s}"
            );
        }
        // Strict: no box to tick (the CA's page lists none the SBR allows there).
        assert!(strict.contains(&say(lang, "profile-strict")));
        assert!(strict.contains(&say(lang, "handoff-none")), "{strict}");
        // Multipurpose + 個人認証: the CA's words.
        assert!(multi.contains(&say(lang, "profile-multipurpose")));
        assert!(multi.contains(&say(lang, "extra-client-auth")), "{multi}");
        assert!(
            !multi.contains(&say(lang, "extra-non-repudiation")),
            "{multi}"
        );
    }
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
        assert!(choice.check(shomei::pki::key::KeySpec::Rsa2048).is_err());
    }
}
