"""The merge registry covers every synced table, and each policy decides as SYNC.md says."""

from __future__ import annotations

import pytest

from db.capture import replicated_fields, synced_tables
from desktop.sync import policies as p
from desktop.sync.policies import Clock, Decision, Incoming, Local, decide, decide_new


def _tables() -> dict[str, list[str]]:
    return {name: replicated_fields(model) for name, model in synced_tables().items()}


def test_every_synced_table_is_registered_with_known_fields() -> None:
    assert p.registry_problems(_tables()) == []


def test_the_registry_check_finds_a_missing_table_and_an_unknown_field(monkeypatch) -> None:
    tables = _tables()
    tables["new_table"] = ["x"]
    broken = dict(p.REGISTRY)
    broken["distributor"] = p.TablePolicy(p.FIELD_LWW, {"no_such_field": p.OWNER_ONLY})
    monkeypatch.setattr(p, "REGISTRY", broken)
    problems = p.registry_problems(tables)
    assert "new_table: synced table without a merge policy" in problems
    assert "distributor.no_such_field: override names an unknown field" in problems


def test_credit_and_territory_are_hq_only_and_notes_are_lww() -> None:
    assert p.policy_of("distributor", "credit_limit_fen") == p.OWNER_ONLY
    assert p.policy_of("distributor", "owner_id") == p.OWNER_ONLY
    assert p.policy_of("distributor", "notes") == p.FIELD_LWW
    assert p.policy_of("distributor", "grade") == p.FIELD_LWW
    assert p.policy_of("person", "name") == p.OWNER_ONLY
    assert p.policy_of("call_log", "notes") == p.APPEND_ONLY


A = Clock(100, "a")
B = Clock(200, "b")


def _lww(incoming: Incoming, local: Local) -> Decision:
    return decide(p.FIELD_LWW, incoming, local, from_owner=True, in_scope=True)


def test_lww_newer_wins_without_conflict_when_based_on_the_local_value() -> None:
    assert _lww(Incoming("new", B, base_hlc=100), Local("old", A)) == Decision(True)


def test_lww_newer_wins_and_the_unseen_local_value_is_kept() -> None:
    assert _lww(Incoming("new", B, base_hlc=50), Local("old", A)) == Decision(True, p.LWW)


def test_lww_older_loses_and_is_kept() -> None:
    assert _lww(Incoming("old", A, base_hlc=50), Local("new", B)) == Decision(False, p.LWW)


def test_lww_both_orders_end_on_the_same_value() -> None:
    x, y = Incoming("x", A, 1), Incoming("y", B, 1)
    first = _lww(y, Local("x", A))  # x here, y arrives
    second = _lww(x, Local("y", B))  # y here, x arrives
    assert first.write and not second.write  # y wins on both replicas
    assert first.conflict == second.conflict == p.LWW


def test_equal_clocks_tie_break_on_the_origin() -> None:
    left, right = Clock(100, "a"), Clock(100, "b")
    assert _lww(Incoming("r", right, 1), Local("l", left)).write
    assert not _lww(Incoming("l", left, 1), Local("r", right)).write


def test_the_same_edit_again_is_skipped() -> None:
    assert _lww(Incoming("x", A, 1), Local("x", A)) == p.SKIP


def test_equal_values_never_conflict() -> None:
    assert _lww(Incoming("same", B, 1), Local("same", A)) == Decision(True)
    assert _lww(Incoming("same", A, 1), Local("same", B)) == p.SKIP


@pytest.mark.parametrize(("incoming", "local", "wins"), [(B, A, True), (A, B, False)])
def test_a_tombstone_wins_or_loses_by_its_clock(incoming: Clock, local: Clock, wins: bool) -> None:
    d = _lww(Incoming(True, incoming, 1), Local(False, local))
    assert d.write is wins


def test_owner_only_write_from_a_laptop_is_rejected_and_corrected_when_it_would_win() -> None:
    d = decide(p.OWNER_ONLY, Incoming("D", B, 100), Local("A", A), from_owner=False, in_scope=True)
    assert d == Decision(False, p.REJECTED_NOT_OWNER, correct=True)
    d = decide(p.OWNER_ONLY, Incoming("D", A, 1), Local("A", B), from_owner=False, in_scope=True)
    assert d == Decision(False, p.REJECTED_NOT_OWNER, correct=False)


def test_owner_only_from_hq_merges_by_clock() -> None:
    d = decide(p.OWNER_ONLY, Incoming("D", B, 1), Local("A", A), from_owner=True, in_scope=True)
    assert d == Decision(True)


def test_out_of_scope_write_is_rejected() -> None:
    d = decide(p.FIELD_LWW, Incoming("x", B, 100), Local("y", A), from_owner=False, in_scope=False)
    assert d == Decision(False, p.REJECTED_SCOPE, correct=True)


def test_append_only_never_conflicts() -> None:
    for incoming, local in ((B, A), (A, B)):
        d = decide(
            p.APPEND_ONLY, Incoming("x", incoming, 1), Local("y", local),
            from_owner=False, in_scope=True,
        )  # fmt: skip
        assert d.conflict is None
        assert d.write is (incoming > local)


def test_owner_only_fields_of_a_new_row_start_at_their_default() -> None:
    assert decide_new(p.OWNER_ONLY, 0, from_owner=False, default=0).rejected is False
    refused = decide_new(p.OWNER_ONLY, 500, from_owner=False, default=0)
    assert refused.rejected and refused.value == 0
    assert decide_new(p.OWNER_ONLY, "m1", from_owner=False, default=p.no_default()).value == "m1"
    assert decide_new(p.OWNER_ONLY, 500, from_owner=True, default=0).value == 500
