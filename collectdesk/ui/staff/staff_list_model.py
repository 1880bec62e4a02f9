"""The staff list of the Staff pane: name, role, team, status. A department has hundreds of people at
most, read in one query (services.staff.list_staff), so the model holds them all."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from collectdesk import i18n
from collectdesk.services.staff import StaffRow
from collectdesk.ui import labels
from collectdesk.ui.dashboard.figure_tile import muted_colour

COL_NAME, COL_ROLE, COL_TEAM, COL_STATUS = range(4)
COLUMNS = 4
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class StaffListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[StaffRow] = []

    def set_rows(self, rows: list[StaffRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, staff_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == staff_id), -1)

    def staff_at(self, row: int) -> StaffRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Role"), self.tr("Team"), self.tr("Status"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return r.full_name
            if col == COL_ROLE:
                return labels.role_label(r.role)
            if col == COL_TEAM:
                return r.team or ""
            if col == COL_STATUS:
                if r.active:
                    return self.tr("Active")
                return self.tr("Left on {date}").format(date=i18n.format_date(r.left_on)) if r.left_on else \
                    self.tr("Left")
        if role == Qt.ItemDataRole.ForegroundRole and not r.active:
            return muted_colour(QGuiApplication.palette())
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_NAME:
            return f"{r.full_name} ({r.username})"
        return None
