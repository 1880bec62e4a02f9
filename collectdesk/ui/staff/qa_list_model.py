"""A staff member's call-monitoring QA entries, newest first: date, account, call, score, evaluator."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from collectdesk import i18n
from collectdesk.services.evaluation_qa import QaEntry

COL_DATE, COL_ACCOUNT, COL_CALL, COL_SCORE, COL_EVALUATOR = range(5)
COLUMNS = 5
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class QaListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[QaEntry] = []

    def set_rows(self, rows: list[QaEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry_at(self, row: int) -> QaEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Evaluated on"), self.tr("Account"), self.tr("Call"), self.tr("Score"),
                self.tr("Evaluator"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return e
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DATE:
                return i18n.format_date(e.evaluated_on)
            if col == COL_ACCOUNT:
                return e.account_no or ""
            if col == COL_CALL:
                parts = [i18n.format_datetime(e.call_at)] if e.call_at else []
                if e.call_reference:
                    parts.append(e.call_reference)
                return " · ".join(parts)
            if col == COL_SCORE:
                return i18n.format_count(e.qa_score)
            if col == COL_EVALUATOR:
                return e.evaluator_name or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_SCORE:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{name}: {i18n.format_count(score)}" for name, score in e.scores]
            if e.notes:
                lines.append(e.notes)
            if e.account_id and col == COL_ACCOUNT:
                lines.insert(0, self.tr("Double-click to open the account"))
            return "\n".join(lines) or None
        return None
