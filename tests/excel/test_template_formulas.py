"""A template's own formulas survive the filling as Excel would leave them after inserting
the rows: references below the repeated row move down, ranges over it grow with it, and a
formula in the repeated row is copied to every row (as a formula, moved per row). Merged
cells in a repeated row repeat with it; hostile templates are refused with one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from desktop.excel.template import fill_template
from desktop.excel.untrusted import EntityDeclarationError, SheetTooLargeError
from desktop.services.reports import build_report
from tests.excel.conftest import END, START
from tests.excel.hostile import inline, sheet_xml, workbook

ROWS = 5  # agreements in force in the known registry: four rows are inserted under row 4


def _template(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма 1"
    ws["B1"] = "=A6"  # above the repeated row, pointing below it
    ws["C1"] = "=SUM($C$4:$C$4)"
    ws["A4"] = "{{#agreements_in_force}}{{n}}"
    ws["B4"] = "{{title}}"
    ws["C4"] = "=LEN(B4)"  # the template's own formula in the repeated row
    ws["D4"] = "=C4*$A$6"  # mixes its own row with an absolute reference below
    ws["E4"] = "{{country}}"
    ws.merge_cells("E4:F4")  # a merged cell in the repeated row
    ws["A6"] = "=COUNTA(B4:B4)"
    ws["A7"] = "=SUM(C4:C4)*2"
    ws["A8"] = "=A6+A7"
    ws["B8"] = "=B4"  # the first record's row stays the first record's row
    choice = DataValidation(type="list", formula1='"да,нет"')
    choice.add("G4")  # a drop-down in the repeated row
    below = DataValidation(type="whole")
    below.add("A6")
    ws.add_data_validation(choice)
    ws.add_data_validation(below)
    wb.defined_names["записи"] = DefinedName("записи", attr_text="'Форма 1'!$B$4:$B$4")
    other = wb.create_sheet("Итоги")
    other["A1"] = "='Форма 1'!A6"
    other["A2"] = "=A1"  # its own sheet: nothing moved there
    wb.save(path)
    return path


@pytest.fixture
def filled(known, tmp_path):
    out = fill_template(
        _template(tmp_path / "t.xlsx"), build_report(known, START, END), tmp_path / "o.xlsx"
    )
    return load_workbook(out)


def test_references_below_the_repeated_row_move_down(filled):
    ws = filled["Форма 1"]
    last = 4 + ROWS - 1
    assert ws["B1"].value == "=A10"
    assert ws["A10"].value == f"=COUNTA(B4:B{last})"
    assert ws["A11"].value == f"=SUM(C4:C{last})*2"
    assert ws["A12"].value == "=A10+A11"
    assert ws["B12"].value == "=B4"
    assert ws["C1"].value == f"=SUM($C$4:$C${last})"
    assert filled["Итоги"]["A1"].value == "='Форма 1'!A10"
    assert filled["Итоги"]["A2"].value == "=A1"
    assert filled.defined_names["записи"].attr_text == f"'Форма 1'!$B$4:$B${last}"


def test_formulas_in_the_repeated_row_stay_formulas_per_row(filled):
    ws = filled["Форма 1"]
    for row in range(4, 4 + ROWS):
        assert ws[f"C{row}"].data_type == "f"
        assert ws[f"C{row}"].value == f"=LEN(B{row})"
        assert ws[f"D{row}"].value == f"=C{row}*$A$10"
        assert ws[f"B{row}"].data_type == "s"  # the data stays text


def test_drop_downs_serve_every_repeated_row_and_move_below(filled):
    ranges = {str(v.sqref) for v in filled["Форма 1"].data_validations.dataValidation}
    assert ranges == {f"G4:G{4 + ROWS - 1}", "A10"}


def test_merged_cells_repeat_with_their_row(filled):
    ws = filled["Форма 1"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {f"E{row}:F{row}" for row in range(4, 4 + ROWS)} <= merged
    assert ws["E5"].value  # the country, in the merged cell of each row


def test_data_that_looks_like_a_formula_stays_text(known, tmp_path):
    report = build_report(known, START, END)
    report.table("agreements_in_force").rows[0]["title"] = '=HYPERLINK("http://x")'
    out = fill_template(_template(tmp_path / "t.xlsx"), report, tmp_path / "o.xlsx")
    cell = load_workbook(out)["Форма 1"]["B4"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_a_hostile_template_is_refused_in_one_line(known, tmp_path):
    report = build_report(known, START, END)
    far = workbook(
        tmp_path / "far.xlsx",
        sheet_xml(
            '<row r="1">' + inline("A1", "{{region}}") + "</row>"
            '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
        ),
    )
    with pytest.raises(SheetTooLargeError) as caught:
        fill_template(far, report, tmp_path / "o.xlsx")
    assert "\n" not in str(caught.value)
    laughs = workbook(
        tmp_path / "laughs.xlsx",
        sheet_xml(
            '<row r="1">' + inline("A1", "&lol;") + "</row>",
            prolog='<!DOCTYPE x [<!ENTITY lol "lol">]>',
        ),
    )
    with pytest.raises(EntityDeclarationError):
        fill_template(laughs, report, tmp_path / "o.xlsx")
    assert not (tmp_path / "o.xlsx").exists()


def test_a_password_protected_template_is_told_as_such(known, tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile

    from desktop.excel.untrusted import PasswordProtectedError

    plain = _template(tmp_path / "t.xlsx")
    locked = tmp_path / "locked.xlsx"
    with plain.open("rb") as source, locked.open("wb") as out:
        OOXMLFile(source).encrypt("secret", out)
    with pytest.raises(PasswordProtectedError, match="password"):
        fill_template(locked, build_report(known, START, END), tmp_path / "o.xlsx")
