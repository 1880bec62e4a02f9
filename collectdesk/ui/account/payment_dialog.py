"""Record a payment received. More than the open balance is refused unless the user chooses to post the
excess as an overpayment (held as a credit on the account), with the figures in front of them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from collectdesk import i18n
from collectdesk.domain.enums import PaymentMethod
from collectdesk.domain.money import KNOWN_CURRENCIES
from collectdesk.services import payments
from collectdesk.services.account_view import AccountDetail
from collectdesk.services.context import ServiceContext
from collectdesk.ui import labels
from collectdesk.ui.account.action_dialog import ActionDialog, fill_combo
from collectdesk.ui.account.date_edit import DateEdit
from collectdesk.ui.account.money_edit import MoneyEdit

ZERO = Decimal("0.00")


class PaymentDialog(ActionDialog):
    def __init__(self, ctx: ServiceContext, detail: AccountDetail, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(ctx, detail, parent)
        self.today = today or date.today()
        self.payment_id = None
        self.amount = MoneyEdit(detail.currency, self)
        self.currency = QComboBox(self)
        codes = [detail.currency] + sorted(KNOWN_CURRENCIES - {detail.currency})
        for code in codes:
            self.currency.addItem(code, code)
        self.paid_on = DateEdit(self.today, self)
        self.paid_on.set_range(None, self.today)
        self.method = QComboBox(self)
        self.reference = QLineEdit(self)
        self.reference.setMaxLength(120)
        self.amount_label, self.paid_on_label = QLabel(self), QLabel(self)
        self.method_label, self.reference_label = QLabel(self), QLabel(self)
        self.currency_label = QLabel(self)
        self.add_row(self.amount_label, self.amount)
        self.add_row(self.currency_label, self.currency)
        self.add_row(self.paid_on_label, self.paid_on)
        self.add_row(self.method_label, self.method)
        self.add_row(self.reference_label, self.reference)
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        self.overpayment = QCheckBox(self)
        self.add_wide(self.figures)
        self.add_wide(self.overpayment)
        self.currency.currentIndexChanged.connect(lambda: self.amount.setCurrency(self.currency.currentData()))
        self.watch(self.amount.textChanged, self.currency.currentIndexChanged, self.paid_on.dateChanged,
                   self.method.currentIndexChanged, self.reference.textChanged, self.overpayment.toggled)
        self.amount.textChanged.connect(self._show_excess)
        self.finish()
        self._show_excess()

    def excess(self) -> Decimal:
        value = self.amount.value()
        if value is None or self.currency.currentData() != self.detail.currency:
            return ZERO
        return max(ZERO, value - max(self.detail.balances.open, ZERO))

    def _show_excess(self) -> None:
        over = self.excess()
        self.figures.setVisible(over > 0)
        self.overpayment.setVisible(over > 0)
        if over <= 0:
            if self.overpayment.isChecked():
                self.overpayment.setChecked(False)
            return
        def money(value: Decimal) -> str:
            return i18n.format_money(value, self.detail.currency)

        self.figures.setText(self.tr(
            "Open balance {balance}, payment {amount}: {excess} more than is owed. The excess can be kept "
            "on the account as a credit.").format(
            balance=money(self.detail.balances.open), amount=money(self.amount.value()), excess=money(over)))
        self.overpayment.setText(self.tr("Post the e&xcess as an overpayment"))
        self.adjustSize()

    def validate(self) -> str | None:
        problem = self.amount.problem()
        if problem:
            return problem
        if self.currency.currentData() != self.detail.currency:
            return self.tr("The account is kept in {currency}; this payment is in {other}. Convert it before "
                           "posting.").format(currency=self.detail.currency, other=self.currency.currentData())
        if self.paid_on.value() > self.today:
            return self.tr("A payment cannot be dated in the future.")
        if self.excess() > 0 and not self.overpayment.isChecked():
            return self.tr("The payment is more than the open balance. Post the excess as an overpayment, "
                           "or correct the amount.")
        return None

    def submit(self) -> None:
        self.payment_id = payments.record_payment(
            self.ctx, self.detail.id, amount=self.amount.value(), paid_on=self.paid_on.value(),
            method=PaymentMethod(self.method.currentData()), reference=self.reference.text().strip() or None,
            currency=self.currency.currentData(),
            allow_overpayment=self.excess() > 0 and self.overpayment.isChecked(),
            expected_version=self.detail.version, today=self.today)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a payment"))
        self.amount_label.setText(self.tr("&Amount:"))
        self.currency_label.setText(self.tr("C&urrency:"))
        self.paid_on_label.setText(self.tr("&Paid on:"))
        self.method_label.setText(self.tr("&Method:"))
        self.reference_label.setText(self.tr("&Reference:"))
        self.reference.setPlaceholderText(self.tr("Bank reference or receipt number (optional)"))
        self.ok_button().setText(self.tr("Record pa&yment"))
        fill_combo(self.method, labels.choices(PaymentMethod))
        self._show_excess()
