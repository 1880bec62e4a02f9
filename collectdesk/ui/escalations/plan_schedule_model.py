"""PlanScheduleModel: the rows of a payment plan schedule (domain.plans.Schedule) as a read-only table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from collectdesk import i18n
from collectdesk.domain.plans import Schedule, ScheduleRow

COL_SEQ, COL_DUE, COL_AMOUNT, COL_PRINCIPAL, COL_INTEREST = range(5)
NUMERIC = (COL_SEQ, COL_AMOUNT, COL_PRINCIPAL, COL_INTEREST)


class PlanScheduleModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ScheduleRow] = []
        self.currency = ""

    def set_schedule(self, schedule: Schedule | None, currency: str) -> None:
        self.beginResetModel()
        self.rows = list(schedule.rows) if schedule is not None else []
        self.currency = currency
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_SEQ:
                return QCoreApplication.translate("PlanScheduleModel", "Down payment") if row.seq == 0 else (
                    i18n.format_count(row.seq))
            if col == COL_DUE:
                return i18n.format_date(row.due_date)
            value = {COL_AMOUNT: row.amount, COL_PRINCIPAL: row.principal, COL_INTEREST: row.interest}[col]
            return i18n.format_money(value, self.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        tr = QCoreApplication.translate
        return (tr("PlanScheduleModel", "No."), tr("PlanScheduleModel", "Due"), tr("PlanScheduleModel", "Amount"),
                tr("PlanScheduleModel", "Principal"), tr("PlanScheduleModel", "Interest"))[section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 4))
