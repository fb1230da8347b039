"""Errors of the sync file formats: why a file was refused, and a bundle that could not be saved.

Every refusal of a bundle, join request or enrolment file is a ``BundleRejected``
whose ``reason`` is one of the stable codes below: the window, the command line and
the tests rely on them, so a code is never renamed. The message says what is wrong
and what to do next, in English source text translated later (context ``errors``).
"""

from __future__ import annotations

import errno
from collections.abc import Iterable, Sequence
from typing import Any

from desktop.errors import QT_TRANSLATE_NOOP, UserError

TOO_LARGE = "too_large"
NOT_A_ZIP = "not_a_zip"
MEMBERS = "members"
CRC = "crc"
MANIFEST = "manifest"
FORMAT = "format"
KIND = "kind"
APP_SCHEMA = "app_schema"
UNKNOWN_SENDER = "unknown_sender"
REVOKED = "revoked"
SIGNATURE = "signature"
RECIPIENT = "recipient"
PAYLOAD_HASH = "payload_hash"
RECORD = "record"
NUL_CHARACTER = "nul_character"
CHAIN = "chain"

#: Every reason a file can be refused for, in the order the checks run.
REASONS: tuple[str, ...] = (
    TOO_LARGE,
    NOT_A_ZIP,
    MEMBERS,
    CRC,
    MANIFEST,
    FORMAT,
    KIND,
    APP_SCHEMA,
    UNKNOWN_SENDER,
    REVOKED,
    SIGNATURE,
    RECIPIENT,
    PAYLOAD_HASH,
    RECORD,
    NUL_CHARACTER,
    CHAIN,
)


class BundleRejected(UserError):
    """A sync file (bundle, join request or enrolment) was refused before any write.

    ``reason`` is one of ``REASONS``; the message names what is wrong and what to do.
    """

    def __init__(self, reason: str, message: str, /, **args: Any) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown rejection reason {reason!r}")
        super().__init__(message, **args)
        self.reason = reason

    def __repr__(self) -> str:
        return f"BundleRejected({self.reason!r}, {self.render()!r})"


class SaveFailed(UserError):
    """A sync file could not be written to the chosen folder; no partial file was left."""


# Refusals, one constructor per message, in the order the checks run.


def _amount(size: int) -> str:
    """A byte count as people read it: whole KB below a megabyte, whole MB above."""
    kb, mb = 1024, 1024 * 1024
    return f"{-(-size // kb)} KB" if size < mb else f"{-(-size // mb)} MB"


def too_large(size: int, limit: int) -> BundleRejected:
    return BundleRejected(
        TOO_LARGE,
        QT_TRANSLATE_NOOP(
            "errors",
            "This file is too large to be a FieldDesk sync file ({size}; the limit is "
            "{limit}). Ask for the file again.",
        ),
        size=_amount(size),
        limit=_amount(limit),
    )


def not_a_zip() -> BundleRejected:
    return BundleRejected(
        NOT_A_ZIP,
        QT_TRANSLATE_NOOP(
            "errors",
            "This file is not a FieldDesk sync file (it is not a zip archive, or it is "
            "incomplete). Ask for the file again.",
        ),
    )


def wrong_members(expected: Iterable[str], found: Sequence[str] | None) -> BundleRejected:
    """The archive holds other members than ``expected`` (``found`` None: too many to list)."""
    if found is None:
        shown = "…"
    else:
        names = [repr(name) for name in found[:8]] + (["…"] if len(found) > 8 else [])
        shown = ", ".join(names) or "-"
    return BundleRejected(
        MEMBERS,
        QT_TRANSLATE_NOOP(
            "errors",
            "This file does not hold exactly the parts of a FieldDesk sync file ({expected}; "
            "found: {found}). Ask for the file again.",
        ),
        expected=", ".join(sorted(expected)),
        found=shown,
    )


def damaged(member: str) -> BundleRejected:
    return BundleRejected(
        CRC,
        QT_TRANSLATE_NOOP(
            "errors",
            "This file is damaged: its part {member} does not match its checksum. "
            "Ask for the file again.",
        ),
        member=member,
    )


def invalid_description(member: str, field: str) -> BundleRejected:
    """The JSON description of a file (manifest, request, enrolment) is not valid at ``field``."""
    return BundleRejected(
        MANIFEST,
        QT_TRANSLATE_NOOP(
            "errors",
            "The description inside this file ({member}) is not valid (at {field}). "
            "Ask for the file again.",
        ),
        member=member,
        field=field,
    )


def unknown_format(found: int, known: int) -> BundleRejected:
    return BundleRejected(
        FORMAT,
        QT_TRANSLATE_NOOP(
            "errors",
            "This file uses sync format {found}, which this version of FieldDesk cannot "
            "read (it reads format {known}). Update FieldDesk.",
        ),
        found=found,
        known=known,
    )


def wrong_kind(found: str, expected: str) -> BundleRejected:
    return BundleRejected(
        KIND,
        QT_TRANSLATE_NOOP(
            "errors",
            "This is not the kind of FieldDesk file expected here (it says it is a "
            '"{found}" file, not a "{expected}" file). Choose the right file.',
        ),
        found=found[:40],
        expected=expected,
    )


def other_app_schema(theirs: str, ours: str) -> BundleRejected:
    return BundleRejected(
        APP_SCHEMA,
        QT_TRANSLATE_NOOP(
            "errors",
            "This file was written by a FieldDesk with database version {theirs}; this one "
            "has version {ours}. Update FieldDesk so that both are the same, then export again.",
        ),
        theirs=theirs,
        ours=ours,
    )


