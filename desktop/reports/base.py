"""The shared frame of every printed FieldDesk document.

The idea is pretix's ``ReportlabExportMixin``: fonts, page template, header and
footer live in one place, and each report only builds its *story* (the list of
flowables) from data that was prepared before layout starts. A report module
therefore looks like::

    def render_x(data: XData, labels: XLabels, ctx: PrintContext) -> bytes:
        return render(lambda layout: [...flowables...], ctx)

Every printed word comes from the caller (``PrintContext`` and the report's
labels), already translated, so this package never needs Qt's ``tr()``.
Everything is drawn in the bundled CJK font, including the page furniture, and
in greys that survive a black-and-white office printer.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from desktop.reports.fonts import FONT_NAME, register_pdf_font

__all__ = [
    "INK",
    "LINE",
    "MUTED",
    "SHADE",
    "BoldParagraph",
    "Layout",
    "Orientation",
    "PrintContext",
    "ReportStyles",
    "StoryBuilder",
    "make_styles",
    "render",
    "text",
]

# Greys only: status colour never carries meaning on paper (UI.md), and these
# stay distinct on a cheap laser printer.
INK = colors.Color(0.10, 0.10, 0.10)  # body text
MUTED = colors.Color(0.36, 0.36, 0.36)  # labels, header and footer
LINE = colors.Color(0.55, 0.55, 0.55)  # rules and outer boxes
SHADE = colors.Color(0.91, 0.91, 0.91)  # label cells, table header

# Page geometry. The header and footer sit in the top and bottom margins, with
# a clear gap to the frame so they never touch the content.
_SIDE = 16 * mm
_TOP = 21 * mm
_BOTTOM = 18 * mm
_HEADER_BASELINE = 12 * mm  # from the top edge
_HEADER_RULE = 14.2 * mm
_FOOTER_RULE = 12.5 * mm  # from the bottom edge
_FOOTER_BASELINE = 8.5 * mm
_FURNITURE_SIZE = 8.0

# Simulated bold: fill the glyphs and stroke their outline with a line this
# fraction of the font size. Enough to read as bold, thin enough to stay crisp.
_BOLD_STROKE = 0.032

Orientation = Literal["portrait", "landscape"]


@dataclass(frozen=True)
class PrintContext:
    """The page furniture of one print job, every string already translated.

    ``printed_at`` is formatted by the caller (locale, clock) so rendering never
    reads the clock. ``page_label`` is a ``str.format`` template with ``{page}``
    and ``{pages}``, e.g. "第 {page} 页 / 共 {pages} 页" or "Page {page} of {pages}";
    ``printed_label`` likewise takes ``{printed_by}`` and ``{printed_at}``, e.g.
    "打印人：{printed_by}　打印时间：{printed_at}".
    """

    company: str
    title: str
    printed_by: str
    printed_at: str
    page_label: str = "{page} / {pages}"
    printed_label: str = "{printed_by}  {printed_at}"

    def page_text(self, page: int, pages: int) -> str:
        """The footer's page counter, e.g. "第 1 页 / 共 2 页"."""
        return self.page_label.format(page=page, pages=pages)

    def printed_text(self) -> str:
        """The footer's "who printed when" line."""
        return self.printed_label.format(printed_by=self.printed_by, printed_at=self.printed_at)


@dataclass(frozen=True)
class ReportStyles:
    """Paragraph styles of a document, all in the CJK font with CJK line breaking.

    ``wordWrap="CJK"`` lets Chinese break between any two characters (it still
    backs up to a space inside Latin words), so long names and addresses wrap
    instead of running out of their cells.
    """

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    table_header: ParagraphStyle
    table_header_number: ParagraphStyle
    table_cell: ParagraphStyle
    table_number: ParagraphStyle
    form_label: ParagraphStyle
    form_value: ParagraphStyle


