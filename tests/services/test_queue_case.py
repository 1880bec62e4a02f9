"""The queue's case: the Case column per account (escalation, payment plan, settlement), the "open
escalation" and "payment plan state" filters, and the built-in "Payment plans in trouble" queue, on both
databases. Every account is set up through the services, as a user's work would leave it."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select, update

from collectdesk.domain.enums import (EscalationAction, EscalationDecision, EscalationReason, EscalationStatus,
                                      InstallmentStatus, PlanFrequency, PlanStatus, SettlementStatus, StaffRole)
from collectdesk.services import escalations, payments, plans, settlements
from collectdesk.services.queues import QueueFilter, QueueQuery, builtin_filter
from collectdesk.services.queues.builtin import BUILTIN_KEYS, builtin_title
from collectdesk.services.queues.case import CaseState
from collectdesk.services.queues.saved import list_saved, save_queue
from collectdesk.store.models import Account, PaymentPlan, PlanInstallment, SavedQueue, StaffMember
from collectdesk.store.models.escalations import Escalation
from collectdesk.ui.queues.case_text import case_text

# plans are weekly here, so every date is a plain number of days from today (the sweep and the
# services use today's date where they take none)
TODAY = date.today()


def _days(n: int) -> date:
    return TODAY + timedelta(days=n)


@pytest.fixture
def people(database, org):
    with database.ctx.transaction() as s:
        sup = StaffMember(username="sara", full_name="Sara Conti", role=StaffRole.SUPERVISOR, team_id=org.team,
                          branch_id=org.branch)
        senior = StaffMember(username="jurgen", full_name="Jürgen Groß", role=StaffRole.SENIOR_MANAGER,
                             branch_id=org.branch)
        s.add_all([sup, senior])
        s.flush()
        return SimpleNamespace(collector=org.anna, sup=sup.id, senior=senior.id)


def _plan(database, acc, first_due: date, *, count: int = 6, approve: bool = True):
    pid = plans.create_plan(database.ctx, acc, frequency=PlanFrequency.WEEKLY, first_due=first_due, count=count)
    if approve:
        plans.approve_plan(database.ctx, pid, "sara")
    return pid


def _as(database, staff_id):
    """The staff member's own login (a shared database lets everyone decide only under their own)."""
    from collectdesk.services.context import ServiceContext

    with database.ctx.reading() as s:
        return ServiceContext(database.engine, s.get(StaffMember, staff_id).username)


def _escalate(database, acc, people):
    return escalations.raise_escalation(
        database.ctx, acc, raised_by_id=people.collector, reason=EscalationReason.HARDSHIP,
        requested_decision=EscalationDecision.PAYMENT_PLAN, proposed_terms=None, note="Lost her job",
        today=TODAY)


