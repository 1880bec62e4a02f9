"""ArchiveModel: the archived report files, newest first (services.report_archive.list_reports rows).

Columns: generated (local time), report (its title, in the report's language), period, language, format, size,
by, file name. ROW_ROLE gives the ArchivedReport. The archive holds hundreds of files, not millions:
the rows are held in a list.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from collectdesk import i18n
from collectdesk.domain.periods import Period, PeriodKind
from collectdesk.services.report_archive import ArchivedReport
from collectdesk.ui.scorecards.period_bar import period_text

COLUMNS = ("created", "title", "period", "language", "format", "size", "by", "filename")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def archived_period_text(row: ArchivedReport) -> str:
    """'October 2026', 'Q3 2026', a day, or 'from – to' (the archive keeps the dates, not the kind)."""
    if row.period_start is None or row.period_end is None:
        return ""
    for kind in (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR, PeriodKind.WEEK, PeriodKind.DAY):
        try:
            return period_text(Period(kind, row.period_start, row.period_end))
        except ValueError:
            continue
    return period_text(Period(PeriodKind.CUSTOM, row.period_start, row.period_end))


class ArchiveModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ArchivedReport] = []

    def set_rows(self, rows: list[ArchivedReport]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ArchivedReport | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, report_id) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == report_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {"created": self.tr("Generated"), "title": self.tr("Report"), "period": self.tr("Period"),
                "language": self.tr("Language"), "format": self.tr("Format"), "filename": self.tr("File"),
                "size": self.tr("Size"), "by": self.tr("By")}[COLUMNS[section]]

    def _format_text(self, row: ArchivedReport) -> str:
        if row.variant == "pdf_tables":
            return self.tr("PDF with tables")
        return {"pdf": self.tr("PDF"), "xlsx": self.tr("Spreadsheet")}.get(row.file_format, row.file_format)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "created":
                return i18n.format_datetime(row.created_at)
            if key == "title":
                return f"{row.title} \u00b7 {row.scope_name}" if row.scope_name else row.title
            if key == "period":
                return archived_period_text(row)
            if key == "language":
                return row.language.upper()
            if key == "format":
                return self._format_text(row)
            if key == "filename":
                return row.filename
            if key == "size":
                return i18n.locale().formattedDataSize(row.size, 0, QLocale.DataSizeFormat.DataSizeSIFormat) \
                    if row.size is not None else ""
            return row.created_by
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("title", "filename"):
            return self.tr("SHA-256: {sha}").format(sha=row.sha256) if key == "filename" else row.title
        if role == ROW_ROLE:
            return row
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
