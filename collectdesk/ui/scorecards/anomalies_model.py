"""AnomaliesModel: the anomalies found in staff work (services.staff_anomalies.Anomaly), one per row.

Columns: severity (a coloured dot and its word), staff member, team, the finding in one sentence.
The list is short (a few per person at most), so the model holds it all. ANOMALY_ROLE gives the
Anomaly behind a row, for the view's signals.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from collectdesk.services.staff_anomalies import HIGH, Anomaly, anomaly_sentence

COL_SEVERITY, COL_STAFF, COL_TEAM, COL_FINDING = range(4)
COLUMNS = 4
ANOMALY_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_COLOURS = {HIGH: "#c62828"}  # anything else (medium): amber
MEDIUM_COLOUR = "#e08a00"


@lru_cache(maxsize=8)
def severity_icon(colour: str) -> QIcon:
    icon = QIcon()
    for size in (12, 16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        margin = size / 6
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class AnomaliesModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Anomaly] = []
        self._sentences: list[str] = []

    def set_anomalies(self, anomalies: list[Anomaly]) -> None:
        self.beginResetModel()
        self._items = list(anomalies)
        self._sentences = [anomaly_sentence(a) for a in self._items]
        self.endResetModel()

    def anomaly(self, row: int) -> Anomaly:
        return self._items[row]

    def severity_label(self, severity: str) -> str:
        return self.tr("High") if severity == HIGH else self.tr("Medium")

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Severity"), self.tr("Staff member"), self.tr("Team"), self.tr("What was found"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._items):
            return None
        a, col = self._items[index.row()], index.column()
        if role == ANOMALY_ROLE:
            return a
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_SEVERITY:
                return self.severity_label(a.severity)
            if col == COL_STAFF:
                return a.staff_name
            if col == COL_TEAM:
                return a.team or ""
            return self._sentences[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_FINDING:
            return self._sentences[index.row()]
        if role == Qt.ItemDataRole.DecorationRole and col == COL_SEVERITY:
            return severity_icon(SEVERITY_COLOURS.get(a.severity, MEDIUM_COLOUR))
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_SEVERITY:
            return QColor(SEVERITY_COLOURS.get(a.severity, MEDIUM_COLOUR))
        return None
