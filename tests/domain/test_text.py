"""Invisible characters: what looks the same is stored the same, so duplicates are found and
search finds what it shows."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from desktop.domain.text import INVISIBLE, SPACES, normalise_text
from desktop.excel.importer import read_import
from desktop.services import Query
from tests.conftest import add_region
from tests.excel.test_import_export import sheet

DISGUISES = [
    "Хар\u200bбин",  # zero-width space
    "Хар\u200dбин",  # zero-width joiner
    "\ufeffХарбин",  # byte order mark
    "Хар\u00adбин",  # soft hyphen
    "\u202eХарбин\u202c",  # right-to-left override
    "\u2066Харбин\u2069",  # isolate
    "Харбин\u200e",  # left-to-right mark
]


@pytest.mark.parametrize("text", DISGUISES)
def test_invisible_characters_are_dropped(text):
    assert normalise_text(text) == "Харбин"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("город\u00a0Харбин", "город Харбин"),  # no-break space
        ("город\u202fХарбин", "город Харбин"),  # narrow no-break space
        ("город\u3000Харбин", "город Харбин"),  # ideographic space
        ("город \t \u2003 Харбин", "город Харбин"),  # a run of spaces of any kind
        ("первая  строка \r\n  вторая\u2028третья", "первая строка\nвторая\nтретья"),
        ("Cafe\u0301 Е\u0308лкин", "Café Ёлкин"),  # decomposed letters: NFC
        ("провинция Хэйлунцзян", "провинция Хэйлунцзян"),
    ],
)
def test_spaces_and_forms_become_one(text, expected):
    assert normalise_text(text) == expected


def test_the_written_out_classes_are_unicodes():
    """INVISIBLE is every Cf character and SPACES every Zs but the space (and the tab); a
    newer Python (a newer Unicode) fails here until the lists are brought up to date."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        category = unicodedata.category(char)
        assert bool(INVISIBLE.fullmatch(char)) == (category == "Cf"), hex(code)
        if code not in (0x20, 0x09):
            assert bool(SPACES.fullmatch(char)) == (category == "Zs"), hex(code)


@pytest.mark.parametrize("disguise", [*DISGUISES[:5], "Харбин\u00a0", " Харбин  "])
def test_a_disguised_name_is_the_same_record(services, disguise):
    registry = services["regions"]
    rid = add_region(services, "Харбин")
    other = add_region(services, disguise)
    assert registry.get(other)["name_ru"] == "Харбин"
    assert registry.natural_keys()[("Харбин", "CN")] in (rid, other)
    assert sorted(registry.search(Query(text="Харбин"))) == sorted({rid, other})
    assert sorted(registry.search(Query(text=disguise))) == sorted({rid, other})  # pasted


def test_an_import_spots_a_disguised_duplicate(services, tmp_path):
    add_region(services, "Харбин")
    path = sheet(
        tmp_path / "regions.xlsx",
        [
            ["Страна", "Вид", "Наименование\u00a0(рус.)"],
            ["Китай", "город", "Хар\u200bбин"],
            ["Китай", "город", "\u202eГуанчжоу"],
        ],
    )
    plan = read_import(services, "regions", path)
    assert plan.ok, [p.text() for p in plan.problems]
    assert [values["name_ru"] for _, _, values in plan.duplicates] == ["Харбин"]
    assert [values["name_ru"] for _, _, values in plan.creates] == ["Гуанчжоу"]
