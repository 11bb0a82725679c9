"""Where the registry keeps its files on this computer.

Normally the user's data folder (QStandardPaths; never changed, so a user's database is always
found where the previous version left it). When a file ``portable.ini`` lies beside the
executable (a laptop or a USB stick), everything lives in a ``data/`` folder beside it instead:
the default registry (with its backups and attachments beside it), the settings (QSettings in
IniFormat) and the log. This module is the one place that decides."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

PORTABLE_MARKER = "portable.ini"


def program_folder() -> Path:
    """The folder of the executable: the bundle's, or the source tree's main.py."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def portable_data_folder(program: Path | None = None) -> Path | None:
    """``data/`` beside the executable when ``portable.ini`` is there, else None."""
    folder = program or program_folder()
    return folder / "data" if (folder / PORTABLE_MARKER).is_file() else None


def data_folder() -> Path:
    folder = portable_data_folder() or Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database() -> Path:
    return data_folder() / "registry.sqlite"


def log_folder() -> Path:
    return data_folder() / "logs"


def configure_settings() -> None:
    """In portable mode every QSettings() made afterwards is an .ini file in data/settings."""
    portable = portable_data_folder()
    if portable is None:
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(portable / "settings")
    )
