"""Reading workbooks from outside in a child process, once excel/untrusted.py passed them.

Whatever a reader does wrong there (a Rust abort in python-calamine, memory exhausted) ends
the child, not the window: the caller gets a one-line error. The child's address space is
capped as a backstop for what the checks might miss.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from ..domain.i18n import QT_TRANSLATE_NOOP
from . import untrusted
from .errors import ExcelFileError
from .untrusted import RefusedWorkbookError

CHILD_MEMORY_MB = 3_072  # the child's address space: a backstop, not the check (2.5 million
# text cells, 100,000 rows by 25 columns, peaked at 760 MB resident)


class ReaderStoppedError(RefusedWorkbookError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} could not be read: the reader stopped ({detail}). The file is damaged or too "
        "large; open it in Excel, save it as a new .xlsx and try again.",
    )


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows: no such ceiling; the checks above still apply
        return
    ceiling = CHILD_MEMORY_MB << 20
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        ceiling = min(ceiling, hard)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))


def _read_in_child(path: str, skip: frozenset[str]) -> tuple[str, Any]:
    """Runs in the child: ('ok', [(sheet, rows, merged ranges)]), or ('missing' | 'bad',
    detail)."""
    from python_calamine import CalamineWorkbook

    from ..domain.text import normalise_text

    try:
        workbook = CalamineWorkbook.from_path(path)
        sheets = []
        for name in workbook.sheet_names:
            if name in skip:
                continue
            sheet = workbook.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False)
            merges = [tuple(map(tuple, merged)) for merged in (sheet.merged_cell_ranges or [])]
            # text is read in its one stored form: "Хар\u200bбин" is "Харбин" from here on
            for row in rows:
                for index, value in enumerate(row):
                    if isinstance(value, str):
                        row[index] = normalise_text(value)
            sheets.append((name, rows, merges))
        return "ok", sheets
    except FileNotFoundError:
        return "missing", ""
    except MemoryError:
        return "stopped", "out of memory"
    except Exception as exc:  # noqa: BLE001 - calamine raises its own types for every format
        return "bad", type(exc).__name__


def _call(function: Any, args: tuple[Any, ...]) -> tuple[str, Any]:
    """Runs in the child: the result, or the error as its class and state (our errors take
    several arguments, which plain pickling of an exception does not bring back)."""
    _limit_memory()
    try:
        return "returned", function(*args)
    except Exception as exc:  # noqa: BLE001 - every error is raised again in the caller
        return "raised", (type(exc), exc.__dict__, exc.args)


def _die_with_parent(parent: int) -> None:
    """Runs first in the child. A pool worker holds its own queue's pipe open, so when the
    process that started it is killed (a window, an import) it would wait for work forever,
    holding that process's output pipes: on Linux the kernel ends it with its parent."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before that was set
        os._exit(1)


def run_isolated(function: Any, *args: Any) -> Any:
    """``function(*args)`` in a fresh child process: its result, or its error raised here;
    ChildDiedError if the child dies (an abort, a kill, memory exhausted)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # spawn, not fork: a forked copy of a Qt window's process is not safe to run
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=1,
        mp_context=context,
        initializer=_die_with_parent,
        initargs=(os.getpid(),),
    ) as pool:
        try:
            status, result = pool.submit(_call, function, args).result()
        except BrokenProcessPool as exc:
            raise ChildDiedError() from exc
    if status == "raised":
        kind, state, error_args = result
        error = kind.__new__(kind)
        error.__dict__.update(state)
        error.args = error_args
        raise error
    return result


class ChildDiedError(RuntimeError):
    """The child process ended without an answer (killed, aborted, out of memory)."""


def read_sheets(
    path: Path | str, skip: frozenset[str] = frozenset()
) -> list[tuple[str, list[list[Any]], list[Any]]]:
    """Every sheet but ``skip`` as (name, rows of Python values, merged ranges as
    ((first row, first column), (last row, last column)), 0-based), once ``check_workbook``
    passed."""
    from .template import NotAWorkbookError

    path = Path(path)
    untrusted.check_workbook(path)  # looked up here: tests stand in for it
    try:
        status, result = run_isolated(_read_in_child, str(path), skip)
    except ChildDiedError as exc:
        raise ReaderStoppedError(path, detail="the reading process ended") from exc
    if status == "missing":
        raise ExcelFileError(path, "no such file")
    if status == "stopped":
        raise ReaderStoppedError(path, detail=result)
    if status == "bad":
        raise NotAWorkbookError(path, result)
    return result
