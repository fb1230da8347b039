"""A visit on the calendar: a small card with the target's short name, a status colour and mark.

Cards are painted by their day (``DayCell``), not made of widgets of their own: a
month of a few hundred visits is then a few dozen widgets, quick to build.
The colour is never alone: each status has its own mark (○ planned, ✓ done, ✗ missed,
— cancelled; drawn, so no font needs the glyphs) and, on the larger week card, its
word; a cancelled visit is also struck through. That reads in black and white.
A planned card can be dragged to another day (``VISIT_MIME`` carries its id and person).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap

from desktop import labels
from desktop.services.visits import VisitRow

VISIT_MIME = "application/x-fielddesk-visit"

#: Status colours (UI.md): planned blue, done green, missed red, cancelled grey.
STATUS_COLORS = {
    "planned": QColor("#2563b0"),
    "done": QColor("#1f8a4c"),
    "missed": QColor("#c0392b"),
    "cancelled": QColor("#8b929b"),
}
COMPACT_HEIGHT = 20
DETAILED_HEIGHT = 56
INK = QColor("#111827")
MUTED = QColor("#6b7280")


def visit_mime(visit: VisitRow) -> QMimeData:
    """The drag payload of a visit: ``id`` and ``person id``."""
    data = QMimeData()
    data.setData(VISIT_MIME, QByteArray(f"{visit.id}|{visit.person_id}".encode()))
    return data


def read_visit_mime(data: QMimeData) -> tuple[str, str] | None:
    """(visit id, person id) from a drag payload, or None when it is not a visit."""
    if not data.hasFormat(VISIT_MIME):
        return None
    visit_id, _, person_id = bytes(data.data(VISIT_MIME).data()).decode().partition("|")
    return (visit_id, person_id) if visit_id else None


def visit_title(visit: VisitRow) -> str:
    """What a card says about the target: the distributor's short name or the person's name."""
    return visit.target_short or visit.target_code


def describe(visit: VisitRow) -> str:
    """The card in words (tooltip, accessibility): 华悦 · Planned · 09:30 · Routine visit."""
    parts = [visit_title(visit), labels.visit_status_name(visit.effective_status)]
    if visit.planned_time:
        parts.append(visit.planned_time)
    parts.append(visit.purpose or labels.visit_origin_name(visit.origin))
    if visit.status_reason:
        parts.append(visit.status_reason)
    return " · ".join(parts)


def draw_status_mark(painter: QPainter, rect: QRectF, status: str, color: QColor) -> None:
    """The status mark in ``rect``: circle (planned), tick (done), cross (missed), dash (cancelled)."""
    pen = QPen(color, 1.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    r = rect.adjusted(2, 2, -2, -2)
    if status == "done":
        path = QPainterPath(QPointF(r.left(), r.center().y()))
        path.lineTo(r.left() + r.width() * 0.4, r.bottom())
        path.lineTo(r.right(), r.top())
        painter.drawPath(path)
    elif status == "missed":
        painter.drawLine(r.topLeft(), r.bottomRight())
        painter.drawLine(r.bottomLeft(), r.topRight())
    elif status == "cancelled":
        painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()))
    else:
        painter.drawEllipse(r)


def _line(p: QPainter, font: QFont, rect: QRectF, text: str, color: QColor) -> None:
    p.setFont(font)
    p.setPen(color)
    elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
    p.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), elided)


def paint_card(
    p: QPainter, rect: QRectF, visit: VisitRow, compact: bool, base: QFont, current: bool
) -> None:
    """Draw one card in ``rect``: compact (month, team) or with time, purpose and status (week)."""
    status = visit.effective_status
    color = STATUS_COLORS.get(status, STATUS_COLORS["planned"])
    box = rect.adjusted(0.5, 0.5, -0.5, -0.5)
    fill = QColor(color)
    fill.setAlpha(16 if status == "cancelled" else 28)
    p.setPen(QPen(color if current else QColor("#d5d9df"), 1.8 if current else 1))
    p.setBrush(fill)
    p.drawRoundedRect(box, 3, 3)
    p.fillRect(QRectF(box.left(), box.top() + 1, 3, box.height() - 2), color)
    draw_status_mark(p, QRectF(box.left() + 7, box.top() + 4, 12, 12), status, color)
    font = QFont(base)
    font.setStrikeOut(status == "cancelled")
    ink = MUTED if status == "cancelled" else INK
    left, width = box.left() + 23, box.width() - 27
    title = visit_title(visit)
    if visit.planned_time:
        title = f"{visit.planned_time} {title}"
    if compact:
        font.setPixelSize(12)
        _line(p, font, QRectF(left, box.top(), width, COMPACT_HEIGHT - 1), title, ink)
        return
    bold = QFont(font)
    bold.setBold(True)
    bold.setPixelSize(13)
    _line(p, bold, QRectF(left, box.top() + 2, width, 18), title, ink)
    small = QFont(font)
    small.setPixelSize(12)
    small.setStrikeOut(False)
    purpose = visit.purpose or labels.visit_origin_name(visit.origin)
    _line(p, small, QRectF(left, box.top() + 20, width, 16), purpose, QColor("#4b5563"))
    word = labels.visit_status_name(status)
    if visit.status_reason:
        word = f"{word}: {visit.status_reason}"
    _line(p, small, QRectF(left, box.top() + 36, width, 16), word, color.darker(120))


def card_pixmap(visit: VisitRow, compact: bool, width: int, base: QFont) -> QPixmap:
    """The card as a picture (what follows the mouse while it is dragged)."""
    height = COMPACT_HEIGHT if compact else DETAILED_HEIGHT
    pixmap = QPixmap(max(width, 60), height)
    pixmap.fill(QColor("#ffffff"))
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_card(p, QRectF(0, 0, pixmap.width(), height), visit, compact, base, True)
    p.end()
    return pixmap