@pytest.fixture
def cases(database, org, people, make_account):
    """One account per situation a supervisor meets; returns their ids by name."""
    a = SimpleNamespace(**{name: make_account(balance=Decimal("1200.00"), name=f"Debtor {name}",
                                              due_date=_days(-100))
                           for name in ("plain", "submitted", "referred", "withdrawn", "proposed", "active",
                                        "on_track", "missed", "broken_recent", "broken_edge", "broken_old",
                                        "broken_replaced", "offered", "accepted", "everything")})
    _escalate(database, a.submitted, people)
    eid = _escalate(database, a.referred, people)
    escalations.decide(_as(database, people.sup), eid, action=EscalationAction.REFERRED,
                       decided_by_id=people.sup, note="Above my limit", refer_to_id=people.senior)
    eid = _escalate(database, a.withdrawn, people)
    escalations.decide(_as(database, people.collector), eid, action=EscalationAction.WITHDRAWN,
                       decided_by_id=people.collector, note="Paid after all")

    _plan(database, a.proposed, _days(3), approve=False)
    _plan(database, a.active, _days(3))
    _plan(database, a.on_track, _days(-6))
    payments.record_payment(database.ctx, a.on_track, amount=Decimal("200.00"), paid_on=_days(-7), today=TODAY)
    _plan(database, a.missed, _days(-6))  # the first installment is past its 5 days of grace
    # weekly installments from 20 days ago: the 2nd one (13 days ago) ran out of grace 7 days ago
    _plan(database, a.broken_recent, _days(-20))
    _plan(database, a.broken_edge, _days(-43))  # 2nd due 36 days ago: broken exactly 30 days ago
    _plan(database, a.broken_old, _days(-44))  # ... 31 days ago: not in the 30-day queue
    _plan(database, a.broken_replaced, _days(-20))
    _plan(database, a.everything, _days(-6))
    assert plans.sweep_plans(database.ctx, TODAY) == 7  # on track, missed x2, broken x4
    _plan(database, a.broken_replaced, _days(3))  # a new plan runs: the broken one is history

    sid = settlements.offer_settlement(database.ctx, a.offered, deadline=_days(20), discount_pct=Decimal(30),
                                       today=TODAY)
    sid = settlements.offer_settlement(database.ctx, a.accepted, deadline=_days(15), discount_pct=Decimal(25),
                                       today=TODAY)
    settlements.accept_settlement(database.ctx, sid, "sara")
    eid = _escalate(database, a.everything, people)
    escalations.decide(_as(database, people.sup), eid, action=EscalationAction.REFERRED,
                       decided_by_id=people.sup, note="Above my limit", refer_to_id=people.senior)
    sid = settlements.offer_settlement(database.ctx, a.everything, deadline=_days(10), discount_pct=Decimal(40),
                                       today=TODAY)
    settlements.accept_settlement(database.ctx, sid, "sara")
    return a


def _page(database, flt: QueueFilter, with_case: bool = True) -> dict:
    rows = QueueQuery(database.engine, flt, today=TODAY).page(0, 1000, with_case=with_case)
    return {r.id: r for r in rows}


def _d(n: int) -> str:
    from collectdesk import i18n

    return i18n.format_date(_days(n))


def test_case_column_says_where_each_account_stands(database, cases):
    rows = _page(database, QueueFilter())
    text = {name: case_text(rows[acc].case) for name, acc in vars(cases).items()}
    assert text == {
        "plain": "",
        "submitted": "Escalation: awaiting decision",
        "referred": "Escalation: referred to senior manager",
        "withdrawn": "",  # decided: nothing awaits a decision
        "proposed": "Plan: awaiting approval",
        "active": "Plan: active, nothing due yet",
        "on_track": "Plan: on track",
        "missed": "Plan: installment missed",
        "broken_recent": f"Plan: broken ({_d(-7)})",
        "broken_edge": f"Plan: broken ({_d(-30)})",
        "broken_old": f"Plan: broken ({_d(-31)})",
        "broken_replaced": "Plan: active, nothing due yet",
        "offered": f"Settlement offered, until {_d(20)}",
        "accepted": f"Settlement due by {_d(15)}",
        # a plan in trouble first: the cell is drawn in the warning colour for it
        "everything": f"Plan: installment missed \u00b7 Escalation: referred to senior manager \u00b7 "
                      f"Settlement due by {_d(10)}",
    }
    assert rows[cases.plain].case is None
    assert rows[cases.broken_recent].case == CaseState(plan=PlanStatus.BROKEN, plan_broken_on=_days(-7))
    assert rows[cases.everything].case == CaseState(
        escalation=EscalationStatus.REFERRED, plan=PlanStatus.MISSED, settlement=SettlementStatus.ACCEPTED,
        settlement_deadline=_days(10))


