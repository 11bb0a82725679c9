"""Problems with a file the user named (kept apart from openpyxl, so that the window can
know them without loading the Excel machinery)."""

from __future__ import annotations

from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP


class ExcelFileError(UserError):
    """A problem with a spreadsheet the user named."""


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
