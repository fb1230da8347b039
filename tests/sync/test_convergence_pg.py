"""The convergence run with HQ on PostgreSQL (issue 4): the same randomized runs as
``test_convergence.py`` (``tests/sync/convergence.py``), HQ's database on the session's
PostgreSQL server and the laptops on SQLite files.

Each seed restores HQ by cloning a template database on the server (``CREATE DATABASE …
TEMPLATE``) and the laptops by copying files. 30 fixed seeds of 14–24 edits keep the file
well under a minute; every run ends with equal digests on every node (a PostgreSQL HQ
and a SQLite laptop holding the same rows give the same digest) and every losing value
kept in ``sync_conflict``. Also here: a call that reaches a PostgreSQL HQ by sync is
found by the call search, in Chinese, and by its new words once corrected; and an HQ
user's save waits for an import in course.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, exc, select

from db.engine import Database
from db.models import CallLog, Distributor
from desktop.services import sync as sync_service
from desktop.services.calls import CallFilter, CallForm, CallService
from desktop.services.distributors import DistributorFilter, DistributorService
from tests.sync.convergence import conflict_kinds, run_seed, scratch_folder
from tests.sync.replicas import Replicas
from tests.sync.test_unique_values import new_distributor

SEEDS = range(30)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with scratch_folder(lambda: tmp_path_factory.mktemp("scratch")) as folder:
        yield folder


@pytest.fixture(scope="module")
def template(pg_server: Any, scratch: Path) -> Iterator[Replicas]:
    """HQ on a server database of its own (the template of every run), laptops in files."""
    url = pg_server.create_database("fd_conv_template_")
    built = Replicas.build(scratch / "template", hq=url, admin=pg_server.admin)
    assert built.hq.db.engine.dialect.name == "postgresql"
    yield built
    built.dispose()
    pg_server.drop_database(url)


@pytest.fixture(scope="module")
def work(template: Replicas, pg_server: Any, scratch: Path) -> Iterator[Replicas]:
    """One working set for the module, restored from the template before every run."""
    url = pg_server.create_database("fd_conv_work_")
    replicas = template.copy(scratch / "work", hq=url)
    yield replicas
    replicas.dispose()
    pg_server.drop_database(url)


@pytest.mark.parametrize("seed", SEEDS)
def test_replicas_converge_with_hq_on_postgresql(
    template: Replicas, work: Replicas, seed: int
) -> None:
    run_seed(template, work, seed, edits=14 + seed % 11)


def test_the_runs_make_real_conflicts_at_a_postgresql_hq(
    template: Replicas, work: Replicas
) -> None:
    assert {"lww", "rejected_scope", "duplicate"} <= conflict_kinds(
        template, work, range(6), edits=40
    )


def test_a_call_synced_to_a_postgresql_hq_is_found_in_chinese(
    template: Replicas, work: Replicas
) -> None:
    """Logged on a laptop, searched at HQ; corrected on the laptop, found by its new words."""
    work.restore(template)
    try:
        laptop, hq = work.laptops[2], work.hq
        distributor = DistributorService(laptop.db).find_ids(DistributorFilter())[0]
        calls = CallService(laptop.db)
        call_id = calls.log(
            CallForm(distributor_id=distributor, channel="visit", notes="鸵鸟蛋断货，老板要补货")
        ).value
        assert hq.take(*laptop.bundle("hq")).result == "applied"
        at_hq = CallService(hq.db)
        assert at_hq.find_ids(CallFilter(text="鸵鸟")) == [call_id]
        assert at_hq.find_ids(CallFilter(text="断货 鸵鸟蛋")) == [call_id]
        calls.correct(call_id, "冰柜陈列已调整", "冰柜门坏了")
        assert hq.take(*laptop.bundle("hq")).result == "applied"
        with hq.db.read_session() as s:
            assert s.scalar(select(CallLog.notes).where(CallLog.id == call_id)) == "冰柜陈列已调整"
        assert at_hq.find_ids(CallFilter(text="冰柜")) == [call_id]
        assert at_hq.find_ids(CallFilter(text="门坏")) == [call_id]
        assert call_id not in at_hq.find_ids(CallFilter(text="鸵鸟"))
    finally:
        work.dispose()


def test_an_hq_user_saving_waits_for_the_import_in_course(
    template: Replicas, work: Replicas, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import holds the clock's lock from its start (before it has written anything):
    a save by an HQ user at that moment waits for it (here: gives up after 100 ms)."""
    work.restore(template)
    laptop, hq = work.laptops[0], work.hq
    pick = DistributorService(laptop.db).find_ids(DistributorFilter())[0]
    _note(laptop.db, pick, "laptop note")
    data, name = laptop.bundle("hq")
    impatient = Database(
        hq.db.url,
        create_engine(hq.db.url, connect_args={"options": "-c lock_timeout=100"}),
        hq.db.device_id,
        hq.clock,
    )
    refused: list[str] = []
    real_apply = sync_service.apply_bundle

    def apply_while_a_user_saves(*args: Any, **kwargs: Any) -> Any:
        with pytest.raises(exc.OperationalError, match="lock timeout") as timed_out:
            _note(impatient, pick, "HQ note")
        refused.append(str(timed_out.value.orig))
        return real_apply(*args, **kwargs)

    try:
        monkeypatch.setattr(sync_service, "apply_bundle", apply_while_a_user_saves)
        assert hq.take(data, name).result == "applied"
        assert len(refused) == 1
        monkeypatch.undo()
        _note(impatient, pick, "HQ note")  # the import committed: the save goes through
        with hq.db.read_session() as s:
            assert s.scalar(select(Distributor.notes).where(Distributor.id == pick)) == "HQ note"
    finally:
        impatient.dispose()
        work.dispose()


def _note(db: Database, pick: str, text: str) -> None:
    service = DistributorService(db)
    service.save(replace(service.get(pick).form, notes=text))


def test_a_code_taken_twice_and_codes_traded_at_a_postgresql_hq(
    template: Replicas, work: Replicas
) -> None:
    """``sync_unique`` and the two-step writes of unique fields on a server database."""
    work.restore(template)
    try:
        manager, rep, hq = work.laptops[0], work.laptops[2], work.hq
        first = new_distributor(rep, "D-SAME", "先到商贸", rep.code)
        second = new_distributor(manager, "D-SAME", "后到商贸", manager.code)
        assert hq.take(*rep.bundle("hq")).result == "applied"
        assert hq.take(*manager.bundle("hq")).conflicts == 1
        service = DistributorService(hq.db)
        a, b = service.get(first).form, service.get(second).form
        service.save(replace(a, code="SWAP-TMP"))
        service.save(replace(service.get(second).form, code="D-SAME"))
        service.save(replace(service.get(first).form, code=b.code))
        for _ in range(2):
            work.exchange()
        for laptop, pk, code in ((manager, second, "D-SAME"), (rep, first, b.code)):
            assert laptop.digest() == hq.digest(laptop.name)
            assert DistributorService(laptop.db).get(pk).form.code == code
    finally:
        work.dispose()
