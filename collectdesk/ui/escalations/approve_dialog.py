"""ApproveDialog: approve an escalation, knowing what the approval will do.

    dialog = ApproveDialog(ctx, case, decider_id, decider_name, parent, note="")
    dialog.calculator_requested     # the user chose to build the plan with the calculator instead

The approval goes through escalations.decide(action=APPROVED, terms=...), which carries it out in the
same transaction (services.escalation_outcome). The dialog first says in plain words what will happen,
then asks only for what that needs:

- payment plan: the plan built for the case with the calculator (count × installment, first due, total)
  is approved as it is; without one, the number of installments, first due date, frequency and amount
  (a plan with a down payment, interest or a fee is built with the calculator: a button leads there);
- settlement: the amount or the discount, and the deadline (no default: it is chosen, never in the past);
- write-off: the whole open balance or part of it, the reason, the accounting reference;
- hold, legal referral, senior review: only the note.

The fields start from the terms on the table: those proposed, overlaid by the last counter-proposal.
Validation runs as the user types (ActionDialog); a refusal from the service (four-eyes, a senior
manager's case, a stale case) is shown in the dialog and nothing typed is lost.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox,
                               QStackedWidget, QWidget)

from collectdesk import i18n
from collectdesk.domain.enums import (EscalationAction, EscalationDecision, PlanFrequency, PlanStatus,
                                      WriteOffReason)
from collectdesk.services import account_view, escalation_outcome, escalations
from collectdesk.services.context import ServiceContext
from collectdesk.services.escalations import EscalationDetail
from collectdesk.ui import labels
from collectdesk.ui.account.action_dialog import ActionDialog, fill_combo
from collectdesk.ui.account.date_edit import DateEdit
from collectdesk.ui.account.money_edit import MoneyEdit
from collectdesk.ui.escalations.outcome_text import frequency_of, installments_text

BY_AMOUNT, BY_PERCENT = "amount", "percent"
WHOLE, PART = "whole", "part"
NOTE_MAX = 2000
REF_MAX = 64  # WriteOff.accounting_ref


def terms_on_the_table(ctx: ServiceContext, case: EscalationDetail) -> dict:
    """The terms proposed when raised, overlaid by the last counter-proposal's (what approval starts from)."""
    terms = dict(case.proposed_terms or {})
    counters = [h.terms for h in escalations.history(ctx, case.id)
                if h.action == EscalationAction.COUNTER_PROPOSAL and h.terms]
    if counters:
        if "settlement_amount" in counters[-1] or "discount_pct" in counters[-1]:
            terms.pop("settlement_amount", None)
            terms.pop("discount_pct", None)
        terms.update(counters[-1])
    return terms


def _decimal(value) -> Decimal | None:
    try:
        return Decimal(str(value)) if value not in (None, "") else None
    except (InvalidOperation, ValueError):
        return None


