"""Screenshots of the real window for docs/screenshots (``make screenshots``, under Xvfb).

Opens FieldDesk on a temporary demo database (default scale, a fixed clock so the
pictures do not change from day to day) and saves, in Chinese and in English, the
Today, Visits (a rep's month and week, a manager's team) and Call log pages, the
organisation page with a person selected, the distributors page with a row selected,
the import preview of a spreadsheet with errors, the frame shown while the database
opens, and the settings dialog; and the first page of the distributor file card PDF,
rendered with pdftoppm (poppler-utils, installed by set-up). Then a laptop joins the
demo HQ through the sync service, both sides edit the same distributor's notes and
exchange files, and the Sync page is pictured at HQ (the Sync centre) and on the
laptop, with the conflicts that made, and a new laptop waiting for headquarters to answer its
join request.
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
from desktop.app import Services, build_services  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from desktop.ui.application import application, apply_look  # noqa: E402
from desktop.ui.dialogs.import_distributors import ImportDistributorsDialog  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.models.visit_period import MONTH, TEAM, WEEK  # noqa: E402
from desktop.ui.pages.organisation import OrganisationPage  # noqa: E402
from desktop.ui.pages.visits import VisitsPage  # noqa: E402
from desktop.ui.widgets.start_window import StartWindow  # noqa: E402

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


def error_sheet(path: Path, services: Services) -> Path:
    """A distributor sheet as people keep them, with a mistake of each common kind."""
    from openpyxl import Workbook

    market = services.org.markets()[0].name
    header = ["客户编码", "客户名称", "市场", "区域", "负责人", "客户等级", "信用等级",
              "信用额度（元）", "电话", "备注"]  # fmt: skip
    rows = [
        ["D900001", "宏达商贸有限公司", market, "", "", "A", "A", 200000, "010-65001234", ""],
        ["D900002", "星河食品批发部", "火星", "", "", "B", "B", 50000, "", ""],
        ["D900003", "金穗粮油经营部", market, "", "无名氏", "B", "B", 80000, "", ""],
        ["D900001", "宏达商贸（重复）", market, "", "", "C", "B", 10000, "", ""],
        ["D900004", "万家福超市", market, "", "", "Z", "E", -500, "", ""],
        ["D900005", "顺心百货", market, "", "", "B", "B", "十万", "12345", ""],
        ["D900006", "", market, "", "", "C", "C", 20000, "", ""],
    ]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for values in [header, *rows]:
        sheet.append(values)
    book.save(path)
    return path


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

    visits = window.show_page_id("visits")
    assert isinstance(visits, VisitsPage)
    rep = next(p for p in org_service.people() if p.role == "sales_rep" and p.active)
    visits.set_person(rep.id)
    visits.set_view(WEEK)
    settle(app, window)
    grab(app, window, f"visits-week-{suffix}.png")
    visits.set_person(busiest.id)
    visits.set_view(TEAM)
    settle(app, window)
    grab(app, window, f"visits-team-{suffix}.png")
    visits.set_view(MONTH)

    window.show_page_id("distributors")
    importer = ImportDistributorsDialog(window.services, window.ops, window)
    importer.resize(1100, 700)
    importer.show()
    importer.load(str(error_sheet(tmp / f"errors-{suffix}.xlsx", window.services)))
    settle(app, window)
    save(importer.grab(), f"import-preview-{suffix}.png")
    importer.reject()

    frame = StartWindow(settings, str(tmp / "fielddesk.db"))
    frame.setGeometry(0, 0, *SIZE)
    frame.show()
    grab(app, frame, f"start-{suffix}.png")
    frame.close()

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


def sync_pair(tmp: Path, hq: Database, clock: Callable[[], datetime]) -> Database:
    """A laptop for a sales rep, enrolled at ``hq``, with conflicts on both sides."""
    from dataclasses import replace

    from desktop.services import sync as sync_api
    from desktop.services.distributors import (
        DistributorFilter,
        DistributorForm,
        DistributorService,
    )
    from desktop.services.simulate import simulate
    from desktop.services.sync import SyncService

    rep = next(
        p.code
        for p in build_services(hq).org.people()
        if p.role == "sales_rep" and p.active
        and DistributorService(hq).find_ids(DistributorFilter(owner_id=p.id))
    )  # fmt: skip
    request = sync_api.join_request(tmp / "laptop.db", rep, "PC-FIELD-07", clock)
    laptop = open_database(tmp / "laptop.db", clock=clock)
    SyncService(laptop).enrol(SyncService(hq).approve(request))
    hq_sync, laptop_sync = SyncService(hq), SyncService(laptop)

    def exchange() -> None:
        data, manifest, _ = laptop_sync.bundle_bytes("hq")
        hq_sync.import_bytes(data, manifest.file_name)
        data, manifest, _ = hq_sync.bundle_bytes(laptop_sync.sync_id())
        laptop_sync.import_bytes(data, manifest.file_name)

    simulate(laptop, 20, seed=4)
    exchange()
    for i, distributor in enumerate(DistributorService(laptop).find_ids(DistributorFilter())[:2]):
        for db, text in (
            (laptop, "老板说下周补货三十箱；陈列已调整"),
            (hq, "SSG：信用额度本月复核，先款后货"),
        ):
            service = DistributorService(db)
            service.save(replace(service.get(distributor).form, notes=f"{text}（{i + 1}）"))
    simulate(laptop, 10, seed=6)
    held = DistributorService(laptop).get(
        DistributorService(laptop).find_ids(DistributorFilter())[0]
    )
    for db, name in ((hq, "鑫源粮油批发部"), (laptop, "鑫源副食商行")):  # one code, two sides
        DistributorService(db).save(
            DistributorForm(code="D-2611", name=name, market_id=held.form.market_id,
                            region_id=held.form.region_id, owner_id=held.form.owner_id)
        )  # fmt: skip
    exchange()
    hq_sync.receive_request(sync_api.join_request(tmp / "second.db", rep, "PC-FIELD-08", clock))
    return laptop


def waiting_laptop(tmp: Path, hq: Database, clock: Callable[[], datetime]) -> Database:
    """A new laptop's database that made its join request and waits for HQ's file."""
    from desktop.services.sync import SyncService

    rep = next(p.code for p in build_services(hq).org.people() if p.role == "sales_rep")
    joining = open_database(tmp / "joining.db", clock=clock)
    SyncService(joining).request_join(rep, "PC-FIELD-09")
    return joining


def shoot_sync(app: QApplication, db: Database, suffix: str, tmp: Path, name: str) -> None:
    settings = Settings(QSettings(str(tmp / f"sync-{suffix}.ini"), QSettings.Format.IniFormat))

    def crash(error: BaseException) -> None:
        raise SystemExit(f"screenshots: unexpected error {error!r}")

    window = MainWindow(build_services(db), settings, crash)
    window.setGeometry(0, 0, *SIZE)
    window.show()
    window.show_page_id("sync")
    settle(app, window)
    grab(app, window, f"{name}-{suffix}.png")
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
            laptop = sync_pair(tmp, db, clock)
            joining = waiting_laptop(tmp, db, clock)
            try:
                for language, suffix in LANGUAGES:
                    i18n.install(language)
                    shoot_sync(app, db, suffix, tmp, "sync-hq")
                    shoot_sync(app, laptop, suffix, tmp, "sync-laptop")
                    shoot_sync(app, joining, suffix, tmp, "sync-join")
            finally:
                laptop.dispose()
                joining.dispose()
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
