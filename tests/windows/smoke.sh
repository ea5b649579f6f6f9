#!/usr/bin/env bash
# Smoke test of the Windows build under Wine: a fresh prefix, the .msi installed per-user with
# `msiexec /qn`, the Start menu entry, the file-type registry entries, the installed programs
# (PE subsystem, manifest, version info, icon), then the installed .exe/.com doing real work:
# --help through cmd.exe, a passphrase vault → CSR verified by OpenSSL, the Credential Manager
# vault unlocked by a second command, import of a test-CA-signed certificate → .p12 OpenSSL
# opens, the window under Xvfb in Japanese and English (screenshots kept), and the uninstall
# leaving only the user's data.
#
#   tests/windows/smoke.sh MSI        (run by tests/run.sh after packaging/windows/build.sh)
#
# Wine 8 lacks bcryptprimitives.dll (see bcryptprimitives.c): a stand-in is built here and put
# into this throw-away prefix only. Screenshots: target/windows/smoke/window-{ja,en}.png.
set -euo pipefail
cd "$(dirname "$0")/../.."
msi=$(realpath "${1:?usage: $0 MSI}")

source tests/packages.sh
need "windows smoke" "${windows_smoke_packages[@]}"

artifacts=$PWD/target/windows/smoke
rm -rf "$artifacts"; mkdir -p "$artifacts"
scratch=$(mktemp -d)
export WINEPREFIX=$scratch/prefix WINEARCH=win64 WINEDEBUG=-all
# No Mono/Gecko installers, no .desktop files for the host's menus.
export WINEDLLOVERRIDES="mscoree=;mshtml=;winemenubuilder.exe=d"
unset SHOMEI_DATA_DIR SHOMEI_VAULT_PASSPHRASE SHOMEI_P12_PASSWORD SHOMEI_LANG DISPLAY
cleanup() {
  timeout 30 wineserver -k 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "  ok   $*"; }
bad() { failed=$((failed + 1)); echo "  FAIL $*"; }
check() { local what=$1; shift; if "$@" >>"$artifacts/log.txt" 2>&1; then ok "$what"; else bad "$what"; fi; }
# Every Wine call is bounded; output without CRs.
w() { timeout 180 wine "$@" 2>>"$artifacts/wine-stderr.txt" | tr -d '\r'; return "${PIPESTATUS[0]}"; }
regq() { w reg query "$@" 2>/dev/null; }

echo "windows smoke: $(basename "$msi")"
t0=$SECONDS
timeout 300 wineboot -i >/dev/null 2>&1 || { echo "windows smoke: wineboot failed"; exit 1; }
timeout 60 wineserver -w || true
sys32=$WINEPREFIX/drive_c/windows/system32
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$sys32/bcryptprimitives.dll" \
  tests/windows/bcryptprimitives.c -lbcrypt
user=$(w cmd /c echo %USERNAME%)
home_c=$WINEPREFIX/drive_c/users/$user
appdir=$home_c/AppData/Local/Programs/Shomei
echo "  (prefix ready in $((SECONDS - t0)) s, user $user)"

# What Windows would double-click before Shomei is installed.
types=(.p12 .pfx .cer .crt .p7b)
declare -A before
for x in "${types[@]}"; do before[$x]=$(regq "HKCR\\$x" /ve || true); done

# --- install ---
check "msiexec /i /qn installs" w msiexec /i "$(winepath -w "$msi")" /qn
check "shomei.exe installed in %LOCALAPPDATA%\\Programs\\Shomei" test -s "$appdir/shomei.exe"
check "shomei.com installed beside it" test -s "$appdir/shomei.com"
check "nothing else installed (no test DLL)" \
  test "$(cd "$appdir" && ls | sort | tr '\n' ' ')" = "shomei.com shomei.exe "
lnk=$(find "$home_c/AppData/Roaming/Microsoft/Windows/Start Menu/Programs" -maxdepth 1 -name 'Shomei*.lnk' 2>/dev/null | head -1)
check "Start menu shortcut 'Shomei（証明）.lnk'" test "$(basename "$lnk")" = "Shomei（証明）.lnk"
check "shortcut points at the installed shomei.exe" \
  bash -c 'tr -d "\\0" <"$1" | grep -qa "Programs.Shomei.shomei\.exe"' _ "$lnk"

