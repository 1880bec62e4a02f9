"""FindingActivitiesModel: the activities a finding is about, oldest first, in the debtor's local time.

The offending activity is marked and bold; the others (the earlier calls that made up the count, the
conversation that started a pause, ...) are listed as "involved".
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTime
from PySide6.QtGui import QFont

from collectdesk import i18n
from collectdesk.services.compliance.findings import ActivityLine
from collectdesk.ui.labels import channel_label, direction_label, outcome_label

COLUMNS = ("role", "local", "channel", "direction", "outcome", "collector", "contact", "note")


def local_text(line: ActivityLine) -> str:
    """'02/03/2026 21:10 CET' in the user's date and time formats, at the debtor's wall clock."""
    loc = i18n.locale()
    at = line.local_at
    clock = loc.toString(QTime(at.hour, at.minute), loc.timeFormat(loc.FormatType.ShortFormat))
    return f"{i18n.format_date(at.date())} {clock} {line.zone}"


class FindingActivitiesModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ActivityLine] = []

    def set_rows(self, rows: list[ActivityLine]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "role": self.tr("Part"), "local": self.tr("Debtor's local time"), "channel": self.tr("Channel"),
            "direction": self.tr("Direction"), "outcome": self.tr("Outcome"), "collector": self.tr("Collector"),
            "contact": self.tr("Number / address"), "note": self.tr("Note"),
        }[COLUMNS[section]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "role":
                return self.tr("Offending") if line.offending else self.tr("Involved")
            if key == "local":
                return local_text(line)
            if key == "channel":
                return channel_label(line.channel)
            if key == "direction":
                return direction_label(line.direction)
            if key == "outcome":
                return outcome_label(line.outcome)
            if key == "collector":
                return line.collector or ""
            if key == "contact":
                return line.contact_value or ""
            return (line.note or "").replace("\n", " ")
        if role == Qt.ItemDataRole.FontRole and line.offending:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "local":
                return self.tr("{time} in your time").format(time=i18n.format_datetime(line.occurred_at))
            if key == "note":
                return line.note
        return None
