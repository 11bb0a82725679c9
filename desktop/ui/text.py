"""Turning the core's values and messages into what the user reads, in their language."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from ..domain.fields import Field, Kind
from ..domain.i18n import DOMAIN
from ..domain.partial_dates import PartialDate
from ..domain.validation import Problem


def tr_domain(text: str) -> str:
    """Translate a label or message marked in the Qt-free core."""
    return QCoreApplication.translate(DOMAIN, text)


def problem_text(problem: Problem) -> str:
    params = {name: tr_domain(value) for name, value in problem.params}
    return tr_domain(problem.message).format(**params)


DATE_FORMAT = "dd.MM.yyyy"


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    return QLocale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


class _Bytes(QObject):
    """Bytes in words with their plural forms (a QObject: lupdate reads plurals from tr)."""

    def text(self, size: int) -> str:
        return self.tr("%n byte(s)", "", size)


def format_size(size: int) -> str:
    """A file's size as the interface language writes it: «6,4 МБ», "6.4 MB" (every place
    that shows a size uses this one)."""
    if size < 1024:  # Qt's own word for bytes takes no plural forms
        return _Bytes().text(size)
    unit = 1024 ** min((size.bit_length() - 1) // 10, 6)  # the unit Qt will write it in
    whole = size % unit == 0  # «100 МБ», not «100,0 МБ»
    return QLocale().formattedDataSize(
        size, 0 if whole else 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def display(field: Field, value: Any) -> str:
    """The text of one table cell."""
    if value is None or value == "":
        return ""
    kind = field.kind
    if kind in (Kind.CHOICE, Kind.STATUS) and field.choices is not None:
        return tr_domain(field.choices.label(value))
    if kind is Kind.MULTI_CHOICE and field.choices is not None:
        labels = (field.choices.label(code) for code in str(value).split(","))
        return ", ".join(tr_domain(label) for label in labels)
    if kind is Kind.DATE:
        return format_date(value)
    if kind is Kind.PARTIAL_DATE:  # «2012», «07.2016», «08.12.1999»; the raw cursor gives text
        return str(value if isinstance(value, PartialDate) else PartialDate.from_iso(str(value)))
    if kind is Kind.BOOL:
        return "✓" if value else ""
    return str(value)
