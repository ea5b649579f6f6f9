#!/usr/bin/env python3
"""Times Shomei's RSA key generation against OpenSSL's on the same machine in one run:
alternating runs, medians, ratios, printed as a Markdown table for the README.

Usage: tests/bench/compare.py [RUNS]   (builds the `keygen` example in release first)
"""
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 15

subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "keygen"], cwd=ROOT, check=True)
shomei = os.path.join(ROOT, "target", "release", "examples", "keygen")
awslc_dir = os.path.join(ROOT, "tests", "bench", "awslc")
awslc = None
if subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=awslc_dir).returncode == 0:
    awslc = os.path.join(awslc_dir, "target", "release", "shomei-awslc-keygen")


def wall(cmd):
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


openssl_version = subprocess.run(["openssl", "version"], capture_output=True, text=True).stdout.strip()
rows = []
for bits in (2048, 3072, 4096):
    o, s, a = [], [], []
    for _ in range(RUNS):  # alternate so all see the same machine state
        o.append(wall(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", f"rsa_keygen_bits:{bits}", "-out", "/dev/null"]))
        s.append(wall([shomei, str(bits)]))
        if awslc:
            a.append(wall([awslc, str(bits)]))
    mo, ms = statistics.median(o), statistics.median(s)
    ma = statistics.median(a) if a else float("nan")
    rows.append((bits, mo, ms, ma, ms / mo, o, s, a))


def spread(xs):
    if len(xs) < 4:
        return "–"
    q = statistics.quantiles(xs, n=4)
    return f"{q[0]:.3f}–{q[2]:.3f}"


print(f"RSA key generation, median of {RUNS} alternating runs, {os.cpu_count()} cores, "
      f"{time.strftime('%Y-%m-%d')}, {openssl_version}")
print()
print("| bits | OpenSSL `genpkey` | aws-lc-rs (1 core) | Shomei (all cores) | Shomei / OpenSSL | ≤ 0.5× OpenSSL and ≤ aws-lc-rs |")
print("|---|---|---|---|---|---|")
for bits, mo, ms, ma, r, *_ in rows:
    ok = r <= 0.5 and not (ms > ma)
    print(f"| {bits} | {mo:.3f} s | {ma:.3f} s | {ms:.3f} s | {r:.2f} | {'met' if ok else 'not met'} |")
print()
print("Interquartile ranges (s):")
print()
print("| bits | OpenSSL | aws-lc-rs | Shomei |")
print("|---|---|---|---|")
for bits, _, _, _, _, o, s, a in rows:
    print(f"| {bits} | {spread(o)} | {spread(a)} | {spread(s)} |")
