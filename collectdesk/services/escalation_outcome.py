"""Carrying out an approved escalation, and reading back what it created.

    approved_terms(s, esc, given) -> dict    what is approved (and routed): see below
    carry_out(s, esc, actor, terms, today)   inside escalations.decide(action=APPROVED)'s transaction
    mark_escalated(s, esc, account) / restore_account_status(s, esc)   the account's status
    outcome(ctx, escalation_id, today=None) -> Outcome   the plan, settlement and write-offs it created
    outcome_in(s, escalation_id, today) -> Outcome        the same inside a caller's session (account_view)

What is approved: the terms proposed when it was raised, overlaid by the last counter-proposal's, overlaid
by the terms given with the approval (a key given later wins; a settlement amount and a discount
percentage replace each other). A full set of terms given later therefore replaces the earlier ones, and
an approval may add only what is missing (a settlement's deadline). For a payment plan already built for
the escalation with the plan calculator (a proposed plan linked to it), its number of installments is what
is approved. Routing (escalations._route) reads exactly these terms.

What approval does, per requested decision (one transaction with the decision: a failure changes nothing):
  - payment plan: the newest proposed plan linked to the escalation is approved (older proposals for it
    are cancelled); a plan already running for it (approved at once in the calculator) stays as it is;
    otherwise a plan is built from the terms: "installments" (required), "first_due" (ISO date, default
    one period after today), "frequency" (weekly/fortnightly/monthly, default monthly), "plan_amount"
    (default the open balance), and approved. Approved by the decider's full name.
  - settlement: offered and accepted at once: "settlement_amount" or "discount_pct", "deadline" (ISO
    date, required); decided by the decider; swept to fulfilled or lapsed like any settlement.
  - write-off: "write_off_amount" (default: the amount at stake, at most the open balance, which is what
    routing checked against the limits), "write_off_reason" (default fraud for suspected fraud, else
    uncollectable), "accounting_ref"; approved by the decider, linked to the escalation.
  - hold: the account goes on hold; legal referral: to legal; senior review: no change.
Afterwards an account still marked escalated goes back to the status it had when the escalation was
raised (escalation.prior_account_status), as it does when the escalation is rejected or withdrawn.

Account status while open: raising marks an open account escalated, except one with legal action or a
running payment plan (the plan's own states key off the payment-plan status); closed accounts keep theirs.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from collectdesk.domain.enums import (AccountStatus, EscalationAction, EscalationDecision, EscalationReason,
                                      EscalationStatus, PlanFrequency, PlanStatus, PromiseStatus, SettlementStatus,
                                      WriteOffReason)
from collectdesk.domain.errors import ValidationError
from collectdesk.domain.periods import add_months
from collectdesk.services import plans, settlements
from collectdesk.services.context import ServiceContext, load
from collectdesk.services.write_offs import write_off_in
from collectdesk.store.models import Account, PaymentPlan, Promise, Settlement, StaffMember, WriteOff
from collectdesk.store.models.escalations import Escalation, EscalationEvent

_translate = QCoreApplication.translate  # an alias lupdate reads (translations/update.py resolves it)

OPEN_ESCALATION = (EscalationStatus.SUBMITTED, EscalationStatus.UNDER_REVIEW, EscalationStatus.REFERRED,
                   EscalationStatus.INFO_REQUESTED, EscalationStatus.COUNTER_PROPOSED)
# an open account in one of these keeps its status when escalated
KEEPS_STATUS = (AccountStatus.LEGAL, AccountStatus.PAYMENT_PLAN)
PRICE_KEYS = ("settlement_amount", "discount_pct")  # one replaces the other


# ------------------------------------------------------------------------------------------------ terms

def approved_terms(s: Session, esc: Escalation, given: dict | None) -> dict:
    """What an approval now would approve (module docstring): proposed < last counter-proposal < given."""
    counter = s.scalar(select(EscalationEvent.terms).where(
        EscalationEvent.escalation_id == esc.id, EscalationEvent.action == EscalationAction.COUNTER_PROPOSAL)
        .order_by(EscalationEvent.at.desc()).limit(1))
    terms: dict = {}
    for layer in (_load(esc.proposed_terms), _load(counter), given):
        if not layer:
            continue
        if any(k in layer for k in PRICE_KEYS):
            for k in PRICE_KEYS:
                terms.pop(k, None)
        terms.update(layer)
    if esc.requested_decision == EscalationDecision.PAYMENT_PLAN:
        plan = _proposed_plans(s, esc.id)[:1]
        if plan:
            terms["installments"] = plan[0].installment_count
    return terms


# ------------------------------------------------------------------------------------------- carry out

def carry_out(s: Session, esc: Escalation, actor: StaffMember, terms: dict, today: date) -> None:
    """Within decide()'s transaction: do what the approved escalation asked for (module docstring)."""
    account = s.get(Account, esc.account_id)
    decision = EscalationDecision(esc.requested_decision)
    if decision == EscalationDecision.PAYMENT_PLAN:
        _carry_out_plan(s, esc, account, actor, terms, today)
    elif decision == EscalationDecision.SETTLEMENT:
        _carry_out_settlement(s, esc, account, actor, terms, today)
    elif decision == EscalationDecision.WRITE_OFF:
        _carry_out_write_off(s, esc, account, actor, terms, today)
    elif decision == EscalationDecision.HOLD and account.status.is_open:
        account.status = AccountStatus.ON_HOLD
    elif decision == EscalationDecision.LEGAL_REFERRAL and account.status.is_open:
        account.status = AccountStatus.LEGAL
    restore_account_status(s, esc)


