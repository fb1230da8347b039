"""Writing .xlsx files that Excel, WPS and LibreOffice open the same way.

Every sheet has a Chinese header row and an English one under it (both frozen),
column widths that fit, money as numbers in a ``¥#,##0.00`` format and dates as
real dates. Files are written streaming (openpyxl's write-only mode: a 20 000-row
export never holds the workbook in memory) to a temporary name and renamed, so a
full disk never leaves half a file behind.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import func, or_, select, true
from sqlalchemy.orm import Session, aliased

from db.models import CallLog, Distributor, DistributorContact, Market, Person, Region
from desktop.domain.org import Scope
from desktop.domain.spreadsheet_rules import (
    CALL_COLUMNS,
    DISTRIBUTOR_COLUMNS,
    column_letter,
    owner_cell,
    yuan,
)
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.distributors import scope_clause

ProgressFn = Callable[[int, int], None]

MONEY_FORMAT = '"¥"#,##0.00'
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "hh:mm"
HEADER_FILL = "E8EEF4"
REQUIRED_COLOUR = "C62828"
SECONDARY_COLOUR = "5F6B7A"
#: Excel's last row, minus the two header rows
MAX_ROWS = 1_048_576 - 2
WRITE_STEP = 1000

MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}")
MSG_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "errors", "{count} rows do not fit in one Excel sheet; choose a shorter period."
)

#: What the template's header comments and guide sheet say about each column.
COLUMN_NOTES: dict[str, tuple[str, str]] = {
    "code": ("必填。字母、数字、- 或 _，最多 20 位；已存在的编码会被更新。",
             "Required. Up to 20 letters, digits, - or _; an existing code is updated."),
    "name": ("必填。", "Required."),
    "market": ("必填。市场名称或编码，如 华北。", "Required. Market name or code, e.g. 华北."),
    "region": ("区域名称或编码，须属于该市场。", "Region name or code, within the market."),
    "owner": ("人员编码或姓名，如 张伟 (P0123)。", "Person code or name, e.g. 张伟 (P0123)."),
    "grade": ("A 核心、B 主要、C 其他、P 潜在客户。", "A core, B major, C other, P prospect."),
    "credit_rating": ("A、B、C、D（D = 停止发货）。", "A, B, C or D (D = stop shipping)."),
    "credit_limit": ("金额（元），不能为负。", "Amount in yuan, not negative."),
    "payment_terms": ("天数，0–365。", "Days, 0–365."),
    "contact": ("主要联系人姓名。", "Name of the primary contact."),
    "contact_phone": ("主要联系人手机。", "Mobile of the primary contact."),
    "phone": ("手机 11 位或座机 010-12345678。", "11-digit mobile or landline 010-12345678."),
}  # fmt: skip
EXAMPLE_ROW: dict[str, object] = {
    "code": "BJ0001", "name": "北京华悦商贸有限公司", "market": "京津", "region": "",
    "owner": "", "grade": "A", "credit_rating": "B", "credit_limit": 500000,
    "payment_terms": 30, "contact": "王海", "contact_phone": "13812345678",
    "phone": "010-12345678", "address": "北京市朝阳区建国路 88 号", "city": "北京",
    "warehouse_address": "北京市通州区物流园 3 号库", "receiving_hours": "8:00-17:00",
    "carrier": "顺丰",
}  # fmt: skip


class ExportWords(Protocol):
    """Words an exported file shows, in the user's language (``desktop.labels.ExportWords``)."""

    def channel_name(self, channel: str) -> str: ...
    def topic_names(self, topics: list[str]) -> str: ...
    def visit_status_name(self, status: str) -> str: ...
    def calendar_label(self, key: str) -> str: ...


