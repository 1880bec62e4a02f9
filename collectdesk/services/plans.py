"""Payment plans: proposing one from a schedule, approving it, and following it against the payments.

    create_plan(ctx, account_id, frequency=, first_due=, count= | installment=, ...) -> plan id (proposed)
    approve_plan(ctx, plan_id, approver)        plan_state(ctx, plan_id, today) -> PlanState
    create_plan_in(s, account, ...) / approve_plan_in(s, plan, approver) / state_of(plan, today):
        the same inside a caller's transaction (escalation_outcome carries out an approved escalation)

States (docs/payment-plans.md): proposed -> active (approved, nothing due yet) -> on track (every
installment due so far is paid) / missed (an installment is unpaid `grace_days` after its date) ->
broken (MISSES_TO_BREAK installments missed; the account goes back to normal collection) or
completed (every installment paid). Payments are credited to the oldest open installment by
payments.record_payment through credit_installments.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from collectdesk.domain.enums import AccountStatus, InstallmentStatus, PlanFrequency, PlanStatus
from collectdesk.domain.errors import ValidationError
from collectdesk.domain.plans import Schedule, plan_schedule
from collectdesk.services.context import ServiceContext, load
from collectdesk.store.models import Account, PaymentPlan, PlanInstallment, utcnow

ZERO = Decimal("0.00")
MISSES_TO_BREAK = 2
RUNNING = (PlanStatus.ACTIVE, PlanStatus.ON_TRACK, PlanStatus.MISSED)
OPEN_INSTALLMENT = (InstallmentStatus.DUE, InstallmentStatus.PARTIAL, InstallmentStatus.MISSED)


def create_plan(ctx: ServiceContext, account_id: uuid.UUID, *, frequency: PlanFrequency, first_due: date,
                count: int | None = None, installment: Decimal | None = None, amount: Decimal | None = None,
                down_payment: Decimal = ZERO, annual_interest_pct: Decimal | None = None, fee: Decimal = ZERO,
                grace_days: int = 5, escalation_id: uuid.UUID | None = None,
                expected_version: int | None = None) -> uuid.UUID:
    """Propose a plan for `amount` (default: the open balance). Returns the plan's id (status proposed)."""
    with ctx.transaction() as s:
        account = load(s, Account, account_id, expected_version=expected_version, label=str(account_id))
        return create_plan_in(s, account, frequency=frequency, first_due=first_due, count=count,
                              installment=installment, amount=amount, down_payment=down_payment,
                              annual_interest_pct=annual_interest_pct, fee=fee, grace_days=grace_days,
                              escalation_id=escalation_id).id


def create_plan_in(s: Session, account: Account, *, frequency: PlanFrequency, first_due: date,
                   count: int | None = None, installment: Decimal | None = None, amount: Decimal | None = None,
                   down_payment: Decimal = ZERO, annual_interest_pct: Decimal | None = None, fee: Decimal = ZERO,
                   grace_days: int = 5, escalation_id: uuid.UUID | None = None) -> PaymentPlan:
    """Within a transaction: propose a plan on `account` (see create_plan)."""
    if not isinstance(grace_days, int) or not 0 <= grace_days <= 60:
        raise ValidationError(QCoreApplication.translate("Plans", "The grace period must be from 0 to 60 days."))
    total = account.balance if amount is None else amount
    if isinstance(total, Decimal) and total > account.balance:
        raise ValidationError(QCoreApplication.translate(
            "Plans", "The plan amount is larger than the open balance ({balance}).").format(
            balance=f"{account.balance} {account.currency}"))
    schedule = plan_schedule(total, frequency=frequency, first_due=first_due, count=count,
                             installment=installment, down_payment=down_payment,
                             annual_interest_pct=annual_interest_pct, fee=fee)
    plan = PaymentPlan(account_id=account.id, total_amount=schedule_principal(schedule, fee),
                       currency=account.currency, down_payment=_down(schedule), fee=fee or ZERO,
                       interest_rate_pct=str(annual_interest_pct) if annual_interest_pct else None,
                       frequency=PlanFrequency(frequency), installment_count=len(schedule.installments),
                       first_due=first_due, grace_days=grace_days, status=PlanStatus.PROPOSED,
                       escalation_id=escalation_id)
    plan.installments = [PlanInstallment(seq=r.seq, due_date=r.due_date, amount=r.amount,
                                         currency=account.currency) for r in schedule.rows]
    s.add(plan)
    s.flush()
    return plan


