"""The services' change channel, wrapped once in a Qt signal for the window's pages."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..services import Changes, Services


class ChangeSignal(QObject):
    """Emits ``changed(Changes)`` after every write that commits through ``services``. A write
    in a worker thread (an import) reaches the pages in the GUI thread: Qt queues the call."""

    changed = Signal(object)  # Changes

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        unsubscribe = services.subscribe(self._relay)
        # The channel must not call into a deleted object: it forgets this one with it.
        self.destroyed.connect(lambda *_: unsubscribe())

    def _relay(self, changes: Changes) -> None:
        self.changed.emit(changes)
