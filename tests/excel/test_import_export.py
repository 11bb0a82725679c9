"""Export and import of every registry: the round trip, files from offices, and a corpus of
bad files that must each say what is wrong where and change nothing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from desktop.cli import main
from desktop.db.models import ChangeLog
from desktop.domain.entities import ALL
from desktop.excel.exporter import LISTS_SHEET, export_registry
from desktop.excel.importer import read_import
from desktop.excel.template import NotAWorkbookError
from desktop.services import Query, open_services
from desktop.services.demo import fill_demo
from desktop.services.importing import apply_import
from tests.conftest import add_organisation, add_region

ORDER = [e.name for e in ALL]  # regions, organisations, people, events, agreements, ...


def cells(path: Path) -> list[list[object]]:
    return [[c.value for c in row] for row in load_workbook(path).worksheets[0].iter_rows()]


def fingerprint(services) -> tuple:
    """Everything an import could change: counts per registry and the change log."""
    with services.db.read() as session:
        log = session.scalar(select(func.count()).select_from(ChangeLog))
    return tuple(r.count() for r in services.registries.values()) + (log,)


def sheet(path: Path, rows: list[list[object]], title_rows: list[list[object]] = ()) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    for row in [*title_rows, *rows]:
        ws.append(row)
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text as typed, even "=..."
    wb.save(path)
    return path


def test_round_trip_of_every_registry(services, tmp_path, new_db_target):
    fill_demo(services.db, 40)
    first = {kind: export_registry(services, kind, tmp_path / f"{kind}.xlsx") for kind in ORDER}
    fresh = open_services(new_db_target("fresh"))
    try:
        for kind in ORDER:
            plan = read_import(fresh, kind, first[kind])
            assert plan.ok, [p.text() for p in plan.problems[:3]]
            assert len(plan.creates) == 40
            apply_import(fresh, plan)
            again = export_registry(fresh, kind, tmp_path / f"{kind}-again.xlsx")
            assert cells(again) == cells(first[kind]), kind
    finally:
        fresh.close()


def test_an_office_sheet_with_a_title_block_and_loose_headers(services, tmp_path):
    path = sheet(
        tmp_path / "office.xlsx",
        [
            ["  NAME (russian) ", "country", "Kind", "ISO 3166-2 CODE", "Notes"],
            ["провинция Цзилинь", "CN", "Province", "CN-JL", "=cmd|' /C calc'!A0"],
            [None, None, None, None, None],
            ["Брестская область", "Беларусь", "Область / регион", None, None],
            ["ил Бурса", "Türkiye", "province", None, None],
        ],
        title_rows=[["Перечень партнёров на 01.01.2025"], []],
    )
    plan = read_import(services, "regions", path)
    assert plan.ok, [p.text() for p in plan.problems]
    assert plan.header_row == 3
    apply_import(services, plan)
    registry = services["regions"]
    found = {registry.get(i)["name_ru"]: registry.get(i) for i in registry.search(Query())}
    assert set(found) == {"провинция Цзилинь", "Брестская область", "ил Бурса"}
    assert found["Брестская область"]["country_code"] == "BY"
    assert found["ил Бурса"]["country_code"] == "TR"
    assert found["провинция Цзилинь"]["notes"] == "=cmd|' /C calc'!A0"
    # and exported, formula-looking text stays text
    out = export_registry(services, "regions", tmp_path / "out.xlsx")
    ws = load_workbook(out).worksheets[0]
    notes = [c for row in ws.iter_rows() for c in row if c.value == "=cmd|' /C calc'!A0"]
    assert notes and all(c.data_type == "s" for c in notes)


def test_dates_and_references_by_name_or_id(services, tmp_path):
    org = add_organisation(services, "Университет Цзилинь")
    path = sheet(
        tmp_path / "people.xlsx",
        [
            ["ФИО (рус.)", "Организация", "Организация (ID)", "Эл. почта", "Действует"],
            ["Ли На", "университет цзилинь", None, "li@example.org", "да"],
            ["Ван Лэй", None, org, None, "нет"],
        ],
    )
    plan = read_import(services, "people", path)
    assert plan.ok, [p.text() for p in plan.problems]
    apply_import(services, plan)
    people = {
        services["people"].get(i)["name_ru"]: services["people"].get(i)
        for i in services["people"].search(Query())
    }
    assert people["Ли На"]["organisation_id"] == org
    assert people["Ван Лэй"]["organisation_id"] == org and people["Ван Лэй"]["active"] is False

    events = sheet(
        tmp_path / "events.xlsx",
        [
            ["Name", "From", "To"],
            ["Форум А", "01.03.2024", "2024-03-03"],
            ["Форум Б", datetime(2024, 5, 1), None],
        ],
    )
    plan = read_import(services, "events", events)
    assert plan.ok, [p.text() for p in plan.problems]
    apply_import(services, plan)
    days = sorted(services["events"].get(i)["date_from"] for i in services["events"].search())
    assert days == [date(2024, 3, 1), date(2024, 5, 1)]


def test_ids_update_and_natural_keys_flag_duplicates(services, tmp_path):
    rid = add_region(services)
    add_region(services, "Брестская область", "BY", "")
    path = sheet(
        tmp_path / "r.xlsx",
        [
            ["ID", "Наименование (рус.)", "Страна", "Вид"],
            [rid, "провинция Хэйлунцзян", "Китай", "Провинция"],  # its id, as stored
            [None, "Брестская область", "Беларусь", "Область / регион"],  # same name: duplicate
            [None, "Гродненская область", "Беларусь", "Область / регион"],
        ],
    )
    plan = read_import(services, "regions", path)
    # the row with its id holds what is stored: unchanged, not an update (issue 11 item 11)
    assert [r for _, r in plan.unchanged] == [rid] and plan.updates == []
    assert [n for n, _, _ in plan.duplicates] == [3]
    assert len(plan.creates) == 1
    apply_import(services, plan)
    assert services["regions"].count() == 3  # the duplicate was skipped
    assert services["regions"].get(rid)["version"] == 1  # nothing changed in it


BAD_FILES = {
    "wrong headers": ([["Фамилия", "Телефон"], ["Иванов", "123"]], "No header row found", None),
    "text in a date column": (
        [["Наименование", "С"], ["Форум", "в марте"]],
        "Not a date",
        (2, "С"),
    ),
    "unknown country": (
        [["Наименование", "С", "Страна"], ["Форум", "01.03.2024", "Атлантида"]],
        "Unknown country",
        (2, "Страна"),
    ),
    "an impossible date": (
        [["Наименование", "С"], ["Форум", "31.02.2024"]],
        "Not a date",
        (2, "С"),
    ),
    "end before start": (
        [["Наименование", "С", "По"], ["Форум", "05.03.2024", "01.03.2024"]],
        "end date is before",
        (2, "По"),
    ),
    "missing required column": (
        [["Наименование", "Страна"], ["Форум", "CN"]],
        "Required column",
        None,
    ),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_files_change_nothing(services, tmp_path, name):
    rows, message, where = BAD_FILES[name]
    ok = ["Форум до ошибки", "01.01.2024"] + [None] * (len(rows[0]) - 2)
    path = sheet(tmp_path / "bad.xlsx", [rows[0], ok, *rows[1:]] if where else rows)
    before = fingerprint(services)
    plan = read_import(services, "events", path)
    assert not plan.ok
    texts = [p.text() for p in plan.problems]
    assert any(message in t for t in texts), texts
    if where:
        row, column = where
        problem = plan.problems[0]
        assert (problem.row, problem.column, problem.sheet) == (row + 1, column, "Лист1")
    with pytest.raises(ValueError):
        apply_import(services, plan)
    assert fingerprint(services) == before


def test_merged_title_and_header_cells(services, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Мероприятия 2024 года"
    ws.merge_cells("A1:D1")
    ws["A3"], ws["C3"], ws["D3"] = "Наименование", "С", "Место"
    ws.merge_cells("A3:B3")  # a header spread over two columns
    ws.append(["Форум регионов", "(пусто)", "01.07.2024", "Минск"])
    wb.save(tmp_path / "m.xlsx")
    plan = read_import(services, "events", tmp_path / "m.xlsx")
    assert plan.ok, [p.text() for p in plan.problems]
    apply_import(services, plan)
    event = services["events"].get(services["events"].search()[0])
    assert (event["name"], event["place"]) == ("Форум регионов", "Минск")


def test_a_file_that_is_not_a_workbook(services, tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"PK\x03\x04 broken zip")
    with pytest.raises(NotAWorkbookError):
        read_import(services, "events", path)


def test_the_empty_template_has_lists_and_imports_when_filled(services, tmp_path):
    path = export_registry(services, "agreements", tmp_path / "t.xlsx", template=True)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    assert wb[LISTS_SHEET].sheet_state == "hidden"
    formulas = {v.formula1 for v in ws.data_validations.dataValidation}
    assert {"=list_kind", "=list_scope", "=list_country_code", "=list_open_ended"} <= formulas
    assert "list_kind" in wb.defined_names
    assert ws.max_row == 1
    headers = [c.value for c in ws[1]]
    row = [None] * len(headers)
    row[headers.index("Наименование")] = "Меморандум о сотрудничестве"
    row[headers.index("Вид")] = "Меморандум"
    row[headers.index("Сфера действия")] = "Международное"
    row[headers.index("Страна")] = "Китай"
    row[headers.index("История статусов")] = "Проект | 01.02.2024\nПодписано | 01.03.2024 | № 5"
    ws.append(row)
    wb.save(path)
    plan = read_import(services, "agreements", path)
    assert plan.ok, [p.text() for p in plan.problems]
    apply_import(services, plan)
    record = services["agreements"].get(services["agreements"].search()[0])
    assert record["status"] == "signed"
    assert record["history"][1]["document_ref"] == "№ 5"


def test_import_command(tmp_path, capsys, new_db_target):
    db = new_db_target("new", empty=True)
    good = sheet(tmp_path / "e.xlsx", [["Наименование", "С"], ["Форум", "01.03.2024"]])
    assert main(["import", "--db", str(db), "events", str(good), "--dry-run"]) == 0
    assert "ничего не записано" in capsys.readouterr().out  # in the language asked (ru)
    if isinstance(db, str):  # a server database is there already: still empty
        services = open_services(db)
        assert services["events"].count() == 0
        services.close()
    else:
        assert not db.exists()  # a check creates no file (issue 12): not even the registry
    assert main(["import", "--db", str(db), "events", str(good)]) == 0
    bad = sheet(tmp_path / "b.xlsx", [["Наименование", "С"], ["А", "вчера"], ["Б", "завтра"]])
    assert main(["import", "--db", str(db), "events", str(bad)]) == 1
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 3 and "строка 2" in errors[0] and "строка 3" in errors[1]
    assert main(["export", "--db", str(db), "events", str(tmp_path / "out.xlsx")]) == 0
    assert cells(tmp_path / "out.xlsx")[1][1] == "Форум"


@pytest.mark.sqlite_only("backups are copies of the SQLite file (issue 14 item 5)")
def test_an_import_is_preceded_by_a_backup_in_the_chosen_folder(services, tmp_path):
    chosen = tmp_path / "elsewhere"
    chosen.mkdir()
    services.backups.choose_folder(chosen)  # this computer's choice
    path = sheet(
        tmp_path / "r.xlsx", [["Name (Russian)", "Country", "Kind"], ["ил Измир", "TR", "province"]]
    )
    plan = read_import(services, "regions", path)
    assert plan.ok, [p.text() for p in plan.problems]
    apply_import(services, plan)
    made = [p.name for p in chosen.glob("*before-import*.sqlite")]
    assert len(made) == 1
    # and each new record's history starts with its creation, by whom and when
    (record_id,) = services["regions"].search(Query(text="Измир"))
    (entry,) = services["regions"].history(record_id)
    assert (entry.action, entry.user, entry.entity) == ("create", "tester", "regions")
    assert entry.at.date() == date.today()
