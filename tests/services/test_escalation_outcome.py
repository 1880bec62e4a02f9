"""Approving an escalation carries the decision out, on SQLite and PostgreSQL: the payment plan runs and
follows the payments, the settlement is fulfilled or lapses, the write-off is booked and journalled, hold
and legal referral move the account; a failure while carrying it out leaves the escalation undecided; and
escalation_outcome.outcome() reads back what was created."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from collectdesk.domain.enums import (AccountStatus, EscalationAction, EscalationDecision, EscalationReason,
                                      EscalationStatus, PlanFrequency, PlanStatus, SettlementStatus, WriteOffReason)
from collectdesk.domain.errors import ValidationError
from collectdesk.services import escalations as esc
from collectdesk.services import payments, plans, settlements, write_offs
from collectdesk.services.escalation_outcome import outcome
from collectdesk.store.models import PaymentPlan, PlanInstallment, Settlement, WriteOff
from escalation_helpers import account_row, decide, iso, people, raise_case  # noqa: F401

APPROVE = EscalationAction.APPROVED
DAY = date(2027, 12, 1)        # "today" of the plan decisions
FIRST = date(2028, 1, 31)      # first installment
LATER = date(2029, 6, 1)       # "today" for payments: after every due date


def count(database, model, **where):
    with database.ctx.reading() as s:
        q = select(func.count()).select_from(model)
        for key, value in where.items():
            q = q.where(getattr(model, key) == value)
        return s.scalar(q)


def plan_of(database, eid) -> PaymentPlan:
    with database.ctx.reading() as s:
        return s.scalars(select(PaymentPlan).where(PaymentPlan.escalation_id == eid)).one()


def pay(database, account, amount, day):
    payments.record_payment(database.ctx, account, amount=D(amount), paid_on=day, today=LATER)


def test_approving_activates_the_plan_built_for_it_which_then_follows_the_payments(database, people, make_account):
    account = make_account(balance=D("1200.00"))
    eid = raise_case(database, account, people, terms={"installments": 12})
    pid = plans.create_plan(database.ctx, account, frequency=PlanFrequency.MONTHLY, first_due=FIRST, count=12,
                            annual_interest_pct=D("6"), fee=D("24.00"), escalation_id=eid)
    with database.ctx.reading() as s:
        payable = s.scalar(select(func.sum(PlanInstallment.amount)).where(PlanInstallment.plan_id == pid))
    assert payable > D("1224.00")
    with pytest.raises(ValidationError, match="Four-eyes"):  # four-eyes still holds: nothing happens
        decide(database, eid, by=people.collector, action=APPROVE)
    assert plan_of(database, eid).status is PlanStatus.PROPOSED
    decide(database, eid, by=people.sup, action=APPROVE, note="Affordable", today=DAY)

    plan = plan_of(database, eid)
    assert (plan.id, plan.status, plan.approved_by) == (pid, PlanStatus.ACTIVE, "Sara Conti")
    acc = account_row(database, account)
    assert (acc.status, acc.balance) == (AccountStatus.PAYMENT_PLAN, payable)  # interest and fee added
    out = outcome(database.ctx, eid, today=DAY)
    assert (out.plan.id, out.plan.state, out.plan.installment_count, out.plan.frequency, out.plan.currency) == (
        pid, PlanStatus.ACTIVE, 12, PlanFrequency.MONTHLY, "EUR")
    assert out.plan.next_due == FIRST and out.plan.next_amount == out.plan.installment > D("100.00")
    assert out.settlement is None and out.write_offs == []

    pay(database, account, str(out.plan.installment), FIRST)
    later = outcome(database.ctx, eid, today=FIRST + timedelta(days=1)).plan
    assert later.state is PlanStatus.ON_TRACK and later.paid == out.plan.installment
    assert later.next_due == date(2028, 2, 29)
    assert outcome(database.ctx, eid, today=date(2028, 3, 10)).plan.state is PlanStatus.MISSED
    pay(database, account, str(payable - out.plan.installment), date(2028, 3, 10))
    done = outcome(database.ctx, eid, today=date(2028, 3, 10)).plan
    assert (done.status, done.state, done.next_due) == (PlanStatus.COMPLETED, PlanStatus.COMPLETED, None)
    acc = account_row(database, account)
    assert (acc.status, acc.balance) == (AccountStatus.PAID, D("0.00"))


def test_without_a_plan_the_approval_builds_one_from_the_terms(database, people, make_account):
    account = make_account(balance=D("1000.00"))
    eid = raise_case(database, account, people, terms={"installments": 12, "first_due": iso(FIRST)})
    decide(database, eid, by=people.sup2, action=APPROVE, today=DAY)
    plan = plan_of(database, eid)
    with database.ctx.reading() as s:
        amounts = s.scalars(select(PlanInstallment.amount).where(PlanInstallment.plan_id == plan.id)
                            .order_by(PlanInstallment.seq)).all()
    assert len(amounts) == 12 and sum(amounts) == D("1000.00") and amounts[0] == D("83.33")
    assert (plan.status, plan.approved_by, plan.first_due) == (PlanStatus.ACTIVE, "Piotr Wójcik", FIRST)
    assert account_row(database, account).status is AccountStatus.PAYMENT_PLAN
    assert outcome(database.ctx, eid, today=DAY).plan.frequency is PlanFrequency.MONTHLY  # by default

    weekly = make_account(balance=D("400.00"))
    wid = raise_case(database, weekly, people, terms={"installments": 8, "frequency": "weekly",
                                                      "first_due": iso(FIRST)})
    decide(database, wid, by=people.sup2, action=APPROVE, today=DAY)
    built = outcome(database.ctx, wid, today=DAY).plan
    assert (built.frequency, built.installment, built.next_due) == (PlanFrequency.WEEKLY, D("50.00"), FIRST)

    # no plan built and no installments: the user is sent to the calculator, nothing changes
    other = make_account(balance=D("500.00"))
    bare = raise_case(database, other, people, decision=EscalationDecision.PAYMENT_PLAN)
    with pytest.raises(ValidationError, match="payment plan calculator"):
        decide(database, bare, by=people.sup2, action=APPROVE, today=DAY)
    assert esc.get_escalation(database.ctx, bare).status == EscalationStatus.SUBMITTED
    assert count(database, PaymentPlan, account_id=other) == 0
    assert account_row(database, other).status is AccountStatus.ESCALATED


def test_plans_from_the_calculator_the_newest_proposal_wins_and_one_approved_at_once_stays(
        database, people, make_account):
    account = make_account(balance=D("600.00"))
    eid = raise_case(database, account, people, terms={"installments": 6})
    first = plans.create_plan(database.ctx, account, frequency=PlanFrequency.MONTHLY, first_due=FIRST, count=6,
                              escalation_id=eid)
    newest = plans.create_plan(database.ctx, account, frequency=PlanFrequency.MONTHLY, first_due=FIRST, count=4,
                               escalation_id=eid)
    decide(database, eid, by=people.sup, action=APPROVE, today=DAY)
    with database.ctx.reading() as s:
        assert s.get(PaymentPlan, first).status is PlanStatus.CANCELLED
        assert s.get(PaymentPlan, newest).status is PlanStatus.ACTIVE
    assert outcome(database.ctx, eid, today=DAY).plan.id == newest

    # approved at once in the calculator: the escalation's approval keeps that plan
    other = make_account(balance=D("600.00"))
    eid2 = raise_case(database, other, people, terms={"installments": 3})
    running = plans.create_plan(database.ctx, other, frequency=PlanFrequency.MONTHLY, first_due=FIRST, count=3,
                                escalation_id=eid2)
    plans.approve_plan(database.ctx, running, "Sara Conti")
    decide(database, eid2, by=people.sup, action=APPROVE, today=DAY)
    assert count(database, PaymentPlan, account_id=other) == 1
    assert outcome(database.ctx, eid2, today=DAY).plan.id == running


def test_routing_counts_the_installments_of_the_plan_built_for_the_escalation(database, people, make_account):
    account = make_account(balance=D("900.00"))
    eid = raise_case(database, account, people, terms={"installments": 6})
    plans.create_plan(database.ctx, account, frequency=PlanFrequency.MONTHLY, first_due=FIRST, count=18,
                      escalation_id=eid)
    with pytest.raises(ValidationError, match="18 installments"):
        decide(database, eid, by=people.sup, action=APPROVE, today=DAY)
    assert plan_of(database, eid).status is PlanStatus.PROPOSED
    decide(database, eid, by=people.senior, action=APPROVE, today=DAY)
    assert plan_of(database, eid).status is PlanStatus.ACTIVE


def test_approved_settlement_is_accepted_then_fulfilled_with_the_rest_written_off(database, people, make_account):
    today = date.today()
    account = make_account(balance=D("1000.00"))
    eid = raise_case(database, account, people, decision=EscalationDecision.SETTLEMENT, terms={"discount_pct": "20"})
    # no deadline: refused while carrying it out, and the escalation stays undecided
    with pytest.raises(ValidationError, match="Give the deadline by which the settlement must be paid"):
        decide(database, eid, by=people.sup2, action=APPROVE, today=today)
    assert esc.get_escalation(database.ctx, eid).status == EscalationStatus.SUBMITTED
    assert [h.action for h in esc.history(database.ctx, eid)] == [EscalationAction.RAISED]
    assert count(database, Settlement) == 0 and account_row(database, account).status is AccountStatus.ESCALATED

    deadline = today + timedelta(days=30)
    decide(database, eid, by=people.sup2, action=APPROVE, terms={"deadline": iso(deadline)}, today=today)
    with database.ctx.reading() as s:
        st = s.scalars(select(Settlement)).one()
    assert (st.status, st.settle_amount, st.deadline, st.decided_by, st.escalation_id) == (
        SettlementStatus.ACCEPTED, D("800.00"), deadline, "Piotr Wójcik", eid)
    assert esc.history(database.ctx, eid)[-1].terms == {"discount_pct": "20", "deadline": iso(deadline)}
    assert account_row(database, account).status is AccountStatus.OPEN  # collected as before until paid
    payments.record_payment(database.ctx, account, amount=D("800.00"), paid_on=today, today=today)
    assert settlements.sweep_settlements(database.ctx, today)[SettlementStatus.FULFILLED] == 1
    acc = account_row(database, account)
    assert (acc.status, acc.balance) == (AccountStatus.SETTLED, D("0.00"))
    lines = write_offs.journal_lines(database.ctx, today, today)
    assert [(ln.amount, ln.reason, ln.approved_by) for ln in lines] == [
        (D("200.00"), WriteOffReason.SETTLEMENT, "Piotr Wójcik")]
    out = outcome(database.ctx, eid)
    assert (out.settlement.status, out.settlement.settle_amount, out.settlement.paid) == (
        SettlementStatus.FULFILLED, D("800.00"), D("800.00"))
    assert [(w.amount, w.reason, w.approved_by) for w in out.write_offs] == [
        (D("200.00"), WriteOffReason.SETTLEMENT, "Piotr Wójcik")]
    assert out.plan is None


def test_an_approved_settlement_not_paid_by_the_deadline_lapses(database, people, make_account):
    today = date.today()
    account = make_account(balance=D("500.00"))
    eid = raise_case(database, account, people, decision=EscalationDecision.SETTLEMENT,
                     terms={"settlement_amount": "400.00", "deadline": iso(today + timedelta(days=10))})
    decide(database, eid, by=people.sup, action=APPROVE, today=today)
    payments.record_payment(database.ctx, account, amount=D("100.00"), paid_on=today, today=today)
    settlements.sweep_settlements(database.ctx, today + timedelta(days=11))
    out = outcome(database.ctx, eid)
    assert (out.settlement.status, out.settlement.paid, out.write_offs) == (SettlementStatus.LAPSED, D("100.00"), [])
    acc = account_row(database, account)
    assert (acc.status, acc.balance) == (AccountStatus.OPEN, D("400.00"))


def test_approved_write_offs_partial_and_full_are_booked_and_journalled(database, people, make_account):
    account = make_account(balance=D("3000.00"))
    eid = raise_case(database, account, people, decision=EscalationDecision.WRITE_OFF,
                     terms={"write_off_amount": "1000.00", "accounting_ref": "GL-7"})
    decide(database, eid, by=people.sup, action=APPROVE, today=DAY, note="Part is time-barred")
    acc = account_row(database, account)
    assert (acc.balance, acc.status) == (D("2000.00"), AccountStatus.OPEN)
    assert [(ln.amount, ln.reason, ln.approved_by, ln.accounting_ref)
            for ln in write_offs.journal_lines(database.ctx, DAY, DAY)] == [
        (D("1000.00"), WriteOffReason.BAD_DEBT, "Sara Conti", "GL-7")]

    # suspected fraud goes to a senior manager; without an amount the amount at stake (all) goes
    fraud = make_account(balance=D("750.00"))
    eid2 = raise_case(database, fraud, people, decision=EscalationDecision.WRITE_OFF,
                      reason=EscalationReason.SUSPECTED_FRAUD)
    with pytest.raises(ValidationError, match="senior manager"):
        decide(database, eid2, by=people.sup, action=APPROVE, today=DAY)
    assert count(database, WriteOff, account_id=fraud) == 0
    decide(database, eid2, by=people.senior, action=APPROVE, today=DAY)
    acc = account_row(database, fraud)
    assert (acc.balance, acc.status) == (D("0.00"), AccountStatus.WRITTEN_OFF)
    out = outcome(database.ctx, eid2)
    assert [(w.amount, w.reason, w.approved_by, w.at) for w in out.write_offs] == [
        (D("750.00"), WriteOffReason.FRAUD, "Jürgen Groß", DAY)]
    assert len(write_offs.journal_lines(database.ctx, DAY, DAY)) == 2


def test_hold_legal_referral_and_senior_review_move_the_account(database, people, make_account):
    held, legal, review = make_account(), make_account(), make_account()
    decisions = {held: EscalationDecision.HOLD, legal: EscalationDecision.LEGAL_REFERRAL,
                 review: EscalationDecision.SENIOR_REVIEW}
    for account, decision in decisions.items():
        eid = raise_case(database, account, people, decision=decision)
        decide(database, eid, by=people.senior, action=APPROVE, today=DAY)
        assert outcome(database.ctx, eid).empty
    assert [account_row(database, a).status for a in (held, legal, review)] == [
        AccountStatus.ON_HOLD, AccountStatus.LEGAL, AccountStatus.OPEN]
