"""Background work: run a function off the GUI thread, report progress, allow Cancel, deliver the
result or the error back on the GUI thread (the pattern of Anki's QueryOp and Picard's run_task).

    task = run_task(parent, work, on_done=..., on_error=..., title=..., label=...)

`work(progress, cancelled)` runs in a QThreadPool thread. It must open its own database sessions (the
services do) and may call `progress(done, total)` and poll `cancelled()`. With a `label`, a modal
QProgressDialog with Cancel is shown after 300 ms; without one, the work is silent.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from collectdesk.domain.errors import DomainError


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work, signals: _Signals, cancel: threading.Event):
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancel = cancel
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work(lambda d, t: self._emit(self.signals.progress, int(d), int(t)), self.cancel.is_set)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window that asked was closed (the application is quitting): nobody waits
            pass


class Task(QObject):
    """A handle on running work: `cancel()`, and `finished` when done either way."""

    finished = Signal()

    def __init__(self, parent: QObject | None):
        super().__init__(parent)
        self._cancel = threading.Event()
        self.signals = _Signals()
        self.dialog: QProgressDialog | None = None
        self.running = True

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


_live: set[Task] = set()


def run_task(parent: QWidget | None, work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any], *,
             on_done: Callable[[Any], None] | None = None, on_error: Callable[[BaseException], None] | None = None,
             title: str = "", label: str | None = None) -> Task:
    task = Task(parent)
    _live.add(task)
    if label is not None:
        dialog = QProgressDialog(label, QProgressDialog.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)
        task.dialog = dialog

        def show_progress(done: int, total: int) -> None:
            if total > 0:
                dialog.setMaximum(total)
                dialog.setValue(min(done, total))

        task.signals.progress.connect(show_progress)

    def finish() -> None:
        task.running = False
        if task.dialog is not None:
            task.dialog.reset()
            task.dialog.hide()
            task.dialog.deleteLater()
            task.dialog = None
        task.finished.emit()
        _live.discard(task)

    def done(result) -> None:
        if not shiboken6.isValid(task):  # the widget that asked was closed meanwhile: nobody is waiting
            _live.discard(task)
            return
        finish()
        if on_done is not None:
            on_done(result)

    def failed(exc) -> None:
        if not shiboken6.isValid(task):
            _live.discard(task)
            return
        finish()
        if on_error is not None:
            on_error(exc)
        elif not isinstance(exc, DomainError):
            raise exc

    task.signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
    task.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Runnable(work, task.signals, task._cancel))
    return task
