"""Convergence (SYNC.md "What proves it"): HQ and 3 laptops edit through the real services while
bundles are dropped, duplicated and reordered and clocks are hours apart; after a quiet
round every laptop equals what HQ says it holds, and every value that lost is kept.

Each seed is one run (``tests/sync/convergence.py``) on a working set restored from a
module-built template (HQ on the small demo; the laptops of a region manager, one of
their customer managers and a sales rep of theirs: overlapping scopes), in memory where
there is ``/dev/shm``. A run makes 10–18 edits (300 seeds: about 4 200 edits and 2 000
bundles in all, within ~90 s on two cores). ``FIELDDESK_LONG_SYNC=1`` adds 20 runs of 300
edits on random seeds (printed, so that a failure can be run again by its seed).

The same run with HQ on PostgreSQL is ``test_convergence_pg.py``.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.convergence import Record, conflict_kinds, run_seed, scratch_folder, seen_values
from tests.sync.replicas import Replicas

SEEDS = range(300)
LONG = os.environ.get("FIELDDESK_LONG_SYNC") == "1"


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with scratch_folder(lambda: tmp_path_factory.mktemp("scratch")) as folder:
        yield folder


@pytest.fixture(scope="module")
def template(scratch: Path) -> Iterator[Replicas]:
    built = Replicas.build(scratch / "template")
    yield built
    built.dispose()


@pytest.fixture(scope="module")
def work(template: Replicas, scratch: Path) -> Iterator[Replicas]:
    """One working set for the module, restored from the template before every run."""
    replicas = template.copy(scratch / "work")
    yield replicas
    replicas.dispose()


@pytest.mark.parametrize("seed", SEEDS)
def test_replicas_converge_and_keep_every_losing_value(
    template: Replicas, work: Replicas, seed: int
) -> None:
    run_seed(template, work, seed, edits=10 + seed % 9)


@pytest.mark.skipif(not LONG, reason="set FIELDDESK_LONG_SYNC=1 for random seeds and more edits")
@pytest.mark.parametrize("round_", range(20))
def test_long_random_runs_converge(template: Replicas, work: Replicas, round_: int) -> None:
    seed = random.SystemRandom().randrange(2**32)
    print(f"seed {seed}")
    run_seed(template, work, seed, edits=300)


def test_a_run_makes_real_conflicts(template: Replicas, work: Replicas) -> None:
    """The runs are not vacuous: a few seeds make conflicts of every kind."""
    assert {"lww", "rejected_scope", "duplicate"} <= conflict_kinds(
        template, work, range(6), edits=40
    )


def test_long_runs_meet_corrections_and_edits_made_after_them(
    template: Replicas, work: Replicas
) -> None:
    """Seed 1022 of the long runs: HQ refuses a laptop's note on a distributor that left its
    scope and re-stamps its own note; laptops then edit after seeing the re-stamped note.
    The note they replaced is seen, not lost: the checker reads the corrections."""
    run = run_seed(template, work, 1022, edits=300)
    restamps = {(*c.key, c.hlc) for c in run.corrections}
    assert any((*r.key, r.base_hlc) in restamps for r in run.written)
    assert seen_values(run.written, []) < seen_values(run.written, run.corrections)


def _record(value: str, hlc: int, base: int | None, origin: str = "laptop") -> Record:
    return Record("distributor", "d1", "notes", f'"{value}"', hlc, base, origin)


def _seen(value: str) -> tuple[str, str, str, str]:
    return "distributor", "d1", "notes", f'"{value}"'


def test_an_edit_saw_the_value_its_base_clock_carries() -> None:
    hq_note = _record("hq note", 10, 5, "hq")
    assert _seen("hq note") in seen_values([hq_note, _record("laptop note", 30, 10)], [])
    assert _seen("hq note") not in seen_values([hq_note, _record("laptop note", 30, 5)], [])


def test_an_edit_based_on_a_correction_saw_the_value_it_carries() -> None:
    """HQ re-stamped its note (clock 20): an edit based on 20 saw the note, while a
    correction that replaced a refused value by another one shows that other one."""
    written = [_record("hq note", 10, 5, "hq"), _record("laptop note", 30, 20)]
    assert _seen("hq note") in seen_values(written, [_record("hq note", 20, 10, "hq")])
    assert _seen("hq note") not in seen_values(written, [])
    refused = seen_values(written, [_record("", 20, 10, "hq")])
    assert _seen("") in refused and _seen("hq note") not in refused


def test_equal_values_written_apart_are_one_value() -> None:
    """Seed 1425872651: HQ and a laptop both set a contact's sort order to 2 (the merge keeps
    no conflict between equal values); an edit based on HQ's 2 saw the laptop's 2 too."""
    written = [
        _record("2", 20, 10, "hq"),
        _record("2", 25, 10, "laptop"),
        _record("1", 40, 20, "other laptop"),
    ]
    assert _seen("2") in seen_values(written, [])
