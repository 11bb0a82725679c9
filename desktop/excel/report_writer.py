"""The built-in layout of the ministry report: one sheet per table, each with a title block,
one frozen header row, an autofilter, fitted columns, wrapped text and print setup.

Written in openpyxl's write-only mode: memory stays flat however large the registry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..services.report_model import Column, Report, ReportTable
from .files import (
    LINE_HEIGHT,
    check_target,
    discard,
    safe_value,
    save_atomically,
    set_text_type,
    wrapped_lines,
)

DATE_FORMAT = "DD.MM.YYYY"
TITLE_ROWS = 5  # region, title, period, compiled, blank
HEADER_ROW = TITLE_ROWS + 1
MAX_WIDTH = 45
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

_thin = Side(style="thin", color="999999")
_border = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
STYLES = {
    "title": NamedStyle("r_title", font=Font(bold=True, size=14)),
    "subtitle": NamedStyle("r_subtitle", font=Font(bold=True, size=12)),
    "meta": NamedStyle("r_meta", font=Font(italic=True, color="444444")),
    "header": NamedStyle(
        "r_header",
        font=Font(bold=True),
        border=_border,
        fill=PatternFill("solid", fgColor="DDE4EE"),
        alignment=Alignment(wrap_text=True, vertical="center", horizontal="center"),
    ),
    "text": NamedStyle(
        "r_text", border=_border, alignment=Alignment(wrap_text=True, vertical="top")
    ),
    "date": NamedStyle(
        "r_date",
        border=_border,
        number_format=DATE_FORMAT,
        alignment=Alignment(vertical="top", horizontal="center"),
    ),
    "int": NamedStyle(
        "r_int",
        border=_border,
        number_format="0",
        alignment=Alignment(vertical="top", horizontal="right"),
    ),
    "total": NamedStyle(
        "r_total", font=Font(bold=True), border=_border, alignment=Alignment(vertical="top")
    ),
}


def sheet_name(name: str, taken: set[str]) -> str:
    base = _SHEET_FORBIDDEN.sub(" ", name).strip()[:31] or "Sheet"
    candidate, n = base, 2
    while candidate.lower() in taken:
        suffix = f" ({n})"
        candidate, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(candidate.lower())
    return candidate


def _width(column: Column, rows: list[dict[str, Any]]) -> float:
    """Wide enough for most values, but no wider than the column's design width: long text
    wraps instead, so the sheet still fits a landscape page."""
    # the longest word of the bold header must not break in the middle
    header_words = 1.2 * max((len(word) for word in column.label.split()), default=4)
    if column.kind == "date":
        return max(12, header_words + 2)
    longest = max((len(str(row.get(column.key) or "")) for row in rows), default=0)
    return max(6, header_words + 2, min(MAX_WIDTH, column.width, longest + 2))


class ReportWriter:
    def __init__(self, report: Report, language: str) -> None:
        self.report, self.language = report, language

    def t(self, text: str) -> str:
        return translate(text, self.language)

    def _cell(self, ws: Worksheet, value: Any, style: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=safe_value(value))
        cell.style = STYLES[style].name
        set_text_type(cell)
        return cell

    def _title_block(self, ws: Worksheet, table: ReportTable) -> None:
        scalars = self.report.scalars
        period = self.t(QT_TRANSLATE_NOOP("Domain", "Period: {start} – {end}")).format(
            start=scalars["period_from"].strftime("%d.%m.%Y"),
            end=scalars["period_to"].strftime("%d.%m.%Y"),
        )
        compiled = self.t(QT_TRANSLATE_NOOP("Domain", "Compiled on {date}")).format(
            date=scalars["compiled_on"].strftime("%d.%m.%Y")
        )
        if scalars.get("officer"):
            compiled += self.t(QT_TRANSLATE_NOOP("Domain", "; officer: {officer}")).format(
                officer=scalars["officer"]
            )
        region = scalars.get("region") or self.t(
            QT_TRANSLATE_NOOP("Domain", "(region name: set it in the settings)")
        )
        ws.append([self._cell(ws, region, "title")])
        ws.append([self._cell(ws, table.title, "subtitle")])
        ws.append([self._cell(ws, period, "meta")])
        ws.append([self._cell(ws, compiled, "meta")])
        ws.append([])

    def write_sheet(self, workbook: Workbook, table: ReportTable, taken: set[str]) -> None:
        ws = workbook.create_sheet(sheet_name(table.sheet, taken))
        last_column = get_column_letter(len(table.columns))
        widths = [_width(column, table.rows) for column in table.columns]
        for index, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = f"A{HEADER_ROW + 1}"
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.4

        self._title_block(ws, table)
        # Row heights are set here: spreadsheet programs do not grow rows for wrapped text
        # on their own when they open a file.
        ws.row_dimensions[HEADER_ROW].height = LINE_HEIGHT * max(
            wrapped_lines(c.label, w) for c, w in zip(table.columns, widths, strict=True)
        )
        ws.append([self._cell(ws, c.label, "header") for c in table.columns])
        styles = [
            "int" if c.kind == "int" else "date" if c.kind == "date" else "text"
            for c in table.columns
        ]
        for number, row in enumerate(table.rows, HEADER_ROW + 1):
            lines = max(
                wrapped_lines(row.get(c.key), w) for c, w in zip(table.columns, widths, strict=True)
            )
            if lines > 1:
                ws.row_dimensions[number].height = LINE_HEIGHT * lines
            ws.append(
                [
                    self._cell(ws, row.get(c.key), style)
                    for c, style in zip(table.columns, styles, strict=True)
                ]
            )
        last_row = HEADER_ROW + len(table.rows)
        ws.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{max(last_row, HEADER_ROW + 1)}"
        if not table.rows:
            ws.append([self._cell(ws, self.t(QT_TRANSLATE_NOOP("Domain", "No records")), "text")])
        if table.totals:
            ws.append([self._cell(ws, table.totals.get(c.key), "total") for c in table.columns])

    def write(
        self,
        path: Path | str,
        cancelled: Callable[[], bool] = lambda: False,
        progress: Callable[[int, int], None] = lambda done, total: None,
    ) -> Path | None:
        check_target(path)
        workbook = Workbook(write_only=True)
        for style in STYLES.values():
            workbook.add_named_style(style)
        taken: set[str] = set()
        total = len(self.report.tables)
        for done, table in enumerate(self.report.tables):
            if cancelled():
                discard(workbook)
                return None
            progress(done, total)
            self.write_sheet(workbook, table, taken)
        progress(total, total)
        return save_atomically(workbook, path)


def write_report(
    report: Report, path: Path | str, language: str = "ru", **kwargs: Any
) -> Path | None:
    return ReportWriter(report, language).write(path, **kwargs)
