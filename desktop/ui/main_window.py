"""The main window: the home dashboard and a registry per entity in a side list, the record
actions with their standard shortcuts, and a status bar with what is shown."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QMenu, QSplitter, QStackedWidget

from ..domain.entities import ALL
from ..services import Action, Changes, Services
from . import dialogs, trip, window_layout
from .app_settings import AppSettings
from .backups_dialog import BackupsDialog
from .change_signal import ChangeSignal
from .dashboard_page import DashboardPage
from .errors import user_message
from .help import show_about, show_shortcuts
from .long_work import run_long
from .registry_page import RegistryPage
from .settings_dialog import SettingsDialog
from .text import tr_domain
from .window_layout import HOME
from .window_shortcuts import WindowShortcuts


class MainWindow(QMainWindow):
    def __init__(self, services: Services, settings: QSettings | None = None) -> None:
        super().__init__()
        self.services = services
        self.settings = settings or QSettings()
        self.app_settings = AppSettings(self.settings)
        self.setWindowTitle(
            self.tr("International relations registry — {path}").format(path=services.location)
        )
        # Every write through the services reaches every page (and the status bar) here.
        self.change_signal = ChangeSignal(services, self)
        self.home = DashboardPage(services, self.app_settings.rules)
        self.home.open_requested.connect(self.open_record)
        self.home.import_requested.connect(self._import_into)
        self.home.create_requested.connect(lambda name: self.show_registry(name).new_record())
        self.change_signal.changed.connect(self.home.apply_changes)
        self.pages: dict[str, RegistryPage] = {}
        self.shortcuts_through = WindowShortcuts(self)  # Ctrl+E works from a search box
        self.stack = QStackedWidget()
        self.nav = QListWidget()
        self.stack.addWidget(self.home)
        self.nav.addItem(self.tr("Home"))
        for entity in ALL:
            page = RegistryPage(services, entity)
            self.change_signal.changed.connect(page.apply_changes)
            page.counts_changed.connect(self._update_status)
            page.view.selectionModel().selectionChanged.connect(self._update_actions)
            self.pages[entity.name] = page
            self.shortcuts_through.watch(page.search_box)
            self.stack.addWidget(page)
            self.nav.addItem(tr_domain(entity.plural))
        self.change_signal.changed.connect(self._tell_changes)  # after the pages updated
        if services.live is not None:
            services.live.start()  # other officers' saves reach the pages (a server registry)
        self.nav.setStyleSheet("QListWidget::item { padding: 5px 8px; }")
        # the registries' names whole, however narrow the window (the pages give way)
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 4)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentRowChanged.connect(self._show_page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([200, 1000])
        self.setCentralWidget(self.splitter)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        trip.mark_copy(self, services)
        self.page_actions: list[QAction] = []
        self._build_actions()
        window_layout.restore(self, self.settings)

    # -- actions ---------------------------------------------------------------------------

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        on_page: bool = False,
    ) -> QAction:
        """A menu action; ``on_page`` ones act on the current registry and are off at home."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        if on_page:
            self.page_actions.append(action)
        return action

    def _on_page(self, method: str) -> Callable[[], object]:
        return lambda: getattr(self.page(), method)() if self.page() else None

    def _build_actions(self) -> None:
        bar, key = self.menuBar(), QKeySequence.StandardKey
        file_menu = bar.addMenu(self.tr("&File"))
        self.report_action = self._action(
            file_menu, self.tr("&Report for the ministry…"), self.write_report, "Ctrl+R"
        )
        file_menu.addSeparator()
        self.import_action = self._action(
            file_menu,
            self.tr("&Import into this registry…"),
            self.import_into_page,
            "Ctrl+I",
            on_page=True,
        )
        self.export_action = self._action(
            file_menu,
            self.tr("&Export this registry…"),
            lambda: self.export_page(False),
            "Ctrl+E",
            True,
        )
        self.template_action = self._action(
            file_menu,
            self.tr("Empty &template for this registry…"),
            lambda: self.export_page(True),
            None,
            True,
        )
        self.print_action = self._action(
            file_menu, self.tr("&Print this table…"), self.print_table, key.Print, True
        )
        file_menu.addSeparator()
        trip_menu = file_menu.addMenu(self.tr("&Trip"))
        self._action(
            trip_menu,
            self.tr("&Take a copy on a trip…"),
            lambda: trip.take_copy(self, self.services),
        )
        self._action(
            trip_menu,
            self.tr("&Prepare changes for the office…"),
            lambda: trip.prepare_changes(self, self.services),
        )
        self._action(
            trip_menu,
            self.tr("&Accept changes from a trip…"),
            lambda: trip.accept_changes(self, self.services),
        )
        self._action(
            trip_menu,
            self.tr("&Conflicts to resolve…"),
            lambda: trip.show_conflicts(self, self.services),
        )
        self._action(file_menu, self.tr("&Backups…"), self.show_backups)
        self._action(file_menu, self.tr("&Settings…"), self.edit_settings, key.Preferences)
        self._action(file_menu, self.tr("Add a &country outside ISO…"), self.add_country)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, key.Quit)

        record = bar.addMenu(self.tr("&Record"))
        toolbar = self.addToolBar(self.tr("Record"))
        toolbar.setObjectName("record_toolbar")
        self.new_action = self._action(
            record, self.tr("&New"), self._on_page("new_record"), key.New, True
        )
        self.open_action = self._action(record, self.tr("&Open"), self._open_selected, None, True)
        self.delete_action = self._action(
            record, self.tr("&Delete"), self._on_page("delete_selected"), key.Delete, True
        )
        self.restore_action = self._action(
            record, self.tr("&Restore from trash"), self._on_page("restore_selected"), None, True
        )
        record.addSeparator()
        self.find_action = self._action(record, self.tr("&Find"), self.focus_search, key.Find, True)
        self.refresh_action = self._action(record, self.tr("Re&fresh"), self.refresh, key.Refresh)
        self.trash_action = self._action(
            record,
            self.tr("Show &trash"),
            self._toggle_trash,
            None,
            True,
        )
        self.purge_action = self._action(
            record, self.tr("Delete for &good…"), self._on_page("purge_selected"), "Shift+Del", True
        )
        self.purge_old_action = self._action(
            record,
            self.tr("Empty the trash of records older than 30 days…"),
            self._on_page("purge_old"),
            None,
            True,
        )
        for action in (
            self.new_action,
            self.open_action,
            self.delete_action,
            self.restore_action,
            self.refresh_action,
        ):
            toolbar.addAction(action)

        view = bar.addMenu(self.tr("&Go"))
        self._action(view, self.tr("Home"), lambda: self.nav.setCurrentRow(HOME), "Ctrl+0")
        for row, entity in enumerate(ALL, 1):
            self._action(
                view,
                tr_domain(entity.plural),
                partial(self.nav.setCurrentRow, row),
                f"Ctrl+{row}",
            )

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(
            help_menu,
            self.tr("&Keyboard shortcuts"),
            lambda: show_shortcuts(self),
            key.HelpContents,
        )
        self._action(help_menu, self.tr("&About"), lambda: show_about(self, self.services))

    # -- pages -----------------------------------------------------------------------------

    def page(self) -> RegistryPage | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, RegistryPage) else None

    def _import_into(self, name: str) -> None:
        """Home's first-run button: the registry's page, then its import."""
        self.show_registry(name)
        self.import_into_page()

    def show_registry(self, name: str) -> RegistryPage:
        self.nav.setCurrentRow(list(self.pages).index(name) + 1)
        return self.pages[name]

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)  # a page changed while hidden refreshes when shown
        page = self.page()
        if page is not None:
            page.ensure_loaded()
        self._update_status()
        self._update_actions()

    def open_record(self, name: str, record_id: int) -> None:
        self.show_registry(name).open_record(record_id)

    def _open_selected(self) -> None:
        page = self.page()
        if page is not None:
            page.open_record(next(iter(page.selected_ids()), None))

    def _toggle_trash(self) -> None:
        page = self.page()
        if page is not None:
            page.trash_toggle.toggle()

    def focus_search(self) -> None:
        page = self.page()
        if page is not None:
            page.search_box.setFocus()
            page.search_box.selectAll()

    def refresh(self) -> None:
        page = self.page()
        if page is None:
            self.home.refresh()
        else:
            page.refresh()

    def _tell_changes(self, changes: Changes) -> None:
        """What a write did, in the status bar (the pages have refreshed already)."""
        verb = {
            Action.CREATE: self.tr("Created"),
            Action.UPDATE: self.tr("Saved"),
            Action.DELETE: self.tr("Moved to the trash"),
            Action.RESTORE: self.tr("Restored"),
            Action.PURGE: self.tr("Deleted for good"),
            Action.IMPORT: self.tr("Imported"),
            Action.REPLACE: self.tr("Restored from a backup"),
        }[changes.action]
        if changes.elsewhere:
            verb = self.tr("Changed by another user")
        if changes.ids:
            verb = self.tr("{verb}: %n record(s)", "", len(changes.ids)).format(verb=verb)
        self.statusBar().showMessage(verb, 5000)
        self._update_status()

    def _update_status(self) -> None:
        page = self.page() if self.pages else None
        if page is None:
            self.count_label.setText("")
            return
        shown, total = page.counts()
        self.count_label.setText(
            self.tr("%Ln record(s) shown of {total}", "", shown).format(
                total=QLocale().toString(total)
            )
        )

    def _update_actions(self) -> None:
        if not hasattr(self, "purge_action"):  # called while the actions are being built
            return
        page = self.page()
        for action in self.page_actions:
            action.setEnabled(page is not None)
        if page is None:
            return
        has_selection, in_trash = bool(page.selected_ids()), page.trash_toggle.isChecked()
        self.open_action.setEnabled(has_selection)
        self.delete_action.setEnabled(has_selection and not in_trash)
        self.restore_action.setEnabled(has_selection and in_trash)
        self.purge_action.setEnabled(has_selection and in_trash)

    # -- files, reports, settings ----------------------------------------------------------

    # The Excel side (openpyxl, calamine) is imported when first used: start-up stays quick.

    def write_report(self) -> None:
        from .report_dialog import ReportDialog

        dialogs.exec_dialog(ReportDialog(self.services, self))

    def import_into_page(self) -> None:
        page = self.page()
        if page is None:
            return
        from .import_dialog import import_file

        import_file(self.services, page.entity.name, self)  # the pages hear what it wrote

    def export_page(self, template: bool) -> None:
        page = self.page()
        if page is None:
            return
        from ..excel.exporter import export_registry

        entity = page.entity
        name = tr_domain(entity.plural) + (self.tr(" (template)") if template else "")
        out = dialogs.choose_save_file(
            self, self.tr("Export to Excel"), str(Path.home() / f"{name}.xlsx")
        )
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

    def print_table(self) -> None:
        from .printing import print_html, table_html  # QtPrintSupport: loaded when first printing

        page = self.page()
        if page is not None:
            html = table_html(
                self.services, page.entity, page.query(), tr_domain(page.entity.plural)
            )
            print_html(self, html, landscape=True)

    def show_backups(self) -> None:
        dialogs.exec_dialog(BackupsDialog(self.services, self))  # a restore reaches the pages

    def edit_settings(self) -> None:
        if dialogs.exec_dialog(SettingsDialog(self.services, self.app_settings, self)):
            self.home.set_rules(self.app_settings.rules)  # this computer's: not in the database

    def add_country(self) -> None:
        from .country_dialog import CountryDialog  # a rare dialog: imported when opened

        dialogs.exec_dialog(CountryDialog(self.services, self))

    # -- remembered layout and closing -----------------------------------------------------

    def save_layout(self) -> None:
        window_layout.save(self, self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        for page in self.pages.values():
            for form in list(page.forms):
                if not form.close():
                    event.ignore()
                    return
        self.save_layout()
        self.home.background.wait()  # the dashboard's thread still reads the database
        event.accept()