def test_case_is_read_only_when_asked_and_only_for_the_rows_asked(database, cases):
    assert all(r.case is None for r in _page(database, QueueFilter(), with_case=False).values())
    query = QueueQuery(database.engine, QueueFilter(search="Debtor missed"), today=TODAY)
    [row] = query.page(0, 100, with_case=True)
    assert row.id == cases.missed and row.case.plan is PlanStatus.MISSED
    statements = []
    from sqlalchemy import event

    def seen(_conn, _cursor, statement, *_a):
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", seen)
    try:
        query.page(0, 100, with_case=True)
    finally:
        event.remove(database.engine, "before_cursor_execute", seen)
    case_statements = [s for s in statements if "escalation" in s and "settlement" in s]
    assert len(case_statements) == 1 and "UNION ALL" in case_statements[0]


def test_a_broken_plan_without_missed_installments_dates_from_when_it_was_recorded(database, cases):
    """Older data: a plan marked broken with no missed installments on record."""
    with database.ctx.transaction() as s:
        pid = s.scalar(select(PaymentPlan.id).where(PaymentPlan.account_id == cases.active))
        s.execute(update(PlanInstallment).where(PlanInstallment.plan_id == pid)
                  .values(status=InstallmentStatus.DUE))
        plan = s.get(PaymentPlan, pid)
        plan.status = PlanStatus.BROKEN
    with database.ctx.reading() as s:
        recorded = s.get(PaymentPlan, pid).updated_at.date()
    row = _page(database, QueueFilter())[cases.active]
    assert row.case.plan_broken_on == recorded
    in_queue = set(_page(database, QueueFilter(plan_states=("broken",), plan_broken_days=(TODAY - recorded).days)))
    assert cases.active in in_queue


def _direct_open_escalation(database) -> set:
    with database.ctx.reading() as s:
        return set(s.scalars(select(Escalation.account_id).where(
            Escalation.status.in_(escalations.OPEN_STATUSES))))


def _direct_plan_accounts(database, states: set[PlanStatus], broken_days: int | None) -> set:
    """The reference, computed in Python from the plans and their installments."""
    out = set()
    with database.ctx.reading() as s:
        all_plans = s.scalars(select(PaymentPlan)).all()
        running = {p.account_id for p in all_plans if p.status in plans.RUNNING}
        for p in all_plans:
            if p.status not in states:
                continue
            if p.status is PlanStatus.BROKEN:
                if p.account_id in running:
                    continue
                missed = sorted(i.due_date for i in p.installments if i.status is InstallmentStatus.MISSED)
                broken_on = missed[1] + timedelta(days=p.grace_days + 1)
                if broken_days is not None and broken_on < TODAY - timedelta(days=broken_days):
                    continue
            out.add(p.account_id)
    return out


@pytest.mark.parametrize("flt, expected", [
    (QueueFilter(open_escalation=True), {"submitted", "referred", "everything"}),
    (QueueFilter(plan_states=("missed",)), {"missed", "everything"}),
    (QueueFilter(plan_states=("missed", "broken")),
     {"missed", "everything", "broken_recent", "broken_edge", "broken_old"}),
    (QueueFilter(plan_states=("missed", "broken"), plan_broken_days=30),
     {"missed", "everything", "broken_recent", "broken_edge"}),
    (QueueFilter(plan_states=("broken",), plan_broken_days=10), {"broken_recent"}),
    (QueueFilter(plan_states=("on_track", "active", "proposed")),
     {"on_track", "active", "proposed", "broken_replaced"}),
    (QueueFilter(open_escalation=True, plan_states=("missed",)), {"everything"}),
    (builtin_filter("plans_in_trouble", TODAY), {"missed", "everything", "broken_recent", "broken_edge"}),
])
def test_case_filters_select_exactly_the_right_accounts(database, cases, flt, expected):
    query = QueueQuery(database.engine, flt, today=TODAY)
    got = {r.id for r in query.page(0, 1000)}
    assert got == {getattr(cases, name) for name in expected}
    assert query.count() == len(got)
    # the same against a direct reading of the tables
    reference = set(vars(cases).values())
    if flt.open_escalation:
        reference &= _direct_open_escalation(database)
    if flt.plan_states:
        reference &= _direct_plan_accounts(database, {PlanStatus(s) for s in flt.plan_states}, flt.plan_broken_days)
    assert got == reference
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(Account).where(*flt.conditions(TODAY))) == len(reference)


