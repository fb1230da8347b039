"""Print… on the Visits page: the plan of the period on screen, rendered off the UI thread."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain import calendar as cal
from desktop.ui.models.visit_period import MONTH, TEAM
from desktop.ui.tasks import Ops
from desktop.ui.widgets.distributor_print import documents_dir, pdf_name, save_pdf

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
        path = save_pdf(
            self._window,
            self._ops,
            data,
            documents_dir() / pdf_name(period, person_label),
            self.tr("Save the visit plan"),
            self.tr("Plan saved"),
            self.tr("The visit plan was saved as {path}. Open it now?"),
        )
        if path is not None:
            self.saved.emit(str(path))
