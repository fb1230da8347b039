"""Rules for the distributor spreadsheets people keep in Excel: which column is which, what a cell means.

Headers may be Chinese or English, in any order, with any case, spaces, full-width
characters, a unit in brackets (``信用额度（元）``), a required-mark ``*``, or
both languages in one cell (``客户编码/Code``). Values are read the way people
type them: ``¥12,345.67``, ``1.5万``, ``30天``, ``A类``, ``+86 138 1234 5678``.
Whether a value is *valid* (grade A–D, phone format, limit not negative) stays
the distributor rules' business (``desktop.domain.distributors``); this module
only turns cells into the values those rules check.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# Problem codes of this module; the service turns each into words.
NOT_AMOUNT = "not_amount"
NOT_WHOLE_NUMBER = "not_whole_number"

#: How many rows from the top may hold a title before the header row.
HEADER_SCAN_ROWS = 10


@dataclass(frozen=True)
class ColumnSpec:
    """One column of the distributor sheet: its key, both header names, and what else it may be called."""

    key: str
    zh: str
    en: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    width: int = 14


#: The distributor columns in the order the template and the export write them.
DISTRIBUTOR_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("code", "客户编码", "Code", ("客户代码", "客户编号", "编码", "代码", "编号",
               "customer code", "distributor code", "customer no"), True, 12),
    ColumnSpec("name", "客户名称", "Name", ("名称", "客户名", "经销商名称", "分销商名称", "公司名称",
               "customer name", "distributor name", "customer", "distributor"), True, 30),
    ColumnSpec("market", "市场", "Market", ("所属市场", "market code", "market name"), True, 10),
    ColumnSpec("region", "区域", "Region", ("所属区域", "片区", "region code", "region name",
               "area"), False, 14),
    ColumnSpec("owner", "负责人", "Owner", ("客户经理", "业务员", "销售代表", "owner code",
               "owner name", "sales rep", "account manager"), False, 16),
    ColumnSpec("grade", "客户等级", "Grade", ("等级", "客户级别", "级别", "customer grade",
               "tier"), False, 10),
    ColumnSpec("credit_rating", "信用等级", "Credit rating", ("信用评级", "rating"), False, 10),
    ColumnSpec("credit_limit", "信用额度", "Credit limit", ("额度", "授信额度", "信用额度元",
               "limit", "credit limit yuan"), False, 16),
    ColumnSpec("payment_terms", "账期", "Payment terms", ("账期天数", "付款期限", "结算期",
               "payment terms days", "terms", "payment days"), False, 10),
    ColumnSpec("contact", "联系人", "Contact", ("联系人姓名", "主要联系人", "contact name",
               "contact person"), False, 12),
    ColumnSpec("contact_phone", "联系人电话", "Contact phone", ("联系人手机", "手机", "手机号",
               "contact mobile", "mobile"), False, 16),
    ColumnSpec("phone", "电话", "Phone", ("联系电话", "客户电话", "座机", "tel", "telephone",
               "phone number"), False, 16),
    ColumnSpec("address", "地址", "Address", ("公司地址", "客户地址", "办公地址"), False, 36),
    ColumnSpec("city", "城市", "City", ("所在城市",), False, 10),
    ColumnSpec("warehouse_address", "仓库地址", "Warehouse address", ("收货地址", "warehouse",
               "delivery address"), False, 36),
    ColumnSpec("receiving_hours", "收货时间", "Receiving hours", ("收货时段", "receiving time",
               "delivery hours"), False, 14),
    ColumnSpec("carrier", "承运商", "Carrier", ("物流公司", "承运人", "logistics company",
               "forwarder"), False, 14),
)  # fmt: skip

REQUIRED_KEYS: tuple[str, ...] = tuple(c.key for c in DISTRIBUTOR_COLUMNS if c.required)
SPEC_BY_KEY = {c.key: c for c in DISTRIBUTOR_COLUMNS}

_UNIT = re.compile(r"\((元|天|日|yuan|rmb|cny|days?|¥)\)$")
_DROP = re.compile(r"[\s_\-.·:*]+")


def normalise_header(text: str) -> str:
    """Full-width → half-width, lower case, no spaces/underscores/marks, no unit in brackets."""
    t = unicodedata.normalize("NFKC", text).strip().lower()
    t = _DROP.sub("", t)
    return _UNIT.sub("", t)


def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for spec in DISTRIBUTOR_COLUMNS:
        for name in (spec.key, spec.zh, spec.en, *spec.aliases):
            table.setdefault(normalise_header(name), spec.key)
    return table


ALIASES = _alias_table()


def match_header(text: object) -> str | None:
    """The column key a header cell names (``"信用额度（元）"`` → ``credit_limit``), or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    whole = ALIASES.get(normalise_header(text))
    if whole is not None:
        return whole
    found = {ALIASES.get(normalise_header(part)) for part in re.split(r"[/\n|]", text)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


@dataclass(frozen=True)
class HeaderLayout:
    """Where the header is and what each column holds (0-based positions, 1-based sheet rows)."""

    row: int
    columns: dict[int, str]
    headers: dict[int, str]
    ignored: tuple[str, ...]
    #: rows right under the header that repeat it in the other language (skipped)
    extra_header_rows: int = 0

    @property
    def missing(self) -> tuple[str, ...]:
        present = set(self.columns.values())
        return tuple(k for k in REQUIRED_KEYS if k not in present)


def find_header(rows: Sequence[Sequence[object]]) -> HeaderLayout | None:
    """The header among the first rows: the one naming the most known columns (first wins a tie).

    A column named twice keeps its first occurrence; the later one is ignored. The
    row below is skipped when every cell in it names the same column as the cell
    above (a second header row in the other language). None when no row names any
    known column.
    """
    best: tuple[int, int] | None = None
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        keys = {match_header(v) for v in row} - {None}
        if keys and (best is None or len(keys) > best[1]):
            best = (i, len(keys))
    if best is None:
        return None
    index = best[0]
    columns: dict[int, str] = {}
    headers: dict[int, str] = {}
    ignored: list[str] = []
    for pos, value in enumerate(rows[index]):
        if value is None or not str(value).strip():
            continue
        text = str(value).strip()
        key = match_header(value)
        if key is None or key in columns.values():
            ignored.append(text)
            continue
        columns[pos] = key
        headers[pos] = text
    extra = 0
    if index + 1 < len(rows):
        below = rows[index + 1]
        cells = [(p, v) for p, v in enumerate(below) if v is not None and str(v).strip()]
        if cells and all(match_header(v) == columns.get(p) for p, v in cells):
            extra = 1
    return HeaderLayout(index + 1, columns, headers, tuple(ignored), extra)


def column_letter(position: int) -> str:
    """0 → A, 25 → Z, 26 → AA (the column names Excel shows)."""
    letters = ""
    n = position + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def is_blank(row: Sequence[object]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


def cell_text(value: object) -> str:
    """A cell as text: numbers without a spurious ``.0``, dates as ISO, None as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return value.strip() if isinstance(value, str) else str(value)


_AMOUNT = re.compile(r"^[-+]?\d+(\.\d+)?$")
_WAN = Decimal(10000)


def parse_yuan(value: object) -> int | str | None:
    """A cell of yuan → integer fen; None when blank; ``NOT_AMOUNT`` when it is no amount.

    Accepts numbers, ``¥12,345.67``, ``12345元``, ``1.5万`` (15 000 yuan). Numeric
    cells are rounded to the fen (Excel's binary noise); typed text must not have
    more than two decimals. Negative amounts come back as such: the distributor
    rules refuse them in words.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return NOT_AMOUNT
    if isinstance(value, int | float | Decimal):
        amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if not amount.is_finite():
            return NOT_AMOUNT
        return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    t = unicodedata.normalize("NFKC", str(value)).strip().lower()
    for noise in ("¥", ",", " ", "\u00a0", "\u202f", "元", "rmb", "cny"):
        t = t.replace(noise, "")
    if not t:
        return None
    scale = Decimal(1)
    if t.endswith("万"):
        t, scale = t[:-1], _WAN
    if not _AMOUNT.match(t):
        return NOT_AMOUNT
    try:
        fen = Decimal(t) * scale * 100
    except InvalidOperation:
        return NOT_AMOUNT
    if fen != fen.to_integral_value():
        return NOT_AMOUNT
    return int(fen)


def parse_days(value: object) -> int | str | None:
    """A cell of days (``30``, ``30天``, ``30 days``) → int; None when blank; else ``NOT_WHOLE_NUMBER``."""
    if value is None:
        return None
    if isinstance(value, bool):
        return NOT_WHOLE_NUMBER
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else NOT_WHOLE_NUMBER
    t = unicodedata.normalize("NFKC", str(value)).strip().lower()
    t = re.sub(r"\s*(天|日|days?|d)$", "", t).strip()
    if not t:
        return None
    return int(t) if re.fullmatch(r"[-+]?\d{1,6}", t) else NOT_WHOLE_NUMBER


_PROSPECT = {"p", "prospect", "潜在", "潜在客户", "意向客户", "准客户"}
_LETTER = re.compile(r"^([a-z])(类|级|类客户|级客户|\s*·.*|\s+.*)?$")


def parse_grade(value: object) -> str | None:
    """``A``, ``a``, ``A类``, ``A · core distributor`` → ``A``; ``prospect``/``潜在客户`` → ``P``.

    None when blank; anything else comes back as typed (upper case), for the
    distributor rules to refuse.
    """
    t = unicodedata.normalize("NFKC", cell_text(value)).lower()
    if not t:
        return None
    if t in _PROSPECT:
        return "P"
    m = _LETTER.match(t)
    return m.group(1).upper() if m else t.upper()


def parse_rating(value: object) -> str | None:
    """``B``, ``b``, ``B级``, ``B · good`` → ``B``; None when blank; else the text, upper case."""
    t = unicodedata.normalize("NFKC", cell_text(value)).lower()
    if not t:
        return None
    m = _LETTER.match(t)
    return m.group(1).upper() if m else t.upper()


_OWNER = re.compile(r"^(.*?)\s*\(([^()]+)\)$")


def split_owner(text: str) -> tuple[str, str | None]:
    """``张伟 (P0123)`` → (``张伟``, ``P0123``); a bare code or name → (text, None)."""
    t = unicodedata.normalize("NFKC", text).strip()
    m = _OWNER.match(t)
    return (m.group(1).strip(), m.group(2).strip()) if m else (t, None)


def owner_cell(name: str, code: str) -> str:
    """How the export writes an owner: readable and unambiguous, ``张伟 (P0123)``."""
    return f"{name} ({code})"


def yuan(fen: int) -> Decimal:
    """Integer fen → yuan as an exact Decimal (what an export writes into a money cell)."""
    return Decimal(fen) / 100


# -- exported files: fixed two-language header rows ------------------------------------------------

#: The call-log export's columns: key, Chinese header, English header, width.
CALL_COLUMNS: tuple[tuple[str, str, str, int], ...] = (
    ("date", "日期", "Date", 12),
    ("time", "时间", "Time", 8),
    ("distributor_code", "客户编码", "Distributor code", 12),
    ("distributor", "客户名称", "Distributor", 30),
    ("person_code", "人员编码", "Person code", 11),
    ("person", "人员", "Person", 10),
    ("channel", "方式", "Channel", 9),
    ("topics", "主题", "Topics", 20),
    ("order_amount", "订单金额", "Order amount", 15),
    ("notes", "记录", "Notes", 44),
    ("problems", "问题", "Problems", 30),
    ("next_step", "下一步", "Next step", 26),
    ("due", "截止日期", "Due", 12),
)