def test_case_filters_page_from_either_end_like_any_queue(database, cases):
    query = QueueQuery(database.engine, builtin_filter("plans_in_trouble", TODAY), sort_key="balance", today=TODAY)
    total = query.count()
    full = [r.id for r in query.page(0, total)]
    windows = []
    for offset in range(0, total, 1):
        windows.extend(query.ids(offset, 1, total))  # the second half is read from the other end
    assert windows == full and len(full) == 4
    keys = query.ordered_keys()  # a sort without an index reads the keys: same rows
    assert set(query.ids_for_keys(keys.slice(0, len(keys)))) == set(full)


def test_plans_in_trouble_is_a_builtin_queue_next_to_escalated(database, cases):
    keys = list(BUILTIN_KEYS)
    assert keys.index("plans_in_trouble") == keys.index("escalated") + 1
    assert builtin_title("plans_in_trouble") == "Payment plans in trouble"
    rows = _page(database, builtin_filter("plans_in_trouble", TODAY))
    assert {case_text(r.case).split(" \u00b7 ")[0] for r in rows.values()} == {
        "Plan: installment missed", f"Plan: broken ({_d(-7)})", f"Plan: broken ({_d(-30)})"}


def test_saved_queue_with_the_case_filters_round_trips(database, cases):
    flt = QueueFilter(open_escalation=True, plan_states=("missed", "broken"), plan_broken_days=30,
                      countries=("IT",))
    save_queue(database.ctx, "Trouble IT", flt, ("account_no", "case"))
    [info] = list_saved(database.ctx)
    assert info.filter == flt and info.columns == ("account_no", "case")
    assert set(_page(database, info.filter)) == {cases.everything}


def test_a_queue_saved_before_the_case_filters_still_loads(database, cases):
    old_json = '{"aging": ["180+"], "countries": ["IT"], "open_only": true, "search": "Rossi"}'
    with database.ctx.transaction() as s:
        s.add(SavedQueue(owner=database.ctx.actor, name="Old one", filter_json=old_json,
                         columns_json='["account_no", "debtor"]'))
    [info] = list_saved(database.ctx)
    assert info.filter == QueueFilter(aging=("180+",), countries=("IT",), search="Rossi")
    assert (info.filter.open_escalation, info.filter.plan_states, info.filter.plan_broken_days) == (False, (), None)


def test_export_with_the_case_column_writes_the_case_of_every_row(database, cases, tmp_path):
    import csv

    from collectdesk.services.queues.export import export_queue
    from collectdesk.ui.queues.value_text import labeller

    query = QueueQuery(database.engine, QueueFilter(), sort_key="account_no", today=TODAY)
    out = tmp_path / "queue.csv"
    assert export_queue(query, ["debtor", "case"], out, labeller=labeller) == 15
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = {r[0]: r[1] for r in list(csv.reader(fh))[1:]}
    assert rows["Debtor plain"] == ""
    assert rows["Debtor referred"] == "Escalation: referred to senior manager"
    assert rows["Debtor accepted"] == f"Settlement due by {_d(15)}"
    export_queue(query, ["debtor", "case"], out)  # no labeller (no GUI): the states as codes
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = {r[0]: r[1] for r in list(csv.reader(fh))[1:]}
    assert rows["Debtor broken_recent"] == f"plan broken {_days(-7).isoformat()}"


def test_the_case_column_cannot_be_sorted(database, cases):
    query = QueueQuery(database.engine, QueueFilter(), sort_key="case", today=TODAY)
    assert query.sort_key == "dpd"
