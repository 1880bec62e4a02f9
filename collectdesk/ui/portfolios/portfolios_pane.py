"""The Portfolios pane: special portfolios (watchlists) with their figures and their accounts.

Top: every portfolio with kind, owner, accounts, balance by currency, collected this month and the last
activity (`services.portfolios.portfolio_summary`, read in the background). Buttons: New portfolio…,
Rename…, Change owner…, Open as queue (emits `open_queue` with a QueueFilter on the portfolio).
Bottom: the selected portfolio's accounts with the reason and the dates they were added (and removed,
with "Show removed"); Remove from portfolio… takes the selected ones out after a confirmation.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from collectdesk.domain.errors import DomainError
from collectdesk.services import portfolios
from collectdesk.services.database import Database
from collectdesk.services.portfolios import Summary
from collectdesk.services.queues import QueueFilter
from collectdesk.ui.pane import Pane
from collectdesk.ui.portfolios.portfolio_accounts_model import ROW_ROLE as MEMBER_ROLE
from collectdesk.ui.portfolios.portfolio_accounts_model import PortfolioAccountsModel
from collectdesk.ui.portfolios.portfolio_dialogs import (ComplianceProfileDialog, NewPortfolioDialog, OwnerDialog,
                                                         RenamePortfolioDialog, current_owner_id, owner_choices,
                                                         profile_choices)
from collectdesk.ui.portfolios.portfolio_list_model import PortfolioListModel
from collectdesk.ui.tasks import Task, run_task

log = logging.getLogger(__name__)


def _table(parent: QWidget, model, selection: QAbstractItemView.SelectionMode) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class PortfoliosPane(Pane):
    icon_name = "watchlist"
    pane_name = "portfolios"

    portfolios_loaded = Signal()
    accounts_loaded = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(database, parent)
        self._today = today
        self._list_task: Task | None = None
        self._accounts_task: Task | None = None
        self._list_generation = 0
        self._accounts_generation = 0
        self._wanted: uuid.UUID | None = None  # keep this portfolio selected after a reload

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)

        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_portfolio)
        self.rename_button = QPushButton(self)
        self.rename_button.clicked.connect(self.rename_selected)
        self.owner_button = QPushButton(self)
        self.owner_button.clicked.connect(self.change_owner)
        self.profile_button = QPushButton(self)
        self.profile_button.clicked.connect(self.change_profile)
        self.queue_button = QPushButton(self)
        self.queue_button.clicked.connect(self.open_as_queue)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        for b in (self.new_button, self.rename_button, self.owner_button, self.profile_button, self.queue_button):
            top.addWidget(b)

        self.list_model = PortfolioListModel(self)
        self.list_view = _table(self, self.list_model, QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.list_view.doubleClicked.connect(lambda *_: self.open_as_queue())

        self.accounts_heading = QLabel(self)
        self.show_removed = QCheckBox(self)
        self.show_removed.toggled.connect(lambda *_: self.load_accounts())
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.accounts_model = PortfolioAccountsModel(self)
        self.accounts_view = _table(self, self.accounts_model, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.accounts_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.accounts_view.doubleClicked.connect(self._open_account)
        self.accounts_heading.setBuddy(self.accounts_view)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.accounts_view,
                  activated=lambda: self.remove_selected(), context=Qt.ShortcutContext.WidgetShortcut)
        bar = QHBoxLayout()
        bar.addWidget(self.accounts_heading, 1)
        bar.addWidget(self.show_removed)
        bar.addWidget(self.remove_button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(bar)
        lower_layout.addWidget(self.accounts_view, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list_view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addLayout(top)
        layout.addWidget(self.state_label)
        layout.addWidget(splitter, 1)
        for first, second in zip((self.new_button, self.rename_button, self.owner_button, self.profile_button,
                                  self.queue_button, self.list_view, self.show_removed, self.remove_button),
                                 (self.rename_button, self.owner_button, self.profile_button, self.queue_button,
                                  self.list_view,
                                  self.show_removed, self.remove_button, self.accounts_view)):
            QWidget.setTabOrder(first, second)
        self.retranslate()
        self._update_buttons()

    # ---- Pane ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Portfolios")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Portfolios"))
        self.new_button.setText(self.tr("&New portfolio\u2026"))
        self.rename_button.setText(self.tr("&Rename\u2026"))
        self.owner_button.setText(self.tr("Change &owner\u2026"))
        self.profile_button.setText(self.tr("Compliance &profile\u2026"))
        self.profile_button.setToolTip(self.tr("Check this portfolio's accounts against another country's rules"))
        self.queue_button.setText(self.tr("Open as &queue"))
        self.queue_button.setToolTip(self.tr("Work through the portfolio's accounts in the queue"))
        self.show_removed.setText(self.tr("Show remo&ved"))
        self.remove_button.setText(self.tr("Re&move from portfolio\u2026"))
        self._update_heading()

    def today(self) -> date:
        return self._today or date.today()

    def refresh(self) -> None:
        """Read every portfolio's summary again in the background."""
        if self._list_task is not None and self._list_task.running:
            self._list_task.cancel()
        self._list_generation += 1
        generation = self._list_generation
        current = self.selected_portfolio()
        if current is not None and self._wanted is None:
            self._wanted = current.id
        ctx, today = self.database.ctx, self.today()

        def work(progress, cancelled):
            ids = portfolios.all_portfolios(ctx)
            out = []
            for i, (pid, *_rest) in enumerate(ids):
                if cancelled():
                    break
                out.append(portfolios.portfolio_summary(ctx, pid, today))
                progress(i + 1, len(ids))
            return out

        self.state_label.setText(self.tr("Loading\u2026"))
        self._list_task = run_task(self, work, on_done=lambda rows: self._listed(generation, rows),
                                   on_error=lambda exc: self._failed(generation, exc))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.list_model.rowCount() and (self._list_task is None or not self._list_task.running):
            self.refresh()

    # ---- selection -------------------------------------------------------------------------
    def selected_portfolio(self) -> Summary | None:
        index = self.list_view.currentIndex()
        return self.list_model.row_at(index.row()) if index.isValid() else None

    def select_portfolio(self, portfolio_id: uuid.UUID) -> None:
        row = self.list_model.row_of(portfolio_id)
        if row >= 0:
            self.list_view.selectionModel().setCurrentIndex(
                self.list_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def selected_members(self):
        rows = sorted({i.row() for i in self.accounts_view.selectionModel().selectedRows()})
        return [self.accounts_model.row_at(r) for r in rows]

    def _selection_changed(self) -> None:
        self._update_buttons()
        self.load_accounts()

    def _update_buttons(self) -> None:
        has = self.selected_portfolio() is not None
        for b in (self.rename_button, self.owner_button, self.profile_button, self.queue_button):
            b.setEnabled(has)
        self.remove_button.setEnabled(any(m.removed_at is None for m in self.selected_members()))
        self._update_heading()

    def _update_heading(self) -> None:
        p = self.selected_portfolio()
        self.accounts_heading.setText(self.tr("&Accounts in {name}").format(name=p.name) if p
                                      else self.tr("&Accounts (choose a portfolio above)"))

    # ---- loading ---------------------------------------------------------------------------
    def _listed(self, generation: int, rows: list[Summary]) -> None:
        if generation != self._list_generation or not shiboken6.isValid(self):
            return
        wanted = self._wanted
        self._wanted = None
        self.list_model.set_rows(rows)
        self.list_view.resizeColumnsToContents()
        self.state_label.setText("" if rows else self.tr("No portfolios yet. Create one with New portfolio\u2026"))
        self.state_label.setVisible(not rows)
        if rows:
            self.select_portfolio(wanted if wanted and self.list_model.row_of(wanted) >= 0 else rows[0].id)
        else:
            self.accounts_model.set_rows([])
        self._update_buttons()
        self.portfolios_loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._list_generation or not shiboken6.isValid(self):
            return
        self.state_label.setVisible(True)
        self.state_label.setText(self._error_text(exc))

    def _error_text(self, exc: BaseException) -> str:
        if isinstance(exc, DomainError):
            return exc.message
        log.error("portfolios could not be read", exc_info=exc)
        return self.tr("The portfolios could not be read: {error}").format(error=str(exc).strip() or type(exc).__name__)

    def load_accounts(self) -> None:
        p = self.selected_portfolio()
        self._accounts_generation += 1
        generation = self._accounts_generation
        if p is None:
            self.accounts_model.set_rows([])
            return
        ctx, pid, removed = self.database.ctx, p.id, self.show_removed.isChecked()

        def done(rows) -> None:
            if generation != self._accounts_generation or not shiboken6.isValid(self):
                return
            self.accounts_model.set_rows(rows)
            self.accounts_view.resizeColumnsToContents()
            self._update_buttons()
            self.accounts_loaded.emit()

        def failed(exc) -> None:
            if generation == self._accounts_generation and shiboken6.isValid(self):
                self.accounts_model.set_rows([])
                self.state_label.setVisible(True)
                self.state_label.setText(self._error_text(exc))

        self._accounts_task = run_task(
            self, lambda _p, _c: portfolios.portfolio_accounts(ctx, pid, include_removed=removed),
            on_done=done, on_error=failed)

    # ---- actions ---------------------------------------------------------------------------
    def _names(self) -> set[str]:
        return {self.list_model.row_at(i).name for i in range(self.list_model.rowCount())}

    def new_portfolio(self) -> None:
        ctx = self.database.ctx
        dialog = NewPortfolioDialog(ctx, self._names(), owner_choices(ctx), current_owner_id(ctx), self)
        if dialog.exec():
            self._wanted = dialog.created_id
            self.refresh()

    def rename_selected(self) -> None:
        p = self.selected_portfolio()
        if p is not None and RenamePortfolioDialog(self.database.ctx, p, self._names(), self).exec():
            self._wanted = p.id
            self.refresh()

    def change_owner(self) -> None:
        p = self.selected_portfolio()
        if p is not None and OwnerDialog(self.database.ctx, p, owner_choices(self.database.ctx), self).exec():
            self._wanted = p.id
            self.refresh()

    def change_profile(self) -> None:
        p = self.selected_portfolio()
        ctx = self.database.ctx
        if p is not None and ComplianceProfileDialog(ctx, p, profile_choices(ctx), self).exec():
            self._wanted = p.id
            self.refresh()

    def open_as_queue(self) -> None:
        p = self.selected_portfolio()
        if p is not None:
            self.open_queue.emit(QueueFilter(portfolio_id=p.id))

    def _open_account(self, index) -> None:
        member = self.accounts_model.data(index, MEMBER_ROLE)
        if member is not None:
            self.open_account.emit(member.account_id)

    def remove_selected(self, *, confirm: bool = True) -> int:
        """Take the selected accounts out of the portfolio (after a confirmation). Returns how many."""
        p = self.selected_portfolio()
        members = [m for m in self.selected_members() if m.removed_at is None]
        if p is None or not members:
            return 0
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove from portfolio"),
                              self.tr("Take %n account(s) out of {name}? They stay in its history.", "",
                                      len(members)).format(name=p.name),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove"))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return 0
        try:
            removed = portfolios.remove_accounts(self.database.ctx, p.id, [m.account_id for m in members])
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Remove from portfolio"), exc.message)
            return 0
        self.status_message.emit(self.tr("%n account(s) taken out of {name}.", "", removed).format(name=p.name))
        self._wanted = p.id
        self.refresh()
        return removed
