//! The test command sets up a fresh machine by itself: every external command that .ci/run,
//! tests/ and packaging/ call is provided by a Debian package in an install list of
//! tests/packages.sh (or by Debian's essential base, or the Rust toolchain). Once `msibuild` was
//! called but never installed, and the suite failed on a fresh machine after 27 minutes while
//! every machine that had it from earlier work passed. The finding and the mapping are
//! tests/py/installs.py; tests/run.sh has installed every list before this runs.

use std::process::Command;

use crate::common::python;

#[test]
fn every_tool_the_scripts_call_is_in_an_install_list() {
    let root = env!("CARGO_MANIFEST_DIR");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/py/installs.py");
    let o = Command::new(python())
        .args([script, root])
        .output()
        .expect("run installs.py");
    let out = String::from_utf8_lossy(&o.stdout);
    println!("{out}");
    eprintln!("{}", String::from_utf8_lossy(&o.stderr));
    let summary = out
        .lines()
        .find(|l| l.starts_with("installs: "))
        .expect("a summary line");
    // The scripts call far more than a handful of tools: a finder that finds nothing proves
    // nothing. These must be among them (the Windows build's and the real window's).
    for tool in [
        "msibuild", "wixl", "wine", "xdotool", "Xvfb", "keytool", "pk12util",
    ] {
        assert!(
            out.lines()
                .any(|l| l.split_whitespace().nth(1) == Some(tool)),
            "{tool} not found among the commands the scripts call:\n{out}"
        );
    }
    assert!(o.status.success(), "{summary}\n{out}");
}
