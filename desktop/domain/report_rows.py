"""The shape of a report: tables of typed rows (dates stay dates, counts stay ints) with
their columns. Built by ``services.reports`` from the registry, written by ``excel`` into a
workbook or a ministry's template; it imports nothing, so any format can read it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # already in the report's language
    kind: str = "text"  # text, date, int
    width: int = 14  # characters, a starting point for fitting


@dataclass
class ReportTable:
    key: str  # the name templates use: {{#agreements_in_force}}
    sheet: str  # short sheet name (at most 31 characters)
    title: str
    columns: list[Column]
    rows: list[dict[str, Any]]
    totals: dict[str, Any] | None = None
    # more fields of each row offered to templates, not columns of the built-in sheet
    fields: tuple[str, ...] = ()
    # False: a table for templates only (the built-in forms), not a sheet of the built-in
    # workbook
    in_workbook: bool = True

    @property
    def field_names(self) -> set[str]:
        """Every name a template's repeated row may use (empty rows included)."""
        return {c.key for c in self.columns} | set(self.fields)


@dataclass
class Report:
    scalars: dict[str, Any]
    tables: list[ReportTable] = field(default_factory=list)

    def values(self) -> dict[str, Any]:
        """The scalars, with each table's row count as ``<table>_count``."""
        return {**self.scalars, **{f"{t.key}_count": len(t.rows) for t in self.tables}}

    def table(self, key: str) -> ReportTable:
        return next(t for t in self.tables if t.key == key)