def unknown_sender(sender: str) -> BundleRejected:
    return BundleRejected(
        UNKNOWN_SENDER,
        QT_TRANSLATE_NOOP(
            "errors",
            "This file comes from device {sender}, which is not registered here. Approve "
            "that device's join request first, or check where the file came from.",
        ),
        sender=sender,
    )


def revoked(sender: str, detail: str) -> BundleRejected:
    return BundleRejected(
        REVOKED,
        QT_TRANSLATE_NOOP("errors", "Files from device {sender} are refused: {detail}."),
        sender=sender,
        detail=detail,
    )


def bad_signature(sender: str) -> BundleRejected:
    return BundleRejected(
        SIGNATURE,
        QT_TRANSLATE_NOOP(
            "errors",
            "The file was changed after {sender} signed it: the signature does not match. "
            "Ask for the file again.",
        ),
        sender=sender,
    )


def wrong_recipient(recipient: str, me: str) -> BundleRejected:
    return BundleRejected(
        RECIPIENT,
        QT_TRANSLATE_NOOP(
            "errors", "This file is for device {recipient}, not for this one ({me})."
        ),
        recipient=recipient,
        me=me,
    )


def other_laptop() -> BundleRejected:
    return BundleRejected(
        RECIPIENT,
        QT_TRANSLATE_NOOP(
            "errors",
            "This enrolment was made for another laptop (its key is not this laptop's). "
            "Use the enrolment made from this laptop's own join request.",
        ),
    )


def payload_mismatch(sender: str) -> BundleRejected:
    return BundleRejected(
        PAYLOAD_HASH,
        QT_TRANSLATE_NOOP(
            "errors",
            "The contents of this file do not match what {sender} signed (the file was "
            "altered or damaged). Ask {sender} for the file again.",
        ),
        sender=sender,
    )


def invalid_record(number: int, sender: str) -> BundleRejected:
    return BundleRejected(
        RECORD,
        QT_TRANSLATE_NOOP(
            "errors",
            "Record {number} in this file from {sender} is not valid. Ask {sender} for the "
            "file again.",
        ),
        number=number,
        sender=sender,
    )


def unknown_field(number: int, sender: str, table: str, field: str) -> BundleRejected:
    return BundleRejected(
        RECORD,
        QT_TRANSLATE_NOOP(
            "errors",
            "Record {number} in this file from {sender} names {table}.{field}, which this "
            "FieldDesk does not know. Ask {sender} for the file again.",
        ),
        number=number,
        sender=sender,
        table=table[:40],
        field=field[:40],
    )


def bad_value(number: int, sender: str, table: str, field: str) -> BundleRejected:
    return BundleRejected(
        RECORD,
        QT_TRANSLATE_NOOP(
            "errors",
            "Record {number} in this file from {sender} holds a value that {table}.{field} "
            "cannot hold (wrong type, too long or missing). Ask {sender} for the file again.",
        ),
        number=number,
        sender=sender,
        table=table,
        field=field,
    )


def nul_character(number: int, sender: str, table: str, field: str) -> BundleRejected:
    """A text value holding U+0000, which PostgreSQL cannot store (nor, therefore, FieldDesk)."""
    return BundleRejected(
        NUL_CHARACTER,
        QT_TRANSLATE_NOOP(
            "errors",
            "Record {number} in this file from {sender} holds a NUL character (U+0000) in "
            "{table}.{field}, which FieldDesk does not store; nothing was imported. Tell your "
            "administrator which device and file it was.",
        ),
        number=number,
        sender=sender,
        table=table,
        field=field,
    )


def count_mismatch(sender: str, declared: int, found: int) -> BundleRejected:
    return BundleRejected(
        CHAIN,
        QT_TRANSLATE_NOOP(
            "errors",
            "This file from {sender} declares {declared} records but holds {found}. "
            "Ask {sender} to export again.",
        ),
        sender=sender,
        declared=declared,
        found=found,
    )


def row_count_mismatch(sender: str, declared: int, found: int) -> BundleRejected:
    return BundleRejected(
        RECORD,
        QT_TRANSLATE_NOOP(
            "errors",
            "This file from {sender} declares {declared} rows but holds {found}. "
            "Ask {sender} for the file again.",
        ),
        sender=sender,
        declared=declared,
        found=found,
    )


def out_of_order(sender: str, number: int, found: int, expected: int) -> BundleRejected:
    return BundleRejected(
        CHAIN,
        QT_TRANSLATE_NOOP(
            "errors",
            "The changes in this file from {sender} are out of order (change {number} has "
            "sequence {found}, {expected} was expected). Ask {sender} to export again.",
        ),
        sender=sender,
        number=number,
        found=found,
        expected=expected,
    )


def broken_chain(sender: str, seq: int) -> BundleRejected:
    return BundleRejected(
        CHAIN,
        QT_TRANSLATE_NOOP(
            "errors",
            "The changes in this file from {sender} do not form an unbroken chain (at "
            "sequence {seq}): the file was forged or damaged. Ask {sender} to export again.",
        ),
        sender=sender,
        seq=seq,
    )


def save_failed(folder: str, error: OSError) -> SaveFailed:
    """A bundle could not be written to ``folder``: full disk, or a folder one cannot write."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return SaveFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The disk holding {folder} is full: the sync file was not written. "
                "Free some space or choose another folder.",
            ),
            folder=folder,
        )
    return SaveFailed(
        QT_TRANSLATE_NOOP(
            "errors",
            "The sync file could not be written to {folder} ({error}). Check that the "
            "folder exists and that you may write there, or choose another folder.",
        ),
        folder=folder,
        error=error.strerror or type(error).__name__,
    )
