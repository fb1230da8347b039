"""The Today page (the start page): what needs the person's attention today, in five sections.

Today's visits, missed visits, follow-up tasks due, direct reports behind on
follow-ups (seed D11), and distributors without a call in their cadence period.
The whole summary is read in the background (``TodayService.summary``; a newer
read supersedes an older one). Every row opens what it names through
``navigate(page_id, item_id)``, which the main window wires to the other pages:
("visits", visit id), ("tasks", task id), ("visits_person", person id),
("distributors", distributor id). A task is completed right here with its check
box (or Space).

Whose day: the laptop owner's. An HQ laptop (no owner, or an SLT/SSG owner) shows
a field person's day, by default the first market manager, with a chooser of
every field person; a manager's laptop can look at their team's days the same way.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop import labels
from desktop.errors import NotFound, OutOfScope
from desktop.services.base import Changes
from desktop.services.calls import TaskRow
from desktop.services.today import WATCHED, BehindRow, OverdueDistributor, TodaySummary, TodayVisit
from desktop.services.visits import PlanPerson
from desktop.settings import Settings
from desktop.ui.pages.base import Page
from desktop.ui.tasks import Ops, Progress
from desktop.ui.widgets.icons import icon
from desktop.ui.widgets.today_bar import TodayBar
from desktop.ui.widgets.today_section import STYLE as SECTION_STYLE
from desktop.ui.widgets.today_section import Column, Row, TodaySection

if TYPE_CHECKING:
    from desktop.app import Services

PEOPLE_TABLES = ("person", "local_state")
#: Status colours (UI.md), always next to the status word.
TONES = {"planned": "#2563b0", "done": "#1f8a4c", "missed": "#c0392b", "cancelled": "#8b929b"}
LATE = "#b42318"

Loaded = tuple[list[PlanPerson] | None, str | None, TodaySummary]


class TodayPage(Page):
    page_id = "today"

    #: (page id, item id): open what a row names — visits, tasks, visits_person, distributors
    navigate = Signal(str, str)
    #: a summary was shown (tests wait for it)
    loaded = Signal()

    def __init__(
        self, services: Services, ops: Ops, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_today")
        self.setStyleSheet(SECTION_STYLE)
        self._services, self._ops, self._settings = services, ops, settings
        self.summary: TodaySummary | None = None
        self.person_id: str | None = None
        self.loading = False
        self._started = False
        self._stale = False
        self._people_stale = True
        self._generation = 0

        self.refresh_action = QAction(icon("refresh"), "", self)
        self.refresh_action.setObjectName("action_refresh")
        self.refresh_action.triggered.connect(lambda _checked=False: self.refresh())

        self.bar = TodayBar(self)
        self.bar.person_changed.connect(self.set_person)
        self.visits = TodaySection("visits", parent=self)
        self.missed = TodaySection("missed", parent=self)
        self.tasks = TodaySection("tasks", checkable=True, parent=self)
        self.behind = TodaySection("behind", parent=self)
        self.overdue = TodaySection("overdue", parent=self)
        self._open(self.visits, "visits")
        self._open(self.missed, "visits")
        self._open(self.tasks, "tasks")
        self._open(self.behind, "visits_person")
        self._open(self.overdue, "distributors")
        self.tasks.model.checked.connect(self.complete_task)
        self.message = QLabel(self)
        self.message.setObjectName("mutedText")

        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.visits, 0, 0)
        grid.addWidget(self.missed, 0, 1)
        grid.addWidget(self.tasks, 1, 0)
        grid.addWidget(self.behind, 1, 1)
        grid.addWidget(self.overdue, 2, 0, 1, 2)
        for i, stretch in enumerate((3, 3, 4)):  # the distributor list is usually the longest
            grid.setRowStretch(i, stretch)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(10)
        layout.addWidget(self.bar)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def _open(self, section: TodaySection, page_id: str) -> None:
        section.list.opened.connect(lambda item_id: self.navigate.emit(page_id, item_id))

    # -- Page hooks -------------------------------------------------------------
    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TodayPage", "Today")

    @classmethod
    def icon(cls) -> QIcon:
        return icon("today")

    def primary_actions(self) -> list[QAction]:
        return [self.refresh_action]

    def retranslate(self) -> None:
        self.refresh_action.setText(self.tr("Refresh"))
        self.refresh_action.setToolTip(self.tr("Read today's work again (F5)"))
        self.bar.retranslate()
        self.visits.set_columns([
            Column(self.tr("Time")), Column(self.tr("Visit to")),
            Column(self.tr("Kind"), stretch=True), Column(self.tr("Status")),
        ])  # fmt: skip
        self.missed.set_columns([
            Column(self.tr("Day")), Column(self.tr("Who")), Column(self.tr("Visit to")),
            Column(self.tr("Kind"), stretch=True),
        ])  # fmt: skip
        self.tasks.set_columns([
            Column("", tip=self.tr("Tick when done")), Column(self.tr("Due")), Column(self.tr("Task"), stretch=True),
            Column(self.tr("Distributor")), Column(self.tr("Late"), right=True),
        ])  # fmt: skip
        self.behind.set_columns([
            Column(self.tr("Person"), stretch=True), Column(self.tr("Role")),
            Column(self.tr("Done"), right=True), Column(self.tr("Due by now"), right=True),
            Column(self.tr("Still to do"), right=True), Column(self.tr("Planned"), right=True),
        ])  # fmt: skip
        self.overdue.set_columns([
            Column(self.tr("Distributor"), stretch=True), Column(self.tr("Grade")),
            Column(self.tr("Owner")), Column(self.tr("Last call")),
            Column(self.tr("Days since"), right=True), Column(self.tr("Call every"), right=True),
            Column(self.tr("Overdue by"), right=True),
        ])  # fmt: skip
        self._show(self.summary)

    def on_shown(self) -> None:
        if not self._started:
            self._started = True
            self.refresh()
        elif self._stale:
            self.refresh()

    def on_changes(self, changes: Changes, source: object) -> None:
        if source is self or not self._started or not changes.touches(*WATCHED):
            return
        if changes.touches(*PEOPLE_TABLES):
            self._people_stale = True
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    # -- loading ----------------------------------------------------------------
    def set_person(self, person_id: str) -> None:
        """Show ``person_id``'s day."""
        if person_id != self.person_id:
            self.person_id = person_id
            self.refresh()

    def refresh(self) -> None:
        """Read the summary again in the background (and the people, when they changed)."""
        self._stale = False
        self._generation += 1
        generation = self._generation
        self.loading = True
        service = self._services.today
        people_needed = self._people_stale
        person_id = self.person_id

        def work(_progress: Progress) -> Loaded:
            people = service.people() if people_needed else None
            default = service.default_person_id() if people_needed else None
            known = people is None or any(p.id == person_id for p in people)
            chosen = person_id if person_id and known else default
            return people, chosen, service.summary(chosen)

        self._ops.run_in_background(
            work,
            show_progress=False,
            success=lambda value: self._apply(generation, value),
            failure=lambda error: self._failed(generation, error),
            parent=self,
        )

    def _apply(self, generation: int, value: Loaded) -> None:
        if not isValid(self) or generation != self._generation:
            return
        people, _chosen, summary = value
        self.loading = False
        self.person_id = summary.person_id
        if people is not None:
            self._people_stale = False
            self.bar.set_people(people, summary.person_id)
        self._show(summary)
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> bool:
        if not isValid(self) or generation != self._generation:
            return True
        self.loading = False
        if isinstance(error, NotFound | OutOfScope) and self.person_id is not None:
            # The chosen person left the organisation or the scope: show the default day.
            self.person_id = None
            self._people_stale = True
            self.refresh()
            return True
        return False

    # -- showing ----------------------------------------------------------------
    def _show(self, summary: TodaySummary | None) -> None:
        self.summary = summary
        if summary is None:
            return
        self.bar.set_date(summary.today)
        self.message.setText(
            ""
            if summary.person_id
            else self.tr(
                "There is nobody in the field force yet: add people on the Organisation page."
            )
        )
        self._show_visits(summary)
        self._show_missed(summary)
        self._show_tasks(summary)
        self._show_behind(summary)
        self._show_overdue(summary)

    def _target(self, v: TodayVisit) -> str:
        return f"{v.target_name} ({v.target_code})" if v.target_code else v.target_name

    def _kind(self, v: TodayVisit) -> str:
        kind = v.purpose or labels.visit_origin_name(v.origin)
        return f"{kind} · {labels.grade_short(v.grade)}" if v.grade else kind

    def _show_visits(self, s: TodaySummary) -> None:
        self.visits.set_heading(self.tr("Today's visits"), len(s.visits))
        team = s.team
        self.visits.set_note(
            self.tr("Team: %n visit(s) today", "", team.visits) + " · "
            + self.tr("%n done", "", team.done)
            if team is not None else ""
        )  # fmt: skip
        rows = [
            Row(v.id, (v.time or self.tr("any time"), self._target(v), self._kind(v),
                       labels.visit_status_name(v.status)),
                tones=((3, TONES.get(v.status, TONES["planned"])),))
            for v in s.visits
        ]  # fmt: skip
        self.visits.set_rows(rows, self.tr("No visits today. Plan them on the Visits page."))

    def _show_missed(self, s: TodaySummary) -> None:
        self.missed.set_heading(self.tr("Missed visits"), s.missed.total)
        self.missed.set_note(
            self.tr("This month and last, yours and your team's")
            if s.manager else self.tr("This month and last")
        )  # fmt: skip
        rows = [
            Row(v.id, (labels.fmt_date(v.day), v.person_name, self._target(v), self._kind(v)),
                tooltip=self.tr("Missed: reschedule it or mark what happened on the Visits page"))
            for v in s.missed.rows
        ]  # fmt: skip
        more = self.tr("newest %n shown", "", len(rows)) if s.missed.more else ""
        self.missed.set_rows(rows, self.tr("No missed visits this month or last."), more)

    def _late(self, t: TaskRow, today: date) -> str:
        days = (today - t.due_date).days
        return self.tr("today") if days <= 0 else labels.days(days)

    def _show_tasks(self, s: TodaySummary) -> None:
        late = sum(1 for t in s.tasks.rows if t.due_date < s.today)
        self.tasks.set_heading(self.tr("Follow-up tasks due"), s.tasks.total, alert=late > 0)
        self.tasks.set_note(self.tr("Tick one when it is done"))
        rows = [
            Row(t.id, ("", labels.fmt_date(t.due_date), t.text, t.distributor_name or "",
                       self._late(t, s.today)),
                tooltip=t.text, tones=((4, LATE),) if t.due_date < s.today else ())
            for t in s.tasks.rows
        ]  # fmt: skip
        more = self.tr("oldest %n shown", "", len(rows)) if s.tasks.more else ""
        self.tasks.set_rows(
            rows,
            self.tr("No follow-up tasks due. A call's next step shows here on its due date."),
            more,
        )

    def _show_behind(self, s: TodaySummary) -> None:
        self.behind.set_heading(self.tr("Follow-ups behind"), len(s.behind))
        self.behind.set_note(self.tr("Direct reports, this month"))
        rows = [self._behind_row(r) for r in s.behind]
        if s.subordinates:
            empty = self.tr("All %n direct report(s) are on track with follow-ups this month.", "",
                            s.subordinates)  # fmt: skip
        elif s.person_id:
            empty = self.tr("{name} has no direct reports, so no follow-ups are due.").format(
                name=s.person_name
            )
        else:
            empty = self.tr("No one to follow up yet.")
        self.behind.set_rows(rows, empty)

    def _behind_row(self, r: BehindRow) -> Row:
        tip = self.tr(
            "Hired {hired}. Follow-ups this month: {quota}; by today {expected} should be done, "
            "{done} are. Click to open their visit plan."
        ).format(hired=labels.fmt_date(r.hire_date), quota=r.quota, expected=r.expected,
                 done=r.done)  # fmt: skip
        return Row(
            r.person_id,
            (f"{r.name} ({r.code})", labels.role_name(r.role), labels.number(r.done),
             labels.number(r.expected), labels.number(r.remaining), labels.number(r.planned)),
            tooltip=tip,
        )  # fmt: skip

    def _show_overdue(self, s: TodaySummary) -> None:
        self.overdue.set_heading(self.tr("Distributors without a call"), s.overdue.total)
        periods = " · ".join(
            f"{labels.grade_short(g)} {labels.days(days)}" for g, days in s.periods
        )
        self.overdue.set_note(
            self.tr("Longer than their grade allows: {periods}").format(periods=periods)
            if periods else ""
        )  # fmt: skip
        rows = [self._overdue_row(d) for d in s.overdue.rows]
        more = self.tr("%n most overdue shown", "", len(rows)) if s.overdue.more else ""
        empty = (
            self.tr("Every distributor had a call within its cadence period.")
            if s.distributors
            else self.tr("No distributors with a call cadence in this area.")
        )
        self.overdue.set_rows(rows, empty, more)

    def _overdue_row(self, d: OverdueDistributor) -> Row:
        never = d.days_since is None
        return Row(
            d.id,
            (f"{d.name} ({d.code})", labels.grade_short(d.grade), d.owner_name or "—",
             self.tr("never") if never else labels.fmt_date(d.last_call),
             "—" if d.days_since is None else labels.number(d.days_since),
             labels.days(d.period_days), labels.days(d.overdue_days) or "—"),
            tones=((6, LATE),) if not never else ((3, LATE),),
        )  # fmt: skip

    # -- acting -----------------------------------------------------------------
    def complete_task(self, task_id: str) -> None:
        """Mark a task done: its row goes, the change is broadcast to the other pages."""
        service = self._services.today

        def done(_value: object) -> None:
            self.tasks.remove(task_id)
            if self.summary is not None:
                self._drop_task(task_id)
            self.message.setText(self.tr("Task done."))

        if not self._ops.run(
            lambda: service.complete_task(task_id), success=done, source=self, parent=self
        ):
            self.refresh()

    def _drop_task(self, task_id: str) -> None:
        assert self.summary is not None
        section = self.summary.tasks
        rows = tuple(t for t in section.rows if t.id != task_id)
        total = section.total - (len(section.rows) - len(rows))
        self.summary = replace(self.summary, tasks=replace(section, rows=rows, total=total))
        late = sum(1 for t in rows if t.due_date < self.summary.today)
        self.tasks.set_heading(self.tr("Follow-up tasks due"), total, alert=late > 0)
