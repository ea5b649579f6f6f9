//! The architecture's rules, checked on the source: the arrows between layers that must never
//! exist (the core names no message and imports no face; the faces never import each other; the
//! pure core never touches the disk), and files small enough to be one room each. The layer
//! picture these enforce is in ARCHITECTURE.md.

use std::path::{Path, PathBuf};

use crate::i18n::ids_used_in;

pub(crate) fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

pub(crate) fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The arrows that must never exist: the core (`pki`, `vault`) and the use cases (`ops`) name
/// no message and import no face or catalogue; the faces never import each other.
#[test]
fn the_core_names_no_message_and_the_faces_stay_apart() {
    let src = src_dir();
    for core in ["pki", "vault", "ops"] {
        let ids = ids_used_in(&src.join(core));
        assert!(ids.is_empty(), "src/{core} names message ids: {ids:?}");
    }
    let imports = |dir: &str, what: &str| {
        let mut files = Vec::new();
        rust_files(&src.join(dir), &mut files);
        files
            .into_iter()
            .filter(|f| std::fs::read_to_string(f).unwrap().contains(what))
            .collect::<Vec<_>>()
    };
    for core in ["pki", "vault", "ops"] {
        for face in [
            "crate::i18n",
            "crate::cli",
            "crate::gui",
            "egui::",
            "eframe::",
        ] {
            let found = imports(core, face);
            assert!(found.is_empty(), "src/{core} uses {face}: {found:?}");
        }
    }
    assert!(
        imports("gui", "crate::cli").is_empty(),
        "the wizard imports the CLI"
    );
    assert!(
        imports("cli", "crate::gui").is_empty(),
        "the CLI imports the wizard"
    );
    // Pure pki never touches the disk.
    for io in ["std::fs", "File::open", "File::create"] {
        let found = imports("pki", io);
        assert!(found.is_empty(), "src/pki uses {io}: {found:?}");
    }
}

/// A file over ~500 lines of code (its unit tests beside it not counted) is more than one room,
/// unless its opening comment says why.
#[test]
fn no_file_in_src_is_a_house_of_its_own() {
    let mut files = Vec::new();
    rust_files(&src_dir(), &mut files);
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        let code = src.split("\n#[cfg(test)]\nmod tests").next().unwrap_or("");
        let lines = code.lines().count();
        let opening: String = src
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            lines <= 500 || opening.contains("Why one file"),
            "{} has {lines} lines and no \"Why one file\" in its opening comment",
            f.display()
        );
    }
}
