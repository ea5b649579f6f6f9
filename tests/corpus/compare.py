#!/usr/bin/env python3
"""Shomei `inspect --json` against OpenSSL on a public corpus nobody here wrote.

Usage: compare.py SHOMEI_BINARY [CORPUS_DIR] [--only SUBSTRING] [--verbose] [--quirks-only]

The corpus is the pyca test vectors (Debian's python3-cryptography-vectors, installed by
tests/run.sh): real and deliberately malformed certificates, CSRs, PKCS#7 bundles and PKCS#12
files. For every file, the facts OpenSSL's own commands print (`openssl x509 / req / pkcs7 /
pkcs12 / pkey`, parsed from their text output) are compared with Shomei's JSON:
subject and issuer (attribute OIDs and values, in order), e-mail and DNS SANs, validity dates,
key type and size, which certificate a .p12's key belongs to, whether a .p12 holds a key at all,
and signature validity (self-signed certificates and CSRs).

Each file ends up as one of:
  agree           both read it and every compared fact is the same
  both-refuse     neither reads it (CRLs, OCSP responses, mail, broken files)
  refused-documented  OpenSSL reads it, Shomei refuses it, and tests/corpus/refusals.txt says why
  disagree        anything else: a wrong fact, an undocumented refusal, or Shomei reading what
                  OpenSSL refuses
  panic / timeout Shomei crashed or took longer than the limit

The certificates of tests/corpus/quirks (made by its make.py: one per rule real certificates
break and OpenSSL reads anyway) are compared the same way and counted apart ("quirks"); each
must be read, and agree, or be listed in refusals.txt. `--quirks-only` compares just those.

It prints the counts (and the slowest inspect) and exits non-zero on any disagreement, panic
or timeout. Facts Shomei says it cannot check (a signature algorithm it does not implement, a
key type it cannot derive a public key for) are counted as "unchecked facts", never as agreement.
"""

import concurrent.futures
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = "/usr/lib/python3/dist-packages/cryptography_vectors"
# Where in the corpus the certificate-shaped files are (the rest is ciphers and hashes).
SUBDIRS = ["x509", "pkcs7", "pkcs12"]
# Passwords the corpus's .p12 files use (pyca: "cryptography"; PKITS: "password"; or none).
P12_PASSWORDS = ["cryptography", "password", ""]
TIMEOUT = 10.0
SHORT = {"C": "2.5.4.6", "ST": "2.5.4.8", "L": "2.5.4.7", "O": "2.5.4.10",
         "OU": "2.5.4.11", "CN": "2.5.4.3", "emailAddress": "1.2.840.113549.1.9.1"}


def clean(s):
    """Shomei's crate::text::clean, for comparing the same visible value."""
    out = []
    for c in s:
        n = ord(c)
        bad = (n < 0x20 or 0x7F <= n <= 0x9F or c in "\u200e\u200f\u2028\u2029"
               or 0x202A <= n <= 0x202E or 0x2066 <= n <= 0x2069)
        if 0xDC80 <= n <= 0xDCFF:
            # A byte that is not UTF-8 (decoded with surrogateescape): Shomei writes \xNN.
            out.append("\\x%02X" % (n - 0xDC00))
        elif bad:
            out.append("\\x%02X" % n if n < 0x100 else "\\u{%04X}" % n)
        else:
            out.append(c)
    return "".join(out)


def run(args, data=None, env=None, timeout=TIMEOUT):
    try:
        p = subprocess.run(args, input=data, capture_output=True, timeout=timeout, env=env)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return None, b"", b"timeout"


