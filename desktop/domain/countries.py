"""Countries and their subdivisions from pycountry, with Russian names.

pycountry ships Russian names for every country but few for subdivisions, so a curated table
(``resources/regions_ru.csv``) supplies Russian names for the priority partners' regions.
"""

from __future__ import annotations

import csv
import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import pycountry

from .i18n import RESOURCES

_NOT_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class CountryName:
    code: str
    alpha3: str
    name_ru: str
    name_en: str


@dataclass(frozen=True)
class Subdivision:
    code: str  # ISO 3166-2, e.g. CN-HL
    country_code: str
    name_original: str
    name_ru: str | None
    type: str


@cache
def _russian(domain: str) -> gettext.NullTranslations:
    return _translation(domain, "ru")


@cache
def _translation(domain: str, language: str) -> gettext.NullTranslations:
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)


# Countries whose regions are named in their own script as well: pycountry's ISO 3166-2
# names are romanised («Heilongjiang Sheng»), offices write «黑龙江省» too.
NATIVE_SCRIPT = {"CN": "zh_CN"}


def all_countries() -> list[CountryName]:
    ru = _russian("iso3166-1")
    result = []
    for country in pycountry.countries:
        name_en = getattr(country, "common_name", None) or country.name
        result.append(
            CountryName(country.alpha_2, country.alpha_3, ru.gettext(country.name), name_en)
        )
    return sorted(result, key=lambda c: c.name_ru)


@cache
def curated_region_names() -> dict[str, str]:
    """ISO 3166-2 code -> Russian name, from the curated table."""
    with (RESOURCES / "regions_ru.csv").open(encoding="utf-8") as handle:
        return {row["code"]: row["name_ru"] for row in csv.DictReader(handle)}


def subdivisions(country_code: str) -> list[Subdivision]:
    """The top-level subdivisions of a country with the best Russian name we have."""
    curated = curated_region_names()
    ru = _russian("iso3166-2")
    found = pycountry.subdivisions.get(country_code=country_code) or []
    result = []
    for sub in found:
        if getattr(sub, "parent_code", None):
            continue
        translated = ru.gettext(sub.name)
        name_ru = curated.get(sub.code) or (translated if translated != sub.name else None)
        original = sub.name
        if country_code in NATIVE_SCRIPT:
            native = _translation("iso3166-2", NATIVE_SCRIPT[country_code]).gettext(sub.name)
            original = f"{native} {sub.name}" if native != sub.name else sub.name
        result.append(Subdivision(sub.code, country_code, original, name_ru, sub.type))
    return sorted(result, key=lambda s: s.name_ru or s.name_original)


def fold_name(text: str) -> str:
    """A name reduced to what tells it apart: case, ё/е, stress marks, punctuation and runs
    of spaces do not matter («Соединённые Штаты» = «соединенные штаты»)."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", unicodedata.normalize("NFC", letters)).split())


@cache
def _country_index() -> dict[str, str]:
    """Folded spelling -> alpha-2 code: ISO codes, pycountry's English and Russian names
    (short, official, common) and the curated abbreviations of ``country_names.csv``."""
    ru = _russian("iso3166-1")
    index: dict[str, str] = {}
    for country in pycountry.countries:
        spellings = [country.alpha_2, country.alpha_3]
        for attribute in ("name", "official_name", "common_name"):
            name = getattr(country, attribute, None)
            if name:
                spellings += [name, ru.gettext(name)]
        for spelling in spellings:
            index.setdefault(fold_name(spelling), country.alpha_2)
    with (RESOURCES / "country_names.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            index[fold_name(row["name"])] = row["code"]  # the curated list wins («Корея»)
    return index


def find_country(text: str) -> str | None:
    """The alpha-2 code of a country written as a code or a name in Russian or English
    («RU», «RUS», «Россия», «РФ», «КНР», «Республика Беларусь», «UK»), or None; the
    office's own countries (``use_custom_countries``) are found by code and name too."""
    folded = fold_name(text)
    return _custom_index.get(folded) or _country_index().get(folded)


# -- partners outside ISO 3166-1 ------------------------------------------------------------

# ISO 3166-1 leaves XA–XZ to its users: an office gives such a code to a partner the
# standard does not list, with a Russian name. ZZ-style ranges beyond X are not offered.
CUSTOM_CODES = tuple(f"X{letter}" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")

# The custom countries of the registry open in this process (Services sets them when it
# opens one, and after one is added): validation and the workbook codec see them as
# countries, but ``all_countries`` stays ISO's (the first migration fills the table from it).
_custom: dict[str, CountryName] = {}
_custom_index: dict[str, str] = {}


class NewCountry(str):
    """The code an import gives a country of the office's own it is about to add
    (``--create-missing``): validation takes it as a country; the write adds the country
    first, in the rows' own transaction, and may give it another free code then."""

    name_ru: str

    def __new__(cls, code: str, name_ru: str) -> NewCountry:
        made = str.__new__(cls, code)
        made.name_ru = name_ru
        return made


def is_custom_code(code: str) -> bool:
    return code in CUSTOM_CODES


def custom_country(code: str, name_ru: str, name_en: str | None = None) -> CountryName:
    """A user-assigned country; its alpha-3 is from ISO's user range too (XA -> XXA)."""
    return CountryName(code, f"XX{code[1]}", name_ru, name_en or name_ru)


def use_custom_countries(countries: list[CountryName]) -> None:
    """The custom countries of the registry now open (replacing any before)."""
    _custom.clear()
    _custom_index.clear()
    for country in countries:
        _custom[country.code] = country
        for spelling in (country.code, country.alpha3, country.name_ru, country.name_en):
            _custom_index.setdefault(fold_name(spelling), country.code)


def custom_countries() -> list[CountryName]:
    return sorted(_custom.values(), key=lambda c: c.code)


def known_countries() -> list[CountryName]:
    """ISO's countries and the registry's own, by Russian name: what pick lists offer."""
    return sorted([*all_countries(), *_custom.values()], key=lambda c: c.name_ru)
