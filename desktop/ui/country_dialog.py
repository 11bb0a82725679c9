"""Adding a country outside ISO 3166-1 (a partner such as Абхазия): a Russian name, an
English one if wanted, and a code from the range ISO leaves to its users (XA–XZ)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from ..services.countries import CountryRefused
from .editors import ERROR_STYLE
from .errors import user_message


class CountryDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.added: str | None = None
        self.setWindowTitle(self.tr("Add a country outside ISO 3166-1"))
        self.name_ru = QLineEdit()
        self.name_ru.setPlaceholderText(self.tr("e.g. Абхазия"))
        self.name_en = QLineEdit()
        self.code = QComboBox()
        self.code.addItems(services.custom_countries.free_codes())
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name in Russian"), self.name_ru)
        form.addRow(self.tr("Name in English (optional)"), self.name_en)
        form.addRow(self.tr("Code (XA–XZ)"), self.code)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        intro = QLabel(
            self.tr(
                "A partner that ISO 3166-1 does not list gets a code of the office's own; "
                "from then on it is a country like any other."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def add(self) -> None:
        """Add it and close, or say why not and stay open."""
        try:
            self.added = self.services.custom_countries.add(
                self.name_ru.text(), self.code.currentText() or None, self.name_en.text() or None
            )
        except CountryRefused as refused:
            self.problem.setText(user_message(refused))
            return
        self.accept()
