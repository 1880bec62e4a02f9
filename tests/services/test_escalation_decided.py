"""Escalations after the decision, on SQLite and PostgreSQL: the cases decided lately are listed newest
first with the days since the decision (a withdrawal dated by its step in the history), and the account
detail carries what the account's newest approved escalation created, read with a fixed number of queries
however many escalations the account has had."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal as D

from sqlalchemy import event, update

from collectdesk.domain.enums import (EscalationAction, EscalationDecision, EscalationReason, EscalationStatus,
                                      PlanFrequency, PlanStatus, WriteOffReason)
from collectdesk.services import account_view
from collectdesk.services import escalations as esc
from collectdesk.store.models.escalations import Escalation, EscalationEvent
from escalation_helpers import decide, people, raise_case  # noqa: F401

APPROVE, REJECT, WITHDRAW = EscalationAction.APPROVED, EscalationAction.REJECTED, EscalationAction.WITHDRAWN
TODAY = date.today()


def backdate(database, eid, when: datetime) -> None:
    """Move the case's decision (and its closing step in the history) to `when`."""
    with database.ctx.transaction() as s:
        s.execute(update(Escalation).where(Escalation.id == eid, Escalation.decided_at.is_not(None))
                  .values(decided_at=when))
        s.execute(update(EscalationEvent).where(EscalationEvent.escalation_id == eid,
                                                EscalationEvent.action.in_([APPROVE, REJECT, WITHDRAW]))
                  .values(at=when))


def test_decided_cases_newest_decision_first_with_days_since(database, people, make_account):
    now = datetime.now(timezone.utc)
    approved = raise_case(database, make_account(name="Zofia Żółć"), people, decision=EscalationDecision.HOLD)
    rejected = raise_case(database, make_account(), people, decision=EscalationDecision.HOLD)
    withdrawn = raise_case(database, make_account(), people, decision=EscalationDecision.HOLD)
    too_old = raise_case(database, make_account(), people, decision=EscalationDecision.HOLD)
    still_open = raise_case(database, make_account(), people, decision=EscalationDecision.HOLD)
    decide(database, approved, by=people.sup, action=APPROVE)
    decide(database, rejected, by=people.sup, action=REJECT, note="Not this way")
    decide(database, withdrawn, by=people.collector, action=WITHDRAW, note="Paid in full")
    decide(database, too_old, by=people.sup, action=APPROVE)
    assert esc.get_escalation(database.ctx, withdrawn).decided_at is None  # dated by its step in the history
    backdate(database, approved, now - timedelta(days=10, hours=2))
    backdate(database, rejected, now - timedelta(days=3))
    backdate(database, withdrawn, now - timedelta(days=40))
    backdate(database, too_old, now - timedelta(days=91))

    rows = esc.decided_cases(database.ctx, now=now)
    assert [(r.id, r.status, r.age_days) for r in rows] == [
        (rejected, EscalationStatus.REJECTED, 3), (approved, EscalationStatus.APPROVED, 10),
        (withdrawn, EscalationStatus.WITHDRAWN, 40)]
    assert rows[1].debtor_name == "Zofia Żółć" and rows[1].raised_by == "Anna Rossi"
    assert rows[1].requested_decision == EscalationDecision.HOLD and rows[1].amount_at_stake == D("100.00")
    assert [r.id for r in esc.decided_cases(database.ctx, days=120, now=now)][-1] == too_old
    assert [r.id for r in esc.decided_cases(database.ctx, days=5, now=now)] == [rejected]
    assert [r.id for r in esc.approvals_queue(database.ctx)] == [still_open]  # the open queue is unchanged


def test_the_account_detail_carries_what_the_newest_approved_escalation_created(database, people, make_account):
    account = make_account(balance=D("1200.00"))
    first_due = TODAY + timedelta(days=14)
    eid = raise_case(database, account, people, terms={"installments": 6, "frequency": "fortnightly",
                                                       "first_due": first_due.isoformat()})
    assert account_view.account_detail(database.ctx, account).outcome is None  # not decided yet
    decide(database, eid, by=people.sup, action=APPROVE)

    detail = account_view.account_detail(database.ctx, account)
    plan = detail.outcome.plan
    assert (plan.installment_count, plan.installment, plan.frequency, plan.state, plan.next_due) == (
        6, D("200.00"), PlanFrequency.FORTNIGHTLY, PlanStatus.ACTIVE, first_due)
    assert detail.plan.id == plan.id  # the running plan is the one the escalation created
    # 180 days after the decision the account no longer shows it
    assert account_view.account_detail(database.ctx, account, today=TODAY + timedelta(days=181)).outcome is None
    assert account_view.account_detail(database.ctx, account, today=TODAY + timedelta(days=179)).outcome is not None

    # a later rejection does not hide it; a later approval (a write-off) replaces it
    no = raise_case(database, account, people, decision=EscalationDecision.SETTLEMENT,
                    terms={"settlement_amount": "900.00"})
    decide(database, no, by=people.sup, action=REJECT, note="Too low")
    assert account_view.account_detail(database.ctx, account).outcome.plan.id == plan.id
    wid = raise_case(database, account, people, decision=EscalationDecision.WRITE_OFF,
                     terms={"write_off_amount": "50.00", "write_off_reason": "uneconomic",
                            "accounting_ref": "JV-2027-0042"})
    decide(database, wid, by=people.sup2, action=APPROVE)
    out = account_view.account_detail(database.ctx, account).outcome
    assert out.plan is None and [(w.amount, w.reason, w.accounting_ref, w.approved_by) for w in out.write_offs] == [
        (D("50.00"), WriteOffReason.UNECONOMIC, "JV-2027-0042", "Piotr Wójcik")]


def test_the_outcome_costs_the_same_queries_however_long_the_history(database, people, make_account):
    def queries(account) -> int:
        seen = []
        listener = lambda *args: seen.append(1)  # noqa: E731
        event.listen(database.engine, "before_cursor_execute", listener)
        try:
            detail = account_view.account_detail(database.ctx, account)
        finally:
            event.remove(database.engine, "before_cursor_execute", listener)
        assert len(detail.outcome.write_offs) == 1
        return len(seen)

    def write_offs(account, n):
        for i in range(n):
            eid = raise_case(database, account, people, decision=EscalationDecision.WRITE_OFF,
                             reason=EscalationReason.HARDSHIP, terms={"write_off_amount": "10.00"})
            decide(database, eid, by=people.sup, action=APPROVE)

    one, five = make_account(balance=D("500.00")), make_account(balance=D("500.00"))
    write_offs(one, 1)
    write_offs(five, 5)
    assert queries(five) == queries(one)
