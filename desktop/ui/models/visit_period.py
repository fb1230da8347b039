"""What the Visits page reads for one period, and how: a plain function run off the UI thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.domain import calendar as cal
from desktop.services.holidays import HolidayRow
from desktop.services.visits import PlanPerson, VisitRow, VisitService

MONTH, WEEK, TEAM = "month", "week", "team"
VIEWS = (MONTH, WEEK, TEAM)


@dataclass(frozen=True)
class Loaded:
    """One answer of the background read: whose plan, which period, and what is in it.

    ``people`` is None when the person list was not asked for again; ``team`` are the
    person's direct subordinates (the rows of the team view).
    """

    people: list[PlanPerson] | None
    person_id: str | None
    anchor: date
    view: str
    start: date
    end: date
    today: date
    visits: list[VisitRow] = field(default_factory=list)
    holidays: list[HolidayRow] = field(default_factory=list)
    team: list[PlanPerson] = field(default_factory=list)


def period_of(view: str, anchor: date) -> tuple[date, date]:
    """The days a view shows around ``anchor``: its month, or its Monday-to-Sunday week."""
    if view == MONTH:
        return cal.month_bounds(anchor.year, anchor.month)
    monday = cal.monday_of(anchor)
    return monday, monday + timedelta(days=6)


def load_period(
    service: VisitService, with_people: bool, person_id: str | None, view: str, anchor: date | None
) -> Loaded:
    """Read a period for the page (called in a worker; touches no widget).

    Without a person (or one no longer visible) the default person is chosen: the
    laptop's owner, or for HQ the first market manager.
    """
    people = service.people() if with_people else None
    today = service.today()
    pid = person_id
    if people is not None and pid not in {p.id for p in people}:
        pid = service.default_person_id()
        if pid not in {p.id for p in people}:
            pid = people[0].id if people else None
    day = anchor or today
    start, end = period_of(view, day)
    if pid is None:
        return Loaded(people, None, day, view, start, end, today)
    team = service.direct_reports(pid)
    if view == TEAM and not team:
        view = WEEK  # nobody reports to this person: their own week instead
    ids = [p.id for p in team] if view == TEAM else [pid]
    visits = service.range(ids, start, end) if ids else []
    holidays = service.holidays_between(start, end)
    return Loaded(people, pid, day, view, start, end, today, visits, holidays, team)
