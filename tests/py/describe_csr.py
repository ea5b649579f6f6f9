"""Describe a CSR with Python `cryptography` (an implementation independent of Shomei's), as JSON.

Usage: describe_csr.py FILE.csr
"""
import json
import sys

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID

data = open(sys.argv[1], "rb").read()
csr = x509.load_pem_x509_csr(data) if b"-----BEGIN" in data else x509.load_der_x509_csr(data)
key = csr.public_key()
if isinstance(key, rsa.RSAPublicKey):
    key_desc = {"type": "RSA", "bits": key.key_size, "e": key.public_numbers().e}
elif isinstance(key, ec.EllipticCurvePublicKey):
    key_desc = {"type": "EC", "curve": key.curve.name, "bits": key.curve.key_size}
else:
    key_desc = {"type": type(key).__name__}

subject = []
for attr in csr.subject:
    t = getattr(attr, "_type", None)
    subject.append({"oid": attr.oid.dotted_string, "name": attr.oid._name, "value": attr.value,
                    "asn1": t.name if t is not None else None})

emails, dns, ku, eku = [], [], [], []
for ext in csr.extensions:
    v = ext.value
    if isinstance(v, x509.SubjectAlternativeName):
        emails = v.get_values_for_type(x509.RFC822Name)
        dns = v.get_values_for_type(x509.DNSName)
    elif isinstance(v, x509.KeyUsage):
        for name in ["digital_signature", "content_commitment", "key_encipherment",
                     "data_encipherment", "key_agreement", "key_cert_sign", "crl_sign"]:
            if getattr(v, name):
                ku.append(name)
    elif isinstance(v, x509.ExtendedKeyUsage):
        names = {ExtendedKeyUsageOID.EMAIL_PROTECTION: "emailProtection",
                 ExtendedKeyUsageOID.CLIENT_AUTH: "clientAuth",
                 ExtendedKeyUsageOID.SERVER_AUTH: "serverAuth"}
        eku = [names.get(o, o.dotted_string) for o in v]

attrs = []
try:
    for a in csr.attributes:
        attrs.append(a.oid.dotted_string)
except Exception:  # older cryptography: no attribute iteration
    pass

print(json.dumps({
    "signature_valid": csr.is_signature_valid,
    "signature_hash": csr.signature_hash_algorithm.name,
    "signature_oid": csr.signature_algorithm_oid.dotted_string,
    "key": key_desc,
    "subject": subject,
    "emails": emails,
    "dns": dns,
    "key_usage": ku,
    "eku": eku,
    "attributes": attrs,
}, ensure_ascii=False))
