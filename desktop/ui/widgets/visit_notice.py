"""Two quiet bands above the calendar: "no plan yet — generate", and what generating could not place."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from desktop import labels
from desktop.services.visits import GenerateResult


class EmptyMonthBanner(QFrame):
    """本月还没有拜访计划 — 生成计划: the month has no visit, and the button that fills it."""

    generate = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitEmptyBanner")
        self.setStyleSheet(
            "QFrame#visitEmptyBanner { background: #eef4fb; border: 1px solid #c9dbf0;"
            " border-radius: 6px; }"
        )
        self.text = QLabel(self)
        self.button = QPushButton(self)
        self.button.setObjectName("primaryButton")
        self.button.clicked.connect(self.generate)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.text.setText(
            self.tr("There is no visit plan for this month yet — generate it from the visit rules.")
        )
        self.button.setText(self.tr("Generate plan"))


class ShortfallNotice(QFrame):
    """After generating: the visits that did not fit, each with its reason; closable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitShortfall")
        self.setStyleSheet(
            "QFrame#visitShortfall { background: #fdf3e7; border: 1px solid #f0d2a8;"
            " border-radius: 6px; }"
        )
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Close"))

    def show_results(self, results: list[GenerateResult]) -> str:
        """Show what could not be placed (or hide); returns the one-line summary for the status bar."""
        added = sum(r.added for r in results)
        missing = sum(r.missing for r in results)
        summary = self.tr("%n visit(s) generated", "", added)
        if not missing:
            self.hide()
            return summary
        summary = self.tr("{generated}; {count} could not be placed").format(
            generated=summary, count=missing
        )
        lines = [self.tr("%n visit(s) could not be placed without breaking a rule:", "", missing)]
        for r in results:
            for s in r.short:
                lines.append(
                    self.tr("{name}: {placed} of {wanted} — {reason}").format(
                        name=s.target_name, placed=s.placed, wanted=s.wanted,
                        reason=labels.visit_shortfall_reason(s.reason),
                    )
                )  # fmt: skip
        self.text.setText("\n".join(lines))
        self.show()
        return summary
