"""Copies of the database made with SQLite's online backup API, checked after writing."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


class BackupFailedError(Exception):
    pass


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def make_backup(db_path: Path, reason: str, folder: Path | None = None) -> Path:
    """Copy ``db_path`` in one step (a paged copy restarts whenever another process writes)
    and verify the copy with ``quick_check``; a copy that fails is removed."""
    folder = folder or backups_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S_%f")
    target = folder / f"{db_path.stem}_{stamp}_{reason}.sqlite"
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy, pages=-1)
            verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            copy.close()
    finally:
        source.close()
    if verdict != "ok":
        target.unlink(missing_ok=True)
        raise BackupFailedError(f"backup of {db_path} failed its check: {verdict}")
    return target
