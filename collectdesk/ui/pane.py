"""What every pane of the main window provides."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from collectdesk.services.database import Database


class Pane(QWidget):
    """A page of the main window's navigation.

    Subclasses build their widgets in __init__, put every user-visible text in `retranslate()`
    (called once at the end of __init__ by the subclass and again when the language changes),
    load data in `refresh()` (F5), and may implement `focus_search()` (Ctrl+F).
    `open_queue` asks the main window to show the queues pane with a built-in queue key
    (e.g. "promises_due_today") or a QueueFilter; `open_account` to show an account.
    """

    open_queue = Signal(object)
    open_account = Signal(object)  # uuid.UUID
    open_pane = Signal(str)  # another pane by name, e.g. "feedback", "escalations"
    status_message = Signal(str)

    icon_name = "dashboard"

    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        pass

    def refresh(self) -> None:
        pass

    def focus_search(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
