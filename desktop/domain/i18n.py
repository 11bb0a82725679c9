"""Translatable text in the Qt-free layers.

The core never imports Qt, yet its labels and messages must reach Qt Linguist and the Excel
reports alike. ``lupdate`` recognises calls named ``QT_TRANSLATE_NOOP`` in Python source;
here the marker only returns its text. The UI translates it with Qt; the Excel and command-line
code translate it with ``translate()``, which reads the same Qt Linguist ``.ts`` files, so
there is one set of translations for both.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

DOMAIN = "Domain"
SOURCE_LANGUAGE = "en"
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TRANSLATIONS = RESOURCES / "translations"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    return text


@cache
def _catalog(language: str) -> dict[tuple[str, str], str]:
    path = TRANSLATIONS / f"ir_registry_{language}.ts"
    if language == SOURCE_LANGUAGE or not path.exists():
        return {}
    catalog: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text:
                catalog[(name, message.findtext("source", ""))] = translation.text
    return catalog


def translate(text: str, language: str, context: str = DOMAIN) -> str:
    """``text`` in ``language`` ("ru", "en"), or as written where no translation exists."""
    return _catalog(language).get((context, text), text)
