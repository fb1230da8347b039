"""Starting the window: the application object, look, language, logging, the database, first start.

``start`` is what ``fielddesk`` runs without a subcommand. A database that cannot be
opened is explained in the user's language and left exactly as it was; only a
damaged one is moved aside, and only when the user says yes.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory, QWidget

from desktop import i18n
from desktop.app import log_crash, setup_logging
from desktop.errors import DatabaseError
from desktop.paths import resources_dir
from desktop.settings import LANGUAGE, Settings

if TYPE_CHECKING:  # the database and page code load after the first paint (see launch)
    from db.engine import Database
    from desktop.app import Services
    from desktop.ui.main_window import MainWindow

log = logging.getLogger("fielddesk.ui")

EXIT_FAILED, EXIT_DATABASE = 1, 2
#: 10 pt is 13.3 px at the usual 96 dpi; points keep other code's size arithmetic working.
BODY_FONT_PT = 10
FONT_FILE = "fonts/wqy-microhei.ttc"
ACCENT = "#2563b0"  # the one accent colour; the style sheet uses the same


# -- the application object -------------------------------------------------------
def application() -> QApplication:
    """The QApplication, named so that QStandardPaths gives FieldDesk's own data folder."""
    QCoreApplication.setOrganizationName("FieldDesk")
    QCoreApplication.setApplicationName("FieldDesk")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationDisplayName("FieldDesk")
    return app


@cache
def bundled_font_family() -> str | None:
    """Load the bundled CJK font once; None (the system font is used) when it is missing."""
    font_file = resources_dir() / FONT_FILE
    if not font_file.exists():
        return None
    families = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(font_file))
    )
    return families[0] if families else None


def apply_look(app: QApplication) -> None:
    """Fusion, our style sheet, and the bundled CJK font (the system font when it is missing)."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    family = bundled_font_family()
    font = QFont(family) if family else QFont(app.font())
    font.setPointSize(BODY_FONT_PT)
    app.setFont(font)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    app.setPalette(palette)
    sheet = resources_dir() / "style.qss"
    if sheet.exists():
        icons = (resources_dir() / "icons").as_posix()
        app.setStyleSheet(sheet.read_text(encoding="utf-8").replace("ICONS/", f"{icons}/"))


_log_handlers: list[logging.Handler] = []


def start_logging(log_path: Path) -> None:
    """Log to the settings' log file, replacing the log file this process used before."""
    root = logging.getLogger()
    for handler in _log_handlers:
        root.removeHandler(handler)
        handler.close()
    before = set(root.handlers)
    try:
        setup_logging(log_path)
    except OSError as e:  # an unwritable data folder must not keep the window from opening
        print(f"fielddesk: cannot write the log {log_path}: {e.strerror}", file=sys.stderr)
    _log_handlers[:] = [h for h in root.handlers if h not in before]


# -- crashes -----------------------------------------------------------------------
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def crash_reporter(
    log_path: Path, parent: Callable[[], QWidget | None]
) -> Callable[[BaseException], None]:
    """Log an unexpected error with its traceback, then say so in a dialog naming the log."""
    showing = False

    def report(error: BaseException) -> None:
        nonlocal showing
        details = log_crash(error)
        if showing or QApplication.instance() is None:
            print(details, file=sys.stderr)
            return
        showing = True
        try:
            from desktop.ui.dialogs.crash import show_crash

            show_crash(details, log_path, parent())
        finally:
            showing = False

    return report


def install_excepthook(report: Callable[[BaseException], None]) -> ExceptHook:
    """Route uncaught exceptions (also those raised in Qt slots) to ``report``; returns the old hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        if error.__traceback__ is None:
            error = error.with_traceback(tb)
        report(error)

    sys.excepthook = hook
    return previous


# -- the database ------------------------------------------------------------------
#: A database file, or the address of a database server (an HQ on PostgreSQL).
Target = Path | str


def database_target(db_path: str | None, settings: Settings) -> Target:
    """``--db`` (a path or a server address) or the settings' database file."""
    if db_path and "://" in db_path:
        return db_path
    return Path(db_path).expanduser() if db_path else settings.database_path()


