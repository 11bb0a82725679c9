"""A registry table that holds only the ordered list of record ids (Anki's browser model).

Rows are loaded from the service in blocks as the view asks for them, and cached; a change to
some records drops just those from the cache. Search and sort happen in SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..domain.fields import Field
from ..services import Registry
from .text import display, tr_domain

BLOCK = 100  # rows read at a time: a screenful or two
MAX_CACHED = 20_000  # rows kept; scrolling 100,000 would otherwise keep them all (~60 MB)
Index = QModelIndex | QPersistentModelIndex


class IdListModel(QAbstractTableModel):
    def __init__(self, registry: Registry, sort_requested: Callable[[int, bool], None]) -> None:
        super().__init__()
        self.registry = registry
        self.fields: tuple[Field, ...] = registry.entity.table_fields
        self._ids: list[int] = []
        self._cache: dict[int, tuple[Any, ...]] = {}
        self._sort_requested = sort_requested

    # -- Qt's model API --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.fields)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks for many roles per cell; serve two and return at once for the rest.
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if not index.isValid():
            return None
        values = self._row(index.row())
        if values is None:
            return None
        return display(self.fields[index.column()], values[index.column()])

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        # Not delegated to the base class: in PySide6 6.12 that call over-releases None and
        # the interpreter aborts on exit ("none_dealloc") after a few thousand calls.
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.fields):
            return tr_domain(self.fields[section].label)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._ids):
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.fields):
            self._sort_requested(column, order == Qt.SortOrder.DescendingOrder)

    # -- ours ------------------------------------------------------------------------------

    def set_ids(self, ids: list[int]) -> None:
        if ids == self._ids:
            self._cache.clear()
            if ids:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(ids) - 1, len(self.fields) - 1)
                )
            return
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return self._ids

    def cached(self, record_id: int) -> bool:
        """Whether the row of this record has been read (it has been shown)."""
        return record_id in self._cache

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def forget(self, ids: Iterable[int]) -> None:
        """Drop these records from the cache: they are reloaded when next painted."""
        for record_id in ids:
            if self._cache.pop(record_id, None) is not None:
                row = self.row_of(record_id)
                if row is not None:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.fields) - 1))

    def forget_all(self) -> None:
        self.set_ids(list(self._ids))

    def _row(self, row: int) -> tuple[Any, ...] | None:
        record_id = self._ids[row]
        values = self._cache.get(record_id)
        if values is None:
            if len(self._cache) >= MAX_CACHED:  # scrolled through a big registry: start afresh
                self._cache.clear()
            start = row - row % BLOCK
            block = [i for i in self._ids[start : start + BLOCK] if i not in self._cache]
            self._cache.update(self.registry.rows(block))
            values = self._cache.get(record_id)
        return values
