"""The layout of the built-in report forms (resources/templates/build_forms.py writes them
with it): a sheet per table with the region, the form's title and its act over the columns, a
header row and a row of column numbers repeated on every printed page, one repeated row of
placeholders, a total and the officer and date below; or a summary sheet of indicators.
Times New Roman, borders, A4 landscape fitted to the page width."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.header_footer import HeaderFooterItem
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

FONT = "Times New Roman"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TOP_LEFT = Alignment(wrap_text=True, vertical="top", horizontal="left")
CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")
SIGNATURE = ("{{officer|Исполнитель: {}}}", "Дата составления: {{compiled_on}}")


@dataclass
class Column:
    header: str
    width: float
    value: str  # the repeated row's cell: placeholders
    centred: bool = False


@dataclass
class TableSheet:
    name: str
    title: str  # under the region's name, bold
    subtitle: str  # the act, the period
    repeat: str  # {{#table filters}}
    columns: list[Column]
    total: str | None = None  # a line under the table: «Всего: {{…_count …}}»


@dataclass
class SummarySheet:
    name: str
    title: str
    subtitle: str
    lines: list[tuple[str, str]]  # indicator, value (a count placeholder)
    notes: list[str] = field(default_factory=list)


def _font(size: float = 11, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=FONT, size=size, bold=bold, italic=italic)


def _title_block(ws: Worksheet, width: int, title: str, subtitle: str) -> int:
    """Region, title, subtitle merged over the table's width; returns the next free row."""
    last = get_column_letter(width)
    for row, (text, font, height) in enumerate(
        (
            ("{{our_region}}", _font(12, bold=True), 18),
            (title, _font(12, bold=True), 36),
            (subtitle, _font(10, italic=True), 28),
        ),
        start=1,
    ):
        ws.merge_cells(f"A{row}:{last}{row}")
        cell = ws.cell(row=row, column=1, value=text)
        cell.font, cell.alignment = font, CENTRE
        ws.row_dimensions[row].height = height
    return 5  # a blank row under the subtitle


def _page_setup(ws: Worksheet, header_rows: str | None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as it takes
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    footer = cast(HeaderFooterItem, ws.oddFooter)  # a new sheet always has one
    footer.center.text = "&P / &N"
    footer.center.font = FONT
    if header_rows:
        ws.print_title_rows = header_rows


def _signature(ws: Worksheet, row: int) -> None:
    for offset, text in enumerate(SIGNATURE):
        cell = ws.cell(row=row + offset, column=2, value=text)
        cell.font = _font(11)


def table_sheet(wb: Workbook, spec: TableSheet) -> None:
    ws = wb.create_sheet(spec.name)
    width = len(spec.columns)
    header = _title_block(ws, width, spec.title, spec.subtitle) + 1
    for index, column in enumerate(spec.columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
        top = ws.cell(row=header, column=index, value=column.header)
        number = ws.cell(row=header + 1, column=index, value=index)
        value = column.value if index > 1 else spec.repeat + column.value
        body = ws.cell(row=header + 2, column=index, value=value)
        top.font, top.alignment, top.border = _font(10, bold=True), CENTRE, BOX
        number.font, number.alignment, number.border = _font(9), CENTRE, BOX
        body.font, body.border = _font(10), BOX
        body.alignment = CENTRE if column.centred else TOP_LEFT
    longest = max(len(c.header) / max(c.width - 1, 1) for c in spec.columns)
    ws.row_dimensions[header].height = max(28, 13 * (int(longest) + 1))
    below = header + 3
    if spec.total:
        ws.cell(row=below, column=2, value=spec.total).font = _font(10, bold=True)
        below += 1
    _signature(ws, below + 1)
    ws.freeze_panes = ws.cell(row=header + 2, column=1)
    _page_setup(ws, f"{header}:{header + 1}")


def summary_sheet(wb: Workbook, spec: SummarySheet) -> None:
    ws = wb.create_sheet(spec.name)
    widths = (6, 90, 16)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    row = _title_block(ws, len(widths), spec.title, spec.subtitle) + 1
    for index, text in enumerate(("№", "Показатель", "Значение"), start=1):
        cell = ws.cell(row=row, column=index, value=text)
        cell.font, cell.alignment, cell.border = _font(10, bold=True), CENTRE, BOX
    for number, (indicator, value) in enumerate(spec.lines, start=1):
        row += 1
        cells = [
            ws.cell(row=row, column=1, value=number),
            ws.cell(row=row, column=2, value=indicator),
            ws.cell(row=row, column=3, value=value),
        ]
        for cell in cells:
            cell.font, cell.border = _font(11), BOX
        cells[0].alignment, cells[2].alignment = CENTRE, CENTRE
        cells[1].alignment = TOP_LEFT
        ws.row_dimensions[row].height = 15 * (1 + len(indicator) // 120)
    row += 1
    for note in spec.notes:
        row += 1
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(widths))
        cell = ws.cell(row=row, column=1, value=note)
        cell.font, cell.alignment = _font(10, italic=True), TOP_LEFT
        ws.row_dimensions[row].height = 15 * (1 + len(note) // 120)
    _signature(ws, row + 2)
    _page_setup(ws, None)
