#!/usr/bin/env bash
# The real-window test: the binary under Xvfb on a private D-Bus session with its own
# accessibility bus, driven over AT-SPI by tests/gui/drive.py. Nothing of the user's is touched:
# a scratch HOME, XDG dirs and data dir; a passphrase vault; a PATH without zenity and no portal,
# so no file dialog can open and the wizard's own save path is what gets tested.
#   tests/gui/run.sh [BINARY]   (default: target/debug/shomei, built by `cargo test`)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-target/debug/shomei}
[ -x "$bin" ] || cargo build --bin shomei
repo=$PWD
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home/Documents" "$scratch/config" "$scratch/data" "$scratch/run" "$scratch/share"
chmod 700 "$scratch/run"
printf 'XDG_DOCUMENTS_DIR="$HOME/Documents"\n' >"$scratch/config/user-dirs.dirs"
# Only what the app and the driver need: no zenity, no xdg-desktop-portal.
bindir="$scratch/bin"
mkdir -p "$bindir"
for tool in Xvfb xdpyinfo gdbus xdotool xsel import dbus-daemon sleep seq timeout; do
  ln -s "$(command -v "$tool")" "$bindir/$tool"
done
start=$(date +%s)
env -i PATH="$bindir" HOME="$scratch/home" \
  XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
  XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_DIRS="$scratch/share" \
  GSETTINGS_SCHEMA_DIR=/usr/share/glib-2.0/schemas \
  SHOMEI_GUI_SCRATCH="$scratch" LIBGL_ALWAYS_SOFTWARE=1 LANG=C.UTF-8 \
  /usr/bin/dbus-run-session -- /bin/bash -c '
    set -u
    display=:$((90 + RANDOM % 100))
    export DISPLAY=$display
    # -noreset: by default the X server resets when its last client leaves, and an app that
    # connects in that moment is refused ("Failed to open connection to X server", seen once on
    # a fresh machine right after the readiness check below disconnected).
    Xvfb "$DISPLAY" -screen 0 1400x900x24 -nolisten tcp -noreset >"$SHOMEI_GUI_SCRATCH/xvfb.log" 2>&1 & X=$!
    /usr/libexec/at-spi-bus-launcher --launch-immediately --a11y=1 >/dev/null 2>&1 & B=$!
    ok=0
    for _ in $(seq 1 100); do
      if xdpyinfo >/dev/null 2>&1 && gdbus call --session --dest org.a11y.Bus \
           --object-path /org/a11y/bus --method org.a11y.Bus.GetAddress >/dev/null 2>&1; then
        ok=1; break
      fi
      sleep 0.1
    done
    if [ "$ok" != 1 ]; then echo "real window: the X server or the accessibility bus did not start"; kill $B $X; exit 1; fi
    timeout 600 /usr/bin/python3 "$0" "$1" "$2"; rc=$?
    kill $B $X 2>/dev/null; wait $B $X 2>/dev/null
    exit $rc
  ' "$repo/tests/gui/drive.py" "$repo/$bin" "$repo" && rc=0 || rc=$?
echo "real window: run time $(($(date +%s) - start)) s"
if [ "$rc" != 0 ] && [ -f "$scratch/last.png" ]; then
  cp "$scratch/last.png" "${TMPDIR:-/tmp}/shomei-real-window-failure.png"
  echo "real window: last screen in ${TMPDIR:-/tmp}/shomei-real-window-failure.png"
fi
exit "$rc"
