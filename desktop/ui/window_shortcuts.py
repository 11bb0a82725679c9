"""Window-level shortcuts wherever the focus is.

A line edit claims, before any shortcut, every key its platform binds to a text command. On
X11 that includes Ctrl+E (end of line, as in Emacs), so Ctrl+E in a search box moved the
cursor instead of exporting. Installed on the window's text fields, this filter lets the
window's enabled shortcuts win over the field's *cursor moves*; keys that change or copy the
text (Ctrl+A, Ctrl+C, Ctrl+V, Ctrl+Z, Delete, Ctrl+D, Shift+Del, …) and every key without
Ctrl, Alt or Meta (typing, Delete, Home, arrows) stay the field's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

_key = QKeySequence.StandardKey
FIELD_KEYS = (
    _key.Copy, _key.Cut, _key.Paste, _key.Undo, _key.Redo, _key.SelectAll, _key.Delete,
    _key.Backspace, _key.DeleteStartOfWord, _key.DeleteEndOfWord, _key.DeleteEndOfLine,
    _key.DeleteCompleteLine,
)  # fmt: skip
_COMMAND = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class WindowShortcuts(QObject):
    """Lets ``window``'s own shortcuts through the text fields it is installed on."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def watch(self, field: QWidget) -> None:
        field.installEventFilter(self)

    def _window_keys(self) -> list[QKeySequence]:
        return [
            sequence
            for action in self._window.findChildren(QAction)
            if action.isEnabled()
            for sequence in action.shortcuts()
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not event.modifiers() & _COMMAND or any(event.matches(k) for k in FIELD_KEYS):
            return False  # the field's own key
        # Taken from the field without being accepted: no override, the window's shortcut
        # fires. (Qt makes a ShortcutOverride event ignored until someone accepts it.)
        return QKeySequence(event.keyCombination()) in self._window_keys()
