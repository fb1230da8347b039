"""The digest of a replica's shared content (``fielddesk sync digest``).

SHA-256 over every synced row, table by table (tables by name), rows in primary-key
order, each row as the canonical JSON of ``[table, pk, [values of its replicated
fields in field-name order]]`` followed by a newline; tombstones included, clocks and
bookkeeping columns left out. Two replicas have equal digests exactly when they hold
the same rows with the same values (up to a SHA-256 collision).

At HQ with a device: the shared tables whole and, of the other tables, the rows that
device holds (``sync_held``; every row for a device whose scope is everything), which
is what the laptop itself has. Rows are streamed in key order; nothing is held whole.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.capture import synced_tables
from db.models import SyncDevice
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.sync_schema import field_names, to_json
from desktop.services.sync_scope import device_scope, held_clause
from desktop.sync.policies import SHARED_TABLES
from desktop.sync.records import canonical_json

MSG_NO_DEVICE = QT_TRANSLATE_NOOP(
    "errors", "There is no device {device} in this database; see the devices in sync status."
)


def digest(session: Session, device_id: str | None = None) -> str:
    """The content digest of this replica, or at HQ of what ``device_id`` holds."""
    restrict = False
    if device_id is not None:
        if session.get(SyncDevice, device_id) is None:
            raise UserError(MSG_NO_DEVICE, device=device_id)
        restrict = not device_scope(session, device_id).everything
    h = hashlib.sha256()
    for table, model_class in sorted(synced_tables().items()):
        model: Any = model_class
        names = sorted(field_names(table))
        stmt = select(model.id, *(getattr(model, n) for n in names)).order_by(model.id)
        if restrict and device_id is not None and table not in SHARED_TABLES:
            stmt = stmt.where(held_clause(device_id, table, model.id))
        rows = session.execute(stmt.execution_options(yield_per=5000))
        for row in rows:
            values = [to_json(v) for v in row[1:]]
            h.update(canonical_json([table, row[0], values]))
            h.update(b"\n")
    return h.hexdigest()
