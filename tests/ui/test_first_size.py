"""The window's first size fits the screen; a remembered geometry is kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QScreen

from desktop.ui.main_window import MainWindow


@pytest.fixture
def laptop_screen(monkeypatch):
    """A 1366×768 screen with a 40-pixel panel, whatever the offscreen platform says."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 1366, 728))


def test_the_first_start_fits_a_laptop_screen(qtbot, services, settings, answers, laptop_screen):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    frame = window.geometry()
    assert frame.width() <= 1366 * 9 // 10 + 1 and frame.height() <= 728 * 9 // 10 + 1
    assert QRect(0, 0, 1366, 728).contains(frame)
    window.home.background.wait()


def test_a_remembered_geometry_is_kept(qtbot, services, settings, answers, laptop_screen):
    first = MainWindow(services, settings)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.save_layout()
    first.home.background.wait()
    again = MainWindow(services, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
    again.home.background.wait()


def test_a_geometry_remembered_on_a_bigger_screen_is_brought_inside_this_one(
    qtbot, services, settings, answers, laptop_screen
):
    """Remembered at 1920×1080, or before the scale factor went up to 125 %: the window
    would stand past the screen's edge, its right-hand buttons out of reach."""
    first = MainWindow(services, settings)
    qtbot.addWidget(first)
    first.setGeometry(100, 80, 1800, 1000)
    first.save_layout()
    first.home.background.wait()
    again = MainWindow(services, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert QRect(0, 0, 1366, 728).contains(again.frameGeometry())
    again.home.background.wait()
