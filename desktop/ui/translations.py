"""Loading the interface language: our Qt Linguist translations and Qt's own qtbase
translation, so standard buttons and dialogs speak the language too.

The ``.qm`` files are compiled at build time (``python -m desktop.ui.translations``, run by
``bundle/build.sh`` and by the tests) beside their ``.ts`` in resources/translations, and are
shipped in the bundle and the wheel. Only a source checkout recompiles a ``.ts`` newer than its
``.qm``; an installed program never needs ``lrelease``, and a failed compile leaves the last
compiled file in use instead of stopping the program."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..domain.i18n import QT_TRANSLATE_NOOP, TRANSLATIONS

log = logging.getLogger("ir_registry")

# Qt 6 renamed two labels of its own file dialog, and the qtbase_ru.qm it ships still holds
# only the old texts ("Look in:"), so the dialog said «Look in» in Russian: ours carry them.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
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


def compile_ts(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [lrelease(), "-silent", str(source), "-qm", str(target)], check=True, capture_output=True
    )
    return target


def compile_all(folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile every .ts of resources/translations into ``folder`` (the build step)."""
    return [
        compile_ts(source, folder / source.with_suffix(".qm").name)
        for source in sorted(TRANSLATIONS.glob("ir_registry_*.ts"))
    ]


def compiled(language: str, folder: Path | None = None) -> Path | None:
    """The .qm of a language in ``folder`` (default: beside the .ts), recompiled first when
    running from the source tree and the .ts is newer."""
    source = TRANSLATIONS / f"ir_registry_{language}.ts"
    target = (folder or TRANSLATIONS) / source.with_suffix(".qm").name
    if not source.exists():
        return target if target.exists() else None
    stale = not target.exists() or target.stat().st_mtime < source.stat().st_mtime
    if stale and not getattr(sys, "frozen", False):
        try:
            compile_ts(source, target)
        except (OSError, subprocess.CalledProcessError) as exc:
            log.warning("could not compile %s (%s); using the last compiled file", source, exc)
    return target if target.exists() else None


def qt_translation(language: str) -> Path:
    """Qt's own translation: from Qt's folder, else the copy the bundle ships beside ours."""
    name = f"qtbase_{language}.qm"
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return qt_folder / name if (qt_folder / name).exists() else TRANSLATIONS / name


def install(language: str, folder: Path | None = None) -> None:
    """Make ``language`` the interface language of the running application."""
    app = QCoreApplication.instance()
    assert app is not None, "translations are installed into a running application"
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
    for path in ([ours] if ours else []) + [qt_translation(language)]:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)


if __name__ == "__main__":
    for made in compile_all(Path(sys.argv[1]) if len(sys.argv) > 1 else TRANSLATIONS):
        print(made)
