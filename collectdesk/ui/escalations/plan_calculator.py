"""PlanCalculatorDialog: build a payment plan, see its schedule as you type, create it.

    dialog = PlanCalculatorDialog(ctx, account_id, parent, escalation_id=None)
    dialog.plan_id      # after OK: the plan created (services.plans.create_plan), proposed

The schedule is domain.plans.plan_schedule, recomputed on every keystroke (pure arithmetic, well under
a millisecond for 360 rows); the total under the table is the sum of the rows, to the cent.

Approval: the plan is created proposed. With an escalation it is linked to it, and approving the
escalation (the escalations pane's ApproveDialog, escalations.decide) approves this plan in the same
transaction, under the four-eyes rule, the routing limits and, on a shared database, the decider's own
login. (Until issue 6 was finished the calculator approved the plan at once when the login could decide
alone; that left the escalation open beside a running plan.)
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDoubleSpinBox, QHeaderView, QLabel, QSpinBox,
                               QTableView, QWidget)

from collectdesk import i18n
from collectdesk.domain.enums import PlanFrequency
from collectdesk.domain.errors import DomainError
from collectdesk.domain.plans import MAX_INSTALLMENTS, Schedule, plan_schedule
from collectdesk.services import account_view
from collectdesk.services.context import ServiceContext
from collectdesk.services.plans import create_plan
from collectdesk.ui.account.action_dialog import ActionDialog, fill_combo
from collectdesk.ui.account.date_edit import DateEdit
from collectdesk.ui.account.money_edit import MoneyEdit
from collectdesk.ui.escalations.plan_schedule_model import PlanScheduleModel

BY_COUNT, BY_INSTALLMENT = "count", "installment"
ZERO = Decimal("0.00")


class PlanCalculatorDialog(ActionDialog):
    def __init__(self, ctx: ServiceContext, account_id: uuid.UUID, parent: QWidget | None = None,
                 escalation_id: uuid.UUID | None = None):
        super().__init__(ctx, account_view.account_detail(ctx, account_id), parent)
        self.escalation_id = escalation_id
        self.plan_id: uuid.UUID | None = None
        self.schedule: Schedule | None = None
        self.schedule_problem: str | None = None
        currency = self.detail.currency
        self.setMinimumWidth(560)

        self.amount = MoneyEdit(currency, self)
        self.amount.setValue(self.detail.balances.open)
        self.amount_label = QLabel(self)
        self.add_row(self.amount_label, self.amount)
        self.frequency = QComboBox(self)
        self.frequency_label = QLabel(self)
        self.add_row(self.frequency_label, self.frequency)
        self.mode = QComboBox(self)
        self.mode_label = QLabel(self)
        self.add_row(self.mode_label, self.mode)
        self.count = QSpinBox(self)
        self.count.setRange(1, MAX_INSTALLMENTS)
        self.count.setValue(12)
        self.count_label = QLabel(self)
        self.add_row(self.count_label, self.count)
        self.installment = MoneyEdit(currency, self)
        self.installment_label = QLabel(self)
        self.add_row(self.installment_label, self.installment)
        self.first_due = DateEdit(date.today() + timedelta(days=14), self)
        self.first_due_label = QLabel(self)
        self.add_row(self.first_due_label, self.first_due)
        self.down_payment = MoneyEdit(currency, self, allow_zero=True)
        self.down_payment_label = QLabel(self)
        self.add_row(self.down_payment_label, self.down_payment)
        self.interest = QDoubleSpinBox(self)
        self.interest.setRange(0, 100)
        self.interest.setDecimals(2)
        self.interest.setSuffix(" %")
        self.interest_label = QLabel(self)
        self.add_row(self.interest_label, self.interest)
        self.fee = MoneyEdit(currency, self, allow_zero=True)
        self.fee_label = QLabel(self)
        self.add_row(self.fee_label, self.fee)

        self.schedule_model = PlanScheduleModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.schedule_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(220)
        self.add_wide(self.table)
        self.total = QLabel(self)
        self.total.setObjectName("planTotal")
        self.form.addRow(self.total)

        edits = (self.amount.textChanged, self.frequency.currentIndexChanged, self.mode.currentIndexChanged,
                 self.count.valueChanged, self.installment.textChanged, self.first_due.dateChanged,
                 self.down_payment.textChanged, self.interest.valueChanged, self.fee.textChanged)
        for signal in edits:
            signal.connect(self.recompute)  # before watch(): validate() reads the new schedule
        self.watch(*edits)
        self.finish()
        self.recompute()
        self.revalidate()

    # ------------------------------------------------------------------ the schedule
    def _optional(self, edit: MoneyEdit) -> Decimal | None:
        """An amount that may be left empty (zero); None when the text is not an amount."""
        return ZERO if not edit.text().strip() else edit.value()

    def _by_count(self) -> bool:
        return self.mode.currentData() != BY_INSTALLMENT

    def recompute(self, *_args) -> None:
        by_count = self._by_count()
        self.form.setRowVisible(self.count, by_count)
        self.form.setRowVisible(self.installment, not by_count)
        self.schedule, self.schedule_problem = None, None
        amount, down, fee = self.amount.value(), self._optional(self.down_payment), self._optional(self.fee)
        problem = (self.tr("Amount: {problem}").format(problem=self.amount.problem()) if amount is None else
                   self.tr("The down payment is not an amount.") if down is None else
                   self.tr("The fee is not an amount.") if fee is None else None)
        if problem is None and not by_count and self.installment.value() is None:
            problem = self.tr("Installment: {problem}").format(problem=self.installment.problem())
        if problem is None and amount > self.detail.balances.open:
            problem = self.tr("The plan amount is larger than the open balance ({balance}).").format(
                balance=i18n.format_money(self.detail.balances.open, self.detail.currency))
        if problem is None:
            try:
                self.schedule = plan_schedule(
                    amount, frequency=self.frequency.currentData(), first_due=self.first_due.value(),
                    count=self.count.value() if by_count else None,
                    installment=None if by_count else self.installment.value(), down_payment=down,
                    annual_interest_pct=self._interest_pct(), fee=fee)
            except DomainError as exc:
                problem = exc.message
        self.schedule_problem = problem
        self.schedule_model.set_schedule(self.schedule, self.detail.currency)
        self._show_total()

    def _interest_pct(self) -> Decimal | None:
        pct = Decimal(str(self.interest.value())).quantize(Decimal("0.01"))
        return pct or None

    def _show_total(self) -> None:
        s = self.schedule
        if s is None:
            self.total.setText("")
            return
        currency = self.detail.currency
        self.total.setText(self.tr("Total payable: {total} in %n installment(s); interest {interest}", "",
                                   len(s.installments)).format(
            total=i18n.format_money(s.total_payable, currency), interest=i18n.format_money(s.interest, currency)))

    # ------------------------------------------------------------------ ActionDialog hooks
    def validate(self) -> str | None:
        if self.first_due.value() < date.today():
            return self.tr("The first installment cannot fall due in the past.")
        return self.schedule_problem

    def submit(self) -> None:
        by_count = self._by_count()
        self.plan_id = create_plan(
            self.ctx, self.detail.id, frequency=self.frequency.currentData(), first_due=self.first_due.value(),
            count=self.count.value() if by_count else None,
            installment=None if by_count else self.installment.value(), amount=self.amount.value(),
            down_payment=self._optional(self.down_payment), annual_interest_pct=self._interest_pct(),
            fee=self._optional(self.fee), escalation_id=self.escalation_id, expected_version=self.detail.version)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Payment plan calculator"))
        fill_combo(self.frequency, [(PlanFrequency.MONTHLY, self.tr("Monthly")),
                                    (PlanFrequency.FORTNIGHTLY, self.tr("Every two weeks")),
                                    (PlanFrequency.WEEKLY, self.tr("Weekly"))])
        fill_combo(self.mode, [(BY_COUNT, self.tr("Number of installments")),
                               (BY_INSTALLMENT, self.tr("Installment amount"))])
        self.amount_label.setText(self.tr("&Amount:"))
        self.frequency_label.setText(self.tr("&Frequency:"))
        self.mode_label.setText(self.tr("&Plan by:"))
        self.count_label.setText(self.tr("&Installments:"))
        self.installment_label.setText(self.tr("I&nstallment:"))
        self.first_due_label.setText(self.tr("First &due:"))
        self.down_payment_label.setText(self.tr("Do&wn payment:"))
        self.interest_label.setText(self.tr("Interest per &year:"))
        self.fee_label.setText(self.tr("F&ee:"))
        self.table.setAccessibleName(self.tr("Schedule of the installments"))
        self.schedule_model.retranslate()
        self._show_total()
        if hasattr(self, "buttons"):
            self.ok_button().setText(self.tr("&Create plan"))
