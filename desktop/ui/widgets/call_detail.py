"""The panel on the right of the call list: one call in full, its follow-up task, what to do next."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import channel_name, fmt_date, money, topic_names
from desktop.services.calls import CallDetail

FIELDS = ("when", "person", "channel", "topics", "order_amount", "notes", "problems", "next_step")
DONE_COLOUR = "#2e7d32"
OPEN_COLOUR = "#2563b0"
OVERDUE_COLOUR = "#c62828"


class CallDetailPanel(QScrollArea):
    """Shows a ``CallDetail``; ``show_detail(None)`` shows a hint instead."""

    #: the follow-up task id to mark done
    complete_requested = Signal(str)
    #: the call id whose notes to correct
    correct_requested = Signal(str)
    #: (distributor id, its label): show this distributor's calls only
    distributor_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call_detail")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(300)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.title = QLabel(body)
        self.title.setObjectName("call_detail_title")
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(body)
        self.hint.setObjectName("call_detail_hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form_widget = QWidget(body)
        # a grid, not a QFormLayout: the form keeps a wrapped value's first height after
        # its text grows (a long note overlapped the next row)
        form = QGridLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        form.setColumnStretch(1, 1)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for name in FIELDS:
            caption = QLabel(self.form_widget)
            caption.setObjectName("fieldCaption")
            value = QLabel(self.form_widget)
            value.setObjectName(f"call_{name}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row = len(self.values)
            form.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            form.addWidget(value, row, 1)
            self.captions[name], self.values[name] = caption, value
        self.task_state = QLabel(body)
        self.task_state.setObjectName("call_task_state")
        self.complete_button = QPushButton(body)
        self.complete_button.setObjectName("complete_task")
        self.complete_button.clicked.connect(self._complete)
        self.correct_button = QPushButton(body)
        self.correct_button.setObjectName("correct_call")
        self.correct_button.clicked.connect(self._correct)
        self.distributor_button = QPushButton(body)
        self.distributor_button.setObjectName("distributor_calls")
        self.distributor_button.clicked.connect(self._distributor)
        task_row = QHBoxLayout()
        task_row.addWidget(self.task_state, 1)
        task_row.addWidget(self.complete_button)
        buttons = QVBoxLayout()
        buttons.addWidget(self.distributor_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.form_widget)
        layout.addLayout(task_row)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(body)
        self._detail: CallDetail | None = None
        self.today: date | None = None  # set by the page: overdue tasks are marked
        self.retranslate()

    def detail(self) -> CallDetail | None:
        return self._detail

    def retranslate(self) -> None:
        captions = {
            "when": self.tr("When"),
            "person": self.tr("Person"),
            "channel": self.tr("Channel"),
            "topics": self.tr("Topics"),
            "order_amount": self.tr("Order amount"),
            "notes": self.tr("Notes"),
            "problems": self.tr("Problems"),
            "next_step": self.tr("Next step"),
        }
        for name, caption in self.captions.items():
            caption.setText(captions[name])
        self.hint.setText(self.tr("Select a call to read it here."))
        self.complete_button.setText(self.tr("Mark done"))
        self.complete_button.setToolTip(
            self.tr("The next step was taken: close its follow-up task")
        )
        self.correct_button.setText(self.tr("Correct notes…"))
        self.correct_button.setToolTip(
            self.tr("Notes and problems can be corrected on the day the call was logged")
        )
        self.distributor_button.setText(self.tr("All calls of this distributor"))
        self.show_detail(self._detail)

    def show_detail(self, detail: CallDetail | None) -> None:
        self._detail = detail
        self.hint.setVisible(detail is None)
        for widget in (
            self.title, self.form_widget, self.task_state, self.complete_button,
            self.correct_button, self.distributor_button,
        ):  # fmt: skip
            widget.setVisible(detail is not None)
        if detail is None:
            return
        r = detail.row
        dash = "—"
        self.title.setText(f"{r.distributor_name} ({r.distributor_code})")
        visit = self.tr(" · a planned visit") if r.visit_id else ""
        values = {
            "when": f"{fmt_date(r.occurred_at)} {r.occurred_at:%H:%M}",
            "person": f"{r.person_name} ({r.person_code})",
            "channel": channel_name(r.channel) + visit,
            "topics": topic_names(r.topics) or dash,
            "order_amount": money(r.order_amount_fen) if r.order_amount_fen is not None else dash,
            "notes": r.notes or dash,
            "problems": r.problems or dash,
            "next_step": self._next_step(detail),
        }
        for name, label in self.values.items():
            label.setText(values[name])
        task = detail.task
        if task is None:
            self.task_state.setVisible(False)
            self.complete_button.setVisible(False)
        else:
            if task.done:
                text = self.tr("✓ Done on {date}").format(date=fmt_date(task.done_on))
                colour = DONE_COLOUR
            elif self.today is not None and task.due_date < self.today:
                text = self.tr("! Overdue since {date}").format(date=fmt_date(task.due_date))
                colour = OVERDUE_COLOUR
            else:
                text = self.tr("○ Open, due {date}").format(date=fmt_date(task.due_date))
                colour = OPEN_COLOUR
            self.task_state.setText(text)
            self.task_state.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: 600; }}")
            self.complete_button.setVisible(not task.done)
        self.correct_button.setVisible(detail.correctable)

    def _next_step(self, detail: CallDetail) -> str:
        r = detail.row
        if not r.next_step:
            return "—"
        if r.next_step_due is None:
            return r.next_step
        return self.tr("{step}\nby {date}").format(step=r.next_step, date=fmt_date(r.next_step_due))

    def _complete(self) -> None:
        if self._detail is not None and self._detail.task is not None:
            self.complete_requested.emit(self._detail.task.id)

    def _correct(self) -> None:
        if self._detail is not None:
            self.correct_requested.emit(self._detail.row.id)

    def _distributor(self) -> None:
        if self._detail is not None:
            r = self._detail.row
            self.distributor_requested.emit(
                r.distributor_id, f"{r.distributor_code} · {r.distributor_name}"
            )
