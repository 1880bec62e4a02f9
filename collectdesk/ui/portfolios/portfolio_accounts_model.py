"""The accounts of one portfolio: account, debtor, balance, reason, added (when, by whom) and removed
(when, by whom; only with "show removed"). Holds `services.portfolios.Member` rows."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from collectdesk import i18n
from collectdesk.services.portfolios import Member

(COL_ACCOUNT, COL_DEBTOR, COL_BALANCE, COL_REASON, COL_ADDED, COL_ADDED_BY, COL_REMOVED) = range(7)
COLUMNS = 7
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class PortfolioAccountsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Member] = []

    def set_rows(self, rows: list[Member]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Member | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, account_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.account_id == account_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Account"), self.tr("Debtor"), self.tr("Balance"), self.tr("Reason"), self.tr("Added"),
                self.tr("Added by"), self.tr("Removed"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_ACCOUNT:
                return r.account_no
            if col == COL_DEBTOR:
                return r.debtor_name
            if col == COL_BALANCE:
                return i18n.format_money(r.balance, r.currency)
            if col == COL_REASON:
                return r.reason
            if col == COL_ADDED:
                return i18n.format_datetime(r.added_at)
            if col == COL_ADDED_BY:
                return r.added_by
            if col == COL_REMOVED:
                if r.removed_at is None:
                    return ""
                return self.tr("{when} by {who}").format(when=i18n.format_datetime(r.removed_at),
                                                         who=r.removed_by or "?")
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_REASON:
            return r.reason
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_BALANCE:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and r.removed_at is not None:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None
