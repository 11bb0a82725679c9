"""Countries and their subdivisions from pycountry, with Russian names.

pycountry ships Russian names for every country but few for subdivisions, so a curated table
(``resources/regions_ru.csv``) supplies Russian names for the priority partners' regions.
"""

from __future__ import annotations

import csv
import gettext
from dataclasses import dataclass
from functools import cache

import pycountry

from .i18n import RESOURCES


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
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["ru"], fallback=True)


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
        result.append(Subdivision(sub.code, country_code, sub.name, name_ru, sub.type))
    return sorted(result, key=lambda s: s.name_ru or s.name_original)
