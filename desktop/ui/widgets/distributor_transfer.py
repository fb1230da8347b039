"""Import… and Export… of the distributors page: the spreadsheet round trip from the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.ui.tasks import Ops, Progress

if TYPE_CHECKING:
    from desktop.app import Services


class DistributorTransfer(QObject):
    """Opens the import preview, and writes the export in the background."""

    #: a short message for the page footer
    message = Signal(str)

    def __init__(self, services: Services, ops: Ops, parent: QWidget) -> None:
        super().__init__(parent)
        self._services, self._ops, self._parent = services, ops, parent

    def open_import(self) -> QWidget:
        from desktop.ui.dialogs.import_distributors import ImportDistributorsDialog

        dialog = ImportDistributorsDialog(self._services, self._ops, self._parent)
        dialog.imported.connect(lambda _summary: self.message.emit(self.tr("Import finished.")))
        dialog.open()
        return dialog

    def export(self, path: str | None = None) -> None:
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            path, _ = QFileDialog.getSaveFileName(
                self._parent,
                self.tr("Export distributors"),
                str(Path(folder) / self.tr("distributors.xlsx")),
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not path:
                return
        service = self._services.spreadsheets
        target = path

        def work(progress: Progress) -> int:
            return service.export_distributors_to(
                target, lambda done, total: progress.report(done, total)
            )

        self._ops.run_in_background(
            work,
            title=self.tr("Exporting distributors…"),
            success=lambda count: self.message.emit(
                self.tr("{count} distributors exported to {path}").format(count=count, path=target)
            ),
            parent=self._parent,
        )
