"""The Today page: empty database, the demo's five sections, rows that open, tasks done in place."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QMainWindow,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)
from pytestqt.qtbot import QtBot

from db.engine import Database
from db.models import FollowUpTask, Person, Visit
from desktop.app import Services
from desktop.services.base import Changes
from desktop.services.today import LIST_LIMIT, TodaySummary
from desktop.ui.pages.today import TodayPage
from desktop.ui.tasks import Ops
from desktop.ui.widgets.today_section import TodaySection
from tests.services.test_today import World, build_world, set_owner
from tests.ui.conftest import HostPage

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)
LOAD_MS = 10_000


@dataclass
class Harness:
    window: QMainWindow
    ops: Ops
    services: Services
    page: TodayPage
    qtbot: QtBot
    opened: list[tuple[str, str]] = field(default_factory=list)

    def wait(self, action: Callable[[], object]) -> None:
        """Do ``action`` and wait until the page shows the summary that follows."""
        with self.qtbot.waitSignal(self.page.loaded, timeout=LOAD_MS):
            action()

    def choose(self, person_id: str) -> None:
        self.wait(lambda: self.page.bar.choose(person_id))

    def click(self, section: TodaySection, row: int, column: int = 1) -> None:
        view = section.list
        rect = view.visualRect(section.model.index(row, column))
        assert rect.isValid()
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def tick(self, section: TodaySection, row: int) -> None:
        """Click the check box of ``row`` where the view draws it."""
        view = section.list
        index = section.model.index(row, 0)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index)
        delegate = view.itemDelegateForIndex(index)
        assert isinstance(delegate, QStyledItemDelegate)
        delegate.initStyleOption(option, index)
        box = view.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view
        )
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())

    def current(self, section: TodaySection, row: int) -> None:
        section.list.setFocus()
        section.list.setCurrentIndex(section.model.index(row, 1))


def sections(page: TodayPage) -> dict[str, TodaySection]:
    return {
        "visits": page.visits,
        "missed": page.missed,
        "tasks": page.tasks,
        "behind": page.behind,
        "overdue": page.overdue,
    }


def shown(summary: TodaySummary) -> dict[str, tuple[int, list[str]]]:
    """What each section should show: (count in the heading, row ids)."""
    return {
        "visits": (len(summary.visits), [v.id for v in summary.visits]),
        "missed": (summary.missed.total, [v.id for v in summary.missed.rows]),
        "tasks": (summary.tasks.total, [t.id for t in summary.tasks.rows]),
        "behind": (len(summary.behind), [r.person_id for r in summary.behind]),
        "overdue": (summary.overdue.total, [d.id for d in summary.overdue.rows]),
    }


@pytest.fixture
def make_page(
    host_page: HostPage, qtbot: QtBot, warning_boxes: list[str]
) -> Iterator[Callable[[Database], Harness]]:
    def make(database: Database) -> Harness:
        host, page = host_page(database, TodayPage)
        harness = Harness(host.window, host.ops, host.services, page, qtbot)
        page.navigate.connect(lambda page_id, item_id: harness.opened.append((page_id, item_id)))
        harness.wait(page.on_shown)
        return harness

    yield make
    assert not warning_boxes, warning_boxes


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def test_an_empty_database_shows_every_section_empty_with_a_useful_line(
    make_page: Callable[[Database], Harness], db: Database
) -> None:
    h = make_page(db)
    page = h.page
    assert page.title() == "Today" and not page.icon().isNull()
    assert page.bar.date.text()  # today's date, from the database clock
    assert page.bar.person.isHidden()
    assert "nobody in the field force" in page.message.text()
    for section in sections(page).values():
        assert section.count.text() == "0"
        assert section.showing_empty() and section.empty.text()
    assert "No visits today" in page.visits.empty.text()


def test_the_demo_fills_all_five_sections_with_their_counts(
    make_page: Callable[[Database], Harness], demo_db: Database
) -> None:
    h = make_page(demo_db)
    service = h.services.today
    assert h.page.person_id == service.default_person_id()
    assert h.page.bar.person.isVisible() and h.page.bar.person.count() == len(service.people())
    found: set[str] = set()
    for person in service.people():
        expected = shown(service.summary(person.id))
        wanted = {name for name, (_count, ids) in expected.items() if ids} - found
        if not wanted:
            continue
        if person.id != h.page.person_id:
            h.choose(person.id)
        for name, section in sections(h.page).items():
            count, ids = expected[name]
            assert section.count.text() == f"{count:,}", name
            assert section.ids() == ids, name
            assert section.showing_empty() is (not ids), name
        found |= wanted
        if len(found) == 5:
            break
    assert found == {"visits", "missed", "tasks", "behind", "overdue"}


def test_each_row_opens_what_it_names(
    make_page: Callable[[Database], Harness], db: Database, world: World
) -> None:
    h = make_page(db)  # HQ: the first market manager's day
    assert h.page.person_id == world.manager
    page = h.page
    h.click(page.visits, 0)
    h.click(page.missed, 1)
    h.click(page.tasks, 0, column=2)
    h.click(page.behind, 0)
    h.click(page.overdue, 2)
    assert h.opened == [
        ("visits", world.visits["today"]),
        ("visits", world.visits["missed_team"]),
        ("tasks", world.tasks["overdue"]),
        ("visits_person", world.new_rep),
        ("distributors", world.d["D-O"]),
    ]
    h.opened.clear()
    h.current(page.overdue, 0)
    h.qtbot.keyClick(page.overdue.list, Qt.Key.Key_Return)
    assert h.opened == [("distributors", world.d["D-C"])]


def test_completing_a_task_removes_its_row_and_broadcasts_the_change(
    make_page: Callable[[Database], Harness], db: Database, world: World
) -> None:
    h = make_page(db)
    page = h.page
    assert page.tasks.ids() == [world.tasks["overdue"], world.tasks["due_today"]]
    assert page.tasks.count.text() == "2"
    # A click on the check box completes the task; it does not open it.
    with h.qtbot.waitSignal(h.ops.changed, timeout=LOAD_MS) as changed:
        h.tick(page.tasks, 0)
    assert h.opened == []
    changes = changed.args[0]
    assert isinstance(changes, Changes) and changes.touches("follow_up_task")
    assert changed.args[1] is page
    assert page.tasks.ids() == [world.tasks["due_today"]]
    assert page.tasks.count.text() == "1"
    with db.read_session() as s:
        task = s.get(FollowUpTask, world.tasks["overdue"])
        assert task is not None and task.done
    # Space completes the current task from the keyboard; the list then says it is empty.
    h.current(page.tasks, 0)
    with h.qtbot.waitSignal(h.ops.changed, timeout=LOAD_MS):
        h.qtbot.keyClick(page.tasks.list, Qt.Key.Key_Space)
    assert page.tasks.ids() == [] and page.tasks.showing_empty()
    assert page.tasks.count.text() == "0"


def test_choosing_a_person_and_changes_elsewhere_reload_the_day(
    make_page: Callable[[Database], Harness], db: Database, world: World
) -> None:
    h = make_page(db)
    h.choose(world.new_rep)
    assert h.page.person_id == world.new_rep
    assert h.page.behind.showing_empty() and "no direct reports" in h.page.behind.empty.text()
    assert h.page.overdue.ids() == [world.d["D-C"], world.d["D-B"]]
    task_id = world.tasks["rep"]
    assert h.page.tasks.ids() == [task_id]
    # Another page completes the task: the broadcast change makes this page read again.
    result = h.services.tasks.complete_task(task_id)
    h.wait(lambda: h.ops.broadcast(result.changes, source=object()))
    assert h.page.tasks.ids() == [] and h.page.tasks.count.text() == "0"


def test_a_field_laptop_shows_its_owner_without_a_chooser(
    make_page: Callable[[Database], Harness], db: Database, world: World
) -> None:
    set_owner(db, world.old_rep)
    h = make_page(db)
    assert h.page.person_id == world.old_rep
    assert h.page.bar.person.isHidden()
    assert h.page.overdue.ids() == [world.d["D-O"]]


def test_a_long_list_says_how_much_of_it_is_shown(
    make_page: Callable[[Database], Harness], db: Database, world: World
) -> None:
    with db.session_scope() as s:
        for i in range(LIST_LIMIT + 5):
            s.add(
                Visit(person_id=world.old_rep, planned_date=date(2026, 10, 1 + i % 28),
                      target_kind="person", subject_person_id=world.new_rep, origin="manual",
                      status="missed")
            )  # fmt: skip
    h = make_page(db)
    assert h.page.missed.count.text() == str(LIST_LIMIT + 7)
    assert len(h.page.missed.ids()) == LIST_LIMIT
    assert h.page.missed.note.text().endswith(f"newest {LIST_LIMIT} shown")


def test_a_person_who_is_gone_gives_way_to_the_default_day(
    make_page: Callable[[Database], Harness], db: Database, world: World
) -> None:
    h = make_page(db)
    h.choose(world.new_rep)
    with db.session_scope() as s:
        person = s.get(Person, world.new_rep)
        assert person is not None
        person.deleted = True
    h.wait(h.page.refresh)
    h.qtbot.waitUntil(lambda: h.page.person_id == world.manager, timeout=LOAD_MS)
