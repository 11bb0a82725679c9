from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.workbook.defined_name import DefinedName

from desktop.excel.template import NotAWorkbookError, TemplateError, fill_template
from desktop.services.reports import build_report
from tests.excel.conftest import END, START

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "templates" / "ministry_example.xlsx"


def make_template(path: Path, row_cells: list[str], extra: dict[str, str] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма 1"
    ws["A1"] = "Отчёт: {{region}} за период {{period_from}} – {{period_to}}"
    ws["A2"] = "{{period_to}}"
    ws["A2"].number_format = "DD.MM.YYYY"
    for column, text in enumerate(row_cells, 1):
        ws.cell(row=4, column=column, value=text)
    ws["B4"].font = Font(bold=True)
    ws["A6"] = "Итого: {{agreements_in_force_count}}"
    ws.merge_cells("A6:C6")
    ws.row_dimensions[6].height = 30
    ws["A8"] = "Исполнитель {{officer}}"
    ws.column_dimensions["B"].width = 44
    wb.defined_names["total"] = DefinedName("total", attr_text="'Форма 1'!$A$6")
    ws.print_area = "A1:D8"
    for cell, text in (extra or {}).items():
        ws[cell] = text
    wb.save(path)
    return path


def test_repeated_rows_and_what_stands_below_them(known, tmp_path):
    template = make_template(
        tmp_path / "t.xlsx",
        ["{{#agreements_in_force}}{{n}}", "{{title}}", "{{signed_on}}", "{{country}} / {{kind}}"],
    )
    report = build_report(known, START, END)
    out = fill_template(template, report, tmp_path / "out.xlsx")
    wb = load_workbook(out)
    ws = wb["Форма 1"]
    assert ws["A1"].value == "Отчёт: Энская область за период 01.01.2024 – 31.12.2024"
    assert ws["A2"].value == datetime(2024, 12, 31)  # a whole placeholder keeps its type
    rows = report.table("agreements_in_force").rows
    assert len(rows) == 5
    for index, row in enumerate(rows):
        assert ws.cell(4 + index, 1).value == index + 1
        assert ws.cell(4 + index, 2).value == row["title"]
        assert ws.cell(4 + index, 2).font.bold  # the repeated row's style is copied
        assert ws.cell(4 + index, 4).value == f"{row['country']} / {row['kind']}"
    assert isinstance(ws["C4"].value, datetime)
    # what stood below moved down by four rows, with its merge, height and names
    assert ws["A10"].value == "Итого: 5"
    assert "A10:C10" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.row_dimensions[10].height == 30
    assert ws["A12"].value == "Исполнитель Иванова М. С."
    assert wb.defined_names["total"].attr_text == "'Форма 1'!$A$10"
    assert ws.print_area == "'Форма 1'!$A$1:$D$12"
    assert ws.column_dimensions["B"].width == 44


def test_an_empty_table_leaves_a_blank_row(known, tmp_path):
    template = make_template(tmp_path / "t.xlsx", ["{{#agreements_in_force}}{{n}}", "{{title}}"])
    report = build_report(known, START, END)
    report.table("agreements_in_force").rows.clear()
    ws = load_workbook(fill_template(template, report, tmp_path / "o.xlsx"))["Форма 1"]
    assert ws["A4"].value in (None, "") and ws["B4"].value in (None, "")
    assert ws["A6"].value == "Итого: 0"


@pytest.mark.parametrize(
    "cells, where, what",
    [
        (["{{#agreements_in_force}}{{n}}", "{{nonsense}}"], "B4", "{{nonsense}}"),
        (["{{#no_such_table}}"], "A4", "no_such_table"),
        (["{{title}}"], "A4", "{{title}}"),  # a field outside a repeated row
    ],
)
def test_unknown_placeholders_name_the_cell(known, tmp_path, cells, where, what):
    template = make_template(tmp_path / "t.xlsx", cells)
    out = tmp_path / "out.xlsx"
    with pytest.raises(TemplateError) as caught:
        fill_template(template, build_report(known, START, END), out)
    assert caught.value.cell == where and caught.value.sheet == "Форма 1"
    assert what in caught.value.text()
    assert not out.exists()


def test_a_file_that_is_not_a_workbook(known, tmp_path):
    bad = tmp_path / "t.xlsx"
    bad.write_text("name;date\n")
    with pytest.raises(NotAWorkbookError):
        fill_template(bad, build_report(known, START, END), tmp_path / "o.xlsx")


def test_the_shipped_example_fills(known, tmp_path):
    out = fill_template(EXAMPLE, build_report(known, START, END), tmp_path / "o.xlsx")
    wb = load_workbook(out)
    agreements = wb["Соглашения"]
    assert agreements["B5"].value == "A в силе с 2023"
    assert agreements["A11"].value == "Всего: 5"  # 4 rows inserted under row 5
    assert wb.defined_names["Всего_соглашений"].attr_text == "'Соглашения'!$A$11"
    assert wb["Делегации"]["A8"].value == "Всего: 2"
