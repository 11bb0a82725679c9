"""Results and the plan of measures in the agreement's form: typed into key by key in
Russian, checked as typed, saved; Home lists the overdue items and opens their record."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from desktop.domain.entities import AGREEMENTS
from desktop.ui.record_form import RecordForm
from tests.ui.conftest import type_text
from tests.ui.test_home import show_home


def cell(child_editor, row: int, name: str):
    editors, error, _ = child_editor._rows[row]
    return next(e for e in editors if e.field.name == name), error


def test_results_and_plan_are_typed_in_russian_and_saved(qtbot, services, answers):
    event = services["events"].create({"name": "Форум регионов", "date_from": date(2024, 6, 3)})
    form = RecordForm(services, AGREEMENTS, None)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.editors["title"].set_value("Соглашение о сотрудничестве")
    form.editors["country_code"].set_value("CN")
    type_text(form.editors["signed_on"].focus_widget(), "01.03.2020")

    results = form.child_editors["results"]
    form.tabs.setCurrentWidget(results)
    qtbot.mouseClick(results.add_button, Qt.MouseButton.LeftButton)
    type_text(cell(results, 0, "on_date")[0].focus_widget(), "2019")
    type_text(cell(results, 0, "description")[0].focus_widget(), "Проведён форум в Харбине")
    cell(results, 0, "kind")[0].set_value("event")
    cell(results, 0, "event_id")[0].set_value(event.ids[0])
    date_editor, error = cell(results, 0, "on_date")
    assert error.isVisibleTo(form) and "before the ties began" in error.text()
    date_editor.focus_widget().selectAll()
    type_text(date_editor.focus_widget(), "06.2024")
    assert not error.isVisibleTo(form)

    plan = form.child_editors["plan"]
    form.tabs.setCurrentWidget(plan)
    qtbot.mouseClick(plan.add_button, Qt.MouseButton.LeftButton)
    type_text(cell(plan, 0, "measure")[0].focus_widget(), "Обмен делегациями, ярмарка «Харбин»")
    type_text(
        cell(plan, 0, "responsible")[0].focus_widget(), "Министерство экономического развития"
    )
    type_text(cell(plan, 0, "deadline")[0].focus_widget(), "12.2024")
    status, error = cell(plan, 0, "status")
    status.set_value("done")
    assert error.isVisibleTo(form) and "done on" in error.text()
    type_text(cell(plan, 0, "done_on")[0].focus_widget(), "20.11.2024")
    assert not error.isVisibleTo(form)

    assert form.save() is True
    saved = services["agreements"].get(form.record_id)
    assert [(r["description"], r["event_id"], r["on_date"].text()) for r in saved["results"]] == [
        ("Проведён форум в Харбине", event.ids[0], "06.2024")
    ]
    assert saved["plan"] == [
        {
            "measure": "Обмен делегациями, ярмарка «Харбин»",
            "deadline": saved["plan"][0]["deadline"],
            "responsible": "Министерство экономического развития",
            "status": "done",
            "done_on": date(2024, 11, 20),
        }
    ]
    assert saved["plan"][0]["deadline"].text() == "12.2024"


def test_home_lists_overdue_plan_items_and_opens_them(qtbot, window, services):
    late = date.today() - timedelta(days=20)
    record = services["agreements"].create(
        {
            "title": "Дорожная карта с Хэйлунцзяном",
            "country_code": "CN",
            "plan": [
                {"measure": "Бизнес-миссия", "deadline": late},
                {"measure": "Впереди", "deadline": date.today() + timedelta(days=20)},
            ],
        }
    )
    show_home(qtbot, window)
    home = window.home
    listing = home.lists["overdue"]
    assert listing.count() == 1
    assert "Дорожная карта с Хэйлунцзяном — Бизнес-миссия" in listing.item(0).text()
    assert home.boxes["overdue"].title().endswith("(1)")
    # counted on the report's line; its link shows the list
    assert "(1)</a>" in home.overdue_link.text() and home.overdue_link.isVisible()
    home.overdue_link.linkActivated.emit("overdue")
    assert home.overdue_window.isVisible() and listing.isVisible()
    home._open(listing.item(0))
    assert not home.overdue_window.isVisible()
    page = window.page()
    assert page is window.pages["agreements"]
    assert [form.record_id for form in page.forms] == [record.ids[0]]
