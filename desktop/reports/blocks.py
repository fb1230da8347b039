"""Building blocks that every report reuses: section headings, data tables, form grids, signatures.

They live apart from ``base`` (the document and its page furniture) so each
module stays small; both are the shared layer that report modules build on.
All blocks are drawn in greys with visible rules so they print well in black
and white, and every text cell is a wrapping paragraph, so nothing is clipped:
a long value makes its row taller, a long table continues on the next page
under a repeated header row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from desktop.reports.base import INK, LINE, SHADE, ReportStyles, text
from desktop.reports.fonts import FONT_NAME

__all__ = [
    "Cell",
    "FootAnchored",
    "FormField",
    "SplittingTable",
    "data_table",
    "form_grid",
    "heading_bar",
    "label_width",
    "section_heading",
    "signature_line",
    "table_style",
]

Cell: TypeAlias = "str | Flowable"

_GRID = colors.Color(0.72, 0.72, 0.72)
_ZEBRA = colors.Color(0.95, 0.95, 0.95)
# A row taller than the rest of the page may be cut inside the row, but only
# leaving at least this much on each side (about two lines of text).
_MIN_ROW_SPLIT = 26.0
_CELL = [
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 4.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


class SplittingTable(Table):
    """A table whose rows may be cut across pages, so no cell is ever too tall to print.

    Rows are split inside only when no whole row fits, and then normally only
    with ``_MIN_ROW_SPLIT`` or more on each side. If even that fails at the top
    of an empty page, the minimum is dropped for this one split, because the
    alternative is reportlab giving up with a ``LayoutError``.
    """

    splitInRow: float

    def __init__(self, data: Any, **kwargs: Any) -> None:
        kwargs.setdefault("splitInRow", _MIN_ROW_SPLIT)
        super().__init__(data, **kwargs)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        frame = getattr(self, "_frame", None)
        if parts or frame is None or not getattr(frame, "_atTop", False):
            return parts
        minimum = self.splitInRow
        self.splitInRow = 1
        try:
            parts = super().split(availWidth, availHeight)
        finally:
            self.splitInRow = minimum
        for part in parts:
            part.splitInRow = minimum
        return parts


def table_style(commands: Sequence[tuple[Any, ...]], *, padding: bool = True) -> TableStyle:
    """A table style that starts from the CJK font (and, unless ``padding=False``, no padding).

    reportlab selects each cell's font (Helvetica unless told otherwise) even
    for cells holding paragraphs; starting every table from the bundled font
    keeps a stray, non-embedded Helvetica out of the PDF.
    """
    base: list[tuple[Any, ...]] = [("FONT", (0, 0), (-1, -1), FONT_NAME, 9)]
    if not padding:
        base += [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    return TableStyle([*base, *commands])


def heading_bar(title: str, styles: ReportStyles, width: float) -> Table:
    """A section title: a dark bar flush with the grids' left edge, the title, a rule across."""
    bar = 3.0
    table = Table([["", text(title, styles.heading, bold=True)]], colWidths=[bar, width - bar])
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (0, 0), INK),
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, LINE),
                ("LEFTPADDING", (1, 0), (1, 0), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ],
            padding=False,
        )
    )
    table.spaceBefore = 9
    table.spaceAfter = 4
    return table


def section_heading(
    title: str, styles: ReportStyles, width: float, *, keep_room: float = 30 * mm
) -> list[Flowable]:
    """A ``heading_bar`` that starts a new page when less than ``keep_room`` is left.

    So a heading is never stranded at the foot of a page. (reportlab's
    ``keepWithNext`` is not used: it would push a long table whole onto the next
    page instead of letting it start under its heading.)
    """
    return [CondPageBreak(keep_room), heading_bar(title, styles, width)]


def _scaled(widths: Sequence[float] | None, count: int, total: float) -> list[float]:
    if widths is None:
        return [total / count] * count
    if len(widths) != count:
        raise ValueError(f"{len(widths)} column widths for {count} columns")
    scale = total / sum(widths)
    return [w * scale for w in widths]


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    styles: ReportStyles,
    width: float,
    *,
    col_widths: Sequence[float] | None = None,
    numeric: Iterable[int] = (),
) -> Table:
    """A list as a table: header row repeated on every page, zebra rows, light grid.

    ``col_widths`` are relative weights scaled to ``width`` (equal if omitted).
    Columns listed in ``numeric`` are right-aligned, header included; numbers
    arrive already formatted (thousands separators, ¥), since formatting is the
    caller's, locale-aware job. A cell may also be any flowable.
    """
    numeric_cols = set(numeric)

    def cell(value: Cell, col: int, is_header: bool) -> Flowable:
        if not isinstance(value, str):
            return value
        if is_header:
            style = styles.table_header_number if col in numeric_cols else styles.table_header
            return text(value, style, bold=True)
        return text(value, styles.table_number if col in numeric_cols else styles.table_cell)

    data = [[cell(v, c, True) for c, v in enumerate(header)]]
    for row in rows:
        if len(row) != len(header):
            raise ValueError(f"row has {len(row)} cells, header has {len(header)}")
        data.append([cell(v, c, False) for c, v in enumerate(row)])
    table = SplittingTable(
        data, colWidths=_scaled(col_widths, len(header), width), repeatRows=1, hAlign="LEFT"
    )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, _ZEBRA]),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, _GRID),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, LINE),
        ("BOX", (0, 0), (-1, -1), 0.7, LINE),
        *_CELL,
    ]
    table.setStyle(table_style(commands))
    return table


