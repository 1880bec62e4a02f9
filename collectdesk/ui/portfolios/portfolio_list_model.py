"""The portfolios as a table: name, kind, owner, accounts, balance by currency, collected this month, last
activity. Holds `services.portfolios.Summary` rows (a department has tens of portfolios)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from collectdesk import i18n
from collectdesk.domain.enums import PortfolioKind
from collectdesk.services.portfolios import Summary

(COL_NAME, COL_KIND, COL_OWNER, COL_ACCOUNTS, COL_BALANCE, COL_COLLECTED, COL_LAST) = range(7)
COLUMNS = 7
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
DASH = "\u2013"


def kind_label(kind: PortfolioKind) -> str:
    """The kind of portfolio in the user's words."""
    return {
        PortfolioKind.HIGH_RISK: QCoreApplication.translate("PortfolioKind", "High-risk credit"),
        PortfolioKind.HIGH_PROFILE: QCoreApplication.translate("PortfolioKind", "High-profile"),
        PortfolioKind.FRAUD: QCoreApplication.translate("PortfolioKind", "Fraud"),
        PortfolioKind.SPECIAL: QCoreApplication.translate("PortfolioKind", "Special delinquent"),
        PortfolioKind.WATCHLIST: QCoreApplication.translate("PortfolioKind", "Watchlist"),
    }[PortfolioKind(kind)]


def money_lines(amounts: dict) -> str:
    """One line per currency (never added across currencies)."""
    return "\n".join(i18n.format_money(amount, cur) for cur, amount in sorted(amounts.items())) or DASH


class PortfolioListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Summary] = []

    def set_rows(self, rows: list[Summary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Summary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, portfolio_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == portfolio_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Portfolio"), self.tr("Kind"), self.tr("Owner"), self.tr("Accounts"),
                    self.tr("Balance"), self.tr("Collected this month"), self.tr("Last activity"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {COL_ACCOUNTS: self.tr("Accounts currently in the portfolio"),
                    COL_BALANCE: self.tr("Open balance of those accounts, per currency"),
                    COL_COLLECTED: self.tr("Payments with a value date in this calendar month, per currency"),
                    COL_LAST: self.tr("The latest activity logged on any of its accounts")}.get(section)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return r.name
            if col == COL_KIND:
                return kind_label(r.kind)
            if col == COL_OWNER:
                return r.owner_name or self.tr("No owner")
            if col == COL_ACCOUNTS:
                return i18n.format_count(r.accounts)
            if col == COL_BALANCE:
                return money_lines(r.balance)
            if col == COL_COLLECTED:
                return money_lines(r.collected_this_month)
            if col == COL_LAST:
                return i18n.format_datetime(r.last_activity_at) if r.last_activity_at else DASH
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_ACCOUNTS, COL_BALANCE, COL_COLLECTED):
            return RIGHT
        return None
