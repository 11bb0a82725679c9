"""Loading the interface language: our Qt Linguist translations (compiled from the .ts files
in resources/translations on first use, and again whenever a .ts is newer than its .qm) and
Qt's own qtbase translation, so standard buttons and dialogs speak the language too."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator

from ..domain.i18n import TRANSLATIONS

_installed: list[QTranslator] = []


def lrelease() -> str:
    bundled = Path(PySide6.__file__).parent / "lrelease"
    for candidate in (bundled, bundled.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise FileNotFoundError("lrelease (part of PySide6-Essentials) was not found")
    return found


def compiled(language: str, folder: Path | None = None) -> Path | None:
    """The .qm of a language, compiled now if missing or older than its .ts."""
    source = TRANSLATIONS / f"ir_registry_{language}.ts"
    if not source.exists():
        return None
    folder = (
        folder
        or Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
        / "translations"
    )
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"ir_registry_{language}.qm"
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        subprocess.run(
            [lrelease(), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
    return target


def install(language: str, folder: Path | None = None) -> None:
    """Make ``language`` the interface language of the running application."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Russian if language == "ru" else QLocale.Language.English,
            QLocale.Country.AnyTerritory if language == "en" else QLocale.Country.Russia,
        )
    )
    ours = compiled(language, folder)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in ([str(ours)] if ours else []) + [str(Path(qt_folder) / f"qtbase_{language}.qm")]:
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
            _installed.append(translator)
