#!/usr/bin/env python3
"""Start-up of the real window under Xvfb: time from exec to the window being mapped, and the
resident memory 3 s later (idle), median of N runs, with the release binary.

Usage: xvfb-run -a -s "-screen 0 1280x900x24" tests/bench/startup.py [RUNS]
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
exe = os.path.join(ROOT, "target", "release", "shomei")

times, rss = [], []
for _ in range(RUNS):
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, SHOMEI_DATA_DIR=data, SHOMEI_VAULT_PASSPHRASE="Startup-Measure-2026", SHOMEI_LANG="ja")
        t0 = time.perf_counter()
        p = subprocess.Popen([exe], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while True:
            r = subprocess.run(["xdotool", "search", "--onlyvisible", "--class", "jp.shomei.Shomei"],
                               capture_output=True)
            if r.returncode == 0:
                break
            if time.perf_counter() - t0 > 20:
                p.kill()
                sys.exit("no window within 20 s")
            time.sleep(0.002)
        times.append(time.perf_counter() - t0)
        time.sleep(3)
        with open(f"/proc/{p.pid}/status") as f:
            kb = next(int(l.split()[1]) for l in f if l.startswith("VmRSS:"))
        rss.append(kb / 1024)
        p.terminate()
        p.wait()
size = os.path.getsize(exe) / 1e6
print(f"exec → window mapped: median {statistics.median(times) * 1000:.0f} ms "
      f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}); "
      f"RSS 3 s later: median {statistics.median(rss):.1f} MiB; binary {size:.1f} MB")
