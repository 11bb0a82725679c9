"""Small blocking questions, kept in one place so tests can answer them."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QDialog, QFileDialog, QFileIconProvider, QMessageBox, QWidget

from ..services.errors import ConflictError
from ..services.opening import RegistryFileError, held_here, is_registry_file
from .errors import user_message


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


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from a file's name alone, never from its content.

    Qt's own provider asks QMimeDatabase, which opens a file whose name it cannot place
    (registry.sqlite, its -wal and -shm) to read its first bytes, and closes it. Closing any
    descriptor of a file drops every POSIX lock this process holds on it: SQLite's locks on
    the open registry go, and another process may then checkpoint and delete the WAL under
    it (SQLite, "How To Corrupt An SQLite Database File", 2.2). Measured with strace.
    """

    def icon(self, which: QFileInfo | QFileIconProvider.IconType) -> QIcon:
        if not isinstance(which, QFileInfo):
            return super().icon(which)
        kind = (
            QFileIconProvider.IconType.Drive
            if which.isRoot()
            else QFileIconProvider.IconType.Folder
            if which.isDir()
            else QFileIconProvider.IconType.File
        )
        return super().icon(kind)

    def type(self, info: QFileInfo) -> str:  # noqa: A003 - Qt's name
        if info.isDir():
            return QCoreApplication.translate("Dialogs", "Folder")
        suffix = info.suffix().upper()
        if not suffix:
            return QCoreApplication.translate("Dialogs", "File")
        return QCoreApplication.translate("Dialogs", "{suffix} file").format(suffix=suffix)


_icon_provider: NameOnlyIconProvider | None = None


def name_only_icons() -> NameOnlyIconProvider:
    """The one provider every file list of the application uses (no dialog owns it)."""
    global _icon_provider
    if _icon_provider is None:
        _icon_provider = NameOnlyIconProvider()
    return _icon_provider


def file_dialog(
    parent: QWidget | None,
    title: str,
    directory: str = "",
    name_filter: str = "",
    mode: QFileDialog.FileMode = QFileDialog.FileMode.ExistingFile,
    save: bool = False,
) -> QFileDialog:
    """Every file dialog of the application is made here, so that none reads file content.

    Outside Windows Qt's own dialog is used with a name-only icon provider: a native one
    (GTK's, run inside this process) sniffs content we cannot stop. Windows' locks are not
    dropped by closing another handle, so its native dialog stays.
    """
    dialog = QFileDialog(parent, title, directory, name_filter)
    dialog.setFileMode(mode)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if os.name != "nt":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setIconProvider(name_only_icons())
    return dialog


def _chosen(dialog: QFileDialog) -> list[str]:
    """The files chosen; none when one of them is a file of the registry open here."""
    try:
        chosen = dialog.selectedFiles() if exec_dialog(dialog) else []
    finally:
        dialog.deleteLater()
    if any(refused_as_registry_file(dialog.parentWidget(), path) for path in chosen):
        return []
    return chosen


def refused_as_registry_file(parent: QWidget | None, path: str) -> bool:
    """Tell the user, and say True, when a path names a file of the registry open here: the
    job it was chosen for would read it (dropping SQLite's locks) or write over it."""
    if not any(is_registry_file(path, registry) for registry in held_here()):
        return False
    tell(
        parent,
        QCoreApplication.translate("Dialogs", "File of the registry"),
        user_message(RegistryFileError(path)),
        True,
    )
    return True


def _filter(suffix: str) -> str:
    if suffix == "pdf":
        return QCoreApplication.translate("Dialogs", "PDF documents (*.pdf)")
    if suffix == "sqlite":
        return QCoreApplication.translate("Dialogs", "Registry files (*.sqlite)")
    if suffix == "irchanges":
        return QCoreApplication.translate("Dialogs", "Changes from a trip (*.irchanges)")
    return QCoreApplication.translate("Dialogs", "Excel workbooks (*.xlsx)")


def choose_save_file(
    parent: QWidget | None, title: str, suggested: str, suffix: str = "xlsx"
) -> str | None:
    dialog = file_dialog(
        parent, title, suggested, _filter(suffix), QFileDialog.FileMode.AnyFile, save=True
    )
    dialog.setDefaultSuffix(suffix)
    path = next(iter(_chosen(dialog)), "")
    if path and not path.lower().endswith("." + suffix):
        path += "." + suffix
    return path or None


def choose_open_file(parent: QWidget | None, title: str) -> str | None:
    return next(iter(_chosen(file_dialog(parent, title, "", _filter("xlsx")))), None)


def choose_package(parent: QWidget | None, title: str) -> str | None:
    return next(iter(_chosen(file_dialog(parent, title, "", _filter("irchanges")))), None)


def choose_open_files(parent: QWidget | None, title: str) -> list[str]:
    return _chosen(file_dialog(parent, title, mode=QFileDialog.FileMode.ExistingFiles))


def choose_folder(parent: QWidget | None, title: str, directory: str = "") -> str | None:
    dialog = file_dialog(parent, title, directory, mode=QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return next(iter(_chosen(dialog)), None)


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
