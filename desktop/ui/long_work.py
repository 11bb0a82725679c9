"""Running long work off the GUI thread: a progress dialog with Cancel appears only when the
work lasts longer than about half a second; the window stays responsive meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 500


class Cancelled(Exception):
    """The user pressed Cancel; nothing was written."""


class _Worker(QObject):
    # Connected to the dialog's own slots, so they run in the GUI thread (queued).
    total = Signal(int)
    done = Signal(int)
    finished = Signal()

    def __init__(self, work: Callable[..., Any], cancel: threading.Event) -> None:
        super().__init__()
        self.work, self.cancel = work, cancel
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(progress=self._progress, cancelled=self.cancel.is_set)
        except BaseException as exc:  # handed over to the GUI thread, raised there
            self.error = exc
        self.finished.emit()

    def _progress(self, done: int, total: int) -> None:
        self.total.emit(total)
        self.done.emit(done)


def run_long(parent: QWidget | None, label: str, work: Callable[..., Any]) -> Any:
    """Run ``work(progress=, cancelled=)`` in a thread; return its result, raise its error,
    or raise Cancelled if the user cancelled."""
    cancel = threading.Event()
    dialog = QProgressDialog(
        label, QCoreApplication.translate("QProgressDialog", "Cancel"), 0, 0, parent
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setMinimumDuration(2**30)  # shown by our own timer below, not by its estimate
    dialog.reset()
    dialog.canceled.connect(cancel.set)
    worker = _Worker(work, cancel)
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)

    worker.total.connect(dialog.setMaximum)
    worker.done.connect(dialog.setValue)
    show = QTimer(singleShot=True, interval=SHOW_AFTER_MS)
    show.timeout.connect(dialog.show)
    worker.finished.connect(show.stop)
    thread.start()
    show.start()
    loop.exec()
    show.stop()
    thread.quit()
    thread.wait()
    cancelled = cancel.is_set()
    dialog.canceled.disconnect(cancel.set)  # closing the dialog emits canceled too
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    if cancelled:
        raise Cancelled()
    return worker.result


class Background(QObject):
    """Work that must not hold the window up at all (the dashboard, the integrity check):
    it runs in a thread and emits ``finished(result, error)`` in the GUI thread."""

    finished = Signal(object, object)  # result, error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, work: Callable[[], Any]) -> None:
        worker = _Worker(lambda progress, cancelled: work(), threading.Event())
        thread = QThread()
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # the thread ends itself when the work is done, so wait() never waits on the GUI
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.finished.connect(self._finish)
        self._thread, self._worker = thread, worker
        thread.start()

    def _finish(self) -> None:
        thread, worker = self._thread, self._worker
        if thread is None or worker is None:
            return  # already handed over by wait()
        thread.wait()
        self._thread = self._worker = None
        self.finished.emit(worker.result, worker.error)

    def wait(self) -> None:
        """Block until the running work is done (closing the window, tests)."""
        if self._thread is not None:
            self._thread.wait()
            self._finish()
