"""Home: the first-run page of an empty registry, the normal board once a record exists."""

from __future__ import annotations

from pathlib import Path

from desktop.services import Services
from desktop.ui import first_run
from desktop.ui.main_window import MainWindow
from tests.conftest import add_region


def show_home(qtbot, window: MainWindow) -> None:
    window.home.background.wait()
    with qtbot.waitSignal(window.home.refreshed, timeout=10_000):
        window.nav.setCurrentRow(0)
        window.home.refresh()


def test_an_empty_registry_shows_the_first_run_page_and_no_charts(qtbot, window):
    show_home(qtbot, window)
    home = window.home
    assert home.panels.currentWidget() is home.first_run
    assert home.first_run.isVisible() and not home.board_panel.isVisible()
    assert not any(view.isVisible() for view in home.charts)
    home.first_run.region_button.click()
    assert window.page() is window.pages["regions"]
    assert window.pages["regions"].forms  # a new region's form is open


def test_one_record_brings_the_normal_home_with_placeholders(qtbot, window, services):
    show_home(qtbot, window)
    add_region(services)
    show_home(qtbot, window)
    home = window.home
    assert home.panels.currentWidget() is home.board_panel and home.board_panel.isVisible()
    assert not any(view.isVisible() for view in home.charts)  # no agreement, no delegation
    for listing in home.lists.values():
        assert listing.count() == 1 and listing.item(0).text().strip()
        home._open(listing.item(0))  # the placeholder opens nothing
    assert window.page() is None


def test_long_titles_on_home_are_elided_not_scrolled(qtbot, window, services: Services):
    from datetime import date, timedelta

    title = "Визит " + "очень длинного названия " * 30
    services["delegations"].create(
        {
            "purpose": title,
            "direction": "incoming",
            "country_code": "CN",
            "date_from": date.today() + timedelta(days=3),
            "status": "planned",
        }
    )
    show_home(qtbot, window)
    listing = window.home.lists["upcoming"]
    assert not listing.horizontalScrollBar().isVisible()
    line = listing.visualItemRect(listing.item(0)).width()
    assert listing.viewport().width() // 2 < line <= listing.viewport().width()
    assert title.strip() in listing.item(0).toolTip()


def test_the_sample_registry_is_made_in_the_data_folder(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(first_run.paths, "data_folder", lambda: tmp_path / "data")
    path = first_run.demo_database()
    counts = first_run.make_demo(path, scale=5)
    assert path.parent == tmp_path / "data" and path.exists()
    assert counts["agreements"] > 0
    program, arguments = first_run.program_command(path)
    assert arguments[-2:] == ["--db", str(path)]


def test_the_sample_registry_command_starts_the_program(tmp_path: Path):
    import subprocess

    program, arguments = first_run.program_command(tmp_path / "demo.sqlite")
    # the same entry point, asked for its help, answers: the command line is right
    done = subprocess.run(
        [program, *arguments[:2], "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and "demo" in done.stdout
