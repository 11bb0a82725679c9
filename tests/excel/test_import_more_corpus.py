"""The second corpus (``corpus/build_more.py``) comes in whole with --create-missing: a long
title block, English headers in another order, dates as serial numbers and in words, a
quarter, countries with words around them, in Latin, outside ISO; agreements and twins on
two sheets of one workbook; blanks, non-breaking spaces, line breaks and a hidden row."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from desktop.cli import main
from desktop.domain.partial_dates import PartialDate
from desktop.excel.importer import read_import
from desktop.services import Query, open_services
from desktop.services.importing import import_plan
from tests.excel.corpus.build_more import AGREEMENT_ROWS, TWIN_ROWS, build


@pytest.fixture
def corpus(tmp_path):
    return build(tmp_path / "more")


def records(services, kind):
    registry = services[kind]
    return [registry.get(i) for i in registry.search(Query())]


def shown(value):
    return value.text() if isinstance(value, PartialDate) else value


def test_agreements_on_the_first_sheet_come_in_whole(services, corpus):
    plan = read_import(services, "agreements", corpus["two_sheets"], create_missing=True)
    assert plan.ok, [p.text("ru") for p in plan.problems]
    assert plan.sheet == "Соглашения" and plan.header_row == 8
    assert len(plan.creates) == len(AGREEMENT_ROWS)  # the hidden row too
    targets = {c.text: c.target for c in plan.columns}
    assert targets["Partner"] == "region_id" and targets["Date of signing"] == "signed_on"
    assert targets["Term"] == "term" and targets["Country"] == "country_code"
    assert any("quarter" in w.message for w in plan.warnings if w.row == 14)
    import_plan(services, plan)
    agreements = {a["title"]: a for a in records(services, "agreements")}
    first = agreements["Соглашение о сотрудничестве в сфере туризма"]  # a line break inside
    assert first["country_code"] == "CN" and shown(first["signed_on"]) == "12.03.2015"
    serial = agreements["Меморандум об обмене студентами"]  # «42075» typed as text
    assert serial["country_code"] == "CN" and shown(serial["signed_on"]) == "12.03.2015"
    assert shown(agreements["Соглашение о дружбе"]["signed_on"]) == "12.03.2015"  # a number
    assert agreements["Соглашение о дружбе"]["country_code"] == "JP"
    assert agreements["Соглашение о дружбе"]["auto_prolongation"]
    assert agreements["Соглашение о дружбе"]["status"] == "in_force"  # «Active»
    words = agreements["Протокол о намерениях"]
    assert shown(words["signed_on"]) == "12.03.2015" and words["country_code"] == "KZ"
    assert shown(words["valid_to"]) == "2017" and words["status"] == "terminated"
    trade = agreements["Соглашение о торгово-экономическом сотрудничестве"]
    assert trade["country_code"] == "BY" and trade["open_ended"]
    assert shown(agreements["Соглашение о сотрудничестве с Гагрским районом"]["signed_on"]) == (
        "2015"
    )
    quarter = agreements["Протокол о культурном обмене"]
    assert shown(quarter["signed_on"]) == "2016"
    assert "III квартал 2016" in quarter["notes"]
    assert shown(agreements["Меморандум о научном сотрудничестве"]["signed_on"]) == "05.2019"
    assert agreements["Меморандум о научном сотрудничестве"]["country_code"] == "DE"
    assert agreements["Меморандум об обмене студентами"]["notes"] is None  # a nbsp is nothing
    countries = {c.name_ru: c.code for c in services.custom_countries.read()}
    assert countries == {"Абхазия": "XA", "Южная Осетия": "XB"}
    assert agreements["Протокол о культурном обмене"]["country_code"] == "XB"
    regions = {r["name_ru"] for r in records(services, "regions")}
    assert "Хоккайдо" in regions or "префектура Хоккайдо" in regions  # no nbsp around it
    organisations = {o["name_ru"]: o for o in records(services, "organisations")}
    assert organisations["Акимат области Абай"]["region_id"] is not None


def test_twins_on_the_second_sheet_are_found_for_the_twins(services, corpus):
    import_plan(
        services, read_import(services, "agreements", corpus["two_sheets"], create_missing=True)
    )
    plan = read_import(services, "twins", corpus["two_sheets"], create_missing=True)
    assert plan.ok, [p.text("ru") for p in plan.problems]
    assert plan.sheet == "Побратимы" and len(plan.creates) == len(TWIN_ROWS)
    import_plan(services, plan)
    twins = records(services, "twins")
    assert sorted(t["country_code"] for t in twins) == ["BY", "CN", "XA"]  # Абхазия: known now
    assert services.custom_countries.read()[0].name_ru == "Абхазия"
    assert len(services.custom_countries.read()) == 2


def test_two_sheets_alike_are_named_and_one_is_read_when_asked(services, corpus):
    plan = read_import(services, "agreements", corpus["two_agreement_sheets"])
    assert not plan.ok and not plan.creates
    (problem,) = plan.problems
    assert "«2015», «2016»" in problem.text("ru") and "--sheet" in problem.text("ru")
    asked = read_import(services, "agreements", corpus["two_agreement_sheets"], sheet="2016")
    assert asked.ok and asked.creates[0][2]["title"] == "Соглашение 2016 года"
    wrong = read_import(services, "agreements", corpus["two_agreement_sheets"], sheet="2017")
    assert "«2015», «2016»" in wrong.problems[0].text("ru")


def test_the_command_line_reads_the_sheet_asked_for(db_target, corpus, capsys):
    source = str(corpus["two_agreement_sheets"])
    assert main(["import", "--db", str(db_target), "agreements", source]) == 1
    assert "--sheet" in capsys.readouterr().err
    assert main(["import", "--db", str(db_target), "agreements", source, "--sheet", "2015"]) == 0
    with open_services(db_target) as services:
        assert [a["title"] for a in records(services, "agreements")] == ["Соглашение 2015 года"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice makes the copies")
@pytest.mark.parametrize("suffix", ["ods", "xls"])
def test_an_ods_or_xls_copy_of_the_register_comes_in_whole(services, corpus, tmp_path, suffix):
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--convert-to", suffix, "--outdir", str(tmp_path), str(corpus["two_sheets"])],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    copy = tmp_path / f"two_sheets.{suffix}"
    plan = read_import(services, "agreements", copy, create_missing=True)
    assert plan.ok, [p.text("ru") for p in plan.problems]
    assert plan.header_row == 8 and len(plan.creates) == len(AGREEMENT_ROWS)
    assert {values["title"] for _, _, values in plan.creates} >= {
        "Соглашение о сотрудничестве в сфере туризма", "Протокол о культурном обмене",
    }  # fmt: skip


def test_a_partner_written_with_its_country_and_no_country_column(services, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Муниципальное образование", "Город-побратим (страна)"])
    wb.active.append(["город Энск", "Харбин (КНР)"])
    wb.active.append(["город Энск", "г. Гродно, Республика Беларусь"])
    wb.active.append(["город Энск", "Атлантис"])  # the partner does not tell its country
    wb.save(tmp_path / "twins.xlsx")
    plan = read_import(services, "twins", tmp_path / "twins.xlsx", create_missing=True)
    assert sorted(plan.bad_rows) == [4]
    assert [p.row for p in plan.problems if "not given" in p.message] == [4]
    assert {values["country_code"] for _, _, values in plan.creates} == {"CN", "BY"}
    import_plan(services, plan, skip_bad_rows=True)
    regions = {r["name_ru"]: r["country_code"] for r in records(services, "regions")}
    assert regions == {"Харбин": "CN", "г. Гродно": "BY"}


def test_an_agreement_with_no_status_word_is_signed_on_its_date_and_reported(services, corpus):
    from datetime import date

    from desktop.services.reports import build_report

    import_plan(
        services, read_import(services, "agreements", corpus["two_sheets"], create_missing=True)
    )
    trade = next(
        a for a in records(services, "agreements") if a["title"].startswith("Соглашение о торг")
    )
    assert [(s["status"], s["on_date"]) for s in trade["history"]] == [
        ("signed", date(2015, 3, 12))
    ]
    report = build_report(services, date(2015, 1, 1), date(2015, 12, 31), "ru")
    in_force = {row["title"] for row in report.table("agreements_in_force").rows}
    concluded = {row["title"] for row in report.table("agreements_concluded").rows}
    assert trade["title"] in in_force and trade["title"] in concluded  # open-ended, signed
    assert "Соглашение о дружбе" in in_force
    # a year or a quarter alone: concluded in its year
    assert "Соглашение о сотрудничестве с Гагрским районом" in concluded
    year_2016 = build_report(services, date(2016, 1, 1), date(2016, 12, 31), "ru")
    assert "Протокол о культурном обмене" in {
        row["title"] for row in year_2016.table("agreements_concluded").rows
    }
