"""Settings of the registry itself (stored in the database, shared by every computer)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from ..services import Services
from ..services.settings import RegistrySettings, registry_settings, save_registry_settings


class RegistrySettingsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Registry settings"))
        current = registry_settings(services)
        self.region = QLineEdit(current.region)
        self.region.setPlaceholderText(self.tr("e.g. Government of the Tyumen Region"))
        self.officer = QLineEdit(current.officer)
        self.officer.setPlaceholderText(self.tr("who compiles the reports"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Region (for report headings)"), self.region)
        form.addRow(self.tr("Officer"), self.officer)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        save_registry_settings(
            self.services,
            RegistrySettings(
                region=self.region.text().strip(), officer=self.officer.text().strip()
            ),
        )
        super().accept()
