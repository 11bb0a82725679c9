"""Partners outside ISO 3166-1 (issue 12, item 3): the office adds a country with a code of
XA–XZ and a Russian name, and it behaves like any other country."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.countries import find_country, known_countries
from desktop.excel.exporter import export_registry
from desktop.services import Query, Services, open_services
from desktop.services.countries import CountryRefused
from desktop.services.reports import build_report
from tests.conftest import add_organisation, add_region
from tests.excel.conftest import agreement


def test_an_added_countrys_name_finds_its_records(services: Services) -> None:
    services.custom_countries.add("Абхазия")
    first = agreement(services, "Соглашение", [("signed", "2019-03-01")], country_code="Абхазия")
    assert services["agreements"].search(Query(text="Абхазия")) == [first]  # the index names it


def test_an_added_country_is_chosen_validated_filtered_found_and_reported(
    services: Services, db_target
) -> None:
    heard = []
    services.subscribe(heard.append)
    code = services.custom_countries.add("Абхазия", name_en="Abkhazia")
    assert code == "XA"
    assert heard[-1].entity == "countries"
    assert ("XA", "Абхазия") in services.countries()
    assert services.country_name("XA") == "Абхазия"
    assert find_country("абхазия") == find_country("XA") == find_country("Abkhazia") == "XA"
    assert services.custom_countries.add("Южная Осетия") == "XB"  # the next free code
    first = agreement(
        services,
        "Соглашение с Абхазией",
        [("signed", "2019-03-01")],
        country_code="Абхазия",
        signed_on="2019",
    )
    agreement(services, "Соглашение с Китаем", [("signed", "2019-03-01")], signed_on="2019")
    registry = services["agreements"]
    assert registry.get(first)["country_code"] == "XA"
    assert registry.search(Query(country="XA")) == [first]
    report = build_report(services, date(2019, 1, 1), date(2019, 12, 31), "ru")
    countries = [row["country"] for row in report.table("agreements_concluded").rows]
    assert "Абхазия" in countries
    assert "Абхазия" in [row["country"] for row in report.table("summary_by_country").rows]
    # another process opening the same registry knows it too
    services.close()
    again = open_services(db_target, language="ru", user="other")
    try:
        assert again.country_name("XA") == "Абхазия"
        assert [c.code for c in known_countries() if c.code.startswith("X")] == ["XA", "XB"]
    finally:
        again.close()


def test_an_added_country_is_exported_by_name(services: Services, tmp_path) -> None:
    from openpyxl import load_workbook

    services.custom_countries.add("Абхазия")
    ours = add_organisation(services, "Администрация города Заречный", side="ours", country="RU")
    region = add_region(services, "Сухум", "XA", "Sukhum")
    services["twins"].create(
        {"our_organisation_id": ours, "foreign_region_id": region, "country_code": "XA"}
    )
    out = tmp_path / "twins.xlsx"
    export_registry(services, "twins", out)
    values = [c for row in load_workbook(out).active.iter_rows(values_only=True) for c in row]
    assert "Абхазия" in values


@pytest.mark.parametrize(
    ("name", "code"),
    [("", None), ("Китай", None), ("Абхазия", "RU"), ("Абхазия", "QA"), ("Абхазия", "XA")],
)
def test_a_country_that_is_known_or_a_code_outside_xa_xz_is_refused(
    services: Services, name, code
) -> None:
    services.custom_countries.add("Приднестровье", code="XA")
    with pytest.raises(CountryRefused):
        services.custom_countries.add(name, code=code)


def test_find_or_add_adds_only_what_is_not_a_country(services: Services) -> None:
    assert services.custom_countries.find_or_add("КНР") == ("CN", False)
    assert services.custom_countries.find_or_add("Абхазия") == ("XA", True)
    assert services.custom_countries.find_or_add("абхазия") == ("XA", False)
