"""Headers matched by synonym and folding, names of regions folded, parties split (issue 12)."""

from __future__ import annotations

import pytest

from desktop.domain.entities import AGREEMENTS, TWINS
from desktop.excel.headers import KEEP, SKIP, HeaderMatcher, fold_header, parse_mapping
from desktop.excel.layout import HeaderCell
from desktop.excel.reconcile import Resolver, fold_city, fold_place, region_values, split_parties


def test_headers_fold_case_yo_and_punctuation():
    assert fold_header("  Примечание*: ") == fold_header("примечание")
    assert fold_header("Иностранный партнёр") == fold_header("ИНОСТРАННЫЙ ПАРТНЕР")


def test_synonyms_a_two_row_header_and_the_users_mapping():
    matcher = HeaderMatcher(AGREEMENTS, {"Хранение": "original_location"})
    cells = [
        HeaderCell("№ п/п"),
        HeaderCell("Наименование соглашения"),
        HeaderCell("Страна", "Иностранный партнёр"),
        HeaderCell("Регистрационный номер в Минюсте", "Государственная регистрация"),
        HeaderCell("Хранение"),
        HeaderCell("Примечания к документу"),
        HeaderCell("Наименование"),  # the title again: its first column wins
    ]
    matches = matcher.match(cells)
    assert [m.target for m in matches] == [
        SKIP, "title", "country_code", "reg_number", "original_location", KEEP, KEEP,
    ]  # fmt: skip
    assert matches[4].chosen and not matches[1].chosen
    assert matches[5].suggestion == "notes"  # the closest field is offered


def test_twin_headers():
    matcher = HeaderMatcher(TWINS)
    assert matcher.recognised(HeaderCell("Город-побратим (партнёр)")) == "foreign_region_id"
    assert matcher.recognised(HeaderCell("Дата установления связей")) == "established_on"


def test_a_mapping_needs_an_equals_sign():
    assert parse_mapping(["Срок действия=term", "a=b=c"]) == {"Срок действия": "term", "a=b": "c"}
    with pytest.raises(ValueError):
        parse_mapping(["Срок действия"])


@pytest.mark.parametrize(
    "written, curated",
    [
        ("Хэйлунцзян", "провинция Хэйлунцзян"),
        ("Могилевская", "Могилёвская область"),
        ("области Могилёвской", "Могилёвская область"),
        ("АРВМ", "автономный район Внутренняя Монголия"),
        ("область Абай", "Абайская область"),
    ],
)
def test_region_names_fold_the_kind_word_endings_and_order(written, curated):
    assert fold_place(written) == fold_place(curated)


def test_a_city_is_not_its_province():
    assert fold_city("Могилёв") != fold_city("Могилёвская область")
    assert fold_city("г. Бристоль") == fold_city("Бристоль")
    assert region_values("Могилёв", "BY", city=True) == {
        "name_ru": "Могилёв", "country_code": "BY", "kind": "city",
    }  # fmt: skip
    minsk = region_values("Минская", "BY")  # the oblast or the city: not guessed
    assert "iso_code" not in minsk


def test_parties_are_split_by_line_and_semicolon():
    text = "Администрация Энской области;\nНародное правительство провинции Хэйлунцзян\n—"
    assert split_parties(text) == [
        "Администрация Энской области",
        "Народное правительство провинции Хэйлунцзян",
    ]


def test_a_name_is_resolved_once_and_listed_once_with_suggestions():
    titles = {"regions": {1: "провинция Хэйлунцзян", 2: "провинция Цзилинь"}}
    resolver = Resolver(titles, create_missing=False)
    assert resolver.find("regions", "Хэйлунцзян", 5, {}, fold_place).value == 1
    for row in (6, 7):
        assert resolver.find("regions", "Хэйлунцзя", row, {}, fold_place).unresolved
    [missing] = resolver.unresolved.values()
    assert missing.rows == [6, 7] and missing.suggestions[0] == (1, "провинция Хэйлунцзян")
    creating = Resolver(titles, create_missing=True)
    first = creating.find("regions", "АРВМ", 3, {"country_code": "CN"}, fold_place).value
    again = creating.find("regions", "Внутренняя Монголия", 4, {}, fold_place).value
    assert first == again and len(creating.missing) == 1
