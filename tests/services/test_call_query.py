"""The call list queries compiled once per filter shape answer exactly as freshly built ones."""

from __future__ import annotations

from datetime import timedelta
from itertools import product

import pytest
from sqlalchemy import select

from db.engine import Database
from db.models import CallLog, Distributor, Person
from desktop.services import call_query
from desktop.services.base import Interrupted, current_scope
from desktop.services.calls import CallFilter, CallService
from desktop.services.org import OrgService


def fresh(svc: CallService, f: CallFilter) -> list[str]:
    """The same list through a statement built now, not through the compiled cache."""
    with svc.db.read_session() as s:
        stmt = svc._query(s, select(CallLog.id), f, current_scope(s))
        return list(s.scalars(stmt))


def filters(db: Database) -> list[CallFilter]:
    """Every shape of filter, twice over with different values."""
    with db.read_session() as s:
        calls = s.execute(
            select(CallLog.person_id, CallLog.distributor_id, CallLog.channel, CallLog.occurred_at,
                   Distributor.market_id, Distributor.region_id)
            .join(Distributor, CallLog.distributor_id == Distributor.id)
            .order_by(CallLog.occurred_at.desc())
            .limit(2)
        ).all()  # fmt: skip
    assert len(calls) == 2, "the demo has calls"
    out = []
    for c in calls:
        day = c.occurred_at.date()
        for person, dist, channel, area, period, topic in product(*[(False, True)] * 6):
            out.append(
                CallFilter(
                    person_id=c.person_id if person else None,
                    distributor_id=c.distributor_id if dist else None,
                    channel=c.channel if channel else None,
                    market_id=c.market_id if area else None,
                    region_id=c.region_id if area and person else None,
                    date_from=day - timedelta(days=30) if period else None,
                    date_to=day if period else None,
                    topic="order" if topic else None,
                )
            )
    return out


def test_every_filter_shape_gives_the_fresh_answer_and_values_are_not_baked_in(
    demo_db: Database,
) -> None:
    svc = CallService(demo_db)
    seen_nonempty = 0
    for f in filters(demo_db):
        expected = fresh(svc, f)
        assert svc.find_ids(f) == expected, f
        assert [r.id for r in svc.first_rows(f, 5)] == expected[:5], f
        seen_nonempty += bool(expected)
    assert seen_nonempty > 20, "the filters must find calls, else the test proves little"


@pytest.mark.parametrize("role", ["sales_rep", "region_manager"])
def test_a_field_owner_gets_their_own_scope_after_the_hq_view(demo_db: Database, role: str) -> None:
    svc = CallService(demo_db)
    everything = svc.find_ids(CallFilter())
    with demo_db.read_session() as s:
        code = s.scalar(
            select(Person.code).where(Person.role == role, Person.active.is_(True)).limit(1)
        )
    OrgService(demo_db).set_owner(code)
    mine = svc.find_ids(CallFilter())
    assert mine == fresh(svc, CallFilter())
    assert 0 < len(mine) < len(everything)
    assert [r.id for r in svc.first_rows(CallFilter(), 10)] == mine[:10]
    OrgService(demo_db).set_owner(None)
    assert svc.find_ids(CallFilter()) == everything


@pytest.mark.parametrize("owner_role", [None, "sales_rep"])
@pytest.mark.parametrize("text", ["", "货"])
def test_a_list_nobody_wants_any_more_stops_and_a_wanted_one_is_whole(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, owner_role: str | None, text: str
) -> None:
    """``stop`` is asked while SQLite works (the raw path for HQ, the session path for a field
    owner and for text); True ends the read with ``Interrupted``, False changes nothing."""
    monkeypatch.setattr(call_query, "_STEPS_BETWEEN_ASKS", 100)
    if owner_role is not None:
        with demo_db.read_session() as s:
            code = s.scalar(select(Person.code).where(Person.role == owner_role).limit(1))
        OrgService(demo_db).set_owner(code)
    svc = CallService(demo_db)
    f = CallFilter(text=text)
    whole = svc.find_ids(f)
    assert whole, "the list must have calls, else stopping proves little"
    asked: list[int] = []

    def wanted() -> bool:
        asked.append(1)
        return False

    assert svc.find_ids(f, stop=wanted) == whole
    assert asked, "stop was never asked"
    with pytest.raises(Interrupted):
        svc.find_ids(f, stop=lambda: True)
    assert svc.find_ids(f) == whole  # the connection is left as it was
