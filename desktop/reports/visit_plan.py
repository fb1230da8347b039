"""The printed visit plan (拜访计划): a month planner, a week plan, a team plan, on A4 landscape.

* **month** (one person): a paper month planner filling the page, its summary,
  the legend and signature lines. A day too busy for its cell (after the font
  has shrunk as far as it may) continues behind "+2 …", and those visits are
  listed in a table on the next page, so no visit is ever lost.
* **week** (one person): one column per day (weekends narrow unless they are
  make-up working days), a visit per row with status mark and word, time,
  title and detail; the header row repeats when a week runs over a page.
* **team**: for a period of up to 7 days, people as rows × days as columns;
  for a longer one, a month planner per person and a team summary table.

Input is prepared by the services layer as plain, translated display strings
and dates; every printed word comes from ``VisitPlanLabels``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from desktop.reports.base import INK, LINE, MUTED, SHADE, Layout, PrintContext, render, text
from desktop.reports.blocks import (
    SplittingTable,
    data_table,
    heading_bar,
    signature_line,
    table_style,
)
from desktop.reports.calendar_blocks import (
    HOLIDAY_SHADE,
    STATUS_MARKS,
    STATUSES,
    WEEKEND_SHADE,
    CellEntry,
    DayCell,
    Legend,
    LegendItem,
    MonthGrid,
    Shade,
    mark_markup,
    summary_strip,
    title_block,
)
from desktop.reports.fonts import FONT_NAME

__all__ = [
    "PersonPlan",
    "PlanKind",
    "PlanVisit",
    "VisitPlanData",
    "VisitPlanLabels",
    "render_visit_plan",
]

PlanKind = Literal["month", "week", "team"]

_MIN_WEEK_ROW = 16 * mm  # a month grid row is never squeezed below this by the summary
_SLACK = 2.0
_GRID = "#b3b3b3"


@dataclass(frozen=True)
class PlanVisit:
    """One visit as printed; ``status`` (planned | done | missed | cancelled) picks its mark."""

    day: date
    time: str  # "09:30", or "" when the visit has no time
    title: str  # distributor short name, or the subordinate's name
    detail: str  # purpose, or a code
    status: str
    status_label: str  # the translated status word

    def __post_init__(self) -> None:
        if self.status not in STATUS_MARKS:
            raise ValueError(f"unknown visit status {self.status!r}")


@dataclass(frozen=True)
class PersonPlan:
    """One person's visits (any order within a day is kept); ``person`` is e.g. "张伟 P0012 客户经理"."""

    person: str
    visits: tuple[PlanVisit, ...]


@dataclass(frozen=True)
class VisitPlanLabels:
    """Every word the plan prints, translated by the caller.

    ``day_format`` is a ``str.format`` template over ``year``, ``month``, ``day``
    and ``month_name`` (from ``month_names``), e.g. "{month}月{day}日" or
    "{day} {month_name}"; ``more`` takes ``{count}``, e.g. "另 {count} 项见续表".
    """

    weekdays: tuple[str, ...]  # Monday .. Sunday
    month_names: tuple[str, ...]  # January .. December
    day_format: str
    week: str  # heading of the week-number column
    person: str
    total: str
    planned: str
    done: str
    missed: str
    cancelled: str
    legend: str
    weekend: str
    holiday: str
    workday: str  # a make-up working day on a weekend (补班)
    outside: str  # a grid day outside the period
    today: str
    no_visits: str
    summary: str
    team_summary: str
    overflow: str  # heading of the list of visits a busy day could not show
    more: str
    column_date: str
    column_time: str
    column_visit: str
    column_detail: str
    column_status: str
    signature: str  # e.g. "制表 / 审核"

    def day_text(self, day: date) -> str:
        """A date as the plan prints it, e.g. "11月23日" or "23 Nov"."""
        name = self.month_names[day.month - 1]
        return self.day_format.format(year=day.year, month=day.month, day=day.day, month_name=name)

    def status_word(self, status: str) -> str:
        """The legend and column word of a status key."""
        words = dict(
            zip(STATUSES, (self.planned, self.done, self.missed, self.cancelled), strict=True)
        )
        return words[status]


