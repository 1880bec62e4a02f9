"""Link an inbox item to an account (and so its debtor) and to the collector it concerns (L).

The account is found by typing its number, the debtor's name or a contact (the queues' search, a
prefix search on indexed keys, at most 20 hits, 250 ms after the last keystroke). Linking an account
also links its debtor and, when no collector is linked yet, the account's collector (the service does
that). A complaint linked to a collector appears on that collector's scorecard.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from collectdesk import i18n
from collectdesk.domain.errors import DomainError
from collectdesk.services.context import ServiceContext
from collectdesk.services.inbox import items as inbox
from collectdesk.services.queues import QueueFilter, QueueQuery
from collectdesk.ui.account.action_dialog import fill_combo, find_data
from collectdesk.ui.inbox.item_dialog import InboxItemDialog

KEEP = "keep"
HITS = 20


class LinkDialog(InboxItemDialog):
    def __init__(self, ctx: ServiceContext, item, collectors: list[tuple[uuid.UUID, str]],
                 parent: QWidget | None = None):
        super().__init__(ctx, item, parent)
        self.collectors = collectors
        self.search, self.search_label = QLineEdit(self), QLabel(self)
        self.search.setObjectName("account_search")
        self.search.setClearButtonEnabled(True)
        self.results, self.results_label = QListWidget(self), QLabel(self)
        self.results.setObjectName("accounts_found")
        self.results.setMinimumHeight(140)
        self.collector, self.collector_label = QComboBox(self), QLabel(self)
        self.collector.setObjectName("collector")
        self.add_row(self.search_label, self.search)
        self.add_row(self.results_label, self.results)
        self.add_row(self.collector_label, self.collector)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.find_accounts)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.find_accounts)
        self.watch(self.results.currentRowChanged, self.collector.currentIndexChanged)
        self.search_problem: str | None = None
        self.finish()
        if item.account_no:
            self.search.setText(item.account_no)
            self.find_accounts()

    # ---- finding accounts -----------------------------------------------------------------------
    def find_accounts(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self.results.clear()
        self.search_problem = None
        if len(text) >= 2:
            try:
                rows = QueueQuery(self.ctx.engine, QueueFilter(open_only=False, search=text),
                                  sort_key="account_no", descending=False).page(0, HITS)
            except DomainError as exc:
                rows, self.search_problem = [], exc.message
            for row in rows:
                entry = QListWidgetItem(self.tr("{account} \u00b7 {debtor} \u00b7 {balance}").format(
                    account=row.account_no, debtor=row.debtor,
                    balance=i18n.format_money(row.balance, row.currency)), self.results)
                entry.setData(Qt.ItemDataRole.UserRole, row.id)
            if len(rows) == 1 or (rows and rows[0].account_no.casefold() == text.casefold()):
                self.results.setCurrentRow(0)
        self.revalidate()

    def account_id(self) -> uuid.UUID | None:
        current = self.results.currentItem()
        return current.data(Qt.ItemDataRole.UserRole) if current is not None else None

    def staff_choice(self):
        return self.collector.currentData()

    # ---- dialog ---------------------------------------------------------------------------------
    def changes(self) -> dict:
        out = {}
        account = self.account_id()
        if account is not None and account != self.item.account_id:
            out["account_id"] = account
        staff = self.staff_choice()
        if staff != KEEP and staff != self.item.staff_id:
            out["staff_id"] = staff
        return out

    def validate(self) -> str | None:
        if self.search_problem:
            return self.search_problem
        if self.search.text().strip() and self.results.count() == 0 and not self._timer.isActive():
            return self.tr("No account matches \u201c{text}\u201d.").format(text=self.search.text().strip())
        if not self.changes():
            return self.tr("Find the account, or choose the collector it concerns.")
        return None

    def advice(self) -> str | None:
        if "account_id" in self.changes():
            return self.tr("The account's debtor is linked too, and its collector when none is chosen.")
        return None

    def submit(self) -> None:
        inbox.link(self.ctx, self.item.id, **self.changes(), expected_version=self.item.version)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Link to an account"))
        self.search_label.setText(self.tr("&Find account:"))
        self.search.setPlaceholderText(self.tr("Account number, debtor name, e-mail or phone"))
        self.results_label.setText(self.tr("&Matches:"))
        self.collector_label.setText(self.tr("C&ollector concerned:"))
        current = self.item.staff_name or self.tr("none")
        fill_combo(self.collector, [(KEEP, self.tr("Keep ({name})").format(name=current))] + list(self.collectors))
        self.ok_button().setText(self.tr("&Link"))
        if find_data(self.collector, KEEP) < 0:
            self.collector.setCurrentIndex(0)
