"""Dates as offices write them: to the day, the month or the year («08.12.1999», «июль 2016»,
«2012 г.»), and terms of agreements («5 лет», «2019-2022 годы», «до 2022 года», «бессрочно»,
«с автоматической пролонгацией на 5 лет»).

About half the agreements in real registers give only a year or a month; a date keeps the
precision it was written with, so a report counts it in the period it falls in and an export
writes it back as it came.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import Any


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class NoYearError(ValueError):
    """The text names a day or a month but no year («30 июня»): it cannot be placed."""


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or the year; ``start`` is its first day."""

    start: date
    precision: Precision = Precision.DAY

    @property
    def end(self) -> date:
        """Its last day: the day itself, the month's last day or 31 December."""
        if self.precision is Precision.DAY:
            return self.start
        if self.precision is Precision.MONTH:
            last = calendar.monthrange(self.start.year, self.start.month)[1]
            return self.start.replace(day=last)
        return date(self.start.year, 12, 31)

    def text(self) -> str:
        """As it is shown and exported: «08.12.1999», «07.2016», «2012»."""
        if self.precision is Precision.DAY:
            return self.start.strftime("%d.%m.%Y")
        if self.precision is Precision.MONTH:
            return self.start.strftime("%m.%Y")
        return str(self.start.year)

    def begun_by(self, day: date) -> bool:
        """Whether it has begun on ``day`` (a «2019» agreement is in force from 1.1.2019)."""
        return self.start <= day

    def within(self, first: date, last: date) -> bool:
        """Whether it falls in the period: a «2019» date is in the 2019 report."""
        return first <= self.start <= last

    def __str__(self) -> str:
        return self.text()

    def __eq__(self, other: object) -> bool:
        """Equal to the same partial date, and a day to that ``date`` (a field read back
        from the registry equals the date it was given)."""
        if isinstance(other, PartialDate):
            return (self.start, self.precision) == (other.start, other.precision)
        if isinstance(other, date) and not isinstance(other, datetime):
            return self.precision is Precision.DAY and self.start == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.start) if self.precision is Precision.DAY else hash(self.iso())

    @property
    def year(self) -> int:
        return self.start.year

    def iso(self) -> str:
        """As it is stored: ISO 8601 cut to its precision («2012», «2016-07», «1999-12-08»).
        Text of this form sorts in time order, a year before the dated days of that year."""
        if self.precision is Precision.DAY:
            return self.start.isoformat()
        if self.precision is Precision.MONTH:
            return self.start.isoformat()[:7]
        return f"{self.start.year:04d}"

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """The inverse of ``iso`` (ValueError for anything else)."""
        if len(text) == 4 and text.isdigit():
            return cls(date(int(text), 1, 1), Precision.YEAR)
        if len(text) == 7 and text[4] == "-":
            return cls(date(int(text[:4]), int(text[5:]), 1), Precision.MONTH)
        return cls(date.fromisoformat(text[:10]))

    def cell_value(self) -> date | str:
        """What a spreadsheet cell holds: a date cell for a day, the text «07.2016» or «2012»
        otherwise, so that any reader gets back the precision it was written with."""
        return self.start if self.precision is Precision.DAY else self.text()

    def add_years(self, years: int) -> PartialDate:
        start = self.start
        day = min(start.day, calendar.monthrange(start.year + years, start.month)[1])
        return PartialDate(start.replace(year=start.year + years, day=day), self.precision)


def date_bounds(value: Any) -> tuple[date, date] | None:
    """The first and last day a value may be (a date, or «2019»: 1.1 to 31.12.2019); None
    for anything that is not a date (a value still being typed)."""
    if isinstance(value, PartialDate):
        return value.start, value.end
    if isinstance(value, datetime):
        return value.date(), value.date()
    return (value, value) if isinstance(value, date) else None


_QUOTES = re.compile(r"[«»\"“”„'‘’]")
_SPACES = re.compile(r"\s+")
# «2012 г.», «2012 года», «1992 год», «2012г»
_YEAR_WORD = re.compile(r"\s*(?:г\.?|гг\.?|года?|годы)\s*$")
_NUMERIC = (
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$"), "dmy"),
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), "ymd"),
    (re.compile(r"^(\d{1,2})\.(\d{4})$"), "my"),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), "ym"),
    (re.compile(r"^(\d{4})$"), "y"),
)
_WORDS = re.compile(r"[^\W\d_]+")
# the words a written date may have: months in Russian and English, «г»
_DATE_WORD = re.compile(
    r"^(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|of|г|года?)"
)
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _clean(text: str) -> str:
    text = _SPACES.sub(" ", _QUOTES.sub("", text)).strip().rstrip(".,;")
    text = re.sub(r"^от\s+", "", text, flags=re.IGNORECASE)  # «от 13 июля 1995 г.»
    return _YEAR_WORD.sub("", text).strip()