def exists(target: Target) -> bool:
    """Whether the database is there already; a server database always is (no demo is made)."""
    return target.exists() if isinstance(target, Path) else True


def shown_name(target: Target) -> str:
    """The database as the window names it: a server address without its password."""
    return re.sub(r"//([^:/@]*):[^@/]*@", r"//\1:***@", str(target))


@dataclass
class Opened:
    db: Database
    #: the file was created now (or replaced a damaged one): it needs the demo organisation
    fresh: bool
    moved_to: Path | None = None
    #: built already (off the UI thread, at start-up)
    services: Services | None = None


def open_for_user(
    path: Target, backup_dir: Path, now: Callable[[], datetime] = datetime.now
) -> Opened | int:
    """Open the database or explain in the user's language why not; an int is the exit status.

    A server database is never new (its demo is not made here) nor moved aside.
    """
    from db.engine import move_aside, open_database

    existed = exists(path)
    try:
        return Opened(open_database(path, create=True, backup_dir=backup_dir), fresh=not existed)
    except DatabaseError as e:
        text = e.render(QCoreApplication.translate)
        log.warning("cannot open %s: %s (%s)", shown_name(path), e.render(), e.kind)
        if e.kind != "corrupt" or not existed or not isinstance(path, Path):
            QMessageBox.critical(None, "FieldDesk", text)
            return EXIT_DATABASE
        question = QCoreApplication.translate(
            "application",
            "FieldDesk can rename the damaged file (nothing is deleted) and start with a new "
            "demo database in its place. Do that now?",
        )
        answer = QMessageBox.question(
            None,
            "FieldDesk",
            f"{text}\n\n{question}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return EXIT_DATABASE
    moved = move_aside(path, now())
    log.warning("moved the damaged database %s aside to %s", path, moved)
    try:
        return Opened(open_database(path, create=True, backup_dir=backup_dir), True, moved)
    except DatabaseError as e:
        QMessageBox.critical(None, "FieldDesk", e.render(QCoreApplication.translate))
        return EXIT_DATABASE


def remove_database(db: Database, path: Path) -> None:
    """Delete a database this start created itself (after a cancelled first start)."""
    db.dispose()
    for name in (path.name, path.name + "-wal", path.name + "-shm"):
        path.with_name(name).unlink(missing_ok=True)


# -- start ---------------------------------------------------------------------------
def prepare(
    app: QApplication,
    db_path: str | None,
    settings: Settings,
    report: Callable[[BaseException], None],
) -> MainWindow | int:
    """Open the database and build the window; an int is the exit status.

    The window is shown at once, or after the demo organisation was made for a new database.
    """
    path = database_target(db_path, settings)
    opened = open_for_user(path, settings.backup_dir())
    if isinstance(opened, int):
        return opened
    return show_window(app, opened, path, settings, report)


def show_window(
    app: QApplication,
    opened: Opened,
    path: Target,
    settings: Settings,
    report: Callable[[BaseException], None],
    shown: Callable[[], None] = lambda: None,
    *,
    staged: bool = False,
) -> MainWindow:
    """Build the main window on an open database and show it (after the demo, when new).

    ``staged``: the pages other than the first are built after the window is shown.
    """
    from desktop.app import build_services
    from desktop.ui.main_window import MainWindow

    services = opened.services or build_services(opened.db)
    window = MainWindow(services, settings, report, staged=staged)
    if opened.moved_to is not None:
        window.show_status(
            QCoreApplication.translate(
                "application", "The damaged database was kept as {path}."
            ).format(path=opened.moved_to)
        )
    if opened.fresh:
        first_start(app, window, path, shown)
    elif staged:  # building and showing (its first layout and paint) in turns of their own

        def show() -> None:
            window.show()
            shown()

        QTimer.singleShot(0, show)
    else:
        window.show()
        shown()
    return window


class _Opener(QObject):
    """Carries the outcome of opening the database from the loading thread to the UI thread."""

    done = Signal(object)


def launch(
    app: QApplication,
    db_path: str | None,
    settings: Settings,
    report: Callable[[BaseException], None],
) -> QWidget:
    """Show the window's frame at once, then open the database and build the pages.

    The database code, the page code and the database itself load on a thread of
    their own while the frame is on the screen; the main window replaces the frame
    when it is built. A database that cannot be opened is explained on the UI thread
    exactly as ``prepare`` does, and the event loop ends with the exit status.
    """
    from desktop.ui.widgets.start_window import StartWindow

    path = database_target(db_path, settings)
    frame = StartWindow(settings, shown_name(path))
    app.setQuitOnLastWindowClosed(False)  # the frame closes before the main window is up
    frame.show()
    opener = _Opener(frame)

    def load() -> None:
        result: object
        try:
            import desktop.ui.main_window  # noqa: F401  (every page's code, off the UI thread)
            from db.engine import open_database
            from desktop.app import build_services

            existed = exists(path)
            db = open_database(path, create=True, backup_dir=settings.backup_dir())
            services = build_services(db)
            services.sync.role()  # the sync code (and the crypto library) loads here too
            result = Opened(db, fresh=not existed, services=services)
        except BaseException as e:  # a DatabaseError is explained; anything else is a bug
            result = e
        opener.done.emit(result)

    def shown() -> None:
        app.setQuitOnLastWindowClosed(True)
        frame.close()

    def opened(result: object) -> None:
        try:
            if isinstance(result, DatabaseError):  # again, with the dialogs that explain it
                result = open_for_user(path, settings.backup_dir())
            if isinstance(result, BaseException):
                raise result
            if isinstance(result, int):
                app.exit(result)
                return
            assert isinstance(result, Opened)
            show_window(app, result, path, settings, report, shown, staged=True)
        except Exception as e:  # a bug while starting: logged, shown, and a failed exit
            report(e)
            app.exit(EXIT_FAILED)

    opener.done.connect(opened)
    threading.Thread(target=load, name="fielddesk-open", daemon=True).start()
    return frame


def first_start(
    app: QApplication, window: MainWindow, path: Target, shown: Callable[[], None] = lambda: None
) -> None:
    """Fill the new database with the demo organisation, headquarters view, then show the window."""
    from desktop.ui.tasks import Cancelled
    from desktop.ui.widgets.demo_setup import fill_with_demo

    app.setQuitOnLastWindowClosed(False)
    services = window.services

    def done(_summary: object) -> None:
        window.ops.run(lambda: services.org.set_owner(None))
        app.setQuitOnLastWindowClosed(True)
        window.show()
        shown()
        window.show_status(
            QCoreApplication.translate(
                "application", "Welcome to FieldDesk: this is the demo M-brand organisation."
            )
        )

    def failed(error: BaseException) -> bool:
        shown()
        if isinstance(path, Path):
            remove_database(services.db, path)
        if not isinstance(error, Cancelled):
            window.ops.show_error(error)
        app.exit(EXIT_FAILED)
        return True

    fill_with_demo(window.ops, services.db, success=done, failure=failed)


def start(
    db_path: str | None, lang: str | None, selftest: bool, *, settings: Settings | None = None
) -> int:
    """Run FieldDesk's window (or the self-test) and return the process exit status."""
    app = application()
    settings = settings if settings is not None else Settings()
    start_logging(settings.log_path())
    report = crash_reporter(settings.log_path(), QApplication.activeWindow)
    previous = install_excepthook(report)
    try:
        apply_look(app)
        i18n.install(lang or settings.get(LANGUAGE) or i18n.system_language())
        if selftest:
            from desktop.ui.selftest import run_selftest

            return run_selftest(app, db_path)
        launch(app, db_path, settings, report)
        return app.exec()
    finally:
        sys.excepthook = previous
