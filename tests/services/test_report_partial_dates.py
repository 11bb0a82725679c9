"""Partial dates, terms and twin histories stored and counted by the report (issue 12, items
3 and 7): «2019» is concluded in the 2019 report, an agreement prolonged automatically shows
the end of its running term, twin pairs are listed while they exist."""

from __future__ import annotations

import sqlite3
from datetime import date

from desktop.domain.partial_dates import PartialDate, Precision
from desktop.services import Query, Services
from desktop.services.reports import build_report
from tests.conftest import add_organisation, add_region
from tests.excel.conftest import agreement

SIGNED = [("signed", "2019-03-01")]


def titles(report, key: str) -> list[str]:
    return sorted(row["title"] for row in report.table(key).rows)


def test_partial_dates_are_stored_as_iso_text_and_read_back_with_their_precision(
    services: Services, db_path
) -> None:
    ids = {
        typed: agreement(services, f"signed {typed}", SIGNED, signed_on=typed)
        for typed in ("2012", "07.2016", "08.12.1999", "июль 2017")
    }
    registry = services["agreements"]
    assert registry.get(ids["2012"])["signed_on"] == PartialDate(date(2012, 1, 1), Precision.YEAR)
    assert str(registry.get(ids["07.2016"])["signed_on"]) == "07.2016"
    assert str(registry.get(ids["08.12.1999"])["signed_on"]) == "08.12.1999"
    assert str(registry.get(ids["июль 2017"])["signed_on"]) == "07.2017"
    raw = sqlite3.connect(db_path)
    stored = dict(raw.execute("SELECT id, signed_on FROM agreement").fetchall())
    raw.close()
    assert sorted(stored.values()) == ["1999-12-08", "2012", "2016-07", "2017-07"]
    # sorted by its column: in time order (from the sort index and by the general path)
    ordered = registry.search(Query(sort_field="signed_on"))
    assert ordered == [ids["08.12.1999"], ids["2012"], ids["07.2016"], ids["июль 2017"]]
    # the year filter counts «2012» and «07.2016» in their years
    assert registry.search(Query(year=2012)) == [ids["2012"]]
    assert registry.search(Query(year=2016)) == [ids["07.2016"]]
    assert registry.search(Query(year=2013)) == []


def test_a_year_or_month_agreement_is_concluded_in_the_period_it_falls_in(
    services: Services,
) -> None:
    agreement(services, "signed 2019", SIGNED, signed_on="2019")
    agreement(services, "signed 12.2019", SIGNED, signed_on="12.2019")
    agreement(services, "signed 01.2020", SIGNED, signed_on="01.2020")
    agreement(services, "signed 31.12.2018", SIGNED, signed_on="31.12.2018")
    year_2019 = build_report(services, date(2019, 1, 1), date(2019, 12, 31), "ru")
    assert titles(year_2019, "agreements_concluded") == ["signed 12.2019", "signed 2019"]
    rows = {r["title"]: r for r in year_2019.table("agreements_concluded").rows}
    assert rows["signed 2019"]["signed_on"] == "2019"  # shown as written
    assert rows["signed 12.2019"]["signed_on"] == "12.2019"
    december = build_report(services, date(2019, 12, 1), date(2019, 12, 31), "ru")
    assert titles(december, "agreements_concluded") == ["signed 12.2019"]


def test_a_term_until_a_year_binds_to_its_last_day_and_lapses_in_that_year(
    services: Services,
) -> None:
    agreement(services, "до 2022 года", SIGNED, signed_on="2019", term="до 2022 года")
    year_2022 = build_report(services, date(2022, 1, 1), date(2022, 12, 31), "ru")
    assert titles(year_2022, "agreements_in_force") == ["до 2022 года"]
    assert titles(year_2022, "agreements_lapsed") == ["до 2022 года"]
    lapsed = year_2022.table("agreements_lapsed").rows[0]
    assert lapsed["lapsed_on"] == date(2022, 12, 31)
    assert lapsed["valid_to"] == "2022"
    year_2023 = build_report(services, date(2023, 1, 1), date(2023, 12, 31), "ru")
    assert titles(year_2023, "agreements_in_force") == []
    assert titles(year_2023, "agreements_lapsed") == []


