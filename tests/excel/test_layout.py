"""Reading the layout of an office's own register (issue 12, groundwork): two-row merged
headers, a column-number row, section, total and footnote rows, cells merged down."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from desktop.excel.layout import (
    HeaderCell,
    SkipReason,
    carry_merged,
    is_row_number_header,
    read_layout,
)

KNOWN = {
    "наименование соглашения",
    "дата подписания",
    "страна",
    "административно-территориальное образование",
    "регистрационный номер",
    "дата регистрации",
    "примечание",
    "муниципальное образование",
    "город-побратим",
}


def known(cell: HeaderCell) -> bool:
    return cell.column.casefold() in KNOWN or cell.text.casefold() in KNOWN


def register(path) -> tuple[list[list], list]:
    """A register laid out as offices publish theirs, read back as the importer reads it."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Реестр соглашений Энской области"])
    ws.merge_cells("A1:H1")
    ws.append(["по состоянию на 01.12.2026"])
    ws.merge_cells("A2:H2")
    ws.append(
        ["№ п/п", "Наименование соглашения", "Дата подписания", "Иностранный партнёр", None]
        + ["Государственная регистрация", None, "Примечание"]
    )
    ws.append(
        [None, None, None, "Страна", "Административно-территориальное образование"]
        + ["Регистрационный номер", "Дата регистрации", None]
    )
    for merged in ("A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:H4"):
        ws.merge_cells(merged)
    ws.append(list(range(1, 9)))
    ws.append(["КИТАЙСКАЯ НАРОДНАЯ РЕСПУБЛИКА"])
    ws.merge_cells("A6:H6")
    ws.append([1, "Соглашение о сотрудничестве", "13 июля 1995 года", "КНР", "Хэйлунцзян"])
    ws.append([2, "Меморандум", date(2016, 7, 1), None, "провинция Цзилинь", "N 12"])
    ws.append(["РЕСПУБЛИКА БЕЛАРУСЬ"])
    ws.merge_cells("A9:H9")
    ws.append([3, "Протокол о намерениях", "2012 г.", "Республика Беларусь", "Могилевская"])
    ws.append(["Итого: 3"])
    ws.append(["* по данным Минэкономразвития"])
    wb.save(path)
    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    return sheet.to_python(skip_empty_area=False), sheet.merged_cell_ranges


def test_two_row_merged_header_is_joined_group_and_column(tmp_path):
    grid, merges = register(tmp_path / "r.xlsx")
    layout = read_layout(grid, merges, known)
    assert layout is not None
    assert layout.header_rows == (2, 3)
    assert [h.text for h in layout.headers] == [
        "№ п/п",
        "Наименование соглашения",
        "Дата подписания",
        "Иностранный партнёр / Страна",
        "Иностранный партнёр / Административно-территориальное образование",
        "Государственная регистрация / Регистрационный номер",
        "Государственная регистрация / Дата регистрации",
        "Примечание",
    ]
    assert is_row_number_header(layout.headers[0].text)


def test_number_section_total_and_footnote_rows_are_skipped_and_named(tmp_path):
    grid, merges = register(tmp_path / "r.xlsx")
    layout = read_layout(grid, merges, known)
    assert layout.records == [6, 7, 9]
    assert [(s.row, s.reason, s.text) for s in layout.skipped] == [
        (4, SkipReason.NUMBERS, "1; 2; 3; 4; 5; 6; 7; 8"),
        (5, SkipReason.SECTION, "КИТАЙСКАЯ НАРОДНАЯ РЕСПУБЛИКА"),
        (8, SkipReason.SECTION, "РЕСПУБЛИКА БЕЛАРУСЬ"),
        (10, SkipReason.TOTAL, "Итого: 3"),
        (11, SkipReason.FOOTNOTE, "* по данным Минэкономразвития"),
    ]
    # a row that leaves its country out stands under a section that names it
    assert layout.sections[7] == "КИТАЙСКАЯ НАРОДНАЯ РЕСПУБЛИКА"
    assert layout.sections[9] == "РЕСПУБЛИКА БЕЛАРУСЬ"


def test_a_cell_merged_down_is_carried_over_its_group():
    grid = [
        ["Муниципальное образование", "Город-побратим"],
        ["Город Заречный", "Харбин"],
        ["", "Далянь"],
        ["", "Хэйхэ"],
        ["Каменский район", "Брест"],
    ]
    merges = [((1, 0), (3, 0))]
    assert [row[0] for row in carry_merged(grid, merges)] == [
        "Муниципальное образование",
        "Город Заречный",
        "Город Заречный",
        "Город Заречный",
        "Каменский район",
    ]
    layout = read_layout(grid, merges, known)
    assert layout.header_rows == (0,) and layout.records == [1, 2, 3, 4]


def test_a_title_merged_across_is_not_taken_for_header_groups():
    grid = [
        ["Реестр", "Реестр", "Реестр"],
        ["Наименование соглашения", "Дата подписания", "Страна"],
        ["Соглашение", "1992", "КНР"],
    ]
    layout = read_layout(grid, [((0, 0), (0, 2))], known)
    assert layout.header_rows == (1,)
    assert [h.text for h in layout.headers] == [
        "Наименование соглашения",
        "Дата подписания",
        "Страна",
    ]


def test_no_header_found():
    assert read_layout([["a", "b"], ["c", "d"]], [], known) is None
