"""The spreadsheet columns of a registry, from its entity description: how each value is
written to a cell and read back from one (an export, our own template, or an office's sheet).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..domain.countries import find_country, known_countries
from ..domain.fields import Child, Entity, Field, Kind
from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.partial_dates import NoYearError, PartialDate, parse_partial_date
from ..domain.validation import parse_date

ID_HEADER = "ID"
CHILD_SEPARATOR = " | "
_REF_WITH_ID = re.compile(r"^(.*?)\s*\[#(\d+)\]\s*$")
_TRUE = {"да", "yes", "true", "1", "x", "✓", "+", "истина"}
_FALSE = {"нет", "no", "false", "0", "", "-", "ложь"}


class CellError(ValueError):
    """A value that cannot be read; the message is translatable English text."""

    def __init__(self, message: str, **params: str) -> None:
        self.message, self.params = message, params
        super().__init__(message.format(**params))


def read_partial_date(value: Any) -> PartialDate | None:
    """A cell of a date known to the day, month or year: a date cell, «08.12.1999»,
    «07.2016», «июль 2016», «2012 г.»; CellError saying what to write otherwise."""
    try:
        return parse_partial_date(value)
    except NoYearError:
        raise CellError(
            QT_TRANSLATE_NOOP("Domain", "No year in it: write 2012, 07.2016 or 08.12.1999")
        ) from None
    except (ValueError, TypeError):
        raise CellError(
            QT_TRANSLATE_NOOP("Domain", "Not a date: write 2012, 07.2016 or 08.12.1999")
        ) from None


def normalise_header(text: Any) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip().rstrip("*:").strip().casefold()


@dataclass(frozen=True)
class SheetColumn:
    key: str  # "id", a field name, "<field>__id" for a reference's id, or a child list name
    field: Field | None
    child: Child | None
    label: str  # English source text

    @property
    def is_ref_id(self) -> bool:
        return self.key.endswith("__id")


def sheet_columns(entity: Entity) -> list[SheetColumn]:
    columns = [SheetColumn("id", None, None, ID_HEADER)]
    for field in entity.fields:
        columns.append(SheetColumn(field.name, field, None, field.label))
        if field.kind is Kind.REF:
            columns.append(SheetColumn(f"{field.name}__id", field, None, f"{field.label} (ID)"))
    columns += [SheetColumn(child.name, None, child, child.label) for child in entity.children]
    return columns


def header(column: SheetColumn, language: str) -> str:
    if column.is_ref_id:
        return f"{translate(column.field.label, language)} (ID)"  # type: ignore[union-attr]
    return translate(column.label, language)


class Codec:
    """Writes and reads values of one language; knows countries and reference titles."""

    def __init__(self, language: str, titles: dict[str, dict[int, str]]) -> None:
        self.language = language
        self.titles = titles  # entity name -> id -> title
        self._choice_codes: dict[str, dict[str, str]] = {}  # list -> spelling -> code
        names = known_countries()
        self.country_names = {c.code: c.name_ru if language == "ru" else c.name_en for c in names}

    def t(self, text: str) -> str:
        return translate(text, self.language)

    # -- writing -------------------------------------------------------------------------

    def write(self, field: Field, value: Any) -> Any:
        if value is None or value == "":
            return None
        kind = field.kind
        if kind in (Kind.CHOICE, Kind.STATUS) and field.choices:
            return self.t(field.choices.label(value))
        if kind is Kind.MULTI_CHOICE and field.choices:
            return ", ".join(self.t(field.choices.label(code)) for code in value.split(","))
        if kind is Kind.BOOL:
            return self.t(
                QT_TRANSLATE_NOOP("Domain", "yes") if value else QT_TRANSLATE_NOOP("Domain", "no")
            )
        if kind is Kind.COUNTRY:
            return self.country_names.get(value, value)
        if kind is Kind.REF:
            return self.titles.get(field.ref or "", {}).get(value, f"#{value}")
        if isinstance(value, PartialDate):
            return value.cell_value()  # a day as a date cell, «07.2016» and «2012» as text
        return value

    def write_child(self, child: Child, rows: list[dict[str, Any]]) -> str | None:
        lines = []
        for row in rows:
            parts = []
            for field in child.fields:
                value = row.get(field.name)
                if field.kind is Kind.REF and value is not None:
                    parts.append(f"{self.write(field, value)} [#{value}]")
                elif isinstance(value, date):
                    parts.append(value.strftime("%d.%m.%Y"))
                elif isinstance(value, PartialDate):
                    parts.append(value.text())
                else:
                    parts.append(str(self.write(field, value) or ""))
            lines.append(CHILD_SEPARATOR.join(parts).rstrip(" |"))
        return "\n".join(lines) or None

    # -- reading -------------------------------------------------------------------------

    def _choice(self, field: Field, text: str) -> str:
        assert field.choices is not None
        # by list, not by field name: a plan item's «status» is not a history step's
        codes = self._choice_codes.get(field.choices.name)
        if codes is None:  # every spelling of every value, built once per list
            codes = {}
            for code, label in field.choices.items:
                for spelling in (code, label, translate(label, "ru")):
                    codes.setdefault(spelling.casefold(), code)
            self._choice_codes[field.choices.name] = codes
        found = codes.get(text.strip().casefold())
        if found is not None:
            return found
        raise CellError(
            QT_TRANSLATE_NOOP("Domain", "Not one of the allowed values: {allowed}"),
            allowed=", ".join(self.t(label) for _, label in field.choices.items),
        )

    def read(self, field: Field, value: Any) -> Any:
        """The Python value of a cell for ``field``; CellError when it cannot be one."""
        if isinstance(value, str):
            value = value.strip()
        if value is None or value == "":
            return False if field.kind is Kind.BOOL else None
        kind = field.kind
        if kind is Kind.DATE:
            try:
                return parse_date(value)
            except (ValueError, TypeError):
                raise CellError(
                    QT_TRANSLATE_NOOP(
                        "Domain", "Not a date: use a date cell, dd.mm.yyyy or yyyy-mm-dd"
                    )
                ) from None
        if kind is Kind.PARTIAL_DATE:
            return read_partial_date(value)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, datetime | date):
            value = value.strftime("%d.%m.%Y")
        text = str(value)
        if kind is Kind.BOOL:
            if text.casefold() in _TRUE:
                return True
            if text.casefold() in _FALSE:
                return False
            raise CellError(QT_TRANSLATE_NOOP("Domain", "Write yes or no"))
        if kind in (Kind.CHOICE, Kind.STATUS):
            return self._choice(field, text)
        if kind is Kind.MULTI_CHOICE:
            return [self._choice(field, part) for part in re.split(r"[,;\n]", text) if part.strip()]
        if kind is Kind.COUNTRY:
            code = find_country(text)
            if code is None:
                raise CellError(
                    QT_TRANSLATE_NOOP("Domain", "Unknown country: write its name or ISO code")
                )
            return code
        return text

    def read_ref(
        self,
        field: Field,
        name: Any,
        record_id: Any,
        by_title: dict[str, list[int]],
        known_ids: set[int],
    ) -> int | None:
        """A reference by its id column, else by the name of the record."""
        if record_id not in (None, ""):
            try:
                number = int(float(record_id))
            except (TypeError, ValueError):
                raise CellError(QT_TRANSLATE_NOOP("Domain", "Not an id number")) from None
            if number not in known_ids:
                raise CellError(
                    QT_TRANSLATE_NOOP("Domain", "No record with id {id}"), id=str(number)
                )
            return number
        if name in (None, ""):
            return None
        text = str(name).strip()
        found = _REF_WITH_ID.match(text)
        if found:
            return self.read_ref(field, None, found.group(2), by_title, known_ids)
        matches = by_title.get(text.casefold(), [])
        if not matches:
            raise CellError(QT_TRANSLATE_NOOP("Domain", 'No record named "{name}"'), name=text)
        if len(matches) > 1:
            raise CellError(
                QT_TRANSLATE_NOOP("Domain", 'Several records are named "{name}": give the id'),
                name=text,
            )
        return matches[0]
