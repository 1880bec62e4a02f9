"""Escalations on SQLite and PostgreSQL: the snapshot, routing by the department's limits, four-eyes,
who may approve what routing sends up, the decision history and the approvals queue's ages.

Every step is decided under the login of the staff member named (`decide` below): on a shared database
(PostgreSQL) the service refuses anything else."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import select, update

from collectdesk.domain.enums import (Channel, DebtorFlag, Direction, EscalationAction, EscalationDecision,
                                      EscalationReason, EscalationStatus, FeedbackKind, FeedbackSource,
                                      FeedbackStatus, Outcome, PromiseStatus, StaffRole)
from collectdesk.domain.errors import StaleEditError, ValidationError
from collectdesk.services import escalations as esc
from collectdesk.services.context import ServiceContext
from collectdesk.services.department_settings import set_setting
from collectdesk.store.models import (Account, Activity, AuditEntry, DebtorFlagEntry, FeedbackItem, Payment, Promise,
                                      StaffMember)
from collectdesk.store.models.escalations import Escalation

TODAY = date(2026, 4, 10)


@pytest.fixture
def people(database, org):
    with database.ctx.transaction() as s:
        sup = StaffMember(username="sara", full_name="Sara Conti", role=StaffRole.SUPERVISOR, team_id=org.team,
                          branch_id=org.branch)
        sup2 = StaffMember(username="piotr", full_name="Piotr Wójcik", role=StaffRole.SUPERVISOR, team_id=org.team,
                           branch_id=org.branch)
        senior = StaffMember(username="jurgen", full_name="Jürgen Groß", role=StaffRole.SENIOR_MANAGER,
                             branch_id=org.branch)
        s.add_all([sup, sup2, senior])
        s.flush()
        return SimpleNamespace(collector=org.anna, sup=sup.id, sup2=sup2.id, senior=senior.id)


def raise_(database, account, people, *, by=None, reason=EscalationReason.HARDSHIP,
           decision=EscalationDecision.PAYMENT_PLAN, terms=None, amount=None):
    return esc.raise_escalation(database.ctx, account, raised_by_id=by or people.collector, reason=reason,
                                requested_decision=decision, proposed_terms=terms, note="Lost her job",
                                amount_at_stake=amount, today=TODAY)


def login(database, staff_id) -> ServiceContext:
    """A context acting under the staff member's own login (as on a shared database)."""
    with database.ctx.reading() as s:
        return ServiceContext(database.engine, s.get(StaffMember, staff_id).username)


def decide(database, eid, *, by, action, note="ok", **kw):
    return esc.decide(login(database, by), eid, action=action, decided_by_id=by, note=note, **kw)


def flag(database, account, which):
    with database.ctx.transaction() as s:
        debtor_id = s.get(Account, account).debtor_id
        s.add(DebtorFlagEntry(debtor_id=debtor_id, flag=which, set_at=datetime(2026, 3, 1, tzinfo=timezone.utc),
                              set_by="tester"))


def test_snapshot_holds_the_account_as_it_stood(database, org, people, make_account):
    account = make_account(balance=Decimal("1234.56"), due_date=date(2026, 1, 15))
    with database.ctx.transaction() as s:
        debtor_id = s.get(Account, account).debtor_id
        for i in range(12):
            s.add(Activity(account_id=account, debtor_id=debtor_id, collector_id=org.anna, channel=Channel.CALL,
                           direction=Direction.OUTBOUND, outcome=Outcome.NO_ANSWER,
                           occurred_at=datetime(2026, 3, 1 + i, 9, tzinfo=timezone.utc)))
        s.add(Promise(account_id=account, collector_id=org.anna, amount=Decimal("100.00"), currency="EUR",
                      promised_at=datetime(2026, 2, 1, tzinfo=timezone.utc), due_date=date(2026, 2, 10),
                      status=PromiseStatus.BROKEN))
        s.add(Payment(account_id=account, amount=Decimal("50.00"), currency="EUR", paid_on=date(2026, 2, 20),
                      posted_by="tester", posted_at=datetime(2026, 2, 20, tzinfo=timezone.utc)))
        now = datetime(2026, 3, 5, tzinfo=timezone.utc)
        s.add_all([FeedbackItem(source=FeedbackSource.LETTER, kind=FeedbackKind.COMPLAINT, account_id=account,
                                subject="Rude call", received_at=now),
                   FeedbackItem(source=FeedbackSource.LETTER, kind=FeedbackKind.COMPLAINT, account_id=account,
                                subject="Old one", received_at=now, status=FeedbackStatus.CLOSED)])
    eid = raise_(database, account, people)
    detail = esc.get_escalation(database.ctx, eid)
    snap = detail.snapshot
    assert detail.amount_at_stake == Decimal("1234.56") and detail.currency == "EUR"  # defaults to the balance
    assert snap["balances"]["open"] == "1234.56"
    assert snap["aging"] == {"due_date": "2026-01-15", "days_past_due": 85, "bucket": "61-90"}
    assert len(snap["contacts"]) == 10 and snap["contacts"][0]["at"].startswith("2026-03-12")
    assert [p["status"] for p in snap["promises"]] == ["broken"]
    assert [p["amount"] for p in snap["payments"]] == ["50.00"]
    assert [c["subject"] for c in snap["open_complaints"]] == ["Rude call"]
    assert [h.action for h in esc.history(database.ctx, eid)] == [EscalationAction.RAISED]
    # later changes to the account leave the snapshot alone
    with database.ctx.transaction() as s:
        s.get(Account, account).balance = Decimal("1.00")
    assert esc.get_escalation(database.ctx, eid).snapshot["balances"]["open"] == "1234.56"


