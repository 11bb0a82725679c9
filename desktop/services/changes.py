"""What an operation changed, and the one channel every write announces it on (Anki's
OpChanges, Calibre's EventDispatcher): the views refresh only what they show of it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

log = logging.getLogger(__name__)


class Action(StrEnum):
    """What was done. The first five are the values of the change log's ``action`` column
    (one row per record, or per field of an update); the others only travel in ``Changes``."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"  # into the trash
    RESTORE = "restore"  # out of the trash
    PURGE = "purge"  # out of the trash for good
    IMPORT = "import"  # records created and updated at once (logged as create and update)
    REPLACE = "replace"  # the whole registry replaced by a backup: anything may differ


SETTINGS = "settings"  # the ``entity`` of Changes to the registry's own settings


@dataclass(frozen=True)
class Changes:
    """What one operation changed: the views showing these records refresh them."""

    entity: str | None  # a registry's name, SETTINGS, or None: every registry
    action: Action
    ids: tuple[int, ...] = ()
    elsewhere: bool = False  # written by another client of a shared registry (services/live.py)

    def concerns(self, entity: str) -> bool:
        return self.entity is None or self.entity == entity

    @property
    def adds_or_removes(self) -> bool:
        """Records may have come or gone, not only changed: lists of them are searched
        again; an update changes only the rows of its ids."""
        return self.action is not Action.UPDATE


Listener = Callable[[Changes], None]


class ChangeChannel:
    """Listeners told of every change after its transaction committed, in subscription order.
    A listener that fails is logged and does not keep the others from being told: the write
    it reports is done."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Tell ``listener`` of every change from now on; returns what unsubscribes it."""
        self._listeners.append(listener)
        return lambda: self.unsubscribe(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, changes: Changes) -> Changes:
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # noqa: BLE001 - the write is committed; the others still hear
                log.exception("a listener failed on %s", changes)
        return changes
