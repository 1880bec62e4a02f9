"""FindingsModel: the findings a filter selects, newest first, read from SQL a page at a time.

The model holds the row count and a few cached pages (ARCHITECTURE.md: Big tables), never the whole
list: a department with 200,000 findings scrolls without loading them. The pane reads the count and the
first page in the background (`set_result`); later pages are read when they come into view.
Columns: time, rule, severity, collector, account, debtor, status.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from collectdesk import i18n
from collectdesk.domain.enums import FindingStatus
from collectdesk.domain.errors import DomainError
from collectdesk.services.compliance import findings as service
from collectdesk.services.compliance.findings import FindingFilter, FindingRow
from collectdesk.ui.compliance.finding_labels import review_text, severity_colour, severity_text, status_text

PAGE = 100
MAX_PAGES = 40
COLUMNS = ("found_at", "rule", "severity", "collector", "account", "debtor", "status")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class FindingsModel(QAbstractTableModel):
    load_failed = Signal(str)

    def __init__(self, ctx=None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.filter = FindingFilter()
        self.book = None
        self._count = 0
        self._pages: OrderedDict[int, list[FindingRow]] = OrderedDict()
        self._failed = False

    # ---- content ------------------------------------------------------------------------
    def set_result(self, flt: FindingFilter, count: int, first_page: list[FindingRow], book) -> None:
        self.beginResetModel()
        self.filter = flt
        self.book = book
        self._count = count
        self._pages = OrderedDict({0: list(first_page)}) if first_page else OrderedDict()
        self._failed = False
        self.endResetModel()

    def clear(self) -> None:
        self.set_result(FindingFilter(), 0, [], None)

    def _page(self, page: int) -> list[FindingRow]:
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        if self._failed or self.ctx is None:
            return []
        try:
            rows = service.list_findings(self.ctx, self.filter, limit=PAGE, offset=page * PAGE, book=self.book,
                                         total=self._count)
        except DomainError as exc:
            self._failed = True
            self.load_failed.emit(exc.message)
            return []
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def row_at(self, row: int) -> FindingRow | None:
        if not 0 <= row < self._count:
            return None
        rows = self._page(row // PAGE)
        n = row % PAGE
        return rows[n] if n < len(rows) else None

    def row_of(self, finding_id) -> int | None:
        """The row of a finding among the pages read so far."""
        for page, rows in self._pages.items():
            for n, r in enumerate(rows):
                if r.id == finding_id:
                    return page * PAGE + n
        return None

    # ---- Qt -----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "found_at": self.tr("When"), "rule": self.tr("Rule"), "severity": self.tr("Severity"),
            "collector": self.tr("Collector"), "account": self.tr("Account"), "debtor": self.tr("Debtor"),
            "status": self.tr("Status"),
        }[COLUMNS[section]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and key == "severity":
            return severity_colour(row.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "rule":
                return f"{row.rule_name}\n{row.rule_code} \u00b7 {row.profile_code} {row.profile_version}"
            if key == "status" and row.review is not None:
                return self.tr("{outcome} by {who}: {note}").format(
                    outcome=review_text(row.review), who=row.reviewed_by or "?", note=row.review_note or "")
        return None

    def _text(self, row: FindingRow, key: str) -> str:
        if key == "found_at":
            return i18n.format_datetime(row.found_at)
        if key == "rule":
            return row.rule_name
        if key == "severity":
            return severity_text(row.severity)
        if key == "collector":
            return row.collector or ""
        if key == "account":
            return row.account_no or ""
        if key == "debtor":
            return row.debtor or ""
        return self.status_text(row.status, row.review)

    def status_text(self, status: FindingStatus, review) -> str:
        """'Open', or 'Reviewed: Coaching given' (the status with what was done)."""
        if status is not FindingStatus.OPEN and review is not None:
            return self.tr("{status}: {outcome}").format(status=status_text(status), outcome=review_text(review))
        return status_text(status)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))
