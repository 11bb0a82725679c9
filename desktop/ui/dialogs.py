"""Small blocking questions, kept in one place so tests can answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ..services.errors import ConflictError


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def ask_unsaved(parent: QWidget | None, text: str) -> str:
    """'save', 'discard' or 'cancel' for a window with unsaved changes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Dialogs", "Unsaved changes"),
        text,
        parent=parent,
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {
        QMessageBox.StandardButton.Save: "save",
        QMessageBox.StandardButton.Discard: "discard",
    }.get(QMessageBox.StandardButton(answer), "cancel")


def tell(parent: QWidget | None, title: str, text: str, error: bool = False) -> None:
    if error:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


def resolve_conflict(parent: QWidget, conflict: ConflictError, differences: str) -> str:
    """'mine' (write anyway), 'theirs' (take the saved version) or 'edit' (go back)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Dialogs", "Changed by someone else"),
        QCoreApplication.translate(
            "Dialogs",
            "This record was saved by someone else (version {theirs}) while "
            "you were editing version {yours}.",
        ).format(theirs=conflict.current_version, yours=conflict.your_version),
        parent=parent,
    )
    box.setDetailedText(differences)
    mine = box.addButton(
        QCoreApplication.translate("Dialogs", "Keep mine"), QMessageBox.ButtonRole.AcceptRole
    )
    theirs = box.addButton(
        QCoreApplication.translate("Dialogs", "Take theirs"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(
        QCoreApplication.translate("Dialogs", "Back to editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    clicked = box.clickedButton()
    return "mine" if clicked is mine else "theirs" if clicked is theirs else "edit"


def choose_save_file(parent: QWidget | None, title: str, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, title, suggested, QCoreApplication.translate("Dialogs", "Excel workbooks (*.xlsx)")
    )
    if path and not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    return path or None


def choose_open_file(parent: QWidget | None, title: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, title, "", QCoreApplication.translate("Dialogs", "Excel workbooks (*.xlsx)")
    )
    return path or None


def offer_to_open(parent: QWidget | None, path: str) -> None:
    """After writing a file: open it, open its folder, or neither."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Dialogs", "File written"),
        QCoreApplication.translate("Dialogs", "Saved {path}").format(path=path),
        parent=parent,
    )
    open_file = box.addButton(
        QCoreApplication.translate("Dialogs", "Open the file"), QMessageBox.ButtonRole.AcceptRole
    )
    open_folder = box.addButton(
        QCoreApplication.translate("Dialogs", "Open the folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
    elif box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


def exec_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog and say whether it was accepted."""
    return dialog.exec() == QDialog.DialogCode.Accepted
