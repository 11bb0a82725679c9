"""The main window's remembered layout: its geometry, toolbars, splitter, the page shown and
each page's columns, kept in the settings between runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings, QSize
from PySide6.QtGui import QGuiApplication

from ..domain.entities import ALL

if TYPE_CHECKING:
    from .main_window import MainWindow

HOME = 0  # the dashboard's row in the side list; registries follow in ALL's order


def restore(window: MainWindow, settings: QSettings) -> None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
        # remembered on a bigger screen or at a smaller scale factor: brought inside this one
        if not room.contains(window.frameGeometry()):
            size = window.size().boundedTo(room.size() * 0.95)
            window.resize(size)
            window.move(room.center() - QPoint(size.width() // 2, size.height() // 2))
    else:  # the first start: 1400×850 where the screen has room, else 90% of it
        size = QSize(min(1400, room.width() * 9 // 10), min(850, room.height() * 9 // 10))
        window.resize(size)
        window.move(room.center() - QPoint(size.width() // 2, size.height() // 2))
    for key, target in (
        ("window/state", window.restoreState),
        ("window/splitter", window.splitter.restoreState),
    ):
        state = settings.value(key)
        if state is not None:
            target(state)
    for page in window.pages.values():
        page.restore_layout(settings)
    row = settings.value("window/page", HOME, type=int)
    window.nav.setCurrentRow(row if isinstance(row, int) and 0 <= row <= len(ALL) else HOME)


def save(window: MainWindow, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", window.splitter.saveState())
    settings.setValue("window/page", window.nav.currentRow())
    for page in window.pages.values():
        page.save_layout(settings)
    settings.sync()
