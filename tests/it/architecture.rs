//! The architecture's rules, checked on the source: the arrows between layers that must never
//! exist (the core names no message and imports no face; the faces never import each other; the
//! pure core never touches the disk), and files small enough to be one room each. The layer
//! picture these enforce is in ARCHITECTURE.md.

use std::path::{Path, PathBuf};

use crate::common::{root, rust_files};
use crate::i18n::ids_used_in;

pub(crate) fn src_dir() -> PathBuf {
    root().join("src")
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
        files.extend(rust_files(&src.join(dir)));
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
    files.extend(rust_files(&src_dir()));
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

/// The wizard's one event path: a page only asks (it returns an `Intent`, and never claims an
/// `Outcome`); the work only answers (the app's subject files and jobs make `Outcome`s and
/// never send an intent as if the user had clicked); the two functions that move the step,
/// `transition` and `settle`, touch no disk, clock or randomness.
#[test]
fn pages_ask_and_work_answers() {
    let gui = src_dir().join("gui");
    let code = |f: &Path| {
        let src = std::fs::read_to_string(f).unwrap();
        src.split("\n#[cfg(test)]\nmod tests")
            .next()
            .unwrap()
            .to_owned()
    };
    let mut pages = Vec::new();
    pages.extend(rust_files(&gui.join("wizard")));
    assert!(pages.len() > 10, "{pages:?}");
    for page in &pages {
        let name = page.file_name().unwrap().to_string_lossy();
        if name != "outcome.rs" {
            assert!(
                !code(page).contains("Outcome::"),
                "{name}: a page claims an outcome"
            );
        }
        if name == "mod.rs" || name == "outcome.rs" {
            for impure in [
                "std::fs",
                "SystemTime",
                "OffsetDateTime::now",
                "rand::",
                "Instant",
            ] {
                assert!(!code(page).contains(impure), "{name} uses {impure}");
            }
        }
    }
    let mut app = Vec::new();
    app.extend(rust_files(&gui.join("app")));
    assert!(app.len() > 5, "{app:?}");
    let mut answering = 0;
    for f in &app {
        let name = f.file_name().unwrap().to_string_lossy();
        let src = code(f);
        answering += usize::from(src.contains("Outcome::"));
        // effects.rs routes the intents; mod.rs turns a drop on the window into one.
        if name != "effects.rs" && name != "mod.rs" {
            assert!(!src.contains("Intent::"), "{name}: work sends an intent");
        }
    }
    assert!(
        answering >= 6,
        "only {answering} app files answer with outcomes"
    );
}
