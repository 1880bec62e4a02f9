"""The training modules as a table: code, title, language, mandatory for, renewal, assigned, completed,
overdue. Holds the rows of `services.training.modules` (a department has tens of modules)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from collectdesk import i18n
from collectdesk.services.training import ModuleRow
from collectdesk.ui import labels
from collectdesk.ui.dashboard.figure_tile import muted_colour, tone_colour

(COL_CODE, COL_TITLE, COL_LANGUAGE, COL_MANDATORY, COL_RENEWAL, COL_ASSIGNED, COL_COMPLETED,
 COL_OVERDUE) = range(8)
COLUMNS = 8
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ModuleTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[ModuleRow] = []

    def set_rows(self, rows: list[ModuleRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ModuleRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, module_id) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == module_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Code"), self.tr("Title"), self.tr("Language"), self.tr("Mandatory for"),
                    self.tr("Renewal"), self.tr("Assigned"), self.tr("Completed"), self.tr("Overdue"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {COL_ASSIGNED: self.tr("Active staff with the module assigned and not yet completed"),
                    COL_COMPLETED: self.tr("Active staff whose completion is still valid"),
                    COL_OVERDUE: self.tr("Assignments past their due date")}.get(section)
        return None

    def renewal_text(self, months: int | None) -> str:
        if months is None:
            return self.tr("Never")
        if months % 12 == 0:
            return self.tr("every %n year(s)", "", months // 12)
        return self.tr("every %n month(s)", "", months)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_CODE:
                return r.code
            if col == COL_TITLE:
                return r.title if r.active else self.tr("{title} (deactivated)").format(title=r.title)
            if col == COL_LANGUAGE:
                return labels.language_label(r.language)
            if col == COL_MANDATORY:
                return ", ".join(labels.role_label(role_) for role_ in r.mandatory_roles) or self.tr("Optional")
            if col == COL_RENEWAL:
                return self.renewal_text(r.validity_months)
            if col == COL_ASSIGNED:
                return i18n.format_count(r.assigned)
            if col == COL_COMPLETED:
                return i18n.format_count(r.completed)
            if col == COL_OVERDUE:
                return i18n.format_count(r.overdue)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_ASSIGNED, COL_COMPLETED, COL_OVERDUE):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QGuiApplication.palette()
            if not r.active:
                return muted_colour(palette)
            if col == COL_OVERDUE and r.overdue:
                return tone_colour("bad", palette)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TITLE and r.description:
            return r.description
        return None
