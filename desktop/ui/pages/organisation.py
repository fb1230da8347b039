"""The organisation page: SLT / SSG / FSF → markets → regions → people, and one person's details."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLocale, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QHideEvent, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.app import Services
from desktop.domain.org import Role
from desktop.domain.text import search_key
from desktop.services.base import Changes
from desktop.services.org import MarketRow, OrgTree, PersonRow
from desktop.settings import ORG_FILTER, ORG_SPLITTER, Settings
from desktop.ui.pages.base import Page
from desktop.ui.tasks import Ops
from desktop.ui.widgets.demo_setup import fill_with_demo
from desktop.ui.widgets.empty_state import EmptyState
from desktop.ui.widgets.icons import icon
from desktop.ui.widgets.person_detail import PersonDetailPanel

NODE_KEY = Qt.ItemDataRole.UserRole
ORG_TABLES = ("person", "market", "region", "org_body", "local_state")
ROLE_ORDER = {role.value: i for i, role in enumerate(Role)}


def by_role_then_code(p: PersonRow) -> tuple[int, str]:
    return ROLE_ORDER.get(p.role, len(ROLE_ORDER)), p.code


@dataclass
class Node:
    """One row of the tree: a body, market or region (maybe with its manager), or a person."""

    kind: str  # body | market | region | person
    key: str
    title: str
    person: PersonRow | None = None
    children: list[Node] = field(default_factory=list)

    @property
    def item_key(self) -> str:
        return f"{self.kind}:{self.key}"

    def search_text(self) -> str:
        parts = [self.title]
        if self.person is not None:
            parts += [self.person.name, self.person.code, search_key(self.person.name)]
        return " ".join(parts).lower()

    def people(self) -> int:
        own = 1 if self.person is not None else 0
        return own + sum(c.people() for c in self.children)


def build_nodes(tree: OrgTree, market_title: dict[str, str]) -> list[Node]:
    """The tree of the organisation page from what the service returned (already in scope)."""
    people = sorted(tree.people, key=by_role_then_code)
    markets = {m.id: Node("market", m.id, market_title.get(m.id, m.name)) for m in tree.markets}
    regions: dict[str, Node] = {}
    for r in tree.regions:
        if r.market_id in markets:
            regions[r.id] = Node("region", r.id, r.name)
            markets[r.market_id].children.append(regions[r.id])
    bodies = {b.code: Node("body", b.code, labels.body_name(b.code)) for b in tree.bodies}
    market_leaves: dict[str, list[Node]] = {key: [] for key in markets}
    body_leaves: dict[str, list[Node]] = {key: [] for key in bodies}
    for p in people:
        region = regions.get(p.region_id or "")
        market = markets.get(p.market_id or "")
        if p.role == Role.REGION_MANAGER and region is not None and region.person is None:
            region.person = p
        elif p.role == Role.MARKET_MANAGER and market is not None and market.person is None:
            market.person = p
        elif region is not None:
            region.children.append(Node("person", p.id, p.name, p))
        elif market is not None:
            market_leaves[market.key].append(Node("person", p.id, p.name, p))
        elif p.body in bodies:
            body_leaves[p.body].append(Node("person", p.id, p.name, p))
    for key, leaves in market_leaves.items():
        markets[key].children.extend(leaves)
    for code, body in bodies.items():
        body.children.extend(body_leaves[code])
        if code == "FSF":
            body.children.extend(markets.values())
    return list(bodies.values())


class OrganisationPage(Page):
    page_id = "organisation"

    def __init__(
        self, services: Services, ops: Ops, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.ops, self.settings = services, ops, settings
        self._tree: OrgTree | None = None
        self._stale = True
        self._roots: list[Node] = []
        self._nodes: dict[str, Node] = {}  # item key (kind:id) → node
        self._items: dict[str, QTreeWidgetItem] = {}  # item key → its row
        self._person_key: dict[str, str] = {}  # person id → the item key of the row showing them

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setText(settings.get(ORG_FILTER))
        self.count = QLabel()
        self.count.setObjectName("mutedText")
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._filter_timer.start)

        self.tree = QTreeWidget()
        self.tree.setObjectName("orgTree")
        self.tree.setColumnCount(3)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._on_current)

        self.detail = PersonDetailPanel()
        self.detail.person_requested.connect(self.select_person)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        if not self.splitter.restoreState(settings.get(ORG_SPLITTER)):
            self.splitter.setSizes([560, 420])

        self.empty = EmptyState(icon("organisation"))
        self.empty.action.connect(self._create_demo)

        self.content = QWidget()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 1)
        bar.addSpacing(12)
        bar.addWidget(self.count)
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(8)
        inner.addLayout(bar)
        inner.addWidget(self.splitter, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(self.stack)

        self.expand_action = QAction(self)
        self.expand_action.triggered.connect(self.tree.expandAll)
        self.collapse_action = QAction(self)
        self.collapse_action.triggered.connect(self._collapse_to_markets)
        self.retranslate()

    # -- Page hooks ----------------------------------------------------------
    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("OrganisationPage", "Organisation")

    @classmethod
    def icon(cls) -> QIcon:
        return icon("organisation")

    def primary_actions(self) -> list[QAction]:
        return [self.expand_action, self.collapse_action]

    def on_shown(self) -> None:
        if self._stale:
            self.refresh()

    def on_changes(self, changes: Changes, source: object) -> None:
        if changes.touches(*ORG_TABLES):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Filter by name, code or pinyin initials (Ctrl+F)"))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Code"), self.tr("Role")])
        self.expand_action.setText(self.tr("Expand all"))
        self.collapse_action.setText(self.tr("Collapse to markets"))
        self.empty.set_texts(
            self.tr("Nobody in the organisation yet"),
            self.tr(
                "The organisation arrives from headquarters with the first sync file. "
                "To look around first, fill this database with the demo M-brand organisation."
            ),
            self.tr("Create the demo organisation"),
        )
        self.detail.retranslate()
        if self._tree is not None:
            self._populate(self._tree)

    # -- loading -------------------------------------------------------------
    def refresh(self) -> None:
        self.ops.run(self.services.org.tree, success=self._populate, parent=self)

    def _market_titles(self, markets: list[MarketRow]) -> dict[str, str]:
        chinese = QLocale().language() == QLocale.Language.Chinese
        return {m.id: m.name if chinese or not m.name_en else m.name_en for m in markets}

    def _populate(self, tree: OrgTree) -> None:
        self._tree, self._stale = tree, False
        keep = self.current_key()
        self.stack.setCurrentWidget(self.empty if not tree.people else self.content)
        for action in self.primary_actions():
            action.setEnabled(bool(tree.people))
        self._roots = build_nodes(tree, self._market_titles(tree.markets))
        with QSignalBlocker(self.tree):
            self.tree.clear()
            self._items.clear()
            self._nodes.clear()
            self._person_key.clear()
            for node in self._roots:
                self.tree.addTopLevelItem(self._item(node))
        self.count.setText(self.tr("%n people", "", len(tree.people)))
        self._default_expansion(everything=tree.everything)
        self.apply_filter()
        if keep and self._select_key(keep):
            return
        self.detail.clear(
            self.tr("Choose a person"), self.tr("Select someone in the tree to see their details.")
        )

    def _item(self, node: Node) -> QTreeWidgetItem:
        p = node.person
        title = node.title if node.kind == "person" or p is None else f"{node.title} — {p.name}"
        item = QTreeWidgetItem([title, p.code if p else "", labels.role_name(p.role) if p else ""])
        key = node.item_key
        item.setData(0, NODE_KEY, key)
        item.setIcon(0, icon(node.kind))
        if node.kind != "person":
            font = QFont(item.font(0))
            font.setBold(node.kind in ("body", "market"))
            item.setFont(0, font)
        if p is not None:
            self._person_key[p.id] = key
            if not p.active:
                item.setToolTip(0, self.tr("No longer active"))
        self._nodes[key], self._items[key] = node, item
        for child in node.children:
            item.addChild(self._item(child))
        return item

    def _default_expansion(self, everything: bool) -> None:
        if not everything:
            self.tree.expandAll()
            return
        self._collapse_to_markets()

    def _collapse_to_markets(self) -> None:
        self.tree.collapseAll()
        for node in self._roots:
            self._items[node.item_key].setExpanded(True)

    # -- filtering -----------------------------------------------------------
    def apply_filter(self) -> None:
        text = self.search.text().strip().lower()
        self._filter_timer.stop()
        if text != self.settings.get(ORG_FILTER):
            self.settings.set(ORG_FILTER, text)
        for node in self._roots:
            self._filter_node(node, text, False)
        if text:
            self.tree.expandAll()

    def _filter_node(self, node: Node, text: str, parent_matches: bool) -> bool:
        """Show a row that matches, its ancestors, and everything below a matching row."""
        matches = parent_matches or not text or text in node.search_text()
        any_child = False
        for child in node.children:
            any_child = self._filter_node(child, text, matches) or any_child
        visible = matches or any_child
        self._items[node.item_key].setHidden(not visible)
        return visible

    # -- selection -----------------------------------------------------------
    def _node(self, item: QTreeWidgetItem | None) -> Node | None:
        return self._nodes.get(str(item.data(0, NODE_KEY))) if item is not None else None

    def current_key(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, NODE_KEY)) if item is not None else None

    def _select_key(self, key: str) -> bool:
        item = self._items.get(key)
        if item is None or item.isHidden():
            return False
        self.tree.setCurrentItem(item)
        return True

    def select_person(self, person_id: str) -> bool:
        """Select the row that shows ``person_id`` (clearing the filter if it hides them)."""
        item = self._items.get(self._person_key.get(person_id, ""))
        if item is None:
            return False
        if item.isHidden():
            self.search.clear()
            self.apply_filter()
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        return True

    def _on_current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        node = self._node(item)
        person = node.person if node is not None else None
        if node is None:
            self.detail.clear()
        elif person is not None:
            org = self.services.org
            self.ops.run(
                lambda: org.person(person.id), success=self.detail.show_person, parent=self
            )
        else:
            self.detail.clear(node.title, self.tr("%n people", "", node.people()))

    # -- actions -------------------------------------------------------------
    def _create_demo(self) -> None:
        self.empty.button.setEnabled(False)

        def done(_value: object) -> None:
            self.empty.button.setEnabled(True)

        def failed(_error: BaseException) -> bool:
            self.empty.button.setEnabled(True)
            return False

        fill_with_demo(self.ops, self.services.db, success=done, failure=failed, parent=self)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (or closing the window): keep the splitter for the next start."""
        self.settings.set(ORG_SPLITTER, bytes(self.splitter.saveState().data()))
        super().hideEvent(event)
