"""The pieces of the printed visit planner: status marks, the paper month grid, legend, head and foot.

The month grid is drawn on the canvas (not as a ``Table``) because it decides,
cell by cell and before layout, how many visits fit: a busy day first gets a
smaller font (within limits), and what still does not fit continues behind a
"+2 …" line so the report can list those visits elsewhere. Nothing is clipped.

Status needs no colour: ○ planned, ● done, ✕ missed, ─ cancelled (also struck
through and grey), glyphs of the bundled WenQuanYi font. Shading is grey only:
weekends light, holidays darker, days outside the period hatched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table

from desktop.reports.base import INK, LINE, MUTED, SHADE, Layout, text
from desktop.reports.blocks import table_style
from desktop.reports.fonts import FONT_NAME

__all__ = [
    "HOLIDAY_SHADE",
    "STATUSES",
    "STATUS_MARKS",
    "WEEKEND_SHADE",
    "CellEntry",
    "DayCell",
    "Legend",
    "LegendItem",
    "MonthGrid",
    "fit_cell",
    "mark_markup",
    "summary_strip",
    "title_block",
    "wrap_text",
]

#: The printed mark of each visit status; the same marks appear in the legend.
STATUS_MARKS = {"planned": "○", "done": "●", "missed": "✕", "cancelled": "─"}
STATUSES = tuple(STATUS_MARKS)
# The font draws these marks less than half an em tall (all four alike): print
# them larger, and lower them to stay centred on the text.
_MARK_SCALE = 1.45
_MARK_DROP = 0.17  # of the text size

WEEKEND_SHADE = colors.Color(0.955, 0.955, 0.955)
HOLIDAY_SHADE = colors.Color(0.87, 0.87, 0.87)
_HATCH = colors.Color(0.84, 0.84, 0.84)
_GRID = colors.Color(0.70, 0.70, 0.70)
_FAINT = colors.Color(0.62, 0.62, 0.62)
_BOLD_STROKE = 0.032

# Month cells: the font shrinks from the first size to the last before a busy
# day is cut off behind a "+n" line.
_CELL_SIZES = (7.0, 6.5, 6.0, 5.5)
_LEADING = 1.2
_PAD = 2.4
_DAY_LINE = 10.5
_HEADER_H = 15.0
_WEEK_COL = 8 * mm
_WEEKEND_WEIGHT = 0.56

# A CJK (or full-width) character may break anywhere; other runs break at spaces.
_TOKEN = re.compile(r"\s+|[^\s\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef]+|\S")


def _width(value: str, size: float) -> float:
    return float(stringWidth(value, FONT_NAME, size))


def wrap_text(value: str, size: float, width: float) -> list[str]:
    """Break ``value`` into lines no wider than ``width`` in the bundled font.

    Chinese breaks between any two characters, Latin text at spaces, and a word
    wider than the whole line is broken inside, so the result always fits.
    """
    lines: list[str] = []
    current = ""
    for token in _TOKEN.findall(value):
        if _width(current + token, size) <= width:
            current += token
            continue
        if token.isspace():
            lines.append(current)
            current = ""
            continue
        if current.strip():
            lines.append(current.rstrip())
        current = ""
        for ch in token:
            if current and _width(current + ch, size) > width:
                lines.append(current)
                current = ""
            current += ch
    if current.strip() or not lines:
        lines.append(current.rstrip())
    return lines


def _fit_line(value: str, size: float, width: float, smallest: float = 5.0) -> tuple[str, float]:
    """Shrink, then shorten with "…", a one-line label (holiday names, tags) to ``width``."""
    while size > smallest and _width(value, size) > width:
        size -= 0.5
    if _width(value, size) <= width:
        return value, size
    while value and _width(value + "…", size) > width:
        value = value[:-1]
    return (value + "…" if value else ""), size


@dataclass(frozen=True)
class CellEntry:
    """One visit as a month cell shows it: its mark, its text ("09:30 华悦商贸"), struck or not."""

    mark: str
    text: str
    struck: bool = False


@dataclass(frozen=True)
class _Line:
    text: str
    mark: str = ""
    struck: bool = False
    more: bool = False


@dataclass(frozen=True)
class FittedCell:
    """How a day cell prints: font size, its lines, and how many entries (from the first) it shows."""

    size: float
    lines: tuple[_Line, ...]
    shown: int


def _entry_lines(entry: CellEntry, size: float, width: float) -> list[_Line]:
    indent = _mark_width(size)
    parts = wrap_text(entry.text, size, width - indent)
    return [_Line(part, entry.mark if i == 0 else "", entry.struck) for i, part in enumerate(parts)]


def _mark_width(size: float) -> float:
    return max(_width(m, size * _MARK_SCALE) for m in STATUS_MARKS.values()) + size * 0.3


def _draw_mark(canv: Canvas, mark: str, x: float, baseline: float, size: float) -> None:
    """Draw a status mark for text of ``size`` on ``baseline``, scaled and lowered."""
    canv.setFont(FONT_NAME, size * _MARK_SCALE)
    canv.drawString(x, baseline - size * _MARK_DROP, mark)


def mark_markup(mark: str, size: float) -> str:
    """A status mark as paragraph markup, scaled and lowered like on the canvas.

    Use it in a style with ``autoLeading="max"`` so the larger mark never
    pushes its line into the next one.
    """
    return f'<sub rise="{size * _MARK_DROP:.2f}" size="{size * _MARK_SCALE:.2f}">{mark}</sub>'


def fit_cell(entries: Sequence[CellEntry], width: float, height: float, more: str) -> FittedCell:
    """Fit a day's entries into a ``width`` × ``height`` box, never dropping one silently.

    Try each font size from 7 pt down to 5.5 pt; at the first that fits every
    entry (wrapped), use it. Otherwise, at the smallest size, show as many
    entries as fit above a last line ``more`` (a template with ``{count}``,
    e.g. "+{count} …") and report how many were shown; the caller lists the
    rest elsewhere.
    """
    for size in _CELL_SIZES:
        lines = [line for entry in entries for line in _entry_lines(entry, size, width)]
        if len(lines) * size * _LEADING <= height:
            return FittedCell(size, tuple(lines), len(entries))
    size = _CELL_SIZES[-1]
    capacity = max(int(height // (size * _LEADING)) - 1, 0)
    shown: list[_Line] = []
    count = 0
    for entry in entries:
        lines = _entry_lines(entry, size, width)
        if len(shown) + len(lines) > capacity:
            break
        shown += lines
        count += 1
    label = more.format(count=len(entries) - count)
    return FittedCell(size, (*shown, _Line(label, more=True)), count)


Shade = Literal["none", "weekend", "holiday", "outside"]


@dataclass(frozen=True)
class DayCell:
    """One day of the month grid as prepared by the report: number, shading, tags, entries."""

    day: date
    number: str
    shade: Shade
    tags: str  # holiday name, "补班", … joined, printed small at the top right
    today: bool
    entries: tuple[CellEntry, ...]


def _bold(canv: Canvas, x: float, y: float, value: str, size: float, centre: bool = False) -> None:
    """Simulated bold (fill and a thin outline): the bundled font has no bold face."""
    canv.setFont(FONT_NAME, size)
    canv.setLineWidth(size * _BOLD_STROKE)
    (canv.drawCentredString if centre else canv.drawString)(x, y, value, mode=2)


def _hatch(canv: Canvas, x: float, y: float, w: float, h: float) -> None:
    """Fine diagonal hatching inside a box: "not part of this period", without colour."""
    canv.saveState()
    path = canv.beginPath()
    path.rect(x, y, w, h)
    canv.clipPath(path, stroke=0, fill=0)
    canv.setStrokeColor(_HATCH)
    canv.setLineWidth(0.35)
    for step in range(int(-h // 5), int(w // 5) + 1):
        canv.line(x + step * 5, y, x + step * 5 + h, y + h)
    canv.restoreState()


def _today_badge(canv: Canvas, x: float, y: float, number: str, size: float) -> float:
    """The day number white on a black rounded box (today's mark); returns the box width."""
    w = max(_width(number, size) + size * 0.7, size * 1.5)
    h = size * 1.3
    canv.setFillColor(INK)
    canv.roundRect(x, y - size * 0.32, w, h, size * 0.3, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setStrokeColor(colors.white)
    _bold(canv, x + w / 2, y, number, size, centre=True)
    return w


class MonthGrid(Flowable):
    """A paper month planner: week numbers at the left, Monday..Sunday columns, a cell per day.

    Fitting happens in the constructor, so ``shown(day)`` tells the report,
    before layout, which visits a busy day could not show (they go to an
    appendix). The grid always takes exactly ``width`` × ``height``.
    """

    def __init__(
        self,
        weekdays: Sequence[str],
        week_label: str,
        weeks: Sequence[tuple[str, Sequence[DayCell]]],
        width: float,
        height: float,
        more: str,
    ) -> None:
        super().__init__()
        self._weekdays = list(weekdays)
        self._week_label = week_label
        self._weeks = [(label, list(cells)) for label, cells in weeks]
        self.width = width
        self.height = height
        unit = (width - _WEEK_COL) / (5 + 2 * _WEEKEND_WEIGHT)
        self._col_w = [unit] * 5 + [unit * _WEEKEND_WEIGHT] * 2
        self._row_h = self._row_heights(height - _HEADER_H)
        self._fitted = {
            cell.day: fit_cell(cell.entries, self._col_w[col] - 2 * _PAD, box_h, more)
            for (_, cells), row_h in zip(self._weeks, self._row_h, strict=True)
            for box_h in [row_h - _DAY_LINE - 2 * _PAD]
            for col, cell in enumerate(cells)
        }

    def _row_heights(self, total: float) -> list[float]:
        """Equal week rows, unless a busy week needs more: then it takes the other weeks' slack.

        A week "needs" the height that shows its fullest day at the normal font
        size; a week giving room keeps what it needs itself, and at least 14 mm.
        """
        count = max(len(self._weeks), 1)
        equal = total / count
        line_h = _CELL_SIZES[0] * _LEADING
        need = []
        for _, cells in self._weeks:
            lines = [
                len(fit_cell(c.entries, self._col_w[i] - 2 * _PAD, 1e9, "").lines)
                for i, c in enumerate(cells)
            ]
            need.append(max(lines, default=0) * line_h + _DAY_LINE + 2 * _PAD)
        floors = [min(max(n, 14 * mm), equal) for n in need]
        spare = sum(equal - f for f in floors)
        deficit = sum(max(n - equal, 0) for n in need)
        if deficit <= 0 or spare <= 0:
            return [equal] * count
        give = min(spare, deficit)
        grow = [max(n - equal, 0) * give / deficit for n in need]
        shrink = [(equal - f) * give / spare for f in floors]
        return [equal + g - s for g, s in zip(grow, shrink, strict=True)]

    def shown(self, day: date) -> int:
        """How many of the day's entries (from the first) the grid prints; 0 for a day not in it."""
        fitted = self._fitted.get(day)
        return fitted.shown if fitted else 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv, top = self.canv, self.height - _HEADER_H
        xs = [_WEEK_COL + sum(self._col_w[:i]) for i in range(8)]
        tops = [top - sum(self._row_h[:i]) for i in range(len(self._weeks) + 1)]
        # Header row: the week column's heading and the weekday names, shaded.
        canv.setFillColor(SHADE)
        canv.rect(0, top, self.width, _HEADER_H, stroke=0, fill=1)
        canv.setFillColor(MUTED)
        label, size = _fit_line(self._week_label, 7.5, _WEEK_COL - 2)
        canv.setFont(FONT_NAME, size)
        canv.drawCentredString(_WEEK_COL / 2, top + 4.6, label)
        canv.setFillColor(INK)
        canv.setStrokeColor(INK)
        for col, name in enumerate(self._weekdays):
            label, size = _fit_line(name, 8.5, self._col_w[col] - 4)
            _bold(canv, xs[col] + self._col_w[col] / 2, top + 4.6, label, size, centre=True)
        today = None
        for row, (week, cells) in enumerate(self._weeks):
            y, h = tops[row + 1], self._row_h[row]
            canv.setFillColor(MUTED)
            canv.setFont(FONT_NAME, 7.5)
            canv.drawCentredString(_WEEK_COL / 2, y + h - _PAD - 7.5, week)
            for col, cell in enumerate(cells):
                self._draw_cell(canv, cell, xs[col], y, self._col_w[col], h)
                today = (xs[col], y, self._col_w[col], h) if cell.today else today
        # Rules: a light grid inside; the box, the header rule and today heavier.
        canv.setStrokeColor(_GRID)
        canv.setLineWidth(0.4)
        for x in xs[1:-1]:
            canv.line(x, 0, x, top)
        for y in tops[1:-1]:
            canv.line(0, y, self.width, y)
        canv.setStrokeColor(LINE)
        canv.setLineWidth(0.8)
        canv.line(0, top, self.width, top)
        canv.line(_WEEK_COL, 0, _WEEK_COL, self.height)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        if today is not None:
            canv.setStrokeColor(INK)
            canv.setLineWidth(1.6)
            canv.rect(*today, stroke=1, fill=0)

    def _draw_cell(
        self, canv: Canvas, cell: DayCell, x: float, y: float, w: float, h: float
    ) -> None:
        if cell.shade == "outside":
            _hatch(canv, x, y, w, h)
        elif cell.shade != "none":
            canv.setFillColor(HOLIDAY_SHADE if cell.shade == "holiday" else WEEKEND_SHADE)
            canv.rect(x, y, w, h, stroke=0, fill=1)
        num_y = y + h - _PAD - 8.0
        num_w = _width(cell.number, 8.5)
        if cell.today:
            num_w = _today_badge(canv, x + _PAD, num_y, cell.number, 8.0)
        elif cell.shade == "outside":
            canv.setFillColor(_FAINT)
            canv.setFont(FONT_NAME, 8.0)
            canv.drawString(x + _PAD, num_y, cell.number)
        else:
            canv.setFillColor(INK)
            canv.setStrokeColor(INK)
            _bold(canv, x + _PAD, num_y, cell.number, 8.5)
        if cell.tags:
            room = w - 2 * _PAD - num_w - 3
            tag, size = _fit_line(cell.tags, 6.5, room)
            canv.setFillColor(INK if cell.shade == "holiday" else MUTED)
            canv.setFont(FONT_NAME, size)
            canv.drawRightString(x + w - _PAD, num_y + 0.5, tag)
        fitted = self._fitted[cell.day]
        size = fitted.size
        line_y = y + h - _PAD - _DAY_LINE - size
        for line in fitted.lines:
            tx = x + _PAD + (0 if line.more else _mark_width(size))
            canv.setFillColor(MUTED if (line.struck or line.more) else INK)
            if line.mark:
                _draw_mark(canv, line.mark, x + _PAD, line_y, size)
            canv.setFont(FONT_NAME, size)
            canv.drawString(tx, line_y, line.text)
            if line.struck and line.text:
                canv.setStrokeColor(MUTED)
                canv.setLineWidth(0.4)
                canv.line(
                    tx, line_y + size * 0.33, tx + _width(line.text, size), line_y + size * 0.33
                )
            line_y -= size * _LEADING


LegendKind = Literal["mark", "weekend", "holiday", "workday", "outside", "today"]


@dataclass(frozen=True)
class LegendItem:
    """One key of the legend: what is drawn (a status mark, a swatch, today's badge) and its word."""

    kind: LegendKind
    word: str
    sample: str = ""  # the mark for "mark", the day number for "today"


class Legend(Flowable):
    """The planner's key on one line (wrapping if needed): "图例  ○ 计划  ● 已完成 …"."""

    _SIZE = 7.5
    _SWATCH = 9.0
    _GAP = 11.0

    def __init__(self, heading: str, items: Sequence[LegendItem]) -> None:
        super().__init__()
        self._heading = heading
        self._items = list(items)
        self._rows: list[list[tuple[LegendItem, float]]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        start = _width(self._heading, self._SIZE) + self._GAP
        x, self._rows = start, [[]]
        for item in self._items:
            sample = _mark_width(self._SIZE) if item.kind == "mark" else self._SWATCH + 2
            w = sample + 3 + _width(item.word, self._SIZE)
            if self._rows[-1] and x + w > availWidth:
                x, self._rows = start, [*self._rows, []]
            self._rows[-1].append((item, x))
            x += w + self._GAP
        self.width = availWidth
        self.height = len(self._rows) * 12.0
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        size = self._SIZE
        canv.setFillColor(MUTED)
        canv.setFont(FONT_NAME, size)
        canv.drawString(0, self.height - 9, self._heading)
        for row, items in enumerate(self._rows):
            base = self.height - 9 - row * 12.0
            for item, x in items:
                x = self._draw_sample(canv, item, x, base)
                canv.setFillColor(INK)
                canv.setFont(FONT_NAME, size)
                canv.drawString(x + 3, base, item.word)

    def _draw_sample(self, canv: Canvas, item: LegendItem, x: float, base: float) -> float:
        """Draw the item's sample at ``x``; return where its word starts."""
        sw = self._SWATCH
        if item.kind == "mark":
            canv.setFillColor(INK)
            _draw_mark(canv, item.sample, x, base, self._SIZE)
            return x + _mark_width(self._SIZE) - 2
        if item.kind == "today":
            return x + _today_badge(canv, x, base, item.sample, 7.0) + 2
        box_y = base - 2
        if item.kind == "outside":
            _hatch(canv, x, box_y, sw, sw)
        elif item.kind != "workday":
            canv.setFillColor(HOLIDAY_SHADE if item.kind == "holiday" else WEEKEND_SHADE)
            canv.rect(x, box_y, sw, sw, stroke=0, fill=1)
        canv.setStrokeColor(_GRID)
        canv.setLineWidth(0.5)
        canv.rect(x, box_y, sw, sw, stroke=1, fill=0)
        return x + sw + 2


def title_block(title: str, period: str, person: str, layout: Layout) -> Table:
    """The plan's head line: title and period on the left, the person on the right, over a rule."""
    st = layout.styles
    big = ParagraphStyle("vp-title", parent=st.title, fontSize=15, leading=19)
    who = ParagraphStyle("vp-who", parent=st.heading, fontSize=11, leading=19, alignment=TA_RIGHT)
    left = Paragraph(
        f"{escape(title)}&nbsp;&nbsp;&nbsp;<font size=12 color='#444444'>{escape(period)}</font>",
        big,
    )
    block = Table(
        [[left, text(person, who, bold=True)]], colWidths=[layout.width * 0.55, layout.width * 0.45]
    )
    block.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.8, INK),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ],
            padding=False,
        )
    )
    block.spaceAfter = 4
    return block


