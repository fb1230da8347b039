"""One way to run an operation from the UI: errors shown, changes broadcast, long work off-thread.

    ops.run(lambda: services.distributors.save(form), success=on_saved, source=self)
    ops.run_in_background(work, title=..., success=..., )   # work(progress) -> value

A ``UserError`` becomes a message in the user's language and nothing else happens;
any other exception goes to the crash handler (logged with its traceback). When
the value is an ``OpResult`` its ``Changes`` is broadcast on ``changed`` so every
page can decide whether to refresh. Workers never touch widgets: results come
back to the UI thread through a queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from desktop.errors import UserError
from desktop.services.base import Changes, OpResult


class Cancelled(Exception):
    """Raised inside background work when the user pressed Cancel."""


class Progress:
    """Handed to background work: report progress, notice cancellation. Thread-safe."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Bridge(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], bridge: _Bridge, progress: Progress) -> None:
        super().__init__()
        self.fn, self.bridge, self.progress = fn, bridge, progress

    def run(self) -> None:
        # Drop our references before emitting: Qt objects must be freed on the UI
        # thread (which keeps them in Ops._jobs until done), never on this worker,
        # or disconnecting the progress dialog can deadlock against the UI thread.
        fn, bridge, progress = self.fn, self.bridge, self.progress
        del self.fn, self.bridge, self.progress
        try:
            value = fn(progress)
        except BaseException as e:  # delivered to the UI thread, never lost
            del fn, progress
            bridge.failed.emit(e)
        else:
            del fn, progress
            bridge.finished.emit(value)


ErrorHandler = Callable[[BaseException], None]


class Ops(QObject):
    """The operation helper every page uses."""

    #: (Changes, source) after a successful operation that changed something
    changed = Signal(object, object)

    def __init__(self, window: QWidget, crash: ErrorHandler) -> None:
        super().__init__(window)
        self._window = window
        self._crash = crash
        # One thread for the pages' reads and one for long operations the user started
        # (with a progress dialog). Python runs one thread at a time: two reading
        # threads only fought over the interpreter lock with each other and with the
        # window (a million ids took longer, and the window stopped for ~100 ms).
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._long_pool = QThreadPool(self)
        self._long_pool.setMaxThreadCount(1)
        #: running jobs, kept alive here so they are released on the UI thread
        self._jobs: dict[_Bridge, Progress] = {}

    # -- errors ---------------------------------------------------------------
    def show_error(self, error: BaseException, parent: QWidget | None = None) -> None:
        if isinstance(error, UserError):
            QMessageBox.warning(
                parent or self._window,
                self.tr("FieldDesk"),
                error.render(lambda ctx, text: self._translate(ctx, text)),
            )
        elif isinstance(error, Cancelled):
            return
        else:
            self._crash(error)

    @staticmethod
    def _translate(ctx: str, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(ctx, text)

    def broadcast(self, changes: Changes, source: object = None) -> None:
        if changes:
            self.changed.emit(changes, source)

    # -- running --------------------------------------------------------------
    def run(
        self,
        fn: Callable[[], Any],
        *,
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], bool] | None = None,
        source: object = None,
        parent: QWidget | None = None,
    ) -> bool:
        """Run a short operation on the UI thread. ``failure`` returning True means handled."""
        try:
            value = fn()
        except BaseException as e:
            if failure is None or not failure(e):
                self.show_error(e, parent)
            return False
        self._deliver(value, success, source)
        return True

    def _deliver(self, value: Any, success: Callable[[Any], None] | None, source: object) -> None:
        if success is not None:
            success(value.value if isinstance(value, OpResult) else value)
        if isinstance(value, OpResult):
            self.broadcast(value.changes, source)

    def run_in_background(
        self,
        work: Callable[[Progress], Any],
        *,
        title: str = "",
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], bool] | None = None,
        source: object = None,
        show_progress: bool = True,
        parent: QWidget | None = None,
    ) -> Progress:
        """Run ``work(progress)`` on a worker thread; the callbacks run on the UI thread.

        Reads (``show_progress=False``) run one after another on one thread, long
        operations with their progress dialog on another, so a long import never holds
        up a page's list."""
        bridge = _Bridge()
        progress = Progress(bridge.progress.emit)
        dialog: QProgressDialog | None = None
        if show_progress:
            dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent or self._window)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(progress.cancel)

            @Slot(int, int, str)
            def on_progress(done: int, total: int, text: str) -> None:
                assert dialog is not None
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)
                if text:
                    dialog.setLabelText(text)

            bridge.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)

        def done() -> None:
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            self._jobs.pop(bridge, None)

        def on_finished(value: Any) -> None:
            done()
            self._deliver(value, success, source)

        def on_failed(error: BaseException) -> None:
            done()
            if failure is None or not failure(error):
                self.show_error(error, parent)

        bridge.finished.connect(on_finished, Qt.ConnectionType.QueuedConnection)
        bridge.failed.connect(on_failed, Qt.ConnectionType.QueuedConnection)
        self._jobs[bridge] = progress
        pool = self._long_pool if show_progress else self._pool
        pool.start(_Job(work, bridge, progress))
        return progress

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Wait for background work to finish (used on exit and by tests).

        A pool already destroyed with its window has finished: its destructor waits.
        ``msecs=0`` asks whether everything is done, callbacks included: a job whose
        thread has finished but whose result the UI thread has not handled yet (the two
        pools finish in any order) is not done.
        """
        if not isValid(self):
            return True
        pools = [p for p in (self._pool, self._long_pool) if isValid(p)]
        finished = all(p.waitForDone(msecs) for p in pools)
        return finished and (msecs > 0 or not self._jobs)
