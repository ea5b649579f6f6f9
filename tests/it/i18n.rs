//! i18n: ja and en have exactly the same message ids, and every id the code names exists in both.

use std::collections::BTreeSet;
use std::path::Path;

use shomei::i18n::{EN_FTL, JA_FTL, ids_in};

const PREFIXES: &[&str] = &[
    "field-",
    "problem-",
    "err-",
    "notice-",
    "finding-",
    "cli-",
    "inspect-",
    "cli-batch-",
    "status-",
    "kind-",
    "profile-",
    "usage-",
    "extra-",
    "pw-",
    "import-",
    "role-",
    "app-",
    "banner-",
    "csr-",
    "export-",
    "generating-",
    "handoff-",
    "home-",
    "install-",
    "key-",
    "lang-",
    "nav-",
    "p12-",
    "platform-",
    "smime-",
    "unlock-",
    "vault-",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// String literals in the source that look like message ids.
fn ids_used_in_code() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut ids = BTreeSet::new();
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        for lit in src.split('"').skip(1).step_by(2) {
            let looks_like_id = PREFIXES.iter().any(|p| lit.starts_with(p))
                && lit
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !lit.ends_with('-');
            if looks_like_id {
                ids.insert(lit.to_owned());
            }
        }
    }
    ids
}

#[test]
fn ja_and_en_have_the_same_ids() {
    let en: BTreeSet<String> = ids_in(EN_FTL).into_iter().collect();
    let ja: BTreeSet<String> = ids_in(JA_FTL).into_iter().collect();
    let only_en: Vec<_> = en.difference(&ja).collect();
    let only_ja: Vec<_> = ja.difference(&en).collect();
    assert!(
        only_en.is_empty() && only_ja.is_empty(),
        "only en: {only_en:?}; only ja: {only_ja:?}"
    );
}

#[test]
fn every_id_the_code_uses_exists() {
    let en: BTreeSet<String> = ids_in(EN_FTL).into_iter().collect();
    let used = ids_used_in_code();
    assert!(
        used.len() > 50,
        "found only {} ids: is the scan broken?",
        used.len()
    );
    let missing: Vec<_> = used.difference(&en).collect();
    assert!(
        missing.is_empty(),
        "ids used in src/ but missing from i18n/: {missing:?}"
    );
}

#[test]
fn every_message_renders_in_both_languages() {
    use shomei::i18n::{Lang, t};
    for id in ids_in(EN_FTL) {
        let id: &'static str = Box::leak(id.into_boxed_str());
        for lang in [Lang::En, Lang::Ja] {
            let s = t(lang, id);
            assert_ne!(s, id, "{id} does not render in {lang:?}");
            assert!(!s.is_empty(), "{id} is empty in {lang:?}");
        }
    }
}
