"""The device's key pair is made once, even when two units of work ask for it at the same moment."""

from __future__ import annotations

import pytest

from db.engine import Database
from db.models import DeviceKey
from desktop.services import sync_state
from desktop.sync import keys


def test_a_key_made_meanwhile_by_another_unit_of_work_is_the_one_used(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    made_elsewhere: list[bytes] = []
    real = keys.generate_private_key

    def meanwhile() -> bytes:
        """While this unit of work makes its key, another one makes and commits its own."""
        if not made_elsewhere:
            monkeypatch.setattr(keys, "generate_private_key", real)
            with db.session_scope() as other:
                made_elsewhere.append(sync_state.public_key(other, db.clock()))
        return real()

    monkeypatch.setattr(keys, "generate_private_key", meanwhile)
    with db.session_scope() as s:
        mine = sync_state.public_key(s, db.clock())
    assert made_elsewhere and mine == made_elsewhere[0]
    with db.read_session() as s:
        assert s.query(DeviceKey).count() == 1
