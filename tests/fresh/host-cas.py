#!/usr/bin/env python3
"""Copies into a new machine's CA store every certificate this host trusts that the new
machine's bundle lacks (the sandbox's TLS interception CA, through which crates.io and PyPI are
reached), one file each under /usr/local/share/ca-certificates, so every later run of
update-ca-certificates (apt's hooks) keeps them. Used by tests/fresh/run.sh.

    host-cas.py ROOT      ROOT: the new machine's file system
"""
import re
import sys

PEM = re.compile(r"-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----", re.S)
BUNDLE = "/etc/ssl/certs/ca-certificates.crt"


def certs(path):
    with open(path, encoding="ascii", errors="replace") as f:
        return PEM.findall(f.read())


root = sys.argv[1]
known = set(certs(root + BUNDLE))
extra = [c for c in certs(BUNDLE) if c not in known]
for i, c in enumerate(extra):
    with open(f"{root}/usr/local/share/ca-certificates/host-{i}.crt", "w", encoding="ascii") as f:
        f.write(c + "\n")
print(f"fresh machine: {len(extra)} host CA certificate(s) added")
