"""Report rules that real registers exposed (issue 12, item 7), tested at their boundaries."""

from __future__ import annotations

from datetime import date

from desktop.services import Services
from desktop.services.reports import build_report
from tests.conftest import add_organisation, add_region
from tests.excel.conftest import agreement


def titles(report, key: str) -> list[str]:
    return sorted(row["title"] for row in report.table(key).rows)


def test_an_agreement_whose_term_ends_on_the_last_day_of_the_period_lapsed_in_it(
    services: Services,
) -> None:
    signed = [("signed", "2019-03-01")]
    agreement(services, "ends 31.12.2024", signed, valid_to=date(2024, 12, 31))
    agreement(services, "ends 30.12.2024", signed, valid_to=date(2024, 12, 30))
    agreement(services, "ends 01.01.2025", signed, valid_to=date(2025, 1, 1))
    agreement(services, "ends 31.12.2023", signed, valid_to=date(2023, 12, 31))
    agreement(services, "ends 01.01.2024", signed, valid_to=date(2024, 1, 1))
    year_2024 = build_report(services, date(2024, 1, 1), date(2024, 12, 31), "ru")
    assert titles(year_2024, "agreements_lapsed") == [
        "ends 01.01.2024",
        "ends 30.12.2024",
        "ends 31.12.2024",
    ]
    # its last day in force is the period's last day: still in force on it
    assert "ends 31.12.2024" in titles(year_2024, "agreements_in_force")
    year_2025 = build_report(services, date(2025, 1, 1), date(2025, 12, 31), "ru")
    assert titles(year_2025, "agreements_lapsed") == ["ends 01.01.2025"]
    assert "ends 31.12.2024" not in titles(year_2025, "agreements_in_force")
    lapsed = {r["title"]: r["lapsed_on"] for r in year_2024.table("agreements_lapsed").rows}
    assert lapsed["ends 31.12.2024"] == date(2024, 12, 31)


def test_the_twins_sheet_lists_only_pairs_established_by_the_end_of_the_period(
    services: Services,
) -> None:
    ours = add_organisation(services, "Администрация города Заречный", side="ours", country="RU")
    for year, name in ((2010, "Харбин"), (2016, "Далянь"), (2017, "Хэйхэ"), (2025, "Шэньян")):
        region = add_region(services, name)
        services["twins"].create(
            {
                "our_organisation_id": ours,
                "foreign_region_id": region,
                "country_code": "CN",
                "status": "active",
                "established_on": date(year, 12, 31),
            }
        )
    report = build_report(services, date(2016, 1, 1), date(2016, 12, 31), "ru")
    assert [row["foreign"] for row in report.table("twins").rows] == ["Далянь", "Харбин"]


def test_a_twin_pair_counts_from_the_day_it_was_established_to_the_day_it_ended(
    services: Services,
) -> None:
    """The boundaries: established on the period's last day or the day after it; ended on
    the period's first day (it existed on that day) or the day before it (it did not)."""
    ours = add_organisation(services, "Администрация города Заречный", side="ours", country="RU")
    pairs = {
        "established 31.12.2016": [("established", "2016-12-31")],
        "established 01.01.2017": [("established", "2017-01-01")],
        "ended 01.01.2016": [("established", "2001-05-01"), ("ended", "2016-01-01")],
        "ended 31.12.2015": [("established", "2001-05-01"), ("ended", "2015-12-31")],
        "suspended 01.01.2016": [("established", "2001-05-01"), ("suspended", "2016-01-01")],
    }
    for name, steps in pairs.items():
        services["twins"].create(
            {
                "our_organisation_id": ours,
                "foreign_region_id": add_region(services, name),
                "country_code": "CN",
                "history": [
                    {"status": s, "on_date": date.fromisoformat(d), "side": "foreign"}
                    for s, d in steps
                ],
            }
        )

    def listed(start: date, end: date) -> list[str]:
        report = build_report(services, start, end, "ru")
        return sorted(row["foreign"] for row in report.table("twins").rows)

    assert listed(date(2016, 1, 1), date(2016, 12, 31)) == [
        "ended 01.01.2016",
        "established 31.12.2016",
        "suspended 01.01.2016",
    ]
    assert listed(date(2017, 1, 1), date(2017, 1, 1)) == [
        "established 01.01.2017",
        "established 31.12.2016",
        "suspended 01.01.2016",
    ]
    assert "ended 31.12.2015" in listed(date(2015, 12, 31), date(2015, 12, 31))
    assert "established 31.12.2016" not in listed(date(2016, 12, 30), date(2016, 12, 30))


def test_a_prolonged_agreement_is_not_lapsed_on_its_written_end_and_runs_on_the_day_after(
    services: Services,
) -> None:
    signed = [("signed", "2016-01-01")]
    agreement(services, "пролонгация", signed, signed_on="01.01.2016",
              term="5 лет с автоматической пролонгацией на 5 лет")  # fmt: skip
    agreement(services, "без пролонгации", signed, signed_on="01.01.2016", term="5 лет")
    year_2020 = build_report(services, date(2020, 1, 1), date(2020, 12, 31), "ru")
    assert titles(year_2020, "agreements_lapsed") == ["без пролонгации"]  # its written end
    day_after = build_report(services, date(2021, 1, 1), date(2021, 1, 1), "ru")
    in_force = {r["title"]: r for r in day_after.table("agreements_in_force").rows}
    assert list(in_force) == ["пролонгация"]
    assert in_force["пролонгация"]["valid_to"] == date(2025, 12, 31)  # the first step began
    assert "продлено автоматически" in in_force["пролонгация"]["status"]
