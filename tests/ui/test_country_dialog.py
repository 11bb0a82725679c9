"""Adding a partner country outside ISO 3166-1 from the window (issue 12, item 3)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.country_dialog import CountryDialog
from tests.ui.conftest import type_text


def test_the_dialog_adds_a_country_or_says_why_not_and_stays_open(qtbot, services):
    dialog = CountryDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.code.currentText() == "XA"
    type_text(dialog.name_ru, "Китай")  # a country the registry knows
    dialog.add()
    assert dialog.added is None and dialog.result() == 0
    assert "CN" in dialog.problem.text()
    dialog.name_ru.clear()
    type_text(dialog.name_ru, "Абхазия")
    dialog.add()
    assert dialog.added == "XA"
    assert services.country_name("XA") == "Абхазия"
    assert CountryDialog(services).code.currentText() == "XB"  # the next free one


def test_the_file_menu_opens_it(window, qtbot):
    action = next(
        a for a in window.menuBar().actions()[0].menu().actions() if "country" in a.text()
    )

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CountryDialog)
        type_text(dialog.name_ru, "Абхазия")
        dialog.add()

    QTimer.singleShot(0, fill)
    action.trigger()
    assert window.services.country_name("XA") == "Абхазия"
