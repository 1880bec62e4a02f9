"""Record a promise to pay: how much, by when, a note."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from collectdesk import i18n
from collectdesk.services import promises
from collectdesk.services.account_view import AccountDetail
from collectdesk.services.context import ServiceContext
from collectdesk.ui.account.action_dialog import ActionDialog
from collectdesk.ui.account.date_edit import DateEdit
from collectdesk.ui.account.money_edit import MoneyEdit

DEFAULT_DAYS = 7


class PromiseDialog(ActionDialog):
    def __init__(self, ctx: ServiceContext, detail: AccountDetail, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(ctx, detail, parent)
        self.today = today or date.today()
        self.promise_id = None
        self.amount = MoneyEdit(detail.currency, self)
        self.due = DateEdit(self.today + timedelta(days=DEFAULT_DAYS), self)
        self.due.set_range(self.today, None)
        self.note = QLineEdit(self)
        self.note.setMaxLength(500)
        self.amount_label, self.due_label, self.note_label = QLabel(self), QLabel(self), QLabel(self)
        self.add_row(self.amount_label, self.amount)
        self.add_row(self.due_label, self.due)
        self.add_row(self.note_label, self.note)
        self.watch(self.amount.textChanged, self.due.dateChanged, self.note.textChanged)
        self.finish()

    def validate(self) -> str | None:
        problem = self.amount.problem()
        if problem:
            return problem
        if self.amount.value() > self.detail.balances.open:
            return self.tr("The promised amount is larger than the open balance ({balance}).").format(
                balance=i18n.format_money(self.detail.balances.open, self.detail.currency))
        if self.due.value() < self.today:
            return self.tr("The promised date cannot be in the past.")
        return None

    def submit(self) -> None:
        self.promise_id = promises.record_promise(
            self.ctx, self.detail.id, amount=self.amount.value(), due_date=self.due.value(),
            note=self.note.text().strip() or None, expected_version=self.detail.version, today=self.today)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a promise to pay"))
        self.amount_label.setText(self.tr("&Amount:"))
        self.due_label.setText(self.tr("&Pay by:"))
        self.note_label.setText(self.tr("&Note:"))
        self.note.setPlaceholderText(self.tr("How the debtor will pay (optional)"))
        self.ok_button().setText(self.tr("&Record promise"))
