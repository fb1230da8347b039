"""Merge policies of every synced table, in one registry, and the merge decision per field.

Pure: no database, no files. The import (``desktop/services/sync_apply.py``) asks
``decide`` what to do with each incoming field value and ``decide_new`` with each
field of a row it does not have yet.

Policies (SYNC.md "Merge"):

* ``field_lww``: the higher ``(hlc, origin)`` wins per field. When values differ and
  the edit that wins was not based on the value it replaces (its ``base_hlc`` is not
  that value's clock), or the incoming edit loses, the losing value is kept as an
  ``lww`` conflict, whichever side it came from.
* ``owner_only``: only the owner writes. The owner is the HQ role: a laptop's bundle
  never changes such a field at HQ; a different value is kept as a
  ``rejected_not_owner`` conflict and, when it would have won by its clock, HQ answers
  with a correction (its value with a fresh clock, which is past the rejected one
  because HQ's clock has received it), so that the laptop comes back to HQ's value.
* ``append_only``: rows are added, not edited (calls); fields merge by clock and
  never make a conflict.

Scope: a laptop's write to a row outside its scope is kept as a ``rejected_scope``
conflict and corrected the same way. Laptops accept everything HQ sends (HQ is the
owner and decided scope), still merging by clock.

Registry decisions:

* Organisation tables (org_body, market, region, person), the holiday list and rule
  settings are HQ's: ``owner_only`` as whole tables; a laptop cannot create rows there.
* Distributor: ``field_lww`` for what the field force keeps up (name, address, phone,
  grade, status, logistics, notes). ``owner_only`` for the credit decisions SSG takes
  monthly (credit_rating, credit_limit_fen, payment_terms_days) and for the territory
  (owner_id, market_id, region_id), which decides who holds the distributor. Grade
  stays with the field force: it is their judgement of the account, and a prospect
  ("P") is often first graded by the person who found it.
* A laptop may create a distributor in its scope: the territory fields of a new row are
  its own to set (the row must be in scope by them), but owner-only fields that have a
  column default (the credit terms) must start at that default; another value is
  rejected and replaced by the default (``decide_new``).
* Contacts, visits and follow-up tasks: ``field_lww``. Call logs: ``append_only``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

FIELD_LWW = "field_lww"
OWNER_ONLY = "owner_only"
APPEND_ONLY = "append_only"
POLICIES = (FIELD_LWW, OWNER_ONLY, APPEND_ONLY)

#: Conflict kinds, as ``sync_conflict.kind`` stores them.
LWW = "lww"
REJECTED_NOT_OWNER = "rejected_not_owner"
REJECTED_SCOPE = "rejected_scope"
#: a value another row holds where it must be unique (``sync_unique``)
DUPLICATE = "duplicate"
CONFLICT_KINDS = (LWW, REJECTED_NOT_OWNER, REJECTED_SCOPE, DUPLICATE)

#: Every device holds every row of these tables (no scope).
SHARED_TABLES = frozenset({"org_body", "market", "region", "person", "holiday", "rule_setting"})


@dataclass(frozen=True)
class TablePolicy:
    """A table's default policy, its per-field overrides and whether laptops add rows."""

    default: str
    overrides: Mapping[str, str] = field(default_factory=dict)
    laptop_creates: bool = True

    def of(self, field_name: str) -> str:
        """The policy of one field."""
        return self.overrides.get(field_name, self.default)


_CREDIT_AND_TERRITORY = (
    "credit_rating",
    "credit_limit_fen",
    "payment_terms_days",
    "owner_id",
    "market_id",
    "region_id",
)

REGISTRY: dict[str, TablePolicy] = {
    "org_body": TablePolicy(OWNER_ONLY, laptop_creates=False),
    "market": TablePolicy(OWNER_ONLY, laptop_creates=False),
    "region": TablePolicy(OWNER_ONLY, laptop_creates=False),
    "person": TablePolicy(OWNER_ONLY, laptop_creates=False),
    "holiday": TablePolicy(OWNER_ONLY, laptop_creates=False),
    "rule_setting": TablePolicy(OWNER_ONLY, laptop_creates=False),
    "distributor": TablePolicy(FIELD_LWW, dict.fromkeys(_CREDIT_AND_TERRITORY, OWNER_ONLY)),
    "distributor_contact": TablePolicy(FIELD_LWW),
    "visit": TablePolicy(FIELD_LWW),
    "follow_up_task": TablePolicy(FIELD_LWW),
    "call_log": TablePolicy(APPEND_ONLY),
}


