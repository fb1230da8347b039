"""Small pieces of the distributor editor: money in yuan ↔ integer fen, and a field's error line."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

#: yuan with at most two decimals, an optional sign; separators and ¥ removed first
_AMOUNT = re.compile(r"^[-+]?\d{1,13}(\.\d{0,2})?$")
ERROR_STYLE = "color: #c62828;"


def parse_yuan(text: str) -> int | None:
    """``"12,345.67"`` → 1234567 fen, exactly (Decimal, never float); None when not an amount.

    An empty text is 0. A negative amount is returned as such: whether it is
    allowed is the service's rule, which says so in words.
    """
    t = text.strip()
    for ch in ("¥", "￥", ",", "，", " ", "\u00a0", "\u202f"):
        t = t.replace(ch, "")
    if not t:
        return 0
    if not _AMOUNT.match(t):
        return None
    try:
        fen = Decimal(t) * 100
    except InvalidOperation:
        return None
    return int(fen)


def format_yuan(fen: int) -> str:
    """1234567 → ``"12,345.67"`` (for editing; no currency sign)."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan:,}.{cents:02d}"


class MoneyEdit(QLineEdit):
    """A line edit for an amount in yuan with two decimals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("0.00")

    def fen(self) -> int | None:
        return parse_yuan(self.text())

    def set_fen(self, fen: int) -> None:
        self.setText(format_yuan(fen))


class ErrorLabel(QLabel):
    """The words under a field that say what is wrong with it (hidden when nothing is)."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"error_{field}")
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setVisible(False)

    def set_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
