"""More office-style registers, with patterns the first corpus (``build.py``) lacks, from
invented rows: a title block of several merged lines and the header in row 8 or below,
English headers in another order, dates as date cells, as Excel serial numbers in text
cells, «12.03.2015 г.», «от 12 марта 2015 года», «2015 г.», «III квартал 2016»; countries
with words around them («Китай (КНР)», «г. Чанчунь, КНР»), in Latin, outside ISO 3166-1
(«Абхазия»); agreements and twin cities on two sheets of one workbook; empty trailing
columns and rows, a hidden row, cells of spaces or non-breaking spaces, line breaks inside
cells.

    python -m tests.excel.corpus.build_more FOLDER     writes the workbooks into FOLDER
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

NBSP = "\xa0"

AGREEMENTS_EN = [
    "No.", "Partner", "Country", "Title", "Date of signing", "Term", "Parties", "Status",
    "Registration number", "Notes", None, None,
]  # fmt: skip

# partner, country, title, signed, term, parties, status, reg number, notes
AGREEMENT_ROWS: list[list[object]] = [
    ["Хэйлунцзян", "Китай (КНР)", "Соглашение о сотрудничестве\nв сфере туризма",
     datetime(2015, 3, 12), "5 лет",
     "Администрация Энской области\nНародное правительство провинции Хэйлунцзян",
     "Действует", "N 5", "  "],
    ["провинция Цзилинь", "г. Чанчунь, КНР", "Меморандум об обмене студентами", "42075",
     "до 2020 года", "Народное правительство провинции Цзилинь", "Утратило силу", None,
     NBSP],
    ["Минская область", "Republic of Belarus", "Соглашение о торгово-экономическом "
     "сотрудничестве", "12.03.2015 г.", "бессрочно", None, None, None, None],
    ["область Абай", "Kazakhstan", "Протокол о намерениях", "от 12 марта 2015 года",
     "2015-2017 годы", "Правительство Энской области; Акимат области Абай", "Прекращено",
     None, "подписан в Семее"],
    ["Гагрский район", "Абхазия", "Соглашение о сотрудничестве с Гагрским районом",
     "2015 г.", None, None, None, None, None],
    ["г. Цхинвал", "Южная Осетия", "Протокол о культурном обмене", "III квартал 2016", None,
     None, None, None, None],
    ["земля Бавария", "Germany", "Меморандум о научном сотрудничестве", "май 2019", None,
     None, None, None, "строка скрыта"],
    [f"{NBSP}префектура Хоккайдо{NBSP}", f"{NBSP}Japan", "Соглашение о дружбе", 42075,
     "с автоматической пролонгацией на 5 лет", None, "Active", None, None],
]  # fmt: skip
HIDDEN = 6  # the index of the row the office hid

TWINS_EN = ["Municipality", "Twin city", "Country", "Date established", "Status", None]
TWIN_ROWS: list[list[object]] = [
    ["город Энск", "Харбин", "China", date(1995, 7, 13), "Действует"],
    ["город Энск", "Сухум", "Абхазия", "2008 г.", "Действует"],
    ["Энский район", "Гродно", "Беларусь (Гродненская обл.)", "от 5 мая 2010 года",
     "приостановлены (апрель 2022)"],
]  # fmt: skip


def _title(ws: Worksheet, lines: list[str], width: int) -> None:
    for line in lines:
        ws.append([line])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=width)


def _agreements_sheet(ws: Worksheet) -> None:
    ws.title = "Соглашения"
    _title(
        ws,
        [
            "Министерство внешних связей Энской области",
            "Отдел международного сотрудничества",
            "REGISTER OF AGREEMENTS",
            "of the Enskaya oblast with foreign partners",
            "as of 1 December 2026",
        ],
        10,
    )
    ws.append([])
    ws.append([" ", NBSP])  # a row of blanks before the header
    ws.append(AGREEMENTS_EN)  # row 8
    for number, row in enumerate(AGREEMENT_ROWS, 1):
        ws.append([number, *row, None, " "])  # two empty columns at the end
        if number - 1 == HIDDEN:
            ws.row_dimensions[ws.max_row].hidden = True
    for _ in range(3):
        ws.append([None, " ", NBSP])  # trailing rows of blanks


def _twins_sheet(ws: Worksheet) -> None:
    _title(ws, ["Twin cities", "of the municipalities of the Enskaya oblast", ""], 5)
    ws.append([])
    ws.append(TWINS_EN)
    for row in TWIN_ROWS:
        ws.append(row)


def two_sheet_register(path: Path) -> Path:
    """Agreements on the first sheet, twin cities on the second."""
    wb = Workbook()
    _agreements_sheet(wb.active)
    _twins_sheet(wb.create_sheet("Побратимы"))
    wb.save(path)
    return path


def two_agreement_sheets(path: Path) -> Path:
    """Two sheets either of which could be the agreements: the import must not guess."""
    wb = Workbook()
    for year in ("2015", "2016"):
        ws = wb.active if year == "2015" else wb.create_sheet()
        ws.title = year
        ws.append(["Наименование соглашения", "Страна", "Дата подписания"])
        ws.append([f"Соглашение {year} года", "КНР", year])
    wb.save(path)
    return path


CORPUS = {"two_sheets": two_sheet_register, "two_agreement_sheets": two_agreement_sheets}


def build(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {name: make(folder / f"{name}.xlsx") for name, make in CORPUS.items()}


if __name__ == "__main__":
    for name, made in build(Path(sys.argv[1])).items():
        print(name, made)
