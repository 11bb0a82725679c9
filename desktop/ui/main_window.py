"""The main window: a registry per entity in a side list, the record actions with their
standard shortcuts, and a status bar with what is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ..domain.entities import ALL
from ..excel.exporter import export_registry
from ..services import Changes, Services
from . import dialogs
from .backups_dialog import BackupsDialog
from .errors import user_message
from .import_dialog import import_file
from .long_work import run_long
from .registry_page import RegistryPage
from .report_dialog import ReportDialog
from .settings_dialog import RegistrySettingsDialog
from .text import tr_domain


class MainWindow(QMainWindow):
    def __init__(
        self, services: Services, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings or QSettings()
        location = str(services.db.path or services.db.url)
        self.setWindowTitle(
            self.tr("International relations registry — {path}").format(path=location)
        )

        self.pages: dict[str, RegistryPage] = {}
        self.stack = QStackedWidget()
        self.nav = QListWidget()
        for entity in ALL:
            page = RegistryPage(services, entity)
            page.changed.connect(self.apply_changes)
            page.counts_changed.connect(self._update_status)
            page.view.selectionModel().selectionChanged.connect(self._update_actions)
            self.pages[entity.name] = page
            self.stack.addWidget(page)
            self.nav.addItem(tr_domain(entity.plural))
        self.nav.setStyleSheet("QListWidget::item { padding: 5px 8px; }")
        self.nav.currentRowChanged.connect(self._show_page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 1000])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self._build_actions()
        self._restore_layout()
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    # -- actions ---------------------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot, menu) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.report_action = self._action(
            self.tr("&Report for the ministry…"), "Ctrl+R", self.write_report, file_menu
        )
        file_menu.addSeparator()
        self.import_action = self._action(
            self.tr("&Import into this registry…"), "Ctrl+I", self.import_into_page, file_menu
        )
        self.export_action = self._action(
            self.tr("&Export this registry…"),
            "Ctrl+E",
            lambda: self.export_page(template=False),
            file_menu,
        )
        self.template_action = self._action(
            self.tr("Empty &template for this registry…"),
            None,
            lambda: self.export_page(template=True),
            file_menu,
        )
        file_menu.addSeparator()
        self._action(self.tr("&Backups…"), None, self.show_backups, file_menu)
        self._action(self.tr("Registry &settings…"), None, self.edit_settings, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, file_menu)

        record = bar.addMenu(self.tr("&Record"))
        toolbar = self.addToolBar(self.tr("Record"))
        toolbar.setObjectName("record_toolbar")
        self.new_action = self._action(
            self.tr("&New"), QKeySequence.StandardKey.New, lambda: self.page().new_record(), record
        )
        self.open_action = self._action(
            self.tr("&Open"),
            None,
            lambda: self.page().open_record(next(iter(self.page().selected_ids()), None)),
            record,
        )
        self.delete_action = self._action(
            self.tr("&Delete"),
            QKeySequence.StandardKey.Delete,
            lambda: self.page().delete_selected(),
            record,
        )
        self.restore_action = self._action(
            self.tr("&Restore from trash"), None, lambda: self.page().restore_selected(), record
        )
        record.addSeparator()
        self.find_action = self._action(
            self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search, record
        )
        self.refresh_action = self._action(
            self.tr("Re&fresh"),
            QKeySequence.StandardKey.Refresh,
            lambda: self.page().reload(),
            record,
        )
        self.trash_action = self._action(
            self.tr("Show &trash"), None, lambda: self.page().trash_toggle.toggle(), record
        )
        self.purge_action = self._action(
            self.tr("Delete for &good…"), "Shift+Del", lambda: self.page().purge_selected(), record
        )
        self.purge_old_action = self._action(
            self.tr("Empty the trash of records older than 30 days…"),
            None,
            lambda: self.page().purge_old(),
            record,
        )
        for action in (
            self.new_action,
            self.open_action,
            self.delete_action,
            self.restore_action,
            self.refresh_action,
        ):
            toolbar.addAction(action)

        view = bar.addMenu(self.tr("&Registries"))
        for row, entity in enumerate(ALL):
            self._action(
                tr_domain(entity.plural),
                f"Ctrl+{row + 1}",
                lambda _=False, r=row: self.nav.setCurrentRow(r),
                view,
            )

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.tr("&About"), None, self.about, help_menu)

    def page(self) -> RegistryPage:
        widget = self.stack.currentWidget()
        assert isinstance(widget, RegistryPage)
        return widget

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.page().ensure_loaded()
        self._update_status()
        self._update_actions()

    def focus_search(self) -> None:
        self.page().search_box.setFocus()
        self.page().search_box.selectAll()

    def apply_changes(self, changes: Changes) -> None:
        for page in self.pages.values():
            page.apply_changes(changes)
        verb = {
            "created": self.tr("Created"),
            "updated": self.tr("Saved"),
            "deleted": self.tr("Moved to the trash"),
            "restored": self.tr("Restored"),
        }.get(changes.action, changes.action)
        self.statusBar().showMessage(
            self.tr("{verb}: %n record(s)", "", len(changes.ids)).format(verb=verb), 5000
        )
        self._update_status()

    def _update_status(self) -> None:
        if not self.pages:
            return
        shown, total = self.page().counts()
        self.count_label.setText(
            self.tr("Shown {shown} of {total}").format(shown=shown, total=total)
        )

    def _update_actions(self) -> None:
        if not hasattr(self, "purge_action"):  # called while the actions are being built
            return
        page = self.page()
        has_selection = bool(page.selected_ids())
        in_trash = page.trash_toggle.isChecked()
        self.open_action.setEnabled(has_selection)
        self.delete_action.setEnabled(has_selection and not in_trash)
        self.restore_action.setEnabled(has_selection and in_trash)
        self.purge_action.setEnabled(has_selection and in_trash)

    # -- Excel -----------------------------------------------------------------------------

    def write_report(self) -> None:
        dialogs.exec_dialog(ReportDialog(self.services, self))

    def import_into_page(self) -> None:
        changes = import_file(self.services, self.page().entity.name, self)
        if changes is not None:
            self.page().reload()
            self.apply_changes(changes)

    def export_page(self, template: bool) -> None:
        entity = self.page().entity
        name = tr_domain(entity.plural) + (self.tr(" (template)") if template else "")
        suggested = str(Path.home() / f"{name}.xlsx")
        out = dialogs.choose_save_file(self, self.tr("Export to Excel"), suggested)
        if not out:
            return
        try:
            written = run_long(
                self,
                self.tr("Exporting…"),
                lambda progress, cancelled: export_registry(
                    self.services, entity.name, out, self.services.language, template
                ),
            )
        except Exception as exc:  # noqa: BLE001 - environment errors become a sentence
            dialogs.tell(self, self.tr("Export"), user_message(exc), error=True)
            return
        dialogs.offer_to_open(self, str(written))

    def show_backups(self) -> None:
        dialog = BackupsDialog(self.services, self)
        dialog.restored.connect(self.reload_all)
        dialogs.exec_dialog(dialog)

    def reload_all(self) -> None:
        for page in self.pages.values():
            if page.loaded:
                page.reload()
        self._update_status()

    def edit_settings(self) -> None:
        dialogs.exec_dialog(RegistrySettingsDialog(self.services, self))

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr("International relations registry\nDatabase: {path}").format(
                path=self.services.db.path or self.services.db.url
            ),
        )

    # -- remembered layout and closing -----------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 850)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        for page in self.pages.values():
            page.restore_layout(self.settings)
        row = self.settings.value("window/registry", 0, type=int)
        self.nav.setCurrentRow(row if 0 <= row < len(ALL) else 0)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/registry", self.nav.currentRow())
        for page in self.pages.values():
            page.save_layout(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        for page in self.pages.values():
            for form in list(page.forms):
                if not form.close():
                    event.ignore()
                    return
        self.save_layout()
        event.accept()
        QApplication.instance()  # keep the app; main() quits when the last window closes
