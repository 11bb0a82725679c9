"""Typing into the status history by real key events (issue 11, blocker 1): a half-typed date
is shown as a problem of its cell, never an exception, wherever the user types next."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from desktop.domain.entities import AGREEMENTS
from desktop.ui.record_form import RecordForm


def open_form(qtbot, services, record_id=None) -> RecordForm:
    form = RecordForm(services, AGREEMENTS, record_id)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def date_cell(form, row):
    editors, error, _ = form.child_editors["history"]._rows[row]
    date_editor = next(e for e in editors if e.field.name == "on_date")
    return date_editor.edit, error


def type_keys(qtbot, widget, text, after_each):
    """One QKeyEvent press and release per character (ASCII here), as a keyboard sends."""
    for index, char in enumerate(text):
        qtbot.keyClick(widget, char)
        after_each(text[: index + 1])


def test_typing_a_date_into_a_new_second_step(qtbot, services, answers):
    form = open_form(qtbot, services)
    form.editors["title"].set_value("Соглашение о сотрудничестве")
    form.editors["country_code"].set_value("CN")
    history = form.child_editors["history"]
    form.tabs.setCurrentWidget(history)
    qtbot.mouseClick(history.add_button, Qt.MouseButton.LeftButton)
    status = next(e for e in history._rows[1][0] if e.field.name == "status")
    status.set_value("signed")
    edit, error = date_cell(form, 1)
    edit.setFocus()
    signed_on = date.today() + timedelta(days=40)

    def half_typed_is_a_problem(typed: str) -> None:
        assert edit.text() == typed
        if len(typed) < 10:
            assert error.isVisibleTo(form) and "date" in error.text(), typed

    with qtbot.captureExceptions() as exceptions:
        type_keys(qtbot, edit, f"{signed_on:%d.%m.%Y}", half_typed_is_a_problem)
    assert exceptions == []
    assert not error.isVisibleTo(form)
    assert form.save() is True
    saved = services["agreements"].get(form.record_id)
    assert [s["on_date"] for s in saved["history"]] == [date.today(), signed_on]
    assert saved["status"] == "signed"


def test_correcting_a_date_of_an_existing_history(qtbot, services, answers):
    history = [
        {"status": "draft", "on_date": date(2024, 1, 10)},
        {"status": "signed", "on_date": date(2024, 2, 1)},
        {"status": "registered", "on_date": date(2024, 3, 1)},
    ]
    rid = (
        services["agreements"]
        .create({"title": "Меморандум", "country_code": "CN", "history": history})
        .ids[0]
    )
    form = open_form(qtbot, services, rid)
    form.tabs.setCurrentWidget(form.child_editors["history"])
    edit, error = date_cell(form, 1)
    edit.setFocus()
    edit.selectAll()
    with qtbot.captureExceptions() as exceptions:
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
        type_keys(qtbot, edit, "05.0", lambda typed: None)
        assert error.isVisibleTo(form) and "date" in error.text()
        # while the date stands half-typed, typing anywhere else in the form is fine too
        title = form.editors["title"].focus_widget()
        title.setFocus()
        title.end(False)
        qtbot.keyClicks(title, " 2")
        assert error.isVisibleTo(form)
        edit.setFocus()
        edit.end(False)
        type_keys(qtbot, edit, "2.2024", lambda typed: None)
    assert exceptions == []
    assert not error.isVisibleTo(form)
    assert form.save() is True
    saved = services["agreements"].get(rid)
    assert saved["history"][1]["on_date"] == date(2024, 2, 5)
    assert saved["title"] == "Меморандум 2" and saved["status"] == "registered"


def test_a_new_form_has_its_first_field_focused_and_answers_keys_at_once(qtbot, window):
    from PySide6.QtWidgets import QApplication

    page = window.pages["regions"]
    window.show_registry("regions")
    form = page.new_record()
    qtbot.waitUntil(form.isActiveWindow)
    first = next(iter(form.editors.values()))
    assert QApplication.focusWidget() is first.focus_widget()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.summary.text()  # Ctrl+S tried to save: the required fields are named
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible())


def test_a_row_just_added_is_not_nagged_and_messages_name_the_field(qtbot, services, answers):
    form = open_form(qtbot, services)
    parties = form.child_editors["parties"]
    form.tabs.setCurrentWidget(parties)
    qtbot.mouseClick(parties.add_button, Qt.MouseButton.LeftButton)
    error = parties._rows[0][1]
    assert not error.isVisibleTo(form)  # nothing typed in it yet
    assert form.save() is False
    assert error.isVisibleTo(form)
    assert error.text() == "Organisation: Required"


def test_a_required_list_offers_no_blank_entry(qtbot, services, answers):
    from desktop.domain.entities import REGIONS
    from desktop.ui.record_form import RecordForm

    form = RecordForm(services, REGIONS, None)
    qtbot.addWidget(form)
    combo = form.editors["kind"].combo
    assert "" not in [combo.itemText(i) for i in range(combo.count())]
    assert form.editors["kind"].value() == "province"  # its default
    optional = form.editors["iso_code"]  # a text field: unaffected
    assert optional.value() == ""
    history = open_form(qtbot, services).child_editors["history"]
    history.add_row({})
    status = next(e for e in history._rows[1][0] if e.field.name == "status")
    assert status.value() is None and status.combo.currentText() == ""  # nothing chosen yet
    assert "" not in [status.combo.itemText(i) for i in range(status.combo.count())]


def test_a_pick_list_offers_to_create_what_it_does_not_find(qtbot, services, answers):
    """A party whose organisation is not in the registry (issue 11, item 5): typed by real
    key events, the list offers «Create "…"», a small form opens with the name in it, and
    its save comes back to the agreement with the new organisation picked."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.editors import CREATE, ID_ROLE
    from tests.ui.conftest import type_text

    existing = services["organisations"].create(
        {"name_ru": "Правительство провинции Цзилинь", "kind": "regional_government"}
    )
    form = open_form(qtbot, services)
    form.editors["title"].set_value("Соглашение о сотрудничестве")
    form.editors["country_code"].set_value("CN")
    parties = form.child_editors["parties"]
    form.tabs.setCurrentWidget(parties)
    qtbot.mouseClick(parties.add_button, Qt.MouseButton.LeftButton)
    cell = next(e for e in parties._rows[0][0] if e.field.name == "organisation_id")
    qtbot.waitUntil(form.isActiveWindow)
    type_text(cell.edit, "Цзилинь")  # found: no offer to create
    qtbot.waitUntil(lambda: cell._model.rowCount() == 1)
    assert cell._model.item(0).data(ID_ROLE) == existing.ids[0]

    cell.edit.clear()
    type_text(cell.edit, "Университет Цзилиня")
    qtbot.waitUntil(
        lambda: cell._model.rowCount() == 1 and cell._model.item(0).data(ID_ROLE) == CREATE
    )
    assert cell._model.item(0).text() == "Create «Университет Цзилиня»…"
    popup = cell.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    small = cell.creating
    assert small is not None and small.entity.name == "organisations"
    assert small.width() <= 760
    assert small.editors["name_ru"].value() == "Университет Цзилиня"
    assert cell.edit.text() == "Университет Цзилиня"  # the typed text, not the offer's
    qtbot.waitExposed(small)
    small.activateWindow()
    qtbot.waitUntil(small.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: cell.creating is None)  # saved, closed: back to the agreement
    created = services["organisations"].search()[-1]
    assert services["organisations"].get(created)["name_ru"] == "Университет Цзилиня"
    assert cell.value() == created and cell.edit.text() == "Университет Цзилиня"
    assert form.save() is True
    assert services["agreements"].get(form.record_id)["parties"][0]["organisation_id"] == created


def test_a_registration_date_that_disagrees_with_the_history_is_shown_at_the_field(
    qtbot, services, answers
):
    history = [
        {"status": "draft", "on_date": date(2024, 1, 10)},
        {"status": "signed", "on_date": date(2024, 2, 1)},
        {"status": "registered", "on_date": date(2024, 3, 1)},
    ]
    rid = (
        services["agreements"]
        .create({"title": "Меморандум", "country_code": "CN", "history": history})
        .ids[0]
    )
    assert services["agreements"].get(rid)["reg_date"] == date(2024, 3, 1)  # filled
    form = open_form(qtbot, services, rid)
    edit = form.editors["reg_date"].edit
    assert edit.text() == "01.03.2024"
    edit.setFocus()
    edit.selectAll()
    type_keys(qtbot, edit, "05.03.2024", lambda typed: None)
    error = form.errors["reg_date"]
    assert error.isVisibleTo(form)
    assert "registered on 01.03.2024" in error.message
    assert form.save() is False
    edit.selectAll()
    type_keys(qtbot, edit, "01.03.2024", lambda typed: None)
    assert not error.isVisibleTo(form)