def policy_of(table: str, field_name: str) -> str:
    """The policy of ``table.field``; KeyError for a table not registered."""
    return REGISTRY[table].of(field_name)


def registry_problems(tables: Mapping[str, Iterable[str]]) -> list[str]:
    """What is wrong with the registry against the synced tables and their fields.

    A synced table without a policy, a registered table that is not synced, an override
    naming a field the table does not have, or an unknown policy name.
    """
    problems: list[str] = []
    for name in sorted(set(tables) - set(REGISTRY)):
        problems.append(f"{name}: synced table without a merge policy")
    for name in sorted(set(REGISTRY) - set(tables)):
        problems.append(f"{name}: registered but not a synced table")
    for name, policy in sorted(REGISTRY.items()):
        known = set(tables.get(name, ()))
        for p in (policy.default, *policy.overrides.values()):
            if p not in POLICIES:
                problems.append(f"{name}: unknown policy {p!r}")
        if name in tables:
            for f in sorted(set(policy.overrides) - known):
                problems.append(f"{name}.{f}: override names an unknown field")
    return problems


# -- the merge decision ------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Clock:
    """A field's clock: hybrid logical time, then the origin device as the tie-breaker."""

    hlc: int
    origin: str


@dataclass(frozen=True)
class Incoming:
    """An incoming field value with its clock and the clock of the value it replaced."""

    value: Any
    clock: Clock
    base_hlc: int | None


@dataclass(frozen=True)
class Local:
    """The value this database holds for the field, with its clock."""

    value: Any
    clock: Clock


@dataclass(frozen=True)
class Decision:
    """What to do with one incoming field value.

    ``write``: store the incoming value and clock. ``conflict``: the kind to keep (the
    losing value is the local one when ``write``, else the incoming one). ``correct``:
    HQ re-stamps its own value with a fresh clock and sends it (a rejected write that
    would have won by its clock).
    """

    write: bool
    conflict: str | None = None
    correct: bool = False


SKIP = Decision(False)


def decide(
    policy: str,
    incoming: Incoming,
    local: Local,
    *,
    from_owner: bool,
    in_scope: bool,
) -> Decision:
    """The merge of one incoming field value into an existing row (module notes).

    ``from_owner``: the sender is HQ (always true on a laptop). ``in_scope``: the row is
    in the sender's scope (always true when ``from_owner``).
    """
    if incoming.clock == local.clock:
        return SKIP  # the same edit again
    newer = incoming.clock > local.clock
    same = incoming.value == local.value
    if not from_owner and (not in_scope or policy == OWNER_ONLY):
        if same:
            return SKIP
        kind = REJECTED_SCOPE if not in_scope else REJECTED_NOT_OWNER
        return Decision(False, kind, correct=newer)
    if not newer:
        if same or policy != FIELD_LWW:
            return SKIP
        return Decision(False, LWW)
    if same or policy != FIELD_LWW or incoming.base_hlc == local.clock.hlc:
        return Decision(True)
    return Decision(True, LWW)


_NO_DEFAULT = object()


@dataclass(frozen=True)
class NewField:
    """How one field of a row created elsewhere is stored: ``value``, or HQ's ``corrected`` one."""

    value: Any
    rejected: bool = False


def decide_new(
    policy: str, value: Any, *, from_owner: bool, default: Any = _NO_DEFAULT
) -> NewField:
    """A field of a new row from a laptop: an owner-only field with a column default must
    start at that default (module notes); everything else is stored as sent."""
    if from_owner or policy != OWNER_ONLY or default is _NO_DEFAULT or value == default:
        return NewField(value)
    return NewField(default, rejected=True)


def no_default() -> Any:
    """The marker ``decide_new`` takes for a field without a column default."""
    return _NO_DEFAULT
