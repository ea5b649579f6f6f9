#!/usr/bin/env bash
# Cross-builds Shomei for Windows on Debian (any host, no rustup target, no Windows SDK):
# shomei.exe (the window; GUI subsystem), shomei.com (the same CLI for cmd.exe; console
# subsystem) and the per-user installer shomei-<version>-x86_64.msi, all under target/windows/.
#
#   packaging/windows/build.sh            # release: fat LTO, stripped (what is shipped)
#   packaging/windows/build.sh --dev      # dev profile (what the test command builds)
#
# How: Debian's rustc-web/cargo-web (a newer Rust than the default rustc) build the standard
# library for x86_64-pc-windows-gnu from rust-web-src (-Zbuild-std, unstable: RUSTC_BOOTSTRAP=1)
# and link with mingw-w64; build.rs embeds the icon, manifest and version info with mingw's
# windres; wixl (msitools) turns packaging/windows/main.wxs into the .msi.
# Installs what it needs with apt-get (only when something is missing). Output: the paths of the
# .exe, .com and .msi on stdout.
set -euo pipefail
cd "$(dirname "$0")/../.."

profile=release
case "${1:-}" in
  --dev) profile=dev ;;
  --release | "") ;;
  *) echo "usage: $0 [--dev|--release]" >&2; exit 2 ;;
esac

# What this was built and tested with. -Zbuild-std is not a stable interface: when Debian moves
# one of these, a failure below names the package whose version changed.
tested_rust=1.96.0+dfsg1-1~deb12u2   # rustc-web, cargo-web, rust-web-src (must be one version)
tested_mingw=10.0.0-3                # mingw-w64
tested_wixl=0.101+repack-1           # wixl, msitools (msibuild): one source package
# The package list is tests/packages.sh's (one install list for everything the tests call).
source tests/packages.sh
need "windows build" "${windows_build_packages[@]}"

ver() { dpkg-query -W -f='${Version}' "$1"; }
versions="rustc-web $(ver rustc-web), cargo-web $(ver cargo-web), rust-web-src $(ver rust-web-src), mingw-w64 $(ver mingw-w64), wixl $(ver wixl), msitools $(ver msitools)"
tested="rustc-web/cargo-web/rust-web-src $tested_rust, mingw-w64 $tested_mingw, wixl/msitools $tested_wixl"
changed=()
for p in rustc-web cargo-web rust-web-src; do [ "$(ver $p)" = "$tested_rust" ] || changed+=("$p $(ver $p)"); done
[ "$(ver mingw-w64)" = "$tested_mingw" ] || changed+=("mingw-w64 $(ver mingw-w64)")
[ "$(ver wixl)" = "$tested_wixl" ] || changed+=("wixl $(ver wixl)")
[ "$(ver msitools)" = "$tested_wixl" ] || changed+=("msitools $(ver msitools)")
if [ "$(ver rustc-web)" != "$(ver rust-web-src)" ]; then
  echo "windows build: rustc-web $(ver rustc-web) and rust-web-src $(ver rust-web-src) differ;" \
       "-Zbuild-std needs the standard library's source of exactly the compiler's version" >&2
  exit 1
fi
((${#changed[@]})) && echo "windows build: note: changed since last tested: ${changed[*]} (tested: $tested)" >&2

export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="$PWD/target/windows"
# The test build needs no debugger: without debug info and symbols the cross-build links a much
# smaller .exe (and .msi) in less time (the host build keeps its line tables for backtraces).
if [ "$profile" = dev ]; then
  export CARGO_PROFILE_DEV_DEBUG=false CARGO_PROFILE_DEV_STRIP=symbols
fi
target=x86_64-pc-windows-gnu
start=$SECONDS
if ! /usr/bin/cargo build --locked --quiet --profile "$profile" --bins \
     -Zbuild-std=std,panic_unwind --target "$target"; then
  echo "windows build: the cross-build failed (see above). Installed: $versions." >&2
  if ((${#changed[@]})); then
    echo "windows build: changed since the last good build ($tested): ${changed[*]} —" \
         "-Zbuild-std is unstable, so suspect that package first" >&2
  else
    echo "windows build: the toolchain is the one last known good, so the cause is in the source" >&2
  fi
  exit 1
fi
dir="$CARGO_TARGET_DIR/$target/$([ "$profile" = dev ] && echo debug || echo release)"
# The console companion is installed as shomei.com (see main.wxs); keep that name here too.
cp -f "$dir/shomei-console.exe" "$dir/shomei.com"
echo "windows build: $profile .exe/.com in $((SECONDS - start)) s" >&2

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
suffix=""; if [ "$profile" = dev ]; then suffix=-dev; fi
msi="$CARGO_TARGET_DIR/shomei-$version-x86_64$suffix.msi"
# wixl wants a numeric x.y.z version. WINDOWS_LANGUAGE=ja: wixl (libgsf) encodes the strings in
# CP932; the database is then marked as code page 932 and given the PATH entry (packaging/windows/msi).
rm -f "$msi"
if ! WINDOWS_LANGUAGE=ja wixl --arch x64 -D Version="${version%%[-+]*}" -D BinDir="${dir#"$PWD"/}" \
     -o "$msi" packaging/windows/main.wxs ||
   ! WINDOWS_LANGUAGE=ja msibuild "$msi" -i packaging/windows/msi/_ForceCodepage.idt \
     -i packaging/windows/msi/Environment.idt; then
  echo "windows build: wixl/msibuild failed. Installed: $versions. Last known good: $tested." >&2
  exit 1
fi
echo "$dir/shomei.exe"
echo "$dir/shomei.com"
echo "$msi"
