"""GroupCountModel: findings per rule, collector or team for the period, beside the period before.

Columns: the group, the count, the previous period's count and the change (+3, −2). A rise is shown in
the warning colour, a fall in the positive one: fewer findings is better. KEY_ROLE gives the group's key
(rule code, collector id, team id) so the pane can filter the list by it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from collectdesk import i18n
from collectdesk.services.compliance.findings import GroupCount
from collectdesk.ui.compliance.finding_labels import change_text

COLUMNS = ("label", "count", "previous", "change")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class GroupCountModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[GroupCount] = []
        self.by = "rule"

    def set_rows(self, rows: list[GroupCount], by: str) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.by = by
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "label":
                return {"rule": self.tr("Rule"), "collector": self.tr("Collector"), "team": self.tr("Team")}[self.by]
            return {"count": self.tr("Findings"), "previous": self.tr("Before"), "change": self.tr("Change")}[key]
        if role == Qt.ItemDataRole.ToolTipRole and key == "previous":
            return self.tr("Findings in the period before, with the same filters")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "label":
                return row.label
            if key == "count":
                return i18n.format_count(row.count)
            if key == "previous":
                return "" if row.previous is None else i18n.format_count(row.previous)
            return change_text(row.change)
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "label":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "change" and row.change:
            dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
            if row.change > 0:
                return QColor("#ff8a80") if dark else QColor("#b3261e")
            return QColor("#81c995") if dark else QColor("#1e7b34")
        if role == Qt.ItemDataRole.ToolTipRole and key == "label":
            return row.label
        if role == KEY_ROLE:
            return row.key
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
