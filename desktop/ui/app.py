"""Starting the GUI: application identity, default database location, first window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from ..db.errors import StorageError
from ..services import open_services
from .main_window import MainWindow
from .text import tr_domain

ORGANISATION = "ir-registry"
APPLICATION = "ir-registry"


def set_identity() -> None:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)


def default_database() -> Path:
    """registry.sqlite in the user's data folder (QStandardPaths; never changed, so a user's
    database is always found where the previous version left it)."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "registry.sqlite"


def run_application(db: str | None, language: str | None) -> int:
    set_identity()
    app = QApplication.instance() or QApplication(sys.argv)
    target = db or str(default_database())
    try:
        services = open_services(target, language=language or "ru")
    except StorageError as exc:
        print(f"ir-registry: {exc.text()}", file=sys.stderr)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Cannot open the registry"),
            tr_domain(exc.message).format(path=exc.path),
        )
        return 1
    window = MainWindow(services)
    window.show()
    try:
        return app.exec()
    finally:
        services.close()
