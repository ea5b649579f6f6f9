# Sourced, not run. The Debian packages every part of the test command needs, in one place, and
# `need`, which installs the missing ones. tests/run.sh installs all of them at its start
# (`need_all`: one `apt-get update`, one install); each script also asks for its own part, so it runs alone too.
# tests/it/setup.rs checks that every external command the scripts and tests call comes from a
# package listed here (or from Debian's essential base, or the Rust toolchain).

# cargo test: interop with independent implementations, the corpora, the keyring vault.
host_test_packages=(
  python3               # /usr/bin/python3: the corpus comparison, the .p12/.msg readers
  openssl               # CSR verification, interop
  python3-cryptography  # an independent X.509/PKCS#12 parser (Debian's /usr/bin/python3)
  python3-cryptography-vectors  # the public corpus tests/corpus/compare.py checks inspect on
  python3-olefile       # an independent reader of the Outlook .msg test files
  libnss3-tools         # pk12util, certutil: what Thunderbird/Firefox use to import a .p12
  gnutls-bin            # certtool --p12-info
  openjdk-17-jre-headless  # keytool -list
  dbus                  # dbus-run-session: a private session bus
  gnome-keyring         # a real Secret Service for the keyring vault
  libsecret-tools       # secret-tool, for looking into the keyring when debugging
)
# tests/gui/run.sh: X server, accessibility bus, AT-SPI from Python, keys, clipboard, screenshots.
real_window_packages=(
  xvfb x11-utils at-spi2-core python3-pyatspi gir1.2-atspi-2.0 libglib2.0-bin xdotool xsel
  imagemagick libgl1-mesa-dri libegl1 libxkbcommon-x11-0
)
# tests/package-check.sh: the .deb installed, its desktop entry and MIME types, its window.
deb_check_packages=(
  xvfb xauth xdotool libgl1-mesa-dri libegl1 libxcursor1 libxi6 libxkbcommon-x11-0
  desktop-file-utils shared-mime-info
)
# tests/screenshots.sh (not part of the test command; regenerates the README's pictures).
screenshot_packages=(xvfb xauth libgl1-mesa-dri libegl1 libxcursor1 libxi6 libxkbcommon-x11-0)
# packaging/icons.sh (not part of the test command; regenerates the PNG, ICO and ICNS icons).
icon_packages=(librsvg2-bin imagemagick icnsutils)
# tests/fresh/run.sh (not part of the test command; proves it on a new machine in a chroot).
fresh_machine_packages=(debootstrap git python3)
# packaging/windows/build.sh: Debian's newer Rust and the standard library's source
# (-Zbuild-std), the mingw-w64 linker and windres, wixl (the .msi) and msibuild (its tables).
windows_build_packages=(rustc-web cargo-web rust-web-src mingw-w64 wixl msitools)
# tests/windows/smoke.sh: Wine, a display for the window, icoutils' wrestool, mingw's objdump/gcc.
windows_smoke_packages=(
  wine wine64 xvfb xauth xdotool libgl1-mesa-dri openssl icoutils imagemagick mingw-w64
)

# need WHAT PACKAGE...: installs the packages that are not installed yet (apt-get update first);
# says in one line what to run by hand when that fails.
need() {
  local what=$1 p
  shift
  local missing=()
  for p in $(printf '%s\n' "$@" | sort -u); do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  echo "$what: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  if ! $sudo apt-get update -qq ||
     ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
       "${missing[@]}" >/dev/null; then
    echo "$what: could not install ${missing[*]}; as root: apt-get update && apt-get install --no-install-recommends ${missing[*]}" >&2
    return 1
  fi
}

# need_all WHAT: every list above (what tests/run.sh installs before its first step).
need_all() {
  local lists
  mapfile -t lists < <(compgen -A variable | grep '_packages$')
  local all=() l
  for l in "${lists[@]}"; do
    local -n arr=$l
    all+=("${arr[@]}")
  done
  need "$1" "${all[@]}"
}
