"""Device keys: Ed25519 key pairs, signatures and the fingerprint people compare.

Keys are raw bytes here (32 bytes each) and travel as lowercase hex in JSON. A
private key never leaves the device that made it; only its public key appears in
a join request. ``verify_signature`` never raises: a malformed key or signature
simply does not verify.
"""

from __future__ import annotations

import hashlib
import re

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

KEY_BYTES = 32
SIGNATURE_BYTES = 64
_HEX_KEY = re.compile(f"[0-9a-f]{{{2 * KEY_BYTES}}}")


def generate_private_key() -> bytes:
    """A new raw 32-byte Ed25519 private key."""
    return Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )


def _private(private: bytes) -> Ed25519PrivateKey:
    if len(private) != KEY_BYTES:
        raise ValueError(f"an Ed25519 private key has {KEY_BYTES} bytes, not {len(private)}")
    return Ed25519PrivateKey.from_private_bytes(private)


def public_key_of(private: bytes) -> bytes:
    """The raw 32-byte public key of a raw private key."""
    return _private(private).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def sign(private: bytes, data: bytes) -> bytes:
    """The 64-byte Ed25519 signature of ``data``."""
    return _private(private).sign(data)


def verify_signature(public: bytes, data: bytes, signature: bytes) -> bool:
    """Whether ``signature`` is ``public``'s signature of ``data`` (False for any malformed input)."""
    if len(public) != KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public: bytes) -> str:
    """A short form of a public key for people to compare: 16 hex digits in groups of 4.

    The first 64 bits of the key's sha256, e.g. ``3FA2-91C0-7B4E-D2A8``: shown when
    an HQ user approves a join request and on the laptop that asked, so both can
    check they see the same key.
    """
    digits = hashlib.sha256(public).hexdigest()[:16].upper()
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def key_from_hex(text: object) -> bytes | None:
    """The 32 key bytes written as 64 lowercase hex digits, or None when ``text`` is not that."""
    if not isinstance(text, str) or _HEX_KEY.fullmatch(text) is None:
        return None
    return bytes.fromhex(text)
