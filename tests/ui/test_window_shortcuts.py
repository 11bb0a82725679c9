"""Window-level shortcuts work wherever the focus is: the search box must not eat them."""

from __future__ import annotations

from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier


def focus_search(qtbot, window):
    window.show_registry("agreements")
    box = window.page().search_box
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    return box


def test_export_works_from_the_search_box(qtbot, window, monkeypatch):
    """Offscreen Qt binds Ctrl+E to nothing, so this passes without the filter too; the
    real-window test (X11, where Ctrl+E is «end of line») is the one that failed."""
    called: list[bool] = []
    monkeypatch.setattr(window, "export_page", lambda template: called.append(template))
    box = focus_search(qtbot, window)
    qtbot.keyClick(box, Qt.Key.Key_E, CTRL)
    assert called == [False], "Ctrl+E did nothing while the search box had the focus"


def test_go_and_new_shortcuts_work_from_the_search_box(qtbot, window, monkeypatch):
    box = focus_search(qtbot, window)
    qtbot.keyClick(box, Qt.Key.Key_1, CTRL)
    assert window.nav.currentRow() == 1
    box = focus_search(qtbot, window)
    opened: list[str] = []
    monkeypatch.setattr(window.page(), "new_record", lambda: opened.append("new"))
    qtbot.keyClick(box, Qt.Key.Key_N, CTRL)
    assert opened == ["new"]


def test_the_search_box_keeps_its_editing_keys(qtbot, window):
    box = focus_search(qtbot, window)
    box.setText("abc")
    qtbot.keyClick(box, Qt.Key.Key_A, CTRL)  # select all stays the line edit's
    assert box.selectedText() == "abc"
    qtbot.keyClick(box, Qt.Key.Key_Delete)  # Delete deletes text, not the selected records
    assert box.text() == ""