class ApproveDialog(ActionDialog):
    calculator_requested = Signal()

    def __init__(self, ctx: ServiceContext, case: EscalationDetail, decider_id: uuid.UUID, decider_name: str,
                 parent: QWidget | None = None, *, note: str = ""):
        super().__init__(ctx, account_view.account_detail(ctx, case.account_id), parent)
        self.case = case
        self.decider_id = decider_id
        self.decider_name = decider_name
        self.kind = EscalationDecision(case.requested_decision)
        self.plan = escalation_outcome.outcome(ctx, case.id).plan if self.kind == EscalationDecision.PAYMENT_PLAN \
            else None
        self.terms = terms_on_the_table(ctx, case)
        self.setMinimumWidth(480)

        self.explain = QLabel(self)
        self.explain.setObjectName("approveExplain")
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.explain)
        edits = []
        if self.kind == EscalationDecision.PAYMENT_PLAN and self.plan is None:
            edits = self._build_plan_fields()
        elif self.kind == EscalationDecision.SETTLEMENT:
            edits = self._build_settlement_fields()
        elif self.kind == EscalationDecision.WRITE_OFF:
            edits = self._build_write_off_fields()
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.note.setPlainText(note)
        self.note_label = QLabel(self)
        self.add_row(self.note_label, self.note)
        self.watch(*edits, self.note.textChanged)
        self.finish()
        self._preset()

    # ------------------------------------------------------------------ building the fields
    def _row(self, field: QWidget) -> QLabel:
        label = QLabel(self)
        self.add_row(label, field)
        return label

    def _build_plan_fields(self) -> list:
        self.installments = QSpinBox(self)
        self.installments.setRange(0, 360)
        proposed = self.terms.get("installments")
        self.installments.setValue(int(proposed) if str(proposed or "").isdigit() else 12)
        self.installments_label = self._row(self.installments)
        self.first_due = DateEdit(date.today() + timedelta(days=14), self)
        if self.terms.get("first_due"):
            try:
                self.first_due.set_date(max(date.fromisoformat(str(self.terms["first_due"])), date.today()))
            except ValueError:
                pass
        self.first_due.set_range(date.today(), None)
        self.first_due_label = self._row(self.first_due)
        self.frequency = QComboBox(self)
        self.frequency_label = self._row(self.frequency)
        self.plan_amount = MoneyEdit(self.detail.currency, self)
        self.plan_amount.setValue(_decimal(self.terms.get("plan_amount")) or self.detail.balances.open)
        self.plan_amount_label = self._row(self.plan_amount)
        self.calculator_hint = QLabel(self)
        self.calculator_hint.setWordWrap(True)
        self.calculator_button = QPushButton(self)
        self.calculator_button.clicked.connect(self._to_calculator)
        self.form.addRow(self.calculator_hint)
        self.add_wide(self.calculator_button)
        return [self.installments.valueChanged, self.first_due.dateChanged, self.frequency.currentIndexChanged,
                self.plan_amount.textChanged]

    def _build_settlement_fields(self) -> list:
        self.settle_by = QComboBox(self)
        self.settle_by_label = self._row(self.settle_by)
        self.settle_pages = QStackedWidget(self)
        self.settlement_amount = MoneyEdit(self.detail.currency, self.settle_pages)
        self.discount_pct = QDoubleSpinBox(self.settle_pages)
        self.discount_pct.setRange(0, 100)
        self.discount_pct.setDecimals(1)
        self.discount_pct.setSuffix(" %")
        self.settle_pages.addWidget(self.settlement_amount)
        self.settle_pages.addWidget(self.discount_pct)
        self.settle_label = QLabel(self)
        self.settle_label.setBuddy(self.settlement_amount)
        self.form.addRow(self.settle_label, self.settle_pages)
        self._fields.extend([self.settlement_amount, self.discount_pct])
        # no default deadline: the date shown as "Choose a date" (the day before today) means none chosen yet
        self.deadline = DateEdit(date.today() - timedelta(days=1), self)
        self.deadline.set_range(date.today() - timedelta(days=1), None)
        self.deadline_label = self._row(self.deadline)
        amount, pct = _decimal(self.terms.get("settlement_amount")), _decimal(self.terms.get("discount_pct"))
        if amount is not None:
            self.settlement_amount.setValue(amount)
        if pct is not None:
            self.discount_pct.setValue(float(pct))
        if self.terms.get("deadline"):
            try:
                self.deadline.set_date(max(date.fromisoformat(str(self.terms["deadline"])), self._no_deadline()))
            except ValueError:
                pass
        self._settle_by_percent_first = amount is None and pct is not None
        self.settle_by.currentIndexChanged.connect(self._show_settle_page)
        return [self.settle_by.currentIndexChanged, self.settlement_amount.textChanged, self.discount_pct.valueChanged,
                self.deadline.dateChanged]

    def _build_write_off_fields(self) -> list:
        self.scope = QComboBox(self)
        self.scope_label = self._row(self.scope)
        self.write_off_amount = MoneyEdit(self.detail.currency, self)
        proposed = _decimal(self.terms.get("write_off_amount"))
        self._part_amount = min(proposed, self.detail.balances.open) if proposed is not None else \
            self.detail.balances.open
        self.write_off_amount.setValue(self._part_amount)
        self.write_off_amount_label = self._row(self.write_off_amount)
        self.reason = QComboBox(self)
        self.reason_label = self._row(self.reason)
        self.accounting_ref = QLineEdit(self)
        self.accounting_ref.setMaxLength(REF_MAX)
        self.accounting_ref.setText(str(self.terms.get("accounting_ref") or ""))
        self.accounting_ref_label = self._row(self.accounting_ref)
        self._partial_first = proposed is not None and proposed < self.detail.balances.open
        self.scope.currentIndexChanged.connect(self._show_scope)
        return [self.scope.currentIndexChanged, self.write_off_amount.textChanged, self.reason.currentIndexChanged,
                self.accounting_ref.textChanged]

    def _preset(self) -> None:
        """Start the choices from the terms on the table (not counted as the user's edits)."""
        if hasattr(self, "frequency") and self.terms.get("frequency") in set(PlanFrequency):
            self.preselect(self.frequency, PlanFrequency(self.terms["frequency"]))
        if hasattr(self, "settle_by"):
            self.preselect(self.settle_by, BY_PERCENT if self._settle_by_percent_first else BY_AMOUNT)
            self._show_settle_page()
        if hasattr(self, "scope"):
            self.preselect(self.scope, PART if self._partial_first else WHOLE)
            self._show_scope()
            if self.terms.get("write_off_reason") in set(WriteOffReason):
                self.preselect(self.reason, WriteOffReason(self.terms["write_off_reason"]))

    # ------------------------------------------------------------------ behaviour
    def _no_deadline(self) -> date:
        return date.today() - timedelta(days=1)

    def _show_settle_page(self, *_args) -> None:
        by_percent = self.settle_by.currentData() == BY_PERCENT
        self.settle_pages.setCurrentWidget(self.discount_pct if by_percent else self.settlement_amount)
        self.settle_label.setBuddy(self.settle_pages.currentWidget())
        self._retranslate_settle_label()

    def _show_scope(self, *_args) -> None:
        """The whole balance shows in the (disabled) amount; part of it brings back the amount typed."""
        partial = self.scope.currentData() == PART
        if partial and not self.write_off_amount.isEnabled():
            self.write_off_amount.setValue(self._part_amount)
        elif not partial and self.write_off_amount.isEnabled():
            self._part_amount = self.write_off_amount.value() or self._part_amount
            self.write_off_amount.setValue(self.detail.balances.open)
        self.write_off_amount.setEnabled(partial)

    def _to_calculator(self) -> None:
        self.reject()
        self.calculator_requested.emit()

    def header_text(self) -> str:
        return self.tr("{account} · {debtor}\nOpen balance: {balance} · approved by {who}").format(
            account=self.detail.account_no, debtor=self.detail.debtor.name, who=self.decider_name,
            balance=i18n.format_money(self.detail.balances.open, self.detail.currency))

    def explanation(self) -> str:
        k, plan = self.kind, self.plan
        if k == EscalationDecision.PAYMENT_PLAN and plan is not None and plan.status == PlanStatus.PROPOSED:
            return self.tr("Approving puts the payment plan built for this case into effect: {installments}, "
                           "first due {first}, {total} in all. The account goes on a payment plan and the "
                           "installments are followed against the payments.").format(
                installments=installments_text(plan.installment_count, plan.installment, plan.currency,
                                               frequency_of(plan)),
                first=i18n.format_date(plan.next_due) if plan.next_due else "–",
                total=i18n.format_money(plan.payable, plan.currency))
        if k == EscalationDecision.PAYMENT_PLAN and plan is not None:
            return self.tr("The payment plan for this case is already running ({status}). Approving closes the "
                           "case; the plan stays as it is.").format(status=labels.plan_status_label(plan.state))
        if k == EscalationDecision.PAYMENT_PLAN:
            return self.tr("Approving creates a payment plan with these terms and puts it into effect at once: the "
                           "account goes on a payment plan.")
        if k == EscalationDecision.SETTLEMENT:
            return self.tr("Approving offers the debtor a settlement and accepts it. If the amount is paid by the "
                           "deadline, the rest of the balance is written off (reason: settlement); if not, the "
                           "offer lapses and the whole balance is owed again.")
        if k == EscalationDecision.WRITE_OFF:
            return self.tr("Approving writes the amount off now: the balance goes down by it, and the write-off "
                           "goes into the journal for accounting under the name of {who}.").format(
                who=self.decider_name)
        if k == EscalationDecision.HOLD:
            return self.tr("Approving puts the account on hold: collection stops until someone changes its status.")
        if k == EscalationDecision.LEGAL_REFERRAL:
            return self.tr("Approving refers the account to legal: its status becomes Legal and it leaves normal "
                           "collection.")
        return self.tr("Approving records the senior manager's review as done. Nothing changes on the account.")

    def validate(self) -> str | None:
        open_balance = self.detail.balances.open
        if self.kind == EscalationDecision.PAYMENT_PLAN and self.plan is None:
            if self.installments.value() < 1:
                return self.tr("A payment plan needs at least one installment.")
            if self.first_due.value() < date.today():
                return self.tr("The first installment cannot fall due in the past.")
            problem = self.plan_amount.problem()
            if problem:
                return self.tr("Plan amount: {problem}").format(problem=problem)
            if self.plan_amount.value() > open_balance:
                return self.tr("The plan amount cannot be more than the open balance.")
        elif self.kind == EscalationDecision.SETTLEMENT:
            if self.settle_by.currentData() == BY_PERCENT:
                if not 0 < self.discount_pct.value() < 100:
                    return self.tr("The discount must be more than 0 % and less than 100 %.")
            else:
                problem = self.settlement_amount.problem()
                if problem:
                    return self.tr("Settlement amount: {problem}").format(problem=problem)
                if self.settlement_amount.value() >= open_balance:
                    return self.tr("The settlement amount must be less than the open balance.")
            if self.deadline.value() <= self._no_deadline():
                return self.tr("Choose the deadline by which the debtor pays the settlement.")
        elif self.kind == EscalationDecision.WRITE_OFF:
            problem = self.write_off_amount.problem()
            if problem:
                return self.tr("Amount written off: {problem}").format(problem=problem)
            if self.write_off_amount.value() > open_balance:
                return self.tr("The amount written off cannot be more than the open balance.")
            if self.reason.currentData() is None:
                return self.tr("Choose the reason for the write-off.")
        if len(self.note.toPlainText().strip()) > NOTE_MAX:
            return self.tr("The note is too long ({length} of at most {most} characters).").format(
                length=len(self.note.toPlainText().strip()), most=NOTE_MAX)
        return None

    def approval_terms(self) -> dict | None:
        """The terms given with the approval (escalation_outcome reads them)."""
        if self.kind == EscalationDecision.PAYMENT_PLAN and self.plan is None:
            return {"installments": self.installments.value(), "first_due": self.first_due.value().isoformat(),
                    "frequency": str(self.frequency.currentData()), "plan_amount": str(self.plan_amount.value())}
        if self.kind == EscalationDecision.SETTLEMENT:
            terms = {"deadline": self.deadline.value().isoformat()}
            if self.settle_by.currentData() == BY_PERCENT:
                terms["discount_pct"] = str(Decimal(str(self.discount_pct.value())).quantize(Decimal("0.1")))
            else:
                terms["settlement_amount"] = str(self.settlement_amount.value())
            return terms
        if self.kind == EscalationDecision.WRITE_OFF:
            terms = {"write_off_amount": str(self.write_off_amount.value()),
                     "write_off_reason": str(self.reason.currentData())}
            if self.accounting_ref.text().strip():
                terms["accounting_ref"] = self.accounting_ref.text().strip()
            return terms
        return None

    def submit(self) -> None:
        escalations.decide(self.ctx, self.case.id, action=EscalationAction.APPROVED, decided_by_id=self.decider_id,
                           note=self.note.toPlainText().strip(), terms=self.approval_terms(),
                           expected_version=self.case.version)

    # ------------------------------------------------------------------ language
    def _retranslate_settle_label(self) -> None:
        if self.settle_by.currentData() == BY_PERCENT:
            self.settle_label.setText(self.tr("D&iscount:"))
        else:
            self.settle_label.setText(self.tr("&Amount to pay:"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Approve: {decision}").format(
            decision=labels.escalation_decision_label(self.kind)))
        self.explain.setText(self.explanation())
        if hasattr(self, "installments"):
            self.installments_label.setText(self.tr("&Installments:"))
            self.first_due_label.setText(self.tr("&First due:"))
            fill_combo(self.frequency, labels.choices(PlanFrequency)[::-1])  # monthly first: the usual one
            self.frequency_label.setText(self.tr("Fre&quency:"))
            self.plan_amount_label.setText(self.tr("Plan a&mount:"))
            self.calculator_hint.setText(self.tr("A down payment, interest or a fee: build the plan with the "
                                                 "payment plan calculator instead."))
            self.calculator_button.setText(self.tr("Use the plan &calculator…"))
        if hasattr(self, "settle_by"):
            fill_combo(self.settle_by, [(BY_AMOUNT, self.tr("Amount to be paid")),
                                        (BY_PERCENT, self.tr("Discount in percent"))])
            self._show_settle_page()
            self.settle_by_label.setText(self.tr("Settle &by:"))
            self.deadline.setSpecialValueText(self.tr("Choose a date"))
            self.deadline_label.setText(self.tr("&Deadline:"))
        if hasattr(self, "scope"):
            fill_combo(self.scope, [(WHOLE, self.tr("The whole open balance")), (PART, self.tr("Part of it"))])
            self.scope_label.setText(self.tr("&Write off:"))
            self.write_off_amount_label.setText(self.tr("A&mount:"))
            fill_combo(self.reason, [(None, self.tr("Choose…"))] + labels.choices(WriteOffReason))
            self.reason_label.setText(self.tr("&Reason:"))
            self.accounting_ref_label.setText(self.tr("Accoun&ting reference:"))
            self.accounting_ref.setPlaceholderText(self.tr("Booking or voucher number"))
        self.note_label.setText(self.tr("&Note:"))
        self.note.setPlaceholderText(self.tr("Why you approve, anything the collector should know"))
        self.ok_button().setText(self.tr("A&pprove"))
