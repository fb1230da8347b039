"""Device keys: Ed25519 pairs, signatures that never raise on bad input, fingerprints."""

from __future__ import annotations

import re

import pytest

from desktop.sync import keys


def test_generated_keys_are_raw_32_bytes_and_distinct() -> None:
    first, second = keys.generate_private_key(), keys.generate_private_key()
    assert len(first) == len(second) == 32
    assert first != second
    assert len(keys.public_key_of(first)) == 32
    assert keys.public_key_of(first) == keys.public_key_of(first)
    assert keys.public_key_of(first) != keys.public_key_of(second)


def test_signature_verifies_only_for_the_same_key_and_data() -> None:
    private = keys.generate_private_key()
    public = keys.public_key_of(private)
    other = keys.public_key_of(keys.generate_private_key())
    signature = keys.sign(private, b"manifest bytes")
    assert len(signature) == 64
    assert keys.verify_signature(public, b"manifest bytes", signature)
    assert not keys.verify_signature(public, b"manifest bytes!", signature)
    assert not keys.verify_signature(other, b"manifest bytes", signature)
    flipped = bytes([signature[0] ^ 1]) + signature[1:]
    assert not keys.verify_signature(public, b"manifest bytes", flipped)


@pytest.mark.parametrize(
    ("public", "signature"),
    [
        (b"", b"\0" * 64),
        (b"\1" * 31, b"\0" * 64),
        (b"\1" * 33, b"\0" * 64),
        (b"\1" * 32, b""),
        (b"\1" * 32, b"\0" * 63),
        (b"\xff" * 32, b"\xff" * 64),
    ],
)
def test_malformed_keys_and_signatures_do_not_verify_and_do_not_raise(
    public: bytes, signature: bytes
) -> None:
    assert keys.verify_signature(public, b"data", signature) is False


def test_a_private_key_of_the_wrong_length_is_a_bug() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        keys.sign(b"\1" * 31, b"data")
    with pytest.raises(ValueError, match="32 bytes"):
        keys.public_key_of(b"\1" * 64)


def test_fingerprint_is_16_hex_digits_in_groups_of_four() -> None:
    public = keys.public_key_of(bytes(range(32)))
    shown = keys.fingerprint(public)
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", shown)
    assert shown == keys.fingerprint(public)
    assert shown != keys.fingerprint(keys.public_key_of(bytes(range(1, 33))))


def test_fingerprint_is_the_start_of_the_keys_sha256() -> None:
    # sha256 of 32 zero bytes starts 66687aadf862bd77...
    assert keys.fingerprint(b"\0" * 32) == "6668-7AAD-F862-BD77"


def test_keys_travel_as_lowercase_hex() -> None:
    public = keys.public_key_of(keys.generate_private_key())
    assert keys.key_from_hex(public.hex()) == public
    assert keys.key_from_hex(public.hex().upper()) is None
    assert keys.key_from_hex(public.hex()[:-2]) is None
    assert keys.key_from_hex(public.hex() + "00") is None
    assert keys.key_from_hex(" " + public.hex()[1:]) is None
    assert keys.key_from_hex(public.hex() + "\n") is None
    assert keys.key_from_hex(42) is None
    assert keys.key_from_hex(None) is None
