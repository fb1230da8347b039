"""The distributor file card (客户档案卡) as printed: content, font, paging, languages."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from desktop.reports.base import PrintContext
from desktop.reports.distributor_card import (
    DistributorCardData,
    DistributorCardLabels,
    render_distributor_card,
)
from tests.reports.pdftools import PdfInfo

Inspect = Callable[[bytes], PdfInfo]
Card = Callable[..., DistributorCardData]


def test_card_shows_name_code_and_every_section(
    inspect_pdf: Inspect, card: Card, zh_labels: DistributorCardLabels, zh_ctx: PrintContext
) -> None:
    pdf = inspect_pdf(render_distributor_card(card(), zh_labels, zh_ctx))
    assert len(pdf.pages) == 1
    for printed in (
        "北京华北商贸发展有限公司",
        "D-2026-0001",
        "基本信息",
        "联系人",
        "储运信息",
        "信用信息",
        "备注",
        "B 良好",
        "¥200,000.00",
        "客户经理签字 / 日期",
        "华北星辰食品销售有限公司",
        "客户档案卡",
        "第 1 页 / 共 1 页",
        "打印人：张伟",
    ):
        assert pdf.has(printed), printed


def test_font_is_embedded_as_a_subset(
    inspect_pdf: Inspect, card: Card, zh_labels: DistributorCardLabels, zh_ctx: PrintContext
) -> None:
    fonts = inspect_pdf(render_distributor_card(card(), zh_labels, zh_ctx)).fonts
    rows = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert rows
    assert all("WenQuanYiMicroHei" in row and " yes yes " in row for row in rows), fonts
    assert "Helvetica" not in fonts


def test_primary_contact_is_marked_with_a_word(
    inspect_pdf: Inspect, card: Card, zh_labels: DistributorCardLabels, zh_ctx: PrintContext
) -> None:
    pdf = inspect_pdf(render_distributor_card(card(contacts=3), zh_labels, zh_ctx))
    # Header cell "主要" once, plus the primary contact's row.
    assert pdf.count("主要") == 2
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\s*(联系人\d\d).*$", pdf.layout, re.M)}
    assert sorted(rows) == ["联系人01", "联系人02", "联系人03"]
    assert "主要" in rows["联系人02"]
    assert "主要" not in rows["联系人01"] + rows["联系人03"]


def test_forty_contacts_flow_onto_more_pages_with_header_repeated(
    inspect_pdf: Inspect, card: Card, zh_labels: DistributorCardLabels, zh_ctx: PrintContext
) -> None:
    pdf = inspect_pdf(render_distributor_card(card(contacts=40), zh_labels, zh_ctx))
    pages = len(pdf.pages)
    assert pages >= 2
    assert pdf.has(f"第 1 页 / 共 {pages} 页", 1)
    assert pdf.has(f"第 {pages} 页 / 共 {pages} 页", pages)
    assert all(pdf.has(f"联系人{i:02d}") for i in range(1, 41))
    assert pdf.has("邮箱", 2), "the contacts header row is repeated on page 2"
    assert pdf.has("客户经理签字 / 日期", pages)


def test_long_addresses_and_twelve_contacts_lose_nothing(
    inspect_pdf: Inspect, card: Card, zh_labels: DistributorCardLabels, zh_ctx: PrintContext
) -> None:
    address = "北京市朝阳区建国路88号" + "东门进入乘电梯至12层左转第三间" * 12 + "末尾"
    notes = "该客户为重点客户" * 400 + "备注结束"
    data = card(contacts=12, address=address, warehouse_address=address, notes=notes)
    pdf = inspect_pdf(render_distributor_card(data, zh_labels, zh_ctx))
    assert pdf.has(address)
    assert pdf.count("东") == 24
    assert pdf.has("备注结束")
    assert pdf.count("重") == 400  # per character: a page break may split a word
    assert all(pdf.has(f"联系人{i:02d}") for i in range(1, 13))


def test_english_labels(
    inspect_pdf: Inspect, card: Card, en_labels: DistributorCardLabels, en_ctx: PrintContext
) -> None:
    data = card(name="Beijing Huabei Trading Co., Ltd.", credit_rating="B Good")
    pdf = inspect_pdf(render_distributor_card(data, en_labels, en_ctx))
    for printed in (
        "Beijing Huabei Trading Co., Ltd.",
        "Identity",
        "Contacts",
        "Logistics",
        "Warehouse address",
        "Credit rating",
        "B Good",
        "Primary",
        "Account manager signature / date",
        "Page 1 of 1",
        "Printed by Zhang Wei on 27 Nov 2026 14:30",
    ):
        assert pdf.has(printed), printed
    assert "Distributor card" in pdf.info


def test_card_without_contacts_says_so(
    inspect_pdf: Inspect, card: Card, zh_labels: DistributorCardLabels, zh_ctx: PrintContext
) -> None:
    pdf = inspect_pdf(render_distributor_card(card(contacts=0), zh_labels, zh_ctx))
    assert pdf.has("暂无联系人")
    assert len(pdf.pages) == 1


def test_empty_card_still_renders(
    inspect_pdf: Inspect, card: Card, zh_labels: DistributorCardLabels, zh_ctx: PrintContext
) -> None:
    blank = {f.name: "" for f in dataclasses.fields(DistributorCardData) if f.name != "contacts"}
    pdf = inspect_pdf(render_distributor_card(card(contacts=0, **blank), zh_labels, zh_ctx))
    assert len(pdf.pages) == 1
    assert pdf.has("客户经理签字 / 日期")


def test_metadata_describes_the_card(
    inspect_pdf: Inspect, card: Card, zh_labels: DistributorCardLabels, zh_ctx: PrintContext
) -> None:
    info = inspect_pdf(render_distributor_card(card(), zh_labels, zh_ctx)).info
    assert "Title:           客户档案卡" in info
    assert "Author:          华北星辰食品销售有限公司" in info
    assert "Subject:         北京华北商贸发展有限公司 (D-2026-0001)" in info
    assert "Creator:         FieldDesk" in info
