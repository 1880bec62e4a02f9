"""RaiseEscalationDialog: take a hard account to the supervisor (services.escalations.raise_escalation).

    dialog = RaiseEscalationDialog(ctx, account_id, raised_by_id, parent)
    dialog.escalation_id        # after OK: the new escalation's id

The proposed terms follow the requested decision: installments and the first due date for a payment
plan; a settlement amount or a discount % for a settlement; the amount written off for a write-off;
nothing for the others. Files chosen under Attachments (ChosenFiles: over 20 MB refused as they are
chosen) are stored with the escalation in the same transaction. Validation runs as the user types
(ActionDialog): OK stays disabled and the reason is shown under the form.

EscalateDialog is the same form opened from the account panel (its action dialogs get the account
detail): the person raising it is the staff member whose username is the database login.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QLabel, QPlainTextEdit, QSpinBox, QStackedWidget,
                               QWidget)

from collectdesk.domain.enums import EscalationDecision, EscalationReason
from collectdesk.domain.errors import ValidationError
from collectdesk.services import account_view
from collectdesk.services.account_view import AccountDetail
from collectdesk.services.context import ServiceContext
from collectdesk.services.escalations import raise_escalation
from collectdesk.services.staff import staff_of_login
from collectdesk.ui import labels
from collectdesk.ui.account.action_dialog import ActionDialog, fill_combo
from collectdesk.ui.account.date_edit import DateEdit
from collectdesk.ui.account.money_edit import MoneyEdit
from collectdesk.ui.escalations.chosen_files import ChosenFiles

TERMS_NONE, TERMS_PLAN, TERMS_SETTLEMENT, TERMS_WRITE_OFF = range(4)
TERMS_PAGE = {EscalationDecision.PAYMENT_PLAN: TERMS_PLAN, EscalationDecision.SETTLEMENT: TERMS_SETTLEMENT,
              EscalationDecision.WRITE_OFF: TERMS_WRITE_OFF}
SETTLE_BY_AMOUNT, SETTLE_BY_PERCENT = "amount", "percent"
NOTE_MAX = 2000


class RaiseEscalationDialog(ActionDialog):
    def __init__(self, ctx: ServiceContext, account_id: uuid.UUID, raised_by_id: uuid.UUID,
                 parent: QWidget | None = None, *, detail: AccountDetail | None = None):
        super().__init__(ctx, detail or account_view.account_detail(ctx, account_id), parent)
        self.raised_by_id = raised_by_id
        self.escalation_id: uuid.UUID | None = None
        self.setMinimumWidth(480)  # room for the attachments' names
        currency = self.detail.currency
        open_balance = self.detail.balances.open

        self.reason = QComboBox(self)
        self.reason_label = QLabel(self)
        self.add_row(self.reason_label, self.reason)
        self.decision = QComboBox(self)
        self.decision_label = QLabel(self)
        self.add_row(self.decision_label, self.decision)
        self.amount = MoneyEdit(currency, self, allow_zero=True)
        self.amount.setValue(open_balance)
        self.amount_label = QLabel(self)
        self.add_row(self.amount_label, self.amount)

        # proposed terms: one widget per kind of decision, the fields in the same form
        self.installments = QSpinBox(self)
        self.installments.setRange(0, 360)
        self.installments.setValue(12)
        self.installments_label = QLabel(self)
        self.add_row(self.installments_label, self.installments)
        self.first_due = DateEdit(date.today() + timedelta(days=14), self)
        self.first_due_label = QLabel(self)
        self.add_row(self.first_due_label, self.first_due)
        self.settle_by = QComboBox(self)
        self.settle_by_label = QLabel(self)
        self.add_row(self.settle_by_label, self.settle_by)
        self.settle_pages = QStackedWidget(self)
        self.settlement_amount = MoneyEdit(currency, self.settle_pages)
        self.discount_pct = QDoubleSpinBox(self.settle_pages)
        self.discount_pct.setRange(0, 100)
        self.discount_pct.setDecimals(1)
        self.discount_pct.setSuffix(" %")
        self.settle_pages.addWidget(self.settlement_amount)
        self.settle_pages.addWidget(self.discount_pct)
        self.settle_label = QLabel(self)
        self.add_row(self.settle_label, self.settle_pages)
        self._fields.extend([self.settlement_amount, self.discount_pct])  # both pages in the tab chain
        self.write_off = MoneyEdit(currency, self)
        self.write_off.setValue(open_balance)
        self.write_off_label = QLabel(self)
        self.add_row(self.write_off_label, self.write_off)

        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.note_label = QLabel(self)
        self.add_row(self.note_label, self.note)
        # files that go with it (payslips, letters): refused as chosen when too large, saved with the case
        self.files = ChosenFiles(self)
        self.files_label = QLabel(self)
        self.files_label.setBuddy(self.files.list)
        self.form.addRow(self.files_label, self.files)
        self._fields.extend(self.files.focus_chain())
        self.files.refused.connect(self.show_error)

        self.watch(self.reason.currentIndexChanged, self.decision.currentIndexChanged, self.amount.textChanged,
                   self.installments.valueChanged, self.first_due.dateChanged, self.settle_by.currentIndexChanged,
                   self.settlement_amount.textChanged, self.discount_pct.valueChanged, self.write_off.textChanged,
                   self.note.textChanged)
        self.decision.currentIndexChanged.connect(self._show_terms)
        self.settle_by.currentIndexChanged.connect(self._show_terms)
        self.finish()
        self._show_terms()

    # ------------------------------------------------------------------ terms fields
    def _decision(self) -> EscalationDecision | None:
        return self.decision.currentData()

    def _terms_page(self) -> int:
        return TERMS_PAGE.get(self._decision(), TERMS_NONE)

    def _show_terms(self) -> None:
        page = self._terms_page()
        rows = {TERMS_PLAN: (self.installments, self.first_due), TERMS_SETTLEMENT: (self.settle_by, self.settle_pages),
                TERMS_WRITE_OFF: (self.write_off,)}
        for kind, widgets in rows.items():
            for widget in widgets:
                self.form.setRowVisible(widget, kind == page)
        by_percent = self.settle_by.currentData() == SETTLE_BY_PERCENT
        self.settle_pages.setCurrentWidget(self.discount_pct if by_percent else self.settlement_amount)
        self.settle_label.setBuddy(self.settle_pages.currentWidget())
        self.revalidate()

    def proposed_terms(self) -> dict | None:
        page = self._terms_page()
        if page == TERMS_PLAN:
            return {"installments": self.installments.value(), "first_due": self.first_due.value().isoformat()}
        if page == TERMS_SETTLEMENT:
            if self.settle_by.currentData() == SETTLE_BY_PERCENT:
                return {"discount_pct": str(Decimal(str(self.discount_pct.value())).quantize(Decimal("0.1")))}
            value = self.settlement_amount.value()
            return {"settlement_amount": str(value) if value is not None else None}
        if page == TERMS_WRITE_OFF:
            value = self.write_off.value()
            return {"write_off_amount": str(value) if value is not None else None}
        return None

    # ------------------------------------------------------------------ ActionDialog hooks
    def validate(self) -> str | None:
        if self.reason.currentData() is None:
            return self.tr("Choose the reason for the escalation.")
        if self._decision() is None:
            return self.tr("Choose the decision you are asking for.")
        problem = self.amount.problem()
        if problem:
            return self.tr("Amount at stake: {problem}").format(problem=problem)
        page = self._terms_page()
        if page == TERMS_PLAN:
            if self.installments.value() < 1:
                return self.tr("A payment plan needs at least one installment.")
            if self.first_due.value() < date.today():
                return self.tr("The first installment cannot fall due in the past.")
        elif page == TERMS_SETTLEMENT:
            if self.settle_by.currentData() == SETTLE_BY_PERCENT:
                if not 0 < self.discount_pct.value() < 100:
                    return self.tr("The discount must be more than 0 % and less than 100 %.")
            else:
                problem = self.settlement_amount.problem()
                if problem:
                    return self.tr("Settlement amount: {problem}").format(problem=problem)
                if self.settlement_amount.value() >= self.amount.value():
                    return self.tr("The settlement amount must be less than the amount at stake.")
        elif page == TERMS_WRITE_OFF:
            problem = self.write_off.problem()
            if problem:
                return self.tr("Amount written off: {problem}").format(problem=problem)
            if self.write_off.value() > self.detail.balances.open:
                return self.tr("The amount written off cannot be more than the open balance.")
        note = self.note.toPlainText().strip()
        if not note:
            return self.tr("Write a note: what happened and why the account needs a decision.")
        if len(note) > NOTE_MAX:
            return self.tr("The note is too long ({length} of at most {most} characters).").format(
                length=len(note), most=NOTE_MAX)
        return None

    def submit(self) -> None:
        self.escalation_id = raise_escalation(
            self.ctx, self.detail.id, raised_by_id=self.raised_by_id, reason=self.reason.currentData(),
            requested_decision=self._decision(), proposed_terms=self.proposed_terms(),
            note=self.note.toPlainText().strip(), amount_at_stake=self.amount.value(),
            attachments=self.files.paths())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Escalate account"))
        fill_combo(self.reason, [(None, self.tr("Choose…"))] + labels.choices(EscalationReason))
        fill_combo(self.decision, [(None, self.tr("Choose…"))] + labels.choices(EscalationDecision))
        fill_combo(self.settle_by, [(SETTLE_BY_AMOUNT, self.tr("Amount to be paid")),
                                    (SETTLE_BY_PERCENT, self.tr("Discount in percent"))])
        self.reason_label.setText(self.tr("&Reason:"))
        self.decision_label.setText(self.tr("Requested &decision:"))
        self.amount_label.setText(self.tr("A&mount at stake:"))
        self.installments_label.setText(self.tr("&Installments:"))
        self.first_due_label.setText(self.tr("&First due:"))
        self.settle_by_label.setText(self.tr("Settle &by:"))
        self.settle_label.setText(self.tr("Se&ttlement:"))
        self.write_off_label.setText(self.tr("&Write off:"))
        self.note_label.setText(self.tr("&Note:"))
        self.files_label.setText(self.tr("Attachment&s:"))
        self.note.setPlaceholderText(self.tr("What happened, what the debtor said, why you ask for this decision"))


class EscalateDialog(RaiseEscalationDialog):
    """The account panel's "Escalate…" action: the panel gives the account it shows; the person raising it
    is the staff member whose username is the login (staff.staff_of_login); a login that is no staff
    member's cannot raise one (the panel shows the refusal instead of the form)."""

    def __init__(self, ctx: ServiceContext, detail: AccountDetail, parent: QWidget | None = None):
        me = staff_of_login(ctx)
        if me is None:
            raise ValidationError(QCoreApplication.translate(
                "RaiseEscalationDialog", "Your login ({login}) is not a staff member, so you cannot raise an "
                                         "escalation.").format(login=ctx.actor))
        super().__init__(ctx, detail.id, me.id, parent, detail=detail)
