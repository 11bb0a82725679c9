"""The layout of an office's own register: where its header is and which rows hold records.

Real registers are not tidy tables: a merged title block, a header of two rows with merged
group cells («Иностранный партнёр» over «Страна» and «Регион»), a row of column numbers
1…13 under it, section rows between records («КИТАЙСКАЯ НАРОДНАЯ РЕСПУБЛИКА»), a total row
(«Итого: 52») with footnotes below it, and a cell merged down over a group of rows (our
municipality over its twin cities). This module finds all that in a grid of cell values, so
the importer sees one header per column and the rows that are records, and can say which
rows it skipped and why. Plain Python over lists: no file format, no database.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

# A merged range as calamine gives it: ((first row, first column), (last row, last column)),
# 0-based and inclusive.
Merge = tuple[tuple[int, int], tuple[int, int]]

HEADER_SEARCH_ROWS = 30
GROUP_SEPARATOR = " / "
_TOTAL = re.compile(r"^\s*(итого|всего|total)\b", re.IGNORECASE)
_ROW_NUMBER_HEADER = re.compile(r"^\s*(№|n|no|#)\s*(п\s*/\s*п)?\.?\s*$|^\s*п\s*/\s*п\s*$", re.I)


class SkipReason(StrEnum):
    NUMBERS = "numbers"  # the row of column numbers under the header
    SECTION = "section"  # a heading between groups of records
    TOTAL = "total"  # «Итого: 52»
    FOOTNOTE = "footnote"  # below the last total row


@dataclass(frozen=True)
class HeaderCell:
    """One column's header: its own text and, for a two-row header, its group's."""

    column: str
    group: str = ""

    @property
    def text(self) -> str:
        return f"{self.group}{GROUP_SEPARATOR}{self.column}" if self.group else self.column


@dataclass(frozen=True)
class SkippedRow:
    row: int  # 0-based index in the grid
    reason: SkipReason
    text: str  # what the row says, for the preview («КИТАЙСКАЯ НАРОДНАЯ РЕСПУБЛИКА»)


@dataclass
class SheetLayout:
    header_rows: tuple[int, ...]  # 0-based indices of the header's rows
    headers: list[HeaderCell]
    records: list[int] = field(default_factory=list)  # 0-based indices of the record rows
    skipped: list[SkippedRow] = field(default_factory=list)
    # the section a record row stands under (its text), for values the rows leave out
    sections: dict[int, str] = field(default_factory=dict)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def carry_merged(grid: Sequence[Sequence[Any]], merges: Sequence[Merge]) -> list[list[Any]]:
    """A copy of the grid with each merged range's value in every cell it covers: a group
    header over its columns, our municipality down its group of rows."""
    width = max([len(row) for row in grid] + [last[1] + 1 for _, last in merges] + [0])
    filled = [list(row) + [""] * (width - len(row)) for row in grid]
    for (top, left), (bottom, right) in merges:
        if top >= len(filled):
            continue
        value = filled[top][left]
        for r in range(top, min(bottom, len(filled) - 1) + 1):
            for c in range(left, right + 1):
                filled[r][c] = value
    return filled


def is_row_number_header(text: str) -> bool:
    """«№», «№ п/п», «N», «п/п»: the running-number column, which holds no field."""
    return bool(_ROW_NUMBER_HEADER.match(text))


def _header_cells(grid: list[list[Any]], top: int | None, bottom: int) -> list[HeaderCell]:
    cells = []
    for c, value in enumerate(grid[bottom]):
        column = _text(value)
        group = _text(grid[top][c]) if top is not None else ""
        if group == column or not column:  # merged down over both rows, or a lone group
            column, group = column or group, ""
        cells.append(HeaderCell(column, group))
    return cells


def find_header(
    grid: list[list[Any]], known: Callable[[HeaderCell], bool]
) -> tuple[tuple[int, ...], list[HeaderCell]] | None:
    """The header's rows and cells: the row (or pair of rows) where most cells are headers
    the importer knows; None when no row has two. A pair wins a tie when its upper row holds
    groups (several different texts), not a title merged across the sheet."""
    best: tuple[tuple[int, int], tuple[int, ...], list[HeaderCell]] | None = None
    for r in range(min(HEADER_SEARCH_ROWS, len(grid))):
        candidates: list[tuple[tuple[int, ...], list[HeaderCell], int]] = [
            ((r,), _header_cells(grid, None, r), 0)
        ]
        if r > 0:
            grouped = len({_text(v) for v in grid[r - 1]} - {""}) >= 2
            candidates.append(((r - 1, r), _header_cells(grid, r - 1, r), int(grouped)))
        for rows, cells, bonus in candidates:
            score = (sum(1 for cell in cells if cell.column and known(cell)), bonus)
            if score[0] >= 2 and (best is None or score > best[0]):
                best = (score, rows, cells)
    return (best[1], best[2]) if best else None


def _is_number_row(values: list[Any]) -> bool:
    numbers = []
    for value in values:
        text = _text(value)
        if not text:
            continue
        if not text.isdigit():
            return False
        numbers.append(int(text))
    return len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _is_section(values: list[Any]) -> bool:
    distinct = {_text(v) for v in values} - {""}
    if len(distinct) != 1:
        return False
    only = next(iter(distinct))
    return not any(isinstance(v, int | float | date) for v in values if _text(v) == only) and (
        not only.replace(".", "").isdigit()
    )


def read_layout(
    grid: Sequence[Sequence[Any]],
    merges: Sequence[Merge],
    known: Callable[[HeaderCell], bool],
) -> SheetLayout | None:
    """Header, record rows and skipped rows of one sheet; None when it has no header."""
    filled = carry_merged(grid, merges)
    found = find_header(filled, known)
    if found is None:
        return None
    header_rows, headers = found
    layout = SheetLayout(header_rows, headers)
    body = range(header_rows[-1] + 1, len(filled))
    totals = [r for r in body if any(_TOTAL.match(_text(v)) for v in filled[r][:3])]
    last_total = totals[-1] if totals else None
    section = ""
    for r in body:
        values = filled[r]
        text = "; ".join(dict.fromkeys(t for t in map(_text, values) if t))
        if not text:
            continue
        if last_total is not None and r > last_total:
            layout.skipped.append(SkippedRow(r, SkipReason.FOOTNOTE, text))
        elif r in totals:
            layout.skipped.append(SkippedRow(r, SkipReason.TOTAL, text))
        elif _is_number_row(values):
            layout.skipped.append(SkippedRow(r, SkipReason.NUMBERS, text))
        elif _is_section(values) and len(headers) >= 3:
            section = text
            layout.skipped.append(SkippedRow(r, SkipReason.SECTION, text))
        else:
            layout.records.append(r)
            if section:
                layout.sections[r] = section
    return layout
