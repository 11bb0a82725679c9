"""One input widget per field kind, all with ``value()``, ``set_value()`` and ``changed``.

The form and the child tables both build their inputs here, so a field looks and behaves the
same wherever it is edited.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from ..domain.fields import Field, Kind
from ..domain.partial_dates import PartialDate, parse_partial_date
from ..domain.validation import parse_date
from ..services import Services
from .text import format_date, tr_domain

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2
LOOKUP_DELAY_MS = 150
ERROR_STYLE = "color: #b00020;"
CREATE = -1  # the id of the pick list's «Create "…"» entry
SMALL_FORM = QSize(760, 560)  # a record created from a pick list
# An input is never narrower than this many average characters: a form or a child table
# chooses its columns from these minimums, not from the longest item of a list.
MIN_CHARS = 12


class ProblemLine(QLabel):
    """The line under an input telling what is wrong with it: one line of fixed height that
    keeps its place when empty, so a problem appearing never moves the inputs below (a click
    aimed at one would land on another). A message too long for the width ends in «…» and is
    shown whole as the tooltip of the line and of its input."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._message = ""
        self.setStyleSheet(ERROR_STYLE)
        self.setFixedHeight(self.fontMetrics().height())
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(policy.Policy.Ignored)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(0)
        self.hide()

    @property
    def message(self) -> str:
        """The whole message (``text()`` is what fits)."""
        return self._message

    def show_message(self, message: str, input_widget: QWidget | None = None) -> None:
        self._message = message
        self.setToolTip(message)
        if input_widget is not None:
            input_widget.setToolTip(message)
        self._fit()
        self.setVisible(bool(message))

    def _fit(self) -> None:
        width = self.contentsRect().width()
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._message, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()


class FieldEditor(QWidget):
    """Base: a widget holding one field's value."""

    changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        item = self._layout.itemAt(0)
        widget = item.widget() if item is not None else None
        assert widget is not None  # every editor puts its input first
        return widget


class TextEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self._layout.addWidget(self.edit)
        self.edit.textChanged.connect(self.changed)
        if field.kind is Kind.PHONES:
            self.edit.setPlaceholderText("+7 912 345-67-89; +86 10 6512 3456")
        elif field.kind is Kind.EMAIL:
            self.edit.setPlaceholderText("name@example.org")

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)  # show the beginning of a long title


class LongTextEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(60)
        self._layout.addWidget(self.edit)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


