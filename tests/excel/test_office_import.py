"""An office's own registers come in whole (issue 12): the layout read, headers by synonym,
values as written, names matched or created, every problem at once, the choices
remembered. Through the services; tests/cli/test_import_cli.py does it on the command line."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from desktop.domain.countries import fold_name
from desktop.domain.partial_dates import PartialDate
from desktop.excel.importer import read_import
from desktop.excel.plan import grouped
from desktop.services import Query
from desktop.services.importing import import_plan
from desktop.services.reconciliation import recall, save_choices
from tests.conftest import add_region
from tests.excel.corpus.build import build


@pytest.fixture
def corpus(tmp_path):
    return build(tmp_path / "corpus")


def records(services, kind):
    registry = services[kind]
    return [registry.get(i) for i in registry.search(Query())]


def last_day(value):
    """The last day a date field states (a «2022» the domain keeps as such: 31.12.2022)."""
    return value.end if isinstance(value, PartialDate) else value


def by_title(services):
    return {a["title"]: a for a in records(services, "agreements")}


def test_the_agreements_register_reads_its_layout(services, corpus):
    plan = read_import(services, "agreements", corpus["agreements"], create_missing=True)
    assert plan.ok, [p.text("ru") for p in plan.problems]
    assert plan.header_row == 4 and len(plan.creates) == 14
    assert [(s.row, s.reason) for s in plan.skipped] == [
        (5, "numbers"), (6, "section"), (11, "section"), (14, "section"), (23, "total"),
        (24, "footnote"),
    ]  # fmt: skip
    targets = {c.text: c.target for c in plan.columns}
    assert targets["Иностранный партнёр / Страна"] == "country_code"
    assert targets["Государственная регистрация / Регистрационный номер в Минюсте"] == (
        "reg_number"
    )
    assert targets["Срок действия"] == "term" and targets["Состояние"] == "status_word"
    assert plan.kept_columns == ["Документ", "Источник"]
    warnings = {(p.row, p.message) for p in plan.warnings}
    assert any(row == 17 and "no year" in message for row, message in warnings)  # «30 июня»
    assert any(row == 21 and "Republic of Korea" in message for row, message in warnings)


def test_the_agreements_register_imports_whole(services, corpus):
    plan = read_import(services, "agreements", corpus["agreements"], create_missing=True)
    result = import_plan(services, plan)
    assert services["agreements"].count() == 14
    regions = {r["name_ru"]: r for r in records(services, "regions")}
    # «Хэйлунцзян» and «Могилевская» became the curated regions, «АРВМ» and «Внутренняя
    # Монголия» one region
    assert regions["провинция Хэйлунцзян"]["iso_code"] == "CN-HL"
    assert regions["Могилёвская область"]["country_code"] == "BY"
    assert regions["автономный район Внутренняя Монголия"]["iso_code"] == "CN-NM"
    assert "Могилевская" not in regions and "АРВМ" not in regions
    assert ("regions", regions["Аляска"]["id"], "Аляска") in result.created
    agreements = by_title(services)
    first = agreements["Соглашение об установлении дружественных связей"]
    assert last_day(first["signed_on"]) == date(1995, 7, 13) and first["country_code"] == "CN"
    assert last_day(first["valid_to"]) == date(2000, 7, 12)  # «5 лет» from signing
    assert [s["status"] for s in first["history"]] == ["signed", "registered", "in_force"]
    assert "Источник: архив отдела" in first["notes"]
    assert "Документ: постановление N 1" in first["notes"]
    sides = [p["side"] for p in first["parties"]]
    assert sides == ["ours", "foreign"]
    organisations = {o["id"]: o["name_ru"] for o in records(services, "organisations")}
    assert organisations[first["parties"][1]["organisation_id"]] == (
        "Народное правительство провинции Хэйлунцзян"
    )
    lapsed = agreements["Меморандум о торгово-экономическом сотрудничестве"]
    assert lapsed["status"] == "expired" and last_day(lapsed["valid_to"]) == date(2022, 12, 31)
    # «Утратило силу» with no date of its own: on the term's last day, not on signing
    assert lapsed["history"][-1]["on_date"] == date(2022, 12, 31)
    ended = agreements["План мероприятий на 2000-2001 годы"]["history"][-1]
    assert ended["status"] == "terminated" and ended["on_date"] == date(2001, 12, 31)
    # a blank country from the section above the rows
    assert agreements["Протокол о намерениях по линии образования"]["country_code"] == "CN"
    assert agreements["Протокол о намерениях по линии образования"]["open_ended"]
    assert last_day(agreements["Программа молодёжных обменов"]["valid_to"]) == date(2022, 12, 31)
    assert agreements["Соглашение о сотрудничестве в области культуры"]["auto_prolongation"]
    assert agreements["Соглашение с землёй Бавария"]["country_code"] == "DE"  # «GER»
    assert agreements["Соглашение с Бельцами"]["country_code"] == "MD"
    assert agreements["Протокол с городом Бристоль"]["country_code"] == "GB"  # «Англия»
    no_year = agreements["Меморандум с Согдийской областью"]
    assert no_year["signed_on"] is None and "Дата подписания: 30 июня" in no_year["notes"]
    # a year alone: kept in the notes while the field holds days only, else in the field
    abai = agreements["Соглашение с областью Абай"]
    signed = abai["signed_on"]
    assert (isinstance(signed, PartialDate) and signed.text() == "2012") or (
        signed is None and "Дата подписания: 2012\n" in abai["notes"]
    )


def test_the_second_import_of_the_same_file_creates_nothing_more(services, corpus):
    import_plan(
        services, read_import(services, "agreements", corpus["agreements"], create_missing=True)
    )
    regions = services["regions"].count()
    again = read_import(services, "agreements", corpus["agreements"])
    assert again.ok and not again.missing and not again.creates
    assert len(again.duplicates) == 14 and services["regions"].count() == regions


def test_twins_with_our_municipality_merged_over_its_group(services, corpus):
    plan = read_import(services, "twins", corpus["twins"], create_missing=True)
    assert plan.ok, [p.text("ru") for p in plan.problems]
    import_plan(services, plan)
    organisations = {o["id"]: o for o in records(services, "organisations")}
    regions = {r["id"]: r["name_ru"] for r in records(services, "regions")}
    pairs = sorted(
        (organisations[t["our_organisation_id"]]["name_ru"], regions[t["foreign_region_id"]],
         "suspended" if t["status"] == "dormant" else t["status"])
        for t in records(services, "twins")
    )  # fmt: skip
    assert pairs == [
        ("Энский район", "Бристоль", "active"),
        ("Энский район", "Туркестан", "terminated"),
        ("город Энск", "Могилёв", "active"),
        ("город Энск", "Харбин", "active"),
        ("город Энск", "г. Бельцы", "suspended"),  # «приостановлены (апрель 2022)»
    ]
    # the word's step, dated by the date in the word to its precision (domain.status_words)
    last_steps = {
        regions[t["foreign_region_id"]]: (
            t["history"][-1]["status"],
            str(t["history"][-1]["on_date"]),
        )
        for t in records(services, "twins")
    }
    assert last_steps["г. Бельцы"] == ("suspended", "04.2022")
    assert last_steps["Туркестан"] == ("ended", "07.09.2016")
    assert all(o["side"] == "ours" for o in organisations.values())


def test_every_problem_of_a_row_and_the_list_grouped(services, tmp_path):
    wb = Workbook()
    wb.active.append(["Наименование соглашения", "Дата подписания", "Страна", "Регион"])
    for _ in range(3):
        wb.active.append(["Соглашение", "когда-то", "Атлантида", "провинция Нигде"])
    wb.save(tmp_path / "bad.xlsx")
    plan = read_import(services, "agreements", tmp_path / "bad.xlsx")
    assert not plan.ok and sorted(plan.bad_rows) == [2, 3, 4]
    assert {p.column for p in plan.problems if p.row == 2} == {
        "Дата подписания", "Страна", "Регион",
    }  # fmt: skip
    lines = grouped(plan.problems, "ru")
    assert [rows for rows, _ in lines] == [[2, 3, 4]] * 3
    assert any("Атлантида" in what and "страна" in what.lower() for _, what in lines)
    # each name once, with its rows: the country (no such one, and not asked to add it) too
    assert {(u.registry, u.name): u.rows for u in plan.unresolved} == {
        ("countries", "Атлантида"): [2, 3, 4],
        ("regions", "провинция Нигде"): [2, 3, 4],
    }


def test_bad_rows_go_to_a_workbook_beside_the_source(services, tmp_path):
    add_region(services)
    wb = Workbook()
    wb.active.append(["Наименование соглашения", "Страна", "Регион", "Источник"])
    wb.active.append(["Хорошее", "КНР", "Хэйлунцзян", "сайт"])
    wb.active.append(["Плохое", "Атлантида", "Хэйлунцзян", "письмо"])
    wb.save(tmp_path / "mixed.xlsx")
    plan = read_import(services, "agreements", tmp_path / "mixed.xlsx")
    result = import_plan(services, plan, skip_bad_rows=True)
    assert [a["title"] for a in records(services, "agreements")] == ["Хорошее"]
    assert result.bad_rows_file == tmp_path / "mixed_rows_to_fix.xlsx"
    sheet = load_workbook(result.bad_rows_file).active
    assert [c.value for c in sheet[2]][1:] == [3, "Плохое", "Атлантида", "Хэйлунцзян", "письмо"]
    assert "Страна" in sheet["A2"].value and sheet["C1"].value == "Наименование соглашения"


def test_choices_are_remembered_for_the_registry(services, tmp_path):
    region = add_region(services)
    wb = Workbook()
    wb.active.append(["Наименование соглашения", "Страна", "Партнёр по соглашению"])
    wb.active.append(["Соглашение", "КНР", "Черноземье"])
    wb.save(tmp_path / "f.xlsx")
    first = read_import(services, "agreements", tmp_path / "f.xlsx")
    assert first.kept_columns == ["Партнёр по соглашению"]
    save_choices(
        services,
        "agreements",
        {"Партнёр по соглашению": "region_id"},
        {"regions": {fold_name("Черноземье"): region}},
    )
    mapping, choices = recall(services, "agreements")
    second = read_import(
        services, "agreements", tmp_path / "f.xlsx", mapping=mapping, choices=choices
    )
    assert second.ok and second.creates[0][2]["region_id"] == region


def test_a_record_that_cannot_be_created_keeps_its_rows_out_whole(services, tmp_path):
    wb = Workbook()
    wb.active.append(["Муниципальное образование", "Город-побратим (партнёр)", "Страна"])
    wb.active.append(["город Энск", "Атлантис", None])  # no country: the city cannot be made
    wb.active.append(["город Энск", "Харбин", "КНР"])
    wb.save(tmp_path / "twins.xlsx")
    plan = read_import(services, "twins", tmp_path / "twins.xlsx", create_missing=True)
    messages = {p.message for p in plan.problems if p.row == 2}
    assert any("Cannot be created" in m for m in messages)
    assert any("country is not given" in m for m in messages)
    assert plan.bad_rows == {2: ["город Энск", "Атлантис", ""]}
    result = import_plan(services, plan, skip_bad_rows=True)
    assert services["twins"].count() == 1 and result.skipped_rows == 1
    regions = [r["name_ru"] for r in records(services, "regions")]
    assert regions == ["Харбин"]  # nothing made for the row left out


def test_records_created_for_the_rows_go_in_the_same_transaction_as_the_rows(
    services, corpus, monkeypatch
):
    plan = read_import(services, "twins", corpus["twins"], create_missing=True)
    assert plan.ok and plan.missing  # regions and our municipalities to create first
    before = {kind: services[kind].count() for kind in ("regions", "organisations", "twins")}
    registry = services["twins"]
    write = registry.write_import

    def fails_after_the_rows(*args, **kwargs):
        write(*args, **kwargs)
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(registry, "write_import", fails_after_the_rows)
    with pytest.raises(RuntimeError):
        import_plan(services, plan)
    # nothing of it stays: not the rows, nor the records created for them
    assert {kind: services[kind].count() for kind in before} == before
    monkeypatch.undo()
    result = import_plan(services, plan)
    assert result.created and services["twins"].count() == before["twins"] + 5
