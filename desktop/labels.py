"""Display names and formats at the edge: roles, grades, ratings, money and dates, translated.

Stored values are codes (``customer_manager``, ``A``, ``active``) and integer fen;
this module turns them into words in the user's language. It uses only QtCore, so
the command line can use it without a window.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

if TYPE_CHECKING:
    from desktop.reports.distributor_card import DistributorCardLabels


def role_name(role: str) -> str:
    names = {
        "gm": QCoreApplication.translate("labels", "General manager"),
        "sales_director": QCoreApplication.translate("labels", "Sales director"),
        "deputy_director": QCoreApplication.translate("labels", "Deputy sales director"),
        "ssg_lead": QCoreApplication.translate("labels", "SSG group lead"),
        "csr": QCoreApplication.translate("labels", "Customer service rep"),
        "big_region_manager": QCoreApplication.translate("labels", "Big-region manager"),
        "market_manager": QCoreApplication.translate("labels", "Market manager"),
        "region_manager": QCoreApplication.translate("labels", "Region manager"),
        "customer_manager": QCoreApplication.translate("labels", "Customer manager"),
        "sales_rep": QCoreApplication.translate("labels", "Sales rep"),
    }
    return names.get(role, role)


def body_name(code: str) -> str:
    names = {
        "SLT": QCoreApplication.translate("labels", "SLT · Sales leadership team"),
        "SSG": QCoreApplication.translate("labels", "SSG · Sales secretary group"),
        "FSF": QCoreApplication.translate("labels", "FSF · Field sales force"),
    }
    return names.get(code, code)


def grade_name(grade: str) -> str:
    names = {
        "A": QCoreApplication.translate("labels", "A · core distributor"),
        "B": QCoreApplication.translate("labels", "B · major customer"),
        "C": QCoreApplication.translate("labels", "C · other"),
        "P": QCoreApplication.translate("labels", "Prospect"),
    }
    return names.get(grade, grade)


def grade_short(grade: str) -> str:
    return QCoreApplication.translate("labels", "Prospect") if grade == "P" else grade


def rating_name(rating: str) -> str:
    names = {
        "A": QCoreApplication.translate("labels", "A · excellent"),
        "B": QCoreApplication.translate("labels", "B · good"),
        "C": QCoreApplication.translate("labels", "C · watch"),
        "D": QCoreApplication.translate("labels", "D · stop shipping"),
    }
    return names.get(rating, rating)


def status_name(status: str) -> str:
    names = {
        "active": QCoreApplication.translate("labels", "Active"),
        "inactive": QCoreApplication.translate("labels", "Inactive"),
    }
    return names.get(status, status)


def days(n: int | None) -> str:
    if n is None:
        return ""
    return QCoreApplication.translate("labels", "%n day(s)", "", n)


def money(fen: int) -> str:
    """¥12,345.00 from integer fen (no float rounding on the way)."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}¥{yuan:,}.{cents:02d}"


def number(n: int) -> str:
    return f"{n:,}"


def fmt_date(d: date | datetime | None) -> str:
    """2026-11-27 in Chinese, 27 Nov 2026 in English (from the default locale)."""
    if d is None:
        return ""
    if isinstance(d, datetime):
        d = d.date()
    locale = QLocale()
    if locale.language() == QLocale.Language.Chinese:
        return d.isoformat()
    return locale.toString(QDate(d.year, d.month, d.day), "d MMM yyyy")


def timestamp(d: datetime) -> str:
    """A print or log time in local time: 2026-11-27 09:30 / 27 Nov 2026 09:30."""
    local = d.astimezone() if d.tzinfo else d
    return f"{fmt_date(local)} {local:%H:%M}"


class QtFormatter:
    """The ``Formatter`` the services use for printing, speaking the installed language."""

    grade_name = staticmethod(grade_name)
    rating_name = staticmethod(rating_name)
    status_name = staticmethod(status_name)
    money = staticmethod(money)
    days = staticmethod(days)
    date = staticmethod(fmt_date)
    timestamp = staticmethod(timestamp)

    @staticmethod
    def headquarters() -> str:
        return QCoreApplication.translate("print", "Headquarters")

    @staticmethod
    def page_label() -> str:
        return QCoreApplication.translate("print", "Page {page} of {pages}")

    @staticmethod
    def printed_label() -> str:
        return QCoreApplication.translate("print", "Printed by {printed_by} on {printed_at}")

    @staticmethod
    def distributor_card_title() -> str:
        return QCoreApplication.translate("print", "Distributor file card")

    @staticmethod
    def distributor_card_labels() -> DistributorCardLabels:
        from desktop.reports.distributor_card import DistributorCardLabels

        return DistributorCardLabels(
            identity=QCoreApplication.translate("print", "Identity"),
            code=QCoreApplication.translate("print", "Code"),
            name=QCoreApplication.translate("print", "Name"),
            short_name=QCoreApplication.translate("print", "Short name"),
            market=QCoreApplication.translate("print", "Market"),
            region=QCoreApplication.translate("print", "Region"),
            owner=QCoreApplication.translate("print", "Owner"),
            grade=QCoreApplication.translate("print", "Grade"),
            status=QCoreApplication.translate("print", "Status"),
            province=QCoreApplication.translate("print", "Province"),
            city=QCoreApplication.translate("print", "City"),
            address=QCoreApplication.translate("print", "Address"),
            phone=QCoreApplication.translate("print", "Phone"),
            contacts=QCoreApplication.translate("print", "Contacts"),
            contact_name=QCoreApplication.translate("print", "Contact"),
            contact_title=QCoreApplication.translate("print", "Title"),
            contact_phone=QCoreApplication.translate("print", "Mobile"),
            contact_wechat=QCoreApplication.translate("print", "WeChat"),
            contact_email=QCoreApplication.translate("print", "E-mail"),
            primary=QCoreApplication.translate("print", "Primary"),
            no_contacts=QCoreApplication.translate("print", "No contacts on file."),
            logistics=QCoreApplication.translate("print", "Logistics"),
            warehouse_address=QCoreApplication.translate("print", "Warehouse address"),
            receiving_hours=QCoreApplication.translate("print", "Receiving hours"),
            carrier=QCoreApplication.translate("print", "Carrier"),
            lead_days=QCoreApplication.translate("print", "Lead time"),
            logistics_notes=QCoreApplication.translate("print", "Logistics notes"),
            credit=QCoreApplication.translate("print", "Credit"),
            credit_rating=QCoreApplication.translate("print", "Credit rating"),
            credit_limit=QCoreApplication.translate("print", "Credit limit"),
            payment_terms=QCoreApplication.translate("print", "Payment terms"),
            notes=QCoreApplication.translate("print", "Notes"),
            updated_at=QCoreApplication.translate("print", "Last updated"),
            signature=QCoreApplication.translate("print", "Signature / date"),
        )