def _proposed_plans(s: Session, escalation_id: uuid.UUID) -> list[PaymentPlan]:
    return list(s.scalars(select(PaymentPlan).where(PaymentPlan.escalation_id == escalation_id,
                                                     PaymentPlan.status == PlanStatus.PROPOSED)
                          .order_by(PaymentPlan.created_at.desc(), PaymentPlan.id)))


def _carry_out_plan(s, esc, account, actor, terms, today) -> None:
    proposed = _proposed_plans(s, esc.id)
    if proposed:
        plans.approve_plan_in(s, proposed[0], actor.full_name)
        for older in proposed[1:]:
            older.status = PlanStatus.CANCELLED
        return
    if s.scalar(select(PaymentPlan.id).where(PaymentPlan.escalation_id == esc.id,
                                             PaymentPlan.status.in_(plans.RUNNING)).limit(1)) is not None:
        return  # approved at once in the plan calculator
    if terms.get("installments") in (None, ""):
        raise ValidationError(_translate(
            "EscalationOutcome", "There is no payment plan to approve: build the plan with the payment plan "
                                 "calculator first, or give the number of installments."))
    try:
        frequency = PlanFrequency(terms.get("frequency") or PlanFrequency.MONTHLY)
    except ValueError:
        raise ValidationError(_translate(
            "EscalationOutcome", "Choose how often the installments fall due: weekly, fortnightly or monthly.")
        ) from None
    first_due = _date(terms.get("first_due"), _translate(
        "EscalationOutcome", "The first due date of the plan is not a date: {value}"))
    if first_due is None:
        first_due = add_months(today, 1) if frequency == PlanFrequency.MONTHLY else today + timedelta(
            days=7 if frequency == PlanFrequency.WEEKLY else 14)
    if first_due < today:
        raise ValidationError(_translate(
            "EscalationOutcome", "The first installment cannot fall due in the past ({date}); give a new first "
                                 "due date.").format(date=first_due.isoformat()))
    amount = _amount(terms, "plan_amount")
    plan = plans.create_plan_in(s, account, frequency=frequency, first_due=first_due,
                                count=int(terms["installments"]), amount=amount, escalation_id=esc.id)
    plans.approve_plan_in(s, plan, actor.full_name)


def _carry_out_settlement(s, esc, account, actor, terms, today) -> None:
    deadline = _date(terms.get("deadline"), _translate(
        "EscalationOutcome", "The settlement's deadline is not a date: {value}"))
    if deadline is None:
        raise ValidationError(_translate("EscalationOutcome", "Give the deadline by which the settlement must be paid."))
    amount = _amount(terms, "settlement_amount")
    discount = None if amount is not None else _amount(terms, "discount_pct")
    settlement = settlements.offer_in(s, account, deadline=deadline, amount=amount, discount_pct=discount,
                                      today=today, escalation_id=esc.id)
    settlements.accept_in(settlement, actor.full_name)


def _carry_out_write_off(s, esc, account, actor, terms, today) -> None:
    amount = _amount(terms, "write_off_amount")
    if amount is None:
        amount = min(esc.amount_at_stake, account.balance)
    reason = terms.get("write_off_reason") or (
        WriteOffReason.FRAUD if esc.reason == EscalationReason.SUSPECTED_FRAUD else WriteOffReason.BAD_DEBT)
    write_off_in(s, account, amount, reason, approved_by=actor.full_name, accounting_ref=terms.get("accounting_ref"),
                 on=today, note=esc.decision_note, escalation_id=esc.id)


# ------------------------------------------------------------------------------------- account status

def mark_escalated(esc: Escalation, account: Account) -> None:
    """When raised: keep the account's status on the escalation and mark the account escalated."""
    status = AccountStatus(account.status)
    esc.prior_account_status = (AccountStatus.OPEN if status is AccountStatus.ESCALATED else status).value
    if status.is_open and status not in KEEPS_STATUS:
        account.status = AccountStatus.ESCALATED


