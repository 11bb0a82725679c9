"""The ministry report: choose a period (a year, a half-year, a quarter or any dates) and the
layout (built-in, one of the built-in forms, or a ministry's template), then write it with
progress and Cancel."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from ..services.report_forms import FORMS, form
from . import dialogs
from .long_work import Cancelled, run_long
from .text import tr_domain

PRESETS = ("year", "half1", "half2", "q1", "q2", "q3", "q4", "custom")


def preset_period(preset: str, year: int) -> tuple[date, date] | None:
    starts = {
        "year": (1, 12),
        "half1": (1, 6),
        "half2": (7, 12),
        "q1": (1, 3),
        "q2": (4, 6),
        "q3": (7, 9),
        "q4": (10, 12),
    }
    if preset not in starts:
        return None
    first, last = starts[preset]
    end = date(year + (last == 12), last % 12 + 1, 1) - timedelta(days=1)
    return date(year, first, 1), end


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Report for the ministry"))
        self.preset = QComboBox()
        labels = [
            self.tr("Year"),
            self.tr("First half-year"),
            self.tr("Second half-year"),
            self.tr("1st quarter"),
            self.tr("2nd quarter"),
            self.tr("3rd quarter"),
            self.tr("4th quarter"),
            self.tr("Other dates"),
        ]
        for code, label in zip(PRESETS, labels, strict=True):
            self.preset.addItem(label, code)
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(date.today().year - (date.today().month < 3))
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        period = QHBoxLayout()
        period.addWidget(self.preset, 2)
        period.addWidget(self.year, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel("—"))
        dates.addWidget(self.end)
        dates.addStretch(1)

        self.builtin = QRadioButton(self.tr("Built-in layout (a sheet per report)"))
        self.use_form = QRadioButton(self.tr("A built-in form:"))
        self.form = QComboBox()
        for item in FORMS:
            self.form.addItem(tr_domain(item.title), item.key)
        form_row = QHBoxLayout()
        form_row.addWidget(self.use_form)
        form_row.addWidget(self.form, 1)
        self.use_template = QRadioButton(self.tr("The ministry's template:"))
        self.builtin.setChecked(True)
        self.template_path = QLineEdit()
        self.template_path.setPlaceholderText(self.tr("an .xlsx with {{placeholders}}"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.use_template)
        template_row.addWidget(self.template_path, 1)
        template_row.addWidget(browse)

        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = buttons.addButton(
            self.tr("Write the report…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.write)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("Dates"), dates)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.builtin)
        layout.addLayout(form_row)
        layout.addLayout(template_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.year.valueChanged.connect(self._apply_preset)
        self.template_path.textChanged.connect(lambda _: self.use_template.setChecked(True))
        self.form.activated.connect(lambda _: self.use_form.setChecked(True))
        self.use_form.toggled.connect(self._form_chosen)
        self._apply_preset()
        self.written: str | None = None
        self.setMinimumWidth(560)

    def _apply_preset(self) -> None:
        period = preset_period(self.preset.currentData(), self.year.value())
        custom = period is None
        self.year.setEnabled(not custom)
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if period is not None:
            self.start.setDate(_qdate(period[0]))
            self.end.setDate(_qdate(period[1]))

    def _form_chosen(self, chosen: bool) -> None:
        """The forms report on the previous year: the period is set to it."""
        if chosen:
            self.preset.setCurrentIndex(PRESETS.index("year"))
            self.year.setValue(date.today().year - 1)

    def choose_form(self, key: str) -> None:
        self.form.setCurrentIndex(self.form.findData(key))
        self.use_form.setChecked(True)

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def _choose_template(self) -> None:
        path = dialogs.choose_open_file(self, self.tr("Template of the report"))
        if path:
            self.template_path.setText(path)

    def write(self) -> None:
        start, end = self.period()
        if end < start:
            self.error.setText(self.tr("The period ends before it starts."))
            return
        template = self.template_path.text().strip() if self.use_template.isChecked() else ""
        if self.use_template.isChecked() and not template:
            self.error.setText(self.tr("Choose the template file."))
            return
        if self.use_form.isChecked():
            template = str(form(self.form.currentData()).path)
        suggested = str(Path.home() / f"report_{start:%Y%m%d}-{end:%Y%m%d}.xlsx")
        out = dialogs.choose_save_file(self, self.tr("Save the report as"), suggested)
        if not out:
            return
        reports = self.services.reports

        def work(progress, cancelled):  # noqa: ANN001 - run_long's callbacks
            report = reports.build(start, end)
            if cancelled():
                raise Cancelled()
            return reports.write(report, out, template, cancelled=cancelled, progress=progress)

        try:
            written = run_long(self, self.tr("Writing the report…"), work)
        except Cancelled:
            self.error.setText(self.tr("Cancelled: no file was written."))
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user with what to do
            from .errors import user_message

            self.error.setText(user_message(exc))
            return
        if written is None:
            self.error.setText(self.tr("Cancelled: no file was written."))
            return
        self.written = str(written)
        self.accept()
        dialogs.offer_to_open(self.parentWidget(), self.written)
