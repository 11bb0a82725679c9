"""Screenshots of every page, form and dialog in both languages at 1366×768, for a person to
look at (issue 11): ``python -m tools.gallery OUT_DIR [--scale N]``.

Offscreen: a demo registry is made in a temporary folder (``main.py demo``), the window is
built as desktop/ui/app.py builds it, and each widget is grabbed to ``OUT_DIR/<lang>-<kind>-
<name>.png`` (``ru-form-agreements-history.png``, ``en-dialog-report.png``, …). Modal dialogs
are opened through the application's own functions and grabbed once they are up.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QStandardPaths, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SCREEN = (1366, 768)
LANGUAGES = ("ru", "en")


def _cli(*args: str) -> None:
    subprocess.run([sys.executable, str(ROOT / "main.py"), *args], check=True, cwd=ROOT)


def make_registry(folder: Path, scale: int) -> Path:
    """A demo registry with a backup (the backups dialog has something to list)."""
    db = folder / "registry.sqlite"
    _cli("demo", "--db", str(db), "--scale", str(scale))
    _cli("backup", "--db", str(db))
    return db


class Gallery:
    def __init__(self, out: Path, language: str) -> None:
        self.out, self.language = out, language
        self.written: list[Path] = []

    def grab(self, widget: QWidget, name: str) -> None:
        QApplication.processEvents()
        path = self.out / f"{self.language}-{name}.png"
        widget.grab().save(str(path))
        self.written.append(path)

    def grab_modal(self, name: str, opens: Callable[[], object]) -> None:
        """Run something that shows a modal dialog; grab the dialog and close it."""

        def take() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(50, take)
                return
            self.grab(dialog, name)
            dialog.close()

        QTimer.singleShot(100, take)
        opens()


def tab_names(form) -> list[str]:  # noqa: ANN001 - a RecordForm
    names = ["details", *form.child_editors, "attachments", "changes"]
    return names[: form.tabs.count()]


def shoot_language(services, out: Path, language: str, settings_file: Path) -> list[Path]:  # noqa: ANN001
    from desktop.domain.entities import ALL
    from desktop.services import Query
    from desktop.ui import dialogs, help, translations
    from desktop.ui.app_settings import AppSettings
    from desktop.ui.backups_dialog import BackupsDialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.report_dialog import ReportDialog
    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.ui.text import tr_domain

    translations.install(language)
    gallery = Gallery(out, language)
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    window.resize(*SCREEN)
    window.show()
    window.nav.setCurrentRow(0)
    window.home.background.wait()
    gallery.grab(window, "page-home")
    for row, entity in enumerate(ALL, 1):
        window.nav.setCurrentRow(row)
        gallery.grab(window, f"page-{entity.name}")
    for entity in ALL:
        page = window.show_registry(entity.name)
        existing = next(iter(page.registry.search(Query(), limit=1)), None)
        for label, record_id in (("new", None), ("record", existing)):
            form = page.new_record() if record_id is None else page.open_record(record_id)
            if form is None:
                continue
            for index, tab in enumerate(tab_names(form)):
                form.tabs.setCurrentIndex(index)
                prefix = f"form-{entity.name}" + ("-new" if label == "new" else "")
                gallery.grab(form, f"{prefix}-{tab}")
            if label == "record" and entity.name == "agreements":
                form.edit.set(entity.fields[0].name, "?")  # a change, for the unsaved question
                gallery.grab_modal(
                    "dialog-unsaved-changes",
                    lambda f=form: dialogs.ask_unsaved(f, f.tr("Save the changes to this record?")),
                )
            form.closed.emit()  # the page forgets it
            form.deleteLater()
    agreements = window.show_registry("agreements")
    first = agreements.registry.search(Query(), limit=1)
    if first:
        from desktop.services.errors import ConflictError

        values = agreements.registry.get(first[0])
        conflict = ConflictError("agreements", first[0], 1, 2, values)
        title = agreements.entity.fields[0]
        differences = f"{tr_domain(title.label)}: {values[title.name]} ≠ {values[title.name]}?"
        gallery.grab_modal(
            "dialog-conflict",
            lambda: dialogs.resolve_conflict(window, conflict, differences),
        )
        agreements.registry.delete(first[:1])
        agreements.trash_toggle.setChecked(True)
        gallery.grab(window, "page-agreements-trash")
        agreements.registry.restore(first[:1])
        agreements.trash_toggle.setChecked(False)
    app_settings = AppSettings(settings)
    for name, make in (
        ("report", lambda: ReportDialog(services, window)),
        ("backups", lambda: BackupsDialog(services, window)),
        ("settings", lambda: SettingsDialog(services, app_settings, window)),
        ("import", lambda: import_dialog(services, out.parent, window)),
    ):
        dialog = make()
        dialog.show()
        gallery.grab(dialog, f"dialog-{name}")
        dialog.close()
    gallery.grab_modal("dialog-shortcuts", lambda: help.show_shortcuts(window))
    gallery.grab_modal("dialog-about", lambda: help.show_about(window, services))
    window.home.background.wait()
    window.close()
    window.deleteLater()
    return gallery.written


def shoot_empty_home(folder: Path, out: Path, language: str) -> list[Path]:
    """The first start: Home over a registry with nothing in it yet."""
    from desktop.services import open_services
    from desktop.ui import translations
    from desktop.ui.main_window import MainWindow

    translations.install(language)
    gallery = Gallery(out, language)
    settings = QSettings(str(folder / f"empty-{language}.ini"), QSettings.Format.IniFormat)
    with open_services(str(folder / f"empty-{language}.sqlite"), language=language) as services:
        window = MainWindow(services, settings)
        window.resize(*SCREEN)
        window.show()
        window.home.background.wait()
        gallery.grab(window, "page-home-empty")
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return gallery.written


def import_dialog(services, folder: Path, parent: QWidget):  # noqa: ANN001, ANN201
    """The import preview of the people registry's own export (every row a duplicate)."""
    from desktop.excel.exporter import export_registry
    from desktop.excel.importer import read_import
    from desktop.ui.import_dialog import ImportDialog

    path = export_registry(services, "people", folder / "people.xlsx", services.language)
    return ImportDialog(services, read_import(services, "people", path, services.language), parent)


def run(out: Path, scale: int = 50) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    QStandardPaths.setTestModeEnabled(True)  # never the user's own settings or data folder
    app = QApplication.instance() or QApplication(sys.argv)
    from desktop.services import open_services
    from desktop.ui import app as gui

    gui.set_identity()
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="ir-gallery-") as temporary:
        folder = Path(temporary)
        db = make_registry(folder, scale)
        for language in LANGUAGES:
            # one language per run, as the application: names of countries and values follow
            with open_services(str(db), language=language) as services:
                settings = folder / f"settings-{language}.ini"  # a first start in each
                written += shoot_language(services, out, language, settings)
            written += shoot_empty_home(folder, out, language)
    app.processEvents()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.gallery", description=__doc__)
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--scale", type=int, default=50, help="demo records per registry")
    args = parser.parse_args(argv)
    written = run(args.out, args.scale)
    print(f"{len(written)} pictures in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
