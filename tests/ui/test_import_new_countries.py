"""The import window's reconciliation step with countries (issue 12): a partner outside ISO
3166-1 is created as a country of the office's own, a country written oddly is picked from
the list by typing its name in Russian; the second import asks nothing."""

from __future__ import annotations

from openpyxl import Workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QLineEdit

from desktop.excel.importer import read_import
from desktop.services import Query
from desktop.services.reconciliation import recall
from desktop.ui.import_dialog import ImportDialog
from tests.ui.conftest import type_text


def _answer_the_pick(qtbot, typed: str, chosen: str, seen: list[str]) -> None:
    """Type ``typed`` into «Search for:», then take ``chosen`` from the list offered."""

    def search() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QInputDialog)
        line = box.findChild(QLineEdit)
        line.clear()
        type_text(line, typed)
        seen.append(line.text())
        QTimer.singleShot(0, pick)
        box.accept()

    def pick() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QInputDialog)
        combo = box.findChild(QComboBox)
        seen.extend(combo.itemText(i) for i in range(combo.count()))
        combo.setCurrentIndex(combo.findText(chosen))
        box.accept()

    QTimer.singleShot(0, search)


def test_a_new_country_is_created_and_an_odd_one_picked_by_typing(qtbot, services, tmp_path):
    source = tmp_path / "f.xlsx"
    wb = Workbook()
    wb.active.append(["Наименование соглашения", "Страна", "Регион"])
    wb.active.append(["Соглашение с Абхазией", "Абхазия", "Гагрский район"])
    wb.active.append(["Соглашение с Поднебесной", "Поднебесная", None])
    wb.save(source)

    def reread(mapping, create, choices):
        return read_import(services, "agreements", source, "en", mapping, create, choices)

    dialog = ImportDialog(services, reread({}, False, {}), None, reread)
    qtbot.addWidget(dialog)
    step = dialog.reconcile_step
    listed = {step.model.cell(r, 0): r for r in range(step.model.rowCount())}
    assert step.model.cell(listed["Абхазия"], 1) == "Countries"
    assert services.custom_countries.read() == []  # nothing added by reading
    combo = step.combos[listed["Поднебесная"]]
    seen: list[str] = []
    _answer_the_pick(qtbot, "Кита", "Китай", seen)
    combo.setCurrentIndex(combo.findData("pick"))
    combo.activated.emit(combo.currentIndex())
    assert seen[0] == "Кита" and "Китай" in seen[1:]
    assert combo.currentData() == "CN"
    create = step.combos[listed["Абхазия"]]
    create.setCurrentIndex(create.findData("create"))
    dialog.read_again.click()
    plan = dialog.plan
    assert plan.ok, [p.text("en") for p in plan.problems]
    assert [m.name for m in plan.missing if m.registry == "countries"] == ["Абхазия"]
    assert services.custom_countries.read() == []  # the preview adds nothing either
    dialog.run_import()
    assert [c.name_ru for c in services.custom_countries.read()] == ["Абхазия"]
    countries = sorted(
        services["agreements"].get(i)["country_code"]
        for i in services["agreements"].search(Query())
    )
    assert countries == ["CN", "XA"]
    mapping, choices = recall(services, "agreements")
    again = read_import(services, "agreements", source, "en", mapping, choices=choices)
    assert again.ok and not again.unresolved and not again.missing
    assert len(again.duplicates) == 2


def test_the_second_corpus_comes_in_through_the_window_and_then_asks_nothing(
    qtbot, services, tmp_path
):
    from tests.excel.corpus.build_more import AGREEMENT_ROWS, TWIN_ROWS, build

    source = build(tmp_path / "more")["two_sheets"]
    for kind, count in (("agreements", len(AGREEMENT_ROWS)), ("twins", len(TWIN_ROWS))):

        def reread(mapping, create, choices, kind=kind):
            return read_import(services, kind, source, "en", mapping, create, choices)

        dialog = ImportDialog(services, reread({}, False, {}), None, reread)
        qtbot.addWidget(dialog)
        assert not dialog.import_button.isEnabled()  # names to reconcile first
        dialog.create_missing.setChecked(True)  # reads the file again, creating them
        assert dialog.plan.ok, [p.text("en") for p in dialog.plan.problems]
        assert dialog.plan.sheet == ("Соглашения" if kind == "agreements" else "Побратимы")
        dialog.run_import()
        assert services[kind].count() == count
        mapping, choices = recall(services, kind)
        again = read_import(services, kind, source, "en", mapping, choices=choices)
        assert again.ok and not again.unresolved and not again.missing
        assert len(again.duplicates) == count
    assert [c.name_ru for c in services.custom_countries.read()] == ["Абхазия", "Южная Осетия"]
