"""The import window's mapping and reconciliation steps (issue 12): an office register comes
in with the choices made once, and the second import of the same file asks nothing."""

from __future__ import annotations

from desktop.excel.importer import read_import
from desktop.services.reconciliation import recall
from desktop.ui.import_dialog import ImportDialog
from tests.excel.corpus.build import build


def test_the_register_comes_in_through_the_steps_and_then_without_a_question(
    qtbot, qtmodeltester, services, tmp_path
):
    source = build(tmp_path / "corpus")["agreements"]

    def reread(mapping, create, choices):
        return read_import(services, "agreements", source, "en", mapping, create, choices)

    dialog = ImportDialog(services, reread({}, False, {}), None, reread)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()  # names the registry lacks
    names = dialog.reconcile_step.model
    assert names.rowCount() == 19  # each distinct name once, not once per row
    listed = [names.cell(r, 0) for r in range(names.rowCount())]
    assert listed.count("Администрация Энской области") == 1
    assert names.cell(listed.index("Администрация Энской области"), 2) == "7, 12"
    skipped = dialog.skipped.model()
    assert skipped.rowCount() == 6 and skipped.cell(4, 0) == "23"
    for view in (dialog.mapping, dialog.reconcile_step.view, dialog.preview, dialog.skipped):
        qtmodeltester.check(view.model())
    # the mapping step: «Источник» read as where the original is kept
    row = [c.text for c in dialog.plan.columns].index("Источник")
    combo = dialog.mapping_step.combos[row]
    combo.setCurrentIndex(combo.findData("original_location"))
    # the reconciliation step: «Минская область» left in the notes, the rest created
    minsk = dialog.reconcile_step.combos[listed.index("Минская область")]
    minsk.setCurrentIndex(minsk.findData("notes"))
    dialog.read_again.click()
    plan = dialog.plan
    # 18 names, 17 records: «АРВМ» and «Внутренняя Монголия» are one region
    assert plan.ok and len(plan.missing) == 17 and not plan.unresolved
    assert {c.text: c.target for c in plan.columns}["Источник"] == "original_location"
    assert dialog.import_button.isEnabled()
    dialog.run_import()
    assert services["agreements"].count() == 14
    mapping, choices = recall(services, "agreements")
    assert mapping == {"Источник": "original_location"}
    assert choices["regions"]["минская область"] == "notes"
    # next year: the same file, with what was remembered, needs no question
    again = read_import(services, "agreements", source, "en", mapping, choices=choices)
    assert again.ok and not again.unresolved and not again.missing
    assert {c.text: c.target for c in again.columns}["Источник"] == "original_location"
