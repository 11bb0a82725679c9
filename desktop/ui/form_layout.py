"""The fields of a record form laid out in as many columns as the width holds: two side by
side on a wide form, one under the other on a narrow one, so that no language's labels push a
column behind a horizontal scroll bar (issue 11: the Russian delegation form did at 1600×1000).

Each field is a label, its input and the fixed line under the input for its problem. Short
fields fill the columns top to bottom; long texts and lists take the whole width below them.
Nothing here knows an entity: the form hands over its rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QWidget

# A label longer than this many average characters wraps onto a second line instead of
# widening its column.
LABEL_CHARS = 30
MAX_COLUMNS = 2


@dataclass(frozen=True)
class FieldRow:
    label: QLabel
    input: QWidget
    problem: QWidget  # the line under the input
    wide: bool = False  # takes the whole width (long text, a list of choices)


def fit_label(label: QLabel) -> QLabel:
    """A label that wraps, at a fixed width, once it is longer than LABEL_CHARS."""
    limit = label.fontMetrics().averageCharWidth() * LABEL_CHARS
    if label.sizeHint().width() > limit:
        label.setWordWrap(True)
        label.setFixedWidth(limit)
    return label


def _label_width(label: QLabel) -> int:
    return label.minimumWidth() if label.wordWrap() else label.sizeHint().width()


def _input_width(widget: QWidget) -> int:
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())


class FieldColumns(QScrollArea):
    """The rows in one or two columns, chosen from the width of the view each time it
    changes; it scrolls up and down only."""

    def __init__(self, rows: list[FieldRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.columns = 0
        host = QWidget()
        self.grid = QGridLayout(host)
        self.grid.setVerticalSpacing(0)
        self.setWidgetResizable(True)
        self.setWidget(host)
        for row in rows:
            row.label.setParent(host)
            row.input.setParent(host)
            row.problem.setParent(host)
        self._arrange(MAX_COLUMNS)

    def _short(self) -> list[FieldRow]:
        return [row for row in self.rows if not row.wide]

    def width_for(self, columns: int) -> int:
        """The narrowest view that shows ``columns`` columns of the short fields whole."""
        short = self._short() or self.rows
        label = max((_label_width(row.label) for row in short), default=0)
        field = max((_input_width(row.input) for row in short), default=0)
        spacing = self.grid.horizontalSpacing()  # between each two grid columns
        margins = self.grid.contentsMargins()
        inner = columns * (label + field) + (columns * 2 - 1) * spacing
        return inner + margins.left() + margins.right()

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for row in self.rows:
            for widget in (row.label, row.input, row.problem):
                self.grid.removeWidget(widget)
        for column in range(MAX_COLUMNS * 2):
            self.grid.setColumnStretch(column, 0)
        for line in range(self.grid.rowCount()):
            self.grid.setRowStretch(line, 0)
        short = self._short()
        per_column = -(-len(short) // columns) if short else 0
        for index, row in enumerate(short):
            column, line = divmod(index, per_column)
            self._place(row, line * 2, column * 2, 1)
        below = per_column * 2
        for index, row in enumerate(r for r in self.rows if r.wide):
            self._place(row, below + index * 2, 0, columns * 2 - 1)
        for column in range(columns):
            self.grid.setColumnStretch(column * 2 + 1, 1)
        self.grid.setRowStretch(self.grid.rowCount(), 1)

    def _place(self, row: FieldRow, line: int, column: int, span: int) -> None:
        top = row.wide or row.label.wordWrap()
        align = Qt.AlignmentFlag.AlignLeft | (
            Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter
        )
        self.grid.addWidget(row.label, line, column, align)
        self.grid.addWidget(row.input, line, column + 1, 1, span)
        self.grid.addWidget(row.problem, line + 1, column + 1, 1, span)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        width = self.viewport().width()  # laid out by now, less any vertical scroll bar
        fitting = [n for n in range(MAX_COLUMNS, 0, -1) if self.width_for(n) <= width]
        self._arrange(fitting[0] if fitting else 1)
        super().resizeEvent(event)
