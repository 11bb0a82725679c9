"""Help: the keyboard shortcuts (F1) and the About box.

Both are small dialogs of their own rather than message boxes: a message box wraps its text
at a fixed width, which broke the key names («Ctrl+0 … Ctrl+7») and the paths mid-word."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from . import dialogs, paths

PATH_WIDTH = 760  # px: a longer path is shortened in the middle, whole in its tooltip


def shortcuts() -> list[tuple[str, str]]:
    """(keys, what they do), in the order the list shows them."""
    return [
        ("Ctrl+N", QCoreApplication.translate("Help", "New record")),
        ("Enter", QCoreApplication.translate("Help", "Open the selected record")),
        ("Delete", QCoreApplication.translate("Help", "Move the selection to the trash")),
        ("Shift+Delete", QCoreApplication.translate("Help", "Delete for good (in the trash)")),
        ("Ctrl+F", QCoreApplication.translate("Help", "Search the registry")),
        ("F5", QCoreApplication.translate("Help", "Refresh")),
        ("Ctrl+0 … Ctrl+7", QCoreApplication.translate("Help", "Home, then each registry")),
        ("Ctrl+R", QCoreApplication.translate("Help", "Report for the ministry")),
        ("Ctrl+I / Ctrl+E", QCoreApplication.translate("Help", "Import / export this registry")),
        ("Ctrl+P", QCoreApplication.translate("Help", "Print the table or the record card")),
        ("Ctrl+S", QCoreApplication.translate("Help", "In a form: save")),
        ("Ctrl+Enter", QCoreApplication.translate("Help", "In a form: save and close")),
        ("Esc", QCoreApplication.translate("Help", "In a form: close (asks about changes)")),
        (
            "Ctrl+Tab",
            QCoreApplication.translate(
                "Help", "In a form: the next tab (Ctrl+Shift+Tab: the previous one)"
            ),
        ),
        (
            "Alt+Insert",
            QCoreApplication.translate("Help", "In a form: add a row to the list on the tab shown"),
        ),
        ("F1", QCoreApplication.translate("Help", "This list")),
    ]


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ShortcutsDialog(QDialog):
    """The keys in one column and what they do in the next, each on one line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Help", "Keyboard shortcuts"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        bold = QFont(self.font())
        bold.setBold(True)
        for row, (keys, what) in enumerate(shortcuts()):
            key_label = QLabel(keys)
            key_label.setFont(bold)
            grid.addWidget(key_label, row, 0)
            grid.addWidget(QLabel(what), row, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(_close_buttons(self))


def _path_label(path: str) -> QLabel:
    label = QLabel()
    shown = label.fontMetrics().elidedText(path, Qt.TextElideMode.ElideMiddle, PATH_WIDTH)
    label.setText(shown)
    label.setToolTip(path)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def app_version() -> str:
    try:
        return version("ir-registry")
    except PackageNotFoundError:
        return "?"


class AboutDialog(QDialog):
    """The version, the open registry and the data folder, each path on one line."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Help", "About"))
        title = QLabel(
            QCoreApplication.translate(
                "Help", "<b>International relations registry</b> {version}"
            ).format(version=app_version())
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Help", "Database:"), _path_label(services.location))
        form.addRow(
            QCoreApplication.translate("Help", "Data folder (logs, default database):"),
            _path_label(str(paths.data_folder())),
        )
        buttons = _close_buttons(self)
        self.open_folder = buttons.addButton(
            QCoreApplication.translate("Help", "Open the data folder"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_folder())))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)


def show_shortcuts(parent: QWidget | None) -> None:
    dialogs.exec_dialog(ShortcutsDialog(parent))


def show_about(parent: QWidget | None, services: Services) -> None:
    dialogs.exec_dialog(AboutDialog(services, parent))
