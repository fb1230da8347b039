"""Spreadsheets the tests write themselves with openpyxl (no binary fixtures in the repository)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from db.engine import Database
from db.models import Distributor, DistributorContact, FieldClock, Market, Outbox, Person, Region
from desktop.domain import distributors as rules
from desktop.services import spreadsheet_import as imp
from desktop.services.distributors import MESSAGES, MSG_REGION_MARKET

HEADER = [
    "客户编码", "客户名称", "市场", "区域", "负责人", "客户等级", "信用等级", "信用额度（元）",
    "账期", "联系人", "电话", "地址", "城市", "仓库地址", "收货时间", "承运商",
]  # fmt: skip


def write_xlsx(path: Path, rows: list[list[object]], title: str = "Sheet") -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@dataclass(frozen=True)
class Refs:
    """Names and codes of the demo organisation that a sheet can refer to."""

    market: str
    market_code: str
    region: str
    region_code: str
    other_market_region: str
    owner_code: str
    owner_name: str
    existing_code: str
    existing_name: str


def refs(db: Database) -> Refs:
    with db.read_session() as s:
        market = s.scalars(select(Market).order_by(Market.sort_order)).first()
        assert market is not None
        region = s.scalars(
            select(Region).where(Region.market_id == market.id).order_by(Region.code)
        ).first()
        other = s.scalars(
            select(Region).where(Region.market_id != market.id).order_by(Region.code)
        ).first()
        owner = s.scalars(
            select(Person)
            .where(Person.region_id == region.id, Person.active.is_(True), Person.body == "FSF")
            .order_by(Person.code)
        ).first()
        existing = s.scalars(
            select(Distributor).where(Distributor.region_id == region.id).order_by(Distributor.code)
        ).first()
        assert region and other and owner and existing
        return Refs(
            market.name, market.code, region.name, region.code, other.name, owner.code,
            owner.name, existing.code, existing.name,
        )  # fmt: skip


def snapshot(db: Database) -> tuple[object, ...]:
    """Everything an import could change: distributors, contacts, outbox and field clocks."""
    with db.read_session() as s:
        return (
            s.scalar(select(func.count()).select_from(Outbox)),
            s.scalar(select(func.count()).select_from(FieldClock)),
            tuple(
                s.execute(
                    select(Distributor.code, Distributor.updated_at).order_by(Distributor.code)
                )
            ),
            tuple(
                s.execute(
                    select(DistributorContact.id, DistributorContact.updated_at).order_by(
                        DistributorContact.id
                    )
                )
            ),
        )


def outbox_count(db: Database) -> int:
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(Outbox)) or 0


def row(code: object, name: object, market: object, **kw: object) -> list[object]:
    values: dict[str, object] = {"客户编码": code, "客户名称": name, "市场": market}
    names = {"region": "区域", "owner": "负责人", "grade": "客户等级", "rating": "信用等级",
             "limit": "信用额度（元）", "terms": "账期", "contact": "联系人", "phone": "电话"}  # fmt: skip
    values.update({names[k]: v for k, v in kw.items()})
    return [values.get(h) for h in HEADER]


def error_sheet(path: Path, r: Refs) -> Path:
    """A sheet with one row of every kind of problem (and one good row, which must not be written)."""
    return write_xlsx(
        path,
        [
            HEADER,
            row("T0001", "良好商贸", r.market, region=r.region),  # 2: valid
            row("T0002", "火星商贸", "火星"),  # 3: unknown market
            row("T0003", "区域商贸", r.market, region="不存在区"),  # 4: unknown region
            row("T0004", "外区商贸", r.market, region=r.other_market_region),  # 5: other market's
            row("T0005", "无主商贸", r.market, owner="无名氏"),  # 6: owner not found
            row("T0001", "重复商贸", r.market),  # 7: duplicate code
            row("T0006", "等级商贸", r.market, grade="Z"),  # 8: bad grade
            row("T0007", "信用商贸", r.market, rating="E"),  # 9: bad rating
            row("T0008", "负数商贸", r.market, limit=-5),  # 10: negative limit
            row("T0009", "文字商贸", r.market, limit="十万"),  # 11: not a number
            row("T0010", "电话商贸", r.market, phone="12345"),  # 12: bad phone
            row("T0011", None, r.market),  # 13: missing name
            row("T0012", "无市场商贸", None),  # 14: missing market
            row(None, "无编码商贸", r.market),  # 15: missing code
            row("T0013", "账期商贸", r.market, terms="30.5"),  # 16: not whole days
            [],  # 17: blank, skipped
            row("bad code!", "编码商贸", r.market),  # 18: bad code
        ],
    )


EXPECTED = [
    (3, "C", imp.MSG_UNKNOWN_MARKET),
    (4, "D", imp.MSG_UNKNOWN_REGION),
    (5, "D", MSG_REGION_MARKET),
    (6, "E", imp.MSG_NO_OWNER),
    (7, "A", imp.MSG_DUPLICATE),
    (8, "F", MESSAGES[rules.BAD_GRADE]),
    (9, "G", MESSAGES[rules.BAD_RATING]),
    (10, "H", MESSAGES[rules.NEGATIVE]),
    (11, "H", imp.MSG_NOT_AMOUNT),
    (12, "K", MESSAGES[rules.BAD_PHONE]),
    (13, "B", MESSAGES[rules.REQUIRED]),
    (14, "C", MESSAGES[rules.REQUIRED]),
    (15, "A", MESSAGES[rules.REQUIRED]),
    (16, "I", imp.MSG_NOT_DAYS),
    (18, "A", MESSAGES[rules.BAD_CODE]),
]