def schedule_principal(schedule: Schedule, fee: Decimal) -> Decimal:
    """The amount owed the plan covers (principal without the fee)."""
    return sum((r.principal for r in schedule.rows), ZERO) - (fee or ZERO)


def _down(schedule: Schedule) -> Decimal:
    return next((r.amount for r in schedule.rows if r.seq == 0), ZERO)


def approve_plan(ctx: ServiceContext, plan_id: uuid.UUID, approver: str, *,
                 expected_version: int | None = None) -> None:
    """A proposed plan becomes active: the account is on a payment plan and interest and fee are added to
    its balance (the installments then add up to what the debtor owes)."""
    _check_approver(approver)
    with ctx.transaction() as s:
        plan = load(s, PaymentPlan, plan_id, expected_version=expected_version, label=str(plan_id))
        approve_plan_in(s, plan, approver)


def _check_approver(approver: str) -> None:
    if not approver or not approver.strip():
        raise ValidationError(QCoreApplication.translate("Plans", "A plan needs the name of who approved it."))


def approve_plan_in(s: Session, plan: PaymentPlan, approver: str) -> None:
    """Within a transaction: approve a proposed plan (see approve_plan)."""
    _check_approver(approver)
    if plan.status is not PlanStatus.PROPOSED:
        raise ValidationError(QCoreApplication.translate("Plans", "Only a proposed plan can be approved."))
    account = s.get(Account, plan.account_id)
    if s.scalar(select(PaymentPlan.id).where(PaymentPlan.account_id == account.id, PaymentPlan.id != plan.id,
                                             PaymentPlan.status.in_(RUNNING)).limit(1)) is not None:
        raise ValidationError(QCoreApplication.translate(
            "Plans", "The account already has a running payment plan."))
    payable = sum((i.amount for i in plan.installments), ZERO)
    if plan.total_amount > account.balance:
        raise ValidationError(QCoreApplication.translate(
            "Plans", "The balance has fallen below the plan amount since it was proposed; propose it again."))
    account.balance = account.balance + (payable - plan.total_amount)  # interest and fee
    account.status = AccountStatus.PAYMENT_PLAN
    plan.status = PlanStatus.ACTIVE
    plan.approved_by = approver.strip()[:64]
    plan.approved_at = utcnow()


def credit_installments(s: Session, account_id: uuid.UUID, amount: Decimal, paid_on: date) -> uuid.UUID | None:
    """Within record_payment's transaction: credit `amount` to the running plan's open installments, oldest
    first. Returns the first installment touched. A plan paid in full is completed at once."""
    plan = s.scalar(select(PaymentPlan).where(PaymentPlan.account_id == account_id, PaymentPlan.status.in_(RUNNING))
                    .order_by(PaymentPlan.created_at).limit(1))
    if plan is None or amount <= 0:
        return None
    first = None
    remaining = amount
    for inst in plan.installments:
        if remaining <= 0:
            break
        open_part = inst.amount - inst.paid_amount
        if open_part <= 0:
            continue
        take = min(open_part, remaining)
        inst.paid_amount = inst.paid_amount + take
        remaining -= take
        inst.status = InstallmentStatus.PAID if inst.paid_amount >= inst.amount else (
            InstallmentStatus.MISSED if inst.status is InstallmentStatus.MISSED else InstallmentStatus.PARTIAL)
        first = first or inst
    if all(i.status is InstallmentStatus.PAID for i in plan.installments):
        _finish(s, plan, PlanStatus.COMPLETED)
    return first.id if first else None


def _finish(s: Session, plan: PaymentPlan, status: PlanStatus) -> None:
    plan.status = status
    account = s.get(Account, plan.account_id)
    if account.status is AccountStatus.PAYMENT_PLAN and account.balance != 0:
        account.status = AccountStatus.OPEN  # back to normal collection


