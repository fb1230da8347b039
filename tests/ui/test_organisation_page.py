"""The organisation page: the tree by body, market and region; filter; person details."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.services.org import OrgService
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.organisation import OrganisationPage, build_nodes, by_role_then_code
from tests.ui.conftest import OFFSCREEN_LIMITS, WindowFactory, tree_items

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)


def org_page(window: MainWindow) -> OrganisationPage:
    page = window.show_page_id("organisation")  # pages load when first shown
    assert isinstance(page, OrganisationPage)
    return page


def top_items(page: OrganisationPage) -> list[QTreeWidgetItem]:
    return [item for item in tree_items(page.tree) if item.parent() is None]


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]


def visible_people(page: OrganisationPage) -> set[str]:
    return {item.text(1) for item in tree_items(page.tree) if item.text(1) and not any_hidden(item)}


def any_hidden(item: QTreeWidgetItem | None) -> bool:
    while item is not None:
        if item.isHidden():
            return True
        item = item.parent()
    return False


def test_hq_view_shows_three_bodies_and_eight_markets(demo_window: MainWindow) -> None:
    page = org_page(demo_window)
    bodies = top_items(page)
    assert [b.text(0) for b in bodies] == [
        "SLT · Sales leadership team",
        "SSG · Sales secretary group",
        "FSF · Field sales force",
    ]
    markets = [
        c for c in children(bodies[2]) if c.data(0, Qt.ItemDataRole.UserRole).startswith("market:")
    ]
    assert len(markets) == 8
    assert markets[0].text(0).startswith("Northeast — ")
    assert markets[0].text(2) == "Market manager"


def test_market_shows_its_manager_and_region_its_manager_and_people(demo_db: Database) -> None:
    tree = OrgService(demo_db).tree()
    fsf = build_nodes(tree, {})[2]
    market = next(n for n in fsf.children if n.kind == "market")
    assert market.person is not None and market.person.role == "market_manager"
    region = next(n for n in market.children if n.kind == "region")
    assert region.person is not None and region.person.role == "region_manager"
    people = [n.person for n in region.children if n.person is not None]
    assert people, "a region has customer managers and reps"
    assert {p.region_id for p in people} == {region.key}
    assert people == sorted(people, key=by_role_then_code)
    total = sum(b.people() for b in build_nodes(tree, {}))
    assert total == len(tree.people), "everyone appears exactly once"


def test_selecting_a_person_shows_details_and_direct_reports(
    demo_window: MainWindow, demo_db: Database
) -> None:
    page = org_page(demo_window)
    manager = next(p for p in OrgService(demo_db).people() if p.role == "region_manager")
    assert page.select_person(manager.id)
    detail = page.detail
    assert detail.name.text() == manager.name
    assert detail.values["code"].text() == manager.code
    assert detail.values["role"].text() == "Region manager"
    assert detail.values["region"].text() == manager.region_name
    assert (
        manager.manager_name is not None and manager.manager_name in detail.values["manager"].text()
    )
    assert detail.values["probation"].text() in ("Confirmed",) or detail.values[
        "probation"
    ].text().startswith("In probation until")
    subs = OrgService(demo_db).person(manager.id).subordinates
    assert detail.subordinates.count() == len(subs) > 0
    expected = QCoreApplication.translate("PersonDetailPanel", "Direct reports (%n)", "", len(subs))
    assert detail.subordinates_title.text() == expected
    assert f"({len(subs)})" in expected


def test_person_in_probation_says_until_when(demo_window: MainWindow, demo_db: Database) -> None:
    svc = OrgService(demo_db)
    newcomer = next(p for p in svc.people() if svc.person(p.id).in_probation)
    page = org_page(demo_window)
    page.select_person(newcomer.id)
    assert newcomer.probation_end is not None
    assert page.detail.values["probation"].text() == (
        f"In probation until {newcomer.probation_end.day} "
        f"{newcomer.probation_end.strftime('%b')} {newcomer.probation_end.year}"
    )


def test_double_clicking_a_direct_report_selects_them_in_the_tree(
    demo_window: MainWindow, demo_db: Database, qtbot: QtBot
) -> None:
    page = org_page(demo_window)
    manager = next(p for p in OrgService(demo_db).people() if p.role == "region_manager")
    page.select_person(manager.id)
    first = page.detail.subordinates.item(0)
    assert first is not None
    sub_id = first.data(Qt.ItemDataRole.UserRole)
    rect = page.detail.subordinates.visualItemRect(first)
    viewport = page.detail.subordinates.viewport()
    # Qt's item views see a double click only after the press of the first click.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: page.detail.detail is not None and page.detail.detail.person.id == sub_id
    )
    current = page.tree.currentItem()
    assert current is not None and current.text(1) == page.detail.values["code"].text()


def test_manager_link_goes_to_the_manager(demo_window: MainWindow, demo_db: Database) -> None:
    page = org_page(demo_window)
    rep = next(p for p in OrgService(demo_db).people() if p.role == "sales_rep")
    page.select_person(rep.id)
    page.detail.values["manager"].linkActivated.emit(rep.manager_id)
    assert page.detail.values["code"].text() == rep.manager_code


@pytest.mark.parametrize("query", ["bjhy", "P0008"])
def test_filter_by_code_or_pinyin_initials_keeps_matches_and_their_parents(
    demo_window: MainWindow, demo_db: Database, query: str
) -> None:
    page = org_page(demo_window)
    people = OrgService(demo_db).people()
    if query == "bjhy":  # a person's pinyin initials: take a real one
        from desktop.domain.text import pinyin_keys

        target = people[10]
        query = pinyin_keys(target.name)[0]
    else:
        target = next(p for p in people if p.code == query)
    page.search.setText(query)
    page.apply_filter()
    shown = visible_people(page)
    assert target.code in shown
    assert len(shown) < len(people)
    page.search.clear()
    page.apply_filter()
    assert visible_people(page) == {p.code for p in people}


def test_filter_is_kept_for_the_next_start(
    make_window: WindowFactory, demo_db: Database, qtbot: QtBot
) -> None:
    page = org_page(make_window(demo_db))
    page.search.setText("P0001")
    qtbot.waitUntil(lambda: visible_people(page) == {"P0001"})
    again = org_page(make_window(demo_db))
    assert again.search.text() == "p0001"
    assert visible_people(again) == {"P0001"}


def test_empty_database_says_what_to_do_and_fills_the_demo(
    make_window: WindowFactory, db: Database, qtbot: QtBot, crashes: list[BaseException]
) -> None:
    page = org_page(make_window(db))
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title.text() == "Nobody in the organisation yet"
    assert page.empty.button.isVisible()
    page.empty.button.click()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.content, timeout=20_000)
    assert len(top_items(page)) == 3
    assert not crashes
