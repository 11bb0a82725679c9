"""Who has a database open: a small lock file beside it with the holder's user, host and
process, so a second window (or a colleague on a shared folder) is told who holds it.

Qt's QLockFile records no user name and is not reachable from the Qt-free layers that the
command line shares, hence this one. A lock whose process no longer runs on this host is
stale and taken over.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.i18n import QT_TRANSLATE_NOOP
from .errors import StorageError


class RegistryInUseError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} is open in another program ({detail}). Close it there, then run this again.",
    )


class RegistryFileError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} is a file of the open registry itself and cannot be used here. "
        "To keep a copy of the registry, make one in File → Backups… and use that.",
    )


_held_here: set[Path] = set()  # the registries this process holds through DatabaseLock


def held_here() -> frozenset[Path]:
    return frozenset(_held_here)


# SQLite's files beside the database, and ours
SIDE_FILES = ("-wal", "-shm", "-journal", ".lock")


def is_registry_file(path: Path | str, db_path: Path) -> bool:
    """Whether a path names the database or one of its side files. Nothing in the process
    but SQLite may open those: closing any descriptor of them drops SQLite's POSIX locks."""
    try:
        found = Path(path).resolve()
    except OSError:
        return False
    base = db_path.resolve()
    return found == base or any(found == base.with_name(base.name + s) for s in SIDE_FILES)


@dataclass(frozen=True)
class Holder:
    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        return f"{self.user}@{self.host}, process {self.pid}, since {self.since}"


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def read_holder(db_path: Path) -> Holder | None:
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
        return Holder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stale(holder: Holder | None) -> bool:
    if holder is None:
        return True  # unreadable: a crash while writing it
    return holder.host == socket.gethostname() and not _alive(holder.pid)


def other_holder(db_path: Path) -> Holder | None:
    """Who else has the registry open now (a live process here, or another host), if anyone."""
    holder = read_holder(db_path)
    if holder is None or _stale(holder):
        return None
    if holder.host == socket.gethostname() and holder.pid == os.getpid():
        return None
    return holder


class DatabaseLock:
    """Held while the application has the database open."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self.db_path = db_path
        self.held = False

    def acquire(self) -> Holder | None:
        """Take the lock; return the other holder instead when someone else has it."""
        me = Holder(
            getpass.getuser(),
            socket.gethostname(),
            os.getpid(),
            datetime.now().strftime("%d.%m.%Y %H:%M"),
        )
        for _ in range(2):
            try:
                handle = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                other = read_holder(self.db_path)
                if not _stale(other):
                    return other
                with contextlib.suppress(OSError):
                    self.path.unlink()
                continue
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(me.__dict__, out)
            self.held = True
            _held_here.add(self.db_path.resolve())
            return None
        return read_holder(self.db_path)

    def release(self) -> None:
        if self.held:
            with contextlib.suppress(OSError):
                self.path.unlink()
            self.held = False
            _held_here.discard(self.db_path.resolve())