@dataclass(frozen=True)
class VisitPlanData:
    """What to print: the period and its calendar (holidays, make-up working days), people, visits.

    Every visit must fall in the period. ``summary`` rows (label, value) are
    printed as given, e.g. ("计划", "42").
    """

    title: str
    period_label: str  # "2026年11月" / "November 2026"
    kind: PlanKind
    first_day: date
    last_day: date
    holidays: Mapping[date, str]
    workdays: AbstractSet[date]  # weekend days that are working days
    today: date | None
    plans: tuple[PersonPlan, ...]
    summary: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in ("month", "week", "team"):
            raise ValueError(f"unknown plan kind {self.kind!r}")
        if self.first_day > self.last_day:
            raise ValueError("first_day is after last_day")
        for plan in self.plans:
            for visit in plan.visits:
                if not self.in_period(visit.day):
                    raise ValueError(f"visit on {visit.day} is outside the period")

    def in_period(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    def shade(self, day: date) -> Shade:
        """Outside the period, a holiday, a weekend day off, or an ordinary working day."""
        if not self.in_period(day):
            return "outside"
        if day in self.holidays:
            return "holiday"
        if day.weekday() >= 5 and day not in self.workdays:
            return "weekend"
        return "none"

    def tags(self, day: date, labels: VisitPlanLabels) -> list[str]:
        """The small words of a day in the period: its holiday name, "make-up working day"."""
        if not self.in_period(day):
            return []
        tags = [self.holidays[day]] if day in self.holidays else []
        return tags + ([labels.workday] if day in self.workdays else [])


def _counts(visits: Sequence[PlanVisit]) -> dict[str, int]:
    result = dict.fromkeys(STATUSES, 0)
    for visit in visits:
        result[visit.status] += 1
    return result


def _by_day(visits: Sequence[PlanVisit]) -> dict[date, list[PlanVisit]]:
    days: dict[date, list[PlanVisit]] = {}
    for visit in visits:
        days.setdefault(visit.day, []).append(visit)
    return days


def _height(flowable: Flowable, layout: Layout) -> float:
    _, h = flowable.wrap(layout.width, layout.height)
    return float(h + flowable.getSpaceBefore() + flowable.getSpaceAfter())


def _legend(labels: VisitPlanLabels, data: VisitPlanData, *, grid: bool) -> Legend:
    """The key: the four status marks, the shadings, and for the month grid "other month" and today."""
    items = [LegendItem("mark", labels.status_word(s), STATUS_MARKS[s]) for s in STATUSES]
    items += [LegendItem("weekend", labels.weekend), LegendItem("holiday", labels.holiday)]
    items.append(LegendItem("workday", labels.workday))
    if grid:
        items.append(LegendItem("outside", labels.outside))
    if grid and data.today is not None and data.in_period(data.today):
        items.append(LegendItem("today", labels.today, str(data.today.day)))
    return Legend(labels.legend, items)


def _closing(labels: VisitPlanLabels, data: VisitPlanData, layout: Layout, *, grid: bool) -> Table:
    """The legend on the left and the signature line on the right, on one band."""
    caption_w = stringWidth(labels.signature, FONT_NAME, layout.styles.body.fontSize)
    sig_w = min(caption_w + 12 + 70 * mm, layout.width * 0.5)
    sig = signature_line(labels.signature, layout.styles, sig_w)
    band = Table([[_legend(labels, data, grid=grid), sig]], colWidths=[layout.width - sig_w, sig_w])
    band.setStyle(
        table_style(
            [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (1, 0), (1, 0), "RIGHT")],
            padding=False,
        )
    )
    band.spaceBefore = 5
    return band


# --- month ------------------------------------------------------------------