def test_routing_by_the_limits(database, people, make_account):
    ctx = database.ctx

    def raise_on_new(**kw):  # one open escalation per account: each case on an account of its own
        return raise_(database, make_account(balance=Decimal("8000.00")), people, **kw)
    # plan: 12 installments is within the default limit, 18 is not
    ok = raise_on_new(terms={"installments": 12})
    assert esc.route(ctx, ok) == esc.Routing(False, [])
    long_plan = raise_on_new(terms={"installments": 18})
    routing = esc.route(ctx, long_plan)
    assert routing.needs_senior and "18" in routing.reasons[0] and "12" in routing.reasons[0]
    # write-off per currency: 4,000 EUR alone, 6,000 EUR up; 15,000 PLN alone; CHF has no limit: up
    small = raise_on_new(decision=EscalationDecision.WRITE_OFF, amount=Decimal("4000"))
    big = raise_on_new(decision=EscalationDecision.WRITE_OFF, amount=Decimal("6000"))
    assert not esc.route(ctx, small).needs_senior
    assert esc.route(ctx, big).needs_senior and "5,000.00" in esc.route(ctx, big).reasons[0]
    pln = make_account(balance=Decimal("15000.00"), currency="PLN")
    assert not esc.route(ctx, raise_(database, pln, people, decision=EscalationDecision.WRITE_OFF)).needs_senior
    chf = make_account(balance=Decimal("10.00"), currency="CHF")
    assert esc.route(ctx, raise_(database, chf, people, decision=EscalationDecision.WRITE_OFF)).needs_senior
    # the limit is the department's setting: raising it lets the same write-off through
    set_setting(ctx, "escalations.limits", {"plan_max_installments": 24, "write_off_max": {"EUR": "10000"},
                                            "settlement_max_discount_pct": "30"})
    assert not esc.route(ctx, big).needs_senior and not esc.route(ctx, long_plan).needs_senior
    # settlement: 8,000 settled for 6,000 is 25 % off (alone), for 5,000 37.5 % (up)
    assert not esc.route(ctx, raise_on_new(decision=EscalationDecision.SETTLEMENT,
                                     terms={"settlement_amount": "6000"})).needs_senior
    assert esc.route(ctx, raise_on_new(decision=EscalationDecision.SETTLEMENT,
                                 terms={"settlement_amount": "5000"})).needs_senior


def test_fraud_recovery_flag_and_supervisors_choice_go_up(database, people, make_account):
    ctx = database.ctx
    assert not esc.route(ctx, raise_(database, make_account(), people)).needs_senior
    fraud = raise_(database, make_account(), people, reason=EscalationReason.SUSPECTED_FRAUD)
    assert esc.route(ctx, fraud).needs_senior and "fraud" in esc.route(ctx, fraud).reasons[0].lower()
    choice = raise_(database, make_account(), people, decision=EscalationDecision.SENIOR_REVIEW)
    assert esc.route(ctx, choice).needs_senior

    flagged = make_account(name="Łucja Wiśniewska")
    eid = raise_(database, flagged, people)
    assert not esc.route(ctx, eid).needs_senior
    flag(database, flagged, DebtorFlag.ECONOMIC_RECOVERY)
    routing = esc.route(ctx, eid)
    assert routing.needs_senior and "economic recovery" in routing.reasons[0]
    fraud_flag = make_account()
    flag(database, fraud_flag, DebtorFlag.FRAUD)
    assert esc.route(ctx, raise_(database, fraud_flag, people)).needs_senior

    # a supervisor may refer any case: it is then the senior manager's
    easy = raise_(database, make_account(), people, terms={"installments": 6})
    decide(database, easy, by=people.sup, action=EscalationAction.REFERRED, note="Sensitive",
           refer_to_id=people.senior)
    assert esc.route(ctx, easy).needs_senior
    with pytest.raises(ValidationError, match="senior manager"):
        decide(database, easy, by=people.sup2, action=EscalationAction.APPROVED)
    decide(database, easy, by=people.senior, action=EscalationAction.APPROVED, note="Agreed")
    assert esc.get_escalation(ctx, easy).status == EscalationStatus.APPROVED