def visit_status_name(status: str) -> str:
    """Planned / done / missed / cancelled (a visit's status as shown)."""
    names = {
        "planned": QCoreApplication.translate("labels", "Planned"),
        "done": QCoreApplication.translate("labels", "Done"),
        "missed": QCoreApplication.translate("labels", "Missed"),
        "cancelled": QCoreApplication.translate("labels", "Cancelled"),
    }
    return names.get(status, status)


def visit_origin_name(origin: str) -> str:
    """Why a visit exists: by the cadence of the grade, a follow-up (跟进), or planned by hand."""
    names = {
        "cadence": QCoreApplication.translate("labels", "Routine visit"),
        "follow_up": QCoreApplication.translate("labels", "Follow-up"),
        "manual": QCoreApplication.translate("labels", "Visit"),
    }
    return names.get(origin, origin)


def visit_shortfall_reason(reason: str) -> str:
    """Why the planner could not place a visit."""
    names = {
        "no_days": QCoreApplication.translate("labels", "no working day is left this month"),
        "too_few_days": QCoreApplication.translate(
            "labels", "fewer working days are left than visits"
        ),
        "day_full": QCoreApplication.translate("labels", "every other day is full"),
    }
    return names.get(reason, reason)


def holiday_kind_name(kind: str) -> str:
    """A holiday, or a make-up working day (调休上班) on a weekend."""
    names = {
        "holiday": QCoreApplication.translate("labels", "Holiday"),
        "workday": QCoreApplication.translate("labels", "Make-up working day"),
    }
    return names.get(kind, kind)


def channel_name(channel: str) -> str:
    """How a call happened: visit, phone, WeChat, other."""
    names = {
        "visit": QCoreApplication.translate("labels", "Visit"),
        "phone": QCoreApplication.translate("labels", "Phone"),
        "wechat": QCoreApplication.translate("labels", "WeChat"),
        "other": QCoreApplication.translate("labels", "Other"),
    }
    return names.get(channel, channel)


def topic_name(topic: str) -> str:
    """What a call was about (one topic code)."""
    names = {
        "order": QCoreApplication.translate("labels", "Order"),
        "stock": QCoreApplication.translate("labels", "Stock"),
        "promotion": QCoreApplication.translate("labels", "Promotion"),
        "payment": QCoreApplication.translate("labels", "Payment"),
        "complaint": QCoreApplication.translate("labels", "Complaint"),
        "display": QCoreApplication.translate("labels", "Display"),
        "new_product": QCoreApplication.translate("labels", "New product"),
        "other": QCoreApplication.translate("labels", "Other"),
    }
    return names.get(topic, topic)


def topic_names(topics: tuple[str, ...] | list[str]) -> str:
    """Topic codes as words, comma-separated in the user's language."""
    return QCoreApplication.translate("labels", ", ").join(topic_name(t) for t in topics)


class ExportWords:
    """Words for exported files (call-log sheets, visit calendars), in the installed language."""

    channel_name = staticmethod(channel_name)
    topic_names = staticmethod(topic_names)
    visit_status_name = staticmethod(visit_status_name)

    @staticmethod
    def calendar_label(key: str) -> str:
        """The labels of a calendar event's description, and the calendar's title."""
        names = {
            "status": QCoreApplication.translate("calendar", "Status"),
            "reason": QCoreApplication.translate("calendar", "Reason"),
            "distributor": QCoreApplication.translate("calendar", "Distributor"),
            "person": QCoreApplication.translate("calendar", "Follow-up of"),
            "purpose": QCoreApplication.translate("calendar", "Purpose"),
            "plan": QCoreApplication.translate("calendar", "Visit plan"),
        }
        return names.get(key, key)