def test_an_agreement_prolonged_automatically_shows_its_running_term_and_is_marked(
    services: Services,
) -> None:
    agreement(
        services,
        "пролонгация",
        [("signed", "2016-01-01")],
        signed_on="01.01.2016",
        term="5 лет с автоматической пролонгацией на 5 лет",
    )
    signed = [("signed", "2016-01-01")]
    agreement(services, "без пролонгации", signed, signed_on="01.01.2016", term="5 лет")
    last_day = build_report(services, date(2020, 1, 1), date(2020, 12, 31), "ru")
    in_2020 = {r["title"]: r for r in last_day.table("agreements_in_force").rows}
    assert in_2020["пролонгация"]["valid_to"] == date(2020, 12, 31)  # not prolonged yet
    assert "автоматически" not in in_2020["пролонгация"]["status"]
    year_2025 = build_report(services, date(2025, 1, 1), date(2025, 12, 31), "ru")
    in_2025 = {r["title"]: r for r in year_2025.table("agreements_in_force").rows}
    assert list(in_2025) == ["пролонгация"]
    assert in_2025["пролонгация"]["valid_to"] == date(2025, 12, 31)
    assert "продлено автоматически" in in_2025["пролонгация"]["status"]
    year_2026 = build_report(services, date(2026, 1, 1), date(2026, 12, 31), "ru")
    in_2026 = {r["title"]: r for r in year_2026.table("agreements_in_force").rows}
    assert in_2026["пролонгация"]["valid_to"] == date(2030, 12, 31)
    assert titles(year_2025, "agreements_lapsed") == []


def _pair(services: Services, ours: int, name: str, history: list[dict]) -> int:
    region = add_region(services, name)
    return (
        services["twins"]
        .create(
            {
                "our_organisation_id": ours,
                "foreign_region_id": region,
                "country_code": "CN",
                "history": history,
            }
        )
        .ids[0]
    )


def test_the_twins_sheet_lists_suspended_pairs_with_their_status_and_ended_ones_until_then(
    services: Services,
) -> None:
    ours = add_organisation(services, "Администрация города Заречный", side="ours", country="RU")
    _pair(services, ours, "Харбин", [{"status": "established", "on_date": "1995"}])
    _pair(
        services,
        ours,
        "Далянь",
        [
            {"status": "established", "on_date": "2001"},
            {"status": "suspended", "on_date": "04.2022", "side": "foreign"},
        ],
    )
    _pair(
        services,
        ours,
        "Хэйхэ",
        [
            {"status": "established", "on_date": "2005"},
            {"status": "ended", "on_date": "07.09.2016", "side": "foreign"},
        ],
    )
    _pair(services, ours, "Шэньян", [{"status": "established", "on_date": "2017"}])

    def listed(year: int) -> dict[str, dict]:
        report = build_report(services, date(year, 1, 1), date(year, 12, 31), "ru")
        return {row["foreign"]: row for row in report.table("twins").rows}

    assert list(listed(2016)) == ["Далянь", "Харбин", "Хэйхэ"]  # ended in 2016: listed
    assert listed(2016)["Хэйхэ"]["status"] == "Прекращено"
    assert listed(2016)["Хэйхэ"]["status_since"] == date(2016, 9, 7)
    assert list(listed(2017)) == ["Далянь", "Харбин", "Шэньян"]  # not after
    in_2022 = listed(2022)
    assert in_2022["Далянь"]["status"] == "Приостановлены"
    assert in_2022["Далянь"]["status_since"] == "04.2022"
    assert in_2022["Харбин"]["established_on"] == "1995"
    assert listed(2021)["Далянь"]["status"] == "Действует"  # before the suspension
    report = build_report(services, date(2022, 1, 1), date(2022, 12, 31), "ru")
    summary = report.table("summary_by_country").rows
    assert sum(row["twins"] for row in summary) == 2  # active: Харбин, Шэньян
