"""Workbooks for the office to work through: the list of problems, and the rows that were
not imported, untouched, with what is wrong with each, to fix and import again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from .plan import ImportPlan, ImportProblem


def write_problems(problems: list[ImportProblem], path: Path | str, language: str = "ru") -> Path:
    """The error list as a workbook the office can work through."""
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from .files import safe_value, save_atomically, set_text_type

    workbook = Workbook()
    ws = workbook.active
    assert isinstance(ws, Worksheet)  # a new workbook's one sheet
    ws.title = translate(QT_TRANSLATE_NOOP("Domain", "Problems"), language)[:31]
    ws.append(
        [
            translate(text, language)
            for text in (
                QT_TRANSLATE_NOOP("Domain", "Sheet"),
                QT_TRANSLATE_NOOP("Domain", "Row"),
                QT_TRANSLATE_NOOP("Domain", "Column"),
                QT_TRANSLATE_NOOP("Domain", "Value"),
                QT_TRANSLATE_NOOP("Domain", "What is wrong"),
            )
        ]
    )
    for problem in problems:
        params = {k: translate(v, language) for k, v in problem.params}
        ws.append(
            [
                problem.sheet,
                problem.row,
                problem.column,
                None if problem.value is None else str(problem.value),
                translate(problem.message, language).format(**params),
            ]
        )
    for row in ws.iter_rows():
        for cell in row:
            cell.value = safe_value(cell.value)
            set_text_type(cell)
    for letter, width in zip("ABCDE", (16, 8, 24, 30, 70), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    return save_atomically(workbook, path)


def bad_rows_path(source: Path) -> Path:
    """Beside the source: «register.xlsx» -> «register_rows_to_fix.xlsx»."""
    return source.with_name(f"{source.stem}_rows_to_fix.xlsx")


def write_bad_rows(plan: ImportPlan, path: Path | str, language: str = "ru") -> Path:
    """The rows with problems as they were in the file, under the file's header, with a
    column listing every problem of the row."""
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from .files import safe_value, save_atomically, set_text_type

    by_row: dict[int, list[str]] = {}
    for problem in plan.problems:
        if problem.row is not None:
            by_row.setdefault(int(problem.row), []).append(
                (f"{problem.column}: " if problem.column else "") + problem.what(language)
            )
    workbook = Workbook()
    ws = workbook.active
    assert isinstance(ws, Worksheet)  # a new workbook's one sheet
    ws.title = (plan.sheet or "Sheet")[:31]
    problems_header = translate(QT_TRANSLATE_NOOP("Domain", "Problems"), language)
    ws.append([problems_header, translate(QT_TRANSLATE_NOOP("Domain", "Row"), language)])
    for index, text in enumerate(plan.headers, start=3):
        ws.cell(1, index, text)
    for number in sorted(plan.bad_rows):
        cells: list[Any] = plan.bad_rows[number]
        ws.append(["\n".join(by_row.get(number, [])), number, *cells])
    for row in ws.iter_rows():
        for cell in row:
            cell.value = safe_value(cell.value)
            set_text_type(cell)
    ws.column_dimensions["A"].width = 60
    ws.freeze_panes = "C2"
    return save_atomically(workbook, path)
