"""The template language: what a placeholder in a cell asks for, and what it becomes.

    {{name}}                        a value of the report (region, period_to, …) or, in a
                                    repeated row, a field of the row's record
    {{name|text {} text}}           the value set in text that disappears with it when the
                                    value is empty: {{reg_number|№ {}}}, {{reg_date|от {}}}
    {{#table key=value …}}          the row repeats for the table's records that match
    {{table_count key=value …}}     how many of the table's records match

A filter compares the record's stored code when it has one (``direction=incoming`` looks at
``direction_code``), else the value as shown, and the groups the record is in under that key
(``country=adjacent`` looks at ``country_groups``, ``our_party=municipality`` at
``our_party_groups``); ``key=a,b`` matches either; case and ё/е do not matter. Several
filters must all match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..domain.report_rows import ReportTable

PLACEHOLDER = re.compile(
    r"\{\{\s*(?P<repeat>#?)(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"(?P<filters>(?:\s+[A-Za-z_][A-Za-z0-9_]*=[^\s|{}]+)*)"
    r"\s*(?:\|(?P<around>[^{}]*\{\}[^{}]*))?\}\}"
)
COUNT_SUFFIX = "_count"

Filters = tuple[tuple[str, frozenset[str]], ...]


def fold(value: Any) -> str:
    return str(value).casefold().replace("ё", "е")


@dataclass(frozen=True)
class Placeholder:
    repeat: bool
    name: str
    filters: Filters
    around: str | None  # the text around the value, with {} where the value goes

    @classmethod
    def of(cls, match: re.Match[str]) -> Placeholder:
        filters = tuple(
            (key, frozenset(fold(v) for v in values.split(",")))
            for key, values in (part.split("=", 1) for part in match.group("filters").split())
        )
        return cls(bool(match.group("repeat")), match.group("name"), filters, match.group("around"))

    @property
    def counted_table(self) -> str | None:
        """The table a ``<table>_count`` placeholder counts, else None."""
        if self.name.endswith(COUNT_SUFFIX):
            return self.name[: -len(COUNT_SUFFIX)]
        return None


def placeholders(text: str) -> list[Placeholder]:
    return [Placeholder.of(match) for match in PLACEHOLDER.finditer(text)]


def matches(record: dict[str, Any], filters: Filters) -> bool:
    for key, wanted in filters:
        value = record.get(f"{key}_code", record.get(key))
        if value is not None and fold(value) in wanted:
            continue
        if not any(fold(group) in wanted for group in record.get(f"{key}_groups", ())):
            return False
    return True


def selected(table: ReportTable, filters: Filters) -> list[dict[str, Any]]:
    return [record for record in table.rows if matches(record, filters)] if filters else table.rows


def filter_problem(table: ReportTable, filters: Filters) -> str | None:
    """Why these filters cannot apply to the table (an unknown key), or None."""
    keys = table.field_names | {k for record in table.rows for k in record}
    for key, _ in filters:
        if not {key, f"{key}_code", f"{key}_groups"} & keys:
            return f"table {table.key} has no field «{key}» to filter on"
    return None


def as_text(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.strftime("%d.%m.%Y")
    return "" if value is None else str(value)


def value_of(placeholder: Placeholder, values: dict[str, Any], tables: dict[str, Any]) -> Any:
    """What one (checked) placeholder becomes, with its type unless it sits in text."""
    counted = placeholder.counted_table
    if placeholder.filters and counted in tables:
        value: Any = len(selected(tables[counted], placeholder.filters))
    else:
        value = values[placeholder.name]
    if placeholder.around is None:
        return value
    text = as_text(value)
    return placeholder.around.replace("{}", text) if text else ""


def substitute(template: Any, values: dict[str, Any], tables: dict[str, ReportTable]) -> Any:
    """A cell's text with its placeholders replaced (the repeat marker removed); a cell that
    is exactly one placeholder gets the value with its type (a date stays a date)."""
    if not isinstance(template, str):
        return template
    template = PLACEHOLDER.sub(lambda m: "" if m.group("repeat") else m.group(0), template)
    whole = PLACEHOLDER.fullmatch(template.strip())
    if whole:
        return value_of(Placeholder.of(whole), values, tables)
    return PLACEHOLDER.sub(lambda m: as_text(value_of(Placeholder.of(m), values, tables)), template)


def blank(template: Any) -> Any:
    """A repeated row's cell when no record matches: its placeholders removed."""
    return PLACEHOLDER.sub("", template) if isinstance(template, str) else template