def _month_page(
    plan: PersonPlan,
    data: VisitPlanData,
    labels: VisitPlanLabels,
    layout: Layout,
    summary: Sequence[tuple[str, str]],
) -> list[Flowable]:
    """One person's month planner filling a page, then (if any) the visits it could not show."""
    title = title_block(data.title, data.period_label, plan.person, layout)
    strip = summary_strip(summary, labels.summary, layout)
    closing = _closing(labels, data, layout, grid=True)
    monday = data.first_day - timedelta(days=data.first_day.weekday())
    mondays = [
        monday + timedelta(days=7 * i) for i in range((data.last_day - monday).days // 7 + 1)
    ]
    fixed = _height(title, layout) + _height(closing, layout) + 3 + _SLACK
    strip_h = sum(_height(s, layout) for s in strip)
    strip_below = layout.height - fixed - strip_h >= 15 + len(mondays) * _MIN_WEEK_ROW
    by_day = _by_day(plan.visits)
    weeks = []
    for start in mondays:
        days = [start + timedelta(days=i) for i in range(7)]
        cells = [_day_cell(day, by_day.get(day, []), data, labels) for day in days]
        weeks.append((str(start.isocalendar().week), cells))
    grid_h = layout.height - fixed - (strip_h if strip_below else 0)
    grid = MonthGrid(labels.weekdays, labels.week, weeks, layout.width, grid_h, labels.more)
    grid.spaceBefore = 3
    hidden = [v for day, vs in sorted(by_day.items()) for v in vs[grid.shown(day) :]]
    story: list[Flowable] = [title, grid]
    story += [*strip, closing] if strip_below else [closing, *strip]
    if hidden:
        heading = heading_bar(f"{labels.overflow}  {plan.person}", layout.styles, layout.width)
        # The grid fills its page; a summary that did not fit under it already starts the next.
        story += [PageBreak()] if strip_below else []
        story += [heading, _visit_list(hidden, labels, layout)]
    return story


def _day_cell(
    day: date, visits: Sequence[PlanVisit], data: VisitPlanData, labels: VisitPlanLabels
) -> DayCell:
    entries = tuple(
        CellEntry(STATUS_MARKS[v.status], _line(v), struck=v.status == "cancelled") for v in visits
    )
    today = data.in_period(day) and day == data.today
    tags = "  ".join(data.tags(day, labels))
    return DayCell(day, str(day.day), data.shade(day), tags, today, entries)


def _line(visit: PlanVisit) -> str:
    """A visit on one line, as calendars show it: "09:30 华悦商贸" (or just the title)."""
    return f"{visit.time} {visit.title}".strip()


def _visit_list(visits: Sequence[PlanVisit], labels: VisitPlanLabels, layout: Layout) -> Flowable:
    """Visits as a plain table (date, time, visit, detail, status), e.g. those a busy day could not show."""
    rows = [
        [
            labels.day_text(v.day),
            v.time,
            v.title,
            v.detail,
            f"{STATUS_MARKS[v.status]} {v.status_label}",
        ]
        for v in visits
    ]
    header = [
        labels.column_date,
        labels.column_time,
        labels.column_visit,
        labels.column_detail,
        labels.column_status,
    ]
    return data_table(header, rows, layout.styles, layout.width, col_widths=[14, 9, 30, 35, 14])


def _team_summary(data: VisitPlanData, labels: VisitPlanLabels, layout: Layout) -> list[Flowable]:
    """People × planned / done / missed / cancelled / total, with a total row."""
    header = [labels.person, *(labels.status_word(s) for s in STATUSES), labels.total]
    rows: list[list[str]] = []
    grand = dict.fromkeys(STATUSES, 0)
    for plan in data.plans:
        c = _counts(plan.visits)
        for s in STATUSES:
            grand[s] += c[s]
        rows.append([plan.person, *(str(c[s]) for s in STATUSES), str(len(plan.visits))])
    rows.append([labels.total, *(str(grand[s]) for s in STATUSES), str(sum(grand.values()))])
    table = data_table(
        header,
        rows,
        layout.styles,
        layout.width,
        col_widths=[40, 12, 12, 12, 12, 12],
        numeric=range(1, 6),
    )
    # Kept on one page with its heading unless it is longer than a page.
    return [KeepTogether([heading_bar(labels.team_summary, layout.styles, layout.width), table])]


# --- week and team week -------------------------------------------------------


class _Styles:
    """Paragraph styles of the week tables, derived from the document's."""

    def __init__(self, layout: Layout) -> None:
        st, ps = layout.styles, ParagraphStyle
        self.head = ps("vp-h", parent=st.table_header, alignment=1, leading=11)
        self.date = ps("vp-d", parent=st.small, alignment=1, fontSize=7.5, leading=9.5)
        self.tag = ps("vp-t", parent=self.date, textColor=INK)
        # "max": room for the enlarged status marks (see ``mark_markup``).
        self.meta = ps(
            "vp-m", parent=self.tag, alignment=0, leading=10, autoLeading="max", spaceAfter=1.5
        )
        self.title = ps("vp-v", parent=st.table_cell, fontSize=8.5, leading=10.5)
        self.struck = ps("vp-s", parent=self.title, textColor=MUTED)
        self.detail = ps("vp-x", parent=st.small, fontSize=7, leading=9)
        self.line = ps("vp-l", parent=self.meta, spaceAfter=0, leftIndent=9, firstLineIndent=-9)
        self.line_struck = ps("vp-ls", parent=self.line, textColor=MUTED)
        self.person = st.table_cell


def _day_header(
    day: date, data: VisitPlanData, labels: VisitPlanLabels, ps: _Styles
) -> list[Flowable]:
    cell: list[Flowable] = [
        text(labels.weekdays[day.weekday()], ps.head, bold=True),
        text(labels.day_text(day), ps.date),
    ]
    tags = data.tags(day, labels) + (
        [labels.today] if day == data.today and data.in_period(day) else []
    )
    if tags:
        cell.append(text("  ".join(tags), ps.tag))
    return cell


def _visit_block(visit: PlanVisit, ps: _Styles) -> list[Flowable]:
    """A visit in a week column: "● 09:30 已完成", the title, the detail."""
    mark = mark_markup(STATUS_MARKS[visit.status], ps.meta.fontSize)
    meta = "&nbsp;&nbsp;".join(escape(p) for p in (visit.time, visit.status_label) if p)
    if visit.status == "cancelled":
        title: Flowable = Paragraph(f"<strike>{escape(visit.title)}</strike>", ps.struck)
    else:
        title = text(visit.title, ps.title, bold=True)
    block: list[Flowable] = [Paragraph(f"{mark}&nbsp;{meta}", ps.meta), title]
    if visit.detail:
        block.append(text(visit.detail, ps.detail))
    return block


def _visit_line(visit: PlanVisit, ps: _Styles) -> Paragraph:
    """A visit in a team cell, on one (wrapping) line: "○ 09:30 华悦商贸"."""
    body = escape(_line(visit))
    mark = mark_markup(STATUS_MARKS[visit.status], ps.line.fontSize)
    if visit.status == "cancelled":
        return Paragraph(f"{mark}&nbsp;<strike>{body}</strike>", ps.line_struck)
    return Paragraph(f"{mark}&nbsp;{body}", ps.line)


def _day_columns(days: Sequence[date], data: VisitPlanData, first: int) -> list[tuple[Any, ...]]:
    """Shading of off days, a box around today, for day columns starting at column ``first``."""
    commands: list[tuple[Any, ...]] = []
    for i, day in enumerate(days):
        col = first + i
        shade = data.shade(day)
        if shade != "none":
            fill = HOLIDAY_SHADE if shade == "holiday" else WEEKEND_SHADE
            commands.append(("BACKGROUND", (col, 1), (col, -1), fill))
        if day == data.today and data.in_period(day):
            commands.append(("BOX", (col, 0), (col, -1), 1.6, INK))
    return commands


def _grid_table(
    data_rows: list[list[Any]],
    widths: list[float],
    row_heights: list[float | None],
    extra: list[tuple[Any, ...]],
) -> SplittingTable:
    table = SplittingTable(
        data_rows, colWidths=widths, rowHeights=row_heights, repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("INNERGRID", (0, 0), (-1, -1), 0.35, _GRID),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, LINE),
                ("BOX", (0, 0), (-1, -1), 0.8, LINE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                *extra,
            ]
        )
    )
    return table