class DateEditor(TextEditor):
    """Typed as dd.mm.yyyy (or yyyy-mm-dd); may be empty, unlike QDateEdit."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.edit.setFixedWidth(self._width_for_a_date())
        self._layout.addStretch(1)

    def _width_for_a_date(self) -> int:
        """Wide enough for a whole date beside the clear button, whatever the font: the
        edit's own frame, margins and button measured as it measures them with a text in it
        (a fixed 140 px showed ")1.12.2026" in a child table's column)."""
        metrics = self.edit.fontMetrics()
        self.edit.setText("00.00.0000")
        overhead = self.edit.sizeHint().width() - metrics.horizontalAdvance("x") * 17
        self.edit.clear()
        text = max(
            metrics.horizontalAdvance(sample)
            for sample in ("00.00.0000", "30.12.2026", self.edit.placeholderText())
        )
        return text + overhead + 4  # and the cursor after the last digit

    def value(self) -> Any:
        text = self.edit.text().strip()
        try:
            return parse_date(text)
        except ValueError:
            return text  # validation says what is wrong with it

    def set_value(self, value: Any) -> None:
        self.edit.setText(format_date(value) if isinstance(value, date) else (value or ""))


class PartialDateEditor(DateEditor):
    """A date known to the day, the month or the year: «08.12.1999», «07.2016», «2012» or
    «июль 2016». What cannot be read yet stays text, and validation says what is wrong."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        # as wide as a date (in a child list's row the whole hint took the widest column);
        # the forms it may take are said in its tooltip
        self.setToolTip(self.tr("dd.mm.yyyy, mm.yyyy or yyyy"))

    def value(self) -> Any:
        text = self.edit.text().strip()
        try:
            return parse_partial_date(text)
        except ValueError:
            return text

    def set_value(self, value: Any) -> None:
        self.edit.setText(str(value) if isinstance(value, PartialDate) else (value or ""))


class BoolEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.box = QCheckBox()
        self._layout.addWidget(self.box)
        self._layout.addStretch(1)
        self.box.toggled.connect(self.changed)

    def value(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ComboEditor(FieldEditor):
    """A fixed list (or the country list): typing completes on any part of a name."""

    def __init__(
        self, field: Field, items: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # as wide as the form gives it, not as its longest item (a country's official name)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(MIN_CHARS)
        # An optional list starts with a blank entry for "none"; a required one has none to
        # offer: until something is chosen it shows nothing (index -1).
        self._blank = not field.required
        if self._blank:
            self.combo.addItem("", None)
        for code, label in items:
            self.combo.addItem(label, code)
        completer = self.combo.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._layout.addWidget(self.combo)
        self.combo.currentTextChanged.connect(self.changed)

    def value(self) -> Any:
        text = self.combo.currentText().strip()
        if not text:
            return None
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.combo.itemData(index) if index >= 0 else text

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else -1
        if index < 0:
            index = 0 if self._blank else -1
        self.combo.setCurrentIndex(index)
        if value and (index < 0 or (index == 0 and self._blank)):
            self.combo.setEditText(str(value))  # not in the list: shown as it is, and refused


class MultiChoiceEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.list = QListWidget()
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMaximumHeight(56)
        assert field.choices is not None
        for code, label in field.choices.items:
            item = QListWidgetItem(tr_domain(label))
            item.setData(ID_ROLE, code)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._layout.addWidget(self.list)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def value(self) -> Any:
        return [
            self.list.item(i).data(ID_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        codes = value if isinstance(value, list) else str(value or "").split(",")
        for i in range(self.list.count()):
            item = self.list.item(i)
            checked = item.data(ID_ROLE) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class RefEditor(FieldEditor):
    """A record of another registry, found by typing any word of it (search in the database,
    not over a list loaded up front: registries hold tens of thousands of records)."""

    def __init__(self, field: Field, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.services = services
        self.registry = services[field.ref or ""]
        self._id: int | None = None
        self._typed = ""  # the text the list was looked up for
        self.creating: QWidget | None = None  # the form of a record being created from here
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Type to search…"))
        self._model = QStandardItemModel(self)
        # The proxy passes everything: the database already filtered by words.
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self.completer = QCompleter(self._proxy, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(TEXT_ROLE)  # what a choice puts into the line
        self.edit.setCompleter(self.completer)
        self._layout.addWidget(self.edit)
        self._timer = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self._lookup)
        self.edit.textEdited.connect(self._on_edited)
        # the QModelIndex overload of activated (PySide6's stubs do not type the indexing)
        self.completer.activated[QModelIndex].connect(self._on_chosen)  # type: ignore[index]

    def _on_edited(self, _text: str) -> None:
        self._id = None
        self._timer.start()
        self.changed.emit()

    def _lookup(self) -> None:
        self._model.clear()
        self._typed = self.edit.text().strip()
        found = self.registry.lookup(self._typed)
        for record_id, title in found:
            item = QStandardItem(title)
            item.setData(record_id, ID_ROLE)
            item.setData(title, TEXT_ROLE)
            self._model.appendRow(item)
        if self._typed and not found and self.registry.entity.title_field is not None:
            # nothing by that name: it can be created here, without leaving this form
            offer = QStandardItem(self.tr("Create «{text}»…").format(text=self._typed))
            offer.setData(CREATE, ID_ROLE)
            offer.setData(self._typed, TEXT_ROLE)  # the line keeps what was typed
            self._model.appendRow(offer)
        if self.edit.hasFocus() and self._model.rowCount():
            self.completer.complete()

    def _on_chosen(self, index: QModelIndex) -> None:
        if index.data(ID_ROLE) == CREATE:
            self.create_record(self._typed)
            return
        self._id = index.data(ID_ROLE)
        self.edit.setText(index.data(Qt.ItemDataRole.DisplayRole))
        self.changed.emit()

    def create_record(self, title: str) -> QWidget:
        """Open the referenced registry's form for a new record named ``title``; once it is
        saved, it is the one picked here and its form closes."""
        from .record_form import RecordForm  # the form builds editors: imported when used

        form = RecordForm(self.services, self.registry.entity, None, self.window())
        form.setWindowModality(Qt.WindowModality.WindowModal)
        form.resize(form.size().boundedTo(SMALL_FORM))
        name = self.registry.entity.title_field
        if name is not None:
            form.editors[name].set_value(title)
        form.saved.connect(lambda _changes: self._created(form))
        form.closed.connect(self._creation_ended)
        self.creating = form
        form.show()
        return form

    def _created(self, form: QWidget) -> None:
        record_id = getattr(form, "record_id", None)
        if record_id is not None:
            self.choose(record_id)
            QTimer.singleShot(0, form, form.close)  # back to the first form
        self.edit.setFocus()

    def _creation_ended(self) -> None:
        self.creating = None

    def choose(self, record_id: int | None) -> None:
        """Set the record by id (as picking it from the list does)."""
        self.set_value(record_id)
        self.changed.emit()

    def value(self) -> Any:
        if self._id is not None:
            return self._id
        return self.edit.text().strip() or None  # text not picked from the list: invalid

    def set_value(self, value: Any) -> None:
        if isinstance(value, int) and value == self._id and self.edit.text():
            return  # it shows this record already: no read for its title (a form just saved)
        self._id = value if isinstance(value, int) else None
        title = self.registry.titles([value]).get(value, "") if self._id else ""
        self.edit.setText(title)
        self.edit.setCursorPosition(0)


def make_editor(field: Field, services: Services, parent: QWidget | None = None) -> FieldEditor:
    editor = _editor_for(field, services, parent)
    if not field.is_date and field.kind is not Kind.BOOL:
        editor.setMinimumWidth(editor.fontMetrics().averageCharWidth() * MIN_CHARS)
    return editor


def _editor_for(field: Field, services: Services, parent: QWidget | None) -> FieldEditor:
    kind = field.kind
    if kind is Kind.LONG_TEXT:
        return LongTextEditor(field, parent)
    if kind is Kind.DATE:
        return DateEditor(field, parent)
    if kind is Kind.PARTIAL_DATE:
        return PartialDateEditor(field, parent)
    if kind is Kind.BOOL:
        return BoolEditor(field, parent)
    if kind in (Kind.CHOICE, Kind.STATUS) and field.choices is not None:
        items = [(code, tr_domain(label)) for code, label in field.choices.items]
        return ComboEditor(field, items, parent)
    if kind is Kind.COUNTRY:
        return ComboEditor(field, services.countries(), parent)
    if kind is Kind.MULTI_CHOICE:
        return MultiChoiceEditor(field, parent)
    if kind is Kind.REF:
        return RefEditor(field, services, parent)
    return TextEditor(field, parent)