# --- file types ---
has() { grep -q -- "$2" <<<"$1"; }
r=$(regq 'HKCU\Software\Classes\.csr' /ve)
check ".csr is Shomei's own (Shomei.Request)" has "$r" 'Shomei.Request'
r=$(regq 'HKCU\Software\Classes\Shomei.Request\shell\open\command' /ve)
check ".csr opens shomei.exe \"%1\"" has "$r" 'Programs\\Shomei\\shomei.exe" "%1"'
for x in "${types[@]}"; do
  r=$(regq "HKCU\\Software\\Classes\\$x\\OpenWithProgids")
  check "$x: Shomei in 'Open with'" has "$r" 'Shomei\.'
  r=$(regq "HKCU\\Software\\Classes\\SystemFileAssociations\\$x\\shell\\Shomei.Open\\command" /ve)
  check "$x: extra verb runs shomei.exe" has "$r" 'shomei.exe" "%1"'
  check "$x: double-click unchanged (Windows' own handler)" \
    test "$(regq "HKCR\\$x" /ve || true)" = "${before[$x]}"
done
r=$(regq 'HKCU\Environment' /v PATH)
check "install folder appended to the user's PATH" has "$r" 'Programs\\Shomei'

# --- the programs themselves ---
sub() { x86_64-w64-mingw32-objdump -p "$1" | sed -n 's/^Subsystem[[:space:]]*//p'; }
check "shomei.exe is a GUI program (no console window)" has "$(sub "$appdir/shomei.exe")" 'Windows GUI'
check "shomei.com is a console program" has "$(sub "$appdir/shomei.com")" 'Windows CUI'
for f in shomei.exe shomei.com; do
  man=$(wrestool -x --raw --type=24 "$appdir/$f" 2>/dev/null || true)
  check "$f manifest: per-monitor DPI v2, UTF-8, Common Controls 6" \
    bash -c 'grep -q PerMonitorV2 <<<"$1" && grep -q "<activeCodePage[^>]*>UTF-8" <<<"$1" &&
             grep -q "Microsoft.Windows.Common-Controls\" version=\"6" <<<"$1"' _ "$man"
  check "$f has the icon" bash -c 'wrestool -l --type=14 "$1" | grep -q .' _ "$appdir/$f"
  ver=$(wrestool -x --raw --type=16 "$appdir/$f" 2>/dev/null | tr -d '\0' || true)
  want=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
  check "$f version info $want" has "$ver" "FileVersion$want"
done

# --- the CLI, as a user types it in cmd.exe (PATH + PATHEXT find shomei.com) ---
out=$(w cmd /c "shomei --help" || echo "EXIT $?")
check "cmd: shomei --help prints the usage, exit 0" bash -c 'grep -q "request" <<<"$1" && ! grep -q EXIT <<<"$1"' _ "$out"
w cmd /c "shomei no-such-command" >/dev/null 2>&1 && rc=0 || rc=$?
check "cmd: a wrong command gives a non-zero exit code ($rc)" test "$rc" -ne 0
com='C:\users\'$user'\AppData\Local\Programs\Shomei\shomei.com'

# Passphrase vault in a chosen folder → CSR that OpenSSL verifies.
export SHOMEI_DATA_DIR='C:\shomei-pass' SHOMEI_VAULT_PASSPHRASE='smoke test passphrase 7Kq'
out=$(w "$com" request smime --email taro@example.jp --org "Test Co" --out 'C:\req-pass.csr' 2>&1) || true
csr=$WINEPREFIX/drive_c/req-pass.csr
check "passphrase vault: request smime writes a CSR" test -s "$csr"
check "  OpenSSL verifies it" openssl req -in "$csr" -noout -verify
check "  the vault header says passphrase" grep -q '"mode": *"passphrase"' "$WINEPREFIX/drive_c/shomei-pass/vault.json"
unset SHOMEI_DATA_DIR SHOMEI_VAULT_PASSPHRASE

