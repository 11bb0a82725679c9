"""GUI fixtures: a main window over a real database, settings in a temporary file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services import Services
from desktop.ui import dialogs
from desktop.ui.main_window import MainWindow

QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Answers the blocking questions would get from the user; tests change them."""
    given: dict[str, object] = {"ask": True, "unsaved": "discard", "conflict": "edit"}
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda _p, _t, text: asked.append(text) or given["ask"])
    monkeypatch.setattr(
        dialogs, "ask_unsaved", lambda _p, text: asked.append(text) or given["unsaved"]
    )
    monkeypatch.setattr(
        dialogs, "resolve_conflict", lambda _p, _c, diff: asked.append(diff) or given["conflict"]
    )
    monkeypatch.setattr(dialogs, "tell", lambda _p, _t, text, error=False: asked.append(text))
    given["asked"] = asked
    return given


@pytest.fixture
def window(qtbot, services: Services, settings: QSettings, answers) -> Iterator[MainWindow]:
    main = MainWindow(services, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.home.background.wait()
    for page in main.pages.values():
        for form in list(page.forms):
            form.setParent(None)
            form.deleteLater()


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Cyrillic and Chinese included (qtbot.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp, tmp_path_factory):
    """Tests read the English interface (with its plural forms); Russian is tested apart."""
    from desktop.ui import translations

    translations.install("en", tmp_path_factory.mktemp("qm"))
    yield