def run_cpu(args, env, timeout=TIMEOUT):
    """Runs `args` and returns (returncode or None on timeout, stdout, stderr, CPU seconds the
    process used). CPU time, not wall time, is what a crafted file could make Shomei spend:
    wall time on this shared 2-core machine also measures everyone else's compiler."""
    p = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=env)
    got = {}
    readers = [threading.Thread(target=lambda k=k, f=f: got.__setitem__(k, f.read()))
               for k, f in (("out", p.stdout), ("err", p.stderr))]
    for t in readers:
        t.start()
    fired = threading.Event()

    def kill():
        fired.set()
        p.kill()

    timer = threading.Timer(timeout, kill)
    timer.start()
    _, status, usage = os.wait4(p.pid, 0)
    timer.cancel()
    for t in readers:
        t.join()
    p.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    if fired.is_set():
        return None, got.get("out", b""), b"timeout", cpu
    return p.returncode, got.get("out", b""), got.get("err", b""), cpu


def ossl(args, data=None):
    return run(["openssl"] + args, data=data)


# ---------------------------------------------------------------- OpenSSL's facts

# Without dump_unknown: a string under an attribute type OpenSSL does not know is shown as text,
# as OpenSSL's default `-subject` shows it and Shomei does (values that are not strings are
# `#` + DER hex either way).
NAMEOPT = "esc_2253,esc_ctrl,utf8,dump_nostr,dump_der,sep_comma_plus,oid"


def split_unescaped(s, seps):
    parts, cur, i = [], "", 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            cur += s[i:i + 2]
            i += 2
            continue
        if c in seps:
            parts.append(cur)
            cur = ""
        else:
            cur += c
        i += 1
    parts.append(cur)
    return parts


def unescape(v):
    raw = bytearray()
    i = 0
    b = v.encode("utf-8", "surrogateescape")
    while i < len(b):
        if b[i:i + 1] == b"\\" and i + 1 < len(b):
            h = b[i + 1:i + 3]
            if re.fullmatch(rb"[0-9A-Fa-f]{2}", h):
                raw.append(int(h, 16))
                i += 3
                continue
            raw.append(b[i + 1])
            i += 2
            continue
        raw.append(b[i])
        i += 1
    return raw.decode("utf-8", "replace")


def parse_name(line):
    line = line.split("=", 1)[1] if "=" in line else ""
    line = line.strip("\n")
    if not line.strip():
        return []
    out = []
    for ava in split_unescaped(line, ",+"):
        k, _, v = ava.partition("=")
        k = k.strip()
        v = unescape(v)
        if v.startswith("#"):
            v = v.lower()
        out.append([k, clean(v)])
    return out


def key_facts(text):
    """(family, bits) from the public key block of `openssl ... -text`."""
    alg = re.search(r"Public Key Algorithm: (\S+)", text)
    bits = re.search(r"Public-Key: \((\d+) bit\)", text)
    a = alg.group(1) if alg else ""
    fam = {"rsaEncryption": "RSA", "id-ecPublicKey": "EC", "dsaEncryption": "DSA",
           "ED25519": "Ed25519", "ED448": "Ed448", "rsassaPss": "RSA-PSS"}.get(a, a)
    b = int(bits.group(1)) if bits else {"Ed25519": 256, "Ed448": 456, "X25519": 253,
                                         "X448": 448}.get(fam, 0)
    return fam, b


def ossl_date(s):
    # "Dec 31 23:59:59.5 2051 GMT": a GeneralizedTime's fraction of a second, dropped as Shomei
    # drops it (Unix seconds).
    s = re.sub(r"(\d\d:\d\d:\d\d)\.\d+", r"\1", s)
    try:
        d = datetime.datetime.strptime(s.strip().replace("  ", " "), "%b %d %H:%M:%S %Y GMT")
    except ValueError:
        return None  # OpenSSL prints "Bad time value"
    return int(d.replace(tzinfo=datetime.timezone.utc).timestamp())


def sans(text):
    emails, dns = [], []
    m = re.search(r"Subject Alternative Name:.*?\n\s+(.*)", text)
    if m:
        for part in m.group(1).split(", "):
            if part.startswith("email:"):
                emails.append(clean(part[6:]))
            elif part.startswith("DNS:"):
                dns.append(clean(part[4:]))
    return emails, dns


