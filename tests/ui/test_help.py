"""F1's list and the About box: each line whole, every key the README names listed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.ui.help import PATH_WIDTH, AboutDialog, ShortcutsDialog, shortcuts


def test_the_shortcuts_list_has_every_key_on_one_line(qtbot):
    keys = [k for k, _ in shortcuts()]
    for named in ("Ctrl+N", "Ctrl+E", "Alt+Insert", "Ctrl+Tab", "Ctrl+Enter", "F1"):
        assert any(named in k for k in keys), named
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = dialog.findChildren(QLabel)
    assert len(labels) == 2 * len(keys)
    for label in labels:  # a message box wrapped «Ctrl+0 … Ctrl+7» and the longer lines
        assert not label.wordWrap()
        assert label.width() >= label.sizeHint().width(), label.text()


def test_about_shows_each_path_on_one_line(qtbot, services):
    dialog = AboutDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    paths = [label for label in dialog.findChildren(QLabel) if label.toolTip()]
    assert [label.toolTip() for label in paths][0] == services.location
    for label in paths:
        assert not label.wordWrap()
        assert label.fontMetrics().horizontalAdvance(label.text()) <= PATH_WIDTH
        assert label.text() == label.toolTip() or "…" in label.text()
