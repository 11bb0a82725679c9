"""The import dialog's preview: counts of new, updated and unchanged rows; ids as integers."""

from __future__ import annotations

from openpyxl import load_workbook

from desktop.excel.exporter import export_registry
from desktop.excel.importer import read_import
from desktop.services.demo import fill_demo
from desktop.ui.import_dialog import ImportDialog


def test_the_preview_counts_unchanged_rows_and_shows_integer_ids(qtbot, services, tmp_path):
    fill_demo(services.db, 5)
    total = services["regions"].count()
    exported = export_registry(services, "regions", tmp_path / "regions.xlsx")
    workbook = load_workbook(exported)
    ws = workbook.worksheets[0]
    ws.cell(row=2, column=7).value = "изменено"
    workbook.save(exported)
    dialog = ImportDialog(services, read_import(services, "regions", exported))
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert "0 new, 1 to update" in text and f"{total - 1} unchanged" in text
    model = dialog.preview.model()
    assert str(model.data(model.index(0, 0))).isdigit()  # "1", not "1.0"
