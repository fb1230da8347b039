"""Composition root: settings, database, services, translator, main window.

Nothing else builds services or windows: pages get what they need passed in.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # services load with the database, not with the window's frame
    from db.engine import Database
    from desktop.services.calls import CallService
    from desktop.services.distributors import DistributorService
    from desktop.services.holidays import HolidayService
    from desktop.services.org import OrgService
    from desktop.services.printing import PrintService
    from desktop.services.spreadsheets import SpreadsheetService
    from desktop.services.stats import StatsService
    from desktop.services.sync import SyncService
    from desktop.services.tasks import TaskService
    from desktop.services.today import TodayService
    from desktop.services.visits import VisitService

log = logging.getLogger("fielddesk")


@dataclass
class Services:
    db: Database
    org: OrgService
    distributors: DistributorService
    stats: StatsService
    printing: PrintService
    visits: VisitService
    holidays: HolidayService
    calls: CallService
    tasks: TaskService
    spreadsheets: SpreadsheetService
    today: TodayService

    @cached_property
    def sync(self) -> SyncService:
        """Sync with HQ; its code (and the crypto library) loads when first used."""
        from desktop.services.sync import SyncService

        return SyncService(self.db)


def build_services(db: Database) -> Services:
    from desktop.print_labels import PrintFormatter
    from desktop.services.calls import CallService
    from desktop.services.distributors import DistributorService
    from desktop.services.holidays import HolidayService
    from desktop.services.org import OrgService
    from desktop.services.printing import PrintService
    from desktop.services.spreadsheets import SpreadsheetService
    from desktop.services.stats import StatsService
    from desktop.services.tasks import TaskService
    from desktop.services.today import TodayService
    from desktop.services.visits import VisitService

    return Services(
        db=db,
        org=OrgService(db),
        distributors=DistributorService(db),
        stats=StatsService(db),
        printing=PrintService(db, PrintFormatter()),
        visits=VisitService(db),
        holidays=HolidayService(db),
        calls=CallService(db),
        tasks=TaskService(db),
        spreadsheets=SpreadsheetService(db),
        today=TodayService(db),
    )


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


NO_DISPLAY = (
    "fielddesk: there is no display to open the window on.\n"
    "  On a machine without a screen run it under a virtual one:  xvfb-run -a make run\n"
    "  or check the installation without a window:                 fielddesk --selftest"
)


def setup_logging(log_path: Path) -> None:
    log_path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def log_crash(error: BaseException) -> str:
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("unexpected error\n%s", text)
    return text


def run_gui(db: str | None = None, lang: str | None = None, selftest: bool = False) -> int:
    """Open the window (or run the self-test); returns the process exit status."""
    if selftest and not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 3
    from desktop.ui.application import start

    return start(db_path=db, lang=lang, selftest=selftest)