@dataclass(frozen=True)
class FormField:
    """One label/value pair of a form; a ``wide`` field takes a whole row (addresses, notes)."""

    label: str
    value: str
    wide: bool = False


def label_width(labels: Iterable[str], styles: ReportStyles, width: float) -> float:
    """A label column wide enough for the longest label on one line, within sensible bounds.

    Compute it once per document and pass it to every ``form_grid`` so the grids
    of all sections line up. Chinese labels give about 22 mm; longer English
    ones grow the column up to a quarter of a four-column row and then wrap.
    """
    style = styles.form_label
    longest = max((stringWidth(label, FONT_NAME, style.fontSize) for label in labels), default=0)
    return min(max(longest + 9, 22 * mm), width / 4)


def form_grid(
    fields: Sequence[FormField],
    styles: ReportStyles,
    width: float,
    *,
    columns: int = 4,
    label_col: float | None = None,
) -> list[Flowable]:
    """Fields as a paper form: label cells shaded grey, value cells white, values wrapping.

    With ``columns=4`` two pairs share a row and a ``wide`` field (or an odd one
    out) takes a whole row; with ``columns=2`` every field has its own row.

    Each row is its own small table stacked flush under the previous one, which
    looks like one grid but lets pages break between any two rows, and lets a
    single huge value (a pasted essay in an address) split across pages, which
    reportlab cannot do for a cell spanning columns.
    """
    if columns not in (2, 4):
        raise ValueError("a form grid has 2 or 4 columns")
    lw = (
        label_col
        if label_col is not None
        else label_width([f.label for f in fields], styles, width)
    )
    half = (width - 2 * lw) / 2

    rows: list[list[FormField]] = []
    pending: FormField | None = None
    for f in fields:
        if columns == 2 or f.wide:
            if pending is not None:
                rows.append([pending])
                pending = None
            rows.append([f])
        elif pending is None:
            pending = f
        else:
            rows.append([pending, f])
            pending = None
    if pending is not None:
        rows.append([pending])

    grid: list[Flowable] = []
    for i, row in enumerate(rows):
        cells: list[Cell] = []
        shading: list[tuple[Any, ...]] = []
        for j, f in enumerate(row):
            cells += [text(f.label, styles.form_label), text(f.value, styles.form_value)]
            shading.append(("BACKGROUND", (2 * j, 0), (2 * j, 0), SHADE))
        # Outer edges in the box weight, rules between rows in the grid weight.
        top = (0.7, LINE) if i == 0 else (0.4, _GRID)
        bottom = (0.7, LINE) if i == len(rows) - 1 else (0.4, _GRID)
        table = SplittingTable(
            [cells],
            colWidths=[lw, half, lw, half] if len(row) == 2 else [lw, width - lw],
            hAlign="LEFT",
        )
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("INNERGRID", (0, 0), (-1, -1), 0.4, _GRID),
                    ("LINEABOVE", (0, 0), (-1, 0), *top),
                    ("LINEBELOW", (0, 0), (-1, 0), *bottom),
                    ("LINEBEFORE", (0, 0), (0, 0), 0.7, LINE),
                    ("LINEAFTER", (-1, 0), (-1, 0), 0.7, LINE),
                    *_CELL,
                    *shading,
                ]
            )
        )
        grid.append(table)
    return grid


def signature_line(caption: str, styles: ReportStyles, width: float) -> Table:
    """A caption and a blank line to sign on (e.g. "客户经理签字 / 日期"), right-aligned.

    The line is long enough for a name and a date by hand, like the signature
    box of a paper form. Put it in a ``FootAnchored`` to sit at the page foot.
    """
    caption_w = min(stringWidth(caption, FONT_NAME, styles.body.fontSize) + 10, width * 0.45)
    line_w = min(70 * mm, width - caption_w)
    inner = Table([[text(caption, styles.body), ""]], colWidths=[caption_w, line_w])
    inner.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, 0), 0.7, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 12),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ],
            padding=False,
        )
    )
    outer = Table([[inner]], colWidths=[width])
    outer.setStyle(table_style([("ALIGN", (0, 0), (-1, -1), "RIGHT")], padding=False))
    return outer


class FootAnchored(Flowable):
    """The closing block of a document: ``body`` flows as usual, ``foot`` sits at the page foot.

    Used for "notes, then signature": the signature goes to the bottom of the
    last page, and the block moves to a new page as a whole rather than leaving
    the signature alone on a page of its own. Only if the block is taller than a
    whole page does it fall apart into ordinary flowables that split normally.
    """

    def __init__(
        self, body: Sequence[Flowable], foot: Flowable, frame_height: float, min_gap: float = 6 * mm
    ) -> None:
        super().__init__()
        self._body = list(body)
        self._foot = foot
        self._frame_height = frame_height
        self._min_gap = min_gap

    def _measure(self, avail_width: float, avail_height: float) -> float:
        total = self._min_gap
        for f in [*self._body, self._foot]:
            _, h = f.wrap(avail_width, avail_height)
            total += h + f.getSpaceBefore() + f.getSpaceAfter()
        return total

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = max(availHeight, self._measure(availWidth, availHeight))
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self._measure(availWidth, self._frame_height) <= self._frame_height:
            return []  # fits on a fresh page: move there whole
        return [*self._body, self._foot]

    def draw(self) -> None:
        y = self.height
        for f in self._body:
            _, h = f.wrap(self.width, self.height)
            y -= f.getSpaceBefore() + h
            f.drawOn(self.canv, 0, y)
            y -= f.getSpaceAfter()
        self._foot.wrap(self.width, self.height)
        self._foot.drawOn(self.canv, 0, 0)