def test_four_eyes_and_who_may_approve(database, people, make_account):
    ctx = database.ctx
    account = make_account(balance=Decimal("9000.00"))
    own = raise_(database, account, people, by=people.sup, terms={"installments": 6})
    for action in (EscalationAction.APPROVED, EscalationAction.REJECTED):
        with pytest.raises(ValidationError, match="Four-eyes"):
            decide(database, own, by=people.sup, action=action, note="mine")
    assert esc.get_escalation(ctx, own).status == EscalationStatus.SUBMITTED
    assert [h.action for h in esc.history(ctx, own)] == [EscalationAction.RAISED]  # nothing recorded
    # a collector cannot decide; another supervisor can
    with pytest.raises(ValidationError):
        decide(database, own, by=people.collector, action=EscalationAction.APPROVED, note="x")
    decide(database, own, by=people.sup2, action=EscalationAction.APPROVED, note="Fine")
    detail = esc.get_escalation(ctx, own)
    assert detail.status == EscalationStatus.APPROVED and detail.decision == EscalationDecision.PAYMENT_PLAN
    assert detail.decided_by == "Piotr Wójcik"
    # closed: no more decisions
    with pytest.raises(ValidationError, match="closed"):
        decide(database, own, by=people.senior, action=EscalationAction.REJECTED, note="late")

    # above the write-off limit: a supervisor may not approve it, a senior manager may; even the senior
    # manager may not approve what they raised
    big = raise_(database, make_account(balance=Decimal("9000.00")), people, by=people.senior,
                 decision=EscalationDecision.WRITE_OFF)
    with pytest.raises(ValidationError, match="senior manager"):
        decide(database, big, by=people.sup, action=EscalationAction.APPROVED)
    with pytest.raises(ValidationError, match="Four-eyes"):
        decide(database, big, by=people.senior, action=EscalationAction.APPROVED)
    # a supervisor's own approval limit also sends a case up
    with ctx.transaction() as s:
        sup = s.get(StaffMember, people.sup2)
        sup.approval_limit, sup.approval_currency = Decimal("5000.00"), "EUR"
    plan = raise_(database, make_account(balance=Decimal("9000.00")), people, terms={"installments": 6})
    assert not esc.route(ctx, plan).needs_senior
    assert esc.route(ctx, plan, decider_id=people.sup2).needs_senior
    with pytest.raises(ValidationError, match="approval limit"):
        decide(database, plan, by=people.sup2, action=EscalationAction.APPROVED)


def test_approved_terms_are_routed_not_only_the_proposed_ones(database, people, make_account):
    """A supervisor cannot approve above the limit by counter-proposing or approving other terms."""
    ctx = database.ctx
    eid = raise_(database, make_account(), people, terms={"installments": 6})
    decide(database, eid, by=people.sup, action=EscalationAction.COUNTER_PROPOSAL, note="Longer",
               terms={"installments": 36})
    with pytest.raises(ValidationError, match="36"):
        decide(database, eid, by=people.sup2, action=EscalationAction.APPROVED, note="ok")
    with pytest.raises(ValidationError, match="24"):
        decide(database, eid, by=people.sup2, action=EscalationAction.APPROVED, note="ok",
                   terms={"installments": 24})
    decide(database, eid, by=people.sup2, action=EscalationAction.APPROVED, note="At 10",
               terms={"installments": 10})
    assert esc.history(ctx, eid)[-1].terms == {"installments": 10}


