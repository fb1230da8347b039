"""What every page of the main window provides."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from desktop.services.base import Changes


class Page(QWidget):
    """A page of the sidebar. Subclasses set ``page_id`` and implement the hooks.

    Pages never reach into other pages: they refresh when ``on_changes`` tells them
    that something they show has changed (and skip changes they made themselves
    when they already updated).
    """

    page_id: str = ""

    @classmethod
    def title(cls) -> str:
        """The page's name in the sidebar and header (translated; subclasses override).

        A class method: the sidebar names a page before the page is built.
        """
        return cls.page_id

    @classmethod
    def icon(cls) -> QIcon:
        return QIcon()

    def on_shown(self) -> None:
        """Called each time the page becomes visible (load lazily here)."""

    def on_changes(self, changes: Changes, source: object) -> None:
        """Something changed somewhere; refresh what this page shows if it cares."""

    def retranslate(self) -> None:
        """The language changed: set every visible text again."""