def make_styles() -> ReportStyles:
    """Build a fresh set of styles (cheap; each render gets its own, so workers share nothing)."""

    def style(name: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": FONT_NAME,
            "fontSize": size,
            "leading": leading,
            "textColor": INK,
            "wordWrap": "CJK",
            "alignment": TA_LEFT,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    return ReportStyles(
        title=style("fd-title", 17, 22),
        subtitle=style("fd-subtitle", 9.5, 13, textColor=MUTED),
        heading=style("fd-heading", 11, 14),
        body=style("fd-body", 9.5, 14),
        small=style("fd-small", 8, 11, textColor=MUTED),
        table_header=style("fd-th", 9, 12),
        table_header_number=style("fd-th-num", 9, 12, alignment=TA_RIGHT),
        table_cell=style("fd-td", 9, 12.5),
        table_number=style("fd-td-num", 9, 12.5, alignment=TA_RIGHT),
        form_label=style("fd-label", 9.5, 13.5, textColor=MUTED),
        form_value=style("fd-value", 9.5, 13.5),
    )


class BoldParagraph(Paragraph):
    """A paragraph drawn in simulated bold, because the bundled font has no bold face.

    The text is filled and then stroked with a thin outline in the text colour
    (PDF text render mode 2). ``Flowable.drawOn`` brackets ``draw`` in a saved
    graphics state, so the render mode never leaks into what follows.
    """

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(self.style.textColor)
        canv.setLineWidth(self.style.fontSize * _BOLD_STROKE)
        canv.setLineJoin(1)
        canv.addLiteral("2 Tr")
        super().draw()
        canv.restoreState()


def text(value: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    """A paragraph showing ``value`` literally: markup characters are escaped, newlines kept."""
    markup = escape(value).replace("\r\n", "\n").replace("\n", "<br/>")
    cls = BoldParagraph if bold else Paragraph
    return cls(markup, style)


@dataclass(frozen=True)
class Layout:
    """What a story builder needs to know about the page: styles and the frame size (points)."""

    styles: ReportStyles
    width: float
    height: float


StoryBuilder = Callable[[Layout], list[Flowable]]


def _fit(value: str, max_width: float, size: float) -> tuple[str, float]:
    """Shrink (then, if still needed, shorten with "…") a furniture string to fit its slot."""
    while size > 6.5 and stringWidth(value, FONT_NAME, size) > max_width:
        size -= 0.5
    if stringWidth(value, FONT_NAME, size) <= max_width:
        return value, size
    while value and stringWidth(value + "…", FONT_NAME, size) > max_width:
        value = value[:-1]
    return value + "…", size


def _bold_string(canv: Canvas, x: float, y: float, value: str, size: float, right: bool) -> None:
    canv.setFont(FONT_NAME, size)
    canv.setLineWidth(size * _BOLD_STROKE)
    if right:
        canv.drawRightString(x, y, value, mode=2)
    else:
        canv.drawString(x, y, value, mode=2)


def _draw_furniture(canv: Canvas, ctx: PrintContext, page: int, pages: int) -> None:
    """Header (company, title, rule) and footer (who/when, rule, page x of y) of one page."""
    width, height = canv._pagesize
    inner = width - 2 * _SIDE
    canv.saveState()
    canv.setFillColor(INK)
    canv.setStrokeColor(INK)
    y = height - _HEADER_BASELINE
    title, title_size = _fit(ctx.title, inner * 0.45, 10)
    title_w = stringWidth(title, FONT_NAME, title_size)
    company, company_size = _fit(ctx.company, inner - title_w - 8 * mm, 9.5)
    _bold_string(canv, _SIDE, y, company, company_size, right=False)
    _bold_string(canv, width - _SIDE, y, title, title_size, right=True)
    canv.setStrokeColor(LINE)
    canv.setLineWidth(0.6)
    canv.line(_SIDE, height - _HEADER_RULE, width - _SIDE, height - _HEADER_RULE)
    canv.setLineWidth(0.4)
    canv.line(_SIDE, _FOOTER_RULE, width - _SIDE, _FOOTER_RULE)
    canv.setFillColor(MUTED)
    page_text = ctx.page_text(page, pages)
    page_w = stringWidth(page_text, FONT_NAME, _FURNITURE_SIZE)
    printed, printed_size = _fit(ctx.printed_text(), inner - page_w - 8 * mm, _FURNITURE_SIZE)
    canv.setFont(FONT_NAME, printed_size)
    canv.drawString(_SIDE, _FOOTER_BASELINE, printed)
    canv.setFont(FONT_NAME, _FURNITURE_SIZE)
    canv.drawRightString(width - _SIDE, _FOOTER_BASELINE, page_text)
    canv.restoreState()


class _FurnitureCanvas(Canvas):
    """A canvas that holds pages back until the end so the footer can say "of y".

    The classic reportlab "NumberedCanvas": ``showPage`` only remembers the page
    state; ``save`` replays every page, draws header and footer knowing the total,
    and then emits it. One layout pass instead of two.
    """

    def __init__(self, *args: Any, ctx: PrintContext, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._ctx = ctx
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            _draw_furniture(self, self._ctx, number, pages)
            super().showPage()
        super().save()


def render(
    story_builder: StoryBuilder,
    ctx: PrintContext,
    *,
    orientation: Orientation = "portrait",
    subject: str = "",
) -> bytes:
    """Lay out the story on A4 pages with header and footer and return the PDF bytes.

    The PDF's metadata names the document (title), the company (author) and
    FieldDesk (creator), which is what a viewer's "Properties" and a file
    manager show. Bad ``page_label`` / ``printed_label`` templates fail here,
    before any layout work.
    """
    ctx.page_text(1, 1)
    ctx.printed_text()
    register_pdf_font()
    pagesize = landscape(A4) if orientation == "landscape" else A4
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=_SIDE,
        rightMargin=_SIDE,
        topMargin=_TOP,
        bottomMargin=_BOTTOM,
        title=ctx.title,
        author=ctx.company,
        subject=subject,
        creator="FieldDesk",
        initialFontName=FONT_NAME,
        initialFontSize=9.5,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = story_builder(Layout(make_styles(), doc.width, doc.height))
    doc.build(story, canvasmaker=partial(_FurnitureCanvas, ctx=ctx))
    return buffer.getvalue()
