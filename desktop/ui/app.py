"""Starting the GUI: application identity, data folder, logging, the lock file, opening the
database (offering a restore when it is damaged), and the backup when it closes."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ..db.backup import restore_into
from ..db.database import raise_if_damaged
from ..db.errors import CorruptDatabaseError, StorageError
from ..db.lock import DatabaseLock
from ..services import Services, open_services
from ..services.backups import backup_if_changed
from . import crash, dialogs, paths, translations
from .app_settings import AppSettings
from .errors import user_message
from .long_work import Background
from .main_window import MainWindow

ORGANISATION = "ir-registry"
APPLICATION = "ir-registry"
log = logging.getLogger("ir_registry")


def set_identity() -> None:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    paths.configure_settings()


def data_folder() -> Path:
    """The user's data folder, or data/ beside a portable copy (desktop/ui/paths.py)."""
    return paths.data_folder()


def default_database() -> Path:
    return paths.default_database()


def open_registry(target: str, language: str, check: bool = True) -> Services | None:
    """Open the registry, or say plainly why not (offering the newest good backup when the
    file is damaged)."""
    try:
        return open_services(target, language=language, check=check)
    except CorruptDatabaseError as exc:
        print(f"ir-registry: {exc.text()}", file=sys.stderr)
        if exc.backup and dialogs.ask(
            None,
            QCoreApplication.translate("App", "The registry is damaged"),
            user_message(exc)
            + "\n\n"
            + QCoreApplication.translate("App", "Restore the newest good backup, {file}?").format(
                file=Path(exc.backup).name
            ),
        ):
            damaged = Path(exc.path).with_name(Path(exc.path).name + ".damaged")
            damaged.write_bytes(Path(exc.path).read_bytes())
            restore_into(Path(exc.backup), Path(exc.path))
            return open_services(target, language=language)
        if not exc.backup:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("App", "Cannot open the registry"),
                user_message(exc),
            )
        return None
    except StorageError as exc:
        print(f"ir-registry: {exc.text()}", file=sys.stderr)
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Cannot open the registry"), user_message(exc)
        )
        return None


def warn_if_damaged(window: MainWindow, error: BaseException | None) -> None:
    if error is None:
        return
    if not isinstance(error, CorruptDatabaseError):
        raise error
    log.error("integrity check failed: %s", error.text())
    dialogs.tell(
        window,
        QCoreApplication.translate("App", "The registry is damaged"),
        user_message(error),
        error=True,
    )
    window.show_backups()


def run_application(db: str | None, language: str | None) -> int:
    set_identity()
    app = QApplication.instance() or QApplication(sys.argv)
    crash.install()
    app_settings = AppSettings()
    language = language or app_settings.language
    translations.install(language)
    # After the translations: a data folder that cannot be written is told in the language.
    crash.setup_logging(paths.log_folder())
    target = db or app_settings.last_database or str(default_database())
    # The integrity check of a large file takes a second: it runs once the window is up.
    services = open_registry(target, language, check=False)
    if services is None:
        return 1
    lock = DatabaseLock(services.db.path) if services.db.path else None
    other = lock.acquire() if lock else None
    if other is not None and not dialogs.ask(
        None,
        QCoreApplication.translate("App", "Already open"),
        QCoreApplication.translate(
            "App",
            "This registry is open in another window: {holder}. Changes made in both are "
            "kept, and a record changed in both is shown to you before it is saved. Open it "
            "here too?",
        ).format(holder=other.describe()),
    ):
        services.close()
        return 1
    log.info("opened %s", target)
    if services.db.path is not None:
        app_settings.last_database = str(services.db.path)
    window = MainWindow(services)
    window.show()
    checker = Background(window)
    checker.finished.connect(lambda _result, error: warn_if_damaged(window, error))
    if services.db.path is not None:
        path = services.db.path
        checker.start(lambda: raise_if_damaged(path))
    try:
        return app.exec()
    finally:
        try:
            if services.db.path is not None:
                made = backup_if_changed(services)
                if made:
                    log.info("backed up to %s", made)
        except Exception:  # noqa: BLE001 - the registry itself is saved; say so in the log
            log.exception("the backup on closing failed")
        checker.wait()
        services.close()
        if lock is not None:
            lock.release()
