"""Filling a ministry's own workbook written in a small placeholder language
(``excel/placeholders.py``: values, optional text, filtered repeats and counts).

A cell holding exactly one placeholder gets the value with its type (a date stays a date);
a placeholder inside other text is replaced by the value as text. Everything else in the
workbook - styles, merged cells, column widths, defined names, print setup - is kept, and what
stands below a repeated row moves down with its merged cells and row heights. A repeated row's
height follows its wrapped text in the template's own font. An unknown name is an error that
names the sheet and cell.
"""

from __future__ import annotations

import copy
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, cast

from openpyxl import load_workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.cell_range import MultiCellRange
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.report_rows import Report, ReportTable
from .files import (
    LINE_HEIGHT,
    ExcelFileError,
    check_target,
    safe_value,
    save_atomically,
    set_text_type,
    wrapped_lines,
)
from .formulas import copied_formula, is_formula, shift_formula, shift_reference
from .isolated import run_isolated
from .placeholders import (
    PLACEHOLDER,
    blank,
    filter_problem,
    placeholders,
    selected,
    substitute,
)
from .untrusted import check_workbook

DEFAULT_FONT_SIZE = 11  # points: the font LINE_HEIGHT and column widths are measured in
# Fonts that fit more letters in a column than the default one at the same size (measured in
# LibreOffice: 10 pt Times New Roman sets about 1.4 Cyrillic letters per width unit where
# the estimate for 11 pt Calibri allows 0.85): rows sized for the default font came out
# twice as tall as their text. Kept below the measure: a row a little too tall is
# better than a line cut off.
NARROWER = {"times new roman": 1.3, "liberation serif": 1.3, "pt astra serif": 1.3}
DATE_FORMAT = "DD.MM.YYYY"


class TemplateError(ExcelFileError):
    message = QT_TRANSLATE_NOOP("Domain", 'Template {path}, sheet "{sheet}", cell {cell}: {detail}')

    def __init__(self, path: Path | str, sheet: str, cell: str, detail: str) -> None:
        self.sheet, self.cell = sheet, cell
        super().__init__(path, detail)

    def params(self) -> dict[str, str]:
        return {**super().params(), "sheet": self.sheet, "cell": self.cell}


class NotAWorkbookError(ExcelFileError):
    message = QT_TRANSLATE_NOOP(
        "Domain", "{path} is not an Excel workbook (.xlsx). Save it as .xlsx and try again."
    )


@dataclass
class _RepeatRow:
    row: int
    table: ReportTable
    records: list[dict[str, Any]]  # the table's records its filters select
    cells: list[tuple[int, Any, Any]]  # column, template value, the cell's style source
    merged: list[tuple[int, int]]  # merged cells within the row: first and last column


def _put(cell: Cell, value: Any) -> None:
    general = cell.number_format == "General"  # asked before openpyxl sets its yyyy-mm-dd
    cell.value = safe_value(value)
    set_text_type(cell)
    if isinstance(value, date) and general:
        cell.number_format = DATE_FORMAT


