"""The one base of every problem the user can act on: a translatable sentence saying what is
wrong and what to do (``message``, with ``{placeholders}``), and the parameters it is filled
with. A file or database is named by ``path``; ``detail`` is shown in brackets when the
sentence has no place for it. The window translates ``message`` and fills it; ``text()`` is the
same sentence in English (the command line, the log)."""

from __future__ import annotations

from pathlib import Path

from .i18n import QT_TRANSLATE_NOOP


class UserError(Exception):
    message = QT_TRANSLATE_NOOP("Domain", "The file {path} cannot be used.")

    def __init__(self, path: Path | str = "", detail: str = "", **params: object) -> None:
        self.path, self.detail = str(path), detail
        self.extra = {name: str(value) for name, value in params.items()}
        super().__init__(self.text())

    def params(self) -> dict[str, str]:
        return {"path": self.path, "detail": self.detail, **self.extra}

    def text(self) -> str:
        """The sentence in English (the window translates ``message`` with ``params``)."""
        return self.fill(self.message)

    def fill(self, sentence: str) -> str:
        """``sentence`` (``message`` or its translation) with the parameters put in."""
        text = sentence.format(**self.params())
        shown = self.detail and "{detail}" not in self.message
        return f"{text} ({self.detail})" if shown else text
