"""Dates as offices' sheets hold them beyond what ``domain.partial_dates`` reads: an Excel
serial number (a date cell formatted as a number, or typed as text: 42075 is 12.03.2015),
«12/03/2015», a date with its time written as text, «с 12.03.2015», and a quarter
(«III квартал 2016», «1 кв. 2016 г.»), which no precision holds: it is read as its year,
and the importer keeps the text in the notes with a warning."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1.1.1900 (Excel's 1900 leap-year bug included)
# serial numbers of 1950-2099: far from any year written as a number (1992, 2012)
_SERIALS = range((date(1950, 1, 1) - EXCEL_EPOCH).days, (date(2100, 1, 1) - EXCEL_EPOCH).days)
_QUARTER = re.compile(
    r"^(?P<quarter>IV|I{1,3}|[1-4])\s*(?:-?(?:й|ый|ой))?\s*(?:квартал[а-я]*|кв\.?)\s*"
    r"(?P<year>\d{4})\s*(?:г\.?|года?)?$",
    re.IGNORECASE,
)
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_WITH_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
_FROM = re.compile(r"^(с|со|from)\s+", re.IGNORECASE)


def office_date(value: Any) -> tuple[Any, bool]:
    """A cell's value as the date reader takes it, and whether it was a quarter (read as
    its year: the caller says so and keeps the text)."""
    if isinstance(value, bool) or value is None:
        return value, False
    if isinstance(value, datetime | date):
        return value, False
    if isinstance(value, int | float):
        return (_serial(value) or value), False
    text = " ".join(str(value).split()).strip()
    if text.isdigit() and int(text) in _SERIALS:
        return _serial(int(text)), False
    quarter = _QUARTER.match(text)
    if quarter:
        return quarter.group("year"), True
    slashed = _SLASHED.match(text)
    if slashed:
        return f"{slashed.group(1)}.{slashed.group(2)}.{slashed.group(3)}", False
    timed = _WITH_TIME.match(text)
    if timed:
        return timed.group(1), False
    return _FROM.sub("", text), False


def _serial(number: float) -> date | None:
    if float(number).is_integer() and int(number) in _SERIALS:
        return EXCEL_EPOCH + timedelta(days=int(number))
    return None
