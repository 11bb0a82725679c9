"""Each registry, driven as a user would: create through the form, find through the search
box, edit, delete into the trash and restore."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.domain.entities import ALL
from desktop.domain.fields import Kind
from desktop.services import Query, Services, open_services
from desktop.ui.record_form import RecordForm
from tests.conftest import add_organisation, add_region
from tests.ui.conftest import type_text

WORD = "Зеленоградск"


def prepare_references(services) -> dict[str, int]:
    """Records the required pick lists of any form can point to."""
    region = add_region(services)
    ours = add_organisation(services, "Администрация города Заречный", side="ours", country="RU")
    return {"regions": region, "organisations": ours}


def fill_required(form: RecordForm, refs: dict[str, int]) -> str:
    """Fill every required field; put WORD into the first searchable one. Returns its name."""
    searchable = form.entity.searchable_fields[0].name
    for field in form.entity.fields:
        editor = form.editors.get(field.name)
        if editor is None or not (field.required or field.name == searchable):
            continue
        if field.name == searchable:
            type_text(editor.focus_widget(), f"{WORD} 测试")
        elif field.kind is Kind.COUNTRY:
            editor.set_value("CN")
        elif field.kind is Kind.DATE:
            editor.set_value(date(2025, 3, 14))
        elif field.kind is Kind.REF:
            editor.choose(refs[field.ref])
        elif field.kind is Kind.CHOICE and editor.value() is None:
            editor.set_value(field.choices.codes()[0])
        elif editor.value() in (None, ""):
            editor.set_value("Проверка")
    return searchable


@pytest.mark.parametrize("entity", ALL, ids=[e.name for e in ALL])
def test_create_find_edit_delete_restore(qtbot, window, services, entity):
    refs = prepare_references(services)
    window.show_registry(entity.name)
    page = window.page()
    assert page.entity is entity
    page.reload()  # the references were added behind its back
    before = page.model.rowCount()

    # create through the form (Ctrl+N, then Save and close)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.forms[-1]
    searchable = fill_required(form, refs)
    form.save_and_close()
    assert not form.summary.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1)
    record_id = services[entity.name].search(Query(text=WORD))[0]

    # find it through the search box (Cyrillic typed key by key)
    type_text(page.search_box, WORD[:6])
    qtbot.waitUntil(lambda: page.model.ids() == [record_id])
    assert "1 record shown of" in window.count_label.text()

    # open it with Enter, edit, save with Ctrl+S, close with Esc
    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    form = next(f for f in page.forms if f.record_id == record_id)
    editor = form.editors[searchable]
    editor.set_value(f"{WORD} правка")
    editor.changed.emit()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services[entity.name].get(record_id)[searchable] == f"{WORD} правка"
    assert services[entity.name].get(record_id)["version"] == 2
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible())
    column = (
        [f.name for f in page.model.fields].index(searchable)
        if searchable in [f.name for f in page.model.fields]
        else None
    )
    if column is not None:
        assert page.model.index(0, column).data() == f"{WORD} правка"

    # delete into the trash, then restore
    page.view.selectRow(0)
    window.delete_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert services[entity.name].count(trash=True) == 1
    window.trash_action.trigger()
    qtbot.waitUntil(lambda: page.model.ids() == [record_id])
    page.view.selectRow(0)
    assert window.restore_action.isEnabled()
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    window.trash_action.trigger()
    qtbot.waitUntil(lambda: page.model.ids() == [record_id])
    actions = [e.action for e in services[entity.name].history(record_id)]
    assert actions == ["create", "update", "delete", "restore"]


@pytest.mark.parametrize("entity", ALL, ids=[e.name for e in ALL])
def test_every_table_model_passes_the_model_tester(qtbot, qtmodeltester, window, services, entity):
    from desktop.services.demo import fill_demo

    fill_demo(services.db, 250)
    page = window.pages[entity.name]
    page.reload()
    assert page.model.rowCount() == 250
    qtmodeltester.check(page.model)
    page.model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(page.model)


def behind_its_back(db_path) -> Services:
    """Another program on the same file: its writes reach this window's pages only when
    they search again (F5), not through this window's change channel."""
    return open_services(db_path, language="ru", user="other")


def test_keyboard_shortcuts(qtbot, window, services, answers, db_path):
    page = window.show_registry("regions")
    with behind_its_back(db_path) as other:
        add_region(other)
    qtbot.waitUntil(window.isActiveWindow)
    assert page.model.rowCount() == 0
    qtbot.keyClick(window, Qt.Key.Key_F5)  # refresh shows what was added behind its back
    assert page.model.rowCount() == 1

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_box.hasFocus()

    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert answers["asked"] and "trash" in answers["asked"][-1]
    assert page.model.rowCount() == 0

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.page() is window.pages["organisations"]


def test_counts_and_scrolling_a_big_registry(qtbot, window, services, monkeypatch, db_path):
    """The status bar's total follows records added behind the page's back once refreshed,
    and scrolling through a registry keeps a bounded number of rows in memory."""
    from desktop.services.demo import fill_demo
    from desktop.ui import table_model

    page = window.show_registry("regions")
    fill_demo(services.db, 300)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert page.counts() == (300, 300)
    page.search_box.setText("Харбин")
    page.reload()
    shown, total = page.counts()
    assert shown < 300 and total == 300
    with behind_its_back(db_path) as other:
        add_region(other, "город Харбин", "CN", "哈尔滨")
    assert page.counts() == (shown, total)  # not told
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert page.counts() == (shown + 1, 301)

    monkeypatch.setattr(table_model, "MAX_CACHED", 120)
    page.search_box.setText("")
    page.reload()
    bar = page.view.verticalScrollBar()
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        page.view.viewport().repaint()
        assert len(page.model._cache) <= 120 + table_model.BLOCK
    assert page.model.data(page.model.index(300, 0)) not in (None, "")