def cert_facts(pem):
    """OpenSSL's facts about one PEM certificate, or None if it does not read it."""
    rc, out, _ = ossl(["x509", "-noout", "-subject", "-issuer", "-nameopt", NAMEOPT,
                       "-dates", "-ext", "subjectAltName", "-text", "-certopt",
                       "no_header,no_version,no_serial,no_signame,no_validity,no_subject,"
                       "no_issuer,no_extensions,no_sigdump,no_aux"], data=pem)
    if rc != 0:
        return None
    text = out.decode("utf-8", "surrogateescape")
    f = {}
    for line in text.splitlines():
        if line.startswith("subject="):
            f["subject"] = parse_name(line)
        elif line.startswith("issuer="):
            f["issuer"] = parse_name(line)
        elif line.startswith("notBefore="):
            f["not_before"] = ossl_date(line.split("=", 1)[1])
        elif line.startswith("notAfter="):
            f["not_after"] = ossl_date(line.split("=", 1)[1])
    f["emails"], f["dns"] = sans(text)
    f["key"] = key_facts(text)
    _, spki, _ = ossl(["x509", "-noout", "-pubkey"], data=pem)
    rc2, spki_der, _ = ossl(["pkey", "-pubin", "-outform", "DER"], data=spki)
    f["spki_sha256"] = hashlib.sha256(spki_der).hexdigest() if rc2 == 0 else None
    # Self-signed: subject = issuer, and (when both are there) AKI = SKI; a self-issued
    # certificate under another key (a key rollover) has no issuer in a one-certificate file.
    _, kid, _ = ossl(["x509", "-noout", "-ext", "subjectKeyIdentifier,authorityKeyIdentifier"],
                     data=pem)
    kid = kid.decode("utf-8", "replace")
    aki = re.search(r"Authority Key Identifier:\s*\n\s*(?:keyid:)?([0-9A-F:]+)", kid)
    ski = re.search(r"Subject Key Identifier:\s*\n\s*([0-9A-F:]+)", kid)
    same_key = not (aki and ski) or aki.group(1) == ski.group(1)
    f["self_issued"] = f.get("subject") == f.get("issuer") and same_key
    if f["self_issued"]:
        with tempfile.NamedTemporaryFile(suffix=".pem") as t:
            t.write(pem)
            t.flush()
            rc3, o3, e3 = ossl(["verify", "-check_ss_sig", "-no_check_time", "-partial_chain",
                                "-CAfile", t.name, t.name])
            msg = (o3 + e3).decode("utf-8", "replace")
            # Valid: verified; invalid: "certificate signature failure" (error 7); anything
            # else (not self-signed after all, unsupported algorithm …): not comparable.
            if rc3 == 0:
                f["signature_valid"] = True
            elif "error 7 " in msg:
                f["signature_valid"] = False
            else:
                f["signature_valid"] = None
    else:
        f["signature_valid"] = None
    return f


def pem_certs(text_bytes):
    return re.findall(rb"-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----\n?",
                      text_bytes, re.S)


def to_pem_cert(data):
    if b"-----BEGIN" in data:
        return None
    rc, out, _ = ossl(["x509", "-inform", "DER"], data=data)
    return out if rc == 0 else None


def looks_like_pfx(data):
    """SEQUENCE { INTEGER 3, …: the start of a PFX (cheap, to spare OpenSSL calls)."""
    if len(data) < 8 or data[0] != 0x30:
        return False
    n = 2 + (data[1] & 0x7F if data[1] & 0x80 else 0)
    return data[n:n + 3] == b"\x02\x01\x03"


