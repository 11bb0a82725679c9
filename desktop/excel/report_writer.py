"""The built-in layout of the ministry report: one sheet per table, each with a title block,
one frozen header row, an autofilter, fitted columns, wrapped text and print setup.

Written with XlsxWriter in its constant-memory mode: rows go to disk as they are written, and
a styled cell costs less than an unstyled one does in openpyxl's write-only mode (measured:
half the time), which matters for a 100,000-row twins sheet. openpyxl stays the library for
everything that reads or edits a workbook (templates, import, export).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.report_rows import Column, Report, ReportTable
from .files import LINE_HEIGHT, check_target, safe_value, wrapped_lines, write_atomically

DATE_FORMAT = "DD.MM.YYYY"
TITLE_ROWS = 5  # region, title, period, compiled, blank
HEADER_ROW = TITLE_ROWS + 1  # 1-based, as a spreadsheet shows it
MAX_WIDTH = 45
A4 = 9  # XlsxWriter's paper code
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

_BORDER = {"border": 1, "border_color": "#999999"}
STYLES: dict[str, dict[str, Any]] = {
    "title": {"bold": True, "font_size": 14},
    "subtitle": {"bold": True, "font_size": 12},
    "meta": {"italic": True, "font_color": "#444444"},
    "header": {
        **_BORDER,
        "bold": True,
        "bg_color": "#DDE4EE",
        "text_wrap": True,
        "valign": "vcenter",
        "align": "center",
    },
    "text": {**_BORDER, "text_wrap": True, "valign": "top"},
    "date": {**_BORDER, "num_format": DATE_FORMAT, "valign": "top", "align": "center"},
    "int": {**_BORDER, "num_format": "0", "valign": "top", "align": "right"},
    "total": {**_BORDER, "bold": True, "valign": "top"},
}


class _Cancelled(Exception):
    pass


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


def _write(ws: Worksheet, row: int, column: int, value: Any, style: Format) -> None:
    """One cell by the type of its value; text is always written as text ('=1+1' included)."""
    if value is None or value == "":
        ws.write_blank(row, column, None, style)
    elif type(value) is str:  # most cells: checked first
        ws.write_string(row, column, safe_value(value), style)
    elif isinstance(value, bool):
        ws.write_boolean(row, column, value, style)
    elif isinstance(value, int | float):
        ws.write_number(row, column, value, style)
    elif isinstance(value, datetime | date):
        ws.write_datetime(row, column, safe_value(value), style)
    else:
        ws.write_string(row, column, safe_value(str(value)), style)


class ReportWriter:
    def __init__(self, report: Report, language: str) -> None:
        self.report, self.language = report, language
        self.styles: dict[str, Format] = {}

    def t(self, text: str) -> str:
        return translate(text, self.language)

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
        lines = [(region, "title"), (table.title, "subtitle"), (period, "meta"), (compiled, "meta")]
        for row, (text, style) in enumerate(lines):
            ws.write_string(row, 0, text, self.styles[style])

    @staticmethod
    def _page_setup(ws: Worksheet) -> None:
        ws.freeze_panes(HEADER_ROW, 0)
        ws.repeat_rows(HEADER_ROW - 1)
        ws.set_landscape()
        ws.set_paper(A4)
        ws.fit_to_pages(1, 0)  # one page wide, as many pages down as it takes
        ws.center_horizontally()
        ws.set_margins(left=0.4, right=0.4)

    def write_sheet(
        self, workbook: xlsxwriter.Workbook, table: ReportTable, taken: set[str]
    ) -> None:
        ws = workbook.add_worksheet(sheet_name(table.sheet, taken))
        widths = [_width(column, table.rows) for column in table.columns]
        for index, width in enumerate(widths):
            ws.set_column(index, index, width)
        self._page_setup(ws)
        self._title_block(ws, table)

        # Row heights are set here: spreadsheet programs do not grow rows for wrapped text
        # on their own when they open a file.
        header = HEADER_ROW - 1  # 0-based from here on
        ws.set_row(
            header,
            LINE_HEIGHT
            * max(wrapped_lines(c.label, w) for c, w in zip(table.columns, widths, strict=True)),
        )
        for index, column in enumerate(table.columns):
            ws.write_string(header, index, column.label, self.styles["header"])
        styles = [
            self.styles["int" if c.kind == "int" else "date" if c.kind == "date" else "text"]
            for c in table.columns
        ]
        keys = [c.key for c in table.columns]
        cells = list(enumerate(zip(keys, styles, strict=True)))
        # only text wraps: dates and numbers never make a row taller
        fitting = [
            (c.key, w) for c, w in zip(table.columns, widths, strict=True) if c.kind == "text"
        ]
        row = header
        for row, values in enumerate(table.rows, header + 1):
            lines = max((wrapped_lines(values.get(k), w) for k, w in fitting), default=1)
            if lines > 1:
                ws.set_row(row, LINE_HEIGHT * lines)
            for index, (key, style) in cells:
                _write(ws, row, index, values.get(key), style)
        ws.autofilter(header, 0, max(row, header + 1), len(table.columns) - 1)
        if not table.rows:
            row += 1
            ws.write_string(row, 0, self.t(QT_TRANSLATE_NOOP("Domain", "No records")))
        if table.totals:
            row += 1
            for index, key in enumerate(keys):
                _write(ws, row, index, table.totals.get(key), self.styles["total"])

    def _write_file(
        self,
        path: str,
        cancelled: Callable[[], bool],
        progress: Callable[[int, int], None],
    ) -> None:
        workbook = xlsxwriter.Workbook(
            path,
            {
                "constant_memory": True,
                # nothing from the database is ever read as a formula, number or link
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
            },
        )
        self.styles = {name: workbook.add_format(spec) for name, spec in STYLES.items()}
        taken: set[str] = set()
        tables = [t for t in self.report.tables if t.in_workbook]
        total = len(tables)
        try:
            for done, table in enumerate(tables):
                if cancelled():
                    raise _Cancelled
                progress(done, total)
                self.write_sheet(workbook, table, taken)
        finally:
            try:
                workbook.close()  # also on cancel: it removes its temporary row files
            except FileCreateError as exc:  # not an OSError: say it as one (full disk, …)
                raise OSError(str(exc.__cause__ or exc)) from exc
        progress(total, total)

    def write(
        self,
        path: Path | str,
        cancelled: Callable[[], bool] = lambda: False,
        progress: Callable[[int, int], None] = lambda done, total: None,
    ) -> Path | None:
        check_target(path)
        try:
            return write_atomically(
                path, lambda temporary: self._write_file(temporary, cancelled, progress)
            )
        except _Cancelled:
            return None


def write_report(
    report: Report, path: Path | str, language: str = "ru", **kwargs: Any
) -> Path | None:
    return ReportWriter(report, language).write(path, **kwargs)
