"""The Qt binding itself: guards against a release that corrupts the interpreter."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont


def test_void_qt_calls_keep_the_reference_count_of_none(qapp: object) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per void call and then aborts."""
    font, obj = QFont(), QObject()
    before = sys.getrefcount(None)
    for _ in range(500):
        font.setBold(True)
        obj.setObjectName("x")
    assert sys.getrefcount(None) >= before - 10
