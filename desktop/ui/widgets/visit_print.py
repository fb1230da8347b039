"""Print… on the Visits page: the plan of the period on screen, rendered off the UI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.domain import calendar as cal
from desktop.ui.models.visit_period import MONTH, TEAM
from desktop.ui.tasks import Ops
from desktop.ui.widgets.distributor_print import documents_dir, pdf_name, write_atomically

if TYPE_CHECKING:
    from desktop.app import Services


class PlanPrinter(QObject):
    """Month view → the month plan; week view → that week; team view → the team's week."""

    saved = Signal(str)

    def __init__(self, services: Services, ops: Ops, parent: QWidget) -> None:
        super().__init__(parent)
        self._services, self._ops, self._window = services, ops, parent

    def print_plan(self, person_id: str, person_label: str, view: str, anchor: date) -> None:
        week = None if view == MONTH else cal.week_of_month(anchor)
        team = view == TEAM
        printing = self._services.printing
        self._ops.run_in_background(
            lambda _progress: printing.visit_plan(
                person_id, anchor.year, anchor.month, week=week, team=team
            ),
            title=self.tr("Preparing the visit plan…"),
            success=lambda data: self._save(data, person_label, anchor, week),
            parent=self._window,
        )

    def _save(self, data: bytes, person_label: str, anchor: date, week: int | None) -> None:
        period = f"{anchor:%Y-%m}" + (f"-W{week}" if week else "")
        default = documents_dir() / pdf_name(period, person_label)
        chosen, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save the visit plan"),
            str(default),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
        if not self._ops.run(lambda: write_atomically(path, data), parent=self._window):
            return
        self.saved.emit(str(path))
        answer = QMessageBox.question(
            self._window,
            self.tr("Plan saved"),
            self.tr("The visit plan was saved as {path}. Open it now?").format(path=path),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Open,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
