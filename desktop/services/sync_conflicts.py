"""Conflicts as data (SYNC.md "Conflicts are data"): listing them and resolving one.

A conflict keeps the value that lost (``kept``) and the value that won (``winner``).
Resolving is an ordinary edit through change capture, so it syncs like any other:

* ``keep="mine"``: the value this database holds now stays; the conflict is closed and
  nothing is written.
* ``keep="theirs"``: the value that lost is written again, with a fresh clock.
* any other value: that value is written (checked against the field's type and length).

On a laptop a conflict also closes by itself, as ``superseded``, when HQ's newer value of
its field arrives (HQ resolved it, or the field moved on there; ``sync_merge``).

On a laptop only HQ's fields are refused (``owner_only`` fields, and rows a rejected
write was about): HQ would refuse the edit again, so the laptop keeps HQ's value.
A value another row holds where values are unique (a distributor code given up as a
``duplicate``) is refused, naming it, and nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.apply import unique_text_fields
from db.capture import naive_utc
from db.models import Conflict
from desktop.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from desktop.services import sync_state
from desktop.services.base import Changes
from desktop.services.sync_schema import decode, model_of, sync_schema, to_column, to_json
from desktop.sync.policies import DUPLICATE, LWW, OWNER_ONLY, policy_of
from desktop.sync.verify import value_fits

MINE = "mine"
SUPERSEDED = "superseded"
THEIRS = "theirs"

MSG_NO_CONFLICT = QT_TRANSLATE_NOOP("errors", "There is no open conflict {id}.")
MSG_HQ_FIELD = QT_TRANSLATE_NOOP(
    "errors", "Only headquarters can change {field}; keep the current value or ask headquarters."
)
MSG_BAD_VALUE = QT_TRANSLATE_NOOP("errors", "{value} cannot be stored in {field}.")
MSG_ROW_GONE = QT_TRANSLATE_NOOP("errors", "The row of this conflict no longer exists.")
MSG_TAKEN = QT_TRANSLATE_NOOP(
    "errors", "{value} is already used by another record; choose another {field}."
)


@dataclass(frozen=True)
class ConflictRow:
    """One conflict with both values (decoded) and the value held now."""

    id: str
    table: str
    pk: str
    field: str
    kind: str
    kept_value: Any
    kept_hlc: int
    kept_origin: str
    winner_value: Any
    winner_hlc: int
    winner_origin: str
    current_value: Any
    sender: str
    detected_at: datetime
    resolved_at: datetime | None
    resolution: str


def _current(session: Session, table: str, pk: str, field: str) -> Any:
    model: Any = model_of(table)
    value = session.scalar(select(getattr(model, field)).where(model.id == pk))
    return to_json(value)


def list_conflicts(session: Session, open_only: bool = True) -> list[ConflictRow]:
    """Conflicts, newest first (open ones only unless asked)."""
    stmt = select(Conflict).order_by(Conflict.detected_at.desc(), Conflict.id.desc())
    if open_only:
        stmt = stmt.where(Conflict.resolved_at.is_(None))
    return [_row(session, c) for c in session.scalars(stmt)]


def _row(session: Session, c: Conflict) -> ConflictRow:
    return ConflictRow(
        c.id, c.tbl, c.pk, c.field, c.kind, decode(c.kept_value), c.kept_hlc,
        c.kept_origin, decode(c.winner_value), c.winner_hlc, c.winner_origin,
        _current(session, c.tbl, c.pk, c.field), c.sender, c.detected_at, c.resolved_at,
        c.resolution,
    )  # fmt: skip


def resolve(session: Session, conflict_id: str, keep: Any, now: datetime) -> Changes:
    """Close a conflict, writing the chosen value as an ordinary edit (module notes)."""
    conflict = session.get(Conflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise NotFound(MSG_NO_CONFLICT, id=conflict_id)
    table, field = conflict.tbl, conflict.field
    resolution = keep if keep in (MINE, THEIRS) else "value"
    changes = Changes()
    if keep != MINE:
        value = decode(conflict.kept_value) if keep == THEIRS else keep
        spec = sync_schema()[table][field]
        if not value_fits(spec, to_json(value)):
            raise UserError(MSG_BAD_VALUE, value=repr(value), field=field)
        laptop = sync_state.role(session) != sync_state.HQ
        if laptop and (
            policy_of(table, field) == OWNER_ONLY or conflict.kind not in (LWW, DUPLICATE)
        ):
            raise UserError(MSG_HQ_FIELD, field=field)
        model: Any = model_of(table)
        row = session.get(model, conflict.pk)
        if row is None:
            raise NotFound(MSG_ROW_GONE)
        new = to_column(table, field, to_json(value))
        if field in dict(unique_text_fields(table)) and session.scalar(
            select(model.id).where(getattr(model, field) == new, model.id != conflict.pk)
        ):
            raise UserError(MSG_TAKEN, value=new, field=field)
        if getattr(row, field) != new:
            setattr(row, field, new)
            changes = Changes.of(table, ids=[conflict.pk])
    conflict.resolved_at, conflict.resolution = naive_utc(now), resolution
    return changes | Changes.of("sync_conflict", ids=[conflict.id])
