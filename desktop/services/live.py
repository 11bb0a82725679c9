"""Live updates on a shared server registry (PostgreSQL's LISTEN/NOTIFY): every write this
process commits is announced to the other clients, and theirs reach this process's change
channel, so a window shows another officer's save within a second or two.

The notice is sent after the commit, on a connection of its own: a write is never held up
or undone by it, and a notice lost (a process killed between the two) only delays a
refresh until the next one. A listener that loses its connection says so and reconnects;
what it may have missed meanwhile is announced as "anything may have changed".
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import Engine

from .changes import Action, Changes

log = logging.getLogger(__name__)

CHANNEL = "registry_changes"
MAX_PAYLOAD = 7000  # PostgreSQL refuses a payload of 8000 bytes or more
RECONNECT_S = 2.0


def encode(origin: str, changes: Changes) -> str:
    """The notice of ``changes``; too many ids for one notice: "records came or went"."""
    payload = {"o": origin, "e": changes.entity, "a": str(changes.action), "i": changes.ids}
    encoded = json.dumps(payload, separators=(",", ":"))
    if len(encoded.encode()) < MAX_PAYLOAD:
        return encoded
    action = Action.REPLACE if changes.action is Action.REPLACE else Action.IMPORT
    return json.dumps({"o": origin, "e": changes.entity, "a": str(action), "i": []})


def decode(payload: str) -> tuple[str, Changes] | None:
    """(origin, changes) of a notice; None for one that is not ours to read."""
    try:
        data = json.loads(payload)
        changes = Changes(
            data["e"], Action(data["a"]), tuple(int(i) for i in data["i"]), elsewhere=True
        )
        return str(data["o"]), changes
    except (ValueError, KeyError, TypeError):
        return None


class LiveUpdates:
    """Announces this process's writes; ``start()`` listens for the others' (the window does;
    a command-line job only announces)."""

    def __init__(self, engine: Engine, deliver: Callable[[Changes], Any]) -> None:
        self.engine = engine
        self.deliver = deliver
        self.origin = uuid.uuid4().hex  # this process's own notices are not delivered again
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.listening = threading.Event()  # set while LISTEN is in force (tests wait on it)

    def publish(self, changes: Changes) -> None:
        if changes.elsewhere:
            return  # heard from another client: theirs to announce
        try:
            # on the driver's connection: one statement and its commit, not a transaction of
            # the registry's own (nothing is read after a save)
            connection = self.engine.raw_connection()
            try:
                cursor = connection.cursor()
                cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, encode(self.origin, changes)))
                cursor.close()
                connection.commit()
            finally:
                connection.close()  # back to the pool
        except Exception:  # noqa: BLE001 - the write is committed; only the notice is lost
            log.warning("could not announce %s to the other clients", changes, exc_info=True)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._listen, name="live-updates", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _listen(self) -> None:
        missed = False
        while not self._stop.is_set():
            try:
                # a connection of the engine's own settings (application_name, timeouts),
                # taken out of the pool for good: it stays in LISTEN
                pooled = self.engine.raw_connection()
                connection = pooled.driver_connection
                pooled.detach()
                assert connection is not None
                try:
                    connection.rollback()
                    connection.autocommit = True
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    if missed:  # what came while the connection was down is not known
                        self.deliver(Changes(None, Action.IMPORT, elsewhere=True))
                        missed = False
                    while not self._stop.is_set():
                        for notice in connection.notifies(timeout=0.5):
                            self._heard(notice.payload)
                finally:
                    self.listening.clear()
                    connection.close()
            except Exception:  # noqa: BLE001 - a server gone away: try again shortly
                log.warning("live updates lost their connection; reconnecting", exc_info=True)
                missed = True
                self._stop.wait(RECONNECT_S)

    def _heard(self, payload: str) -> None:
        decoded = decode(payload)
        if decoded is None or decoded[0] == self.origin:
            return
        self.deliver(decoded[1])
