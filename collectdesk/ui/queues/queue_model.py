"""QueueModel: a QAbstractTableModel over SQL windows of a queue (ARCHITECTURE.md: Big tables).

It holds the row count and a small cache of pages, never the queue. Sorting on an indexed column
asks SQL for each window (OFFSET from the nearer end); sorting on any other column reads the
ordered ids once (16 bytes a row, packed) and then fetches windows by id, so scrolling stays
smooth after a single sort. A filter on the case (open escalation, plan state) does the same: such a
queue is never larger than the escalation and plan tables (QueueQuery.reads_keys). Memory does not
grow with the queue beyond those packed ids. With the Case column shown, each page carries its rows'
cases, read for that page's accounts only.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from collectdesk import i18n
from collectdesk.domain.aging import AgingBucket
from collectdesk.domain.errors import DomainError
from collectdesk.services.queues import COLUMNS, DEFAULT_COLUMNS, QueueQuery, QueueRow
from collectdesk.services.queues.keys import KeyList
from collectdesk.ui.queues.case_text import case_tooltip
from collectdesk.ui.queues.value_text import cell_text

PAGE = 100
MAX_PAGES = 60


def ordered_keys(query: QueueQuery) -> KeyList:
    """Every key of the queue in order, compactly (safe to run in a worker thread)."""
    return query.ordered_keys()


class QueueModel(QAbstractTableModel):
    count_changed = Signal(int)
    load_failed = Signal(str)  # the database went away while scrolling: say so, show empty cells
    # a sort on a column without an index: the view should prepare the keys off the GUI thread
    slow_sort_requested = Signal(object)  # QueueQuery

    def __init__(self, parent=None):
        super().__init__(parent)
        self.query: QueueQuery | None = None
        self.columns: list[str] = list(DEFAULT_COLUMNS)
        self._count = 0
        self._pages: OrderedDict[int, list[QueueRow]] = OrderedDict()
        self._keys: KeyList | None = None  # the ordered keys (a sort without an index, a filter on the case)
        self.async_slow_sorts = False  # set by a view that handles slow_sort_requested
        self.async_count = False  # set by a view: count rows in a worker, show the first page at once
        self.counting = False
        self._generation = 0
        self._failed = False

    # ---- setup ---------------------------------------------------------------------
    def set_query(self, query: QueueQuery, keys: KeyList | None = None) -> None:
        """Show `query`. For a sort without an index, pass the `ordered_keys` (read them in a
        worker); without them they are read here. With `async_count`, the first page shows at once
        and the row count arrives from a worker (a count over 1,000,000 rows is a full index scan)."""
        if query.reads_keys and keys is None:
            keys = ordered_keys(query)
        self._generation += 1
        self.beginResetModel()
        self.query = query
        self._pages.clear()
        self._keys = None
        self.counting = False
        if query.reads_keys:
            self._keys = keys
            self._count = len(self._keys)
        elif self.async_count:
            first = query.page(0, PAGE, with_case=self.with_case)
            self._pages[0] = first
            self._count = len(first)
            self.counting = len(first) == PAGE
        else:
            self._count = query.count()
        self.endResetModel()
        if self.counting:
            self._count_in_background(query, self._generation)
        else:
            self.count_changed.emit(self._count)

    def _count_in_background(self, query: QueueQuery, generation: int) -> None:
        from collectdesk.ui.tasks import run_task

        def arrived(n: int) -> None:
            if generation != self._generation:
                return  # a newer query replaced this one
            self.counting = False
            if n > self._count:
                self.beginInsertRows(QModelIndex(), self._count, n - 1)
                self._count = n
                self.endInsertRows()
            self.count_changed.emit(self._count)

        run_task(self, lambda _p, _c: query.count(), on_done=arrived, on_error=lambda _e: arrived(self._count))

    @property
    def with_case(self) -> bool:
        """The Case column is shown: pages carry each row's case (read for the page's rows only)."""
        return "case" in self.columns

    def set_columns(self, columns: list[str]) -> None:
        self.beginResetModel()
        had_case = self.with_case
        self.columns = [c for c in columns if c in COLUMNS]
        if self.with_case and not had_case:
            self._pages.clear()  # cached without their cases
        self.endResetModel()

    def reload(self) -> None:
        if self.query is not None:
            self.set_query(self.query)

    def refresh_rows(self, account_ids: set[uuid.UUID]) -> None:
        """After an edit: drop cached pages holding these accounts, repaint them."""
        for page, rows in list(self._pages.items()):
            if any(r.id in account_ids for r in rows):
                del self._pages[page]
                first = page * PAGE
                self.dataChanged.emit(self.index(first, 0), self.index(first + len(rows) - 1, self.columnCount() - 1))

    # ---- rows --------------------------------------------------------------------------
    def _page(self, page: int) -> list[QueueRow]:
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        offset = page * PAGE
        if self._keys is not None:
            rows = self.query.rows([], keys=self._keys.slice(offset, offset + PAGE), with_case=self.with_case)
        else:
            rows = self.query.page(offset, PAGE, self._count, with_case=self.with_case)
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def row_at(self, row: int) -> QueueRow | None:
        if self.query is None or not 0 <= row < self._count:
            return None
        try:
            rows = self._page(row // PAGE)
        except DomainError as exc:
            if not self._failed:
                self._failed = True
                self.load_failed.emit(exc.message)
            return None
        self._failed = False
        i = row % PAGE
        return rows[i] if i < len(rows) else None

    def ids_for_rows(self, rows: list[tuple[int, int]]) -> list[uuid.UUID]:
        """Ids for ranges (first, last) of rows, e.g. a selection, without loading row data."""
        out: list[uuid.UUID] = []
        for first, last in rows:
            n = last - first + 1
            if self._keys is not None:
                out.extend(self.query.ids_for_keys(self._keys.slice(first, last + 1)))
            elif n == self._count:
                out.extend(self.query.all_ids())
            else:
                for start in range(first, last + 1, 5000):
                    out.extend(self.query.ids(start, min(5000, last + 1 - start), self._count))
        return list(dict.fromkeys(out))

    # ---- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            col = COLUMNS[self.columns[section]]
            if role == Qt.ItemDataRole.DisplayRole:
                return col.title
            if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole and not col.sortable:
                return self.tr("This column cannot be sorted: it is read for the rows on screen only.")
            if role == Qt.ItemDataRole.ToolTipRole and not col.indexed:
                return self.tr("Sorting on this column reads the whole queue once.")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return i18n.format_count(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        key = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if COLUMNS[key].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (
                (key in ("dpd", "aging") and row.aging in (AgingBucket.D91_180, AgingBucket.D180_PLUS))
                or (key == "case" and row.case is not None and row.case.in_trouble)):
            base = QApplication.palette().color(QPalette.ColorRole.Text)
            return QBrush(QColor("#ff8a80") if base.lightness() > 128 else QColor("#b3261e"))
        if role == Qt.ItemDataRole.ToolTipRole and key == "case":
            return case_tooltip(row.case) or None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.query is None or not 0 <= column < len(self.columns):
            return
        if not COLUMNS[self.columns[column]].sortable:
            return  # the Case column: read for the rows on screen only
        q = self.query
        new = QueueQuery(q.engine, q.filter, sort_key=self.columns[column],
                         descending=order == Qt.SortOrder.DescendingOrder, today=q.today)
        if not new.reads_keys or not self.async_slow_sorts:
            self.set_query(new)
        else:
            self.slow_sort_requested.emit(new)
