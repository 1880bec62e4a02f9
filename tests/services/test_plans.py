"""Payment plans on both databases: a 12-installment plan that sums exactly, and its state following the payments."""

from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from collectdesk.domain.enums import AccountStatus, InstallmentStatus, PlanFrequency, PlanStatus
from collectdesk.domain.errors import StaleEditError, ValidationError
from collectdesk.services import payments, plans
from collectdesk.store.models import Account, AuditEntry, Payment, PaymentPlan, PlanInstallment

FIRST = date(2028, 1, 31)
LATER = date(2029, 6, 1)  # "today" for payments: after every due date


def _account(database, account_id) -> Account:
    with database.ctx.reading() as s:
        return s.get(Account, account_id)


def _installments(database, plan_id):
    with database.ctx.reading() as s:
        return s.scalars(select(PlanInstallment).where(PlanInstallment.plan_id == plan_id)
                         .order_by(PlanInstallment.seq)).all()


def _plan(database, plan_id) -> PaymentPlan:
    with database.ctx.reading() as s:
        return s.get(PaymentPlan, plan_id)


def _pay(database, acc, amount, day):
    return payments.record_payment(database.ctx, acc, amount=D(amount), paid_on=day, today=LATER)


def test_twelve_installment_plan_sums_exactly_and_follows_the_payments(database, make_account):
    acc = make_account(balance=D("1000.00"))
    pid = plans.create_plan(database.ctx, acc, frequency=PlanFrequency.MONTHLY, first_due=FIRST, count=12)
    insts = _installments(database, pid)
    assert len(insts) == 12 and sum(i.amount for i in insts) == D("1000.00")
    assert [i.amount for i in insts] == [D("83.33")] * 11 + [D("83.37")]
    assert insts[1].due_date == date(2028, 2, 29) and insts[2].due_date == date(2028, 3, 31)
    assert _plan(database, pid).status is PlanStatus.PROPOSED
    assert _account(database, acc).status is AccountStatus.OPEN

    plans.approve_plan(database.ctx, pid, "mario.rossi")
    plan = _plan(database, pid)
    assert (plan.status, plan.approved_by) == (PlanStatus.ACTIVE, "mario.rossi")
    assert _account(database, acc).status is AccountStatus.PAYMENT_PLAN
    assert plans.plan_state(database.ctx, pid, date(2028, 1, 1)).status is PlanStatus.ACTIVE

    # the first installment paid on time: on track
    pay = _pay(database, acc, "83.33", date(2028, 1, 30))
    assert plans.sweep_plans(database.ctx, date(2028, 2, 3)) == 1
    assert _plan(database, pid).status is PlanStatus.ON_TRACK
    with database.ctx.reading() as s:
        assert s.get(Payment, pay).installment_id == insts[0].id

    # February's is not paid: inside the grace period still on track, then missed
    assert plans.sweep_plans(database.ctx, date(2028, 3, 5)) == 0
    assert plans.sweep_plans(database.ctx, date(2028, 3, 6)) == 1
    assert _plan(database, pid).status is PlanStatus.MISSED
    assert _installments(database, pid)[1].status is InstallmentStatus.MISSED
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "payment_plan", AuditEntry.field == "status",
            AuditEntry.new_value == "missed")) == 1

    # catching up pays the missed one first (oldest open), then the plan is back on track
    _pay(database, acc, "166.66", date(2028, 3, 20))
    state = plans.plan_state(database.ctx, pid, date(2028, 3, 20))
    assert (state.paid, state.missed, state.next_due) == (D("249.99"), 0, date(2028, 4, 30))
    assert state.status is PlanStatus.ON_TRACK
    plans.sweep_plans(database.ctx, date(2028, 3, 20))
    assert _plan(database, pid).status is PlanStatus.ON_TRACK

    # the rest paid in full: completed, and the account is paid
    _pay(database, acc, "750.01", date(2028, 4, 1))
    assert _plan(database, pid).status is PlanStatus.COMPLETED
    assert all(i.status is InstallmentStatus.PAID for i in _installments(database, pid))
    a = _account(database, acc)
    assert (a.balance, a.status) == (D("0.00"), AccountStatus.PAID)


