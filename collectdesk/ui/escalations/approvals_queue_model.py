"""ApprovalsQueueModel: escalations as a table, the open ones (services.escalations.approvals_queue: the
age column says how long each has waited) or those decided lately (escalations.decided_cases, set with
decided=True: the column says how long ago each was decided)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from collectdesk import i18n
from collectdesk.services.escalations import QueueRow
from collectdesk.ui import labels

COL_ACCOUNT, COL_DEBTOR, COL_REASON, COL_DECISION, COL_AMOUNT, COL_STATUS, COL_AGE, COL_RAISED_BY = range(8)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class ApprovalsQueueModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[QueueRow] = []
        self.decided = False  # the rows are decided cases: their age counts from the decision

    def set_rows(self, rows: list[QueueRow], decided: bool = False) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.decided = decided
        self.endResetModel()

    def row_of(self, escalation_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == escalation_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_ACCOUNT:
                return r.account_no
            if col == COL_DEBTOR:
                return r.debtor_name
            if col == COL_REASON:
                return labels.escalation_reason_label(r.reason)
            if col == COL_DECISION:
                return labels.escalation_decision_label(r.requested_decision)
            if col == COL_AMOUNT:
                return i18n.format_money(r.amount_at_stake, r.currency)
            if col == COL_STATUS:
                return labels.escalation_status_label(r.status)
            if col == COL_AGE and self.decided:
                return QCoreApplication.translate("ApprovalsQueueModel", "%n day(s) ago", "", r.age_days)
            if col == COL_AGE:
                return QCoreApplication.translate("ApprovalsQueueModel", "%n day(s)", "", r.age_days)
            if col == COL_RAISED_BY:
                return r.raised_by
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_AMOUNT, COL_AGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        tr = QCoreApplication.translate
        if section == COL_AGE and self.decided:
            return tr("ApprovalsQueueModel", "Decided")
        return (tr("ApprovalsQueueModel", "Account"), tr("ApprovalsQueueModel", "Debtor"),
                tr("ApprovalsQueueModel", "Reason"), tr("ApprovalsQueueModel", "Requested decision"),
                tr("ApprovalsQueueModel", "Amount at stake"), tr("ApprovalsQueueModel", "State"),
                tr("ApprovalsQueueModel", "Age"), tr("ApprovalsQueueModel", "Raised by"))[section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 7))
