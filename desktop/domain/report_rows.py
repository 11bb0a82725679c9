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


@dataclass
class Report:
    scalars: dict[str, Any]
    tables: list[ReportTable] = field(default_factory=list)

    def values(self) -> dict[str, Any]:
        """The scalars, with each table's row count as ``<table>_count``."""
        return {**self.scalars, **{f"{t.key}_count": len(t.rows) for t in self.tables}}

    def table(self, key: str) -> ReportTable:
        return next(t for t in self.tables if t.key == key)
