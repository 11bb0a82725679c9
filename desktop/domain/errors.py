"""The base of every problem the user can act on: a file or database named by its path,
a translatable sentence saying what is wrong and what to do, and an optional detail."""

from __future__ import annotations

from pathlib import Path

from .i18n import QT_TRANSLATE_NOOP


class UserError(Exception):
    message = QT_TRANSLATE_NOOP("Domain", "The file {path} cannot be used.")

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path, self.detail = str(path), detail
        super().__init__(self.text())

    def params(self) -> dict[str, str]:
        return {"path": self.path, "detail": self.detail}

    def text(self) -> str:
        """The sentence in English (the window translates ``message`` with ``params``)."""
        text = self.message.format(**self.params())
        shown = self.detail and "{detail}" not in self.message
        return f"{text} ({self.detail})" if shown else text
