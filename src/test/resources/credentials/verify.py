"""An independent check of an Open Badges VC-JWT: its ES256 signature against the issuer's
published JWK (the P-256 point x, y), with Python's `cryptography` and nothing of Attest's.

usage: python3 verify.py CREDENTIAL.jwt JWKS.json  -> prints "OK <kid>" (exit 0) or why not (exit 1)
"""
import base64
import json
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature


def b64url(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def main(jwt_file, jwks_file):
    token = open(jwt_file, encoding="ascii").read().strip()
    header_b64, payload_b64, signature_b64 = token.split(".")
    header = json.loads(b64url(header_b64))
    if header.get("alg") != "ES256":
        print("not ES256: " + str(header.get("alg")))
        return 1
    keys = {k["kid"]: k for k in json.load(open(jwks_file, encoding="utf-8"))["keys"]}
    jwk = keys.get(header.get("kid"))
    if jwk is None or jwk.get("kty") != "EC" or jwk.get("crv") != "P-256":
        print("no P-256 key with kid " + str(header.get("kid")))
        return 1
    public_key = ec.EllipticCurvePublicNumbers(
        int.from_bytes(b64url(jwk["x"]), "big"),
        int.from_bytes(b64url(jwk["y"]), "big"),
        ec.SECP256R1(),
    ).public_key()
    # A JWS ES256 signature is r || s, 32 bytes each (RFC 7518 §3.4); cryptography wants DER.
    raw = b64url(signature_b64)
    if len(raw) != 64:
        print("signature is not 64 bytes")
        return 1
    der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    try:
        public_key.verify(der, (header_b64 + "." + payload_b64).encode("ascii"),
                          ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        print("signature does not verify with key " + header["kid"])
        return 1
    vc = json.loads(b64url(payload_b64))["vc"]
    print("OK " + header["kid"] + " " + vc["credentialSubject"]["achievement"]["name"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
