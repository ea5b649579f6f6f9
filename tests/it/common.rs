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
    shomei::vault::Unlock {
        passphrase: Some(zeroize::Zeroizing::new(PASSPHRASE.to_owned())),
        avoid_keyring: true,
    }
}
