//! Helpers shared by the integration tests: run the real `shomei` binary in a private data
//! directory, and call the independent tools (OpenSSL, Python `cryptography`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const PASSPHRASE: &str = "test vault passphrase 1";

/// A private data directory plus a scratch directory for outputs.
pub struct Env {
    pub root: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            root: tempfile::tempdir().expect("tempdir"),
        }
    }

    pub fn data_dir(&self) -> PathBuf {
        self.root.path().join("data")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    /// `shomei` with this env's data dir, a passphrase vault, and `lang`.
    pub fn cmd(&self, lang: &str) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_shomei"));
        c.env("SHOMEI_DATA_DIR", self.data_dir())
            .env("SHOMEI_VAULT_PASSPHRASE", PASSPHRASE)
            .env("SHOMEI_LANG", lang)
            .env("TMPDIR", self.root.path().join("tmp"));
        let _ = std::fs::create_dir_all(self.root.path().join("tmp"));
        c
    }

    pub fn run(&self, lang: &str, args: &[&str]) -> Output {
        self.cmd(lang).args(args).output().expect("run shomei")
    }

    /// Runs a request that must succeed; returns (id, csr path).
    pub fn request(&self, args: &[&str], out_name: &str) -> (String, PathBuf) {
        let out = self.path(out_name);
        let mut all: Vec<&str> = args.to_vec();
        let out_s = out.to_str().expect("utf-8 path").to_owned();
        all.push("--out");
        all.push(&out_s);
        let o = self.run("en", &all);
        assert!(
            o.status.success(),
            "shomei {all:?} failed: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let stdout = String::from_utf8(o.stdout).expect("utf-8");
        let id = stdout.lines().last().expect("id line").trim().to_owned();
        (id, out)
    }
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Runs a tool that must be installed (the test command installs it) and succeed.
pub fn tool(program: &str, args: &[&str]) -> String {
    let o = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!("{program} is needed for this test ({e}); run tests/run.sh, which installs it")
        });
    assert!(
        o.status.success(),
        "{program} {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    let mut s = String::from_utf8_lossy(&o.stdout).into_owned();
    s.push_str(&String::from_utf8_lossy(&o.stderr));
    s
}

/// The Python interpreter that has `cryptography` (Debian's, installed by tests/run.sh).
pub fn python() -> String {
    std::env::var("SHOMEI_TEST_PYTHON").unwrap_or_else(|_| {
        if Path::new("/usr/bin/python3").exists() {
            "/usr/bin/python3".into()
        } else {
            "python3".into()
        }
    })
}

/// Python `cryptography`'s view of a CSR, as JSON.
pub fn py_describe_csr(path: &Path) -> serde_json::Value {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/py/describe_csr.py");
    let out = tool(&python(), &[script, path.to_str().expect("path")]);
    serde_json::from_str(out.lines().next().unwrap_or("")).unwrap_or_else(|e| panic!("{e}: {out}"))
}

/// How the tests unlock a vault: the shared passphrase, never the OS keyring.
pub fn unlock() -> shomei::vault::Unlock {
    unlock_with(PASSPHRASE)
}

/// A vault unlocked with passphrase `p`, never the OS keyring.
pub fn unlock_with(p: &str) -> shomei::vault::Unlock {
    shomei::vault::Unlock {
        passphrase: Some(zeroize::Zeroizing::new(p.to_owned())),
        avoid_keyring: true,
    }
}

/// A pending S/MIME request for `email` (organization テスト株式会社) made by `shomei request`;
/// returns (id, CSR PEM).
pub fn smime_request(env: &Env, email: &str, key: &str) -> (String, String) {
    let (id, csr) = env.request(
        &[
            "request", "smime", "--email", email, "--org", ORG, "--key", key,
        ],
        &format!("{email}.csr"),
    );
    (id, std::fs::read_to_string(csr).unwrap())
}

/// The organization `smime_request` puts in its requests.
pub const ORG: &str = "テスト株式会社";

/// The repository's own files below `dir` that `keep` (not build output, dependencies or VCS
/// data), sorted.
pub fn repo_files(dir: &Path, keep: &dyn Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if p.is_dir() {
            if !name.starts_with('.') && name != "target" && name != "node_modules" {
                out.extend(repo_files(&p, keep));
            }
        } else if keep(&p) {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The Rust files below `dir`.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    repo_files(dir, &|p| p.extension().is_some_and(|x| x == "rs"))
}

/// Every file below `dir` (dot files too: the vault's temporary files), sorted.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// Every file below `dir` with its bytes: a refusal must leave the vault byte-identical.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    files(dir)
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap_or_default();
            (p, bytes)
        })
        .collect()
}
