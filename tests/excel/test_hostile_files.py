"""Hostile workbooks as imports and as report templates: each is refused with a one-line
reason naming the sheet and the limit, quickly and in little memory, before any reader
allocates what the file declares; a reader that dies anyway takes only its child process."""

from __future__ import annotations

import os
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.excel import isolated, untrusted
from desktop.excel.importer import read_import
from desktop.excel.isolated import ReaderStoppedError
from desktop.excel.untrusted import (
    DamagedWorkbookError,
    EntityDeclarationError,
    OldExcelFormatError,
    PackedTooLargeError,
    PasswordProtectedError,
    SheetTooLargeError,
    check_workbook,
)
from tests.excel.hostile import bomb_rows, inline, lie_about_size, sheet_xml, workbook

HEADER = '<row r="1">' + inline("A1", "Страна") + inline("B1", "Вид") + "</row>"


def _far_cell(tmp_path: Path, ref: str, row: int) -> Path:
    body = HEADER + f'<row r="{row}"><c r="{ref}"><v>1</v></c></row>'
    return workbook(tmp_path / f"{ref}.xlsx", sheet_xml(body))


def _refused_quickly(path: Path, error: type[Exception]) -> Exception:
    """The check refuses ``path`` within the issue's limits: 5 s and (far) under 500 MB."""
    started = time.monotonic()
    with pytest.raises(error) as caught:
        check_workbook(path)
    assert time.monotonic() - started < 5
    tracemalloc.start()  # measured apart: tracing slows every allocation down
    try:
        with pytest.raises(error):
            check_workbook(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50 << 20
    text = str(caught.value)
    assert "\n" not in text and str(path) in text
    return caught.value


@pytest.mark.parametrize(
    "ref, row, limit",
    [
        ("XFD1048576", 1048576, "500,000 rows"),  # calamine: 512 GiB, a Rust abort
        ("CV1048576", 1048576, "500,000 rows"),  # calamine: 4.2 GB
        ("XFD2", 2, "2,000 columns"),
        ("BEV4000", 4000, "5,000,000 cells"),  # 1,500 columns by 4,000 rows
    ],
)
def test_a_far_cell_is_refused_naming_sheet_and_limit(services, tmp_path, ref, row, limit):
    path = _far_cell(tmp_path, ref, row)
    assert path.stat().st_size < 2000
    error = _refused_quickly(path, SheetTooLargeError)
    assert 'sheet "Данные"' in str(error) and limit in str(error)
    with pytest.raises(SheetTooLargeError):  # the import refuses it the same way
        read_import(services, "regions", path)


def test_a_declared_area_alone_is_refused(tmp_path):
    path = workbook(tmp_path / "declared.xlsx", sheet_xml(HEADER, dimension="A1:CV1048576"))
    assert "1,048,576" in str(_refused_quickly(path, SheetTooLargeError))


def test_a_merged_range_over_the_sheet_is_refused(tmp_path):
    xml = sheet_xml(HEADER).replace(
        "</sheetData>",
        '</sheetData><mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>',
    )
    _refused_quickly(workbook(tmp_path / "merged.xlsx", xml), SheetTooLargeError)


def test_rows_and_cells_without_references_are_counted(tmp_path):
    rows = workbook(tmp_path / "rows.xlsx", sheet_xml(HEADER + "<row/>" * 600_000))
    assert "500,000 rows" in str(_refused_quickly(rows, SheetTooLargeError))
    cells = workbook(tmp_path / "cells.xlsx", sheet_xml("<row>" + "<c/>" * 2_500 + "</row>"))
    assert "2,000 columns" in str(_refused_quickly(cells, SheetTooLargeError))


def test_a_zip_bomb_is_refused_from_its_sizes(services, tmp_path):
    path = workbook(tmp_path / "bomb.xlsx", bomb_rows(3_000_000))  # 75 MB unpacked
    assert path.stat().st_size < 1 << 20
    error = _refused_quickly(path, PackedTooLargeError)
    assert "xl/worksheets/sheet1.xml" in str(error)
    with pytest.raises(PackedTooLargeError):
        read_import(services, "regions", path)


def test_a_bomb_that_lies_about_its_size_is_refused(services, tmp_path):
    path = workbook(tmp_path / "liar.xlsx", bomb_rows(3_000_000))
    lie_about_size(path, "xl/worksheets/sheet1.xml", 5_000)
    assert "xl/worksheets/sheet1.xml" in str(_refused_quickly(path, DamagedWorkbookError))
    with pytest.raises(DamagedWorkbookError):
        read_import(services, "regions", path)


def test_a_part_larger_than_all_limits_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(untrusted, "MAX_UNPACKED_MB", 1)
    path = workbook(tmp_path / "big.xlsx", bomb_rows(60_000))  # 1.5 MB, a low ratio
    assert "1 MB" in str(_refused_quickly(path, PackedTooLargeError))


BILLION_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


def test_xml_entities_are_refused(services, tmp_path):
    xml = sheet_xml(HEADER.replace("Страна", "&lol3;"), prolog=BILLION_LAUGHS)
    path = workbook(tmp_path / "entities.xlsx", xml)
    error = _refused_quickly(path, EntityDeclarationError)
    assert "xl/worksheets/sheet1.xml" in str(error)
    with pytest.raises(EntityDeclarationError):
        read_import(services, "regions", path)


def test_a_password_protected_workbook_is_told_as_such(services, tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = tmp_path / "plain.xlsx"
    book = Workbook()
    book.active.append(["Страна", "Вид"])
    book.save(plain)
    locked = tmp_path / "locked.xlsx"
    with plain.open("rb") as source, locked.open("wb") as out:
        OOXMLFile(source).encrypt("secret", out)
    error = _refused_quickly(locked, PasswordProtectedError)
    assert "password" in str(error) and "Save it as .xlsx" not in str(error)
    with pytest.raises(PasswordProtectedError):
        read_import(services, "regions", locked)


def test_an_old_xls_file_is_told_apart(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(untrusted.OLE_SIGNATURE + bytes(4096))
    assert ".xls" in str(_refused_quickly(path, OldExcelFormatError))


def test_a_child_that_dies_ends_as_an_error(tmp_path):
    with pytest.raises(isolated.ChildDiedError):
        isolated.run_isolated(os.abort)
    assert isolated.run_isolated(len, "жив") == 3  # and the next child works


def test_a_reader_abort_does_not_take_the_caller_down(services, tmp_path, monkeypatch):
    """Were the check ever to miss a file, calamine's abort ends its child, not us."""
    monkeypatch.setattr(untrusted, "check_workbook", lambda path: None)
    path = _far_cell(tmp_path, "XFD1048576", 1048576)
    with pytest.raises(ReaderStoppedError) as caught:
        read_import(services, "regions", path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_an_ordinary_workbook_passes_and_reads_normalised(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Регионы"
    sheet.append(["Страна", "Наименование\u00a0(рус.)"])
    for number in range(2000):
        sheet.append(["Китай", f"Хар\u200bбин {number}"])
    sheet["AZ3000"] = "далеко, но в пределах"
    path = tmp_path / "ordinary.xlsx"
    book.save(path)
    check_workbook(path)
    [(name, rows, merges)] = isolated.read_sheets(path)
    assert name == "Регионы" and rows[0][1] == "Наименование (рус.)" and merges == []
    assert rows[1][1] == "Харбин 0" and len(rows) == 3000


def test_a_sheet_with_a_namespace_prefix_is_read_as_well(tmp_path):
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<x:sheetData><x:row r="1048576"><x:c r="XFD1048576"><x:v>1</x:v></x:c></x:row>'
        "</x:sheetData></x:worksheet>"
    )
    _refused_quickly(workbook(tmp_path / "prefixed.xlsx", xml), SheetTooLargeError)


def test_a_cell_placed_far_inside_a_near_row_is_found(tmp_path):
    body = '<row r="1"><c r="A1048576"><v>1</v></c></row>'  # calamine follows the cell
    _refused_quickly(workbook(tmp_path / "inside.xlsx", sheet_xml(body)), SheetTooLargeError)


def test_a_sheet_kept_under_another_part_name_is_read_as_well(tmp_path):
    path = _far_cell(tmp_path, "XFD1048576", 1048576)
    moved = tmp_path / "moved.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(moved, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            name = item.filename.replace("worksheets/sheet1.xml", "data.xml")
            target.writestr(name, data.replace(b"worksheets/sheet1.xml", b"data.xml"))
    assert 'sheet "Данные"' in str(_refused_quickly(moved, SheetTooLargeError))
