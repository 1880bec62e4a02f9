"""A person's training as a table: module, state, assigned, due, completed, expires, score.

Holds the rows of `services.training.training_status` (a few dozen at most). Overdue and expired
states are painted in the palette's "bad" colour, expiring in amber; history (a record renewed since)
is muted."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication

from collectdesk import i18n
from collectdesk.services.training import RecordState, StatusRow
from collectdesk.ui import labels
from collectdesk.ui.dashboard.figure_tile import muted_colour, tone_colour

COL_MODULE, COL_STATE, COL_ASSIGNED, COL_DUE, COL_COMPLETED, COL_EXPIRES, COL_SCORE = range(7)
COLUMNS = 7
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

STATE_TONES = {RecordState.OVERDUE: "bad", RecordState.EXPIRED: "bad", RecordState.EXPIRING: "warn",
               RecordState.NOT_ASSIGNED: "bad"}


def state_text(row: StatusRow) -> str:
    text = labels.training_state_label(row.state)
    if row.superseded:
        return QCoreApplication.translate("StaffTrainingModel", "{state} (renewed since)").format(state=text)
    return text


def date_text(value) -> str:
    return i18n.format_date(value) if value is not None else ""


class StaffTrainingModel(QAbstractTableModel):
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
        return (self.tr("Module"), self.tr("State"), self.tr("Assigned"), self.tr("Due"), self.tr("Completed"),
                self.tr("Expires"), self.tr("Score"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_MODULE:
                return f"{r.module_code} – {r.module_title}"
            if col == COL_STATE:
                return state_text(r)
            if col == COL_ASSIGNED:
                return date_text(r.assigned_on)
            if col == COL_DUE:
                return date_text(r.due_on)
            if col == COL_COMPLETED:
                return date_text(r.completed_on)
            if col == COL_EXPIRES:
                return date_text(r.expires_on)
            if col == COL_SCORE:
                return i18n.format_count(r.score) if r.score is not None else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QGuiApplication.palette()
            if r.superseded:
                return muted_colour(palette)
            tone = STATE_TONES.get(r.state)
            if tone and (col in (COL_STATE, COL_MODULE) or (col == COL_DUE and r.state is RecordState.OVERDUE)
                         or (col == COL_EXPIRES and r.state is not RecordState.OVERDUE)):
                return tone_colour(tone, palette)
        if role == Qt.ItemDataRole.FontRole and col == COL_STATE and r.flagged:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_SCORE:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_MODULE and r.mandatory:
            return self.tr("Mandatory for this person's role")
        return None
