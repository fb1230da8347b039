"""The printed visit plan: month planner, week plan, team plans; nothing lost, black-and-white legend."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from desktop.reports.base import PrintContext
from desktop.reports.visit_plan import (
    PersonPlan,
    PlanVisit,
    VisitPlanData,
    VisitPlanLabels,
    render_visit_plan,
)
from tests.reports.pdftools import PdfInfo

Inspect = Callable[[bytes], PdfInfo]

ZH = VisitPlanLabels(
    weekdays=("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
    month_names=tuple(f"{m}月" for m in range(1, 13)),
    day_format="{month}月{day}日",
    week="周",
    person="人员",
    total="合计",
    planned="计划",
    done="已完成",
    missed="未拜访",
    cancelled="已取消",
    legend="图例",
    weekend="周末",
    holiday="节假日",
    workday="补班",
    outside="非本月",
    today="今天",
    no_visits="本期没有拜访计划",
    summary="汇总",
    team_summary="团队汇总",
    overflow="日历中未能列出的拜访",
    more="另 {count} 项见续表",
    column_date="日期",
    column_time="时间",
    column_visit="拜访对象",
    column_detail="目的",
    column_status="状态",
    signature="制表 / 审核",
)
EN = dataclasses.replace(
    ZH,
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    month_names=(
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ),
    day_format="{day} {month_name}",
    week="Wk",
    planned="Planned",
    done="Done",
    missed="Missed",
    cancelled="Cancelled",
    legend="Key",
    holiday="Holiday",
    workday="Working day",
    summary="Summary",
    more="+{count} more, see list",
    signature="Prepared by / approved by",
)
CTX = PrintContext(
    company="M 品牌销售部",
    title="拜访计划",
    printed_by="张伟",
    printed_at="2026-10-15 09:00",
    page_label="第 {page} 页 / 共 {pages} 页",
)
WORDS = {"planned": "计划", "done": "已完成", "missed": "未拜访", "cancelled": "已取消"}
PERSON = "张伟 P0012 客户经理"
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))
HOLIDAYS = {date(2026, 10, d): "国庆节" for d in range(1, 8)}
WORKDAYS = {date(2026, 10, 10)}


def visit(day: date, n: int, status: str = "planned", time: str = "09:30") -> PlanVisit:
    return PlanVisit(day, time, f"客户{n:03d}", f"目的{n:03d}", status, WORDS[status])


def month_visits(
    first: date, last: date, count: int, avoid: date | None = None, start: int = 0
) -> list[PlanVisit]:
    """``count`` visits spread over the working days (except ``avoid``), statuses cycling."""
    every_day = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    days = [d for d in every_day if d.weekday() < 5 and d not in HOLIDAYS and d != avoid]
    statuses = ("done", "planned", "missed", "cancelled", "planned")
    return [
        visit(days[i % len(days)], start + i, statuses[i % 5], f"{9 + i % 8:02d}:{i % 2 * 30:02d}")
        for i in range(count)
    ]


def plan_data(
    kind: str = "month",
    visits: list[PlanVisit] | None = None,
    period: tuple[date, date] = OCTOBER,
    plans: tuple[PersonPlan, ...] | None = None,
    **kw: object,
) -> VisitPlanData:
    if plans is None:
        plans = (PersonPlan(PERSON, tuple(visits or ())),)
    fields: dict[str, object] = {
        "title": "拜访计划",
        "period_label": "2026年10月",
        "kind": kind,
        "first_day": period[0],
        "last_day": period[1],
        "holidays": HOLIDAYS,
        "workdays": WORKDAYS,
        "today": date(2026, 10, 15),
        "plans": plans,
        "summary": (("计划", "42"), ("已完成", "30"), ("A 类客户", "16")),
    }
    fields.update(kw)
    return VisitPlanData(**fields)  # type: ignore[arg-type]


def titles_printed_once(pdf: PdfInfo, visits: list[PlanVisit]) -> None:
    for v in visits:
        assert pdf.count(v.title) == 1, f"{v.title} printed {pdf.count(v.title)} times"


def test_month_plan_prints_person_period_every_visit_and_the_calendar(inspect_pdf: Inspect) -> None:
    visits = month_visits(*OCTOBER, 60)
    pdf = inspect_pdf(render_visit_plan(plan_data(visits=visits), ZH, CTX))
    assert len(pdf.pages) == 1
    for printed in (PERSON, "拜访计划", "2026年10月", "国庆节", "补班", "制表 / 审核", "A 类客户"):
        assert pdf.has(printed), printed
    for word in ("图例", "计划", "已完成", "未拜访", "已取消", "周末", "节假日", "非本月", "今天"):
        assert pdf.has(word), word
    for mark in "○●✕─":
        assert mark in pdf.text
    for weekday in ZH.weekdays:
        assert weekday in pdf.text
    assert re.search(r"\b4[0-4]\b", pdf.text), "ISO week numbers at the left"
    titles_printed_once(pdf, visits)


def test_pages_are_a4_landscape_with_the_font_embedded(inspect_pdf: Inspect) -> None:
    for kind in ("month", "week", "team"):
        period = (date(2026, 10, 12), date(2026, 10, 18)) if kind != "month" else OCTOBER
        data = plan_data(kind, month_visits(*period, 12), period)
        pdf = inspect_pdf(render_visit_plan(data, ZH, CTX))
        assert re.search(r"Page size:\s+841\.89 x 595\.2\d* pts", pdf.info), pdf.info
        rows = [line for line in pdf.fonts.splitlines()[2:] if line.strip()]
        assert rows and all("+WenQuanYiMicroHei" in r and " yes yes " in r for r in rows), pdf.fonts


def test_a_day_with_eight_visits_shows_all_of_them_in_its_cell(inspect_pdf: Inspect) -> None:
    busy = [visit(date(2026, 10, 21), n, time=f"{8 + n}:00") for n in range(8)]
    visits = busy + month_visits(*OCTOBER, 40, avoid=date(2026, 10, 21), start=100)
    pdf = inspect_pdf(render_visit_plan(plan_data(visits=visits), ZH, CTX))
    assert len(pdf.pages) == 1, "no overflow list needed"
    assert not pdf.has("日历中未能列出的拜访")
    titles_printed_once(pdf, visits)


def test_a_busy_week_takes_room_from_quiet_weeks_even_in_a_six_week_month(
    inspect_pdf: Inspect,
) -> None:
    august = (date(2026, 8, 1), date(2026, 8, 31))  # Saturday to Monday: six grid rows
    busy = [visit(date(2026, 8, 19), n) for n in range(12)]
    busy += [visit(date(2026, 8, 4 + 7 * w), 20 + w) for w in range(4)]
    data = plan_data(visits=busy, period=august, holidays={}, today=None)
    pdf = inspect_pdf(render_visit_plan(data, ZH, CTX))
    assert len(pdf.pages) == 1 and not pdf.has("续表")
    titles_printed_once(pdf, busy)


def test_an_overfull_day_continues_in_a_list_and_loses_no_visit(inspect_pdf: Inspect) -> None:
    busy = [visit(date(2026, 10, 21), n, ("planned", "done")[n % 2]) for n in range(40)]
    visits = busy + month_visits(*OCTOBER, 20, avoid=date(2026, 10, 21), start=100)
    pdf = inspect_pdf(render_visit_plan(plan_data(visits=visits), ZH, CTX))
    assert len(pdf.pages) == 2
    assert pdf.has("日历中未能列出的拜访", 2)
    shown_in_cell = [v for v in busy if pdf.has(v.title, 1)]
    listed = [v for v in busy if pdf.has(v.title, 2)]
    assert shown_in_cell and listed
    assert pdf.has(f"另 {len(listed)} 项见续表", 1)
    assert pdf.has("10月21日", 2) and pdf.has("目的039", 2)
    titles_printed_once(pdf, visits)


def test_long_names_wrap_inside_the_cell_without_being_cut(inspect_pdf: Inspect) -> None:
    name = "内蒙古自治区呼和浩特市新城区长城副食品批发有限责任公司"
    sunday = PlanVisit(date(2026, 10, 10), "10:00", name, "", "done", "已完成")
    pdf = inspect_pdf(render_visit_plan(plan_data(visits=[sunday]), ZH, CTX))
    assert pdf.has(name)


def test_week_plan_lists_time_title_detail_and_status_word(inspect_pdf: Inspect) -> None:
    week = (date(2026, 10, 5), date(2026, 10, 11))
    visits = [
        visit(date(2026, 10, 8), 1, "done"),
        visit(date(2026, 10, 9), 2, "missed", time="14:00"),
        visit(date(2026, 10, 10), 3, "cancelled", time=""),
    ]
    data = plan_data("week", visits, week, period_label="第41周")
    pdf = inspect_pdf(render_visit_plan(data, ZH, CTX))
    assert len(pdf.pages) == 1
    for printed in (PERSON, "第41周", "09:30", "14:00", "10月5日", "10月11日", "国庆节", "补班"):
        assert pdf.has(printed), printed
    for v in visits:
        assert pdf.has(v.title) and pdf.has(v.detail) and pdf.has(v.status_label)
    assert all(day in pdf.text for day in ZH.weekdays)


def test_a_long_week_splits_over_pages_under_a_repeated_header(inspect_pdf: Inspect) -> None:
    week = (date(2026, 10, 12), date(2026, 10, 18))
    visits = [visit(date(2026, 10, 12 + n % 5), n) for n in range(60)]
    pdf = inspect_pdf(render_visit_plan(plan_data("week", visits, week), ZH, CTX))
    assert len(pdf.pages) >= 2
    for number, page in enumerate(pdf.pages, start=1):
        if "客户" in page:
            assert "星期一" in page and "10月12日" in page, f"header missing on page {number}"
    titles_printed_once(pdf, visits)


def test_team_week_has_people_as_rows_and_a_team_summary(inspect_pdf: Inspect) -> None:
    week = (date(2026, 10, 12), date(2026, 10, 18))
    people = [f"组员{i} P00{i}" for i in range(5)]
    plans = tuple(
        PersonPlan(p, tuple(visit(date(2026, 10, 12 + n % 5), 10 * i + n) for n in range(4 + i)))
        for i, p in enumerate(people)
    )
    data = plan_data("team", period=week, plans=plans, summary=())
    pdf = inspect_pdf(render_visit_plan(data, ZH, CTX))
    for p in people:
        assert pdf.count(p) == 2, "a row in the grid and one in the summary"
    assert pdf.has("团队汇总") and pdf.has("人员") and pdf.has("合计")
    assert "30" in pdf.layout.split("团队汇总")[1], "team total of 4+5+6+7+8 visits"
    titles_printed_once(pdf, [v for plan in plans for v in plan.visits])


def test_team_month_is_one_planner_per_person_then_the_team_summary(inspect_pdf: Inspect) -> None:
    people = ("甲 P001", "乙 P002", "丙 P003")
    plans = tuple(
        PersonPlan(p, tuple(month_visits(*OCTOBER, 10 + i))) for i, p in enumerate(people)
    )
    pdf = inspect_pdf(render_visit_plan(plan_data("team", plans=plans), ZH, CTX))
    assert len(pdf.pages) == 4
    for number, person in enumerate(people, start=1):
        assert pdf.has(person, number) and pdf.has("星期一", number)
    assert pdf.has("团队汇总", 4) and all(pdf.has(p, 4) for p in people)


def test_english_labels(inspect_pdf: Inspect) -> None:
    data = plan_data(visits=month_visits(*OCTOBER, 20), period_label="October 2026")
    pdf = inspect_pdf(render_visit_plan(data, EN, CTX))
    for printed in ("October 2026", "Monday", "Sunday", "Key", "Planned", "Done", "Missed"):
        assert pdf.has(printed), printed
    assert pdf.has("Prepared by / approved by") and pdf.has("Working day")


def test_an_empty_plan_says_so(inspect_pdf: Inspect) -> None:
    pdf = inspect_pdf(render_visit_plan(plan_data(plans=()), ZH, CTX))
    assert pdf.has("本期没有拜访计划")
    pdf = inspect_pdf(render_visit_plan(plan_data(visits=[]), ZH, CTX))
    assert len(pdf.pages) == 1 and pdf.has(PERSON)


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="status"):
        PlanVisit(date(2026, 10, 8), "", "客户", "", "postponed", "推迟")
    with pytest.raises(ValueError, match="outside the period"):
        plan_data(visits=[visit(date(2026, 11, 2), 1)])
    with pytest.raises(ValueError, match="kind"):
        plan_data("year")
    with pytest.raises(ValueError, match="weekday"):
        render_visit_plan(plan_data(), dataclasses.replace(ZH, weekdays=("一",)), CTX)
