"""Starting the GUI: application identity, data folder, logging, the lock file, opening the
database (offering a restore when it is damaged), and the backup when it closes."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from ..services import Services, open_services
from ..services.backups import (
    backup_if_changed,
    check_integrity,
    newest_good_backup,
    restore_damaged,
)
from ..services.opening import (
    CorruptDatabaseError,
    DatabaseLock,
    Holder,
    MigrationBackupError,
    StorageError,
    others_connected,
    without_password,
)
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


def choose_backup_folder() -> Path | None:
    # the one file dialog of the application: it reads no file content (dialogs.file_dialog)
    chosen = dialogs.choose_folder(
        None, QCoreApplication.translate("App", "Folder for the backup before the update")
    )
    return Path(chosen) if chosen else None


def open_registry(
    target: str, language: str, check: bool = True, backup_folder: Path | None = None
) -> Services | None:
    """Open the registry, or say plainly why not (offering the newest good backup when the
    file is damaged or was tampered with: anything a backup can replace; and another folder
    when the backup before an update cannot be written). ``backup_folder``: this computer's
    choice for the registry (None: beside it)."""
    while True:
        try:
            return open_services(
                target, language=language, check=check, backup_folder=backup_folder
            )
        except MigrationBackupError as exc:
            print(f"ir-registry: {exc.text()}", file=sys.stderr)
            question = QCoreApplication.translate(
                "App", "Choose another folder for the backup, and update the registry?"
            )
            if not dialogs.ask(
                None,
                QCoreApplication.translate("App", "Cannot open the registry"),
                user_message(exc) + "\n\n" + question,
            ):
                return None
            backup_folder = choose_backup_folder()
            if backup_folder is None:
                return None
        except StorageError as exc:
            return _refused(exc, target, language, backup_folder)


def _refused(
    exc: StorageError, target: str, language: str, backup_folder: Path | None
) -> Services | None:
    """Say why the registry cannot be opened; for a file a backup can replace, offer it."""
    print(f"ir-registry: {exc.text()}", file=sys.stderr)
    # opening looked beside the file; this computer may keep the registry's backups elsewhere
    chosen = (
        newest_good_backup(Path(exc.path), backup_folder)
        if exc.replaceable and backup_folder
        else None
    )
    backup = str(chosen) if chosen else exc.backup
    if exc.replaceable and backup:
        if dialogs.ask(
            None,
            QCoreApplication.translate("App", "The registry is damaged"),
            user_message(exc)
            + "\n\n"
            + QCoreApplication.translate("App", "Restore the newest good backup, {file}?").format(
                file=Path(backup).name
            ),
        ):
            restore_damaged(Path(exc.path), Path(backup))
            return open_services(target, language=language, backup_folder=backup_folder)
        return None
    QMessageBox.critical(
        None, QCoreApplication.translate("App", "Cannot open the registry"), user_message(exc)
    )
    return None


def describe_holder(holder: Holder) -> str:
    """Who holds the registry, in the interface language, the time as its locale writes it."""
    since = QDateTime.fromString(holder.since, "dd.MM.yyyy HH:mm")  # as the lock file has it
    when = (
        QLocale().toString(since, QLocale.FormatType.ShortFormat)
        if since.isValid()
        else holder.since
    )
    return QCoreApplication.translate("App", "{user}@{host}, process {pid}, since {since}").format(
        user=holder.user, host=holder.host, pid=holder.pid, since=when
    )


def show_others_connected(window: MainWindow, services: Services) -> None:
    """On a server, who else has the registry open (where a second window on an SQLite file
    is told who holds it): in the status bar, until another message takes its place."""
    if services.db.path is not None:
        return
    others = others_connected(services.db)
    if others:
        window.statusBar().showMessage(
            QCoreApplication.translate("App", "Also working in this registry: {users}").format(
                users=", ".join(others)
            )
        )


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
    chosen = app_settings.backup_folder(target) if "://" not in target else ""
    services = open_registry(
        target, language, check=False, backup_folder=Path(chosen) if chosen else None
    )
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
        ).format(holder=describe_holder(other)),
    ):
        services.close()
        return 1
    log.info("opened %s", without_password(target))
    app_settings.last_database = str(services.db.path or services.db.url)
    window = MainWindow(services)
    window.show()
    show_others_connected(window, services)
    checker = Background(window)
    checker.finished.connect(lambda _result, error: warn_if_damaged(window, error))
    if services.db.path is not None:
        checker.start(lambda: check_integrity(services))
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