def restore_account_status(s: Session, esc: Escalation) -> None:
    """An account still marked escalated, with no other escalation open on it, goes back to the status it
    had when `esc` was raised (open when unknown, or when the promise it had is no longer pending)."""
    account = s.get(Account, esc.account_id)
    if account.status is not AccountStatus.ESCALATED:
        return
    if s.scalar(select(Escalation.id).where(Escalation.account_id == account.id, Escalation.id != esc.id,
                                            Escalation.status.in_(OPEN_ESCALATION)).limit(1)) is not None:
        return
    try:
        prior = AccountStatus(esc.prior_account_status or AccountStatus.OPEN)
    except ValueError:
        prior = AccountStatus.OPEN
    if prior is AccountStatus.ESCALATED:
        prior = AccountStatus.OPEN
    if prior is AccountStatus.PROMISED and s.scalar(select(Promise.id).where(
            Promise.account_id == account.id, Promise.status.in_([PromiseStatus.PENDING, PromiseStatus.PARTIAL]))
            .limit(1)) is None:
        prior = AccountStatus.OPEN
    account.status = prior


# --------------------------------------------------------------------------------------------- reading

@dataclass(frozen=True, slots=True)
class PlanOutcome:
    id: uuid.UUID
    status: PlanStatus              # as stored (proposed, active, ..., cancelled)
    state: PlanStatus               # as it stands today (plans.evaluate): on track, missed, ...
    installment_count: int
    installment: Decimal            # the first regular installment (not the down payment)
    frequency: PlanFrequency        # how often the installments fall due
    currency: str
    next_due: date | None
    next_amount: Decimal
    paid: Decimal
    payable: Decimal
    missed: int


@dataclass(frozen=True, slots=True)
class SettlementOutcome:
    id: uuid.UUID
    status: SettlementStatus
    settle_amount: Decimal
    currency: str
    deadline: date
    paid: Decimal                   # paid on the account since the offer, up to the deadline


@dataclass(frozen=True, slots=True)
class WriteOffOutcome:
    id: uuid.UUID
    amount: Decimal
    currency: str
    reason: WriteOffReason
    accounting_ref: str | None
    approved_by: str
    at: date


@dataclass(frozen=True, slots=True)
class Outcome:
    plan: PlanOutcome | None
    settlement: SettlementOutcome | None
    write_offs: list[WriteOffOutcome]

    @property
    def empty(self) -> bool:
        return self.plan is None and self.settlement is None and not self.write_offs


def outcome(ctx: ServiceContext, escalation_id: uuid.UUID, today: date | None = None) -> Outcome:
    """What the escalation created: its payment plan (the one carried out, else the newest proposal, never a
    cancelled one), its settlement (the newest) and its write-offs (including a settlement's remainder)."""
    with ctx.reading() as s:
        load(s, Escalation, escalation_id, label=_translate("EscalationOutcome", "Escalation"))
        return outcome_in(s, escalation_id, today or date.today())


def outcome_in(s: Session, escalation_id: uuid.UUID, today: date) -> Outcome:
    """outcome() within the caller's session: a fixed handful of indexed queries, whatever the history."""
    linked = s.scalars(select(PaymentPlan).where(PaymentPlan.escalation_id == escalation_id,
                                                 PaymentPlan.status != PlanStatus.CANCELLED)
                       .order_by(PaymentPlan.created_at.desc(), PaymentPlan.id)).all()
    plan = next((p for p in linked if p.status is not PlanStatus.PROPOSED), linked[0] if linked else None)
    plan_out = _plan_outcome(plan, today) if plan is not None else None
    st = s.scalars(select(Settlement).where(Settlement.escalation_id == escalation_id)
                   .order_by(Settlement.created_at.desc(), Settlement.id).limit(1)).first()
    settlement_out = None if st is None else SettlementOutcome(
        id=st.id, status=st.status, settle_amount=st.settle_amount, currency=st.currency, deadline=st.deadline,
        paid=Decimal(settlements.paid_towards(s, st)).quantize(Decimal("0.01")))
    write_offs = [WriteOffOutcome(id=w.id, amount=w.amount, currency=w.currency, reason=w.reason,
                                  accounting_ref=w.accounting_ref, approved_by=w.approved_by, at=w.written_off_on)
                  for w in s.scalars(select(WriteOff).where(WriteOff.escalation_id == escalation_id)
                                     .order_by(WriteOff.written_off_on, WriteOff.created_at, WriteOff.id))]
    return Outcome(plan=plan_out, settlement=settlement_out, write_offs=write_offs)


def _plan_outcome(plan: PaymentPlan, today: date) -> PlanOutcome:
    state = plans.state_of(plan, today)
    regular = next((i for i in plan.installments if i.seq >= 1), None)
    return PlanOutcome(id=plan.id, status=plan.status, state=state.status, installment_count=plan.installment_count,
                       installment=regular.amount if regular else plans.ZERO,
                       frequency=PlanFrequency(plan.frequency), currency=plan.currency,
                       next_due=state.next_due, next_amount=state.next_amount, paid=state.paid,
                       payable=state.payable, missed=state.missed)


# --------------------------------------------------------------------------------------------- helpers

def _load(text: str | None):
    return None if not text else json.loads(text)


def _amount(terms: dict, key: str) -> Decimal | None:
    value = terms.get(key)
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise ValidationError(_translate(
            "EscalationOutcome", "The terms hold an amount that is not a number: {value}").format(value=value)) from None


def _date(value, message: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(message.format(value=value)) from None
