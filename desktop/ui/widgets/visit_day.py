"""One day of a calendar: its number, its holiday, its visit cards; a visit can be dropped on it.

Weekends and holidays are grey, a make-up working day (调休) is white with a note,
today has an accent ring, and days outside the period shown are dim and take no drops.
The day paints its cards itself and handles them: click selects, press-and-move drags
a planned card, double-click or Enter opens its actions, the context menu key too;
Tab moves from day to day and Up / Down from card to card within a day.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QFrame, QSizePolicy, QToolTip, QWidget

from desktop.services.visits import VisitRow
from desktop.ui.widgets.visit_card import (
    COMPACT_HEIGHT,
    DETAILED_HEIGHT,
    card_pixmap,
    describe,
    paint_card,
    read_visit_mime,
    visit_mime,
)

HEADER = 20
SPACING = 2
MARGIN = 3
ACCENT = QColor("#2563b0")
GREY = QColor("#f1f2f4")
HOLIDAY_INK = QColor("#b42318")


class DayCell(QFrame):
    """A day (of one person's plan, or of a team row when ``person_id`` is set)."""

    visit_dropped = Signal(str, object)  # visit id, date
    add_requested = Signal(object, str)  # date, person id ("" when the page's person)
    card_selected = Signal(str)
    card_activated = Signal(str)
    card_menu = Signal(str, QPoint)  # visit id, global position

    def __init__(
        self,
        day: date,
        *,
        compact: bool,
        working: bool,
        in_period: bool = True,
        today: bool = False,
        holiday: str = "",
        make_up: bool = False,
        title: str = "",
        person_id: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.day = day
        self.compact = compact
        self.working = working
        self.in_period = in_period
        self.is_today = today
        self.holiday = holiday
        self.make_up = make_up
        self.title = title or str(day.day)
        self.person_id = person_id
        self.visits: list[VisitRow] = []
        self.current: int | None = None
        self._press: tuple[QPoint, int] | None = None
        self._hover = False
        self._picture: QPixmap | None = None
        self._picture_key: tuple[object, ...] = ()
        self.setObjectName("visitDay")
        self.setAcceptDrops(in_period)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(HEADER + 6)
        if make_up:
            tip = self.tr("Make-up working day")
            self.setToolTip(f"{tip} · {holiday}" if holiday else tip)
        elif holiday:
            self.setToolTip(holiday)

    # -- cards ------------------------------------------------------------------------------
    @property
    def card_height(self) -> int:
        return COMPACT_HEIGHT if self.compact else DETAILED_HEIGHT

    def set_visits(self, visits: list[VisitRow]) -> None:
        """Show these visits (already in display order) as cards."""
        self.visits = list(visits)
        self.current = None
        self.setMinimumHeight(HEADER + 6 + len(visits) * (self.card_height + SPACING))
        focus = Qt.FocusPolicy.StrongFocus if visits else Qt.FocusPolicy.ClickFocus
        self.setFocusPolicy(focus)
        self.setAccessibleName("; ".join(describe(v) for v in visits))
        self.invalidate()

    def card_rect(self, index: int) -> QRectF:
        top = HEADER + 1 + index * (self.card_height + SPACING)
        return QRectF(MARGIN, top, self.width() - 2 * MARGIN - 1, self.card_height)

    def index_at(self, pos: QPoint) -> int | None:
        for i in range(len(self.visits)):
            if self.card_rect(i).contains(pos.toPointF()):
                return i
        return None

    def index_of(self, visit_id: str) -> int | None:
        return next((i for i, v in enumerate(self.visits) if v.id == visit_id), None)

    def select(self, visit_id: str | None) -> None:
        """Mark ``visit_id`` current here (or nothing, when it is not on this day)."""
        index = self.index_of(visit_id) if visit_id else None
        if index != self.current:
            self.current = index
            self.update()

    def card_position(self, visit_id: str) -> QPoint:
        """Where the card's menu opens (global): under the card's left edge."""
        index = self.index_of(visit_id) or 0
        rect = self.card_rect(index)
        return self.mapToGlobal(QPoint(int(rect.left()) + 8, int(rect.bottom())))

    def _choose(self, index: int) -> None:
        self.current = index
        self.update()
        self.card_selected.emit(self.visits[index].id)

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        # The day is drawn once into a picture and the picture is painted: repaints (hover,
        # scrolling, other windows) then cost one call instead of dozens per card.
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self.current, self.hasFocus(), self._hover)
        if self._picture is None or key != self._picture_key:
            self._picture = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
            self._picture.setDevicePixelRatio(ratio)
            self._picture_key = key
            p = QPainter(self._picture)
            self._draw(p)
            p.end()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        painter.end()

    def invalidate(self) -> None:
        """Draw the day again on its next paint (its data or state changed)."""
        self._picture = None
        self.update()

    def _draw(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        p.fillRect(rect, GREY if not self.working or not self.in_period else QColor("#ffffff"))
        if self._hover:
            p.fillRect(rect, QColor(37, 99, 176, 30))
        p.setPen(QPen(QColor("#dcdfe4"), 1))
        p.drawLine(rect.topRight(), rect.bottomRight())
        p.drawLine(rect.bottomLeft(), rect.bottomRight())
        self._paint_header(p, rect)
        base = QFont(self.font())
        for i, visit in enumerate(self.visits):
            current = i == self.current
            paint_card(p, self.card_rect(i), visit, self.compact, base, current and self.hasFocus())
            if current and not self.hasFocus():
                p.setPen(QPen(ACCENT, 1))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(self.card_rect(i).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        if self.is_today:
            p.setPen(QPen(ACCENT, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(1, 1, -2, -2))

    def _paint_header(self, p: QPainter, rect: QRectF) -> None:
        font = QFont(self.font())
        font.setPixelSize(12)
        font.setBold(self.is_today)
        p.setFont(font)
        number = QRectF(4, 2, max(22.0, p.fontMetrics().horizontalAdvance(self.title) + 10), 17)
        if self.is_today:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(ACCENT)
            p.drawRoundedRect(number, 8, 8)
            p.setPen(QColor("#ffffff"))
        else:
            p.setPen(QColor("#9ca3af") if not self.in_period else QColor("#374151"))
        p.drawText(number, int(Qt.AlignmentFlag.AlignCenter), self.title)
        note = self.tr("Workday") if self.make_up else self.holiday
        if not note or not self.in_period:
            return
        small = QFont(font)
        small.setBold(False)
        small.setPixelSize(11)
        p.setFont(small)
        p.setPen(ACCENT if self.make_up else HOLIDAY_INK)
        room = rect.width() - number.right() - 8
        text = p.fontMetrics().elidedText(note, Qt.TextElideMode.ElideRight, int(room))
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
        p.drawText(QRectF(number.right() + 4, 2, room, 17), int(align), text)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos())
            if index is not None:
                QToolTip.showText(event.globalPos(), describe(self.visits[index]), self)
                return True
        return super().event(event)

    # -- mouse and keyboard -----------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._choose(index)
            self._press = (event.position().toPoint(), index)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, index = self._press
            moved = (event.position().toPoint() - start).manhattanLength()
            if moved >= QApplication.startDragDistance():
                self._press = None
                if self.visits[index].status == "planned":
                    self.start_drag(index)
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def start_drag(self, index: int) -> Qt.DropAction:
        """Drag card ``index`` to another day (the day it lands on asks for the move)."""
        visit = self.visits[index]
        drag = QDrag(self)
        drag.setMimeData(visit_mime(visit))
        width = int(self.card_rect(index).width())
        drag.setPixmap(card_pixmap(visit, self.compact, width, QFont(self.font())))
        drag.setHotSpot(QPoint(10, self.card_height // 2))
        return drag.exec(Qt.DropAction.MoveAction)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if index is not None:
            self.card_activated.emit(self.visits[index].id)
        elif self.in_period:
            self.add_requested.emit(self.day, self.person_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.visits and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            start = self.current if self.current is not None else (-1 if step > 0 else 0)
            self._choose(max(0, min(len(self.visits) - 1, start + step)))
            return
        if self.current is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.card_activated.emit(self.visits[self.current].id)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        keyboard = event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        )
        if keyboard and self.visits:
            self._choose(self.current if self.current is not None else 0)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.index_at(event.pos())
        else:
            index = self.current
        if index is None:
            event.ignore()
            return
        self._choose(index)
        visit_id = self.visits[index].id
        pos = event.globalPos()
        if event.reason() != QContextMenuEvent.Reason.Mouse:
            pos = self.card_position(visit_id)
        self.card_menu.emit(visit_id, pos)

    # -- dropping ---------------------------------------------------------------------------
    def accepts(self, person_id: str) -> bool:
        """A drop of a visit of ``person_id`` lands here (team rows take only their person's)."""
        return self.in_period and (not self.person_id or self.person_id == person_id)

    def _payload(self, event: QDragMoveEvent | QDropEvent) -> tuple[str, str] | None:
        payload = read_visit_mime(event.mimeData())
        return payload if payload is not None and self.accepts(payload[1]) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.dragMoveEvent(event)
        self._hover = event.isAccepted()
        self.update()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._payload(event) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._hover = False
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._hover = False
        self.update()
        payload = self._payload(event)
        if payload is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        if self.index_of(payload[0]) is None:  # dropped back on its own day: nothing to do
            self.visit_dropped.emit(payload[0], self.day)