# Default folder (%APPDATA%) and no passphrase: the master key goes to Credential Manager.
out=$(w "$com" request smime --email hanako@example.jp --org "Test Co" --out 'C:\req.csr' 2>&1) || true
echo "$out" >>"$artifacts/log.txt"
id=$(tail -n 1 <<<"$out")
vaultdir=$(find "$home_c/AppData/Roaming" -name vault.json -path '*Shomei*' -printf '%h\n' 2>/dev/null | head -1)
check "keyring vault: request made in %APPDATA% ($id)" test -n "$vaultdir" -a -s "$WINEPREFIX/drive_c/req.csr"
check "  the vault header says keyring" grep -q '"mode": *"keyring"' "$vaultdir/vault.json"
r=$(regq 'HKCU\Software\Wine\Credential Manager' /s || true)
check "  the master key is in Credential Manager" has "$r" 'jp.shomei.vault'
out=$(w "$com" list 2>&1) || out="$out EXIT"
check "  a second command unlocks it from Credential Manager" bash -c 'grep -q "$2" <<<"$1" && ! grep -q EXIT <<<"$1"' _ "$out" "$id"

# A test CA (root → intermediate → leaf, as the CA's mail has them) signs the CSR.
ca=$scratch/ca; mkdir -p "$ca"
(
  cd "$ca"
  openssl req -x509 -newkey rsa:2048 -nodes -keyout root.key -out root.pem -days 3650 -sha256 \
    -subj "/C=US/O=Test Cert Inc/CN=Test Root G2" \
    -addext "basicConstraints=critical,CA:true" -addext "keyUsage=critical,keyCertSign,cRLSign"
  openssl req -newkey rsa:2048 -nodes -keyout inter.key -out inter.csr \
    -subj "/C=US/O=Test Cert Inc/CN=Test SMIME RSA CA1"
  printf 'basicConstraints=critical,CA:true,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign,digitalSignature\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n' >inter.ext
  openssl x509 -req -in inter.csr -CA root.pem -CAkey root.key -CAcreateserial -days 3000 \
    -sha384 -extfile inter.ext -out inter.pem
  printf 'basicConstraints=critical,CA:false\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=emailProtection\nsubjectAltName=email:hanako@example.jp\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n' >leaf.ext
  openssl x509 -req -in "$WINEPREFIX/drive_c/req.csr" -CA inter.pem -CAkey inter.key \
    -CAcreateserial -days 365 -sha256 -extfile leaf.ext -subj "/O=Test Co/CN=hanako@example.jp" \
    -out leaf.pem
  cat leaf.pem inter.pem root.pem >"$WINEPREFIX/drive_c/issued.pem"
) >>"$artifacts/log.txt" 2>&1
out=$(w "$com" import 'C:\issued.pem' 2>&1) && rc=0 || rc=$?
echo "$out" >>"$artifacts/log.txt"
check "import of the CA-signed certificate (exit $rc)" test "$rc" -eq 0
printf 'Kq7#mv2P!rTz\n' >"$WINEPREFIX/drive_c/p12pass.txt"
for preset in modern compatible; do
  w "$com" export "$id" --preset "$preset" --out "C:\\out-$preset.p12" --password-file 'C:\p12pass.txt' \
    >>"$artifacts/log.txt" 2>&1 || true
  p12=$WINEPREFIX/drive_c/out-$preset.p12
  check "export --preset $preset: OpenSSL opens the .p12 (key + chain)" bash -c \
    'openssl pkcs12 -in "$1" -passin pass:"Kq7#mv2P!rTz" -nodes 2>/dev/null | grep -q "PRIVATE KEY" &&
     [ "$(openssl pkcs12 -in "$1" -passin pass:"Kq7#mv2P!rTz" -nokeys 2>/dev/null | grep -c "BEGIN CERT")" -eq 2 ]' _ "$p12"
done

# --- the window, in both languages, under Xvfb (screenshots kept) ---
# Starts the installed shomei.exe in language $1 on a new Xvfb display and waits (up to 90 s: a
# hang guard, not a speed target) for its window; the screenshot goes to $2, Wine's output to
# $3, and how long the window took to the log.
window() {
  # A fresh wineserver, so Wine's desktop process starts on this Xvfb display. Xvfb runs with
  # -noreset: by default it resets whenever its last client leaves — here each xdotool poll —
  # and a reset just as Wine connects broke Wine's connection once on a fresh machine ("X
  # connection to :99 broken"; the window never showed), as it did for tests/gui/run.sh.
  timeout 30 wineserver -k 2>/dev/null || true
  timeout 30 wineserver -w 2>/dev/null || true
  SHOMEI_LANG=$1 SHOMEI_DATA_DIR='C:\shomei-gui' SHOMEI_VAULT_PASSPHRASE='gui passphrase 9xQ' \
  timeout 150 xvfb-run -a -s "-screen 0 1280x900x24 -noreset" bash -c '
    wine "$1" >"$3" 2>&1 & pid=$!
    for i in $(seq 450); do
      if xdotool search --onlyvisible --name "Shomei|証明" >/dev/null 2>&1; then
        echo "window ($4): visible after $((i / 5)) s"
        sleep 4; import -window root "$2"; kill $pid; exit 0
      fi
      sleep 0.2
    done
    echo "window ($4): not visible after 90 s"; kill $pid 2>/dev/null; exit 1' \
    _ "C:\\users\\$user\\AppData\\Local\\Programs\\Shomei\\shomei.exe" "$2" "$3" "$1" \
    >>"$artifacts/log.txt" 2>&1
}
for lang in ja en; do
  shot=$artifacts/window-$lang.png
  window "$lang" "$shot" "$artifacts/window-$lang-wine.txt" && rc=0 || rc=$?
  timeout 30 wineserver -k 2>/dev/null || true
  check "the window appears ($lang), screenshot $(basename "$shot")" test "$rc" -eq 0 -a -s "$shot"
done

# Every wizard screen with sample data (the app's SHOMEI_SCREENSHOT_DIR tour), e.g. the import
# screen's hint in the user's Downloads folder: kept in target/windows/smoke/tour/.
timeout 30 wineserver -k 2>/dev/null || true
timeout 30 wineserver -w 2>/dev/null || true
mkdir -p "$WINEPREFIX/drive_c/tour"
SHOMEI_SCREENSHOT_DIR='C:\tour' timeout 180 xvfb-run -a -s "-screen 0 1280x900x24 -noreset" \
  wine "C:\\users\\$user\\AppData\\Local\\Programs\\Shomei\\shomei.exe" >>"$artifacts/log.txt" 2>&1 || true
timeout 30 wineserver -k 2>/dev/null || true
cp -r "$WINEPREFIX/drive_c/tour" "$artifacts/tour"
n=$(find "$artifacts/tour" -name '*.png' -size +1k | wc -l)
check "the screenshot tour renders every screen in ja and en ($n PNGs)" test "$n" -ge 28

# --- uninstall: everything goes but the user's data ---
check "msiexec /x /qn uninstalls" w msiexec /x "$(winepath -w "$msi")" /qn
timeout 60 wineserver -w || true
check "program folder removed" test ! -e "$appdir"
check "Start menu shortcut removed" test ! -e "$lnk"
for key in 'HKCU\Software\Shomei' 'HKCU\Software\Classes\Shomei.Request' \
  'HKCU\Software\Classes\Shomei.Certificate' 'HKCU\Software\Classes\Shomei.Pkcs12' \
  'HKCU\Software\Classes\.csr' 'HKCU\Software\Classes\Applications\shomei.exe' \
  'HKCU\Software\Classes\SystemFileAssociations\.p12\shell\Shomei.Open'; do
  check "registry key gone: $key" bash -c '! timeout 60 wine reg query "$1" >/dev/null 2>&1' _ "$key"
done
for x in "${types[@]}"; do
  r=$(regq "HKCU\\Software\\Classes\\$x\\OpenWithProgids" || true)
  check "$x: 'Open with' entry gone" bash -c '! grep -q "Shomei\." <<<"$1"' _ "$r"
done
r=$(regq 'HKCU\Environment' /v PATH || true)
check "PATH entry gone" bash -c '! grep -q "Programs.Shomei" <<<"$1"' _ "$r"
check "the user's data stays (vault in %APPDATA%)" test -s "$vaultdir/vault.json"

echo "windows smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
