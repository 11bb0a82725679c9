"""Office-style registers for the import tests, built from invented rows (no published data):
a title block, two-row merged headers, a row of column numbers, section and total rows with
a footnote, our municipality merged down over its twin cities, every date, term and country
form offices write, free-text parties, status words and columns the registry has no field for.

    python -m tests.excel.corpus.build FOLDER     writes the workbooks into FOLDER
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

AGREEMENT_HEADER = [
    "№ п/п", "Наименование соглашения", "Дата подписания", "Иностранный партнёр", None,
    "Стороны", "Срок действия", "Государственная регистрация", None, "Состояние",
    "Документ", "Источник", "Примечание",
]  # fmt: skip
AGREEMENT_SUBHEADER = [
    None, None, None, "Страна", "Административно-территориальное образование", None, None,
    "Регистрационный номер в Минюсте", "Дата регистрации", None, None, None, None,
]  # fmt: skip

# (section or None, row): title, signed, country, region, parties, term, reg number,
# reg date, status, document, source, notes
AGREEMENT_ROWS: list[tuple[str | None, list[object]]] = [
    ("КИТАЙСКАЯ НАРОДНАЯ РЕСПУБЛИКА", []),
    (None, ["Соглашение об установлении дружественных связей", "13 июля 1995 года", "КНР",
            "Хэйлунцзян", "Администрация Энской области; Народное правительство провинции "
            "Хэйлунцзян", "5 лет", "N 101", "01.09.1995", "Действует", "постановление N 1",
            "архив отдела", None]),
    (None, ["Меморандум о торгово-экономическом сотрудничестве", datetime(2016, 7, 1),
            "Китайская Народная Республика", "провинция Цзилинь",
            "Правительство Энской области\nНародное правительство провинции Цзилинь",
            "2019-2022 годы", None, None, "Утратило силу", None, "сайт министерства",
            "подписан на форуме"]),
    (None, ["Протокол о намерениях по линии образования", "июль 2016", None, "АРВМ",
            "—", "бессрочно", None, None, None, None, None, None]),
    (None, ["План мероприятий на 2000-2001 годы", "2000 г.", "КНР", "Внутренняя Монголия",
            None, "на 2000-2001 годы", None, None, "Прекращено", None, None, None]),
    ("РЕСПУБЛИКА БЕЛАРУСЬ", []),
    (None, ["Соглашение о сотрудничестве в области культуры", "8.12.1999",
            "Республика Беларусь", "Могилевская", "Администрация Энской области; "
            "Могилевский облисполком", "с автоматической пролонгацией на 5 лет", "N 77",
            "15.01.2000", "Действует", None, None, "оригинал в сейфе"]),
    (None, ["Программа молодёжных обменов", "«18» сентября 2015 г.", None, "Минская область",
            None, "до 2022 года", None, None, None, None, None, None]),
    ("ДРУГИЕ СТРАНЫ", []),
    (None, ["Соглашение о побратимстве штатов", "1992", "США", "штат Аляска", None, None,
            None, None, None, None, None, None]),
    (None, ["Соглашение с областью Абай", 2012, "Республика Казахстан", "область Абай", None,
            "5 лет", None, None, "Действует", None, None, None]),
    (None, ["Меморандум с Согдийской областью", "30 июня", "Республика Таджикистан",
            "Согдийская область", None, None, None, None, None, None, None, None]),
    (None, ["Соглашение с графством Кент", "2012 г.", "Великобритания", "графство Кент",
            None, None, None, None, None, None, None, None]),
    (None, ["Протокол с городом Бристоль", "2013", "Англия", "г. Бристоль", None, None,
            None, None, None, None, None, None]),
    (None, ["Соглашение с Бельцами", "2014", "Молдова", "г. Бельцы", None, None, None, None,
            None, None, None, None]),
    (None, ["Меморандум с провинцией Канвондо", "2018", "Корея", "провинция Канвондо", None,
            None, None, None, None, None, None, None]),
    (None, ["Соглашение с землёй Бавария", "май 2019", "GER", "земля Бавария", None, None,
            None, None, None, None, None, None]),
]  # fmt: skip


def agreements_register(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    width = len(AGREEMENT_HEADER)
    last = chr(ord("A") + width - 1)
    ws.append(["Реестр соглашений Энской области с иностранными партнёрами"])
    ws.merge_cells(f"A1:{last}1")
    ws.append(["по состоянию на 01.12.2026"])
    ws.merge_cells(f"A2:{last}2")
    ws.append(AGREEMENT_HEADER)
    ws.append(AGREEMENT_SUBHEADER)
    for column in "ABCFGJKLM":
        ws.merge_cells(f"{column}3:{column}4")
    ws.merge_cells("D3:E3")
    ws.merge_cells("H3:I3")
    ws.append(list(range(1, width + 1)))
    number = 0
    for section, row in AGREEMENT_ROWS:
        if section:
            ws.append([section])
            ws.merge_cells(f"A{ws.max_row}:{last}{ws.max_row}")
            continue
        number += 1
        ws.append([number, *row])
    ws.append([f"Итого: {number}"])
    ws.append(["* сведения отдела международных связей"])
    wb.save(path)
    return path


TWIN_ROWS = [
    # our municipality (merged down over its group), partner, country, established on,
    # status, document (no field)
    ("город Энск", [
        ("Харбин", "КНР", "13 июля 1995 года", "Действует", "соглашение N 5"),
        ("г. Бельцы", "Молдова", "2012 г.", "приостановлены (апрель 2022)", None),
        ("Могилёв", "Республика Беларусь", date(2003, 5, 20), "Действует", None),
    ]),
    ("Энский район", [
        ("Туркестан", "KAZ", "июль 2016", "разорваны 07.09.2016", "письмо N 9"),
        ("Бристоль", "UK", "1992", "Действует", None),
    ]),
]  # fmt: skip


def twins_register(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Сведения о побратимских связях муниципальных образований Энской области"])
    ws.merge_cells("A1:G1")
    ws.append(["№", "Муниципальное образование", "Иностранный партнёр", None,
               "Дата установления связей", "Состояние", "Документ"])  # fmt: skip
    ws.append([None, None, "Город-побратим (партнёр)", "Страна", None, None, None])
    for column in "ABEFG":
        ws.merge_cells(f"{column}2:{column}3")
    ws.merge_cells("C2:D2")
    ws.append([1, 2, 3, 4, 5, 6, 7])
    number = 0
    for ours, partners in TWIN_ROWS:
        top = ws.max_row + 1
        for partner in partners:
            number += 1
            ws.append([number, ours if ws.max_row + 1 == top else None, *partner])
        ws.merge_cells(f"B{top}:B{ws.max_row}")
    ws.append(["Всего", None, number])
    wb.save(path)
    return path


CORPUS = {"agreements": agreements_register, "twins": twins_register}


def build(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {kind: make(folder / f"{kind}.xlsx") for kind, make in CORPUS.items()}


if __name__ == "__main__":
    for kind, made in build(Path(sys.argv[1])).items():
        print(kind, made)
