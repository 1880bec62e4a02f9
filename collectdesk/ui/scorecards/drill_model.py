"""DrillModel: the rows behind one scorecard figure (services.scorecard_drill.DrillRow), newest first.

Columns: when, account, debtor, staff, channel, outcome or status, amount, counted, detail. Empty
columns for the drill's kind are hidden by the dialog (`used_columns`). Enum values are shown with the
translated labels of collectdesk.ui.labels; the "counted" column says whether the row is in the
figure's numerator (for a rate: a right-party call among all calls, a kept promise among those due).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from collectdesk import i18n
from collectdesk.domain.enums import Channel, Outcome, PaymentMethod, PromiseStatus
from collectdesk.ui.labels import channel_label, method_label, outcome_label, promise_status_label

COLUMNS = ("when", "account_no", "debtor", "staff", "channel", "outcome_or_status", "amount", "counts", "detail")
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1


def value_label(value: str | None) -> str:
    """A stored enum value in the user's language (channel, outcome, promise status, payment method);
    anything else as stored."""
    if value is None:
        return ""
    for enum_cls, label in ((Outcome, outcome_label), (Channel, channel_label), (PromiseStatus, promise_status_label),
                            (PaymentMethod, method_label)):
        try:
            return label(enum_cls(value))
        except ValueError:
            continue
    return str(value).replace("_", " ")


class DrillModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def used_columns(self) -> set[int]:
        used = set()
        for n, key in enumerate(COLUMNS):
            if any(getattr(r, key, None) not in (None, "") for r in self.rows):
                used.add(n)
        return used

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "when": self.tr("When"), "account_no": self.tr("Account"), "debtor": self.tr("Debtor"),
            "staff": self.tr("Staff member"), "channel": self.tr("Channel"),
            "outcome_or_status": self.tr("Outcome / status"), "amount": self.tr("Amount"),
            "counts": self.tr("Counted"), "detail": self.tr("Detail"),
        }[COLUMNS[section]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ACCOUNT_ROLE:
            return row.account_id
        if role == Qt.ItemDataRole.ToolTipRole and key == "detail":
            return row.detail
        return None

    def _text(self, row, key: str) -> str:
        value = getattr(row, key, None)
        if value is None:
            return ""
        if key == "when":
            if isinstance(value, datetime):
                return i18n.format_datetime(value)
            if isinstance(value, date):
                return i18n.format_date(value)
        if key == "amount":
            return i18n.format_money(value, row.currency or "")
        if key in ("channel", "outcome_or_status"):
            return value_label(value)
        if key == "counts":
            return self.tr("yes") if value else self.tr("no")
        return str(value)
