"""InboxModel: the rows of the inbox list (services.inbox.items.InboxRow), newest first.

The inbox shows at most one page of rows for the current filter (the service's `limit`); the pane
says how many match in all. Unread rows are bold, overdue rows red with their due date, each row has
its channel's icon and a paperclip when it has attachments.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from collectdesk import i18n
from collectdesk.domain.enums import FeedbackSource
from collectdesk.ui import labels
from collectdesk.ui.icons import icon

CHANNEL_ICONS = {
    FeedbackSource.LETTER: "letter",
    FeedbackSource.EMAIL: "mail",
    FeedbackSource.CALL: "phone",
    FeedbackSource.AGENCY: "agency",
    FeedbackSource.STAFF_SUGGESTION: "suggestion",
}

COLUMNS = ("channel", "received", "sender", "subject", "category", "status", "account", "collector", "owner", "due")
ROW_ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def overdue_colour() -> QColor:
    base = QApplication.palette().color(QPalette.ColorRole.Text)
    return QColor("#ff8a80") if base.lightness() > 128 else QColor("#b3261e")


def attachment_count(row) -> int:
    """The files a user would call attachments: an e-mail's own original (message.eml, always kept by the
    import) does not count."""
    return max(0, row.attachments - (1 if row.source == FeedbackSource.EMAIL else 0))


def due_of(row) -> object:
    """The deadline that matters now: acknowledgement while not acknowledged and earlier, else resolution."""
    dates = [d for d in (row.ack_due_by, row.due_by) if d is not None]
    return min(dates) if row.overdue and dates else (row.due_by or row.ack_due_by)


class InboxModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    # ---- content ----------------------------------------------------------------------------
    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, item_id: uuid.UUID) -> int | None:
        for n, row in enumerate(self.rows):
            if row.id == item_id:
                return n
        return None

    def row_at(self, n: int):
        return self.rows[n] if 0 <= n < len(self.rows) else None

    def replace_row(self, row) -> None:
        """One item changed (read, assigned, ...): show its new state without reloading the list."""
        n = self.row_of(row.id)
        if n is not None:
            self.rows[n] = row
            self.dataChanged.emit(self.index(n, 0), self.index(n, len(COLUMNS) - 1))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    # ---- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if key == "channel" else self._titles()[key]  # the channel column shows icons only
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._titles()[key]
        return None

    def _titles(self) -> dict[str, str]:
        return {
            "channel": self.tr("Channel"),
            "received": self.tr("Received"),
            "sender": self.tr("From"),
            "subject": self.tr("Subject"),
            "category": self.tr("Category"),
            "status": self.tr("Status"),
            "account": self.tr("Account"),
            "collector": self.tr("Collector"),
            "owner": self.tr("Owner"),
            "due": self.tr("Due"),
        }

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if key == "channel" else self._text(row, key)
        if role == Qt.ItemDataRole.DecorationRole:
            if key == "channel":
                return icon(CHANNEL_ICONS.get(row.source, "feedback"))
            if key == "subject" and attachment_count(row):
                return icon("attachment")
            if key == "due" and row.overdue:
                return icon("warning")
            return None
        if role == Qt.ItemDataRole.FontRole and row.unread:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(overdue_colour())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(t for t in (self._text(row, key), self._state(row)) if t)
        if role == ROW_ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def _text(self, row, key: str) -> str:
        if key == "channel":
            return labels.feedback_source_label(row.source)
        if key == "received":
            return i18n.format_datetime(row.received_at)
        if key == "sender":
            return row.sender_name or row.sender_address or ""
        if key == "subject":
            return row.subject or self.tr("(no subject)")
        if key == "category":
            return labels.feedback_kind_label(row.kind)
        if key == "status":
            return labels.feedback_status_label(row.status)
        if key == "account":
            return row.account_no or ""
        if key == "collector":
            return row.staff_name or ""
        if key == "owner":
            return row.owner_name or ""
        if key == "due":
            due = due_of(row)
            if due is None:
                return ""
            return i18n.format_date(due.date() if hasattr(due, "date") else due)
        return ""

    def _state(self, row) -> str:
        parts = []
        if row.unread:
            parts.append(self.tr("unread"))
        if row.overdue:
            parts.append(self.tr("overdue"))
        if attachment_count(row):
            parts.append(self.tr("%n attachment(s)", "", attachment_count(row)))
        return ", ".join(parts)

    def _tooltip(self, row, key: str) -> str | None:
        if key == "channel":
            return ", ".join(t for t in (self._text(row, key), self._state(row)) if t)
        if key == "due" and row.overdue and due_of(row) is not None:
            return self.tr("Overdue since {date}").format(date=i18n.format_datetime(due_of(row)))
        if key == "sender" and row.sender_address and row.sender_name:
            return row.sender_address
        if key == "account" and row.debtor_name:
            return row.debtor_name
        state = self._state(row)
        return state or None
