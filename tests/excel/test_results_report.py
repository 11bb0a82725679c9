"""The report's results and plans of measures: which rows the period concerns, and a
template that lists them with their agreement's title and counts the overdue items."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.reports import build_report
from tests.excel.conftest import END, START, agreement
from tests.excel.test_template_language import filled


@pytest.fixture
def with_results(known):
    event = known["events"].search()[0]
    agreement(
        known,
        "Дорожная карта с Хэйлунцзяном",
        [("signed", "2023-03-01")],
        signed_on="01.03.2023",
        results=[
            {"on_date": "2023", "kind": "project", "description": "Прошлогодний проект"},
            {
                "on_date": "05.2024",
                "kind": "event",
                "description": "Экспозиция на форуме",
                "event_id": event,
            },
            {"on_date": "12.12.2024", "kind": "figure", "description": "Рост товарооборота"},
        ],
        plan=[
            {"measure": "Выполнено в срок", "deadline": "06.2024", "status": "done",
             "done_on": "10.06.2024"},
            {"measure": "Просрочено в периоде", "deadline": "09.2024", "responsible": "Минэк"},
            {"measure": "Просрочено давно", "deadline": "2023", "status": "in_progress"},
            {"measure": "Срок после периода", "deadline": "2025"},
            {"measure": "Отменено давно", "deadline": "2022", "status": "cancelled"},
        ],
    )  # fmt: skip
    return known


def test_the_period_lists_its_results_and_the_plan_items_it_concerns(with_results):
    report = build_report(with_results, START, END)
    results = report.table("agreement_results").rows
    assert [(r["n"], r["description"]) for r in results] == [
        (1, "Экспозиция на форуме"),
        (2, "Рост товарооборота"),
    ]
    assert results[0]["agreement"] == "Дорожная карта с Хэйлунцзяном"
    assert results[0]["on_date"] == "05.2024" and results[1]["on_date"] == date(2024, 12, 12)
    assert results[0]["event"] and results[0]["kind"] == "Мероприятие"
    items = {r["measure"]: r for r in report.table("plan_items").rows}
    assert list(items) == ["Выполнено в срок", "Просрочено в периоде", "Просрочено давно"]
    assert [items[m]["overdue_code"] for m in items] == ["no", "yes", "yes"]
    assert items["Выполнено в срок"]["done_on"] == date(2024, 6, 10)
    assert items["Просрочено в периоде"]["responsible"] == "Минэк"


def test_a_template_lists_results_and_counts_overdue_items(with_results, tmp_path):
    report, ws = filled(
        with_results,
        tmp_path,
        {
            "A1": "Просрочено пунктов: {{plan_items_count overdue=yes}}",
            "A3": "{{#agreement_results}}{{n}}",
            "B3": "{{agreement}}",
            "C3": "{{on_date}}",
            "D3": "{{description}}{{event|, {}}}",
            "A5": "{{#plan_items status=planned,in_progress}}{{measure}}",
            "B5": "{{deadline}}",
            "C5": "{{responsible|отв.: {}}}",
        },
    )
    assert ws["A1"].value == "Просрочено пунктов: 2"
    assert [ws.cell(3 + i, 2).value for i in range(2)] == ["Дорожная карта с Хэйлунцзяном"] * 2
    assert ws["C3"].value == "05.2024"
    assert ws["D3"].value == "Экспозиция на форуме, Форум регионов"
    assert ws["D4"].value == "Рост товарооборота"  # no event: no stray comma
    assert [ws.cell(6 + i, 1).value for i in range(2)] == [
        "Просрочено в периоде",
        "Просрочено давно",
    ]
    assert ws["C6"].value == "отв.: Минэк" and ws["C7"].value in ("", None)


def test_an_agreements_activities_are_its_results_of_the_period(with_results):
    """The forms' «results» column (``activities``): what came of the agreement in the
    period, its results first; a result of another year is not there."""
    report = build_report(with_results, START, END)
    (row,) = [
        r
        for r in report.table("agreements_in_force").rows
        if r["title"] == "Дорожная карта с Хэйлунцзяном"
    ]
    assert row["activities"].split("; ")[:2] == [
        "05.2024, мероприятие: Экспозиция на форуме",
        "12.12.2024, показатель: Рост товарооборота",
    ]
    assert "Прошлогодний проект" not in row["activities"]
