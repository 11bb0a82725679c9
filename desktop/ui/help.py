"""Help: the keyboard shortcuts (F1) and the About box."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ..services import Services
from . import paths


def shortcuts_text() -> str:
    rows = [
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
        ("F1", QCoreApplication.translate("Help", "This list")),
    ]
    body = "".join(f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in rows)
    return f"<table cellspacing='6'>{body}</table>"


def show_shortcuts(parent: QWidget | None) -> None:
    QMessageBox.information(
        parent, QCoreApplication.translate("Help", "Keyboard shortcuts"), shortcuts_text()
    )


def app_version() -> str:
    try:
        return version("ir-registry")
    except PackageNotFoundError:
        return "?"


def about_text(services: Services) -> str:
    data = paths.data_folder()
    return QCoreApplication.translate(
        "Help",
        "<b>International relations registry</b> {version}<br><br>"
        "Database: {database}<br>Data folder (logs, default database): {data}",
    ).format(version=app_version(), database=services.location, data=data)


def show_about(parent: QWidget | None, services: Services) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Help", "About"),
        about_text(services),
        parent=parent,
    )
    open_folder = box.addButton(
        QCoreApplication.translate("Help", "Open the data folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_folder())))
