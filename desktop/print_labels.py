"""The words of printed visit plans, translated: the ``Formatter`` the print service uses.

Kept apart from ``desktop.labels`` (names on screen) because a plan needs a whole
vocabulary of its own: weekday and month names, legend words, column headings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop import labels
from desktop.labels import QtFormatter

if TYPE_CHECKING:
    from desktop.reports.visit_plan import VisitPlanLabels


class PrintFormatter(QtFormatter):
    """QtFormatter plus what visit plans print."""

    role_name = staticmethod(labels.role_name)

    @staticmethod
    def visit_status(status: str) -> str:
        if status == "total":
            return QCoreApplication.translate("print", "Total")
        return labels.visit_status_name(status)

    @staticmethod
    def visit_plan_title(kind: str) -> str:
        if kind == "team":
            return QCoreApplication.translate("print", "Team visit plan")
        if kind == "week":
            return QCoreApplication.translate("print", "Weekly visit plan")
        return QCoreApplication.translate("print", "Monthly visit plan")

    @staticmethod
    def month_label(year: int, month: int) -> str:
        names = PrintFormatter.visit_plan_labels().month_names
        return QCoreApplication.translate("print", "{month_name} {year}").format(
            year=year, month=month, month_name=names[month - 1]
        )

    @staticmethod
    def week_label(year: int, month: int, week: int) -> str:
        return QCoreApplication.translate("print", "{month_label}, week {week}").format(
            month_label=PrintFormatter.month_label(year, month), week=week
        )

    @staticmethod
    def visit_plan_labels() -> VisitPlanLabels:
        from desktop.reports.visit_plan import VisitPlanLabels

        return VisitPlanLabels(
            weekdays=(
                QCoreApplication.translate("print", "Mon"), QCoreApplication.translate("print", "Tue"), QCoreApplication.translate("print", "Wed"), QCoreApplication.translate("print", "Thu"),
                QCoreApplication.translate("print", "Fri"), QCoreApplication.translate("print", "Sat"), QCoreApplication.translate("print", "Sun"),
            ),
            month_names=(
                QCoreApplication.translate("print", "January"), QCoreApplication.translate("print", "February"), QCoreApplication.translate("print", "March"),
                QCoreApplication.translate("print", "April"), QCoreApplication.translate("print", "May"), QCoreApplication.translate("print", "June"),
                QCoreApplication.translate("print", "July"), QCoreApplication.translate("print", "August"), QCoreApplication.translate("print", "September"),
                QCoreApplication.translate("print", "October"), QCoreApplication.translate("print", "November"), QCoreApplication.translate("print", "December"),
            ),
            day_format=QCoreApplication.translate("print", "{day} {month_name}"),
            week=QCoreApplication.translate("print", "Wk"),
            person=QCoreApplication.translate("print", "Person"),
            total=QCoreApplication.translate("print", "Total"),
            planned=QCoreApplication.translate("print", "Planned"),
            done=QCoreApplication.translate("print", "Done"),
            missed=QCoreApplication.translate("print", "Missed"),
            cancelled=QCoreApplication.translate("print", "Cancelled"),
            legend=QCoreApplication.translate("print", "Legend"),
            weekend=QCoreApplication.translate("print", "Weekend"),
            holiday=QCoreApplication.translate("print", "Holiday"),
            workday=QCoreApplication.translate("print", "Make-up working day"),
            outside=QCoreApplication.translate("print", "Not this month"),
            today=QCoreApplication.translate("print", "Today"),
            no_visits=QCoreApplication.translate("print", "No visits planned."),
            summary=QCoreApplication.translate("print", "Summary"),
            team_summary=QCoreApplication.translate("print", "Team summary"),
            overflow=QCoreApplication.translate("print", "Visits that did not fit in their day"),
            more=QCoreApplication.translate("print", "+{count} more, see the list"),
            column_date=QCoreApplication.translate("print", "Date"),
            column_time=QCoreApplication.translate("print", "Time"),
            column_visit=QCoreApplication.translate("print", "Visit"),
            column_detail=QCoreApplication.translate("print", "Purpose / code"),
            column_status=QCoreApplication.translate("print", "Status"),
            signature=QCoreApplication.translate("print", "Prepared by / checked by"),
        )  # fmt: skip
