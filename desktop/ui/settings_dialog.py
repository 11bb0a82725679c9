"""Settings: of the registry (stored in the database, shared by every computer that opens
it) and of this computer (language, where this registry's backups go, the attachment size
that asks first, report date, dashboard warnings)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..services import Services
from ..services.dashboard import DashboardRules
from ..services.report_forms import FORMS
from ..services.settings import BORDER_PRESETS, codes
from . import dialogs
from .app_settings import AppSettings
from .errors import user_message
from .text import tr_domain


class SettingsDialog(QDialog):
    def __init__(
        self, services: Services, app_settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.app_settings = services, app_settings
        self.setWindowTitle(self.tr("Settings"))
        current = services.settings.read()
        self.region = QLineEdit(current.region)
        self.region.setPlaceholderText(self.tr("e.g. Government of the Tyumen Region"))
        self.officer = QLineEdit(current.officer)
        self.officer.setPlaceholderText(self.tr("who compiles the reports"))
        registry_box = QGroupBox(self.tr("This registry (shared by everyone who opens it)"))
        registry_form = QFormLayout(registry_box)
        registry_form.addRow(self.tr("Region (for report headings)"), self.region)
        registry_form.addRow(self.tr("Officer"), self.officer)
        self.current = current
        self.adjacent = QLineEdit(current.adjacent_countries)
        self.adjacent.setPlaceholderText(self.tr("ISO codes, e.g. CN, MN, KZ"))
        self.border = QComboBox()
        self.border.addItem(self.tr("Fill in by the part of the country…"), "")
        for _, label, preset in BORDER_PRESETS:
            self.border.addItem(tr_domain(label), preset)
        self.border.activated.connect(self._border_chosen)
        adjacent_row = QHBoxLayout()
        adjacent_row.addWidget(self.adjacent, 1)
        adjacent_row.addWidget(self.border)
        registry_form.addRow(self.tr("Adjacent states (border reports)"), adjacent_row)
        submitted = current.forms()
        self.forms: dict[str, QCheckBox] = {}
        forms_column = QVBoxLayout()
        for item in FORMS:
            box = QCheckBox(tr_domain(item.title))
            box.setChecked(item.key in submitted)
            self.forms[item.key] = box
            forms_column.addWidget(box)
        registry_form.addRow(self.tr("Forms the office submits"), forms_column)

        rules = app_settings.rules
        self.language = QComboBox()
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        # the language the window speaks now (``--lang`` may differ from the setting)
        self.language.setCurrentIndex(max(0, self.language.findData(services.language)))
        chosen = services.backups.chosen
        self.backup_folder = QLineEdit(str(chosen) if chosen else "")
        self.backup_folder.setPlaceholderText(self.tr("“backups” beside the database"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(browse)
        folder_note = QLabel(
            self.tr("Applies on this computer only; each computer chooses its own.")
        )
        folder_note.setEnabled(False)  # greyed: a note, not a field
        self.large_file = self._spin(1, 1_000_000, app_settings.large_file_mb, self.tr(" MB"))
        self.report_due = QDateEdit(QDate(2000, *rules.report_due))
        self.report_due.setDisplayFormat("dd.MM")
        self.expiring = self._spin(1, 60, rules.expiring_months, self.tr(" months"))
        self.awaiting = self._spin(1, 365, rules.awaiting_days, self.tr(" days"))
        self.upcoming = self._spin(1, 365, rules.upcoming_days, self.tr(" days"))
        computer_box = QGroupBox(self.tr("This computer"))
        computer_form = QFormLayout(computer_box)
        computer_form.addRow(self.tr("Language (after a restart)"), self.language)
        if services.db.path is not None:  # a server registry has no backups here
            computer_form.addRow(self.tr("Backup folder of this registry"), folder_row)
            computer_form.addRow("", folder_note)
        computer_form.addRow(self.tr("Ask before attaching files larger than"), self.large_file)
        computer_form.addRow(self.tr("Annual report due on"), self.report_due)
        computer_form.addRow(self.tr("Warn of agreements expiring within"), self.expiring)
        computer_form.addRow(self.tr("Warn of approvals waiting longer than"), self.awaiting)
        computer_form.addRow(self.tr("Show visits and events in the next"), self.upcoming)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(registry_box)
        layout.addWidget(computer_box)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    @staticmethod
    def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _border_chosen(self, index: int) -> None:
        preset = self.border.itemData(index)
        if preset:
            self.adjacent.setText(", ".join(codes(preset)))
        self.border.setCurrentIndex(0)

    def _choose_folder(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Backup folder"), self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    def accept(self) -> None:
        path = self.services.db.path
        if path is not None:
            try:  # a relative folder is refused, saying what to do; the dialog stays open
                self.services.backups.choose_folder(self.backup_folder.text())
            except UserError as error:
                dialogs.tell(self, self.tr("Backup folder"), user_message(error), error=True)
                self.backup_folder.setFocus()
                return
            chosen = self.services.backups.chosen
            self.app_settings.set_backup_folder(path, str(chosen) if chosen else "")
        self.services.settings.save(
            replace(
                self.current,
                region=self.region.text().strip(),
                officer=self.officer.text().strip(),
                adjacent_countries=",".join(codes(self.adjacent.text())),
                report_forms=",".join(k for k, box in self.forms.items() if box.isChecked()),
            )
        )
        self.app_settings.language = self.language.currentData()  # what it showed is kept
        self.app_settings.large_file_mb = self.large_file.value()
        due = self.report_due.date()
        self.app_settings.rules = DashboardRules(
            expiring_months=self.expiring.value(),
            awaiting_days=self.awaiting.value(),
            upcoming_days=self.upcoming.value(),
            report_due=(due.month(), due.day()),
        )
        self.app_settings.sync()
        super().accept()
