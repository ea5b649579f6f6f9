//! The documents a reader opens: README.md starts with the two commands a newcomer runs, and
//! every relative link in the repository's Markdown files leads to a file or folder that exists,
//! so a reference never points outside what a clone holds; and no text names a document, a
//! CA guide or an issue a reader of the clone cannot open.

use std::path::PathBuf;

use crate::common::{repo_files, root};

/// The targets of inline links and images, `[text](target)`, outside code blocks and spans.
fn link_targets(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut fenced = false;
    for line in md.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        // Drop code spans: `[a](b)` inside backticks is an example, not a link.
        let prose: String = line
            .split('`')
            .enumerate()
            .filter(|(i, _)| i % 2 == 0)
            .map(|(_, s)| s)
            .collect();
        let mut rest = prose.as_str();
        while let Some(i) = rest.find("](") {
            let after = &rest[i + 2..];
            let Some(end) = after.find(')') else { break };
            out.push(after[..end].trim().to_owned());
            rest = &after[end..];
        }
    }
    out
}

#[test]
fn readme_starts_with_the_two_commands() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let first: Vec<&str> = readme
        .lines()
        .skip_while(|l| !l.starts_with("```"))
        .collect();
    assert_eq!(
        first.get(..4),
        Some(&["```sh", "cargo run", "tests/run.sh", "```"][..]),
        "README.md must open with the two commands"
    );
    assert!(root().join("tests/run.sh").is_file());
    let head: Vec<&str> = readme.lines().take(3).collect();
    assert!(head.contains(&"```sh"), "the commands come first: {head:?}");
}

#[test]
fn every_relative_link_in_the_documents_resolves() {
    let files = repo_files(&root(), &|p| p.extension().is_some_and(|x| x == "md"));
    assert!(files.len() >= 6, "found only {files:?}");
    let mut broken = Vec::new();
    let mut checked = 0;
    for f in &files {
        let md = std::fs::read_to_string(f).unwrap();
        for target in link_targets(&md) {
            let path = target.split('#').next().unwrap_or_default();
            if path.is_empty() || target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            checked += 1;
            let resolved = f.parent().unwrap().join(path);
            if !resolved.exists() {
                broken.push(format!("{}: {target}", f.display()));
            }
        }
    }
    assert!(
        checked > 20,
        "only {checked} links checked: is the scan broken?"
    );
    assert!(
        broken.is_empty(),
        "links that lead nowhere:\n{}",
        broken.join("\n")
    );
}

#[test]
fn the_link_scan_sees_links_and_skips_code() {
    let md = "see [a](x.md) and `[b](y.md)`\n```\n[c](z.md)\n```\n![img](p.png#frag)";
    assert_eq!(link_targets(md), ["x.md", "p.png#frag"]);
}

/// The repository's own text files (sources, catalogues, scripts, documents), not test corpora
/// (other people's text).
fn text_files() -> Vec<PathBuf> {
    const TEXT: [&str; 9] = ["md", "rs", "ftl", "sh", "py", "toml", "txt", "yml", "wxs"];
    let mut files = repo_files(&root(), &|p| {
        let text = p.extension().is_some_and(|x| TEXT.iter().any(|t| x == *t))
            || p.file_name().is_some_and(|n| n == "run");
        text && !p.components().any(|c| c.as_os_str() == "corpus")
    });
    // CI's entry point lives in a dot folder, which the walk skips.
    files.push(root().join(".ci/run"));
    files
}

/// What in `text` names something outside the clone: the design folder beside the repository,
/// its documents, the CA guides by their folder's name, or an issue by number (the tracker is
/// not in the clone; docs/domain.md cites the guides by tag instead).
fn outside_references(text: &str) -> Vec<String> {
    // ASCII lower case keeps every byte where it was, so indices into `lower` fit `text`.
    let lower = text.to_ascii_lowercase();
    let mut found: Vec<String> = [
        concat!("../", "shared"),
        concat!("domain", ".md"),
        concat!("glossary", ".md"),
        concat!("ux", ".md"),
        concat!("gui-testing", ".md"),
        concat!("windows", ".md"),
        concat!("seed", " 0"),
        concat!("the ", "seeds"),
    ]
    .iter()
    .filter(|p| {
        // docs/domain.md and docs/glossary.md are in the clone: only the upper-case design
        // documents beside it are outside.
        lower.match_indices(**p).any(|(i, _)| {
            !p.ends_with(".md") || text[i..i + p.len()].chars().any(|c| c.is_ascii_uppercase())
        })
    })
    .map(|p| (*p).to_owned())
    .collect();
    let mut rest = lower.as_str();
    while let Some(i) = rest.find(concat!("issue", " ")) {
        let after = &rest[i + 6..];
        if after
            .trim_start_matches('#')
            .starts_with(|c: char| c.is_ascii_digit())
        {
            let n: String = after
                .chars()
                .take_while(|c| *c == '#' || c.is_ascii_digit())
                .collect();
            found.push(format!("issue {n}"));
        }
        rest = after;
    }
    found
}

#[test]
fn the_outside_reference_scan_finds_what_it_looks_for() {
    assert!(outside_references("see docs/domain.md and docs/glossary.md [D1]").is_empty());
    assert_eq!(
        outside_references(concat!("per DOMAIN", ".md")),
        ["domain.md"]
    );
    assert_eq!(
        outside_references(concat!("(Issue", " #22)")),
        [concat!("issue", " #22")]
    );
    assert_eq!(
        outside_references(concat!("see seed", " 004")),
        [concat!("seed", " 0")]
    );
    assert!(outside_references("an issue 'x' and the issue of 2024-01 wording").is_empty());
}

#[test]
fn no_text_names_what_a_clone_does_not_hold() {
    let files = text_files();
    assert!(files.len() > 100, "found only {} files", files.len());
    let mut found = Vec::new();
    for f in &files {
        let Ok(text) = std::fs::read_to_string(f) else {
            continue;
        };
        for r in outside_references(&text) {
            found.push(format!(
                "{}: {r}",
                f.strip_prefix(root()).unwrap().display()
            ));
        }
    }
    assert!(
        found.is_empty(),
        "references a reader of the clone cannot open:\n{}",
        found.join("\n")
    );
}
