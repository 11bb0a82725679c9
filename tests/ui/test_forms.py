"""The record form: live validation, pick lists, the agreement history, unsaved changes,
conflicts, and nothing lost across a restart."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt

from desktop.services import open_services
from desktop.ui.main_window import MainWindow
from tests.conftest import add_organisation, add_region
from tests.ui.conftest import type_text


def new_form(window, name):
    page = window.pages[name]
    window.show_registry(name)
    return page, page.new_record()


def test_errors_show_next_to_the_field_as_the_user_types(qtbot, window):
    _, form = new_form(window, "people")
    email = form.editors["email"]
    type_text(email.focus_widget(), "ivanov@")
    assert form.errors["email"].isVisibleTo(form)
    assert "e-mail" in form.errors["email"].text()
    assert not form.errors["name_ru"].isVisibleTo(form)  # untouched: not nagged yet
    type_text(email.focus_widget(), "example.org")
    assert not form.errors["email"].isVisibleTo(form)

    assert form.save() is False  # the required name is now reported
    assert form.errors["name_ru"].text() == "Required"
    assert form.summary.text()


def test_pick_list_completes_as_the_user_types(qtbot, window, services):
    add_organisation(services, "Народное правительство провинции Хэйлунцзян")
    add_organisation(services, "Университет Цзилинь")
    _, form = new_form(window, "people")
    form.show()
    qtbot.waitUntil(form.isActiveWindow)  # a loaded machine activates new windows late
    editor = form.editors["organisation_id"]
    type_text(editor.edit, "Хэйлун")
    qtbot.waitUntil(lambda: editor._model.rowCount() == 1)
    assert editor.value() == "Хэйлун"  # typed, not yet picked: invalid
    popup = editor.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    editor.completer.activated[type(popup.model().index(0, 0))].emit(
        editor.completer.completionModel().index(0, 0)
    )
    assert editor.value() == 1
    assert editor.edit.text() == "Народное правительство провинции Хэйлунцзян"


def test_agreement_history_is_checked_and_sets_the_status(qtbot, window, services):
    page, form = new_form(window, "agreements")
    form.editors["title"].set_value("Соглашение о сотрудничестве")
    form.editors["country_code"].set_value("CN")
    history = form.child_editors["history"]
    assert "Next step may be" in history.hint_label.text()
    history.add_row({"status": "registered", "on_date": date(2024, 1, 1)})
    assert form.save() is False
    assert "Cannot go from" in history._rows[1][1].text()

    history.set_values(
        [
            {"status": "draft", "on_date": date(2024, 1, 1)},
            {"status": "signed", "on_date": date(2024, 2, 1)},
        ]
    )
    assert form.save() is True
    assert services["agreements"].get(form.record_id)["status"] == "signed"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    status_column = [f.name for f in page.model.fields].index("status")
    assert page.model.index(0, status_column).data() == "Signed"


def test_delegation_members_and_agreements(qtbot, window, services):
    org = add_organisation(services)
    person = services["people"].create({"name_ru": "Ван Лэй", "organisation_id": org}).ids[0]
    agreement = services["agreements"].create({"title": "Меморандум", "country_code": "CN"}).ids[0]
    _, form = new_form(window, "delegations")
    form.editors["purpose"].set_value("Переговоры")
    form.editors["country_code"].set_value("CN")
    form.editors["date_from"].set_value(date(2025, 9, 1))
    form.child_editors["members"].add_row({"person_id": person, "role": "глава делегации"})
    form.child_editors["agreements"].add_row({"agreement_id": agreement})
    assert form.save()
    saved = services["delegations"].get(form.record_id)
    assert saved["members"] == [{"person_id": person, "name": None, "role": "глава делегации"}]
    assert saved["agreements"] == [{"agreement_id": agreement}]


def test_closing_with_unsaved_changes_asks(qtbot, window, services, answers):
    rid = add_region(services)
    page = window.pages["regions"]
    page.reload()
    form = page.open_record(rid)
    form.editors["name_ru"].set_value("провинция Ляонин")
    answers["unsaved"] = "cancel"
    assert form.close() is False and form.isVisible()
    answers["unsaved"] = "save"
    assert form.close() is True
    assert services["regions"].get(rid)["name_ru"] == "провинция Ляонин"


def test_conflict_keeps_mine_or_takes_theirs(qtbot, window, services, answers):
    rid = add_region(services)
    form = window.pages["regions"].open_record(rid)
    services["regions"].update(rid, 1, {"name_ru": "чужая правка"})  # someone else saves
    form.editors["name_original"].set_value("Liaoning")

    answers["conflict"] = "edit"
    assert form.save() is False
    assert "чужая правка" in answers["asked"][-1]  # both versions were shown

    answers["conflict"] = "theirs"
    form.save()
    assert form.editors["name_ru"].value() == "чужая правка"
    assert form.version == 2

    form.editors["name_ru"].set_value("моя правка")
    services["regions"].update(rid, 2, {"iso_code": "CN-LN"})
    answers["conflict"] = "mine"
    assert form.save() is True
    assert services["regions"].get(rid)["name_ru"] == "моя правка"


def test_nothing_is_lost_across_a_restart(qtbot, db_path, settings, answers, services):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    _, form = new_form(window, "people")
    values = {
        "name_ru": "Иванова Мария",
        "name_latin": "Ivanova Maria",
        "position": "Начальник управления",
        "level": "head_of_department",
        "phones": "+7 912 345-67-89",
        "email": "ivanova@example.org",
        "languages": "китайский, английский",
        "notes": "Встреча 12.03",
    }
    for name, value in values.items():
        form.editors[name].set_value(value)
    form.save_and_close()
    window.close()
    services.close()

    reopened = open_services(db_path)
    try:
        record = reopened["people"].get(reopened["people"].search()[0])
        assert {k: record[k] for k in values} == values
    finally:
        reopened.close()


def test_layout_is_remembered(qtbot, services, settings, answers):
    first = MainWindow(services, settings)
    qtbot.addWidget(first)
    first.nav.setCurrentRow(5)  # agreements
    header = first.pages["agreements"].view.horizontalHeader()
    header.resizeSection(0, 333)
    header.moveSection(2, 0)
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    first.close()

    second = MainWindow(services, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    header = second.pages["agreements"].view.horizontalHeader()
    assert second.nav.currentRow() == 5
    assert header.sectionSize(0) == 333
    assert header.logicalIndex(0) == 2
    assert second.pages["agreements"].query().sort_field == "kind"
    assert second.pages["agreements"].query().descending


def test_a_save_from_the_form_writes_once_and_reads_nothing(qtbot, services, answers):
    from desktop.domain.entities import AGREEMENTS
    from desktop.ui.record_form import RecordForm
    from tests.transactions import counted_transactions

    region = add_region(services)
    org = add_organisation(services)
    rid = (
        services["agreements"]
        .create(
            {
                "title": "Соглашение",
                "country_code": "CN",
                "region_id": region,
                "parties": [{"side": "foreign", "organisation_id": org}],
                "history": [{"status": "draft", "on_date": date(2024, 1, 10)}],
            }
        )
        .ids[0]
    )
    form = RecordForm(services, AGREEMENTS, rid)
    qtbot.addWidget(form)
    form.show()
    emitted = []
    form.saved.connect(emitted.append)
    checked = form.edit.validations
    form.editors["title"].edit.end(False)
    type_text(form.editors["title"].edit, " 2")
    assert form.edit.validations == checked + 2  # once per keystroke, not more
    form.child_editors["history"].add_row({"status": "signed", "on_date": date(2024, 2, 1)})
    assert form.is_dirty() and form.windowTitle().endswith(" *")
    checked = form.edit.validations

    with counted_transactions(services) as counted:
        assert form.save() is True
    assert counted == {"read": 0, "write": 1}
    assert form.edit.validations == checked  # the save writes what was checked already
    assert form.version == 2 and not form.is_dirty()
    assert form.windowTitle() == "Agreement: Соглашение 2"
    assert [c.ids for c in emitted] == [(rid,)]
    assert form.editors["region_id"].value() == region
    assert form.editors["region_id"].edit.text() == "провинция Хэйлунцзян"
    assert services["agreements"].get(rid)["status"] == "signed"

    form.tabs.setCurrentWidget(form.history_table)  # the change log is read when shown
    assert form.history.rowCount() == 4  # created; title, history and status changed

    new = RecordForm(services, AGREEMENTS, None)
    qtbot.addWidget(new)
    new.editors["title"].set_value("Меморандум")
    new.editors["country_code"].set_value("CN")
    with counted_transactions(services) as counted:
        assert new.save() is True
    assert counted == {"read": 0, "write": 1}
    assert new.record_id is not None and new.version == 1
    new.tabs.setCurrentWidget(new.attachments)  # enabled for the record now it exists
    assert new.attachments.record_id == new.record_id and new.attachments.isEnabled()


def test_a_problem_appearing_moves_no_field(qtbot, window):
    """A message under a field takes a line kept for it: the fields below stay where they
    were (a click aimed at one landed on another)."""
    _, form = new_form(window, "people")
    form.show()
    qtbot.waitExposed(form)

    def places():
        return {n: e.mapTo(form, e.rect().topLeft()).toTuple() for n, e in form.editors.items()}

    before = places()
    type_text(form.editors["email"].focus_widget(), "ivanov@")
    assert form.save() is False  # the required name and the e-mail now show problems
    assert form.errors["email"].isVisibleTo(form) and form.errors["name_ru"].isVisibleTo(form)
    assert places() == before
    long_message = form.errors["email"].message
    assert form.editors["email"].focus_widget().toolTip() == long_message


def test_every_list_shows_its_choice_by_name(qtbot, services, answers):
    """A required list's first item was shown by its code («in_person», «international»)."""
    from desktop.domain.entities import ALL
    from desktop.ui.editors import ComboEditor
    from desktop.ui.record_form import RecordForm
    from desktop.ui.text import tr_domain

    for entity in ALL:
        form = RecordForm(services, entity, None)
        qtbot.addWidget(form)
        for name, editor in form.editors.items():
            field = entity.field(name)
            if isinstance(editor, ComboEditor) and field.choices and field.default:
                label = tr_domain(field.choices.label(field.default))
                assert editor.combo.currentText() == label, (entity.name, name)


def test_a_probable_duplicate_is_shown_before_saving(qtbot, window, services, answers):
    """«Провинция Цзилинь» beside «провинция Цзилинь» (issue 11, item 15): the form names the
    existing record with a way to open it, and saves only once the user says so."""
    jilin = add_region(services, "провинция Цзилинь", "CN", "吉林省")
    page, form = new_form(window, "regions")
    warning = form.duplicate_warning
    assert not warning.isVisibleTo(form)
    form.editors["country_code"].set_value("CN")
    type_text(form.editors["name_ru"].focus_widget(), "Провинция Цзилинь")
    assert warning.isVisibleTo(form)
    assert "провинция Цзилинь" in warning.label.text() and f'href="{jilin}"' in warning.label.text()

    answers["ask"] = False
    assert form.save() is False
    assert "провинция Цзилинь" in answers["asked"][-1]
    assert services["regions"].count() == 1

    qtbot.mouseClick(warning.open_button, Qt.MouseButton.LeftButton)
    assert any(f.record_id == jilin for f in page.forms)  # the existing one, opened

    answers["ask"] = True
    assert form.save() is True  # saving anyway stays possible
    assert services["regions"].count() == 2
    assert not warning.isVisibleTo(form)  # saved: it is its own record now
