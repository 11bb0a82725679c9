"""``services.exchange``: the offline exchange as the window and the command line use it —
a copy for a trip, its package of changes, the merge back and the conflicts it left."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import conflicts, merging, offline

if TYPE_CHECKING:
    from ..db.identity import SiteInfo
    from . import Services


class Exchange:
    def __init__(self, services: Services) -> None:
        self._services = services

    @property
    def site(self) -> SiteInfo:
        return self._services.db.site

    @property
    def is_copy(self) -> bool:
        """A copy taken away from an office: its changes go back as a package."""
        return self._services.db.offline_base is not None

    def take_copy(self, out: Path, name: str | None = None, attachments: bool = True) -> Path:
        return offline.take_offline(self._services, out, name, attachments)

    def write_changes(self, out: Path) -> offline.Package:
        return offline.write_changes(self._services, out)

    @staticmethod
    def read_package(path: Path) -> offline.Package:
        return offline.read_package(path)

    def merge(self, package: offline.Package, dry_run: bool = False) -> merging.MergeReport:
        return merging.merge_package(self._services, package, dry_run)

    def conflicts(self) -> list[conflicts.ConflictInfo]:
        return conflicts.pending_conflicts(self._services)

    def resolve(self, conflict_id: int, take: str) -> None:
        conflicts.resolve(self._services, conflict_id, take)
