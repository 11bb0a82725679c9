"""Nothing fails silently: environment problems get a plain message, bugs a crash dialog with
details to copy, and both go to a rotated log file in the data folder."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from . import dialogs
from .errors import is_user_error, user_message

log = logging.getLogger("ir_registry")


def setup_logging(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "ir-registry.log"
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))  # the owner's eyes only
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def show_crash(details: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Crash", "Something went wrong"),
        QCoreApplication.translate(
            "Crash",
            "The application met an error it did not expect. What you "
            "saved is safe. Copy the details and send them to support.",
        ),
    )
    box.setDetailedText(details)
    copy = box.addButton(
        QCoreApplication.translate("Crash", "Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)


def handle_exception(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """sys.excepthook for the GUI: exceptions in slots land here instead of vanishing."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    details = "".join(traceback.format_exception(kind, error, trace))
    if is_user_error(error):
        log.warning("environment error: %s", details)
        dialogs.tell(
            None,
            QCoreApplication.translate("Crash", "Cannot do that"),
            user_message(error),
            error=True,
        )
        return
    log.error("unexpected error: %s", details)
    show_crash(details)


def install() -> None:
    sys.excepthook = handle_exception