def test_two_missed_installments_break_the_plan_and_the_account_returns_to_collection(database, make_account):
    acc = make_account(balance=D("300.00"))
    pid = plans.create_plan(database.ctx, acc, frequency=PlanFrequency.WEEKLY, first_due=date(2027, 1, 4),
                            count=3, grace_days=2)
    plans.approve_plan(database.ctx, pid, "boss")
    plans.sweep_plans(database.ctx, date(2027, 1, 7))
    assert _plan(database, pid).status is PlanStatus.MISSED
    plans.sweep_plans(database.ctx, date(2027, 1, 14))
    assert _plan(database, pid).status is PlanStatus.BROKEN
    assert _account(database, acc).status is AccountStatus.OPEN
    # a broken plan stays broken; later payments lower the balance only
    _pay(database, acc, "50.00", date(2027, 1, 20))
    assert _plan(database, pid).status is PlanStatus.BROKEN
    assert _account(database, acc).balance == D("250.00")


def test_interest_fee_and_down_payment_are_added_to_the_balance_on_approval(database, make_account):
    acc = make_account(balance=D("1000.00"))
    pid = plans.create_plan(database.ctx, acc, frequency=PlanFrequency.MONTHLY, first_due=date(2027, 1, 15),
                            count=3, annual_interest_pct=D("12"), down_payment=D("100.00"), fee=D("10.00"))
    insts = _installments(database, pid)
    assert insts[0].seq == 0 and insts[0].amount == D("100.00")
    plan = _plan(database, pid)
    assert (plan.total_amount, plan.fee, plan.down_payment, plan.interest_rate_pct) == (
        D("1000.00"), D("10.00"), D("100.00"), "12")
    payable = sum(i.amount for i in insts)
    plans.approve_plan(database.ctx, pid, "boss")
    assert _account(database, acc).balance == payable > D("1010.00")
    _pay(database, acc, str(payable), date(2027, 1, 10))
    assert _plan(database, pid).status is PlanStatus.COMPLETED


def test_bad_plans_are_refused_and_nothing_is_saved(database, make_account):
    acc = make_account(balance=D("100.00"))
    with pytest.raises(ValidationError):
        plans.create_plan(database.ctx, acc, frequency=PlanFrequency.MONTHLY, first_due=FIRST, count=2,
                          amount=D("100.01"))
    with pytest.raises(ValidationError):
        plans.create_plan(database.ctx, acc, frequency=PlanFrequency.MONTHLY, first_due=FIRST)
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(PaymentPlan)) == 0
    pid = plans.create_plan(database.ctx, acc, frequency=PlanFrequency.MONTHLY, first_due=FIRST, count=2)
    with pytest.raises(StaleEditError):
        plans.approve_plan(database.ctx, pid, "boss", expected_version=_plan(database, pid).version + 1)
    plans.approve_plan(database.ctx, pid, "boss")
    with pytest.raises(ValidationError):
        plans.approve_plan(database.ctx, pid, "boss")
    other = plans.create_plan(database.ctx, acc, frequency=PlanFrequency.MONTHLY, first_due=FIRST, count=2)
    with pytest.raises(ValidationError):
        plans.approve_plan(database.ctx, other, "boss")
    assert _plan(database, other).status is PlanStatus.PROPOSED


def test_a_partial_plan_completes_and_leaves_the_rest_open(database, make_account):
    acc = make_account(balance=D("500.00"))
    pid = plans.create_plan(database.ctx, acc, frequency=PlanFrequency.FORTNIGHTLY, first_due=date(2027, 2, 1),
                            installment=D("100.00"), amount=D("200.00"))
    assert len(_installments(database, pid)) == 2
    plans.approve_plan(database.ctx, pid, "boss")
    _pay(database, acc, "200.00", date(2027, 2, 1))
    assert _plan(database, pid).status is PlanStatus.COMPLETED
    a = _account(database, acc)
    assert (a.balance, a.status) == (D("300.00"), AccountStatus.OPEN)
    assert plans.sweep_plans(database.ctx, date(2027, 12, 1)) == 0
