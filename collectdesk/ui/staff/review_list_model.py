"""A staff member's reviews, newest first: date, period, reviewer, criteria rated, average rating."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from collectdesk import i18n
from collectdesk.services.evaluation_reviews import ReviewSummary

COL_DATE, COL_PERIOD, COL_REVIEWER, COL_RATED, COL_AVERAGE = range(5)
COLUMNS = 5
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ReviewListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[ReviewSummary] = []

    def set_rows(self, rows: list[ReviewSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def review_at(self, row: int) -> ReviewSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Reviewed on"), self.tr("Period"), self.tr("Reviewer"), self.tr("Criteria rated"),
                self.tr("Average"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DATE:
                return i18n.format_date(r.reviewed_on)
            if col == COL_PERIOD:
                return self.tr("{start} – {end}").format(start=i18n.format_date(r.period_start),
                                                         end=i18n.format_date(r.period_end))
            if col == COL_REVIEWER:
                return r.reviewer_name or ""
            if col == COL_RATED:
                return i18n.format_count(r.rated)
            if col == COL_AVERAGE:
                return i18n.format_decimal(Decimal(str(r.average)), 1) if r.average is not None else "\u2013"
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_RATED, COL_AVERAGE):
            return RIGHT
        return None