@dataclass(frozen=True, slots=True)
class PlanState:
    status: PlanStatus
    payable: Decimal          # sum of the installments
    paid: Decimal
    outstanding: Decimal
    missed: int               # installments unpaid after their grace period
    next_due: date | None     # the oldest installment not yet paid
    next_amount: Decimal      # what is still open on it


def evaluate(plan: PaymentPlan, today: date, misses_to_break: int = MISSES_TO_BREAK
             ) -> tuple[PlanStatus, dict[uuid.UUID, InstallmentStatus]]:
    """The state a plan should be in on `today`, and each installment's status. Pure over the loaded rows."""
    grace = timedelta(days=plan.grace_days)
    statuses = {}
    for inst in plan.installments:
        if inst.paid_amount >= inst.amount:
            st = InstallmentStatus.PAID
        elif inst.status is InstallmentStatus.MISSED or today > inst.due_date + grace:
            st = InstallmentStatus.MISSED
        elif inst.paid_amount > 0:
            st = InstallmentStatus.PARTIAL
        else:
            st = InstallmentStatus.DUE
        statuses[inst.id] = st
    if plan.status not in RUNNING:
        return plan.status, statuses
    missed = sum(1 for st in statuses.values() if st is InstallmentStatus.MISSED)
    if all(st is InstallmentStatus.PAID for st in statuses.values()):
        return PlanStatus.COMPLETED, statuses
    if missed >= misses_to_break:
        return PlanStatus.BROKEN, statuses
    if missed:
        return PlanStatus.MISSED, statuses
    if any(i.due_date <= today for i in plan.installments):
        return PlanStatus.ON_TRACK, statuses
    return PlanStatus.ACTIVE, statuses


def plan_state(ctx: ServiceContext, plan_id: uuid.UUID, today: date | None = None,
               misses_to_break: int = MISSES_TO_BREAK) -> PlanState:
    """How the plan stands on `today` (read only; sweep_plans writes the change)."""
    today = today or date.today()
    with ctx.reading() as s:
        plan = load(s, PaymentPlan, plan_id, label=str(plan_id))
        return state_of(plan, today, misses_to_break)


def state_of(plan: PaymentPlan, today: date, misses_to_break: int = MISSES_TO_BREAK) -> PlanState:
    """PlanState of a loaded plan on `today` (pure over its rows; evaluate() gives the status)."""
    status, statuses = evaluate(plan, today, misses_to_break)
    insts = list(plan.installments)
    payable = sum((i.amount for i in insts), ZERO)
    paid = sum((i.paid_amount for i in insts), ZERO)
    nxt = next((i for i in insts if i.paid_amount < i.amount), None)
    return PlanState(status=status, payable=payable, paid=paid, outstanding=payable - paid,
                     missed=sum(1 for st in statuses.values() if st is InstallmentStatus.MISSED),
                     next_due=nxt.due_date if nxt else None,
                     next_amount=(nxt.amount - nxt.paid_amount) if nxt else ZERO)


def sweep_plans(ctx: ServiceContext, today: date | None = None, misses_to_break: int = MISSES_TO_BREAK) -> int:
    """Bring every running plan to its state on `today` (missed installments, broken, completed).
    Changes are audited like any ORM change. Returns how many plans changed status."""
    today = today or date.today()
    changed = 0
    with ctx.transaction() as s:
        plans = s.scalars(select(PaymentPlan).where(PaymentPlan.status.in_(RUNNING))
                          .options(selectinload(PaymentPlan.installments))).all()
        for plan in plans:
            status, statuses = evaluate(plan, today, misses_to_break)
            for inst in plan.installments:
                if inst.status is not statuses[inst.id]:
                    inst.status = statuses[inst.id]
            if status is not plan.status:
                changed += 1
                if status in (PlanStatus.BROKEN, PlanStatus.COMPLETED):
                    _finish(s, plan, status)
                else:
                    plan.status = status
    return changed
