"""Editing a record's child list (parties, status history, members, linked agreements) as rows
of the same field editors the form uses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.fields import Child
from ..domain.validation import Problem
from ..services import Services
from .editors import FieldEditor, ProblemLine, make_editor
from .text import problem_text, tr_domain

ADD_ROW_KEYS = "Alt+Ins"  # Ctrl+Ins is Copy in a line edit


class ChildListEditor(QWidget):
    changed = Signal()

    def __init__(
        self,
        child: Child,
        services: Services,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.child = child
        self.services = services
        self._rows: list[tuple[list[FieldEditor], ProblemLine, QToolButton]] = []
        self._touched: set[int] = set()  # rows the user changed since they were shown

        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        for column, field in enumerate(child.fields):
            title = tr_domain(field.label) + (" *" if field.required else "")
            header = QLabel(f"<b>{title}</b>")
            header.setWordWrap(True)  # a long title takes two lines, not a wider column
            self._grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignBottom)
            self._grid.setColumnStretch(column, field.width)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_host)

        self.add_button = QPushButton(self.tr("Add row"))
        self.add_button.clicked.connect(lambda: self.add_row({}, focus=True))
        # From the keyboard, wherever the focus is on the tab shown (only the visible list's
        # button takes it): without it a row could only be added by a click or a Tab hunt.
        self.add_button.setShortcut(QKeySequence(ADD_ROW_KEYS))
        self.add_button.setToolTip(
            QKeySequence(ADD_ROW_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.hint_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def add_row(self, values: dict[str, Any], focus: bool = False) -> None:
        row = len(self._rows) * 2 + 1  # each record takes a line of editors and a line of errors
        editors = []
        for column, field in enumerate(self.child.fields):
            editor = make_editor(field, self.services, self._grid_host)
            editor.set_value(values.get(field.name, field.default))
            editor.changed.connect(lambda e=editor: self._on_cell_changed(e))
            self._grid.addWidget(editor, row, column)
            editors.append(editor)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this row"))
        remove.clicked.connect(lambda: self.remove_row(self._index_of(remove)))
        self._grid.addWidget(remove, row, len(self.child.fields))
        error = ProblemLine()
        self._grid.addWidget(error, row + 1, 0, 1, len(self.child.fields))
        self._rows.append((editors, error, remove))
        if focus:
            editors[0].focus_widget().setFocus()
        self._on_changed()

    def _index_of(self, button: QToolButton) -> int:
        return next(i for i, (_, _, b) in enumerate(self._rows) if b is button)

    def remove_row(self, index: int) -> None:
        rows = self.values()
        del rows[index]
        touched = {i - (i > index) for i in self._touched if i != index}
        self.set_values(rows)
        self._touched = touched
        self._on_changed()

    def _on_cell_changed(self, editor: FieldEditor) -> None:
        """The user changed a cell: its row's problems are shown from now on."""
        index = next(i for i, (editors, _, _) in enumerate(self._rows) if editor in editors)
        self._touched.add(index)
        self._on_changed()

    def values(self) -> list[dict[str, Any]]:
        return [{e.field.name: e.value() for e in editors} for editors, _, _ in self._rows]

    def set_values(self, rows: list[dict[str, Any]]) -> None:
        if len(rows) == len(self._rows):
            # The same number of rows (a record reloaded after saving): new values into the
            # editors there are, rather than new editors — half the time of a save.
            for (editors, _, _), values in zip(self._rows, rows, strict=True):
                for editor in editors:
                    editor.set_value(values.get(editor.field.name))
            self._touched.clear()
            self._update_hint()
            return
        for editors, error, remove in self._rows:
            for widget in (*editors, error, remove):
                self._grid.removeWidget(widget)
                widget.deleteLater()
        self._rows = []
        for values in rows:
            self.add_row(values)
        self._touched.clear()
        self._update_hint()

    def show_problems(self, problems: dict[int, list[Problem]], every_row: bool) -> None:
        """Each row's problems under it, each naming its column («Организация: …»); a row
        just added is left alone until the user changes it (or ``every_row``: a save)."""
        labels = {f.name: tr_domain(f.label) for f in self.child.fields}
        for index, (_, label, _) in enumerate(self._rows):
            shown = problems.get(index, []) if every_row or index in self._touched else []
            text = "; ".join(f"{labels.get(p.field, p.field)}: {problem_text(p)}" for p in shown)
            label.show_message(text)

    def _on_changed(self) -> None:
        self._update_hint()
        self.changed.emit()

    def _update_hint(self) -> None:
        """The hint the child list declares (the history's next allowed steps)."""
        if self.child.hint is not None:
            hint = self.child.hint(self.values())
            items = ", ".join(tr_domain(item) for item in hint.items)
            self.hint_label.setText(tr_domain(hint.message).format(items=items))
