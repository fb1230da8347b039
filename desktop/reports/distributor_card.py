"""The distributor file card (客户档案卡): one distributor's master data on A4.

Field reps print it before a visit and file it in the distributor's folder, so
it reads like a Chinese business form: a title block with the name and code, then
identity, contacts, logistics and credit sections as label/value grids, a notes
box that can also be written on by hand, and a signature line at the foot.

The input is prepared by the services layer as plain display strings (money,
dates and enum values already formatted and translated); this module only lays
them out, so it is trivially testable and never touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from desktop.reports.base import LINE, Layout, PrintContext, render, text
from desktop.reports.blocks import (
    FootAnchored,
    FormField,
    SplittingTable,
    data_table,
    form_grid,
    heading_bar,
    label_width,
    section_heading,
    signature_line,
    table_style,
)

__all__ = [
    "ContactLine",
    "DistributorCardData",
    "DistributorCardLabels",
    "render_distributor_card",
]


@dataclass(frozen=True)
class ContactLine:
    """One contact person as printed; ``is_primary`` prints the "primary" word in its row."""

    name: str
    title: str
    phone: str
    wechat: str
    email: str
    is_primary: bool


@dataclass(frozen=True)
class DistributorCardData:
    """Everything the card prints, as display strings prepared by the services layer."""

    code: str
    name: str
    short_name: str
    market: str  # display name, e.g. "华北"
    region: str  # display name or ""
    owner: str  # "张伟 (P0012)" or ""
    grade: str  # display text, e.g. "A 核心分销商"
    status: str  # display text, e.g. "合作中"
    province: str
    city: str
    address: str
    phone: str
    contacts: tuple[ContactLine, ...]
    warehouse_address: str
    receiving_hours: str
    carrier: str
    lead_days: str  # already formatted, e.g. "3 天" or ""
    logistics_notes: str
    credit_rating: str  # display text, e.g. "B 良好"
    credit_limit: str  # formatted money, e.g. "¥200,000.00"
    payment_terms: str  # e.g. "30 天"
    notes: str
    updated_at: str  # formatted date


@dataclass(frozen=True)
class DistributorCardLabels:
    """Every label on the card, translated by the caller (the app passes Chinese or English)."""

    identity: str
    code: str
    name: str
    short_name: str
    market: str
    region: str
    owner: str
    grade: str
    status: str
    province: str
    city: str
    address: str
    phone: str
    contacts: str
    contact_name: str
    contact_title: str
    contact_phone: str
    contact_wechat: str
    contact_email: str
    primary: str
    no_contacts: str
    logistics: str
    warehouse_address: str
    receiving_hours: str
    carrier: str
    lead_days: str
    logistics_notes: str
    credit: str
    credit_rating: str
    credit_limit: str
    payment_terms: str
    notes: str
    updated_at: str
    signature: str  # e.g. "客户经理签字 / 日期"


# Notes get a box at least this tall even when empty, to write in by hand.
_NOTES_MIN_HEIGHT = 22 * mm


def _title_block(data: DistributorCardData, labels: DistributorCardLabels, layout: Layout) -> Table:
    """Name large on the left (short name under it); code and update date in a small grid on the right."""
    st = layout.styles
    left: list[Flowable] = [text(data.name, st.title, bold=True)]
    if data.short_name:
        left.append(text(data.short_name, st.subtitle))
    side_label_w = label_width([labels.code, labels.updated_at], st, layout.width)
    side_value_w = 34 * mm
    side = Table(
        [
            [text(labels.code, st.form_label), text(data.code, st.form_value, bold=True)],
            [text(labels.updated_at, st.form_label), text(data.updated_at, st.form_value)],
        ],
        colWidths=[side_label_w, side_value_w],
    )
    side.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    side_w = side_label_w + side_value_w
    block = Table([[left, side]], colWidths=[layout.width - side_w, side_w])
    block.setStyle(
        table_style(
            [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("RIGHTPADDING", (0, 0), (0, 0), 8)],
            padding=False,
        )
    )
    block.spaceAfter = 2
    return block


def _contacts(data: DistributorCardData, labels: DistributorCardLabels, layout: Layout) -> Flowable:
    """Contacts as a table; the primary contact is marked with a word, not only a colour."""
    st = layout.styles
    if not data.contacts:
        return text(labels.no_contacts, st.body)
    header = [
        labels.contact_name,
        labels.contact_title,
        labels.contact_phone,
        labels.contact_wechat,
        labels.contact_email,
        labels.primary,
    ]
    rows = [
        [c.name, c.title, c.phone, c.wechat, c.email, labels.primary if c.is_primary else ""]
        for c in data.contacts
    ]
    return data_table(header, rows, st, layout.width, col_widths=[14, 15, 17, 17, 31, 9])


def _notes_box(data: DistributorCardData, layout: Layout) -> Table:
    """The notes in a ruled box with room to write in, however short (or empty) they are."""
    para = text(data.notes, layout.styles.body)
    _, h = para.wrap(layout.width - 12, layout.height)
    box = SplittingTable(
        [[para]],
        colWidths=[layout.width],
        rowHeights=[_NOTES_MIN_HEIGHT] if h + 10 < _NOTES_MIN_HEIGHT else None,
    )
    box.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.7, LINE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def _story(
    data: DistributorCardData, labels: DistributorCardLabels, layout: Layout
) -> list[Flowable]:
    st, width = layout.styles, layout.width
    identity = [
        FormField(labels.code, data.code),
        FormField(labels.status, data.status),
        FormField(labels.name, data.name, wide=True),
        FormField(labels.short_name, data.short_name),
        FormField(labels.grade, data.grade),
        FormField(labels.market, data.market),
        FormField(labels.region, data.region),
        FormField(labels.province, data.province),
        FormField(labels.city, data.city),
        FormField(labels.owner, data.owner),
        FormField(labels.phone, data.phone),
        FormField(labels.address, data.address, wide=True),
    ]
    logistics = [
        FormField(labels.warehouse_address, data.warehouse_address, wide=True),
        FormField(labels.receiving_hours, data.receiving_hours),
        FormField(labels.carrier, data.carrier),
        FormField(labels.lead_days, data.lead_days),
        FormField(labels.logistics_notes, data.logistics_notes, wide=True),
    ]
    credit = [
        FormField(labels.credit_rating, data.credit_rating),
        FormField(labels.credit_limit, data.credit_limit),
        FormField(labels.payment_terms, data.payment_terms),
    ]
    # One label column width for every grid, so the sections line up down the page.
    lw = label_width([f.label for f in (*identity, *logistics, *credit)], st, width)
    return [
        _title_block(data, labels, layout),
        *section_heading(labels.identity, st, width),
        *form_grid(identity, st, width, label_col=lw),
        *section_heading(labels.contacts, st, width),
        _contacts(data, labels, layout),
        *section_heading(labels.logistics, st, width),
        *form_grid(logistics, st, width, label_col=lw),
        *section_heading(labels.credit, st, width),
        *form_grid(credit, st, width, label_col=lw),
        FootAnchored(
            [heading_bar(labels.notes, st, width), _notes_box(data, layout)],
            signature_line(labels.signature, st, width),
            layout.height,
        ),
    ]


def render_distributor_card(
    data: DistributorCardData, labels: DistributorCardLabels, ctx: PrintContext
) -> bytes:
    """The card as PDF bytes (A4 portrait; long contact lists continue on further pages)."""
    return render(
        lambda layout: _story(data, labels, layout),
        ctx,
        subject=f"{data.name} ({data.code})",
    )
