"""The line a form shows while the record being entered is probably one the registry has
already (the same natural key once case, ё/е and spaces are set aside): each such record
named with a link to open it. Saving stays possible; the form asks once before it saves."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

WARNING_STYLE = "color: #8a5300;"


class DuplicateWarning(QWidget):
    open_requested = Signal(int)  # the id of the record to open

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found: dict[int, str] = {}
        self.label = QLabel()
        self.label.setObjectName("duplicate_warning")
        self.label.setStyleSheet(WARNING_STYLE)
        self.label.setWordWrap(True)
        self.label.linkActivated.connect(lambda link: self.open_requested.emit(int(link)))
        self.open_button = QPushButton(self.tr("Open it"))
        self.open_button.setToolTip(self.tr("Open the record entered already"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(next(iter(self.found))))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        self.hide()

    def show_found(self, found: dict[int, str]) -> None:
        self.found = dict(found)
        links = ", ".join(
            f'«<a href="{record_id}">{escape(title)}</a>»' for record_id, title in found.items()
        )
        self.label.setText(self.tr("Probably entered already: {records}").format(records=links))
        self.setVisible(bool(found))

    def question(self) -> str:
        """What the form asks before saving anyway."""
        names = ", ".join(f"«{title}»" for title in self.found.values())
        return self.tr(
            "The registry has a record like this one already: {records}. Save this one too?"
        ).format(records=names)
