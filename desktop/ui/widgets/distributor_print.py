"""Print… for a distributor: render its card off the UI thread, save the PDF, offer to open it."""

from __future__ import annotations

import contextlib
import errno
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.ui.tasks import Ops

if TYPE_CHECKING:
    from desktop.app import Services

MSG_NO_PERMISSION = QT_TRANSLATE_NOOP(
    "errors", "FieldDesk may not write {path}. Choose another folder and try again."
)
MSG_DISK_FULL = QT_TRANSLATE_NOOP(
    "errors", "The disk is full: {path} was not saved. Free some space and try again."
)
MSG_NO_FOLDER = QT_TRANSLATE_NOOP(
    "errors", "The folder of {path} does not exist. Choose another folder and try again."
)
MSG_WRITE_FAILED = QT_TRANSLATE_NOOP("errors", "{path} could not be saved ({detail}).")

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def pdf_name(code: str, name: str) -> str:
    """``<code>-<name>.pdf`` with the characters file systems refuse replaced."""
    stem = _UNSAFE.sub("_", f"{code}-{name}").strip(" .") or "distributor"
    return f"{stem}.pdf"


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path.part``, then rename it over ``path``; OSError → UserError."""
    part = path.with_name(path.name + ".part")
    try:
        with part.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, path)
    except OSError as e:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        raise file_error(e, path) from e


def file_error(e: OSError, path: Path) -> UserError:
    """A failed file write, in words the user can act on."""
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(MSG_NO_PERMISSION, path=str(path))
    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        return UserError(MSG_DISK_FULL, path=str(path))
    if e.errno in (errno.ENOENT, errno.ENOTDIR):
        return UserError(MSG_NO_FOLDER, path=str(path))
    return UserError(MSG_WRITE_FAILED, path=str(path), detail=e.strerror or str(e))


def documents_dir() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


class CardPrinter(QObject):
    """Runs the printing service in the background and saves what it made."""

    #: the path of a PDF that was written
    saved = Signal(str)

    def __init__(self, services: Services, ops: Ops, parent: QWidget) -> None:
        super().__init__(parent)
        self._services, self._ops, self._window = services, ops, parent

    def print_card(self, distributor_id: str, code: str, name: str) -> None:
        printing = self._services.printing
        self._ops.run_in_background(
            lambda _progress: printing.distributor_card(distributor_id),
            title=self.tr("Preparing the distributor card…"),
            success=lambda data: self._save(data, code, name),
            parent=self._window,
        )

    def _save(self, data: bytes, code: str, name: str) -> None:
        path = save_pdf(
            self._window,
            self._ops,
            data,
            documents_dir() / pdf_name(code, name),
            self.tr("Save the distributor card"),
            self.tr("Card saved"),
            self.tr("The card was saved as {path}. Open it now?"),
        )
        if path is not None:
            self.saved.emit(str(path))


def save_pdf(
    window: QWidget,
    ops: Ops,
    data: bytes,
    default: Path,
    dialog_title: str,
    saved_title: str,
    saved_text: str,
) -> Path | None:
    """Ask where to save a PDF, write it atomically, offer to open it; the path or None."""
    chosen, _ = QFileDialog.getSaveFileName(
        window,
        dialog_title,
        str(default),
        QCoreApplication.translate("CardPrinter", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
    if not ops.run(lambda: write_atomically(path, data), parent=window):
        return None
    answer = QMessageBox.question(
        window,
        saved_title,
        saved_text.format(path=path),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Open,
    )
    if answer == QMessageBox.StandardButton.Open:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
