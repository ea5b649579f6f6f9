#!/usr/bin/env bash
# Regenerates the README's screenshots: every wizard step in Japanese and English, at 1280×800
# (assets/screenshots/) and 800×600 (assets/screenshots/800x600/), captured
# from the real window (eframe + glow on Mesa) under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/packages.sh
need "screenshots" "${screenshot_packages[@]}"
cargo build --bin shomei
out=assets/screenshots
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Every screen at the size of a common office laptop window and at the smallest supported one.
for size in 1280x800 800x600; do
  dir=$out
  [ "$size" = 1280x800 ] || dir=$out/$size
  mkdir -p "$dir"
  SHOMEI_DATA_DIR="$scratch" SHOMEI_SCREENSHOT_DIR="$dir" SHOMEI_WINDOW_SIZE="$size" \
    LIBGL_ALWAYS_SOFTWARE=1 timeout 180 xvfb-run -a -s "-screen 0 1400x900x24 -noreset" target/debug/shomei
done
ls -1 "$out" "$out/800x600"