class TemplateFiller:
    def __init__(self, path: Path | str, report: Report) -> None:
        self.path = Path(path)
        self.report = report
        self.tables = {t.key: t for t in report.tables}
        self.scalars = report.values()
        try:
            self.workbook = load_workbook(self.path)
        except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise NotAWorkbookError(self.path, str(exc)) from exc

    def _error(self, ws: Worksheet, cell: Cell, detail: str) -> TemplateError:
        return TemplateError(self.path, ws.title, cell.coordinate, detail)

    def _scan(self, ws: Worksheet) -> list[_RepeatRow]:
        """Find the repeating rows and check every placeholder before anything is filled."""
        repeats: list[_RepeatRow] = []
        for row in ws.iter_rows():
            found = [(c, p) for c in row if isinstance(c.value, str) for p in placeholders(c.value)]
            markers = [(c, p) for c, p in found if p.repeat]
            if len(markers) > 1:
                raise self._error(ws, markers[1][0], "two tables repeat in one row")
            table = None
            if markers:
                marked, marker = markers[0]
                if marker.name not in self.tables:
                    raise self._error(
                        ws,
                        marked,
                        f"unknown table {{{{#{marker.name}}}}}; known: " + ", ".join(self.tables),
                    )
                table = self.tables[marker.name]
                if problem := filter_problem(table, marker.filters):
                    raise self._error(ws, marked, problem)
            known = set(self.scalars)
            if table is not None:
                known |= table.field_names | {"n"}
            for cell, placeholder in found:
                if placeholder.repeat:
                    continue
                counted = placeholder.counted_table
                if placeholder.filters and counted in self.tables:
                    if problem := filter_problem(self.tables[counted], placeholder.filters):
                        raise self._error(ws, cell, problem)
                elif placeholder.filters:
                    raise self._error(ws, cell, f"only a table's count takes filters: {cell.value}")
                elif placeholder.name not in known:
                    raise self._error(ws, cell, f"unknown placeholder {{{{{placeholder.name}}}}}")
            if table is not None:
                number = cast(int, row[0].row)  # a cell of a sheet always has its row
                merged = [
                    (r.min_col, r.max_col)
                    for r in ws.merged_cells.ranges
                    if r.min_row == r.max_row == number
                ]
                repeats.append(
                    _RepeatRow(
                        number,
                        table,
                        selected(table, markers[0][1].filters),
                        [(cast(int, c.column), c.value, c) for c in row],
                        merged,
                    )
                )
        return repeats

    def _fill_scalars(self, ws: Worksheet, skip_rows: set[int]) -> None:
        for row in ws.iter_rows():
            if row[0].row in skip_rows:
                continue
            for cell in row:
                if isinstance(cell.value, str) and PLACEHOLDER.search(cell.value):
                    _put(cell, substitute(cell.value, self.scalars, self.tables))

    def _make_room(self, ws: Worksheet, row: int, extra: int) -> None:
        """Insert ``extra`` rows after ``row``, carrying merged cells, row heights and the
        print area below it along (openpyxl's insert_rows moves only the cells)."""
        heights = {r: d.height for r, d in ws.row_dimensions.items() if r > row and d.height}
        ws.insert_rows(row + 1, extra)
        for sheet in self.workbook.worksheets:  # formulas elsewhere may point here too
            for cell in list(sheet._cells.values()):
                if is_formula(cell):
                    cell.value = shift_formula(str(cell.value), ws.title, sheet is ws, row, extra)
        for merged in ws.merged_cells.ranges:
            if merged.min_row > row:
                merged.shift(0, extra)
        for r in heights:
            ws.row_dimensions[r].height = None
        for r, height in heights.items():
            ws.row_dimensions[r + extra].height = height
        for validation in ws.data_validations.dataValidation:
            # a drop-down list of the repeated row serves every row it became
            validation.sqref = MultiCellRange(
                [
                    shift_reference(
                        f"{r.coord}:{r.coord}" if ":" not in r.coord else r.coord,
                        ws.title,
                        True,
                        row,
                        extra,
                    )
                    for r in validation.sqref.ranges
                ]
            )
        if ws.print_area:
            ws.print_area = [
                shift_reference(area.split("!")[-1], ws.title, True, row, extra)
                for area in ws.print_area.split(",")
            ]
        for name in list(self.workbook.defined_names.values()) + list(ws.defined_names.values()):
            if name.attr_text:
                moved = shift_formula("=" + name.attr_text, ws.title, False, row, extra)
                name.attr_text = moved[1:]

    def _fill_repeat(self, ws: Worksheet, repeat: _RepeatRow, offset: int) -> int:
        row = repeat.row + offset
        records = repeat.records
        if len(records) > 1:
            self._make_room(ws, row, len(records) - 1)
        template_height = ws.row_dimensions[row].height
        # wrapped lines are counted in each cell's own font: a 10 pt form fits more letters
        # in a column, in lower lines, than the 11 pt the widths are measured in
        sizes = {
            column: float(source.font.sz or DEFAULT_FONT_SIZE) for column, _, source in repeat.cells
        }
        widths = {
            column: (ws.column_dimensions[get_column_letter(column)].width or 13)
            * DEFAULT_FONT_SIZE
            / sizes[column]
            * NARROWER.get(str(source.font.name or "").casefold(), 1.0)
            for column, _, source in repeat.cells
        }
        # the template's own formulas, as the insertion above left them in the first row
        formulas = {
            column: ws.cell(row=row, column=column).value
            for column, _, source in repeat.cells
            if is_formula(source)
        }
        covered = {column for first, last in repeat.merged for column in range(first + 1, last + 1)}
        for index, record in enumerate(records or [{}]):
            values = {
                **self.scalars,
                **{key: None for key in repeat.table.field_names},
                **record,
                "n": index + 1,  # numbered within what the filters selected
            }
            for column, template, source in repeat.cells:
                if column in covered or isinstance(source, MergedCell):
                    continue  # under a merged cell: nothing to write
                cell = cast(Cell, ws.cell(row=row + index, column=column))  # not merged: skipped
                if index:
                    # openpyxl's own way to copy a style (its stubs leave out the attribute)
                    cast(Any, cell)._style = copy.copy(source._style)
                if column in formulas:
                    letter = get_column_letter(column)
                    cell.value = copied_formula(
                        str(formulas[column]), f"{letter}{row}", f"{letter}{row + index}"
                    )
                    continue
                _put(
                    cell, substitute(template, values, self.tables) if records else blank(template)
                )
            if index:
                for first, last in repeat.merged:
                    ws.merge_cells(
                        start_row=row + index,
                        start_column=first,
                        end_row=row + index,
                        end_column=last,
                    )
            # Spreadsheet programs do not grow rows for wrapped text when they open a file.
            text_height = max(
                (
                    wrapped_lines(ws.cell(row=row + index, column=c).value, w)
                    * LINE_HEIGHT
                    * sizes[c]
                    / DEFAULT_FONT_SIZE
                    for c, w in widths.items()
                ),
                default=LINE_HEIGHT,
            )
            height = max(template_height or 0, text_height)
            if height > LINE_HEIGHT or template_height:
                ws.row_dimensions[row + index].height = height
        return max(len(records) - 1, 0)

    def fill(self) -> None:
        for ws in self.workbook.worksheets:
            repeats = self._scan(ws)
            self._fill_scalars(ws, {r.row for r in repeats})
            offset = 0
            for repeat in sorted(repeats, key=lambda r: r.row):
                offset += self._fill_repeat(ws, repeat, offset)

    def save(self, out: Path | str) -> Path:
        return save_atomically(self.workbook, out)


def _fill(template: Path, report: Report, out: Path) -> Path:
    filler = TemplateFiller(template, report)
    filler.fill()
    return filler.save(out)


def fill_template(template: Path | str, report: Report, out: Path | str) -> Path:
    """Fill ``template`` into ``out``. The template comes from outside: it is checked for
    size and entities first, then filled in a child process (excel/untrusted.py)."""
    check_target(out)
    check_workbook(template)
    return run_isolated(_fill, Path(template), report, Path(out))
