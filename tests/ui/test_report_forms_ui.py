"""The built-in forms from the window: chosen by name in the report dialog (for the previous
year), the adjacent states and the forms submitted in the settings, their deadlines on Home."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from desktop.services.dashboard import DashboardRules, build_dashboard
from desktop.ui import dialogs
from desktop.ui.app_settings import AppSettings
from desktop.ui.dashboard_page import DashboardPage
from desktop.ui.report_dialog import ReportDialog
from desktop.ui.settings_dialog import SettingsDialog


def test_a_form_is_chosen_by_name_and_reports_on_the_previous_year(
    qtbot, services, monkeypatch, tmp_path
):
    out = tmp_path / "280.xlsx"
    offered: list[str] = []
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *_: str(out))
    monkeypatch.setattr(dialogs, "offer_to_open", lambda _p, path: offered.append(path))
    dialog = ReportDialog(services)
    qtbot.addWidget(dialog)
    dialog.preset.setCurrentIndex(dialog.preset.findData("q2"))
    assert dialog.form.count() == 3
    assert "280" in dialog.form.itemText(dialog.form.findData("280"))
    dialog.choose_form("280")
    year = date.today().year - 1
    assert dialog.period() == (date(year, 1, 1), date(year, 12, 31))
    dialog.write()
    assert not dialog.error.text() and offered == [str(out)]
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Сводные сведения", "Соглашения", "Делегации", "Мероприятия"]
    assert f"за {year} год" in workbook["Соглашения"]["A3"].value


def test_the_settings_hold_the_adjacent_states_and_the_forms_submitted(qtbot, services, settings):
    dialog = SettingsDialog(services, AppSettings(settings))
    qtbot.addWidget(dialog)
    far_east = next(
        i for i in range(dialog.border.count()) if "Far East" in dialog.border.itemText(i)
    )
    dialog.border.activated.emit(far_east)
    assert dialog.adjacent.text() == "CN, MN, KP, JP" and dialog.border.currentIndex() == 0
    dialog.adjacent.setText(dialog.adjacent.text() + ", kz")  # edited by hand after the choice
    dialog.forms["280"].setChecked(True)
    dialog.accept()
    saved = services.settings.read()
    assert saved.adjacent_countries == "CN,MN,KP,JP,KZ" and saved.report_forms == "280"
    again = SettingsDialog(services, AppSettings(settings))
    qtbot.addWidget(again)
    assert again.forms["280"].isChecked() and not again.forms["911"].isChecked()


def test_home_shows_the_deadline_of_each_form_submitted(qtbot, services):
    from dataclasses import replace

    services.settings.save(replace(services.settings.read(), report_forms="municipal-list"))
    page = DashboardPage(services, DashboardRules())
    qtbot.addWidget(page)
    page._show(build_dashboard(services, date(2026, 1, 5)), None)
    lines = page.report_label.text().splitlines()
    # the interface speaks English in these tests (tests/ui/conftest.py)
    assert len(lines) == 2 and lines[1].startswith("Municipal list of agreements")
    assert "15.01.2026" in lines[1] and "10 days left" in lines[1]
