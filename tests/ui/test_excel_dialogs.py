"""The report, import and export, driven from the window."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from desktop.excel.exporter import export_registry
from desktop.excel.importer import read_import
from desktop.ui import dialogs, long_work
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.report_dialog import ReportDialog, preset_period
from tests.conftest import add_region


@pytest.fixture
def files(monkeypatch, tmp_path):
    """File choices the user would make, and the files the app offered to open."""
    chosen: dict[str, object] = {
        "save": str(tmp_path / "out.xlsx"),
        "open": None,
        "offered": [],
        "accept": True,
    }
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *_: chosen["save"])
    monkeypatch.setattr(dialogs, "choose_open_file", lambda *_: chosen["open"])
    monkeypatch.setattr(dialogs, "offer_to_open", lambda _p, path: chosen["offered"].append(path))
    return chosen


@pytest.mark.parametrize(
    "preset, year, expected",
    [
        ("year", 2024, (date(2024, 1, 1), date(2024, 12, 31))),
        ("half2", 2024, (date(2024, 7, 1), date(2024, 12, 31))),
        ("q1", 2024, (date(2024, 1, 1), date(2024, 3, 31))),
        ("q2", 2023, (date(2023, 4, 1), date(2023, 6, 30))),
        ("custom", 2024, None),
    ],
)
def test_period_presets(preset, year, expected):
    assert preset_period(preset, year) == expected


def test_report_dialog_writes_and_offers_the_file(qtbot, services, files):
    add_region(services)
    dialog = ReportDialog(services)
    qtbot.addWidget(dialog)
    dialog.preset.setCurrentIndex(dialog.preset.findData("q3"))
    dialog.year.setValue(2024)
    assert dialog.period() == (date(2024, 7, 1), date(2024, 9, 30))
    dialog.write()
    assert not dialog.error.text()
    assert files["offered"] == [files["save"]]
    assert "Действующие соглашения" in load_workbook(files["save"]).sheetnames


def test_report_dialog_says_what_is_wrong(qtbot, services, files, tmp_path):
    dialog = ReportDialog(services)
    qtbot.addWidget(dialog)
    dialog.preset.setCurrentIndex(dialog.preset.findData("custom"))
    dialog.start.setDate(dialog.end.date().addDays(1))
    dialog.write()
    assert "ends before it starts" in dialog.error.text()

    bad = tmp_path / "template.xlsx"
    wb = Workbook()
    wb.active["B2"] = "{{no_such_value}}"
    wb.save(bad)
    dialog.preset.setCurrentIndex(dialog.preset.findData("year"))
    dialog.template_path.setText(str(bad))
    dialog.write()
    assert "B2" in dialog.error.text() and "{{no_such_value}}" in dialog.error.text()
    assert files["offered"] == []


def test_long_work_can_be_cancelled(qtbot):
    started = threading.Event()

    def work(progress, cancelled):
        started.set()
        while not cancelled():
            time.sleep(0.01)
        return "finished anyway"

    def press_cancel():
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        assert len(shown) == 1  # it appears once the work has run half a second
        qtbot.mouseClick(shown[0].findChild(QPushButton), Qt.MouseButton.LeftButton)

    QTimer.singleShot(700, press_cancel)  # the dialog appears after half a second
    with pytest.raises(long_work.Cancelled):
        long_work.run_long(None, "working", work)
    assert started.is_set()


def test_import_dialog_shows_problems_and_saves_them(
    qtbot, qtmodeltester, services, files, tmp_path
):
    wb = Workbook()
    wb.active.append(["Наименование", "С", "Страна"])
    wb.active.append(["Форум", "когда-нибудь", "Атлантида"])
    wb.active.append(["Выставка", "01.02.2024", "Китай"])
    wb.save(tmp_path / "in.xlsx")
    plan = read_import(services, "events", tmp_path / "in.xlsx")
    dialog = ImportDialog(services, plan)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.model().rowCount() == 2
    assert dialog.problems.model().cell(0, 0) == "2"
    assert "Not a date" in dialog.problems.model().cell(0, 3)  # untranslated in tests
    for table in (dialog.mapping, dialog.preview, dialog.problems):
        qtmodeltester.check(table.model())
    dialog.save_problems()
    saved = load_workbook(files["save"]).active
    assert saved.max_row == 3 and saved["C2"].value == "С"
    assert services["events"].count() == 0


def test_import_and_export_from_the_window(qtbot, window, services, files, tmp_path, monkeypatch):
    source = tmp_path / "regions.xlsx"
    wb = Workbook()
    wb.active.append(["Наименование (рус.)", "Страна", "Вид"])
    wb.active.append(["провинция Цзилинь", "Китай", "Провинция"])
    wb.save(source)
    files["open"] = str(source)
    monkeypatch.setattr(
        dialogs,
        "exec_dialog",
        lambda dialog: dialog.run_import() or True if isinstance(dialog, ImportDialog) else False,
    )
    window.show_registry("regions")
    window.import_action.trigger()
    page = window.pages["regions"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    window.export_action.trigger()
    exported = load_workbook(files["save"]).worksheets[0]
    assert exported["B2"].value == "Китай" or exported["C2"].value == "провинция Цзилинь"
    assert files["offered"] == [files["save"]]
    export_registry(services, "regions", tmp_path / "check.xlsx")


def test_a_hostile_workbook_is_refused_in_the_window(
    qtbot, window, services, files, tmp_path, answers, monkeypatch
):
    """A cell at XFD1048576 aborted the whole window; now it is one sentence, and a reader
    that dies anyway takes only its child process."""
    from desktop.excel import untrusted
    from tests.excel.hostile import inline, sheet_xml, workbook

    body = '<row r="1">' + inline("A1", "Страна") + "</row>"
    body += '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    files["open"] = str(workbook(tmp_path / "far.xlsx", sheet_xml(body)))
    window.show_registry("regions")
    window.import_action.trigger()
    assert "1 048 576" in answers["asked"][-1] or "1,048,576" in answers["asked"][-1]
    monkeypatch.setattr(untrusted, "check_workbook", lambda path: None)
    window.import_action.trigger()
    assert files["open"] in answers["asked"][-1] and window.isVisible()
    assert services["regions"].count() == 0
