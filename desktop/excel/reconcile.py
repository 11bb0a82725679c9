"""Names in an office's sheet matched to records of the registry: a partner region written
«Хэйлунцзян», «Могилевская» or «АРВМ», a party «Администрация Амурской области». What is not
found is, at the user's word, created (``--create-missing``), matched to a record the user
picks, or left in the notes; each choice is remembered for the registry
(``services/reconciliation.py``), so next year's file asks nothing."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..domain.countries import NewCountry, find_country, fold_name, known_countries, subdivisions

COUNTRIES = "countries"  # what the import's names of countries are reconciled under
NOTES_CHOICE = "notes"  # a remembered choice: no record, the text goes to the notes
CREATE_CHOICE = "create"  # a choice: create this one (whether or not --create-missing)
PENDING_BASE = 1 << 50  # ids of records still to be created stand above every real one

# The kind words a region's name is written with or without: «провинция Хэйлунцзян» is
# «Хэйлунцзян»; their case forms too («области», «провинции»).
_KIND_PREFIXES = tuple(
    fold_name(w)
    for w in (
        "провинц", "област", "аймак", "штат", "префектур", "республик", "автономн", "район",
        "уезд", "округ", "муниципальн", "образовани", "графств", "province", "prefecture",
        "oblast", "region",
    )
)  # fmt: skip
_KIND_WORDS = frozenset(
    fold_name(w) for w in ("г", "обл", "край", "края", "краю", "город", "города", "state", "city")
)
_ENDINGS = tuple(fold_name(e) for e in (
    "ская", "ской", "скую", "ский", "ского", "ском", "ая", "ой", "ый", "ий", "ого", "ую",
    "ии", "ия", "ие", "ей", "и", "а", "ы", "е", "у", "я", "ь",
))  # fmt: skip
# Abbreviations that no fuzzy match finds (FIELD-NOTES): folded -> the name they stand for
ABBREVIATIONS = {
    "арвм": "внутренняя монголия",
    "вмар": "внутренняя монголия",
    "суар": "синьцзян-уйгурский",
    "гчар": "гуанси-чжуанский",
    "нхар": "нинся-хуэйский",
}
Fold = Callable[[str], str]
_PARTY_SPLIT = re.compile(r"[\n;]+")
# the words a regional government's name has around its region's: «Народное правительство
# провинции Цзилинь», «Могилевский облисполком», «Администрация Энской области»
_GOVERNMENT = tuple(
    fold_name(w)
    for w in (
        "правительств", "администрац", "народн", "облисполком", "исполнительн", "комитет",
        "исполком", "губернатор", "мэри", "акимат", "хокимият", "government", "people",
        "administration",
    )
)  # fmt: skip
_COUNTRY_PARTS = re.compile(r"[,;/\n()\[\]«»\"]+")
_CODE_LIKE = re.compile(r"^[A-Za-z]{1,3}$")
_DASHES = {"-", "—", "–", "―"}
_LIST_MARK = re.compile(r"^(?:\d{1,2}[.)]|[а-яa-z]\)|[-•–—*·])\s*", re.IGNORECASE)


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def fold_place(text: str, stem: bool = True) -> str:
    """A region's name with case, ё/е, word order, case endings and the kind word folded:
    «Могилевская область» = «Могилёвская» = «области Могилёвской». A city's (``stem``
    False) keeps its endings: «Могилёв» is not «Могилёвская область»."""
    folded = fold_name(str(text))
    folded = ABBREVIATIONS.get(folded, folded)
    words = [
        w
        for w in folded.replace("-", " ").split()
        if w not in _KIND_WORDS and not w.startswith(_KIND_PREFIXES)
    ]
    return " ".join(sorted(_stem(w) if stem else w for w in words)) or folded


def fold_city(text: str) -> str:
    return fold_place(text, stem=False)


def split_parties(text: Any) -> list[str]:
    """Free-text parties, one per line or separated by «;»; a «—» (no party named) is none."""
    parts = [" ".join(p.split()).strip(" ,.") for p in _PARTY_SPLIT.split(str(text or ""))]
    parts = [p if p in _DASHES else _LIST_MARK.sub("", p) for p in parts]  # «1) …», «• …»
    return [p for p in parts if p and p not in _DASHES]


def country_of(text: str) -> str | None:
    """The country a cell names, also with words around it: «Китай (КНР)», «г. Пекин, КНР»,
    «КНР (провинция Хэйлунцзян)»; None when no part of it is a country, or its parts name
    two («Китай, Казахстан»)."""
    whole = find_country(text)
    if whole is not None:
        return whole
    codes = {find_country(part) for part in _COUNTRY_PARTS.split(text) if part.strip()}
    codes.discard(None)
    return codes.pop() if len(codes) == 1 else None


def place_and_country(text: str) -> tuple[str, str | None]:
    """A partner written with its country — «Харбин (КНР)», «г. Пекин, Китай» — as the
    place and the country's code; the text and None when it names no country so."""
    bracketed = re.match(r"^(.+?)\s*\(([^()]+)\)\s*$", text)
    head, sep, tail = text.rpartition(",")
    for place, country in ((bracketed.groups() if bracketed else ("", "")), (head, tail)):
        code = find_country(country.strip()) if place.strip() and country.strip() else None
        if code is not None:
            return " ".join(place.split()), code
    return text, None


