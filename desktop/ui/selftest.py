"""``fielddesk --selftest``: open the window, visit every page, print a PDF; exit 0 only if all worked.

Without ``--db`` it works on a fresh temporary demo database and temporary settings,
so it never touches the user's data. A message box that would wait for a click
counts as a failure (and is closed), so the self-test never hangs.
"""

from __future__ import annotations

import sys
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db.engine import Database, open_database
from desktop.app import build_services
from desktop.services.distributors import DistributorFilter
from desktop.settings import Settings
from desktop.ui.main_window import MainWindow

SETTLE_ROUNDS = 5
WAIT_MS = 60_000


class SelftestFailed(Exception):
    pass


class _Watch:
    """Collects unexpected errors and closes any message box that pops up."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.problems: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.close_boxes)
        self.timer.start()

    def crash(self, error: BaseException) -> None:
        self.problems.append("".join(traceback.format_exception(error)).strip())

    def close_boxes(self) -> None:
        box = self.app.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.problems.append(f"message shown: {box.text()}")
            box.reject()

    def check(self, step: str) -> None:
        if self.problems:
            raise SelftestFailed(f"{step}: " + "\n".join(self.problems))


def _settle(app: QApplication, window: MainWindow) -> None:
    """Let background loads finish and their results arrive on the UI thread."""
    for _ in range(SETTLE_ROUNDS):
        if not window.ops.wait_idle(WAIT_MS):
            raise SelftestFailed("background work did not finish within a minute")
        app.processEvents()


def _open(db_path: str | None, tmp: Path) -> Database:
    if db_path:
        return open_database(db_path, create=False)
    from db.demo import generate_demo

    db = open_database(tmp / "selftest.db")
    generate_demo(db, seed=1, scale="small", today=db.clock().date())
    return db


def _run(app: QApplication, db_path: str | None, tmp: Path) -> None:
    db = _open(db_path, tmp)
    try:
        services = build_services(db)
        watch = _Watch(app)
        settings = Settings(QSettings(str(tmp / "selftest.ini"), QSettings.Format.IniFormat))
        window = MainWindow(services, settings, watch.crash)
        window.show()
        _settle(app, window)
        watch.check("opening the window")
        for index, page in enumerate(window.pages):
            window.show_page(index)
            _settle(app, window)
            if not page.isVisible() or not page.title():
                raise SelftestFailed(f"page {page.page_id} is not shown")
            watch.check(f"page {page.page_id}")
        ids = services.distributors.find_ids(DistributorFilter())
        if not ids:
            raise SelftestFailed("the database has no distributor to print")
        pdf = services.printing.distributor_card(ids[0])
        out = tmp / "distributor-card.pdf"
        out.write_bytes(pdf)
        if not out.read_bytes().startswith(b"%PDF"):
            raise SelftestFailed("the distributor card is not a PDF")
        window.close()
        _settle(app, window)
        watch.check("closing the window")
        watch.timer.stop()
    finally:
        db.dispose()


def run_selftest(app: QApplication, db_path: str | None) -> int:
    with tempfile.TemporaryDirectory(prefix="fielddesk-selftest-") as tmp:
        try:
            _run(app, db_path, Path(tmp))
        except Exception as e:
            reason = (
                str(e) if isinstance(e, SelftestFailed) else "".join(traceback.format_exception(e))
            )
            print(f"selftest failed: {reason}", file=sys.stderr)
            return 1
    print("selftest ok")
    return 0
