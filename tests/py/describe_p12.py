"""Open a PKCS#12 with Python `cryptography` and describe it as JSON.

Usage: describe_p12.py FILE.p12 PASSWORD
"""
import json
import sys

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

data = open(sys.argv[1], "rb").read()
p12 = pkcs12.load_pkcs12(data, sys.argv[2].encode())
spki = lambda k: k.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
print(json.dumps({
    "key_matches_leaf": spki(p12.key.public_key()) == spki(p12.cert.certificate.public_key()),
    "friendly_name": (p12.cert.friendly_name or b"").decode(),
    "additional_certs": len(p12.additional_certs),
    "leaf_subject": p12.cert.certificate.subject.rfc4514_string(),
}, ensure_ascii=False))