def new_country_name(text: str) -> str | None:
    """The name a country of the office's own is added under for a cell that names no
    country: the text without its parentheses («Абхазия (Республика Абхазия)»), the last of
    its comma parts («г. Сухум, Абхазия»); None for what is no country's name: a code-like
    «ZZ», a number, a part naming a known country («Китай, Абхазия»)."""
    parts = [p.strip() for p in _COUNTRY_PARTS.split(text) if p.strip()]
    if any(find_country(part) for part in parts):
        return None
    outside = re.sub(r"\([^)]*\)", " ", text)
    name = " ".join(outside.split(",")[-1].split()).strip(' .;«»"')
    letters = sum(ch.isalpha() for ch in name)
    if letters < 3 or any(ch.isdigit() for ch in name) or _CODE_LIKE.match(name) or len(name) > 60:
        return None
    return name


class PendingRef(int):
    """The id of a record the import will create: an int, so the row validates as it will
    be written; replaced by the real id just before."""

    registry: str
    name: str
    values: dict[str, Any]  # the record to create (shared with its Missing)

    def __new__(cls, number: int, registry: str, name: str) -> PendingRef:
        made = int.__new__(cls, PENDING_BASE + number)
        made.registry, made.name, made.values = registry, name, {}
        return made


@dataclass
class Missing:
    """A record to create: what the rows say of it, and which rows name it."""

    registry: str
    name: str
    values: dict[str, Any]
    ref: PendingRef | NewCountry  # what the rows hold until it exists
    rows: list[int] = field(default_factory=list)


@dataclass
class Unresolved:
    """A name found nowhere (nor created): once per distinct value, with the rows."""

    registry: str
    name: str
    rows: list[int] = field(default_factory=list)
    suggestions: list[tuple[Any, str]] = field(default_factory=list)  # (id or code, title)


@dataclass
class Found:
    value: Any  # an id, a PendingRef, a country's code, or None (in the notes / not found)
    to_notes: bool = False  # the text belongs in the notes (a remembered choice)
    unresolved: bool = False


