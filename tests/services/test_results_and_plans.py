"""Results and plans of measures of agreements and twin relations: stored as child lists,
checked by the rules their description declares, found by search, counted on Home."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.entities import AGREEMENTS, TWINS
from desktop.domain.partial_dates import PartialDate, Precision
from desktop.domain.validation import clean
from desktop.services import Query
from desktop.services.dashboard import build_dashboard
from desktop.services.errors import ValidationFailed
from tests.conftest import add_organisation, add_region

SIGNED = [{"status": "signed", "on_date": date(2020, 3, 1)}]


def _agreement(services, **values) -> int:
    base = {"title": "Соглашение о сотрудничестве", "country_code": "CN", "history": SIGNED}
    return services["agreements"].create({**base, "signed_on": "01.03.2020", **values}).ids[0]


def _problems(entity, values):
    return {(p.child, p.row, p.field): p.text() for p in clean(entity, values)[1]}


def test_results_and_plan_are_stored_and_read_back(services):
    event = services["events"].create({"name": "Форум регионов", "date_from": date(2024, 6, 3)})
    record = _agreement(
        services,
        results=[
            {
                "on_date": "2024",
                "kind": "event",
                "description": "Проведён форум приграничных регионов",
                "event_id": event.ids[0],
            },
            {"on_date": "07.2024", "kind": "figure", "description": "Товарооборот вырос на 12 %"},
        ],
        plan=[
            {
                "measure": "Обмен делегациями",
                "deadline": "2025",
                "responsible": "Минэкономразвития",
            },
            {
                "measure": "Ярмарка",
                "deadline": "06.2024",
                "status": "done",
                "done_on": "20.06.2024",
            },
        ],
    )
    stored = services["agreements"].get(record)
    assert [r["on_date"] for r in stored["results"]] == [
        PartialDate(date(2024, 1, 1), Precision.YEAR),
        PartialDate(date(2024, 7, 1), Precision.MONTH),
    ]
    assert stored["results"][0]["event_id"] == event.ids[0]
    assert stored["results"][1]["delegation_id"] is None
    assert [(p["measure"], p["status"], p["done_on"]) for p in stored["plan"]] == [
        ("Обмен делегациями", "planned", None),
        ("Ярмарка", "done", date(2024, 6, 20)),
    ]


def test_the_rules_of_a_plan():
    values = {
        "title": "Соглашение",
        "country_code": "CN",
        "signed_on": "03.2020",
        "history": SIGNED,
        "plan": [
            {"measure": "Сделано, но когда?", "status": "done"},
            {"measure": "Ещё в работе", "status": "in_progress", "done_on": "01.02.2021"},
            {"measure": "Раньше подписания", "status": "done", "done_on": "28.02.2020"},
            {"measure": "В срок", "status": "done", "done_on": "01.03.2020", "deadline": "2020"},
            {"measure": "Срок не дата", "deadline": "когда-нибудь"},
            {"status": "planned"},
        ],
        "results": [
            {"on_date": "2019", "description": "До соглашения"},
            {"on_date": "03.2020", "description": "В месяц подписания"},
        ],
    }
    found = _problems(AGREEMENTS, values)
    assert "give the day" in found[("plan", 0, "done_on")]
    assert "set the status to done" in found[("plan", 1, "done_on")]
    assert "Done before the ties began (03.2020)" in found[("plan", 2, "done_on")]
    assert not any(row == 3 for child, row, _ in found if child == "plan")
    assert found[("plan", 4, "deadline")].startswith("Not a date")
    assert found[("plan", 5, "measure")] == "Required"
    assert "Dated before the ties began" in found[("results", 0, "on_date")]
    assert ("results", 1, "on_date") not in found


def test_a_twin_pairs_plan_is_not_done_before_it_was_established(services):
    ours = add_organisation(services, "Администрация г. Благовещенска", side="ours", country="RU")
    region = add_region(services, "городской округ Хэйхэ")
    values = {
        "our_organisation_id": ours,
        "foreign_region_id": region,
        "country_code": "CN",
        "established_on": "2015",
        "plan": [{"measure": "Дни культуры", "status": "done", "done_on": "01.06.2014"}],
    }
    assert "Done before the ties began (2015)" in _problems(TWINS, values)[("plan", 0, "done_on")]
    with pytest.raises(ValidationFailed):
        services["twins"].create(values)
    values["plan"][0]["done_on"] = "01.06.2016"
    twin = services["twins"].create(values).ids[0]
    assert services["twins"].get(twin)["plan"][0]["done_on"] == date(2016, 6, 1)


def test_an_agreement_is_found_by_its_results_and_plan(services):
    found = _agreement(
        services,
        results=[{"on_date": "2023", "description": "Открыт логистический хаб в Суйфэньхэ"}],
        plan=[{"measure": "Создать рабочую группу", "responsible": "Агентство инвестиций"}],
    )
    other = _agreement(services, title="Меморандум о туризме")
    registry = services["agreements"]
    assert registry.search(Query(text="логистич хаб")) == [found]
    assert registry.search(Query(text="агентство инвест")) == [found]
    assert registry.search(Query(text="рабочую")) == [found]
    # the index follows a change of the list alone
    registry.update(found, 1, {"results": []})
    assert registry.search(Query(text="логистич")) == []
    registry.update(other, 1, {"plan": [{"measure": "Логистический маршрут"}]})
    assert registry.search(Query(text="логистич")) == [other]


def test_overdue_plan_items_are_counted_on_home(services):
    _agreement(
        services,
        title="Дорожная карта с Хэйлунцзяном",
        plan=[
            {"measure": "Просрочено днём", "deadline": "01.11.2026"},
            {"measure": "Просрочено месяцем", "deadline": "10.2026", "status": "in_progress"},
            {"measure": "Срок в этом месяце", "deadline": "12.2026"},
            {"measure": "Отменено", "deadline": "2025", "status": "cancelled"},
            {"measure": "Сделано", "deadline": "2025", "status": "done", "done_on": "01.05.2025"},
            {"measure": "Без срока"},
        ],
    )
    deleted = _agreement(services, title="В корзине", plan=[{"measure": "x", "deadline": "2021"}])
    services["agreements"].delete([deleted])
    twin = services["twins"].create(
        {
            "our_organisation_id": add_organisation(services, "Администрация г. Благовещенска"),
            "foreign_region_id": add_region(services, "городской округ Хэйхэ"),
            "country_code": "CN",
            "plan": [{"measure": "Дни культуры", "deadline": "2024"}],
        }
    )
    board = build_dashboard(services, today=date(2026, 12, 1))
    assert [(item.title, item.day) for item in board.overdue] == [
        (
            "Администрация г. Благовещенска — городской округ Хэйхэ — Дни культуры",
            date(2024, 12, 31),
        ),
        ("Дорожная карта с Хэйлунцзяном — Просрочено месяцем", date(2026, 10, 31)),
        ("Дорожная карта с Хэйлунцзяном — Просрочено днём", date(2026, 11, 1)),
    ]
    assert [(item.entity, item.record_id) for item in board.overdue][0] == ("twins", twin.ids[0])


def test_without_a_signing_date_the_signed_step_says_when_the_ties_began():
    values = {
        "title": "Соглашение без даты подписания",
        "country_code": "CN",
        "history": [
            {"status": "draft", "on_date": date(2019, 5, 1)},
            {"status": "signed", "on_date": date(2020, 3, 1)},
        ],
        "plan": [{"measure": "Рано", "status": "done", "done_on": "01.01.2020"}],
        "results": [{"on_date": "03.2020", "description": "Вовремя"}],
    }
    found = _problems(AGREEMENTS, values)
    assert "Done before the ties began (01.03.2020)" in found[("plan", 0, "done_on")]
    assert ("results", 0, "on_date") not in found
