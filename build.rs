//! When the *target* is Windows (from any build host), embeds into every binary of the package the
//! icon, the manifest (per-monitor DPI awareness v2, UTF-8 code page, Common Controls v6, long
//! paths) and the version information (from `CARGO_PKG_VERSION`). For any other target: nothing,
//! and no resource compiler is needed.

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=packaging/windows/shomei.rc");
    println!("cargo:rerun-if-changed=packaging/windows/shomei.exe.manifest");
    println!("cargo:rerun-if-changed=packaging/windows/shomei.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let dir = PathBuf::from(env("CARGO_MANIFEST_DIR")).join("packaging/windows");
    let out = PathBuf::from(env("OUT_DIR"));
    let version = env("CARGO_PKG_VERSION");
    // VERSIONINFO wants four numbers; a pre-release suffix ("0.2.0-beta.1") is dropped there.
    let mut nums: Vec<u16> = version
        .split(['.', '-', '+'])
        .take(3)
        .map(|n| n.parse().unwrap_or(0))
        .collect();
    nums.resize(4, 0);
    let nums: Vec<String> = nums.iter().map(u16::to_string).collect();
    let (commas, dotted) = (nums.join(","), nums.join("."));

    let manifest = read(&dir.join("shomei.exe.manifest")).replace("@VERSION4@", &dotted);
    write(&out.join("shomei.exe.manifest"), &manifest);
    let rc = read(&dir.join("shomei.rc"))
        .replace("@ICON@", &rc_path(&dir.join("shomei.ico")))
        .replace("@MANIFEST@", &rc_path(&out.join("shomei.exe.manifest")))
        .replace("@VERSION_COMMAS@", &commas)
        .replace("@VERSION@", &version);
    let rc_file = out.join("shomei.rc");
    write(&rc_file, &rc);
    if let Err(e) = embed_resource::compile(&rc_file, embed_resource::NONE).manifest_required() {
        panic!(
            "could not compile the Windows resources ({e}); a cross-build needs mingw-w64's \
             windres (x86_64-w64-mingw32-windres)"
        );
    }
}

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("cargo did not set {name}"))
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn write(p: &Path, s: &str) {
    std::fs::write(p, s).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
}

/// A path as a quoted .rc string: forward slashes (windres and rc.exe both accept them), so no
/// backslash escapes are needed.
fn rc_path(p: &Path) -> String {
    format!("\"{}\"", p.display().to_string().replace('\\', "/"))
}