def test_decision_history_in_order_and_stale_edit(database, people, make_account):
    ctx = database.ctx
    eid = raise_(database, make_account(), people, terms={"installments": 6})
    version = esc.get_escalation(ctx, eid).version
    version = decide(database, eid, by=people.sup, action=EscalationAction.INFO_REQUESTED,
                         note="Income statement?", expected_version=version)
    assert esc.get_escalation(ctx, eid).status == EscalationStatus.INFO_REQUESTED
    decide(database, eid, by=people.collector, action=EscalationAction.INFO_PROVIDED, note="Attached")
    assert esc.get_escalation(ctx, eid).status == EscalationStatus.UNDER_REVIEW
    with pytest.raises(StaleEditError):
        decide(database, eid, by=people.sup, action=EscalationAction.APPROVED, note="x",
                   expected_version=version)
    with pytest.raises(ValidationError, match="terms"):
        decide(database, eid, by=people.sup, action=EscalationAction.COUNTER_PROPOSAL, note="fewer")
    decide(database, eid, by=people.sup, action=EscalationAction.COUNTER_PROPOSAL, note="Fewer",
               terms={"installments": 4})
    decide(database, eid, by=people.sup, action=EscalationAction.APPROVED, note="Agreed at 4")
    steps = esc.history(ctx, eid)
    assert [h.action for h in steps] == [EscalationAction.RAISED, EscalationAction.INFO_REQUESTED,
                                         EscalationAction.INFO_PROVIDED, EscalationAction.COUNTER_PROPOSAL,
                                         EscalationAction.APPROVED]
    assert [h.actor_name for h in steps] == ["Anna Rossi", "Sara Conti", "Anna Rossi", "Sara Conti", "Sara Conti"]
    assert steps[3].terms == {"installments": 4} and steps[1].note == "Income statement?"
    assert all(a.at <= b.at for a, b in zip(steps, steps[1:]))
    with ctx.reading() as s:  # the audit trail has the status changes
        changes = s.scalars(select(AuditEntry.new_value).where(AuditEntry.entity == "escalation",
                                                               AuditEntry.field == "status")).all()
    assert "approved" in changes


def test_approvals_queue_ages_and_senior_managers_own_queue(database, people, make_account):
    ctx = database.ctx
    first = raise_(database, make_account(name="Zofia Żółć"), people)
    second = raise_(database, make_account(), people)
    done = raise_(database, make_account(), people)
    decide(database, done, by=people.sup, action=EscalationAction.REJECTED, note="No")
    now = datetime(2026, 4, 10, 12, tzinfo=timezone.utc)
    with ctx.transaction() as s:
        s.execute(update(Escalation).where(Escalation.id == first).values(created_at=now - timedelta(days=9, hours=1)))
        s.execute(update(Escalation).where(Escalation.id == second).values(created_at=now - timedelta(hours=5)))
    rows = esc.approvals_queue(ctx, now=now)
    assert [(r.id, r.age_days) for r in rows] == [(first, 9), (second, 0)]
    assert rows[0].debtor_name == "Zofia Żółć" and rows[0].raised_by == "Anna Rossi"
    assert esc.approvals_queue(ctx, for_staff_id=people.senior, now=now) == []
    decide(database, second, by=people.sup, action=EscalationAction.REFERRED, note="Up",
               refer_to_id=people.senior)
    mine = esc.approvals_queue(ctx, for_staff_id=people.senior, now=now)
    assert [(r.id, r.status, r.referred_to) for r in mine] == [(second, EscalationStatus.REFERRED, "Jürgen Groß")]
    with pytest.raises(ValidationError, match="not a senior manager"):
        decide(database, first, by=people.sup, action=EscalationAction.REFERRED, note="Up",
                   refer_to_id=people.sup2)


def test_attachments_keep_bytes_out_of_the_audit_trail(database, people, make_account, tmp_path):
    eid = raise_(database, make_account(), people)
    file = tmp_path / "Einkommensnachweis.pdf"
    file.write_bytes(b"%PDF-1.4 secret-bytes" * 10)
    esc.add_attachment(database.ctx, eid, file)
    assert [(name, size) for _, name, size in esc.attachments(database.ctx, eid)] == [("Einkommensnachweis.pdf", 210)]
    with database.ctx.reading() as s:
        texts = [str(v) for v in s.execute(select(AuditEntry.new_value, AuditEntry.old_value)).all()]
    assert not any("secret-bytes" in t for t in texts)
    with pytest.raises(ValidationError):
        esc.add_attachment(database.ctx, eid, tmp_path / "missing.pdf")


def test_bad_terms_are_refused_and_nothing_saved(database, people, make_account):
    account = make_account()
    with pytest.raises(ValidationError, match="installments"):
        raise_(database, account, people, terms={"installments": "twelve"})
    with pytest.raises(ValidationError, match="not a number"):
        raise_(database, account, people, decision=EscalationDecision.SETTLEMENT, terms={"settlement_amount": "x"})
    with pytest.raises(ValidationError, match="negative"):
        raise_(database, account, people, amount=Decimal("-1"))
    with database.ctx.reading() as s:
        assert s.scalars(select(Escalation.id)).all() == []
    assert esc.approvals_queue(database.ctx) == []