def openssl_view(path):
    """(kind, facts) as OpenSSL reads the file; kind None when it reads it as nothing."""
    data = open(path, "rb").read()
    is_pem = b"-----BEGIN" in data
    label = re.search(rb"-----BEGIN ([A-Z0-9 ]+)-----", data)
    label = label.group(1).decode() if label else None
    form = ["-inform", "PEM" if is_pem else "DER"]
    # PKCS#12 first: OpenSSL 3's x509 -inform DER also decodes a .p12 it can open.
    if not is_pem and looks_like_pfx(data):
        for pw in P12_PASSWORDS:
            args = ["pkcs12", "-in", path, "-nodes", "-passin", "pass:" + pw]
            rc, out, _ = ossl(args)
            if rc != 0:
                rc, out, _ = ossl(args + ["-legacy"])
            if rc == 0:
                certs = pem_certs(out)
                facts = [cert_facts(c) for c in certs]
                keys = re.findall(rb"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----\n?",
                                  out, re.S)
                key_spkis = []
                for k in keys:
                    rck, der, _ = ossl(["pkey", "-pubout", "-outform", "DER"], data=k)
                    key_spkis.append(hashlib.sha256(der).hexdigest() if rck == 0 else None)
                return "pkcs12", {"password": pw, "certs": facts, "key_spkis": key_spkis}
    if label in (None, "CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE"):
        if is_pem:
            certs = pem_certs(data)
            facts = [cert_facts(c) for c in certs]
            if certs and all(facts):
                return "certificates", facts
            if certs:
                return None, None
        else:
            pem = to_pem_cert(data)
            if pem:
                f = cert_facts(pem)
                if f:
                    return "certificates", [f]
    if label in (None, "CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"):
        rc, out, err = ossl(["req", "-noout", "-subject", "-nameopt", NAMEOPT, "-text",
                             "-reqopt", "no_header,no_version,no_signame,no_sigdump,no_attributes",
                             "-verify"] + form + ["-in", path])
        msg = (out + err).decode("utf-8", "surrogateescape")
        if rc == 0 or "verify failure" in msg:
            f = {}
            for line in msg.splitlines():
                if line.startswith("subject="):
                    f["subject"] = parse_name(line)
            f["emails"], f["dns"] = sans(msg)
            f["key"] = key_facts(msg)
            f["signature_valid"] = "verify OK" in msg
            return "csr", f
    if label in (None, "PKCS7", "CERTIFICATE CHAIN"):
        rc, out, _ = ossl(["pkcs7", "-print_certs"] + form + ["-in", path])
        if rc == 0:
            certs = pem_certs(out)
            facts = [cert_facts(c) for c in certs]
            if all(facts):
                return "certificates", facts
            return None, None
    return None, None


# ---------------------------------------------------------------- Shomei's facts

def shomei(binary, path, password=None):
    env = dict(os.environ, SHOMEI_LANG="en", SHOMEI_DATA_DIR="/nonexistent-shomei-corpus")
    env.pop("SHOMEI_P12_PASSWORD", None)
    if password is not None:
        env["SHOMEI_P12_PASSWORD"] = password
    rc, out, err, dt = run_cpu([binary, "inspect", "--json", path], env)
    if rc is None:
        return "timeout", None, dt, ""
    e = err.decode("utf-8", "replace")
    if "panicked" in e or rc == 101 or rc < 0:
        return "panic", None, dt, e
    if rc != 0:
        return "refused", None, dt, e.strip().splitlines()[-1] if e.strip() else ""
    try:
        return "ok", json.loads(out), dt, ""
    except ValueError:
        return "panic", None, dt, "not JSON: " + out[:200].decode("utf-8", "replace")


def family(key):
    k = key or ""
    for prefix, fam in (("RSA-PSS", "RSA-PSS"), ("RSA", "RSA"), ("ECDSA", "EC"),
                        ("DSA", "DSA"), ("Ed25519", "Ed25519"), ("Ed448", "Ed448"),
                        ("GOST", "GOST")):
        if k.startswith(prefix):
            return fam
    return k


def names(entries):
    return [[SHORT.get(e["attr"], e["attr"]), e["value"]] for e in entries]


