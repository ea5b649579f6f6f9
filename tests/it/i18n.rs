//! i18n: ja and en have exactly the same message ids, every id the code names exists in both,
//! and each face speaks in its own terms.

use std::collections::BTreeSet;
use std::path::Path;

use shomei::i18n::{EN_FTL, ids_in};

use crate::architecture::src_dir;
use crate::common::rust_files;

/// Every string literal in a Rust file (escapes are kept as written; ids have none).
fn literals(src: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = src;
    while let Some(start) = rest.find('"') {
        // Skip char literals like '"' and raw strings' hashes: ids never stand in those.
        if rest[..start].ends_with('\'') {
            rest = &rest[start + 1..];
            continue;
        }
        let body = &rest[start + 1..];
        let mut end = 0;
        let bytes = body.as_bytes();
        while end < bytes.len() && bytes[end] != b'"' {
            end += if bytes[end] == b'\\' { 2 } else { 1 };
        }
        let end = end.min(body.len());
        out.push(&body[..end]);
        rest = body.get(end + 1..).unwrap_or("");
    }
    out
}

/// The shape of a message id: lowercase words joined by hyphens (a term starts with one).
fn id_shaped(lit: &str) -> bool {
    let lit = lit.strip_prefix('-').unwrap_or(lit);
    lit.contains('-')
        && !lit.ends_with('-')
        && !lit.contains("--")
        && lit.starts_with(|c: char| c.is_ascii_lowercase())
        && lit
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The first words of the catalogue's ids (`err`, `handoff`, `pw` …), found in the catalogue
/// itself, so a new area of messages is scanned without anyone listing it here.
fn catalogue_prefixes() -> BTreeSet<String> {
    ids_in(EN_FTL)
        .iter()
        .filter_map(|id| id.trim_start_matches('-').split('-').next())
        .map(str::to_owned)
        .collect()
}

/// Literals in `dir` that name a message: id-shaped with a catalogue's first word, or the
/// argument of a call that takes an id (`Message::new("…")`, `say(lang, "…")`, `tr.say("…")`,
/// `label("…")`) whatever its first word.
pub(crate) fn ids_used_in(dir: &Path) -> BTreeSet<String> {
    let prefixes = catalogue_prefixes();
    let mut files = Vec::new();
    files.extend(rust_files(dir));
    let mut ids = BTreeSet::new();
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        for lit in literals(&src) {
            let first = lit.trim_start_matches('-').split('-').next().unwrap_or("");
            if id_shaped(lit) && prefixes.contains(first) {
                ids.insert(lit.to_owned());
            }
        }
        for call in ["Message::new(\"", "say(lang, \"", ".say(\"", "label(\""] {
            for (i, _) in src.match_indices(call) {
                let rest = &src[i + call.len()..];
                if let Some(end) = rest.find('"') {
                    let lit = &rest[..end];
                    if id_shaped(lit) {
                        ids.insert(lit.to_owned());
                    }
                }
            }
        }
    }
    ids
}

#[test]
fn every_language_has_the_same_ids() {
    use shomei::i18n::Lang;
    let first: BTreeSet<String> = ids_in(Lang::ALL[0].catalogue()).into_iter().collect();
    for lang in Lang::ALL {
        let ids: BTreeSet<String> = ids_in(lang.catalogue()).into_iter().collect();
        let only_first: Vec<_> = first.difference(&ids).collect();
        let only_here: Vec<_> = ids.difference(&first).collect();
        assert!(
            only_first.is_empty() && only_here.is_empty(),
            "{lang:?}: missing {only_first:?}; extra {only_here:?}"
        );
    }
}

