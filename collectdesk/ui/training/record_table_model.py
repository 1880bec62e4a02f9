"""The records of one training module: staff member, assigned, due, completed, score, state (overdue in
red, expiring in amber). Holds the rows of `services.training.module_records`."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication

from collectdesk import i18n
from collectdesk.services.training import RecordState, StatusRow
from collectdesk.ui.dashboard.figure_tile import muted_colour, tone_colour
from collectdesk.ui.training.staff_training_model import STATE_TONES, date_text, state_text

COL_STAFF, COL_ASSIGNED, COL_DUE, COL_COMPLETED, COL_EXPIRES, COL_SCORE, COL_STATE = range(7)
COLUMNS = 7
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[StatusRow] = []

    def set_rows(self, rows: list[StatusRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> StatusRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[StatusRow]:
        return list(self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Staff member"), self.tr("Assigned"), self.tr("Due"), self.tr("Completed"),
                self.tr("Expires"), self.tr("Score"), self.tr("State"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return {COL_STAFF: r.staff_name, COL_ASSIGNED: date_text(r.assigned_on), COL_DUE: date_text(r.due_on),
                    COL_COMPLETED: date_text(r.completed_on), COL_EXPIRES: date_text(r.expires_on),
                    COL_SCORE: i18n.format_count(r.score) if r.score is not None else "",
                    COL_STATE: state_text(r)}[col]
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QGuiApplication.palette()
            if r.superseded:
                return muted_colour(palette)
            tone = STATE_TONES.get(r.state)
            if tone and (col == COL_STATE or (col == COL_DUE and r.state is RecordState.OVERDUE)
                         or (col == COL_EXPIRES and r.state is not RecordState.OVERDUE)):
                return tone_colour(tone, palette)
        if role == Qt.ItemDataRole.FontRole and col == COL_STATE and r.flagged:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_SCORE:
            return RIGHT
        return None