def compare_cert(s, o, where, diffs, unchecked):
    def eq(fact, a, b):
        if a != b:
            diffs.append("%s %s: shomei %r, openssl %r" % (where, fact, a, b))
    eq("subject", names(s["subject_names"]), o["subject"])
    eq("issuer", names(s["issuer_names"]), o["issuer"])
    eq("emails", s["emails"], o["emails"])
    eq("dns", s["dns_names"], o["dns"])
    for fact in ("not_before", "not_after"):
        if o.get(fact) is None:
            unchecked.append("%s %s (OpenSSL: bad time value)" % (where, fact))
        else:
            eq(fact, s[fact], o[fact])
    eq("key", (family(s["key"]), s["key_bits"]), tuple(o["key"]))
    if o["spki_sha256"]:
        eq("spki", s["spki_sha256"], o["spki_sha256"])
    if o["self_issued"] and o["signature_valid"] is not None:
        if s.get("signature_valid") is None:
            unchecked.append("%s signature (%s)" % (where, s.get("signature_algorithm")))
        else:
            eq("signature_valid", s["signature_valid"], o["signature_valid"])


def compare(kind, ofacts, sj, diffs, unchecked):
    if kind == "certificates":
        if sj.get("type") != "certificates":
            diffs.append("type: shomei %s, openssl certificates" % sj.get("type"))
            return
        certs = sj["certificates"]
        if len(certs) != len(ofacts):
            diffs.append("count: shomei %d, openssl %d" % (len(certs), len(ofacts)))
            return
        for i, (s, o) in enumerate(zip(certs, ofacts)):
            compare_cert(s, o, "cert %d" % i, diffs, unchecked)
    elif kind == "csr":
        if sj.get("type") != "csr":
            diffs.append("type: shomei %s, openssl csr" % sj.get("type"))
            return
        o = ofacts
        for fact, a, b in (("subject", names(sj["subject"]), o["subject"]),
                           ("emails", sj["emails"], o["emails"]),
                           ("dns", sj["dns_names"], o["dns"]),
                           ("key", (family(sj["key"]), sj["key_bits"]), tuple(o["key"]))):
            if a != b:
                diffs.append("%s: shomei %r, openssl %r" % (fact, a, b))
        if "signature-unsupported" in [str(f) for f in sj.get("findings", [])]:
            unchecked.append("csr signature (%s)" % sj.get("signature_algorithm"))
        elif sj["signature_valid"] != o["signature_valid"]:
            diffs.append("signature_valid: shomei %r, openssl %r"
                         % (sj["signature_valid"], o["signature_valid"]))
    elif kind == "pkcs12":
        if sj.get("type") != "pkcs12":
            diffs.append("type: shomei %s, openssl pkcs12" % sj.get("type"))
            return
        certs = sj["certificates"]
        o_certs = [c for c in ofacts["certs"] if c]
        if len(certs) != len(ofacts["certs"]):
            diffs.append("count: shomei %d, openssl %d" % (len(certs), len(ofacts["certs"])))
        elif any(c["spki_sha256"] is None for c in o_certs):
            # OpenSSL cannot state some public key (DSA parameters inherited from the issuer):
            # the certificates are compared by subject instead.
            by_subject = {json.dumps(c["subject"]): c for c in o_certs}
            for i, s in enumerate(certs):
                o = by_subject.get(json.dumps(names(s["subject_names"])))
                if o is None:
                    diffs.append("cert %d not among openssl's" % i)
                else:
                    o = dict(o, spki_sha256=None)
                    compare_cert(s, o, "cert %d" % i, diffs, unchecked)
        elif sorted(c["spki_sha256"] for c in certs) != sorted(c["spki_sha256"] for c in o_certs):
            diffs.append("certificates differ")
        else:
            by_spki = {c["spki_sha256"]: c for c in o_certs}
            for i, s in enumerate(certs):
                compare_cert(s, by_spki[s["spki_sha256"]], "cert %d" % i, diffs, unchecked)
        o_has = len(ofacts["key_spkis"]) > 0
        if sj["has_key"] != o_has:
            diffs.append("has_key: shomei %r, openssl %r" % (sj["has_key"], o_has))
        o_match = any(k in {c["spki_sha256"] for c in o_certs if c} for k in ofacts["key_spkis"])
        if sj["has_key"]:
            if sj.get("key_spki_sha256") is None:
                unchecked.append("p12 key match (%s)" % sj.get("key"))
            else:
                if sj["key_spki_sha256"] not in ofacts["key_spkis"]:
                    diffs.append("key: shomei %s not among openssl's keys" % sj["key_spki_sha256"])
                if sj["key_matches_certificate"] != o_match:
                    diffs.append("key matches a certificate: shomei %r, openssl %r"
                                 % (sj["key_matches_certificate"], o_match))


