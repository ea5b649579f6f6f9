#!/usr/bin/env bash
# The .deb, checked as a user gets it: built with cargo-deb from the binary the tests just built
# (so CI compiles nothing twice; release packages use `cargo deb`, see packaging/README.md), installed with
# apt, its files where the .desktop entry says, the installed binary started under Xvfb until its
# window appears, then removed again.
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/packages.sh
need "package check" "${deb_check_packages[@]}"
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
command -v cargo-deb >/dev/null || cargo install cargo-deb --locked --quiet
cargo build --bin shomei --quiet
deb=target/shomei-check.deb
# --fast: a quicker compression (the check package is installed once and removed).
cargo deb --profile dev --no-build --fast --quiet -o "$deb" 2>/dev/null
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "./$deb" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq shomei >/dev/null 2>&1 || true' EXIT

fail() { echo "package check: $*" >&2; exit 1; }
desktop=/usr/share/applications/jp.shomei.Shomei.desktop
[ -f "$desktop" ] || fail "no $desktop"
desktop-file-validate "$desktop" || fail "invalid desktop entry"
exe=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ "$(command -v "$exe")" = /usr/bin/shomei ] || fail "Exec=$exe is not /usr/bin/shomei"
icon=$(sed -n 's/^Icon=//p' "$desktop")
for size in 16x16 32x32 48x48 64x64 128x128 256x256 512x512; do
  [ -f "/usr/share/icons/hicolor/$size/apps/$icon.png" ] || fail "no $size icon $icon"
done
[ -f "/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no scalable icon"
grep -q 'Name\[ja\]=証明' "$desktop" || fail "no Japanese name"
[ -f /usr/share/metainfo/jp.shomei.Shomei.metainfo.xml ] || fail "no AppStream metainfo"
update-mime-database /usr/share/mime
for t in application/pkcs10 application/x-pkcs12 application/x-pkcs7-certificates; do
  grep -q "MimeType=.*$t" "$desktop" || fail "$t not associated"
done
grep -q ':application/pkcs10:\*\.csr' /usr/share/mime/globs2 || fail ".csr is not application/pkcs10"

scratch=$(mktemp -d)
export SHOMEI_DATA_DIR="$scratch" SHOMEI_VAULT_PASSPHRASE="Package-Check-2026" SHOMEI_LANG=en
if ! xvfb-run -a -s "-screen 0 1280x900x24 -noreset" bash -c '
  /usr/bin/shomei & pid=$!
  for _ in $(seq 100); do
    if xdotool search --class "jp.shomei.Shomei" >/dev/null 2>&1 || xdotool search --name "^Shomei" >/dev/null 2>&1; then
      kill $pid; wait $pid 2>/dev/null; exit 0
    fi
    sleep 0.1
  done
  kill $pid 2>/dev/null; exit 1'; then
  fail "the installed binary showed no window"
fi
rm -rf "$scratch"
echo "package check: .deb installs, files in place, window appears under Xvfb"