def write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    """``write(temporary path)``, flush to disk, then rename over ``path``; OSError → UserError."""
    tmp = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write(tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        tmp.replace(path)
    except OSError as e:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise UserError(MSG_CANNOT_WRITE, path=str(path), reason=e.strerror or str(e)) from e


class SheetWriter:
    """One streamed sheet with two header rows (Chinese, English), widths and a frozen header."""

    def __init__(self, title: str, headers: Sequence[tuple[str, str, int]]) -> None:
        from openpyxl import Workbook

        self.workbook = Workbook(write_only=True)
        self.workbook.properties.creator = "FieldDesk"
        self.sheet = self.workbook.create_sheet(title)
        self.count = 0
        for i, (_zh, _en, width) in enumerate(headers):
            self.sheet.column_dimensions[column_letter(i)].width = width
        self.sheet.freeze_panes = "A3"
        self.width = len(headers)

    def headers(self, headers: Sequence[tuple[str, str, int]], required: Sequence[bool] = (),
                comments: Sequence[str] = ()) -> None:  # fmt: skip
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.comments import Comment
        from openpyxl.styles import Alignment, Font, PatternFill

        fill = PatternFill("solid", start_color=HEADER_FILL)
        first, second = [], []
        for i, (zh, en, _width) in enumerate(headers):
            top = WriteOnlyCell(self.sheet, value=zh)
            top.font = Font(
                bold=True, color=REQUIRED_COLOUR if i < len(required) and required[i] else None
            )
            top.fill = fill
            top.alignment = Alignment(vertical="center")
            if i < len(comments) and comments[i]:
                note = Comment(comments[i], "FieldDesk")
                note.width, note.height = 260, 110
                top.comment = note
            below = WriteOnlyCell(self.sheet, value=en)
            below.font = Font(italic=True, color=SECONDARY_COLOUR)
            below.fill = fill
            first.append(top)
            second.append(below)
        self.sheet.append(first)
        self.sheet.append(second)

    def row(self, values: Sequence[object], formats: dict[int, str]) -> None:
        from openpyxl.cell import WriteOnlyCell

        cells: list[Any] = []
        for i, value in enumerate(values):
            fmt = formats.get(i)
            if fmt is None or value is None or value == "":
                cells.append(value)
            else:
                cell = WriteOnlyCell(self.sheet, value=value)
                cell.number_format = fmt
                cells.append(cell)
        self.sheet.append(cells)
        self.count += 1

    def save(self, path: Path) -> None:
        if self.count:
            self.sheet.auto_filter.ref = f"A2:{column_letter(self.width - 1)}{self.count + 2}"
        for sheet in self.workbook.worksheets:
            if not sheet.closed:  # finish the streamed rows before the target is opened
                sheet.close()
        write_atomic(path, lambda tmp: self.workbook.save(str(tmp)))


def _distributor_headers() -> list[tuple[str, str, int]]:
    return [(c.zh, c.en, c.width) for c in DISTRIBUTOR_COLUMNS]


def _comment(key: str, en: str) -> str:
    zh_note, en_note = COLUMN_NOTES.get(key, ("", ""))
    return "\n".join(t for t in (en, zh_note, en_note) if t)


_MONEY_COLUMN = {
    i: MONEY_FORMAT for i, c in enumerate(DISTRIBUTOR_COLUMNS) if c.key == "credit_limit"
}


def _distributor_sheet() -> SheetWriter:
    headers = _distributor_headers()
    writer = SheetWriter("客户 Distributors", headers)
    writer.headers(
        headers,
        [c.required for c in DISTRIBUTOR_COLUMNS],
        [_comment(c.key, c.en) for c in DISTRIBUTOR_COLUMNS],
    )
    return writer


def export_template(path: Path) -> None:
    """An empty distributor sheet (both header rows, notes on every header) and a guide sheet."""
    writer = _distributor_sheet()
    guide = writer.workbook.create_sheet("说明 Guide")
    for letter, width in zip("ABCDE", (14, 18, 10, 44, 50), strict=True):
        guide.column_dimensions[letter].width = width
    guide.append(["列 Column", "英文 English", "必填 Required", "说明", "Notes"])
    for c in DISTRIBUTOR_COLUMNS:
        zh_note, en_note = COLUMN_NOTES.get(c.key, ("", ""))
        guide.append([c.zh, c.en, "是 Yes" if c.required else "", zh_note, en_note])
    guide.append([])
    guide.append(
        [
            "示例 Example: 把下面一行复制到第一张表的第 3 行 / copy the row below to row 3 of the first sheet"
        ]
    )
    guide.append([c.zh for c in DISTRIBUTOR_COLUMNS])
    guide.append([EXAMPLE_ROW.get(c.key, "") for c in DISTRIBUTOR_COLUMNS])
    writer.save(path)


def export_distributors(
    s: Session, scope: Scope, path: Path, progress: ProgressFn | None = None
) -> int:
    """Every distributor in scope, in the template's columns, ordered by code; the row count."""
    owner = aliased(Person)
    d = Distributor
    primary: dict[str, tuple[str, str]] = {}
    contacts = (
        select(DistributorContact.distributor_id, DistributorContact.name, DistributorContact.phone)
        .join(d, d.id == DistributorContact.distributor_id)
        .where(DistributorContact.deleted.is_(False), scope_clause(scope))
        .order_by(DistributorContact.is_primary.desc(), DistributorContact.sort_order)
    )
    for distributor_id, name, phone in s.execute(contacts):
        primary.setdefault(distributor_id, (name, phone))
    stmt = (
        select(d, Market.name, Region.name, owner.name, owner.code)
        .join(Market, d.market_id == Market.id)
        .outerjoin(Region, d.region_id == Region.id)
        .outerjoin(owner, d.owner_id == owner.id)
        .where(scope_clause(scope))
        .order_by(d.code)
    )
    total = s.scalar(select(func.count()).select_from(d).where(scope_clause(scope))) or 0
    writer = _distributor_sheet()
    for row, market, region, owner_name, owner_code in s.execute(
        stmt.execution_options(yield_per=2000)
    ):
        contact_name, contact_phone = primary.get(row.id, ("", ""))
        values = {
            "code": row.code, "name": row.name, "market": market, "region": region or "",
            "owner": owner_cell(owner_name, owner_code) if owner_code else "",
            "grade": row.grade, "credit_rating": row.credit_rating,
            "credit_limit": yuan(row.credit_limit_fen), "payment_terms": row.payment_terms_days,
            "contact": contact_name, "contact_phone": contact_phone, "phone": row.phone,
            "address": row.address, "city": row.city, "warehouse_address": row.warehouse_address,
            "receiving_hours": row.receiving_hours, "carrier": row.carrier,
        }  # fmt: skip
        writer.row([values[c.key] for c in DISTRIBUTOR_COLUMNS], _MONEY_COLUMN)
        if progress is not None and writer.count % WRITE_STEP == 0:
            progress(writer.count, total)
    writer.save(path)
    return writer.count


def export_calls(
    s: Session, scope: Scope, path: Path, start: date, end: date, words: ExportWords
) -> int:
    """The call log from ``start`` to ``end`` (both included), oldest first; the row count.

    ``occurred_at`` is written as it is stored (the local time the call was logged
    for). Channel and topics are written in words, in the user's language.
    """
    d, p = Distributor, Person
    since = datetime.combine(start, datetime.min.time())
    until = datetime.combine(end + timedelta(days=1), datetime.min.time())
    where = [CallLog.deleted.is_(False), CallLog.occurred_at >= since, CallLog.occurred_at < until]
    visible = (
        true()
        if scope.everything
        else or_(scope_clause(scope), CallLog.person_id.in_(scope.people))
    )
    base = select(CallLog).join(d, d.id == CallLog.distributor_id).where(*where, visible)
    count = s.scalar(select(func.count()).select_from(base.subquery())) or 0
    if count > MAX_ROWS:
        raise UserError(MSG_TOO_MANY_ROWS, count=count)
    stmt = (
        select(
            CallLog.occurred_at, d.code, d.name, p.code, p.name, CallLog.channel, CallLog.topics,
            CallLog.order_amount_fen, CallLog.notes, CallLog.problems, CallLog.next_step,
            CallLog.next_step_due,
        )
        .join(d, d.id == CallLog.distributor_id)
        .join(p, p.id == CallLog.person_id)
        .where(*where, visible)
        .order_by(CallLog.occurred_at, CallLog.id)
    )  # fmt: skip
    headers = [(zh, en, width) for _key, zh, en, width in CALL_COLUMNS]
    writer = SheetWriter("拜访记录 Calls", headers)
    writer.headers(headers)
    formats = {0: DATE_FORMAT, 1: TIME_FORMAT, 8: MONEY_FORMAT, 12: DATE_FORMAT}
    for r in s.execute(stmt.execution_options(yield_per=2000)):
        at: datetime = r[0]
        writer.row(
            [
                at.date(), at.time().replace(second=0, microsecond=0), r[1], r[2], r[3], r[4],
                words.channel_name(r[5]), words.topic_names([t for t in r[6].split(",") if t]),
                yuan(r[7]) if r[7] is not None else None, r[8], r[9], r[10], r[11],
            ],
            formats,
        )  # fmt: skip
    writer.save(path)
    return writer.count
