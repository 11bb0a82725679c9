"""Translations compiled at build time: an installed program loads the shipped .qm and never
needs lrelease; the wheel ships the .qm with the other run-time files; portable mode is
decided by portable.ini beside the program."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.ui import paths, translations

from .conftest import ROOT


def no_lrelease() -> str:
    raise FileNotFoundError("lrelease (part of PySide6-Essentials) was not found")


@pytest.fixture
def compiled_copy(qapp, tmp_path: Path):
    """Our .qm compiled into a folder, then made older than its .ts (a stale build)."""
    made = translations.compile_all(tmp_path)
    for path in made:
        os.utime(path, (0, 0))
    yield tmp_path
    translations.install("en", tmp_path)


def cannot_do_that() -> str:
    return QCoreApplication.translate("Crash", "Cannot do that")


def test_without_lrelease_the_last_compiled_translation_is_used(compiled_copy, monkeypatch):
    monkeypatch.setattr(translations, "lrelease", no_lrelease)
    translations.install("ru", compiled_copy)  # once raised, shown as «Cannot do that»
    assert cannot_do_that() == "Это сделать нельзя"


def test_an_installed_program_never_compiles(compiled_copy, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(translations, "compile_ts", lambda *_: pytest.fail("compiled"))
    translations.install("ru", compiled_copy)
    assert cannot_do_that() == "Это сделать нельзя"
    # Qt's own Russian: the standard buttons of every message box.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"


def test_a_stale_translation_is_recompiled_from_the_source_tree(compiled_copy):
    translations.install("ru", compiled_copy)
    qm = compiled_copy / "ir_registry_ru.qm"
    assert qm.stat().st_mtime > 1  # rewritten: it was dated 1970


def test_the_wheel_ships_the_compiled_translations_and_every_run_time_file(tmp_path):
    translations.compile_all()  # the build step, into resources/translations (git-ignored)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("ir_registry-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for wanted in (
        "resources/translations/ir_registry_ru.qm",
        "resources/translations/ir_registry_ru.ts",
        "resources/regions_ru.csv",
        "resources/country_names.csv",
        "resources/templates/ministry_example.xlsx",
        "migrations/env.py",
        "desktop/ui/paths.py",
    ):
        assert wanted in names, wanted
    versions = {n for n in names if n.startswith("migrations/versions/") and n.endswith(".py")}
    assert len(versions) == len(list((ROOT / "migrations" / "versions").glob("*.py")))


def test_portable_ini_beside_the_program_moves_the_data_beside_it(tmp_path):
    assert paths.portable_data_folder(tmp_path) is None
    (tmp_path / paths.PORTABLE_MARKER).write_text("")
    assert paths.portable_data_folder(tmp_path) == tmp_path / "data"


def test_the_bundle_finds_portable_ini_beside_its_executable(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "ir-registry"))
    assert paths.program_folder() == tmp_path


def message_box_titles() -> list[tuple[str, int, ast.expr]]:
    """The title argument of every message box the interface opens: QMessageBox's static
    functions and constructor, and the dialogs.tell / dialogs.ask wrappers."""
    found = []
    for path in sorted((ROOT / "desktop" / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            static = isinstance(func, ast.Attribute) and func.attr in MESSAGE_BOX_CALLS
            owner = getattr(func, "value", None)
            if (
                static and isinstance(owner, ast.Name) and owner.id in ("QMessageBox", "dialogs")
            ) or (isinstance(func, ast.Name) and func.id == "QMessageBox"):
                found.append((path.name, node.lineno, node.args[1]))
    return found


MESSAGE_BOX_CALLS = {"warning", "information", "critical", "question", "tell", "ask"}


def test_every_message_box_title_is_translated():
    titles = message_box_titles()
    assert len(titles) > 15
    untranslated = [
        (name, line)
        for name, line, title in titles
        if not (
            isinstance(title, ast.Call)
            and getattr(title.func, "attr", getattr(title.func, "id", "")) in ("tr", "translate")
        )
        # the wrappers in dialogs.py pass on a title their callers translated
        and not (name == "dialogs.py" and isinstance(title, ast.Name))
    ]
    assert untranslated == []
