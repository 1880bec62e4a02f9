"""TargetsModel: the targets of one period, one row per team and staff member, two columns per metric.

Columns: Name | Role | for each metric (domain.target_metrics.METRICS): its target, then its
attainment (%). A target cell holds the target set for exactly this period (editable: EditRole is
a Decimal for money, an int for counts, None for no target); without one, the share of overlapping
targets of other periods is shown in muted italics, prefixed "≈". Attainment cells are coloured by
the department's thresholds (`attainment_band`).

The model does not write: `setData` hands the new value to `commit(row, metric, value)`, a callable
the pane sets (it calls services.targets.set_target and returns the saved Target or None). A
DomainError from it is sent out as `save_failed(message, stale)` and the cell keeps its value.
The rows are few (hundreds of staff members), so they are held in a list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from collectdesk import i18n
from collectdesk.domain import kpis
from collectdesk.domain.errors import DomainError, StaleEditError
from collectdesk.ui.bands import band_background
from collectdesk.domain.target_metrics import METRICS, Thresholds, attainment_band
from collectdesk.services.targets import TargetCell, TargetRow, metric_label
from collectdesk.ui.labels import role_label

COL_NAME, COL_ROLE = 0, 1
FIXED = 2
APPROX = "\u2248\u00a0"
def percent_text(value: Decimal) -> str:
    return QCoreApplication.translate("TargetsModel", "{value}\u00a0%").format(value=i18n.format_decimal(value, 1))


def percent_number(value: Decimal) -> str:
    """A threshold as the user typed it: "100", "92,5" (one decimal only when it has one)."""
    return i18n.format_decimal(value, 0 if value == value.to_integral_value() else 1)


class TargetsModel(QAbstractTableModel):
    save_failed = Signal(str, bool)  # message, stale (the table should be reloaded)
    target_saved = Signal(int, str)  # row, metric

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[TargetRow] = []
        self.thresholds: Thresholds | None = None
        self.commit: Callable[[TargetRow, str, object], object] | None = None

    # ---- structure -----------------------------------------------------------------------
    @staticmethod
    def column_of(metric_key: str, attainment: bool = False) -> int:
        i = next(n for n, m in enumerate(METRICS) if m.key == metric_key)
        return FIXED + 2 * i + (1 if attainment else 0)

    @staticmethod
    def metric_at(column: int) -> tuple[str, bool] | None:
        """(metric key, is the attainment column) for a metric column, else None."""
        if column < FIXED:
            return None
        i, part = divmod(column - FIXED, 2)
        return (METRICS[i].key, part == 1) if i < len(METRICS) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else FIXED + 2 * len(METRICS)

    def set_rows(self, rows: list[TargetRow], thresholds: Thresholds | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if thresholds is not None:
            self.thresholds = thresholds
        self.endResetModel()

    def set_thresholds(self, thresholds: Thresholds) -> None:
        self.thresholds = thresholds
        if self.rows:
            self.dataChanged.emit(self.index(0, FIXED), self.index(len(self.rows) - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])

    def row_of(self, key) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.key == key), None)

    def cell(self, index: QModelIndex) -> tuple[TargetRow, TargetCell, bool] | None:
        where = self.metric_at(index.column()) if index.isValid() else None
        if where is None or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        return row, row.cells[where[0]], where[1]

    # ---- headers -------------------------------------------------------------------------
    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        where = self.metric_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_NAME:
                return self.tr("Name")
            if section == COL_ROLE:
                return self.tr("Role")
            if where is not None:
                return self.tr("Attained") if where[1] else metric_label(where[0])
        if role == Qt.ItemDataRole.ToolTipRole and where is not None:
            if where[1]:
                return self.tr("Attainment of the target for {metric} in this period, coloured by the "
                               "thresholds").format(metric=metric_label(where[0]))
            return self.tr("Target for {metric}; double-click or F2 to edit, Delete to remove").format(
                metric=metric_label(where[0]))
        if role == Qt.ItemDataRole.TextAlignmentRole and where is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # ---- cells ---------------------------------------------------------------------------
    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        where = self.metric_at(index.column())
        if where is not None and not where[1]:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if row.kind == "team":
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            where = self.metric_at(col)
            if role == Qt.ItemDataRole.BackgroundRole and (where is None or not where[1]):
                return QApplication.palette().color(QPalette.ColorRole.AlternateBase)  # attainment keeps its band
        if col == COL_NAME:
            return self._name_data(row, role)
        if col == COL_ROLE:
            if role == Qt.ItemDataRole.DisplayRole:
                if row.kind == "team":
                    return self.tr("Team, {branch}").format(branch=row.branch_name or "")
                return role_label(row.role) if row.role is not None else ""
            return None
        metric_key, attainment = self.metric_at(col)
        cell = row.cells[metric_key]
        if attainment:
            return self._attainment_data(row, cell, role)
        return self._target_data(row, cell, role)

    def _name_data(self, row: TargetRow, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if row.kind == "staff" and not row.active:
                return self.tr("{name} (left)").format(name=row.name)
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole and row.kind == "staff":
            return self.tr("{name}, user name {username}, team {team}").format(
                name=row.name, username=row.username or "", team=row.team_name or "\u2013")
        return None

    def _value_text(self, cell: TargetCell, value) -> str:
        if isinstance(value, Decimal) and cell.currency and METRIC_IS_MONEY[cell.metric]:
            return i18n.format_money(value, cell.currency)
        if isinstance(value, Decimal):
            return i18n.format_decimal(value, 0 if value == value.to_integral_value() else 1)
        return i18n.format_count(int(value))

    def _target_data(self, row: TargetRow, cell: TargetCell, role):
        value = cell.value
        if role == Qt.ItemDataRole.DisplayRole:
            if value is not None:
                return self._value_text(cell, value)
            if cell.prorated is not None:
                return APPROX + self._value_text(cell, cell.prorated)
            return ""
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if value is None and cell.prorated is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                font.setBold(row.kind == "team")
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("No target is set for exactly this period: this is the share of the targets of "
                               "periods that overlap it, by calendar days. Type a value to set one for this period.")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Double-click or press F2 to change; Delete removes the target.")
        return None

    def _attainment_data(self, row: TargetRow, cell: TargetCell, role):
        pct = cell.attainment
        if role == Qt.ItemDataRole.DisplayRole:
            return percent_text(pct) if pct is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        band = attainment_band(pct, self.thresholds) if self.thresholds is not None else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return band_background(band)
        if role == Qt.ItemDataRole.ToolTipRole and pct is not None and cell.actual is not None:
            names = {"good": self.tr("good"), "warn": self.tr("warning"), "bad": self.tr("below the warning level")}
            return self.tr("{actual} of {target} ({band})").format(
                actual=self._value_text(cell, cell.actual), target=self._value_text(cell, cell.effective),
                band=names.get(band or "", ""))
        return None

    # ---- editing -------------------------------------------------------------------------
    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        found = self.cell(index)
        if role != Qt.ItemDataRole.EditRole or found is None or found[2] or self.commit is None:
            return False
        row, cell, _ = found
        if value == "":
            value = None
        if value == cell.value and (value is not None or cell.target_id is None):
            return True
        try:
            saved = self.commit(row, cell.metric, value)
        except StaleEditError as exc:
            self.save_failed.emit(exc.message, True)
            return False
        except DomainError as exc:
            self.save_failed.emit(exc.message, False)
            return False
        self.update_cell(index.row(), cell.metric, saved)
        self.target_saved.emit(index.row(), cell.metric)
        return True

    def update_cell(self, row_index: int, metric_key: str, target) -> None:
        """Show `target` (a saved Target, or None: removed) in the row's cell, attainment recomputed."""
        row = self.rows[row_index]
        old = row.cells[metric_key]
        if target is None:
            new = replace(old, target_id=None, version=None, amount=None, count=None, prorated=None)
        else:
            new = replace(old, target_id=target.id, version=target.version, amount=target.amount,
                          currency=target.currency or old.currency, count=target.count, prorated=None)
        goal = new.effective
        pct = None
        if new.actual is not None and goal is not None and goal > 0:
            pct = kpis.attainment(new.actual, goal)
        new = replace(new, attainment=pct)
        self.rows[row_index] = replace(row, cells={**row.cells, metric_key: new})
        self.dataChanged.emit(self.index(row_index, self.column_of(metric_key)),
                              self.index(row_index, self.column_of(metric_key, True)))


METRIC_IS_MONEY = {m.key: m.is_money for m in METRICS}
