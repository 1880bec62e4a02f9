"""The list of queues on the left: built-in ones, watchlists and the user's saved queues."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem
from sqlalchemy import select

from collectdesk.services.database import Database
from collectdesk.services.queues import BUILTIN_KEYS
from collectdesk.services.queues.builtin import builtin_title
from collectdesk.services.queues.saved import list_saved
from collectdesk.store.models import Portfolio
from collectdesk.ui.icons import icon

KIND, KEY = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


class QueueList(QListWidget):
    """Items carry (kind, key): ("builtin", "all_open"), ("portfolio", uuid), ("saved", SavedQueueInfo)."""

    chosen = Signal(str, object)

    def __init__(self, database: Database, parent=None):
        super().__init__(parent)
        self.database = database
        self.setMinimumWidth(200)
        self.currentItemChanged.connect(self._changed)
        self.reload()

    def _header(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(font)
        self.addItem(item)

    def _entry(self, text: str, kind: str, key, icon_name: str) -> QListWidgetItem:
        item = QListWidgetItem(icon(icon_name), text)
        item.setData(KIND, kind)
        item.setData(KEY, key)
        self.addItem(item)
        return item

    def reload(self) -> None:
        current = self.current()
        self.blockSignals(True)
        self.clear()
        self._header(self.tr("Queues"))
        for key in BUILTIN_KEYS:
            self._entry(builtin_title(key), "builtin", key, "queue")
        with self.database.ctx.reading() as s:
            portfolios = s.execute(select(Portfolio.id, Portfolio.name).order_by(Portfolio.name)).all()
        if portfolios:
            self._header(self.tr("Watchlists"))
            for pid, name in portfolios:
                self._entry(name, "portfolio", pid, "watchlist")
        saved = list_saved(self.database.ctx)
        if saved:
            self._header(self.tr("My queues"))
            for info in saved:
                self._entry(info.name, "saved", info, "filter")
        self.blockSignals(False)
        if current is not None:
            self.select(*current, emit=False)

    def current(self) -> tuple[str, object] | None:
        item = self.currentItem()
        if item is None or item.data(KIND) is None:
            return None
        return item.data(KIND), item.data(KEY)

    def select(self, kind: str, key, *, emit: bool = True) -> bool:
        for i in range(self.count()):
            item = self.item(i)
            data = item.data(KEY)
            same = data == key or (kind == "saved" and getattr(data, "id", None) == getattr(key, "id", key))
            if item.data(KIND) == kind and same:
                if not emit:
                    self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(False)
                return True
        return False

    def _changed(self, item: QListWidgetItem | None, _previous) -> None:
        if item is not None and item.data(KIND) is not None:
            self.chosen.emit(item.data(KIND), item.data(KEY))