def summary_strip(rows: Sequence[tuple[str, str]], heading: str, layout: Layout) -> list[Flowable]:
    """Summary figures side by side: a shaded label row over a value row, up to ten a strip."""
    st = layout.styles
    label = ParagraphStyle("vp-sum-l", parent=st.small, alignment=TA_CENTER, leading=10)
    value = ParagraphStyle("vp-sum-v", parent=st.body, alignment=TA_CENTER, fontSize=10, leading=13)
    head_w = 22 * mm
    strips_needed = -(-len(rows) // 10)
    per = max(-(-len(rows) // max(strips_needed, 1)), 5)
    cell_w = (layout.width - head_w) / per
    strips: list[Flowable] = []
    for start in range(0, len(rows), per):
        chunk = rows[start : start + per]
        table = Table(
            [
                [text(heading, st.form_label, bold=True)] + [text(k, label) for k, _ in chunk],
                [""] + [text(v, value, bold=True) for _, v in chunk],
            ],
            colWidths=[head_w] + [cell_w] * len(chunk),
            hAlign="LEFT",
        )
        table.setStyle(
            table_style(
                [
                    ("SPAN", (0, 0), (0, 1)),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("BACKGROUND", (0, 0), (0, 1), SHADE),
                    ("GRID", (0, 0), (-1, -1), 0.4, LINE),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        table.spaceBefore = 5
        strips.append(table)
    return strips
