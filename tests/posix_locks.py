"""The POSIX locks a process holds on a registry's files, read from /proc/locks (Linux)."""

from __future__ import annotations

import os
from pathlib import Path


def held_locks(db_path: Path, pid: int | None = None) -> int:
    """How many lock ranges ``pid`` (this process by default) holds on the database file and
    its -shm: SQLite holds at least one on each while a connection is open in WAL mode."""
    pid = os.getpid() if pid is None else pid
    inodes = {
        os.stat(path).st_ino
        for path in (db_path, db_path.with_name(db_path.name + "-shm"))
        if path.exists()
    }
    count = 0
    with open("/proc/locks", encoding="ascii") as table:
        for line in table:
            fields = line.split()
            if "->" in fields:  # a waiter, not a holder
                continue
            # "1: POSIX  ADVISORY  WRITE 4114 fe:00:5358488 120 120"
            if fields[1] != "POSIX" or int(fields[4]) != pid:
                continue
            if int(fields[5].rsplit(":", 1)[1]) in inodes:
                count += 1
    return count
