"""What every page of the main window provides."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.services.base import Changes
from desktop.ui.tasks import Ops

T = TypeVar("T")


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

    def read_then(
        self, ops: Ops, read: Callable[[], T], take: Callable[[T], None],
        then: Callable[[], None] | None = None,
    ) -> None:  # fmt: skip
        """``read()`` on a worker thread; here, ``take`` its value, then ``then``. After a
        failure (which the window shows) ``then`` runs all the same: the page goes on
        without the value. Nothing runs once the page is gone."""

        def taken(value: T) -> None:
            if isValid(self):
                take(value)
                if then is not None:
                    then()

        def failed(_error: BaseException) -> bool:
            if isValid(self) and then is not None:
                then()
            return False

        ops.run_in_background(
            lambda _progress: read(), show_progress=False, success=taken, failure=failed,
            parent=self,
        )  # fmt: skip
