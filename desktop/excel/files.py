"""Writing workbooks safely: no formula or control character from the database reaches a
cell, and a file is replaced only once it is completely written."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from .errors import ExcelFileError, FileLockedError, FileNotWritableError

LINE_HEIGHT = 15  # points per line of the default 11 pt font


def wrapped_lines(value: Any, width: float) -> int:
    """How many lines a wrapped value takes in a column ``width`` characters wide (Cyrillic
    letters run wider than the digit a width unit is measured in, hence the margin)."""
    if not isinstance(value, str) or not value:
        return 1
    per_line = max(1, int(width * 0.85))
    if len(value) <= per_line and "\n" not in value:
        return 1  # most cells: no need to wrap words to know
    return sum(_greedy_lines(part, per_line) for part in value.split("\n"))


def _greedy_lines(text: str, per_line: int) -> int:
    """Lines of a word-by-word wrap, as textwrap would make them without breaking at hyphens
    (tested equal) but without building the lines: 100,000 rows are measured per report."""
    lines, used = 1, 0
    for word in text.split():
        length = len(word)
        if used and used + 1 + length <= per_line:
            used += 1 + length
            continue
        if used and length > per_line and used + 1 < per_line:
            length -= per_line - used - 1  # a long word starts in the rest of the line
        if used:
            lines += 1
        extra = (length - 1) // per_line  # a word longer than a line is cut
        lines += extra
        used = length - extra * per_line
    return lines


def safe_value(value: Any) -> Any:
    """A value a cell can hold: text without characters Excel refuses, dates without a
    time zone (openpyxl refuses those)."""
    if isinstance(value, str):
        # isprintable() is a quick no for any control character: most text needs no regex
        return value if value.isprintable() else ILLEGAL_CHARACTERS_RE.sub("", value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    return value


def set_text_type(cell: Any) -> None:
    """Text is stored as text: '=SUM(A1)', '+7 …', '-5', '@x' never become formulas."""
    if isinstance(cell.value, str):
        cell.data_type = "s"


def _lock_files(path: Path) -> list[Path]:
    # Excel keeps "~$name.xlsx" beside an open file, LibreOffice ".~lock.name.xlsx#".
    return [path.with_name(f"~${path.name}"), path.with_name(f".~lock.{path.name}#")]


def check_target(path: Path | str) -> Path:
    """Refuse a target that is open in Excel or LibreOffice, or whose folder is missing,
    before any work is spent on it."""
    path = Path(path)
    if any(lock.exists() for lock in _lock_files(path)):
        raise FileLockedError(path)
    if not path.parent.is_dir():
        raise FileNotWritableError(path, "the folder does not exist")
    return path


def discard(workbook: Workbook) -> None:
    """Close the streams of a write-only workbook that will not be saved (left open, they
    raise when the garbage collector finds them)."""
    for sheet in workbook.worksheets:
        close = getattr(sheet, "close", None)
        if close is not None and not getattr(sheet, "closed", True):
            with contextlib.suppress(OSError, ValueError):
                close()


def save_atomically(workbook: Workbook, path: Path | str) -> Path:
    """Save an openpyxl workbook to a temporary file in the same folder, then move it over
    ``path``."""
    try:
        path = check_target(path)
    except ExcelFileError:
        discard(workbook)
        raise
    return write_atomically(path, workbook.save)


def user_file_mode() -> int:
    """The mode a new file of the user gets (0o666 less the umask): a report or an export
    is a document to send, not private like the registry and its backups (written by
    db/ and services/backups, not here)."""
    try:  # Linux says it without changing it (os.umask sets it for every thread at once)
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomically(path: Path | str, write: Callable[[str], object]) -> Path:
    """``write(temporary)`` writes the whole file beside ``path``; it then replaces ``path``
    in one step, so a failed or cancelled write leaves the old file as it was."""
    path = check_target(path)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.stem}.", suffix=".xlsx.tmp", dir=path.parent
        )
        os.close(handle)
    except OSError as exc:
        raise FileNotWritableError(path, exc.strerror or str(exc)) from exc
    try:
        write(temporary)
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.chmod(temporary, user_file_mode())  # mkstemp made it 0600
        os.replace(temporary, path)
    except PermissionError as exc:
        raise FileLockedError(path) from exc
    except OSError as exc:
        raise FileNotWritableError(path, exc.strerror or str(exc)) from exc
    finally:
        Path(temporary).unlink(missing_ok=True)
    return path
