"""The installed program's window on a real (Xvfb) screen, in Russian: the main window and
nothing else (no message box), closed cleanly with Ctrl+Q; and portable mode."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from .conftest import TITLE, Screen, run, start_window

SETTLE_S = 3  # the integrity check runs once the window is up: give a warning time to show


def open_and_close(screen: Screen, program: Path, *args: str, home: Path) -> dict[str, str]:
    """Start the window, wait until it shows, and return every window shown then."""
    process = start_window(program, *args, home=home, display=screen.display)
    try:
        main = screen.wait_for_main_window(process)
        time.sleep(SETTLE_S)
        shown = screen.shown_windows()
        status = screen.quit(main, process)
    finally:
        if process.poll() is None:
            process.kill()
    _, errors = process.communicate()
    assert status == 0, errors
    assert "Traceback" not in errors and "lrelease" not in errors, errors
    return shown


def test_the_window_opens_in_russian_on_an_empty_registry(program, screen, home, tmp_path):
    shown = open_and_close(screen, program, "--db", str(tmp_path / "empty.sqlite"), home=home)
    assert list(shown.values()) == [f"{TITLE} — {tmp_path / 'empty.sqlite'}"]


@pytest.fixture(scope="module")
def demo_registry(program, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    home = folder / "home"
    home.mkdir()
    made = run(program, "demo", "--db", "demo.sqlite", "--scale", "1000", home=home, cwd=folder)
    assert made.returncode == 0, made.stderr
    return folder / "demo.sqlite"


def test_the_window_opens_in_russian_on_a_demo_registry(program, screen, home, demo_registry):
    shown = open_and_close(screen, program, "--db", str(demo_registry), home=home)
    assert list(shown.values()) == [f"{TITLE} — {demo_registry}"]


def test_a_portable_copy_keeps_everything_beside_itself(installed, screen, home, tmp_path):
    stick = tmp_path / "stick" / "ir-registry"
    stick.parent.mkdir()
    # Hard links: a copy of the installed folder without copying 200 MB.
    subprocess.run(["cp", "-al", str(installed / "opt" / "ir-registry"), str(stick)], check=True)
    (stick / "portable.ini").write_text("")
    data = stick / "data"
    shown = open_and_close(screen, stick / "ir-registry", home=home)
    assert list(shown.values()) == [f"{TITLE} — {data / 'registry.sqlite'}"]
    assert (data / "registry.sqlite").is_file()
    assert (data / "logs" / "ir-registry.log").read_text().count("opened") == 1
    (settings,) = (data / "settings").rglob("*.ini")
    assert str(data / "registry.sqlite") in settings.read_text()
    assert sorted(home.rglob("*")) == []  # the user's profile is not touched


def test_without_portable_ini_the_profile_holds_the_data(installed, screen, home):
    shown = open_and_close(screen, installed / "opt" / "ir-registry" / "ir-registry", home=home)
    registry = home / ".local" / "share" / "ir-registry" / "ir-registry" / "registry.sqlite"
    assert list(shown.values()) == [f"{TITLE} — {registry}"]
    assert registry.is_file()
    assert not (installed / "opt" / "ir-registry" / "data").exists()


def test_the_benchmark_times_the_bundle_against_the_source_run(built, demo_registry):
    from benchmarks import bundle

    figures = bundle.startup(built, demo_registry, repeat=1)  # on its own screen, as it runs
    assert set(figures) == {"bundle_startup_s", "source_window_startup_s"}
    assert all(0 < value < 120 for value in figures.values())
    print(figures)


def test_a_portable_copy_that_cannot_make_its_data_folder_says_so_in_russian(
    installed, screen, home, tmp_path
):
    """A stick where data/ cannot be made (here a file of that name: root ignores read-only
    folders) gets a message box titled in Russian, not a silent exit."""
    stick = tmp_path / "stick"
    subprocess.run(["cp", "-al", str(installed / "opt" / "ir-registry"), str(stick)], check=True)
    (stick / "portable.ini").write_text("")
    (stick / "data").write_text("")
    process = start_window(stick / "ir-registry", home=home, display=screen.display)
    try:
        deadline = time.monotonic() + 120
        shown: dict[str, str] = {}
        while not shown and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.5)
            shown = screen.shown_windows()
        assert list(shown.values()) == ["Это сделать нельзя"], process.poll()
        (box,) = shown
        screen.x("xdotool", "windowfocus", "--sync", str(int(box, 16)))
        time.sleep(0.5)
        screen.x("xdotool", "key", "Return")
        assert process.wait(timeout=60) != 0
    finally:
        if process.poll() is None:
            process.kill()
    assert sorted(home.rglob("*")) == []
