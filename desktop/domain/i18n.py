"""Markers for translatable text in the Qt-free layers.

The core never imports Qt, yet its labels and messages must reach Qt Linguist. ``lupdate``
recognises calls named ``QT_TRANSLATE_NOOP`` in Python source; here the marker only returns
its text, and the UI translates it with ``QCoreApplication.translate(context, text)``.
"""

DOMAIN = "Domain"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    return text
