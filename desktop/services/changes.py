"""What an operation changed, so that the views refresh only that (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """What one operation changed: the views showing these records refresh them."""

    entity: str
    action: str  # created, updated, deleted, restored
    ids: tuple[int, ...]
