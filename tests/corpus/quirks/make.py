#!/usr/bin/env python3
"""Makes tests/corpus/quirks/*.der: one small certificate per kind of rule-breaking that real
certificates show and OpenSSL reads anyway. Each is issued by ca.der ("Shomei Quirks
Test CA", P-256, ECDSA with SHA-256) and differs from a plain leaf in exactly one way, named by
its file name.

Usage: python3 tests/corpus/quirks/make.py  (needs python3-cryptography; rewrites the files)

The certificates are written field by field with the small TLV helper below, because no
library will encode what these certificates get wrong (a UTCTime without seconds, a negative
pathLen, …); only the signature comes from `cryptography`. Nothing here is secret: the CA key is
made afresh on each run and thrown away.
"""

import hashlib
import os

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

HERE = os.path.dirname(os.path.abspath(__file__))


# ------------------------------------------------------------------ DER, by hand (test data only)

def length(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, content):
    return bytes([tag]) + length(len(content)) + content


def seq(*parts):
    return tlv(0x30, b"".join(parts))


def set_(*parts):
    return tlv(0x31, b"".join(parts))


def oid(dotted):
    arcs = [int(a) for a in dotted.split(".")]
    out = bytes([arcs[0] * 40 + arcs[1]])
    for a in arcs[2:]:
        chunk = [a & 0x7F]
        a >>= 7
        while a:
            chunk.append(0x80 | (a & 0x7F))
            a >>= 7
        out += bytes(reversed(chunk))
    return tlv(0x06, out)


