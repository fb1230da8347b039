"""The shared document frame and building blocks: furniture, metadata, tables, forms."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reportlab.platypus import Flowable, Spacer

from desktop.reports.base import Layout, PrintContext, render, text
from desktop.reports.blocks import (
    FootAnchored,
    FormField,
    data_table,
    form_grid,
    heading_bar,
    section_heading,
    signature_line,
)
from tests.reports.pdftools import PdfInfo

CTX = PrintContext(
    company="测试公司",
    title="测试报表",
    printed_by="李娜",
    printed_at="2026-11-27 09:00",
    page_label="第 {page} 页 / 共 {pages} 页",
    printed_label="打印人：{printed_by} {printed_at}",
)

Inspect = Callable[[bytes], PdfInfo]


def _rows(count: int) -> list[list[str]]:
    return [
        [f"R{i:03d}", f"客户{i:03d}", f"{i * 1234:,}", f"¥{i * 100:,}.00"] for i in range(count)
    ]


def _table_story(count: int) -> Callable[[Layout], list[Flowable]]:
    def story(layout: Layout) -> list[Flowable]:
        return [
            *section_heading("客户销售明细", layout.styles, layout.width),
            data_table(
                ["编号", "客户", "数量", "金额"],
                _rows(count),
                layout.styles,
                layout.width,
                col_widths=[1, 3, 1.5, 2],
                numeric=[2, 3],
            ),
        ]

    return story


def test_200_row_table_splits_over_pages_with_repeated_header(inspect_pdf: Inspect) -> None:
    pdf = inspect_pdf(render(_table_story(200), CTX))
    pages = pdf.pages
    assert len(pages) >= 4
    for number, page in enumerate(pages, start=1):
        assert "客户销售明细" not in page or number == 1
        assert "编号" in page and "金额" in page, f"header row missing on page {number}"
        assert pdf.has(f"第 {number} 页 / 共 {len(pages)} 页", number)
        assert pdf.has("打印人：李娜 2026-11-27 09:00", number)
        assert "测试公司" in page and "测试报表" in page
    every_row = [f"R{i:03d}" for i in range(200)]
    assert all(code in pdf.text for code in every_row)
    assert pdf.text.index("R199") > pdf.text.index("R000")


def test_only_the_embedded_subset_font_is_used(inspect_pdf: Inspect) -> None:
    fonts = inspect_pdf(render(_table_story(5), CTX)).fonts
    rows = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert rows, fonts
    for row in rows:
        assert "WenQuanYiMicroHei" in row, f"unexpected font: {row}"
        assert "+WenQuanYiMicroHei" in row.split()[0], "font must be a subset"
        assert " yes yes " in row, "font must be embedded as a subset"


def test_metadata_names_document_company_and_fieldDesk(inspect_pdf: Inspect) -> None:
    info = inspect_pdf(render(_table_story(1), CTX, subject="主题")).info
    assert "Title:           测试报表" in info
    assert "Author:          测试公司" in info
    assert "Creator:         FieldDesk" in info
    assert "Subject:         主题" in info


def test_landscape_pages(inspect_pdf: Inspect) -> None:
    info = inspect_pdf(render(_table_story(3), CTX, orientation="landscape")).info
    assert "841.89 x 595.276 pts (A4)" in info


def test_english_page_label(inspect_pdf: Inspect) -> None:
    ctx = PrintContext(
        "ACME", "Report", "Li Na", "27 Nov 2026", page_label="Page {page} of {pages}"
    )
    pdf = inspect_pdf(render(_table_story(120), ctx))
    last = len(pdf.pages)
    assert last > 1
    assert pdf.has(f"Page 1 of {last}", 1)
    assert pdf.has(f"Page {last} of {last}", last)


def test_a_bad_page_label_fails_before_layout() -> None:
    ctx = PrintContext("c", "t", "p", "d", page_label="第 {page} 页 / 共 {total} 页")
    with pytest.raises(KeyError):
        render(_table_story(1), ctx)


def test_markup_characters_are_printed_literally(inspect_pdf: Inspect) -> None:
    def story(layout: Layout) -> list[Flowable]:
        return [text("<b>A & B</b>\n第二行 <font>", layout.styles.body)]

    pdf = inspect_pdf(render(story, CTX))
    assert pdf.has("<b>A & B</b>")
    assert pdf.has("第二行 <font>")


def test_data_table_rejects_ragged_rows() -> None:
    def story(layout: Layout) -> list[Flowable]:
        return [data_table(["a", "b"], [["1"]], layout.styles, layout.width)]

    with pytest.raises(ValueError, match="1 cells"):
        render(story, CTX)


@pytest.mark.parametrize("columns", [2, 4])
@pytest.mark.parametrize("wide", [False, True])
def test_form_value_longer_than_a_page_flows_on_without_loss(
    inspect_pdf: Inspect, columns: int, wide: bool
) -> None:
    """A pasted essay in one field must neither crash layout nor be clipped."""
    essay = "超长地址" * 1200

    def story(layout: Layout) -> list[Flowable]:
        return form_grid(
            [FormField("编码", "C1"), FormField("地址", essay, wide=wide), FormField("电话", "1")],
            layout.styles,
            layout.width,
            columns=columns,
        )

    pdf = inspect_pdf(render(story, CTX))
    assert len(pdf.pages) >= 2
    assert pdf.count("超") == 1200  # per character: a page break may split a word
    assert "C1" in pdf.text and "电话" in pdf.text


def test_form_grid_only_has_two_or_four_columns() -> None:
    def story(layout: Layout) -> list[Flowable]:
        return form_grid([FormField("a", "b")], layout.styles, layout.width, columns=3)

    with pytest.raises(ValueError):
        render(story, CTX)


@pytest.mark.parametrize(("filler_fraction", "pages"), [(0.5, 1), (0.93, 2)])
def test_signature_stays_with_the_block_above_it(
    inspect_pdf: Inspect, filler_fraction: float, pages: int
) -> None:
    """With room, notes and signature share the page; without, they move on together."""

    def story(layout: Layout) -> list[Flowable]:
        return [
            text("正文开始", layout.styles.body),
            Spacer(1, layout.height * filler_fraction),
            FootAnchored(
                [
                    heading_bar("备注", layout.styles, layout.width),
                    text("备注内容", layout.styles.body),
                ],
                signature_line("客户经理签字 / 日期", layout.styles, layout.width),
                layout.height,
            ),
        ]

    pdf = inspect_pdf(render(story, CTX))
    assert len(pdf.pages) == pages
    assert pdf.has("备注内容", pages) and pdf.has("客户经理签字 / 日期", pages)
    assert pdf.has("正文开始", 1)