def _day_weights(days: Sequence[date], data: VisitPlanData) -> list[float]:
    return [1.0 if day.weekday() < 5 or day in data.workdays else 0.6 for day in days]


def _week_tables(
    plan: PersonPlan, data: VisitPlanData, labels: VisitPlanLabels, layout: Layout
) -> list[Flowable]:
    """A table per Monday–Sunday week of the period: day columns, a visit per row."""
    ps = _Styles(layout)
    by_day = _by_day(plan.visits)
    monday = data.first_day - timedelta(days=data.first_day.weekday())
    tables: list[Flowable] = []
    while monday <= data.last_day:
        days = [monday + timedelta(days=i) for i in range(7)]
        columns = [by_day.get(d, []) if data.in_period(d) else [] for d in days]
        filled = max(len(c) for c in columns)
        rows = max(filled, 3)  # a few empty rows to write in by hand
        weights = _day_weights(days, data)
        unit = layout.width / sum(weights)
        body = [
            [_visit_block(c[i], ps) if i < len(c) else "" for c in columns] for i in range(rows)
        ]
        heights: list[float | None] = [None, *(None if i < filled else 34.0 for i in range(rows))]
        header = [_day_header(d, data, labels, ps) for d in days]
        table = _grid_table(
            [header, *body], [w * unit for w in weights], heights, _day_columns(days, data, 0)
        )
        table.spaceAfter = 6
        tables.append(table)
        monday += timedelta(days=7)
    return tables


