"""The Queues pane: the queue list, the account table over SQL windows, bulk actions, the account."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHeaderView, QInputDialog, QLabel, QLineEdit,
                               QMenu, QMessageBox, QSizePolicy, QSplitter, QTableView, QToolBar, QToolButton,
                               QVBoxLayout, QWidget)
from sqlalchemy import select

from collectdesk import i18n
from collectdesk.domain.enums import AccountStatus
from collectdesk.domain.errors import DomainError
from collectdesk.services import accounts as account_service
from collectdesk.services.database import Database
from collectdesk.services.queues import COLUMNS, DEFAULT_COLUMNS, QueueFilter, QueueQuery, builtin_filter
from collectdesk.services.queues.builtin import builtin_title
from collectdesk.services.queues.export import export_queue
from collectdesk.services.queues.saved import SavedQueueInfo, save_queue
from collectdesk.store.models import Portfolio, StaffMember
from collectdesk.ui.icons import icon
from collectdesk.ui.labels import status_label
from collectdesk.ui.pane import Pane
from collectdesk.ui.queues.bulk_dialogs import ChoiceDialog, DateDialog
from collectdesk.ui.queues.filter_dialog import FilterDialog
from collectdesk.ui.queues.queue_list import QueueList
from collectdesk.ui.queues.queue_model import QueueModel, ordered_keys
from collectdesk.ui.queues.value_text import labeller
from collectdesk.ui.settings import AppSettings
from collectdesk.ui.tasks import run_task


def _tool(parent, icon_name: str) -> QToolButton:
    button = QToolButton(parent)
    button.setIcon(icon(icon_name))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(True)
    return button


class QueuePane(Pane):
    icon_name = "queue"

    def __init__(self, database: Database, parent: QWidget | None = None, settings: AppSettings | None = None):
        super().__init__(database, parent)
        self.settings = settings or AppSettings()
        self.today = date.today()
        self.base_filter = QueueFilter()
        self.queue_title = ""
        self.current_saved: SavedQueueInfo | None = None
        self.my_team = self._my_team()

        self.queues = QueueList(database, self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(self._apply)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.filter_button = _tool(self, "filter")
        self.filter_button.clicked.connect(self.edit_filter)
        self.save_button = _tool(self, "save")
        self.save_button.clicked.connect(self.save_current)
        self.columns_button = _tool(self, "columns")
        self.columns_button.clicked.connect(self._columns_menu)
        self.export_button = _tool(self, "export")
        self.export_button.clicked.connect(self.export)
        self.count_label = QLabel(self)
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)

        self.model = QueueModel(self)
        self.model.async_slow_sorts = True
        self.model.async_count = True
        self.model.slow_sort_requested.connect(self._slow_sort)
        self.model.count_changed.connect(self._show_count)
        self.model.load_failed.connect(self.status_message)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda _p: self._columns_menu())
        header.setSortIndicator(self.model.columns.index("dpd"), Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.reassign_button = _tool(self, "reassign")
        self.reassign_button.clicked.connect(self.bulk_reassign)
        self.status_button = _tool(self, "status")
        self.status_button.clicked.connect(self.bulk_status)
        self.watch_button = _tool(self, "watchlist")
        self.watch_button.clicked.connect(self.bulk_watchlist)
        self.next_button = _tool(self, "calendar")
        self.next_button.clicked.connect(self.bulk_next_action)
        self.selected_label = QLabel(self)

        from collectdesk.ui.account.detail_panel import AccountDetailPanel

        self.detail = AccountDetailPanel(database, self)
        self.detail.account_changed.connect(self._account_changed)

        # Tool bars, not plain rows: when the pane is narrow (a laptop, long German labels) the
        # buttons that do not fit move into the bar's overflow menu instead of widening the window.
        top = QToolBar(self)
        top.setIconSize(QSize(18, 18))
        top.addWidget(self.search)
        for w in (self.filter_button, self.save_button, self.columns_button, self.export_button):
            top.addWidget(w)
        bulk = QToolBar(self)
        bulk.setIconSize(QSize(18, 18))
        bulk.addWidget(self.count_label)
        spacer = QWidget(bulk)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bulk.addWidget(spacer)
        bulk.addWidget(self.selected_label)
        for w in (self.reassign_button, self.status_button, self.watch_button, self.next_button):
            bulk.addWidget(w)
        self.search.setMinimumWidth(180)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        middle = QWidget(self)
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        mid.addWidget(self.title_label)
        mid.addWidget(top)
        mid.addWidget(self.table, 1)
        mid.addWidget(bulk)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.queues)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([200, 760, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self.setTabOrder(self.queues, self.search)
        self.setTabOrder(self.search, self.filter_button)
        self.setTabOrder(self.filter_button, self.table)

        select_all = QAction(self)
        select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        select_all.triggered.connect(self.table.selectAll)
        self.table.addAction(select_all)

        self.queues.chosen.connect(self._queue_chosen)
        self.retranslate()
        self._restore_columns()
        self.queues.select("builtin", "all_open")
        if self.model.query is None:
            self.open_builtin("all_open")

    # ---- text ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Queues")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, account number, phone or e-mail (Ctrl+F)"))
        self.filter_button.setText(self.tr("&Filter\u2026"))
        self.save_button.setText(self.tr("Save &queue\u2026"))
        self.columns_button.setText(self.tr("C&olumns"))
        self.export_button.setText(self.tr("E&xport\u2026"))
        self.reassign_button.setText(self.tr("&Reassign\u2026"))
        self.status_button.setText(self.tr("Change s&tatus\u2026"))
        self.watch_button.setText(self.tr("Add to &watchlist\u2026"))
        self.next_button.setText(self.tr("Set &next action\u2026"))
        self.table.setAccessibleName(self.tr("Accounts in the queue"))
        self.queues.reload()
        self._show_count(self.model.rowCount())
        self._selection_changed()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1))

    # ---- state -----------------------------------------------------------------------------
    def _my_team(self) -> uuid.UUID | None:
        with self.database.ctx.reading() as s:
            return s.scalar(select(StaffMember.team_id).where(StaffMember.username == self.database.ctx.actor))

    def _default_widths(self) -> None:
        header = self.table.horizontalHeader()
        for i, key in enumerate(self.model.columns):
            title = header.fontMetrics().horizontalAdvance(COLUMNS[key].title) + 28
            header.resizeSection(i, max(COLUMNS[key].width, title))

    def _restore_columns(self) -> None:
        saved = self.settings.q.value("queues/columns")
        if isinstance(saved, list) and saved:
            self.model.set_columns([c for c in saved if c in COLUMNS] or list(DEFAULT_COLUMNS))
        self._default_widths()
        state = self.settings.load_bytes("queue_header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        splitter = self.settings.load_bytes("queue_splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        self.settings.q.setValue("queues/columns", self.model.columns)
        self.settings.save_bytes("queue_header", self.table.horizontalHeader().saveState())
        self.settings.save_bytes("queue_splitter", self.splitter.saveState())

    def _keep_sort_indicator(self, section: int, _order) -> None:
        """A click on a column that cannot be sorted (Case) leaves the queue's order and its arrow alone."""
        query = self.model.query
        if query is None or not 0 <= section < len(self.model.columns) \
                or COLUMNS[self.model.columns[section]].sortable:
            return
        header = self.table.horizontalHeader()
        section = self.model.columns.index(query.sort_key) if query.sort_key in self.model.columns else -1
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header.blockSignals(True)
        header.setSortIndicator(section, order)
        header.blockSignals(False)

    # ---- which queue ---------------------------------------------------------------------
    def _queue_chosen(self, kind: str, key) -> None:
        if kind == "builtin":
            self.open_builtin(key, select_in_list=False)
        elif kind == "portfolio":
            with self.database.ctx.reading() as s:
                name = s.scalar(select(Portfolio.name).where(Portfolio.id == key)) or ""
            self.open_filter(QueueFilter(portfolio_id=key), name)
        elif kind == "saved":
            self.current_saved = key
            if key.columns:
                self.model.set_columns(list(key.columns))
                self._default_widths()
            self.open_filter(key.filter, key.name, keep_saved=True)

    def open_builtin(self, key: str, *, select_in_list: bool = True) -> None:
        if select_in_list:
            self.queues.select("builtin", key, emit=False)
        self.open_filter(builtin_filter(key, self.today, self.my_team), builtin_title(key))

    def open_filter(self, flt: QueueFilter, title: str = "", *, keep_saved: bool = False) -> None:
        if not keep_saved:
            self.current_saved = None
        self.base_filter = flt.replace(search="")
        self.queue_title = title or self.tr("Filtered accounts")
        self.search.blockSignals(True)
        self.search.setText(flt.search)
        self.search.blockSignals(False)
        self._apply()

    def current_filter(self) -> QueueFilter:
        return self.base_filter.replace(search=self.search.text().strip())

    def _query(self, flt: QueueFilter | None = None) -> QueueQuery:
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        key = self.model.columns[section] if 0 <= section < len(self.model.columns) else "dpd"
        desc = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        return QueueQuery(self.database.engine, flt or self.current_filter(), sort_key=key, descending=desc,
                          today=self.today)

    def _apply(self) -> None:
        self.title_label.setText(self.queue_title)
        query = self._query()
        if query.reads_keys:
            self._slow_sort(query)
        else:
            self._set(query)

    def _set(self, query: QueueQuery, keys: bytes | None = None) -> None:
        try:
            self.model.set_query(query, keys)
        except DomainError as exc:
            self.status_message.emit(exc.message)
            return
        self._show_count(self.model.rowCount())
        if self.model.rowCount():
            self.select_row(0)
        else:
            self.detail.show_account(None)

    def _slow_sort(self, query: QueueQuery) -> None:
        """Read the queue's ordered keys in a worker (model.set_query then uses them)."""
        self.count_label.setText(self.tr("Sorting\u2026") if not COLUMNS[query.sort_key].indexed
                                 else self.tr("Counting accounts\u2026"))
        run_task(self, lambda _p, _c: ordered_keys(query), on_done=lambda keys: self._set(query, keys),
                 on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, DomainError) else str(exc)
        QMessageBox.warning(self, self.tr("Queues"), message)

    def refresh(self) -> None:
        self.today = date.today()
        self.queues.reload()
        self._apply()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _show_count(self, n: int) -> None:
        if self.model.counting:
            self.count_label.setText(self.tr("Counting accounts\u2026"))
        else:
            self.count_label.setText(self.tr("%Ln account(s)", "", n))

    # ---- selection and the account ---------------------------------------------------------
    def _row_ranges(self) -> list[tuple[int, int]]:
        """Selected rows as merged (first, last) intervals: a selection can hold several ranges per
        row (one per block of columns), and "select all" over 1,000,000 rows is one interval."""
        merged: list[list[int]] = []
        for top, bottom in sorted((r.top(), r.bottom()) for r in self.table.selectionModel().selection()):
            if merged and top <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], bottom)
            else:
                merged.append([top, bottom])
        return [(a, b) for a, b in merged]

    def selected_ids(self) -> list[uuid.UUID]:
        return self.model.ids_for_rows(self._row_ranges())

    def selected_count(self) -> int:
        return sum(b - a + 1 for a, b in self._row_ranges())

    def _selection_changed(self, *_args) -> None:
        n = self.selected_count()
        for b in (self.reassign_button, self.status_button, self.watch_button, self.next_button):
            b.setEnabled(n > 0)
        self.selected_label.setText(self.tr("%Ln selected", "", n) if n else "")
        if n == 1:
            row = self.model.row_at(self._row_ranges()[0][0])
            self.detail.show_account(row.id if row else None)

    def select_row(self, row: int) -> None:
        """Make `row` the only selected row and the current one (QTableView.selectRow adds to an
        extended selection when no mouse event drives it)."""
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def show_account(self, account_id: uuid.UUID) -> None:
        self.detail.show_account(account_id)

    def _account_changed(self, account_id) -> None:
        self.model.refresh_rows({account_id})

    # ---- filter, columns, saving -------------------------------------------------------------
    def edit_filter(self) -> None:
        dialog = FilterDialog(self.database, self.current_filter(), self)
        if dialog.exec() and dialog.result_filter is not None:
            self.queues.blockSignals(True)
            self.queues.setCurrentRow(-1)
            self.queues.blockSignals(False)
            self.open_filter(dialog.result_filter, self.tr("Filtered accounts"))

    def save_current(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save queue"), self.tr("Name of the queue:"),
                                        text=self.current_saved.name if self.current_saved else "")
        if not ok:
            return
        try:
            qid = save_queue(self.database.ctx, name, self.current_filter(), tuple(self.model.columns),
                             queue_id=self.current_saved.id if self.current_saved and
                             self.current_saved.name == name.strip() else None,
                             expected_version=self.current_saved.version if self.current_saved and
                             self.current_saved.name == name.strip() else None)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Save queue"), exc.message)
            return
        self.queues.reload()
        for i in range(self.queues.count()):
            info = self.queues.item(i).data(Qt.ItemDataRole.UserRole + 1)
            if getattr(info, "id", None) == qid:
                self.queues.setCurrentRow(i)
        self.status_message.emit(self.tr("Queue saved."))

    def _columns_menu(self) -> None:
        menu = QMenu(self)
        for key, col in COLUMNS.items():
            action = menu.addAction(col.title)
            action.setCheckable(True)
            action.setChecked(key in self.model.columns)
            action.toggled.connect(lambda on, k=key: self._toggle_column(k, on))
        menu.exec(self.columns_button.mapToGlobal(self.columns_button.rect().bottomLeft()))

    def _toggle_column(self, key: str, on: bool) -> None:
        cols = [c for c in self.model.columns if c != key]
        if on:
            cols.append(key)
        if cols:
            self.model.set_columns(cols)
            self._default_widths()

    # ---- bulk actions ----------------------------------------------------------------------
    def _bulk(self, work, done_text) -> None:
        """Run a bulk action on the selection; `done_text(n)` says what happened."""
        ids = self.selected_ids()
        if not ids:
            return
        try:
            n = work(ids)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Queues"), exc.message)
            return
        self.status_message.emit(done_text(n))
        self.model.reload()

    def bulk_reassign(self) -> None:
        with self.database.ctx.reading() as s:
            people = s.execute(select(StaffMember.full_name, StaffMember.id).where(StaffMember.active)
                               .order_by(StaffMember.full_name)).all()
        n = self.selected_count()
        dialog = ChoiceDialog(self.tr("Reassign accounts"),
                              self.tr("Give the %n selected account(s) to:", "", n), self.tr("&Collector"),
                              [(name, pid) for name, pid in people], self)
        if dialog.exec():
            self._bulk(lambda ids: account_service.reassign_accounts(self.database.ctx, ids, dialog.value()),
                       lambda n: self.tr("Reassigned %Ln account(s).", "", n))

    def bulk_status(self) -> None:
        n = self.selected_count()
        choices = [(status_label(s), s) for s in AccountStatus if s is not AccountStatus.PAID]
        dialog = ChoiceDialog(self.tr("Change status"), self.tr("Set the status of the %n selected account(s) to:",
                                                                "", n), self.tr("&Status"), choices, self)
        if dialog.exec():
            self._bulk(lambda ids: account_service.bulk_change_status(self.database.ctx, ids, dialog.value()),
                       lambda n: self.tr("Status changed on %Ln account(s).", "", n))

    def bulk_watchlist(self) -> None:
        with self.database.ctx.reading() as s:
            lists = s.execute(select(Portfolio.name, Portfolio.id).order_by(Portfolio.name)).all()
        n = self.selected_count()
        dialog = ChoiceDialog(self.tr("Add to watchlist"), self.tr("Add the %n selected account(s) to:", "", n),
                              self.tr("&Watchlist"), [(name, pid) for name, pid in lists], self)
        if dialog.exec():
            self._bulk(lambda ids: account_service.add_to_portfolio(self.database.ctx, ids, dialog.value()),
                       lambda n: self.tr("Added %Ln account(s) to the watchlist.", "", n))

    def bulk_next_action(self) -> None:
        n = self.selected_count()
        dialog = DateDialog(self.tr("Set next action"), self.tr("Next action date for the %n selected account(s):",
                                                                "", n), self.tr("&Date"),
                            self.tr("C&lear the next action"), self)
        if dialog.exec():
            self._bulk(lambda ids: account_service.bulk_set_next_action(self.database.ctx, ids, dialog.value()),
                       lambda n: self.tr("Next action set on %Ln account(s).", "", n))

    # ---- export ---------------------------------------------------------------------------
    def export(self, path: Path | None = None) -> None:
        if path is None:
            name, _f = QFileDialog.getSaveFileName(
                self, self.tr("Export queue"), str(Path.home() / "queue.xlsx"),
                self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
            if not name:
                return
            path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        query = self._query()
        columns = list(self.model.columns)
        run_task(self, lambda progress, cancelled: export_queue(query, columns, path, progress=progress,
                                                              cancelled=cancelled, labeller=labeller),
                 on_done=lambda n: self.status_message.emit(
                     self.tr("Exported %n account(s) to {file}.", "", n).format(file=path.name)),
                 on_error=self._failed, title=self.tr("Export queue"),
                 label=self.tr("Writing {file}\u2026").format(file=path.name))