def integer(n):
    size = max(1, (n.bit_length() + 8) // 8) if n >= 0 else max(1, ((-n - 1).bit_length() + 8) // 8)
    return tlv(0x02, n.to_bytes(size, "big", signed=True))


def utf8(s):
    return tlv(0x0C, s.encode())


def printable(s):
    return tlv(0x13, s.encode())


def ia5(s):
    return tlv(0x16, s.encode() if isinstance(s, str) else s)


def bmp(s):
    return tlv(0x1E, s.encode("utf-16-be"))


def octets(b):
    return tlv(0x04, b)


def bits(b, unused=0):
    return tlv(0x03, bytes([unused]) + b)


def boolean(v):
    return tlv(0x01, b"\xff" if v else b"\x00")


def ctx(n, content, constructed=True):
    return tlv((0xA0 if constructed else 0x80) | n, content)


def utc(s):
    return tlv(0x17, s.encode())


def gen(s):
    return tlv(0x18, s.encode())


NULL = b"\x05\x00"


# ------------------------------------------------------------------ certificate parts

def name(*attrs):
    """attrs: (oid, encoded value) in order, one RDN each."""
    return seq(*[set_(seq(oid(o), v)) for o, v in attrs])


def ext(o, value, critical=False):
    return seq(oid(o), boolean(True) if critical else b"", octets(value))


def san(*general_names):
    return ext("2.5.29.17", seq(*general_names))


def dns(b):
    return tlv(0x82, b if isinstance(b, bytes) else b.encode())


def uri(b):
    return tlv(0x86, b if isinstance(b, bytes) else b.encode())


def email(s):
    return tlv(0x81, s.encode())


CA_KEY = ec.generate_private_key(ec.SECP256R1())
LEAF_KEY = ec.generate_private_key(ec.SECP256R1())
ECDSA_SHA256 = seq(oid("1.2.840.10045.4.3.2"))
CA_NAME = name(("2.5.4.6", printable("JP")), ("2.5.4.10", utf8("Shomei Quirks Test")),
               ("2.5.4.3", utf8("Shomei Quirks Test CA")))


def spki_of(key):
    return key.public_key().public_bytes(serialization.Encoding.DER,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)


def ski(spki_der):
    return ext("2.5.29.14", octets(hashlib.sha1(spki_der).digest()))


CA_SPKI = spki_of(CA_KEY)
AKI = ext("2.5.29.35", seq(ctx(0, hashlib.sha1(CA_SPKI).digest(), constructed=False)))
GOOD_VALIDITY = seq(utc("260101000000Z"), utc("361231235959Z"))


def certificate(serial, subject, extensions, validity=GOOD_VALIDITY, spki=None, version=2,
                unique_ids=b"", issuer=CA_NAME, key=CA_KEY):
    spki = spki if spki is not None else spki_of(LEAF_KEY)
    tbs = seq(
        ctx(0, integer(version)) if version else b"",
        integer(serial),
        ECDSA_SHA256,
        issuer,
        validity,
        subject,
        spki,
        unique_ids,
        ctx(3, seq(*extensions)) if extensions else b"",
    )
    sig = key.sign(tbs, ec.ECDSA(hashes.SHA256()))
    return seq(tbs, ECDSA_SHA256, bits(sig))


def leaf_name(cn):
    return name(("2.5.4.6", printable("JP")), ("2.5.4.10", utf8("Shomei Quirks Test")),
                ("2.5.4.3", utf8(cn)))


def leaf(serial, cn, extra_exts=(), sans=None, **kw):
    sans = sans if sans is not None else [dns(cn)]
    exts = [ext("2.5.29.19", seq()), ext("2.5.29.15", bits(b"\x80", 7), critical=True),
            ext("2.5.29.37", seq(oid("1.3.6.1.5.5.7.3.1"))), san(*sans), AKI,
            *extra_exts]
    return certificate(serial, leaf_name(cn), exts, **kw)


def rsa_spki_without_null():
    """An RSA key whose AlgorithmIdentifier lacks the NULL parameters RFC 3279 requires."""
    k = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pkcs1 = k.public_key().public_bytes(serialization.Encoding.DER,
                                        serialization.PublicFormat.PKCS1)
    return seq(seq(oid("1.2.840.113549.1.1.1")), bits(pkcs1))


def rsa_spki_modulus_without_zero():
    """An RSA key whose modulus lacks its leading zero byte (so DER reads it as negative)."""
    n = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key().public_numbers().n
    pkcs1 = seq(tlv(0x02, n.to_bytes(256, "big")), integer(65537))
    return seq(seq(oid("1.2.840.113549.1.1.1"), NULL), bits(pkcs1))


def ec_spki_wrong_curve():
    """A P-256 point labelled as a P-384 key (secp384r1's OID)."""
    point = LEAF_KEY.public_key().public_bytes(serialization.Encoding.X962,
                                               serialization.PublicFormat.UncompressedPoint)
    return seq(seq(oid("1.2.840.10045.2.1"), oid("1.3.132.0.34")), bits(point))


AIA = seq(seq(oid("1.3.6.1.5.5.7.48.2"), uri("http://ca.example.jp/ca.crt")))
SIA = seq(seq(oid("1.3.6.1.5.5.7.48.5"), uri("http://ca.example.jp/repo/")))


def policies(notice):
    return ext("2.5.29.32", seq(seq(oid("2.23.140.1.2.2"), seq(
        seq(oid("1.3.6.1.5.5.7.2.2"), seq(notice))))))


def ca_like(serial, cn, bc_content, extra=()):
    exts = [ext("2.5.29.19", seq(*bc_content), critical=True),
            ext("2.5.29.15", bits(b"\x06", 1), critical=True), AKI, *extra]
    return certificate(serial, leaf_name(cn), exts)


QUIRKS = {
    # Times
    "time-generalized-before-2050": leaf(
        0x101, "gt.example.jp",
        validity=seq(gen("20260101000000Z"), gen("20361231235959Z"))),
    "time-utc-without-seconds": leaf(
        0x102, "noseconds.example.jp", validity=seq(utc("2601010000Z"), utc("3612312359Z"))),
    "time-utc-not-zulu": leaf(
        0x103, "offset.example.jp",
        validity=seq(utc("260101090000+0900"), utc("370101085959+0900"))),
    "time-generalized-fraction": leaf(
        0x104, "fraction.example.jp",
        validity=seq(utc("260101000000Z"), gen("20511231235959.5Z"))),
    "time-utc-four-digit-year": leaf(
        0x105, "fouryear.example.jp", validity=seq(utc("260101000000Z"), utc("20361231235959Z"))),
    "time-generalized-without-seconds": leaf(
        0x106, "gt-noseconds.example.jp",
        validity=seq(utc("260101000000Z"), gen("205112312359Z"))),
    "time-generalized-local": leaf(
        0x107, "gt-local.example.jp", validity=seq(utc("260101000000Z"), gen("20511231235959"))),
    # Names
    "name-dns-not-ia5": leaf(
        0x201, "utf8dns.example.jp", sans=[dns("utf8dns.example.jp"), dns("例え.example.jp".encode())]),
    "name-uri-not-ia5": leaf(
        0x202, "utf8uri.example.jp",
        sans=[dns("utf8uri.example.jp"), uri("https://例え.example.jp/".encode())]),
    "name-san-empty-entry": leaf(
        0x203, "emptysan.example.jp", sans=[dns("emptysan.example.jp"), dns(b"")]),
    "name-san-nul-byte": leaf(
        0x204, "nul.example.jp", sans=[dns(b"nul.example.jp\x00.evil.example")]),
    "name-san-control-byte": leaf(
        0x205, "ctrl.example.jp", sans=[dns("ctrl.example.jp"), email("a\x07b@example.jp")]),
    "name-unknown-attribute": certificate(
        0x206, name(("2.5.4.6", printable("JP")), ("1.2.3.4.5.6", utf8("text value")),
                    ("1.2.3.4.5.7", seq(integer(1))), ("2.5.4.3", utf8("unknown-attr.example.jp"))),
        [san(dns("unknown-attr.example.jp")), AKI]),
    "name-serialnumber-utf8": certificate(
        0x207, name(("2.5.4.5", utf8("1234-5678")), ("2.5.4.3", utf8("sn-utf8.example.jp"))),
        [san(dns("sn-utf8.example.jp")), AKI]),
    "name-serialnumber-too-long": certificate(
        0x208, name(("2.5.4.5", printable("9" * 80)), ("2.5.4.3", utf8("sn-long.example.jp"))),
        [san(dns("sn-long.example.jp")), AKI]),
    # Extensions
    "ext-aia-critical": leaf(0x301, "aia.example.jp", [ext("1.3.6.1.5.5.7.1.1", AIA, True)]),
    "ext-sia-critical": leaf(0x302, "sia.example.jp", [ext("1.3.6.1.5.5.7.1.11", SIA, True)]),
    "ext-name-constraints-empty": ca_like(
        0x303, "Name Constraints Empty CA", [boolean(True)],
        [ext("2.5.29.30", seq(ctx(0, b"")), True)]),
    "ext-name-constraints-minimum": ca_like(
        0x304, "Name Constraints Minimum CA", [boolean(True)],
        [ext("2.5.29.30", seq(ctx(0, seq(dns(".example.jp"), ctx(0, b"\x00", False)))), True)]),
    "ext-pathlen-negative": ca_like(0x305, "Negative PathLen CA", [boolean(True), integer(-1)]),
    "ext-pathlen-without-ca": ca_like(0x306, "PathLen Without CA", [integer(0)]),
    "ext-policy-notice-bmp": leaf(
        0x307, "notice-bmp.example.jp", [policies(bmp("この証明書の利用条件"))]),
    "ext-policy-notice-long": leaf(
        0x308, "notice-long.example.jp", [policies(utf8("Terms of use. " * 18))]),
    "ext-crldp-without-fullname": leaf(
        0x309, "crldp.example.jp",
        [ext("2.5.29.31", seq(seq(ctx(2, CA_NAME))))]),
    "ext-unique-ids-v1": certificate(
        0x30A, leaf_name("uid-v1.example.jp"), [], version=0,
        unique_ids=tlv(0x81, b"\x00\x01\x02") + tlv(0x82, b"\x00\x03\x04")),
    "ext-unique-ids-v3": leaf(
        0x30B, "uid-v3.example.jp", unique_ids=tlv(0x81, b"\x00\x01\x02") + tlv(0x82, b"\x00\x03\x04")),
    # Keys
    "key-rsa-without-null": leaf(0x401, "rsa-nonull.example.jp", spki=rsa_spki_without_null()),
    "key-rsa-modulus-without-zero": leaf(
        0x403, "rsa-negative.example.jp", spki=rsa_spki_modulus_without_zero()),
    "key-ec-wrong-curve": leaf(0x402, "wrong-curve.example.jp", spki=ec_spki_wrong_curve()),
}


def main():
    ca = certificate(1, CA_NAME, [
        ext("2.5.29.19", seq(boolean(True)), True), ext("2.5.29.15", bits(b"\x06", 1), True),
        ski(CA_SPKI)], spki=CA_SPKI)
    with open(os.path.join(HERE, "ca.der"), "wb") as f:
        f.write(ca)
    for n, der in QUIRKS.items():
        with open(os.path.join(HERE, n + ".der"), "wb") as f:
            f.write(der)
    print("wrote ca.der and %d quirky certificates to %s" % (len(QUIRKS), HERE))


if __name__ == "__main__":
    main()
