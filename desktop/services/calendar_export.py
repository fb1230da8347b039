"""A person's visit plan for a month as an iCalendar file (RFC 5545) for Outlook, WPS, phones.

One VEVENT per visit, with a stable UID (``<visit id>@fielddesk``) so that
importing a later export updates the events instead of adding copies; SEQUENCE
and LAST-MODIFIED follow the row's ``updated_at``. A visit without a time is an
all-day event; with a time it lasts one hour, in floating local time (the field
force works in one time zone, and a floating time needs no time-zone database on
the laptop). Cancelled visits stay in the file as STATUS:CANCELLED, so a
calendar that imported them earlier learns that they are off.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from db.models import Distributor, Person, Visit
from desktop.domain.cadence import effective_status
from desktop.errors import NotFound, OutOfScope
from desktop.services.base import Service, current_scope
from desktop.services.org import MSG_NO_PERSON
from desktop.services.spreadsheet_export import ExportWords, write_atomic

UID_DOMAIN = "fielddesk"
PRODID = "-//FieldDesk//Visit plan//ZH"
EVENT_LENGTH = timedelta(hours=1)


@dataclass(frozen=True)
class VisitEvent:
    """One visit as the calendar shows it (plain data, also what a test compares)."""

    uid: str
    day: date
    start: time | None
    summary: str
    location: str
    description: str
    status: str
    sequence: int
    updated_at: datetime


def _write_bytes(path: Path, data: bytes) -> None:
    path.write_bytes(data)


def _time(text: str) -> time | None:
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", text or "")
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return None
    return time(int(m.group(1)), int(m.group(2)))


class CalendarExportService(Service):
    """Visit plans as .ics files."""

    def visit_events(self, person_code: str, month: date, words: ExportWords) -> list[VisitEvent]:
        """The person's visits in the month containing ``month``, by day and time."""
        first = month.replace(day=1)
        last = first.replace(day=monthrange(first.year, first.month)[1])
        today = self.db.clock().astimezone().date()
        subject = aliased(Person)
        with self.db.read_session() as s:
            person = s.scalar(
                select(Person).where(Person.code == person_code, Person.deleted.is_(False))
            )
            if person is None:
                raise NotFound(MSG_NO_PERSON, code=person_code)
            if not current_scope(s).sees_person(person.id):
                raise OutOfScope(MSG_NO_PERSON, code=person_code)
            stmt = (
                select(Visit, Distributor.code, Distributor.name, Distributor.short_name,
                       Distributor.address, subject.name)
                .outerjoin(Distributor, Visit.distributor_id == Distributor.id)
                .outerjoin(subject, Visit.subject_person_id == subject.id)
                .where(Visit.person_id == person.id, Visit.deleted.is_(False),
                       Visit.planned_date >= first, Visit.planned_date <= last)
            )  # fmt: skip
            rows = list(s.execute(stmt))
        events = [self._event(*row, today=today, words=words) for row in rows]
        return sorted(events, key=lambda e: (e.day, e.start or time(0), e.uid))

    @staticmethod
    def _event(
        v: Visit, code: str | None, name: str | None, short: str | None, address: str | None,
        subject: str | None, *, today: date, words: ExportWords,
    ) -> VisitEvent:  # fmt: skip
        status = effective_status(v.status, v.planned_date, today)
        label = words.calendar_label
        if v.target_kind == "distributor":
            target = short or name or ""
            about = f"{label('distributor')}: {code} {name}" if code else ""
        else:
            target = subject or ""
            about = f"{label('person')}: {subject}" if subject else ""
        summary = f"{target} · {v.purpose}" if v.purpose and target else (target or v.purpose)
        lines = [f"{label('status')}: {words.visit_status_name(status)}"]
        if v.status_reason:
            lines.append(f"{label('reason')}: {v.status_reason}")
        if v.purpose:
            lines.append(f"{label('purpose')}: {v.purpose}")
        if about:
            lines.append(about)
        sequence = max(0, int((v.updated_at - v.created_at).total_seconds()))
        return VisitEvent(
            uid=f"{v.id}@{UID_DOMAIN}", day=v.planned_date, start=_time(v.planned_time),
            summary=summary, location=(address or "") if v.target_kind == "distributor" else "",
            description="\n".join(lines), status=v.status, sequence=sequence,
            updated_at=v.updated_at,
        )  # fmt: skip

    def visits_calendar(self, person_code: str, month: date, words: ExportWords) -> bytes:
        """The month's visits of ``person_code`` as iCalendar bytes (UTF-8, CRLF lines)."""
        return self._calendar(person_code, month, words)[0]

    def _calendar(self, person_code: str, month: date, words: ExportWords) -> tuple[bytes, int]:
        from icalendar import Calendar, Event

        events = self.visit_events(person_code, month, words)
        with self.db.read_session() as s:
            name = s.scalar(select(Person.name).where(Person.code == person_code)) or person_code
        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("x-wr-calname", f"{words.calendar_label('plan')} {name} {month:%Y-%m}")
        stamp = self.db.clock().astimezone(UTC)
        for e in events:
            ev = Event()
            ev.add("uid", e.uid)
            ev.add("dtstamp", stamp)
            if e.start is None:
                ev.add("dtstart", e.day)
                ev.add("dtend", e.day + timedelta(days=1))
            else:
                begin = datetime.combine(e.day, e.start)
                ev.add("dtstart", begin)
                ev.add("dtend", begin + EVENT_LENGTH)
            ev.add("summary", e.summary)
            if e.location:
                ev.add("location", e.location)
            ev.add("description", e.description)
            ev.add("status", "CANCELLED" if e.status == "cancelled" else "CONFIRMED")
            ev.add("sequence", e.sequence)
            ev.add("last-modified", e.updated_at.replace(tzinfo=UTC))
            cal.add_component(ev)
        return cal.to_ical(), len(events)

    def export_visits(
        self, person_code: str, month: date, path: str | Path, words: ExportWords
    ) -> int:
        """Write the month's plan to ``path`` (atomically); returns the number of visits."""
        data, count = self._calendar(person_code, month, words)
        write_atomic(Path(path), lambda tmp: _write_bytes(tmp, data))
        return count
