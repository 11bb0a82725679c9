"""The trip in the window: the menu, accepting a package after its preview, the conflicts
resolved one by one by a person."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.services import open_services
from desktop.ui import dialogs, trip
from tests.conftest import add_region


def a_package_with_a_conflict(services, tmp_path: Path) -> tuple[int, Path]:
    region = add_region(services)
    (tmp_path / "trip").mkdir()
    copy = services.exchange.take_copy(tmp_path / "trip" / "laptop.sqlite")
    with open_services(copy, user="ivanova") as laptop:
        laptop["regions"].update(region, 1, {"name_ru": "Хэйлунцзян (поездка)", "notes": "н"})
        laptop["regions"].create({"country_code": "CN", "name_ru": "Цзилинь", "kind": "province"})
        package = tmp_path / "trip.irchanges"
        laptop.exchange.write_changes(package)
    services["regions"].update(region, 1, {"name_ru": "Хэйлунцзян (офис)"})
    return region, package


def test_the_trip_menu_offers_the_four_steps(window):
    texts = {a.text() for a in window.menuBar().actions()[0].menu().actions() if a.menu()}
    assert "&Trip" in texts
    [menu] = [a.menu() for a in window.menuBar().actions()[0].menu().actions() if a.menu()]
    assert [a.text() for a in menu.actions()] == [
        "&Take a copy on a trip…",
        "&Prepare changes for the office…",
        "&Accept changes from a trip…",
        "&Conflicts to resolve…",
    ]


def test_accepting_shows_what_will_happen_then_leaves_conflicts_to_a_person(
    qtbot, qtmodeltester, window, services, tmp_path, monkeypatch, answers
):
    region, package = a_package_with_a_conflict(services, tmp_path)
    monkeypatch.setattr(dialogs, "choose_package", lambda *_: str(package))
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        accept = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        )
        monkeypatch.setattr(box, "clickedButton", lambda: accept)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    opened: list[trip.ConflictsDialog] = []
    monkeypatch.setattr(dialogs, "exec_dialog", lambda dialog: opened.append(dialog) or True)

    trip.accept_changes(window, services)

    assert "adds 1 new record(s), changes 1" in shown[0] and "1 conflict(s)" in shown[0]
    assert services["regions"].lookup("Цзилинь")  # what did not conflict is in
    assert services["regions"].get(region)["notes"] == "н"
    [conflicts] = opened
    qtbot.addWidget(conflicts)
    qtmodeltester.check(conflicts.model)
    assert conflicts.model.rowCount() == 1
    index = conflicts.model.index
    assert [conflicts.model.data(index(0, c)) for c in (2, 3)] == [
        "Хэйлунцзян (офис)",
        "Хэйлунцзян (поездка)",
    ]
    assert conflicts.office_button.isEnabled() and conflicts.laptop_button.isEnabled()
    assert conflicts.edit_button.isVisibleTo(conflicts)  # the main window can open the record
    conflicts.laptop_button.click()
    assert services["regions"].get(region)["name_ru"] == "Хэйлунцзян (поездка)"
    assert conflicts.model.rowCount() == 0
    assert not conflicts.office_button.isEnabled()  # nothing left to choose


def test_the_record_of_a_conflict_opens_for_editing(qtbot, window, services, tmp_path, answers):
    region, package = a_package_with_a_conflict(services, tmp_path)
    services.exchange.merge(services.exchange.read_package(package))
    conflicts = trip.ConflictsDialog(services, window, window.open_record)
    qtbot.addWidget(conflicts)
    conflicts.edit_button.click()
    page = window.page()
    assert page is not None and page.entity.name == "regions"
    assert [form.record_id for form in page.forms] == [region]
    assert len(services.exchange.conflicts()) == 1  # still to be resolved by a person


def test_accepting_the_same_package_again_says_there_is_nothing_to_do(
    window, services, tmp_path, monkeypatch, answers
):
    _, package = a_package_with_a_conflict(services, tmp_path)
    services.exchange.merge(services.exchange.read_package(package))
    monkeypatch.setattr(dialogs, "choose_package", lambda *_: str(package))
    trip.accept_changes(window, services)
    assert any("accepted before" in text for text in answers["asked"])


def test_preparing_changes_in_an_office_registry_says_what_to_do_instead(window, services, answers):
    trip.prepare_changes(window, services)
    assert any("not a copy taken on a trip" in text for text in answers["asked"])


def test_the_window_of_a_copy_says_it_is_one_and_where_it_came_from(
    qtbot, window, services, settings, tmp_path
):
    from PySide6.QtWidgets import QLabel

    from desktop.ui.main_window import MainWindow

    assert window.findChild(QLabel, "copy-notice") is None  # the office's own registry
    assert not window.windowTitle().endswith(" (a copy for a trip)")
    copy = services.exchange.take_copy(tmp_path / "laptop.sqlite", name="Иванова, Харбин")
    with open_services(copy, user="ivanova") as laptop:
        away = MainWindow(laptop, settings)
        qtbot.addWidget(away)
        away.show()
        notice = away.findChild(QLabel, "copy-notice")
        assert notice is not None and notice.isVisible()
        assert "«Иванова, Харбин»" in notice.text()
        assert "Prepare changes for the office" in notice.toolTip()
        assert str(services.location) in notice.text()
        assert laptop.exchange.site.taken_at is not None
        assert laptop.exchange.site.taken_at.strftime("%d.%m.%Y") in notice.text()
        assert away.windowTitle().endswith(" (a copy for a trip)")
        away.home.background.wait()
        away.close()
