"""A re-import of our own export with one row changed and one added: the plan says 1 new,
1 updated and the rest unchanged (not "updated"), and the CLI says the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.excel.exporter import export_registry
from desktop.excel.importer import read_import
from desktop.services import open_services
from desktop.services.demo import fill_demo


@pytest.mark.parametrize(
    "kind, column", [("agreements", "Наименование"), ("regions", "Наименование (рус.)")]
)
def test_reimport_counts_unchanged_rows_as_unchanged(db_target: str | Path, tmp_path, kind, column):
    with open_services(db_target) as services:
        fill_demo(services.db, 20)
        total = services[kind].count()
        exported = export_registry(services, kind, tmp_path / f"{kind}.xlsx")
    workbook = load_workbook(exported)
    ws = workbook.worksheets[0]
    headers = [c.value for c in ws[1]]
    title = headers.index(column) + 1
    ws.cell(row=2, column=title).value = "Изменённое название"
    last = ws.max_row
    ws.append([c.value for c in ws[last]])
    ws.cell(row=last + 1, column=headers.index("ID") + 1).value = None
    ws.cell(row=last + 1, column=title).value = "Совсем новая запись"
    changed = tmp_path / f"{kind}-changed.xlsx"
    workbook.save(changed)
    with open_services(db_target) as services:
        plan = read_import(services, kind, changed)
        assert plan.ok, [p.text() for p in plan.problems]
        assert (len(plan.creates), len(plan.updates), len(plan.unchanged)) == (1, 1, total - 1)
        assert plan.duplicates == []
    assert main(["import", "--db", str(db_target), kind, str(changed), "--dry-run"]) == 0


def test_the_cli_prints_the_same_counts(db_target: str | Path, tmp_path, capsys):
    with open_services(db_target) as services:
        fill_demo(services.db, 10)
        total = services["regions"].count()
        exported = export_registry(services, "regions", tmp_path / "regions.xlsx")
    workbook = load_workbook(exported)
    ws = workbook.worksheets[0]
    headers = [c.value for c in ws[1]]
    ws.cell(row=3, column=headers.index("Примечания") + 1).value = "новое примечание"
    workbook.save(exported)
    capsys.readouterr()
    assert main(["import", "--db", str(db_target), "regions", str(exported)]) == 0
    out = capsys.readouterr().out
    assert f"новых: 0, обновлено: 1, без изменений: {total - 1}" in out  # --lang ru


def test_ids_and_numbers_show_as_integers(db_target: str | Path, tmp_path):
    with open_services(db_target) as services:
        fill_demo(services.db, 3)
        exported = export_registry(services, "regions", tmp_path / "regions.xlsx")
        workbook = load_workbook(exported)
        ws = workbook.worksheets[0]
        ws.cell(row=2, column=2).value = 7  # the country: a number, read as 7.0
        workbook.save(exported)
        plan = read_import(services, "regions", exported)
        assert isinstance(plan.preview[0][0], int)  # calamine read 1.0
        assert plan.problems and "'7'" in plan.problems[0].text("ru")
