"""Countries are found by the names offices write, not only by ISO codes (issue 11, item 8)."""

from __future__ import annotations

import pytest

from desktop.domain import entities as E
from desktop.domain.countries import all_countries, find_country
from desktop.domain.validation import clean


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Россия", "RU"),
        ("РФ", "RU"),
        ("Российская Федерация", "RU"),
        ("КНР", "CN"),
        ("Китайская Народная Республика", "CN"),
        ("США", "US"),
        ("Соединенные Штаты Америки", "US"),  # е for ё
        ("Республика Беларусь", "BY"),
        ("Белоруссия", "BY"),
        ("республика  казахстан", "KZ"),  # case and doubled spaces
        ("Великобритания", "GB"),
        ("Англия", "GB"),
        ("UK", "GB"),
        ("Корея", "KR"),  # the Republic of Korea; the DPRK is written КНДР
        ("КНДР", "KP"),
        ("Молдова", "MD"),
        ("GER", "DE"),
        ("DEU", "DE"),
        ("de", "DE"),
        ("Germany", "DE"),
        ("Исламская Республика Иран", "IR"),  # pycountry writes it with a stress mark
    ],
)
def test_country_found_by_name_abbreviation_or_code(written: str, code: str) -> None:
    assert find_country(written) == code


def test_unknown_names_are_not_guessed() -> None:
    assert find_country("Абхазия") is None
    assert find_country("Планета") is None
    assert find_country("") is None


def test_every_exported_name_reads_back() -> None:
    for country in all_countries():
        assert find_country(country.name_ru) == country.code, country.name_ru
        assert find_country(country.name_en) == country.code, country.name_en


def test_validation_takes_names_and_says_unknown_country() -> None:
    cleaned, problems = clean(E.REGIONS, {"name_ru": "Минск", "country_code": "Россия"})
    assert cleaned["country_code"] == "RU" and not problems
    _, problems = clean(E.REGIONS, {"name_ru": "Сухум", "country_code": "Абхазия"})
    assert [p.message for p in problems] == ["Unknown country: {value}"]
    assert problems[0].text() == "Unknown country: Абхазия"
