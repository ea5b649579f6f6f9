#!/usr/bin/env bash
# The whole test suite, on a fresh machine or a developer's: installs every system tool the
# test command uses (tests/packages.sh, idempotently, `apt-get update` first), checks formatting
# and lints (also without the GUI), runs every test with a real Secret Service (gnome-keyring on
# a private D-Bus session), the wizard in a real window, the .deb, and the Windows build under
# Wine. Each part is timed; the times are printed at the end (CONTRIBUTING.md keeps them).
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/packages.sh

times=()
# step NAME USES -- COMMAND...: runs one part, timed; on failure says in one line what the part
# uses and how to install it, then stops.
step() {
  local name=$1 uses=$2 t0=$SECONDS
  shift 3
  echo "tests/run.sh: $name" >&2
  # A subshell outside any `if`, so `set -e` holds inside the part's functions too.
  set +e
  (set -e; "$@")
  local rc=$?
  set -e
  if [ "$rc" -ne 0 ]; then
    echo "tests/run.sh: '$name' failed after $((SECONDS - t0)) s (it uses: $uses; if one is missing: apt-get install --no-install-recommends $uses)" >&2
    exit 1
  fi
  times+=("$(printf '%-34s %5d s' "$name" $((SECONDS - t0)))")
}

install_all() {
  need_all "tests/run.sh"
  local c
  for c in rustfmt clippy; do
    rustup component list --installed 2>/dev/null | grep -q "^$c" || rustup component add "$c"
  done
  command -v cargo-deb >/dev/null || cargo install cargo-deb --locked --quiet
}
step "install (apt, rustup, cargo-deb)" "${host_test_packages[*]}" -- install_all

export SHOMEI_TEST_PYTHON=/usr/bin/python3
step "cargo fmt --check" "rustfmt" -- cargo fmt --check

# The core and the CLI without the wizard (`--no-default-features`): they compile and lint clean
# (clippy compiles them), and no GUI crate is in their dependency tree.
no_gui() {
  cargo clippy --no-default-features --lib --bins -- -D warnings
  local gui_crates
  gui_crates=$(cargo tree --no-default-features -e normal,build --prefix none \
    | grep -Eo '^(egui|eframe|egui-winit|egui_glow|winit|rfd|glow|accesskit)[^ ]* ' | sort -u || true)
  if [ -n "$gui_crates" ]; then
    echo "tests/run.sh: the no-GUI build depends on: $gui_crates" >&2
    return 1
  fi
  echo "no-GUI build: core and CLI without egui, eframe, winit or rfd"
}
step "no-GUI clippy and dependency tree" "clippy" -- no_gui
step "clippy --all-targets" "clippy" -- cargo clippy --all-targets -- -D warnings
step "build the tests (dev profile)" "gcc" -- cargo test --all-targets --no-run

scratch=$(mktemp -d)
win_pid=""
trap '[ -z "$win_pid" ] || kill -- -"$win_pid" 2>/dev/null; rm -rf "$scratch"' EXIT

# The Windows cross-build waits for nothing the tests do: it starts now, at the lowest CPU
# priority, and takes only what the tests leave idle (much of the time they wait on OpenSSL,
# Python, Xvfb or a timer); its Wine smoke test comes last. On a fresh 2-core machine it had
# built for 7 of its ~10 minutes by the time the .deb check ended (CONTRIBUTING.md).
win_t0=$SECONDS
# (Its own process group, so that a failure elsewhere stops all of it.)
setsid nice -n 19 packaging/windows/build.sh --dev >"$scratch/windows.out" 2>"$scratch/windows.err" &
win_pid=$!
mkdir -p "$scratch/data" "$scratch/run"
chmod 700 "$scratch/run"
unit_and_integration() {
  # gnome-keyring creates and unlocks a throw-away login keyring with this password.
  XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run" dbus-run-session -- bash -c '
    printf "throw-away-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    cargo test --all-targets "$@"
  ' bash "$@"
}
step "cargo test (unit, integration, corpus)" "${host_test_packages[*]}" -- unit_and_integration "$@"

# The wizard in a real window (Xvfb, AT-SPI, the X clipboard, no file dialog), with the debug
# binary `cargo test` just built.
step "real window (Xvfb, AT-SPI)" "${real_window_packages[*]}" -- tests/gui/run.sh target/debug/shomei

# The .deb: built from the binary the tests used, installed, checked, started, removed.
step ".deb: build, install, start, remove" "${deb_check_packages[*]}" -- tests/package-check.sh

# Windows: cross-build shomei.exe/.com (dev profile) and the .msi, then install it in a fresh
# Wine prefix and smoke-test it (packaging/windows/README.md).
t0=$SECONDS
win_rc=0
wait "$win_pid" || win_rc=$?
win_pid=""
times+=("$(printf '%-34s %5d s' "Windows build: waited for its end" $((SECONDS - t0)))")
windows() {
  cat "$scratch/windows.err" >&2
  echo "windows build: ended $((SECONDS - win_t0)) s after it started beside the tests" >&2
  [ "$win_rc" -eq 0 ] || return "$win_rc"
  tests/windows/smoke.sh "$(tail -n 1 "$scratch/windows.out")"
}
step "Windows: .msi installed, smoke test" "${windows_build_packages[*]} ${windows_smoke_packages[*]}" -- windows

echo "tests/run.sh: all parts passed; time by part:"
printf '  %s\n' "${times[@]}"
echo "  total                              $SECONDS s"
