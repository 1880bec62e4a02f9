"""A staff member's last twelve months of key figures: collected against target, attainment (coloured
by the department's thresholds), right-party contact rate, promises kept, QA score."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from collectdesk import i18n
from collectdesk.domain.target_metrics import DEFAULT_THRESHOLDS, Thresholds, attainment_band
from collectdesk.services.staff import MonthFigures
from collectdesk.ui.dashboard.figure_tile import muted_colour, tone_colour

COL_MONTH, COL_COLLECTED, COL_TARGET, COL_ATTAINMENT, COL_RPC, COL_KEPT, COL_QA = range(7)
COLUMNS = 7
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
DASH = "\u2013"
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def percent(value: Decimal | None) -> str:
    return DASH if value is None else f"{i18n.format_decimal(Decimal(value), 1)}\u00a0%"


def money_lines(amounts: dict) -> str:
    """One line per currency (amounts are never added across currencies)."""
    return "\n".join(i18n.format_money(v, cur) for cur, v in sorted(amounts.items())) or DASH


class ScorecardHistoryModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[MonthFigures] = []
        self.thresholds: Thresholds = DEFAULT_THRESHOLDS

    def set_rows(self, rows: list[MonthFigures], thresholds: Thresholds | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if thresholds is not None:
            self.thresholds = thresholds
        self.endResetModel()

    def month_at(self, row: int) -> MonthFigures | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Month"), self.tr("Collected"), self.tr("Target"), self.tr("Attainment"),
                    self.tr("RPC rate"), self.tr("Promises kept"), self.tr("QA score"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {COL_RPC: self.tr("Outbound calls that reached the debtor, of all outbound calls"),
                    COL_KEPT: self.tr("Promises kept, of those that fell due in the month (by count)"),
                    COL_QA: self.tr("Average of the month's call-monitoring scores (0–100)")}.get(section)
        return None

    def _attainment(self, f: MonthFigures) -> Decimal | None:
        values = [v for v in f.score.attainment.values() if v is not None] if f.score else []
        return min(values) if values else None  # with two currencies, the weaker one

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        f = self._rows[index.row()]
        col, s = index.column(), f.score
        if role == ROW_ROLE:
            return f
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_MONTH:
                return i18n.locale().toString(f.month, "MMMM yyyy")
            if s is None:
                return DASH
            if col == COL_COLLECTED:
                return money_lines(s.collected)
            if col == COL_TARGET:
                return money_lines(s.target)
            if col == COL_ATTAINMENT:
                return " / ".join(percent(v) for _c, v in sorted(s.attainment.items())) or DASH
            if col == COL_RPC:
                return percent(s.rpc_rate)
            if col == COL_KEPT:
                return percent(s.kept_rate_count)
            if col == COL_QA:
                return i18n.format_decimal(s.qa_score, 1) if s.qa_score is not None else DASH
        if role == Qt.ItemDataRole.TextAlignmentRole and col != COL_MONTH:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QGuiApplication.palette()
            if s is None:
                return muted_colour(palette) if col != COL_MONTH else None
            if col == COL_ATTAINMENT:
                band = attainment_band(self._attainment(f), self.thresholds)
                return tone_colour(band, palette) if band else None
        if role == Qt.ItemDataRole.ToolTipRole and s is not None and col == COL_QA and s.qa_count:
            return self.tr("%n monitored call(s)", "", s.qa_count)
        return None
