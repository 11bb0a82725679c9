"""Problems with a file the user named (kept apart from openpyxl, so that the window can
know them without loading the Excel machinery)."""

from __future__ import annotations

from pathlib import Path

from ..domain.i18n import QT_TRANSLATE_NOOP


class ExcelFileError(Exception):
    """A problem with a file the user named; ``message`` is translatable text."""

    message = QT_TRANSLATE_NOOP("Domain", "The file {path} cannot be used.")

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path, self.detail = str(path), detail
        super().__init__(self.text())

    def text(self) -> str:
        text = self.message.format(path=self.path)
        return f"{text} ({self.detail})" if self.detail else text


class FileLockedError(ExcelFileError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} is open in another program (Excel or LibreOffice). Close it there and try "
        "again, or choose another file name.",
    )


class FileNotWritableError(ExcelFileError):
    message = QT_TRANSLATE_NOOP(
        "Domain", "{path} cannot be written: {detail}. Choose another folder or file name."
    )

    def text(self) -> str:
        return self.message.format(path=self.path, detail=self.detail)
