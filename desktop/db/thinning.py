"""Which backups may go: none of the last 48 hours or the newest 10 (whichever keeps more), none
made before an import, a restore or an update in the last 30 days; of the older ones, the
newest of each of 7 days, then of 5 more weeks, then of 12 more months stay.

A backup made before an import is what the user goes back to after a bad import: it must not
be thinned away by the next backup of the same day.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .backup import BackupInfo

KEEP_RECENT = timedelta(hours=48)
KEEP_NEWEST = 10
KEEP_PROTECTED = timedelta(days=30)
PROTECTED_REASONS = {"before-import", "before-restore", "before-upgrade"}
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 5, 12


def _kept_regardless(backup: BackupInfo, rank: int, now: datetime) -> bool:
    age = now - backup.created
    if rank < KEEP_NEWEST or age <= KEEP_RECENT:
        return True
    return backup.reason in PROTECTED_REASONS and age <= KEEP_PROTECTED


def to_thin(backups: Iterable[BackupInfo], now: datetime | None = None) -> list[BackupInfo]:
    """The backups thinning removes, newest first."""
    now = now or datetime.now()
    newest_first = sorted(backups, key=lambda b: b.created, reverse=True)
    keep = {b.path for rank, b in enumerate(newest_first) if _kept_regardless(b, rank, now)}
    buckets: dict[str, set[object]] = {"day": set(), "week": set(), "month": set()}
    limits = {"day": KEEP_DAILY, "week": KEEP_WEEKLY, "month": KEEP_MONTHLY}
    for backup in newest_first:
        keys = {
            "day": backup.created.date(),
            "week": tuple(backup.created.isocalendar())[:2],
            "month": (backup.created.year, backup.created.month),
        }
        for period in ("day", "week", "month"):
            if keys[period] in buckets[period]:
                break  # an earlier (newer) backup already stands for this period
            if len(buckets[period]) < limits[period]:
                buckets[period].add(keys[period])
                keep.add(backup.path)
                break
    return [b for b in newest_first if b.path not in keep]