# ---------------------------------------------------------------- the run

def load_refusals():
    """tests/corpus/refusals.txt: `path-substring<TAB>reason` per line (# comments)."""
    out = []
    with open(os.path.join(HERE, "refusals.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            pat, _, reason = line.partition("\t")
            out.append((pat.strip(), reason.strip()))
    return out


def documented(rel, refusals):
    for pat, reason in refusals:
        if pat in rel:
            return reason
    return None


def one(binary, root, rel, refusals):
    path = os.path.join(root, rel)
    kind, ofacts = openssl_view(path)
    password = ofacts["password"] if kind == "pkcs12" else None
    if kind is None and open(path, "rb").read()[:1] == b"\x30":
        password = "cryptography"  # a .p12 OpenSSL cannot open either: answer any prompt
    status, sj, dt, msg = shomei(binary, path, password)
    res = {"file": rel, "openssl": kind, "shomei": status, "seconds": dt, "unchecked": []}
    if status in ("panic", "timeout"):
        res["verdict"] = status
        res["why"] = msg
        return res
    if kind is None:
        if status == "refused":
            res["verdict"] = "both-refuse"
        elif documented(rel, refusals):
            res["verdict"] = "refused-documented"
            res["why"] = documented(rel, refusals)
        else:
            res["verdict"] = "disagree"
            res["why"] = "Shomei reads a file OpenSSL refuses"
        return res
    if status == "refused":
        reason = documented(rel, refusals)
        res["verdict"] = "refused-documented" if reason else "disagree"
        res["why"] = reason or ("refused: " + msg)
        return res
    diffs = []
    try:
        compare(kind, ofacts, sj, diffs, res["unchecked"])
    except (KeyError, TypeError) as e:
        diffs.append("JSON shape: %r" % e)
    if diffs and documented(rel, refusals):
        res["verdict"] = "refused-documented"
        res["why"] = documented(rel, refusals) + " | " + "; ".join(diffs)
    else:
        res["verdict"] = "disagree" if diffs else "agree"
        res["why"] = "; ".join(diffs)
    return res


def vault_hash(d):
    h = hashlib.sha256()
    for root, dirs, files in sorted(os.walk(d)):
        dirs.sort()
        for n in sorted(files):
            p = os.path.join(root, n)
            h.update(p.encode() + b"\0" + open(p, "rb").read())
    return h.hexdigest()


def import_sample(binary, root, files, every=8):
    """Imports every `every`-th file into a vault holding one pending request (none of the
    corpus's certificates is for its key): each must be refused, without a panic or a hang,
    and leave the vault byte-identical."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, SHOMEI_LANG="en", SHOMEI_DATA_DIR=os.path.join(tmp, "data"),
                   SHOMEI_VAULT_PASSPHRASE="Corpus-vault-2026!", SHOMEI_P12_PASSWORD="x")
        rc, _, err = run([binary, "request", "smime", "--email", "corpus@example.jp", "--org",
                          "Corpus", "--key", "p256", "--out", os.path.join(tmp, "r.csr")],
                         env=env, timeout=60)
        if rc != 0:
            return {"error": err.decode("utf-8", "replace")}
        before = vault_hash(os.path.join(tmp, "data"))
        out = {"imports": 0, "refused": 0, "accepted": 0, "vault_changed": 0, "panics": 0,
               "timeouts": 0}
        for rel in files[::every]:
            out["imports"] += 1
            rc, _, err = run([binary, "import", os.path.join(root, rel)], env=env, data=b"")
            e = err.decode("utf-8", "replace")
            if rc is None:
                out["timeouts"] += 1
            elif "panicked" in e or rc == 101 or rc < 0:
                out["panics"] += 1
            elif rc == 0:
                out["accepted"] += 1
                print("accepted  %s" % rel)
            else:
                out["refused"] += 1
            if vault_hash(os.path.join(tmp, "data")) != before:
                out["vault_changed"] += 1
                print("vault changed by %s" % rel)
                before = vault_hash(os.path.join(tmp, "data"))
        return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    only = None
    if "--only" in sys.argv:
        only = sys.argv[sys.argv.index("--only") + 1]
        args = [a for a in args if a != only]
    verbose = "--verbose" in sys.argv
    binary = args[0]
    root = args[1] if len(args) > 1 else DEFAULT_CORPUS
    refusals = load_refusals()
    quirk_dir = os.path.join(HERE, "quirks")
    quirk_files = sorted(os.path.relpath(os.path.join(d, n), HERE)
                         for d, _, ns in os.walk(quirk_dir) for n in ns
                         if n.endswith((".der", ".pem")))
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        quirk_results = list(pool.map(lambda r: one(binary, HERE, r, refusals), quirk_files))
    quirks = {"files": len(quirk_results)}
    for r in quirk_results:
        quirks[r["verdict"]] = quirks.get(r["verdict"], 0) + 1
        if r["verdict"] in ("disagree", "panic", "timeout") or (verbose and r.get("why")):
            print("%-10s %s: %s" % (r["verdict"], r["file"], r.get("why", "")))
    quirks["read"] = sum(1 for r in quirk_results if r["shomei"] == "ok")
    # Each imported into a vault with a pending request: refused, the vault unchanged.
    qimp = import_sample(binary, HERE, quirk_files, every=1)
    quirks["import_sample"] = qimp
    quirk_bad = sum(quirks.get(k, 0) for k in ("disagree", "panic", "timeout"))
    quirk_bad += 1 if "error" in qimp else (qimp["accepted"] + qimp["vault_changed"]
                                             + qimp["panics"] + qimp["timeouts"])
    if "--quirks-only" in sys.argv:
        print("quirks: " + json.dumps(quirks))
        sys.exit(1 if quirk_bad else 0)
    files = []
    for sub in SUBDIRS:
        for d, _, names_ in os.walk(os.path.join(root, sub)):
            for n in sorted(names_):
                rel = os.path.relpath(os.path.join(d, n), root)
                if only and only not in rel:
                    continue
                files.append(rel)
    files.sort()
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(lambda r: one(binary, root, r, refusals), files))
    counts = {}
    unchecked = 0
    for r in results:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
        unchecked += len(r["unchecked"])
        if r["verdict"] in ("disagree", "panic", "timeout") or (verbose and r.get("why")):
            print("%-10s %s: %s" % (r["verdict"], r["file"], r.get("why", "")))
    slow = max(results, key=lambda r: r["seconds"]) if results else None
    summary = {
        "files": len(results),
        "agree": counts.get("agree", 0),
        "both_refuse": counts.get("both-refuse", 0),
        "refused_documented": counts.get("refused-documented", 0),
        "disagree": counts.get("disagree", 0),
        "panics": counts.get("panic", 0),
        "timeouts": counts.get("timeout", 0),
        "unchecked_facts": unchecked,
        "slowest_inspect_cpu_seconds": round(slow["seconds"], 3) if slow else 0,
        "slowest_file": slow["file"] if slow else None,
    }
    imp = import_sample(binary, root, files)
    summary["import_sample"] = imp
    summary["quirks"] = quirks
    print("corpus: " + json.dumps(summary))
    bad = summary["disagree"] + summary["panics"] + summary["timeouts"] + quirk_bad
    if "error" in imp:
        bad += 1
    else:
        bad += imp["accepted"] + imp["vault_changed"] + imp["panics"] + imp["timeouts"]
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