#[test]
fn every_id_the_code_uses_exists() {
    let en: BTreeSet<String> = ids_in(EN_FTL).into_iter().collect();
    let used = ids_used_in(&src_dir());
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
fn every_id_in_the_catalogue_is_used() {
    // Used by the code, or by another message (`{ id }`, `{ -term }`): a message nobody shows
    // any more is taken out, not kept up in two languages.
    let used = ids_used_in(&src_dir());
    let mut files = Vec::new();
    files.extend(rust_files(&src_dir()));
    let code: String = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    let referenced = |id: &str| {
        // A one-word id (`date`) is not id-shaped: its quoted name in the code counts.
        if code.contains(&format!("\"{id}\"")) && !id.contains('-') {
            return true;
        }
        EN_FTL.match_indices(id).any(|(i, _)| {
            let before = EN_FTL[..i].trim_end_matches(' ');
            let after = &EN_FTL[i + id.len()..];
            before.ends_with('{') && after.trim_start_matches(' ').starts_with(['}', '.', '('])
        })
    };
    let unused: Vec<String> = ids_in(EN_FTL)
        .into_iter()
        .filter(|id| !used.contains(id) && !referenced(id))
        .collect();
    assert!(
        unused.is_empty(),
        "ids in i18n/ that nothing uses: {unused:?}"
    );
}

#[test]
fn every_message_renders_in_both_languages() {
    use shomei::i18n::{Lang, say};
    for id in ids_in(EN_FTL) {
        let id: &'static str = Box::leak(id.into_boxed_str());
        for lang in Lang::ALL {
            let s = say(lang, id);
            assert_ne!(s, id, "{id} does not render in {lang:?}");
            assert!(!s.is_empty(), "{id} is empty in {lang:?}");
        }
    }
}

/// What the window can show never speaks like a command line (options, environment variables,
/// `shomei …` commands), and the Japanese never uses the app's name 「証明」 as a bare noun —
/// 「Shomei（証明）」 or 「証明書」, or the verb (証明する). Ids only the CLI uses (found by
/// scanning `src/cli` against the rest) are the CLI's to phrase.
#[test]
fn window_text_has_no_command_line_and_no_bare_app_name() {
    use shomei::i18n::{Face, Lang, Message, say_as};
    let src = src_dir();
    let elsewhere: BTreeSet<String> = ["gui", "i18n", "ops", "pki", "vault"]
        .iter()
        .flat_map(|d| ids_used_in(&src.join(d)))
        .collect();
    let cli_only: BTreeSet<String> = ids_used_in(&src.join("cli"))
        .difference(&elsewhere)
        .cloned()
        .collect();
    assert!(cli_only.contains("err-out-missing"), "{cli_only:?}");
    let mut bad = Vec::new();
    for id in ids_in(EN_FTL) {
        if id.starts_with("cli-") || id.starts_with('-') || cli_only.contains(&id) {
            continue;
        }
        let id: &'static str = Box::leak(id.into_boxed_str());
        for lang in Lang::ALL {
            let text = say_as(lang, Face::Window, Message::new(id));
            let command_line = text.contains("SHOMEI_")
                || text.contains("shomei ")
                || text
                    .match_indices("--")
                    .any(|(i, _)| text[i + 2..].starts_with(|c: char| c.is_ascii_lowercase()));
            let stripped = text.replace("Shomei（証明）", "").replace("証明書", "");
            let bare_name = stripped
                .match_indices("証明")
                .any(|(i, _)| !stripped[i + "証明".len()..].starts_with(['す', 'し', 'さ']));
            if command_line || bare_name {
                bad.push(format!("{id} ({lang:?}): {text}"));
            }
        }
    }
    assert!(bad.is_empty(), "window text to fix:\n{}", bad.join("\n"));
}

/// One id, two faces: the command line names its environment variable, the window does not.
#[test]
fn each_face_says_what_to_do_in_its_own_terms() {
    use shomei::i18n::{Face, Lang, Message, say_as};
    let m = Message::new("err-vault-need-passphrase");
    for lang in Lang::ALL {
        assert!(say_as(lang, Face::Cli, &m).contains("SHOMEI_VAULT_PASSPHRASE"));
        assert!(!say_as(lang, Face::Window, &m).contains("SHOMEI_"));
    }
}
