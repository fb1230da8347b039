"""Screenshots of the real window for docs/screenshots (``make screenshots``, under Xvfb).

Opens FieldDesk on a temporary demo database (default scale, a fixed clock so the
pictures do not change from day to day) and saves, in Chinese and in English, the
Today, Visits and Call log pages, the organisation page with a person selected, the
distributors page with a row selected, and the settings dialog; and the first page of the distributor file card
PDF, rendered with pdftoppm (poppler-utils, installed by set-up).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView, QWidget  # noqa: E402

from db.demo import generate_demo  # noqa: E402
from db.engine import Database, open_database  # noqa: E402
from desktop import i18n  # noqa: E402
from desktop.app import build_services  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from desktop.ui.application import application, apply_look  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.pages.organisation import OrganisationPage  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
SIZE = (1440, 900)
LANGUAGES = (("zh_CN", "zh"), ("en", "en"))


def settle(app: QApplication, window: MainWindow) -> None:
    for _ in range(5):
        window.ops.wait_idle()
        app.processEvents()


def grab(app: QApplication, window: QWidget, name: str) -> None:
    app.processEvents()
    save(window.grab(), name)


def save(picture: QPixmap, name: str) -> None:
    path = OUT / name
    picture.save(str(path))
    print(path.relative_to(ROOT))


def shoot(app: QApplication, db: Database, tmp: Path, suffix: str) -> None:
    settings = Settings(QSettings(str(tmp / f"settings-{suffix}.ini"), QSettings.Format.IniFormat))

    def crash(error: BaseException) -> None:
        raise SystemExit(f"screenshots: unexpected error {error!r}")

    window = MainWindow(build_services(db), settings, crash)
    window.setGeometry(0, 0, *SIZE)
    window.show()
    settle(app, window)

    org = window.page("organisation")
    assert isinstance(org, OrganisationPage)
    org_service = window.services.org
    managers = [p for p in org_service.people() if p.role == "market_manager"]
    busiest = max(managers, key=lambda p: len(org_service.person(p.id).subordinates))
    org.select_person(busiest.id)
    settle(app, window)
    grab(app, window, f"organisation-{suffix}.png")

    for page_id in ("today", "visits", "calls"):
        window.show_page_id(page_id)
        settle(app, window)
        grab(app, window, f"{page_id}-{suffix}.png")

    window.show_page_id("distributors")
    settle(app, window)
    table = window.current_page.findChild(QTableView)
    if table is not None:
        table.selectRow(2)
        table.setFocus()
    settle(app, window)
    grab(app, window, f"distributors-{suffix}.png")

    card = window.services.printing.distributor_card(window.services.distributors.id_of("D000001"))
    pdf = tmp / f"card-{suffix}.pdf"
    pdf.write_bytes(card)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf),
         str(OUT / f"distributor-card-{suffix}")],
        check=True,
    )  # fmt: skip
    print(OUT / f"distributor-card-{suffix}.png")

    window.show_page_id("organisation")
    dialog = window.open_settings()
    settle(app, window)
    # Xvfb has no window manager to draw the dialog's frame: picture the dialog alone.
    save(dialog.grab(), f"settings-{suffix}.png")
    dialog.reject()
    window.close()
    settle(app, window)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = application()
    apply_look(app)
    clock: Callable[[], datetime] = lambda: NOW  # noqa: E731
    with tempfile.TemporaryDirectory(prefix="fielddesk-shots-") as name:
        tmp = Path(name)
        db = open_database(tmp / "demo.db", clock=clock)
        try:
            generate_demo(db, seed=1, scale="default", today=NOW.date())
            for language, suffix in LANGUAGES:
                i18n.install(language)
                shoot(app, db, tmp, suffix)
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
