#!/usr/bin/env bash
# Proves the test command on a fresh machine, as CI runs it: a Debian bookworm made with
# debootstrap, holding only the packages a new machine has (tests/fresh/machine-packages.txt,
# less the ones the test command must install itself), the host's CA certificates and rustup
# toolchain, and an empty cargo registry; in it, a fresh clone of this repository runs `.ci/run`
# with CI=true and no standard input. A green run on a developer's machine proves little: every
# tool installed there by earlier work hides a missing install step (msibuild did).
#
#   tests/fresh/run.sh [COMMIT]     as root; default HEAD. Output: the run's log on stdout.
#
# The base system is made once (~10 min, ~6 GB) under /var/tmp/shomei-fresh/base and copied for
# each run, so every run starts from the same new machine. Not part of the test command.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
commit=$(git -C "$repo" rev-parse "${1:-HEAD}")
top=/var/tmp/shomei-fresh
base=$top/base
root=$top/run
# What the test command installs itself (tests/packages.sh): a new machine may have some of
# them; taking them out makes the run prove their install step.
source "$repo/tests/packages.sh"
own=$(compgen -A variable | grep '_packages$' | while read -r l; do eval "printf '%s\n' \"\${$l[@]}\""; done | sort -u)

need "fresh machine" "${fresh_machine_packages[@]}"
if [ ! -f "$base/.complete" ]; then
  rm -rf "$base"; mkdir -p "$base"
  debootstrap --variant=minbase bookworm "$base" http://deb.debian.org/debian >/dev/null
  cp /etc/apt/sources.list.d/debian.sources "$base/etc/apt/sources.list.d/" 2>/dev/null || true
  cp /etc/resolv.conf "$base/etc/resolv.conf"
  grep -v '^#' "$repo/tests/fresh/machine-packages.txt" | grep -vxF -f <(printf '%s\n' "$own") >"$base/tmp/packages.txt"
  for m in proc sys dev dev/pts; do mount --bind "/$m" "$base/$m"; done
  chroot "$base" apt-get update -qq
  chroot "$base" bash -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(cat /tmp/packages.txt) >/dev/null'
  # The sandbox's TLS interception CA (crates.io and PyPI are reached through it).
  python3 "$repo/tests/fresh/host-cas.py" "$base"
  chroot "$base" update-ca-certificates >/dev/null
  chroot "$base" apt-get clean
  for m in dev/pts dev sys proc; do umount "$base/$m"; done
  mkdir -p "$base/root/.cargo"
  cp -a "$HOME/.rustup" "$base/root/.rustup"
  cp -a "$HOME/.cargo/bin" "$base/root/.cargo/bin"
  touch "$base/.complete"
fi

cleanup() {
  for m in tmp dev/shm dev/pts dev sys proc; do umount -l "$root/$m" 2>/dev/null || true; done
}
trap cleanup EXIT
cleanup
rm -rf "$root"
cp -a "$base" "$root"
for m in proc sys dev dev/pts; do mount --bind "/$m" "$root/$m"; done
mount -t tmpfs tmpfs "$root/dev/shm"
mount -t tmpfs -o size=16g tmpfs "$root/tmp"
git clone -q "$repo" "$root/root/shomei"
git -C "$root/root/shomei" checkout -q "$commit"
echo "fresh machine: $(git -C "$root/root/shomei" log --oneline -1) from $(date -u +%T)"
ca=/etc/ssl/certs/ca-certificates.crt
chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb CI=true LANG=C.UTF-8 \
  SSL_CERT_FILE=$ca SSL_CERT_DIR=/etc/ssl/certs CURL_CA_BUNDLE=$ca GIT_SSL_CAINFO=$ca \
  PIP_CERT=$ca REQUESTS_CA_BUNDLE=$ca \
  PATH=/root/.cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  bash -c 'cd /root/shomei && time bash .ci/run </dev/null'
