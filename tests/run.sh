#!/usr/bin/env bash
# The whole test suite, on a fresh machine or a developer's: installs the system tools the tests
# use (idempotently), checks formatting and lints, then runs every test with a real Secret
# Service (gnome-keyring on a private D-Bus session) so the keyring vault is tested for real.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  openssl               # CSR verification, interop
  python3-cryptography  # an independent X.509/PKCS#12 parser (Debian's /usr/bin/python3)
  python3-cryptography-vectors  # the public corpus tests/corpus/compare.py checks inspect on
  python3-olefile       # an independent reader of the Outlook .msg test files
  libnss3-tools         # pk12util: what Thunderbird/Firefox use to import a .p12
  gnutls-bin            # certtool --p12-info
  openjdk-17-jre-headless  # keytool -list
  dbus                  # dbus-run-session: a private session bus
  gnome-keyring         # a real Secret Service for the keyring vault
  libsecret-tools       # secret-tool, for looking into the keyring when debugging
  # the real-window test (tests/gui): X server, accessibility bus, AT-SPI from Python, keys, clipboard
  xvfb x11-utils at-spi2-core python3-pyatspi gir1.2-atspi-2.0 xdotool xsel imagemagick
  libgl1-mesa-dri libegl1 libxkbcommon-x11-0
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "tests/run.sh: installing ${missing[*]}" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
for c in rustfmt clippy; do
  rustup component list --installed 2>/dev/null | grep -q "^$c" || rustup component add "$c"
done

export SHOMEI_TEST_PYTHON=/usr/bin/python3
cargo fmt --check

# The core and the CLI without the wizard (`--no-default-features`): they build, lint clean, and
# no GUI crate is in their dependency tree. (Before the default build, so the binary the tests
# and the package use is the full one.)
cargo build --no-default-features
cargo clippy --no-default-features --lib --bins -- -D warnings
gui_crates=$(cargo tree --no-default-features -e normal,build --prefix none \
  | grep -Eo '^(egui|eframe|egui-winit|egui_glow|winit|rfd|glow|accesskit)[^ ]* ' | sort -u || true)
if [ -n "$gui_crates" ]; then
  echo "tests/run.sh: the no-GUI build depends on: $gui_crates" >&2
  exit 1
fi
echo "no-GUI build: core and CLI without egui, eframe, winit or rfd"

cargo clippy --all-targets -- -D warnings

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/data" "$scratch/run"
chmod 700 "$scratch/run"
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
# gnome-keyring creates and unlocks a throw-away login keyring with this password.
dbus-run-session -- bash -c '
  printf "throw-away-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  cargo test --all-targets "$@"
' bash "$@"

# The wizard in a real window (Xvfb, AT-SPI, the X clipboard, no file dialog), with the debug
# binary `cargo test` just built.
tests/gui/run.sh target/debug/shomei

# The .deb: built from the binary the tests used, installed, checked, started, removed.
tests/package-check.sh

# Windows (issue 15): cross-build shomei.exe/.com (dev profile) and the .msi, then install it in a
# fresh Wine prefix and smoke-test it (see README, "Windows").
msi=$(packaging/windows/build.sh --dev | tail -n 1)
tests/windows/smoke.sh "$msi"
