"""One registry: search box, filters, the id-list table and the record actions. Every entity
gets this same page, built from its description."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.fields import Entity
from ..services import Changes, Query, Services
from . import dialogs
from .record_form import RecordForm
from .table_model import IdListModel
from .text import tr_domain

SEARCH_DELAY_MS = 150
ROW_HEIGHT = 24
TRASH_KEEP_DAYS = 30
FILTER_CHARS = 12  # a filter's width in characters, at least


def _name(pair: tuple[str, str]) -> str:
    return pair[1]


class RegistryPage(QWidget):
    counts_changed = Signal()

    def __init__(self, services: Services, entity: Entity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.entity = entity
        self.registry = services[entity.name]
        self._sort: tuple[str | None, bool] = (None, False)
        self._ready = False  # set up first, then search once
        self.forms: list[RecordForm] = []

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search (Ctrl+F): any word or its beginning"))
        self.search_box.setClearButtonEnabled(True)
        hint = self.search_box.fontMetrics().horizontalAdvance(self.search_box.placeholderText())
        self.search_box.setMinimumWidth(hint + 40)  # the hint readable, the clear button beside
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())

        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 3)
        # the countries the records name (filled when shown), not all 250
        self.country_filter = self._filter_combo(
            self.tr("All countries"), [] if entity.country_field else None
        )
        status_choices = entity.status_choices
        self.status_filter = self._filter_combo(
            self.tr("All statuses"),
            [(c, tr_domain(label)) for c, label in status_choices.items]
            if status_choices
            else None,
        )
        this_year = date.today().year
        self.year_filter = self._filter_combo(
            self.tr("All years"),
            [(y, str(y)) for y in range(this_year + 2, 1949, -1)] if entity.year_field else None,
        )
        self.trash_toggle = QCheckBox(self.tr("Trash"))
        self.trash_toggle.setToolTip(self.tr("Show deleted records, to restore them"))
        self.trash_toggle.toggled.connect(self.reload)
        for combo in (self.country_filter, self.status_filter, self.year_filter):
            if combo is not None:
                filters.addWidget(combo, 1)
        filters.addWidget(self.trash_toggle)

        self.model = IdListModel(self.registry, self._on_sort)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        vertical = self.view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never size over all rows
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.hide()
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        char = self.fontMetrics().averageCharWidth()
        for column, field in enumerate(self.model.fields):
            header.resizeSection(column, field.width * char + 20)
        self.view.setSortingEnabled(True)
        self._fit_header()  # after the sort arrow is on: it takes room
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._sort = (None, False)
        self.view.activated.connect(lambda index: self.open_record(self.model.id_at(index.row())))

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        self._ready = True
        self.loaded = False  # searched the first time it is shown: start-up stays quick
        self.stale = False  # changed while hidden: searched again when shown
        self._totals: dict[bool, int] = {}  # records in the registry (or its trash)

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self._fit_header()  # measured again in the style and font it is shown in
            self._fill_countries()
            self.reload()

    def _fit_header(self) -> None:
        """Every column at least as wide as its header's text with the sort arrow (else
        «Дата подписания» showed as «ата подписан»); the table scrolls sideways if need be."""
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(
                column, max(header.sectionSize(column), header.sectionSizeHint(column))
            )

    def _fill_countries(self) -> None:
        """The countries the registry's records name; a chosen one stays chosen."""
        combo = self.country_filter
        if combo is None:
            return
        chosen = combo.currentData()
        items = self.services.countries_in_use(self.entity.name)
        if chosen is not None and chosen not in {code for code, _ in items}:
            items = sorted([*items, (chosen, self.services.country_name(chosen))], key=_name)
        if items == [(combo.itemData(i), combo.itemText(i)) for i in range(1, combo.count())]:
            return
        combo.blockSignals(True)  # the same filter: no search
        while combo.count() > 1:
            combo.removeItem(1)
        for code, label in items:
            combo.addItem(label, code)
        combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else 0)
        combo.blockSignals(False)

    def _filter_combo(self, everything: str, items: list | None) -> QComboBox | None:
        if items is None:
            return None
        combo = QComboBox()
        # as wide as «All …» needs: a long status or country is shortened in the closed box
        # (whole in the list), the search box keeps the room
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(max(len(everything), FILTER_CHARS))
        combo.addItem(everything, None)
        for code, label in items:
            combo.addItem(label, code)
        combo.currentIndexChanged.connect(self.reload)
        return combo

    @staticmethod
    def _choice(combo: QComboBox | None) -> object:
        return combo.currentData() if combo is not None else None

    # -- showing ---------------------------------------------------------------------------

    def query(self) -> Query:
        sort_field, descending = self._sort
        return Query(
            text=self.search_box.text(),
            country=self._choice(self.country_filter),  # type: ignore[arg-type]
            status=self._choice(self.status_filter),  # type: ignore[arg-type]
            year=self._choice(self.year_filter),  # type: ignore[arg-type]
            trash=self.trash_toggle.isChecked(),
            sort_field=sort_field,
            descending=descending,
        )

    def reload(self) -> None:
        """Search again and show the result, keeping the selected record selected."""
        self.loaded, self.stale = True, False
        selected = self.selected_ids()
        query = self.query()
        self.model.set_ids(self.registry.search(query))
        if query.unfiltered:
            self._totals[query.trash] = self.model.rowCount()  # all of them: no count needed
        self.select(selected[0] if selected else None)
        self.counts_changed.emit()

    def refresh(self) -> None:
        """Search again and count again (another window or program may have changed it)."""
        self._totals.clear()
        self._fill_countries()
        self.reload()

    def _on_sort(self, column: int, descending: bool) -> None:
        self._sort = (self.model.fields[column].name, descending)
        if self._ready and self.loaded:
            self.reload()

    def counts(self) -> tuple[int, int]:
        """(shown, total) for the status bar; the total is counted again after records were
        added or deleted (at 100,000 records a count costs as much as painting the table)."""
        trash = self.trash_toggle.isChecked()
        if trash not in self._totals:
            self._totals[trash] = self.registry.count(trash=trash)
        return self.model.rowCount(), self._totals[trash]

    def apply_changes(self, changes: Changes) -> None:
        """A write committed (here or anywhere). Rows it changed are read again when next
        painted; records that came or went are searched for again now if the page is
        visible, else when it is shown (a hidden page only marks itself stale)."""
        mine = changes.concerns(self.entity.name)
        if mine and changes.elsewhere:  # another officer's save: the open forms of it know
            for form in self.forms:
                if not changes.ids or form.record_id in changes.ids:
                    form.changed_elsewhere()
        if not self.loaded:
            return  # searched when first shown anyway
        named_here = any(f.ref == changes.entity for f in self.model.fields if f.ref)
        if not (mine or named_here):
            return
        if mine:
            self._fill_countries()  # a record may name a country no other one did
        if mine and changes.adds_or_removes:
            self._totals.clear()
            if self.isVisible():
                self.reload()
            else:
                self.stale = True  # searched again when shown, not for every change
        elif mine:
            self.model.forget(changes.ids)  # only these rows are read, when next painted
        else:
            self.model.forget_all()  # a changed name shows in a reference column

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self.reload()

    # -- selection and actions -------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def select(self, record_id: int | None) -> None:
        row = self.model.row_of(record_id) if record_id is not None else None
        if row is None:
            return
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))

    def open_record(self, record_id: int | None) -> RecordForm | None:
        if record_id is None:
            return None
        return self._show_form(record_id)

    def new_record(self) -> RecordForm:
        return self._show_form(None)

    def _show_form(self, record_id: int | None) -> RecordForm:
        for form in self.forms:
            if form.record_id == record_id and record_id is not None:
                form.raise_()
                form.activateWindow()
                return form
        form = RecordForm(self.services, self.entity, record_id, self.window())
        form.setWindowFlag(Qt.WindowType.Window)
        form.closed.connect(lambda f=form: self.forms.remove(f) if f in self.forms else None)
        self.forms.append(form)
        form.show()
        return form

    def delete_selected(self) -> Changes | None:
        ids = self.selected_ids()
        if not ids or self.trash_toggle.isChecked():
            return None
        if not dialogs.ask(
            self,
            self.tr("Delete"),
            self.tr(
                "Move %n record(s) to the trash? They can be restored from the trash.", "", len(ids)
            ),
        ):
            return None
        return self.registry.delete(ids)

    def restore_selected(self) -> Changes | None:
        ids = self.selected_ids()
        if not ids or not self.trash_toggle.isChecked():
            return None
        return self.registry.restore(ids)

    def purge_selected(self) -> Changes | None:
        ids = self.selected_ids()
        if not ids or not self.trash_toggle.isChecked():
            return None
        if not dialogs.ask(
            self,
            self.tr("Delete for good"),
            self.tr("Delete %n record(s) for good? This cannot be undone.", "", len(ids)),
        ):
            return None
        return self.registry.purge(ids)

    def purge_old(self) -> Changes | None:
        ids = self.registry.trashed_before(datetime.now() - timedelta(days=TRASH_KEEP_DAYS))
        if not ids:
            dialogs.tell(
                self,
                self.tr("Trash"),
                self.tr("No record has been in the trash for more than 30 days."),
            )
            return None
        if not dialogs.ask(
            self,
            self.tr("Delete for good"),
            self.tr(
                "Delete for good the %n record(s) that have been in the "
                "trash for more than 30 days?",
                "",
                len(ids),
            ),
        ):
            return None
        return self.registry.purge(ids)

    # -- remembered layout -----------------------------------------------------------------

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue(
            f"tables/{self.entity.name}/header", self.view.horizontalHeader().saveState()
        )

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value(f"tables/{self.entity.name}/header")
        header = self.view.horizontalHeader()
        if isinstance(state, QByteArray) and header.restoreState(state):
            self._fit_header()
            section = header.sortIndicatorSection()
            if 0 <= section < len(self.model.fields):
                descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
                self._on_sort(section, descending)
