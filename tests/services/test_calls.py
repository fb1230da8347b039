"""The call log service: logging (all or nothing), tasks, visits, filters, search, scope, timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from db.capture import insert_base_rows
from db.engine import Database
from db.fts import TABLE, body_of, index_rows, keys_are_current
from db.models import CallLog, Distributor, FollowUpTask, Market, Outbox, Person, Region, Visit
from desktop.errors import NotFound, UserError, ValidationError
from desktop.services.calls import CallFilter, CallForm, CallService
from desktop.services.org import OrgService
from desktop.services.tasks import TaskForm, TaskService

TODAY = date(2026, 11, 27)  # the FakeClock's day
HUAYUE = "北京华悦商贸有限公司"


@dataclass
class Org:
    """A market with two regions; a region manager, two reps and their distributors."""

    market: str
    other_market: str
    region: str
    rm: Person
    rep: Person
    other_rep: Person
    huayue: Distributor
    second: Distributor
    far: Distributor


@pytest.fixture
def org(db: Database) -> Org:
    with db.session_scope() as s:
        jj, hd = (
            Market(code="JJ", name="京津", name_en="JJ"),
            Market(code="HD", name="华东", name_en="HD"),
        )
        s.add_all([jj, hd])
        s.flush()
        bj, sh = (
            Region(code="JJ-01", name="北京", market_id=jj.id),
            Region(code="HD-01", name="上海", market_id=hd.id),
        )
        s.add_all([bj, sh])
        s.flush()

        def person(code: str, role: str, manager: Person | None, region: Region) -> Person:
            p = Person(code=code, name=f"员工{code}", role=role, body="FSF", hire_date=date(2024, 1, 1),
                       manager_id=manager.id if manager else None, market_id=region.market_id,
                       region_id=region.id)  # fmt: skip
            s.add(p)
            s.flush()
            return p

        rm = person("RM1", "region_manager", None, bj)
        rep, other_rep = person("R1", "sales_rep", rm, bj), person("R2", "sales_rep", None, sh)

        def distributor(code: str, name: str, region: Region, owner: Person) -> Distributor:
            d = Distributor(code=code, name=name, market_id=region.market_id, region_id=region.id,
                            owner_id=owner.id)  # fmt: skip
            s.add(d)
            s.flush()
            return d

        return Org(
            jj.id, hd.id, bj.id, rm, rep, other_rep, distributor("BJ001", HUAYUE, bj, rep),
            distributor("BJ002", "北京东方商行", bj, rep), distributor("SH001", "上海浦江贸易", sh, other_rep),
        )  # fmt: skip


@pytest.fixture
def svc(db: Database) -> CallService:
    return CallService(db)


@pytest.fixture
def tasks(db: Database) -> TaskService:
    return TaskService(db)


def _form(org: Org, **kw: object) -> CallForm:
    values: dict[str, object] = {
        "distributor_id": org.huayue.id, "person_id": org.rep.id, "channel": "visit",
        "notes": "老板反馈本月动销一般",
    }  # fmt: skip
    values.update(kw)
    return CallForm(**values)  # type: ignore[arg-type]


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read_session() as s:
        return (
            s.scalar(select(func.count()).select_from(CallLog)) or 0,
            s.scalar(select(func.count()).select_from(FollowUpTask)) or 0,
            s.scalar(select(func.count()).select_from(Outbox)) or 0,
        )


# -- logging -------------------------------------------------------------------------


def test_a_call_needs_only_distributor_channel_and_notes(svc: CallService, db, org: Org) -> None:
    OrgService(db).set_owner(org.rep.code)
    form = CallForm(distributor_id=org.huayue.id, channel="phone", notes="电话确认订单")
    detail = svc.get(svc.log(form).value)
    assert detail.row.person_id == org.rep.id  # the owner by default
    assert detail.row.occurred_at == datetime(2026, 11, 27, 9, 30)  # now (tests run in UTC)
    assert (detail.row.distributor_code, detail.row.distributor_name) == ("BJ001", HUAYUE)
    assert (detail.row.market, detail.row.region, detail.row.person_code) == ("京津", "北京", "R1")
    assert detail.task is None and detail.correctable


def test_missing_fields_are_all_reported_and_nothing_is_written(svc: CallService, db, org) -> None:
    before = _counts(db)
    with pytest.raises(ValidationError) as caught:
        svc.log(CallForm(notes="  "))  # and nobody owns this database: no default person
    assert set(caught.value.fields) == {"distributor_id", "channel", "notes", "person_id"}
    assert _counts(db) == before


def test_field_rules(svc: CallService, org: Org) -> None:
    cases: dict[str, dict[str, object]] = {
        "order_amount_fen": {"order_amount_fen": 0},
        "occurred_at": {"occurred_at": datetime(2026, 11, 28, 8)},
        "next_step_due": {"next_step": "回访", "next_step_due": TODAY - timedelta(days=1)},
        "next_step": {"next_step_due": TODAY},
        "channel": {"channel": "fax"},
        "topics": {"topics": ("weather",)},
        "distributor_id": {"distributor_id": "no-such-distributor"},
        "person_id": {"person_id": "no-such-person"},
    }
    for field, changes in cases.items():
        with pytest.raises(ValidationError) as caught:
            svc.log(_form(org, **changes))
        assert set(caught.value.fields) == {field}, field
    with pytest.raises(ValidationError) as caught:
        svc.log(_form(org, next_step="回访"))
    assert set(caught.value.fields) == {"next_step_due"}


def test_an_amount_ticks_the_order_topic(svc: CallService, org: Org) -> None:
    call_id = svc.log(_form(org, topics=("stock", "stock"), order_amount_fen=1_234_560)).value
    row = svc.get(call_id).row
    assert row.topics == ("order", "stock")
    assert row.order_amount_fen == 1_234_560


def test_a_next_step_becomes_a_task_until_done(
    svc: CallService, tasks: TaskService, org: Org, clock
) -> None:
    due = TODAY + timedelta(days=3)
    result = svc.log(_form(org, next_step=" 下周补货三十箱 ", next_step_due=due))
    assert result.changes.touches("call_log") and result.changes.touches("follow_up_task")
    task = svc.get(result.value).task
    assert task is not None and task.text == "下周补货三十箱" and task.due_date == due
    assert task.person_id == org.rep.id and task.distributor_name == HUAYUE
    assert task.call_log_id == result.value
    assert [t.id for t in tasks.open_tasks([org.rep.id], due_by=due)] == [task.id]
    assert tasks.open_tasks([org.rep.id], due_by=TODAY) == []
    assert tasks.open_tasks([org.other_rep.id]) == []
    clock.advance(days=2)
    tasks.complete_task(task.id)
    assert tasks.open_tasks() == []
    done = svc.get(result.value).task
    assert done is not None and done.done and done.done_on == TODAY + timedelta(days=2)


def test_tasks_by_hand_and_their_tombstone(tasks: TaskService, db, org: Org) -> None:
    with pytest.raises(ValidationError) as caught:
        tasks.add_task(TaskForm(text="", due_date=None, person_id=org.rep.id))
    assert set(caught.value.fields) == {"text", "due_date"}
    form = TaskForm(text="寄样品", due_date=TODAY, distributor_id=org.far.id, person_id=org.rep.id)
    task_id = tasks.add_task(form).value
    assert [t.text for t in tasks.open_tasks()] == ["寄样品"]
    tasks.delete_task(task_id)
    assert tasks.open_tasks() == []
    with db.read_session() as s:
        task = s.get(FollowUpTask, task_id)
        assert task is not None and task.deleted
    with pytest.raises(NotFound):
        tasks.complete_task(task_id)


# -- visits --------------------------------------------------------------------------


def _visit(db: Database, d: Distributor, day: date, status: str = "planned") -> str:
    with db.session_scope() as s:
        v = Visit(
            person_id=d.owner_id, planned_date=day, target_kind="distributor",
            distributor_id=d.id, purpose="月度拜访", status=status,
        )  # fmt: skip
        s.add(v)
        s.flush()
        return v.id


def test_logging_from_a_visit_marks_it_done_in_the_same_transaction(svc, db, org) -> None:
    visit_id = _visit(db, org.huayue, TODAY)
    result = svc.log(_form(org, visit_id=visit_id))
    assert result.changes.touches("visit") and visit_id in result.changes.ids
    with db.read_session() as s:
        visit = s.get(Visit, visit_id)
        call = s.get(CallLog, result.value)
        assert visit is not None and visit.status == "done" and visit.call_log_id == result.value
        assert call is not None and call.visit_id == visit_id
    with pytest.raises(ValidationError) as caught:  # done already
        svc.log(_form(org, visit_id=visit_id))
    assert set(caught.value.fields) == {"visit_id"}


def test_a_failed_call_leaves_its_visit_planned(svc: CallService, db, org: Org) -> None:
    visit_id = _visit(db, org.huayue, TODAY)
    before = _counts(db)
    with pytest.raises(ValidationError):
        svc.log(_form(org, visit_id=visit_id, notes="", next_step="回访", next_step_due=TODAY))
    assert _counts(db) == before
    with db.read_session() as s:
        visit = s.get(Visit, visit_id)
        assert visit is not None and visit.status == "planned" and visit.call_log_id is None


def test_closed_visits_and_visits_to_others_are_refused(svc: CallService, db, org: Org) -> None:
    for visit_id in (_visit(db, org.second, TODAY), _visit(db, org.huayue, TODAY, "cancelled")):
        with pytest.raises(ValidationError) as caught:
            svc.log(_form(org, visit_id=visit_id))
        assert set(caught.value.fields) == {"visit_id"}


def test_the_timeline_merges_calls_and_visits(svc: CallService, db, org: Org) -> None:
    d = org.huayue
    _visit(db, d, TODAY + timedelta(days=7))
    _visit(db, d, TODAY - timedelta(days=3))  # planned, day passed: missed
    done_visit = _visit(db, d, TODAY - timedelta(days=1))
    svc.log(_form(org, occurred_at=datetime(2026, 11, 26, 15, 0), visit_id=done_visit))
    svc.log(_form(org, occurred_at=datetime(2026, 11, 20, 10, 0), channel="phone"))
    svc.log(_form(org, distributor_id=org.second.id))  # another distributor
    items = svc.timeline(d.id)
    assert [(i.kind, i.day, i.status or i.channel) for i in items] == [
        ("visit", TODAY + timedelta(days=7), "planned"),
        ("call", date(2026, 11, 26), "visit"),
        ("visit", TODAY - timedelta(days=3), "missed"),
        ("call", date(2026, 11, 20), "phone"),
    ]
    assert items[1].time == "15:00" and items[1].person_name == "员工R1"
    assert len(svc.timeline(d.id, limit=2)) == 2


# -- correcting ----------------------------------------------------------------------


def test_notes_can_be_corrected_on_the_day_only(svc: CallService, org: Org, clock) -> None:
    call_id = svc.log(_form(org, notes="断货两个单品")).value
    svc.correct(call_id, "断货三个单品", "外箱破损")
    assert svc.find_ids(CallFilter(text="三个")) == [call_id]
    assert svc.find_ids(CallFilter(text="两个")) == []
    assert svc.find_ids(CallFilter(text="破损"), limit=5) == [call_id]
    assert svc.get(call_id).row.problems == "外箱破损"
    with pytest.raises(ValidationError):
        svc.correct(call_id, " ", "")
    clock.advance(days=1)
    assert not svc.get(call_id).correctable
    with pytest.raises(UserError):
        svc.correct(call_id, "改不了", "")


# -- finding -------------------------------------------------------------------------


@pytest.fixture
def logged(svc: CallService, org: Org) -> dict[str, str]:
    """Five calls of three distributors, with Chinese and English notes."""
    specs = {
        "a": (org.huayue, datetime(2026, 11, 27, 9), "visit", ("order",), "北京门店断货", ""),
        "b": (org.second, datetime(2026, 11, 20, 9), "phone", ("stock",), "北方仓库库存高", "断了一批货"),
        "c": (org.huayue, datetime(2026, 10, 3, 9), "wechat", ("payment",), "POS material delivered", ""),
        "d": (org.far, datetime(2026, 11, 25, 9), "visit", ("display",), "promo display checked", ""),
        "e": (org.far, datetime(2025, 1, 5, 9), "other", ("complaint",), "京东渠道投诉", "货款"),
    }  # fmt: skip
    out = {}
    for key, (d, at, channel, topics, notes, problems) in specs.items():
        form = CallForm(
            distributor_id=d.id, person_id=d.owner_id, occurred_at=at, channel=channel,
            topics=topics, notes=notes, problems=problems,
        )  # fmt: skip
        out[key] = svc.log(form).value
    return out


def _keys(svc: CallService, logged: dict[str, str], limit: int | None = None, **kw: object) -> str:
    by_id = {v: k for k, v in logged.items()}
    return "".join(by_id[i] for i in svc.find_ids(CallFilter(**kw), limit))  # type: ignore[arg-type]


def test_newest_first(svc: CallService, logged: dict[str, str]) -> None:
    assert _keys(svc, logged) == "adbce"
    assert _keys(svc, logged, limit=2) == "ad"


def test_search_in_chinese_with_one_and_two_characters(svc, logged) -> None:
    assert _keys(svc, logged, text="京") == "ae"
    assert _keys(svc, logged, text="北京") == "a"
    assert _keys(svc, logged, text="断货") == "a"  # 断了一批货 has both characters, apart
    assert _keys(svc, logged, text="货") == "abe"  # problems are searched too
    assert _keys(svc, logged, text="货", limit=2) in ("a", "ab")
    assert _keys(svc, logged, text="deliv") == "c"
    assert _keys(svc, logged, text="PROMO checked") == "d"
    assert _keys(svc, logged, text='"断货" * ^(:') == "a"
    assert _keys(svc, logged, text="断货 OR 京") == ""  # OR is a word to find, not an operator
    assert _keys(svc, logged, text="(:") == "adbce"  # nothing to search: no condition


def test_filters(svc: CallService, org: Org, logged: dict[str, str]) -> None:
    assert _keys(svc, logged, distributor_id=org.huayue.id) == "ac"
    assert _keys(svc, logged, person_id=org.rep.id) == "abc"
    assert _keys(svc, logged, market_id=org.market) == "abc"
    assert _keys(svc, logged, region_id=org.region) == "abc"
    assert _keys(svc, logged, date_from=date(2026, 11, 20), date_to=date(2026, 11, 25)) == "db"
    assert _keys(svc, logged, date_to=date(2025, 1, 5)) == "e"
    assert _keys(svc, logged, channel="visit") == "ad"
    assert _keys(svc, logged, topic="stock") == "b"
    assert _keys(svc, logged, topic="stock", text="北") == "b"
    assert _keys(svc, logged, distributor_id=org.huayue.id, text="京", limit=10) == "a"


def test_rows_keep_the_order_asked_for(svc: CallService, logged: dict[str, str]) -> None:
    ids = [logged["c"], logged["a"], "no-such-id"]
    assert [r.id for r in svc.rows(ids)] == ids[:2]
    f = CallFilter(channel="visit")
    assert svc.first_rows(f, 1) == svc.rows(svc.find_ids(f)[:1])
    assert [r.notes for r in svc.listing(CallFilter(topic="order"))] == ["北京门店断货"]


def test_a_sales_rep_sees_the_calls_of_their_distributors(svc, db, org, logged) -> None:
    OrgService(db).set_owner(org.rep.code)
    assert _keys(svc, logged) == "abc"
    with pytest.raises(NotFound):
        svc.get(logged["d"])
    assert [r.id for r in svc.rows([logged["d"], logged["a"]])] == [logged["a"]]
    assert svc.timeline(org.far.id) == []
    OrgService(db).set_owner(org.rm.code)  # the region's manager: the region's calls
    assert _keys(svc, logged) == "abc"


def test_the_first_screen_of_a_search_is_the_head_of_the_whole_list(svc, db, org) -> None:
    rows = [
        {"id": f"0190a1b2-0000-7000-8000-{i:012d}", "distributor_id": org.huayue.id,
         "person_id": org.rep.id, "occurred_at": datetime(2026, 11, 1 + i % 20, 9, i % 3, i % 60),
         "channel": "phone", "topics": "", "order_amount_fen": None,
         "notes": "补货" if i % 2 else "库存", "problems": "", "next_step": "",
         "next_step_due": None, "visit_id": None}
        for i in range(300)
    ]  # fmt: skip
    with db.session_scope() as s:
        insert_base_rows(s, CallLog, rows)
        index_rows(s, rows)
    whole = svc.find_ids(CallFilter(text="补货"))
    assert len(whole) == 150
    for limit in (1, 7, 40, 149, 150, 151):
        head = svc.find_ids(CallFilter(text="补货"), limit=limit)
        assert 0 < len(head) <= limit
        assert head == whole[: len(head)]
        assert [r.id for r in svc.first_rows(CallFilter(text="补货"), limit)] == head


def test_an_empty_database_has_no_calls(svc: CallService, tasks: TaskService) -> None:
    assert svc.find_ids(CallFilter(text="京")) == []
    assert svc.first_rows(CallFilter(), 50) == []
    assert tasks.open_tasks() == []
    with pytest.raises(ValidationError) as caught:
        svc.log(CallForm(distributor_id="nope", person_id="nobody", channel="visit", notes="x"))
    assert set(caught.value.fields) == {"distributor_id", "person_id"}
    with pytest.raises(NotFound):
        svc.timeline("nope")


def test_an_index_without_our_keys_is_still_searched_correctly(svc, db, org, logged) -> None:
    with db.session_scope() as s:  # an index filled by plain inserts, as an older demo did
        rows = s.execute(select(CallLog.id, CallLog.notes, CallLog.problems)).all()
        s.execute(text(f"DELETE FROM {TABLE}"))
        for call_id, notes, problems in rows:
            s.execute(
                text(f"INSERT INTO {TABLE}(call_id, body) VALUES (:i, :b)"),
                {"i": call_id, "b": body_of(notes, problems)},
            )
    with db.read_session() as s:
        assert not keys_are_current(s)
    assert _keys(svc, logged, limit=1, text="货") == "a"
    assert _keys(svc, logged, text="货") == "abe"