class Resolver:
    """Names of one registry's records -> ids, for one import."""

    def __init__(
        self,
        titles: Mapping[str, Mapping[int, str]],
        create_missing: bool,
        choices: Mapping[str, Mapping[str, Any]] | None = None,
        free_codes: list[str] | tuple[str, ...] = (),
    ) -> None:
        self.titles, self.create_missing = titles, create_missing
        self.free_codes = list(free_codes)  # for countries of the office's own: XA–XZ
        self.choices = choices or {}
        self.missing: dict[tuple[str, str], Missing] = {}
        self.unresolved: dict[tuple[str, str], Unresolved] = {}
        self._indexes: dict[tuple[str, Fold], dict[str, list[int]]] = {}

    def _index(self, registry: str, fold: Fold) -> dict[str, list[int]]:
        index = self._indexes.get((registry, fold))
        if index is None:
            index = {}
            for record_id, title in (self.titles.get(registry) or {}).items():
                index.setdefault(fold(title), []).append(record_id)
            self._indexes[(registry, fold)] = index
        return index

    def find(
        self,
        registry: str,
        text: str,
        row: int,
        values: dict[str, Any],
        fold: Fold = fold_name,
    ) -> Found:
        """The record ``text`` names: a remembered choice, an exact (folded) title, a title
        equal under ``fold`` (a region's kind word and endings: ``fold_place``), a record to
        create, or unresolved (listed once with suggestions)."""
        known = self.existing(registry, text, fold)
        if known is not None:
            return known
        key = fold_name(text)
        remembered = (self.choices.get(registry) or {}).get(key)
        pending = self.missing.get((registry, fold(text)))
        if pending is None and (self.create_missing or remembered == CREATE_CHOICE):
            ref = PendingRef(len(self.missing), registry, text)
            pending = Missing(registry, text, ref.values, ref)
            self.missing[(registry, fold(text))] = pending
        if pending is not None:
            pending.rows.append(row)
            for name, value in values.items():  # what a later row adds (its country)
                if pending.values.get(name) in (None, ""):
                    pending.values[name] = value
            return Found(pending.ref)
        unresolved = self.unresolved.get((registry, key))
        if unresolved is None:
            unresolved = Unresolved(registry, text, suggestions=self._suggest(registry, text))
            self.unresolved[(registry, key)] = unresolved
        unresolved.rows.append(row)
        return Found(None, unresolved=True)

    def existing(self, registry: str, text: str, fold: Fold = fold_name) -> Found | None:
        """What ``text`` names in the registry, or a remembered choice; None if neither."""
        key = fold_name(text)
        remembered = (self.choices.get(registry) or {}).get(key)
        if remembered == NOTES_CHOICE:
            return Found(None, to_notes=True)
        if isinstance(remembered, int) and remembered in (self.titles.get(registry) or {}):
            return Found(remembered)
        ids = self._index(registry, fold_name).get(key) or self._index(registry, fold).get(
            fold(text), []
        )
        return Found(ids[0]) if len(set(ids)) == 1 else None

    def region_named(self, text: str, own: Any = None) -> Any:
        """The region a party's name is the government of — «провинция Хэйлунцзян»,
        «Народное правительство провинции Цзилинь», «Могилевский облисполком»: the row's
        own region (``own``, a record's id or one to create), a region of the registry, or
        one this import creates; None when the name is no region's."""
        words = [w for w in text.split() if not fold_name(w).startswith(_GOVERNMENT)]
        if not words or len(words) == len(text.split()) and len(words) > 3:
            return None
        key = fold_place(" ".join(words))
        if own is not None:
            titles = self.titles.get("regions") or {}
            title = own.name if isinstance(own, PendingRef) else titles.get(own)
            if title and fold_place(title) == key:
                return own
        ids = set(self._index("regions", fold_place).get(key, []))
        if len(ids) == 1:
            return ids.pop()
        pending = self.missing.get(("regions", key))
        return pending.ref if pending is not None else None

    def country(self, text: str, row: int) -> Found:
        """The country a cell names: a remembered choice, a country with words around it
        («Китай (КНР)»), a country of the office's own to add (XA–XZ, when asked to
        create), or unresolved."""
        key = fold_name(text)
        remembered = (self.choices.get(COUNTRIES) or {}).get(key)
        if remembered == NOTES_CHOICE:
            return Found(None, to_notes=True)
        if isinstance(remembered, str) and remembered != CREATE_CHOICE:
            code = find_country(remembered)
            if code is not None:
                return Found(code)
        code = country_of(text)
        if code is not None:
            return Found(code)
        name = new_country_name(text)
        pending = self.missing.get((COUNTRIES, fold_name(name))) if name else None
        wanted = self.create_missing or remembered == CREATE_CHOICE
        made = sum(1 for registry, _ in self.missing if registry == COUNTRIES)
        if name and pending is None and wanted and made < len(self.free_codes):
            ref = NewCountry(self.free_codes[made], name)
            pending = Missing(COUNTRIES, name, {"name_ru": name}, ref)
            self.missing[(COUNTRIES, fold_name(name))] = pending
        if pending is not None:
            pending.rows.append(row)
            return Found(pending.ref)
        unresolved = self.unresolved.get((COUNTRIES, key))
        if unresolved is None:
            names = {c.code: c.name_ru for c in known_countries()}
            by_fold = {fold_name(n): code for code, n in names.items()}
            # a misspelling («Казахстн»), not a likeness («Абхазия» is not «Албания»)
            close = difflib.get_close_matches(key, list(by_fold), 3, 0.8)
            suggestions = [(by_fold[c], names[by_fold[c]]) for c in close]
            unresolved = Unresolved(COUNTRIES, text, suggestions=suggestions)
            self.unresolved[(COUNTRIES, key)] = unresolved
        unresolved.rows.append(row)
        return Found(None, unresolved=True)

    def _suggest(self, registry: str, text: str) -> list[tuple[Any, str]]:
        titles = self.titles.get(registry) or {}
        by_fold = {fold_place(t): i for i, t in titles.items()}
        close = difflib.get_close_matches(fold_place(text), list(by_fold), 3, 0.5)
        return [(by_fold[c], titles[by_fold[c]]) for c in close]


@cache
def _curated(country: str) -> dict[str, list[tuple[str, str, str]]]:
    """Folded name, and fold_place(name) -> [(Russian name, ISO 3166-2 code, original
    name)] of a country's regions in the curated and pycountry lists."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for sub in subdivisions(country):
        if sub.name_ru:
            entry = (sub.name_ru, sub.code, sub.name_original)
            for key in {fold_name(sub.name_ru), fold_place(sub.name_ru)}:
                found.setdefault(key, []).append(entry)
    return found


def region_values(name: str, country: str | None, city: bool = False) -> dict[str, Any]:
    """A region to create for ``name``: its curated Russian name and ISO code when the
    country's list has it («Хэйлунцзян» -> «провинция Хэйлунцзян», CN-HL); a ``city`` (a
    twin city) is not its province («Могилёв» is not «Могилёвская область»)."""
    values: dict[str, Any] = {"name_ru": name, "country_code": country}
    if city:
        values["kind"] = "city"
    elif country:
        known = _curated(country)
        curated = known.get(fold_name(name)) or known.get(fold_place(name)) or []
        if len(curated) == 1:  # «Минская» is the oblast or the city: neither is guessed
            name_ru, code, original = curated[0]
            values.update(name_ru=name_ru, iso_code=code, name_original=original)
    folded = fold_name(values["name_ru"])
    for stem, kind in _REGION_KINDS:
        if kind not in values and (folded.startswith(stem) or f" {stem}" in f" {folded}"):
            values["kind"] = kind
    return values


_REGION_KINDS = tuple(
    (fold_name(stem), kind)
    for stem, kind in (
        ("г ", "city"), ("город", "city"), ("автономн", "autonomous_region"),
        ("област", "oblast"), ("провинц", "province"), ("штат", "state"),
    )
)  # fmt: skip
