"""The account's timeline as a table: when, what, amount, who, details. Newest first, as delivered by
services.account_view.timeline() (at most a few hundred rows, so the model holds them all)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from collectdesk import i18n
from collectdesk.services.account_view import TimelineEntry, TimelineKind
from collectdesk.ui import labels
from collectdesk.ui.icons import icon

COL_WHEN, COL_EVENT, COL_AMOUNT, COL_BY, COL_DETAILS = range(5)
COLUMNS = 5
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

KIND_ICONS = {
    TimelineKind.ACTIVITY: "phone",
    TimelineKind.PROMISE_MADE: "promise",
    TimelineKind.PROMISE_KEPT: "promise",
    TimelineKind.PROMISE_BROKEN: "warning",
    TimelineKind.PROMISE_CANCELLED: "promise",
    TimelineKind.PAYMENT: "payment",
    TimelineKind.NOTE: "note",
    TimelineKind.STATUS_CHANGE: "status",
    TimelineKind.COLLECTOR_CHANGE: "reassign",
    TimelineKind.NEXT_ACTION_CHANGE: "calendar",
}
ALERT = QColor("#c62828")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def describe(e: TimelineEntry) -> str:
    """One line saying what happened, in the user's language."""
    kind = e.kind
    day = i18n.format_date(e.day) if e.day is not None else ""
    if kind is TimelineKind.ACTIVITY:
        text = QCoreApplication.translate("TimelineModel", "{channel} ({direction}): {outcome}").format(
            channel=labels.channel_label(e.channel), direction=labels.direction_label(e.direction),
            outcome=labels.outcome_label(e.outcome))
        if e.duration_s:
            minutes = max(1, round(e.duration_s / 60))
            text += " · " + QCoreApplication.translate("TimelineModel", "%n min", "duration of a call", minutes)
        return text
    if kind is TimelineKind.PROMISE_MADE:
        return QCoreApplication.translate("TimelineModel", "Promise to pay by {date}").format(date=day)
    if kind is TimelineKind.PROMISE_KEPT:
        return QCoreApplication.translate("TimelineModel", "Promise kept (due {date})").format(date=day)
    if kind is TimelineKind.PROMISE_BROKEN:
        if e.paid_amount:
            return QCoreApplication.translate("TimelineModel", "Promise broken (due {date}; {paid} paid)").format(
                date=day, paid=i18n.format_money(e.paid_amount, e.currency))
        return QCoreApplication.translate("TimelineModel", "Promise broken (due {date})").format(date=day)
    if kind is TimelineKind.PROMISE_CANCELLED:
        return QCoreApplication.translate("TimelineModel", "Promise cancelled (due {date})").format(date=day)
    if kind is TimelineKind.PAYMENT:
        text = QCoreApplication.translate("TimelineModel", "Payment ({method}), paid on {date}").format(
            method=labels.method_label(e.method), date=day)
        if e.overpayment:
            text += " · " + QCoreApplication.translate("TimelineModel", "{amount} overpaid (credit)").format(
                amount=i18n.format_money(e.overpayment, e.currency))
        return text
    if kind is TimelineKind.STATUS_CHANGE:
        old = labels.status_label(e.old_status) if e.old_status else "–"
        new = labels.status_label(e.new_status) if e.new_status else "–"
        return QCoreApplication.translate("TimelineModel", "Status: {old} → {new}").format(old=old, new=new)
    if kind is TimelineKind.COLLECTOR_CHANGE:
        if e.old_value and e.new_value:
            return QCoreApplication.translate("TimelineModel", "Reassigned from {old} to {new}").format(
                old=e.old_value, new=e.new_value)
        if e.new_value:
            return QCoreApplication.translate("TimelineModel", "Assigned to {new}").format(new=e.new_value)
        return QCoreApplication.translate("TimelineModel", "Collector removed")
    if kind is TimelineKind.NEXT_ACTION_CHANGE:
        if e.day is not None:
            return QCoreApplication.translate("TimelineModel", "Next action set for {date}").format(date=day)
        return QCoreApplication.translate("TimelineModel", "Next action cleared")
    return labels.timeline_kind_label(kind)  # a note: its text is in the details column


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []
        self._text: dict[tuple[int, int], str] = {}  # (row, column) -> text; cleared on reset, language change

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._text.clear()
        self.endResetModel()

    def entries(self) -> list[TimelineEntry]:
        return list(self._entries)

    def entry(self, row: int) -> TimelineEntry:
        return self._entries[row]

    def retranslate(self) -> None:
        self._text.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, COLUMNS - 1))

    # Qt model interface
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_WHEN: self.tr("When"),
            COL_EVENT: self.tr("What happened"),
            COL_AMOUNT: self.tr("Amount"),
            COL_BY: self.tr("By"),
            COL_DETAILS: self.tr("Details"),
        }.get(section)

    def _describe(self, row: int) -> str:
        return self._display(row, COL_EVENT)

    def _display(self, row: int, col: int) -> str:
        key = (row, col)
        text = self._text.get(key)
        if text is None:
            e = self._entries[row]
            if col == COL_WHEN:
                text = i18n.format_datetime(e.at)
            elif col == COL_EVENT:
                text = describe(e)
            elif col == COL_AMOUNT:
                text = i18n.format_money(e.amount, e.currency) if e.amount is not None else ""
            elif col == COL_BY:
                text = e.actor
            else:
                text = " ".join(e.text.split())  # one line in the table; the tooltip has it all
            self._text[key] = text
        return text

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), col)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [self._describe(index.row())]
            if e.text:
                parts.append(e.text)
            return "\n".join(parts)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_EVENT:
            return icon(KIND_ICONS.get(e.kind, "status"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col == COL_AMOUNT else LEFT
        if role == Qt.ItemDataRole.ForegroundRole and e.kind is TimelineKind.PROMISE_BROKEN and col == COL_EVENT:
            return ALERT
        if role == ENTRY_ROLE:
            return e
        return None
