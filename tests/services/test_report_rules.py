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