def _team_week_table(data: VisitPlanData, labels: VisitPlanLabels, layout: Layout) -> Flowable:
    """People as rows × the period's days as columns, each cell the person's visits that day."""
    ps = _Styles(layout)
    days = [
        data.first_day + timedelta(days=i) for i in range((data.last_day - data.first_day).days + 1)
    ]
    person_w, total_w = 34 * mm, 12 * mm
    weights = _day_weights(days, data)
    unit = (layout.width - person_w - total_w) / sum(weights)
    header: list[Any] = [
        text(labels.person, ps.head, bold=True),
        *(_day_header(d, data, labels, ps) for d in days),
        text(labels.total, ps.head, bold=True),
    ]
    rows: list[list[Any]] = []
    for plan in data.plans:
        by_day = _by_day(plan.visits)
        cells = [[_visit_line(v, ps) for v in by_day.get(d, [])] or "" for d in days]
        rows.append(
            [text(plan.person, ps.person, bold=True), *cells, text(str(len(plan.visits)), ps.head)]
        )
    widths = [person_w, *(w * unit for w in weights), total_w]
    heights: list[float | None] = [None] * (len(rows) + 1)
    return _grid_table([header, *rows], widths, heights, _day_columns(days, data, 1))


# --- the document -------------------------------------------------------------


def _week_story(data: VisitPlanData, labels: VisitPlanLabels, layout: Layout) -> list[Flowable]:
    """Each person's week plan from a new page; the summary, legend and signatures at the end."""
    story: list[Flowable] = []
    for plan in data.plans:
        if story:
            story.append(PageBreak())
        story.append(title_block(data.title, data.period_label, plan.person, layout))
        story += _week_tables(plan, data, labels, layout)
    # Summary, legend and signature stay together (on the next page if need be).
    closing = [
        *summary_strip(data.summary, labels.summary, layout),
        _closing(labels, data, layout, grid=False),
    ]
    return [*story, KeepTogether(closing)]


def _team_week_story(
    data: VisitPlanData, labels: VisitPlanLabels, layout: Layout
) -> list[Flowable]:
    """The people × days matrix and its legend, then the team summary and signatures."""
    story: list[Flowable] = [
        title_block(data.title, data.period_label, "", layout),
        _team_week_table(data, labels, layout),
        Spacer(1, 5),
        _legend(labels, data, grid=False),
    ]
    story += _team_summary(data, labels, layout) + summary_strip(
        data.summary, labels.summary, layout
    )
    return [*story, signature_line(labels.signature, layout.styles, layout.width)]


def _month_story(data: VisitPlanData, labels: VisitPlanLabels, layout: Layout) -> list[Flowable]:
    """A month planner per person; for a team, each with its counts, and a team summary page."""
    team = data.kind == "team"
    story: list[Flowable] = []
    for plan in data.plans:
        if story:
            story.append(PageBreak())
        summary = _person_summary(plan, labels) if team else data.summary
        story += _month_page(plan, data, labels, layout, summary)
    if team:
        if story:
            story.append(PageBreak())
        story.append(title_block(data.title, data.period_label, "", layout))
        story += _team_summary(data, labels, layout) + summary_strip(
            data.summary, labels.summary, layout
        )
        story.append(signature_line(labels.signature, layout.styles, layout.width))
    return story


def _story(data: VisitPlanData, labels: VisitPlanLabels, layout: Layout) -> list[Flowable]:
    if not data.plans:
        return [
            title_block(data.title, data.period_label, "", layout),
            Spacer(1, 8),
            text(labels.no_visits, layout.styles.body),
            *summary_strip(data.summary, labels.summary, layout),
        ]
    if data.kind == "week":
        return _week_story(data, labels, layout)
    if data.kind == "team" and (data.last_day - data.first_day).days < 7:
        return _team_week_story(data, labels, layout)
    return _month_story(data, labels, layout)


def _person_summary(plan: PersonPlan, labels: VisitPlanLabels) -> list[tuple[str, str]]:
    c = _counts(plan.visits)
    rows = [(labels.status_word(s), str(c[s])) for s in STATUSES]
    return [*rows, (labels.total, str(len(plan.visits)))]


def render_visit_plan(data: VisitPlanData, labels: VisitPlanLabels, ctx: PrintContext) -> bytes:
    """The plan as PDF bytes on A4 landscape: month planner, week plan or team plan by ``data.kind``."""
    if len(labels.weekdays) != 7 or len(labels.month_names) != 12:
        raise ValueError("labels need 7 weekday names and 12 month names")
    return render(
        lambda layout: _story(data, labels, layout),
        ctx,
        orientation="landscape",
        subject=f"{data.title} {data.period_label}",
    )
