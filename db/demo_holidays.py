"""China's public holidays and make-up working days (调休上班), 2022–2027, for the demo's calendar.

Plain data, transcribed from the State Council's yearly notices (国务院办公厅关于
20xx年部分节假日安排的通知): each period lists its first and last day off and the
weekend days worked in exchange. Every day of a period is a ``holiday`` row
(weekends included, so a calendar can name them); every make-up day a
``workday`` row. A company edits or imports its own list; this one only makes
the demo's working days real.

2027 is **projected** with the rules that apply from 2025 (除夕 is a day off;
春节 4 days, 劳动节 2 days, the rest as before): its notice was not published
when this table was written. Replace it when it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import NamedTuple


class HolidayPeriod(NamedTuple):
    name: str
    first: str  # ISO date of the first day off
    last: str  # ISO date of the last day off
    workdays: tuple[str, ...]  # weekend days worked instead (调休上班)


#: Years whose schedule is projected rather than transcribed.
PROJECTED_YEARS = frozenset({2027})

# fmt: off
PERIODS: tuple[HolidayPeriod, ...] = (
    # 2022 (国办发明电〔2021〕11号)
    HolidayPeriod("元旦", "2022-01-01", "2022-01-03", ()),
    HolidayPeriod("春节", "2022-01-31", "2022-02-06", ("2022-01-29", "2022-01-30")),
    HolidayPeriod("清明节", "2022-04-03", "2022-04-05", ("2022-04-02",)),
    HolidayPeriod("劳动节", "2022-04-30", "2022-05-04", ("2022-04-24", "2022-05-07")),
    HolidayPeriod("端午节", "2022-06-03", "2022-06-05", ()),
    HolidayPeriod("中秋节", "2022-09-10", "2022-09-12", ()),
    HolidayPeriod("国庆节", "2022-10-01", "2022-10-07", ("2022-10-08", "2022-10-09")),
    # 2023 (国办发明电〔2022〕16号)
    HolidayPeriod("元旦", "2022-12-31", "2023-01-02", ()),
    HolidayPeriod("春节", "2023-01-21", "2023-01-27", ("2023-01-28", "2023-01-29")),
    HolidayPeriod("清明节", "2023-04-05", "2023-04-05", ()),
    HolidayPeriod("劳动节", "2023-04-29", "2023-05-03", ("2023-04-23", "2023-05-06")),
    HolidayPeriod("端午节", "2023-06-22", "2023-06-24", ("2023-06-25",)),
    HolidayPeriod("中秋节、国庆节", "2023-09-29", "2023-10-06", ("2023-10-07", "2023-10-08")),
    # 2024 (国办发明电〔2023〕7号)
    HolidayPeriod("元旦", "2023-12-30", "2024-01-01", ()),
    HolidayPeriod("春节", "2024-02-10", "2024-02-17", ("2024-02-04", "2024-02-18")),
    HolidayPeriod("清明节", "2024-04-04", "2024-04-06", ("2024-04-07",)),
    HolidayPeriod("劳动节", "2024-05-01", "2024-05-05", ("2024-04-28", "2024-05-11")),
    HolidayPeriod("端午节", "2024-06-08", "2024-06-10", ()),
    HolidayPeriod("中秋节", "2024-09-15", "2024-09-17", ("2024-09-14",)),
    HolidayPeriod("国庆节", "2024-10-01", "2024-10-07", ("2024-09-29", "2024-10-12")),
    # 2025 (国办发明电〔2024〕12号)
    HolidayPeriod("元旦", "2025-01-01", "2025-01-01", ()),
    HolidayPeriod("春节", "2025-01-28", "2025-02-04", ("2025-01-26", "2025-02-08")),
    HolidayPeriod("清明节", "2025-04-04", "2025-04-06", ()),
    HolidayPeriod("劳动节", "2025-05-01", "2025-05-05", ("2025-04-27",)),
    HolidayPeriod("端午节", "2025-05-31", "2025-06-02", ()),
    HolidayPeriod("国庆节、中秋节", "2025-10-01", "2025-10-08", ("2025-09-28", "2025-10-11")),
    # 2026 (国办发明电〔2025〕7号)
    HolidayPeriod("元旦", "2026-01-01", "2026-01-03", ("2026-01-04",)),
    HolidayPeriod("春节", "2026-02-15", "2026-02-23", ("2026-02-14", "2026-02-28")),
    HolidayPeriod("清明节", "2026-04-04", "2026-04-06", ()),
    HolidayPeriod("劳动节", "2026-05-01", "2026-05-05", ("2026-05-09",)),
    HolidayPeriod("端午节", "2026-06-19", "2026-06-21", ()),
    HolidayPeriod("中秋节", "2026-09-25", "2026-09-27", ()),
    HolidayPeriod("国庆节", "2026-10-01", "2026-10-07", ("2026-09-20", "2026-10-10")),
    # 2027 (projected: see the module docstring)
    HolidayPeriod("元旦", "2027-01-01", "2027-01-03", ()),
    HolidayPeriod("春节", "2027-02-05", "2027-02-13", ("2027-01-31", "2027-02-20")),
    HolidayPeriod("清明节", "2027-04-03", "2027-04-05", ()),
    HolidayPeriod("劳动节", "2027-05-01", "2027-05-05", ("2027-04-25",)),
    HolidayPeriod("端午节", "2027-06-09", "2027-06-09", ()),
    HolidayPeriod("中秋节", "2027-09-15", "2027-09-15", ()),
    HolidayPeriod("国庆节", "2027-10-01", "2027-10-07", ("2027-09-26", "2027-10-09")),
)
# fmt: on


def holiday_days() -> Iterator[tuple[date, str, str]]:
    """Every listed day as (day, kind, name): kind ``holiday`` (a day off) or ``workday``."""
    for period in PERIODS:
        day, last = date.fromisoformat(period.first), date.fromisoformat(period.last)
        while day <= last:
            yield day, "holiday", period.name
            day += timedelta(days=1)
        for worked in period.workdays:
            yield date.fromisoformat(worked), "workday", period.name
