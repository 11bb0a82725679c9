"""Typing dates known to the year or the month and a term in words into the agreement and
twin forms by real key events (issue 12, item 3): a half-typed date is a problem next to
its field, never an exception; what is saved keeps its precision."""

from __future__ import annotations

from datetime import date

from desktop.domain.entities import AGREEMENTS, TWINS
from desktop.domain.partial_dates import PartialDate, Precision
from desktop.ui.record_form import RecordForm
from tests.conftest import add_organisation, add_region
from tests.ui.conftest import type_text


def open_form(qtbot, services, entity) -> RecordForm:
    form = RecordForm(services, entity, None)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def type_watching(qtbot, form, name, text):
    """Type ``text`` into field ``name`` one key at a time; the problems shown after each."""
    edit = form.editors[name].edit
    edit.setFocus()
    edit.clear()
    shown = []
    with qtbot.captureExceptions() as exceptions:
        for char in text:
            type_text(edit, char)
            form.edit.problems  # validated once per change, as the form does  # noqa: B018
            shown.append(form.errors[name].message)
    assert exceptions == []
    return shown


def test_signing_in_a_year_a_start_in_a_month_and_a_term_in_words(qtbot, services, answers):
    form = open_form(qtbot, services, AGREEMENTS)
    form.editors["title"].set_value("Соглашение о сотрудничестве")
    form.editors["country_code"].set_value("CN")
    form._touched.update({"signed_on", "valid_from"})
    shown = type_watching(qtbot, form, "signed_on", "07.20")
    assert all(shown), shown  # «0» … «07.20»: each a problem at the field
    assert "2012, 07.2016" in shown[-1]
    assert type_watching(qtbot, form, "signed_on", "2012")[-1] == ""
    assert type_watching(qtbot, form, "valid_from", "июль 2016")[-1] == ""
    type_text(form.editors["term"].edit, "5 лет с автоматической пролонгацией на 5 лет")
    assert form.save() is True
    saved = services["agreements"].get(form.record_id)
    assert saved["signed_on"] == PartialDate(date(2012, 1, 1), Precision.YEAR)
    assert saved["valid_from"] == PartialDate(date(2016, 7, 1), Precision.MONTH)
    assert saved["valid_to"] == PartialDate(date(2017, 1, 1), Precision.YEAR)  # derived
    assert saved["auto_prolongation"] is True
    # the form shows what was saved as written
    assert form.editors["signed_on"].edit.text() == "2012"
    assert form.editors["valid_from"].edit.text() == "07.2016"
    assert form.editors["valid_to"].edit.text() == "2017"


def test_a_twin_pair_established_in_a_year_with_a_suspension_in_a_month(qtbot, services, answers):
    ours = add_organisation(services, "Администрация города Заречный", side="ours", country="RU")
    region = add_region(services, "Люблин", "PL", "Lublin")
    form = open_form(qtbot, services, TWINS)
    form.editors["our_organisation_id"].choose(ours)
    form.editors["foreign_region_id"].choose(region)
    form.editors["country_code"].set_value("PL")
    history = form.child_editors["history"]
    history.set_values(
        [
            {"status": "established", "on_date": "1992"},
            {"status": "suspended", "on_date": "апрель 2022", "side": "foreign"},
        ]
    )
    history.changed.emit()
    assert form.edit.problems == []
    assert form.save() is True
    saved = services["twins"].get(form.record_id)
    assert saved["status"] == "suspended"
    assert saved["established_on"] == PartialDate(date(1992, 1, 1), Precision.YEAR)
    assert str(saved["history"][1]["on_date"]) == "04.2022"


def test_a_date_known_to_the_year_takes_no_more_room_than_a_whole_date(qtbot, services, answers):
    """In a result's row the date column took the widest share: its editor was as wide as
    its hint «дд.мм.гггг, мм.гггг или гггг»; the hint is its tooltip now."""
    form = open_form(qtbot, services, AGREEMENTS)
    partial, whole = form.editors["signed_on"], form.editors["reg_date"]
    assert partial.edit.width() <= whole.edit.width() + 2
    assert "yyyy" in partial.toolTip()
    type_watching(qtbot, form, "signed_on", "30.12.2026")
    edit = partial.edit
    assert edit.fontMetrics().horizontalAdvance(edit.text()) < edit.width()
