"""The interface in Russian: every string translated, plural forms right, dates in the
language's format."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.i18n import TRANSLATIONS
from desktop.ui import translations
from desktop.ui.text import format_date

ROOT = Path(__file__).resolve().parents[2]


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name"), message.findtext("source"))] = message
    return found


def test_every_user_visible_string_has_a_russian_translation(tmp_path):
    """lupdate scans the code afresh; each string it finds must be translated in the repo."""
    scanned = tmp_path / "scan.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    lupdate = Path(translations.lrelease()).with_name(
        Path(translations.lrelease()).name.replace("lrelease", "lupdate")
    )
    subprocess.run([str(lupdate), *sources, "-ts", str(scanned)], check=True, capture_output=True)
    wanted = messages(scanned)
    assert len(wanted) > 300
    have = messages(TRANSLATIONS / "ir_registry_ru.ts")
    english = messages(TRANSLATIONS / "ir_registry_en.ts")
    missing = []
    for key, message in wanted.items():
        translated = have.get(key)
        translation = translated.find("translation") if translated is not None else None
        if translation is None or translation.get("type") in ("unfinished", "obsolete"):
            missing.append(key)
        elif message.get("numerus") == "yes":
            assert len(translation.findall("numerusform")) == 3, key  # one, few, many
            assert key in english, key  # English has "1 record" and "2 records" too
        elif not translation.text:
            missing.append(key)
    assert missing == []


@pytest.fixture
def russian(qapp, tmp_path):
    translations.install("ru", tmp_path)
    yield
    translations.install("en", tmp_path)


@pytest.mark.parametrize(
    "count, expected",
    [
        (1, "Показана 1 запись из 7"),
        (3, "Показаны 3 записи из 7"),
        (5, "Показано 5 записей из 7"),
        (21, "Показана 21 запись из 7"),
        (12, "Показано 12 записей из 7"),
    ],
)
def test_plural_forms(russian, count, expected):
    text = QCoreApplication.translate("MainWindow", "%Ln record(s) shown of {total}", None, count)
    assert text.format(total=7) == expected


def test_counts_are_grouped_as_the_language_groups_them(russian):
    text = QCoreApplication.translate("MainWindow", "%Ln record(s) shown of {total}", None, 100000)
    # like the total beside it ("из 100 000"), not "100000"
    assert text.startswith(f"Показано {QLocale().toString(100000)} записей")
    assert QLocale().toString(100000) != "100000"


def test_standard_buttons_and_dates_follow_the_language(russian):
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    assert format_date(date(2024, 3, 5)) == "05.03.2024"
    assert QCoreApplication.translate("Domain", "Agreements") == "Соглашения"
