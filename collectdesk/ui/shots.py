"""`collectdesk shots`: every pane and main dialog rendered offscreen to PNG, in a realistic state.

README screenshots come from here, and so does the look-over of all four languages.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from collectdesk.services.database import Database


def settle(seconds: float = 0.3) -> None:
    """Let background loads finish and the event loop paint."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QThreadPool.globalInstance().waitForDone(50)
        QCoreApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    settle()
    widget.grab().save(str(path))
    return path


def _dialog_shots(window, database: Database) -> list[tuple[str, Callable[[], QDialog]]]:
    from collectdesk.services.queues import QueueFilter
    from collectdesk.ui.database_dialog import DatabaseDialog
    from collectdesk.ui.queues.filter_dialog import FilterDialog
    from collectdesk.ui.settings_dialog import SettingsDialog

    def server_page():
        d = DatabaseDialog(window, first_run=True)
        d.pages.setCurrentIndex(1)
        return d

    shots = [
        ("dialog-first-run", lambda: DatabaseDialog(window, first_run=True)),
        ("dialog-shared-server", server_page),
        ("dialog-settings", lambda: SettingsDialog(window.settings, database.label, window)),
        ("dialog-filter", lambda: FilterDialog(database, QueueFilter(aging=("31-60", "61-90")), window)),
    ]
    from collectdesk.ui.account.flag_dialog import FlagDialog
    from collectdesk.ui.account.log_activity_dialog import LogActivityDialog
    from collectdesk.ui.account.next_action_dialog import NextActionDialog
    from collectdesk.ui.account.note_dialog import NoteDialog
    from collectdesk.ui.account.payment_dialog import PaymentDialog
    from collectdesk.ui.account.promise_dialog import PromiseDialog
    from collectdesk.ui.account.reassign_dialog import ReassignDialog
    from collectdesk.ui.account.status_dialog import StatusDialog

    panel = window.queues.detail
    for name, cls in (("log-contact", LogActivityDialog), ("promise", PromiseDialog), ("payment", PaymentDialog),
                      ("note", NoteDialog), ("next-action", NextActionDialog), ("flag", FlagDialog),
                      ("reassign", ReassignDialog), ("status", StatusDialog)):
        shots.append((f"dialog-account-{name}", lambda cls=cls: cls(panel.ctx, panel.detail, panel)))
    return shots


def take_shots(database: Database, out: Path, size: QSize, settings=None) -> list[Path]:
    from collectdesk.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(database, settings, restore_state=False)
    window.resize(size)
    window.show()
    written = []
    for i, pane in enumerate(window.panes):
        window.nav.setCurrentRow(i)
        if pane is window.queues:
            settle(0.5)
            window.queues.select_row(0)
            settle(0.5)
        elif pane is window.scorecards:
            settle(3.0)  # the table, then its trends, department figures and anomalies (background)
        elif pane is window.staff:
            settle(0.5)
            collector = next((r for r in range(pane.model.rowCount())
                              if getattr(pane.model.staff_at(r), "role", None) == "collector"), 0)
            pane.list.setCurrentIndex(pane.model.index(collector, 0))
            settle(1.5)
        elif pane is window.training:
            settle(0.5)
        elif pane is window.reports:
            settle(0.5)
            pane.generate()  # the pane as a supervisor uses it: a report on screen, not the empty start
            end = time.monotonic() + 30
            while pane.page_count() == 0 and time.monotonic() < end:
                settle(0.2)
            settle(0.5)
        written.append(_save(window, out / f"pane-{i + 1:02d}-{pane.icon_name}.png"))
    window.nav.setCurrentRow(window.panes.index(window.queues))
    table = window.queues.table
    window.queues.select_row(2)
    for row in (4, 5):
        table.selectionModel().select(window.queues.model.index(row, 0),
                                      table.selectionModel().SelectionFlag.Select |
                                      table.selectionModel().SelectionFlag.Rows)
    written.append(_save(window, out / "pane-queues-selection.png"))
    window.queues.select_row(1)
    settle(0.3)
    for name, factory in _dialog_shots(window, database):
        dialog = factory()
        dialog.show()
        dialog.adjustSize()
        written.append(_save(dialog, out / f"{name}.png"))
        dialog.close()
        dialog.deleteLater()
    window.close()
    return written


def run(database: Database, out: Path, size: str = "1440x900") -> list[Path]:
    w, _, h = size.lower().partition("x")
    app = QApplication.instance()
    assert app is not None
    from PySide6.QtCore import QSettings

    from collectdesk.ui.settings import AppSettings

    scratch = QSettings(str(out / ".shots-settings.ini"), QSettings.Format.IniFormat)
    scratch.clear()
    try:
        return take_shots(database, out, QSize(int(w), int(h)), AppSettings(scratch))
    finally:
        Path(scratch.fileName()).unlink(missing_ok=True)