@cache
def _text_parser() -> Any:
    """dateparser's Russian reader, loaded on first use (half a second, import only)."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["ru", "en"], settings={"PREFER_DAY_OF_MONTH": "first"})


def parse_partial_date(value: Any) -> PartialDate | None:
    """A date cell, or text in any form offices write; None for an empty value. The one
    reader of partial dates: the form's editor, validation and every workbook cell.

    ValueError when it is not a date, NoYearError when it has no year (dateparser would
    silently take the current one)."""
    if value is None or value == "":
        return None
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, datetime):
        return PartialDate(value.date())
    if isinstance(value, date):
        return PartialDate(value)
    if isinstance(value, int | float) and float(value).is_integer() and 1000 <= value <= 9999:
        return PartialDate(date(int(value), 1, 1), Precision.YEAR)
    text = _clean(str(value))
    if not text:
        return None
    for pattern, order in _NUMERIC:
        found = pattern.match(text)
        if found:
            parts = [int(p) for p in found.groups()]
            try:
                if order == "dmy":
                    return PartialDate(date(parts[2], parts[1], parts[0]))
                if order == "ymd":
                    return PartialDate(date(parts[0], parts[1], parts[2]))
                if order == "my":
                    return PartialDate(date(parts[1], parts[0], 1), Precision.MONTH)
                if order == "ym":
                    return PartialDate(date(parts[0], parts[1], 1), Precision.MONTH)
                return PartialDate(date(parts[0], 1, 1), Precision.YEAR)
            except ValueError:
                raise ValueError(value) from None
    if not any(ch.isalpha() for ch in text):
        raise ValueError(value)
    if any(not _DATE_WORD.match(word) for word in _WORDS.findall(text.casefold())):
        raise ValueError(value)  # dateparser skips words it does not know: «и 2016» is 2016
    parsed = _text_parser().get_date_data(text)
    if parsed.date_obj is None:
        raise ValueError(value)
    if not _FOUR_DIGITS.search(text):
        raise NoYearError(value)
    found_date = parsed.date_obj.date()
    known = parsed.period in {p.value for p in Precision}
    precision = Precision(parsed.period) if known else Precision.DAY
    if precision is Precision.MONTH:
        found_date = found_date.replace(day=1)
    elif precision is Precision.YEAR:
        found_date = date(found_date.year, 1, 1)
    return PartialDate(found_date, precision)


# -- terms -------------------------------------------------------------------------------

_NUMBER_WORDS = {
    "один": 1, "одного": 1, "два": 2, "двух": 2, "три": 3, "трех": 3, "четыре": 4,
    "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
    "десять": 10, "десяти": 10,
}  # fmt: skip
_NUMBER = r"(\d+|" + "|".join(_NUMBER_WORDS) + r")"
_OPEN_ENDED = re.compile(r"бессрочн|неопредел[её]нн|без ограничения срока|open.ended|indefinite")
_PROLONGATION = re.compile(
    r"(?:автоматическ\w*\s+)?(?:пролонгаци\w*|продлени\w*|продлева\w*)"
    r"(?:\s+(?:на|каждые|по)\s+(?:последующие\s+)?" + _NUMBER + r"?\s*(?:лет|год\w*))?"
)
_YEARS = re.compile(r"(?:на|сроком на|срок)?\s*" + _NUMBER + r"\s*(?:лет|год\w*)\b")
_RANGE = re.compile(r"(\d{4})\s*[-–—]\s*(\d{4})")
# what joins a term to its prolongation: «5 лет с последующей пролонгацией», «…, и …»
_CONNECTOR = re.compile(r"[\s,;]*(?:\bс(?:\s+последующ\w*)?|\bи)?[\s,;]*$")
_UNTIL = re.compile(r"(?:до|по)\s+(.+)$")


@dataclass(frozen=True)
class Term:
    """A term as written, with what follows from it."""

    text: str
    start: PartialDate | None = None
    end: PartialDate | None = None  # the last day of the first term, derived
    years: int | None = None
    open_ended: bool = False
    auto_prolongation: bool = False
    prolongation_years: int | None = None

    def current_end(self, day: date) -> date | None:
        """The end of the term running on ``day``: prolonged by its step while it is due."""
        if self.end is None:
            return None
        end = self.end.end
        if not self.auto_prolongation:
            return end
        step = self.prolongation_years or self.years or 1
        while end < day:
            end = _years_after(PartialDate(end + timedelta(days=1)), step).start
        return end


def _number(word: str | None) -> int | None:
    if word is None:
        return None
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


def _years_after(signed: PartialDate, years: int) -> PartialDate:
    """The last day of a term of ``years`` from signing: the day before the anniversary, or,
    for a signing known to the month or year only, that month or year ``years`` later (the
    latest the term can end: an agreement of «2012» for 5 years may still bind in 2017)."""
    later = signed.add_years(years)
    if signed.precision is Precision.DAY:
        return PartialDate(later.start - timedelta(days=1))
    return later


def parse_term(text: str, signed: PartialDate | None = None) -> Term:
    """What a term written in words says; ValueError when it says nothing we can read."""
    written = _SPACES.sub(" ", text).strip()
    lowered = written.casefold().replace("ё", "е")
    if _OPEN_ENDED.search(lowered):
        return Term(written, signed, open_ended=True)
    prolongation = _PROLONGATION.search(lowered)
    auto = prolongation is not None
    step = _number(prolongation.group(1)) if prolongation else None
    if prolongation and step is None and re.search(r"\bгод\b", prolongation.group(0)):
        step = 1  # «на год», «на один год»
    rest = lowered[: prolongation.start()] if prolongation else lowered
    rest = _CONNECTOR.sub("", rest).strip(" ,.;")
    span = _RANGE.search(rest)
    if span:
        first, last = int(span.group(1)), int(span.group(2))
        if last < first:
            raise ValueError(text)
        return Term(
            written,
            PartialDate(date(first, 1, 1), Precision.YEAR),
            PartialDate(date(last, 1, 1), Precision.YEAR),
            last - first + 1,
            auto_prolongation=auto,
            prolongation_years=step,
        )
    until = _UNTIL.search(rest)
    if until:
        end = parse_partial_date(until.group(1))
        return Term(written, signed, end, auto_prolongation=auto, prolongation_years=step)
    years_found = _YEARS.search(rest)
    if years_found:
        years = _number(years_found.group(1))
        end = _years_after(signed, years) if signed is not None and years else None
        return Term(written, signed, end, years, auto_prolongation=auto, prolongation_years=step)
    if auto and not rest:
        return Term(written, signed, auto_prolongation=True, prolongation_years=step)
    raise ValueError(text)
