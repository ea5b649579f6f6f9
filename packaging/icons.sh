#!/usr/bin/env bash
# Regenerates the PNG, ICO and ICNS icons from assets/icons/shomei.svg (Debian packages:
# tests/packages.sh's icon_packages). The outputs are committed; CI does not run this.
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/packages.sh
need "icons" "${icon_packages[@]}"
for s in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" assets/icons/shomei.svg -o "assets/icons/shomei-$s.png"
done
convert assets/icons/shomei-16.png assets/icons/shomei-32.png assets/icons/shomei-48.png \
  assets/icons/shomei-64.png assets/icons/shomei-128.png assets/icons/shomei-256.png \
  packaging/windows/shomei.ico
png2icns packaging/macos/shomei.icns assets/icons/shomei-16.png assets/icons/shomei-32.png \
  assets/icons/shomei-48.png assets/icons/shomei-128.png assets/icons/shomei-256.png \
  assets/icons/shomei-512.png >/dev/null
