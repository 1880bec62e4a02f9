"""The demo department: deterministic, complete (every status, role, bucket), money that adds up, and a
build that refuses a database with data and leaves nothing behind when cancelled."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text

from collectdesk.domain.aging import AgingBucket, bucket_for, days_past_due
from collectdesk.domain.enums import (
    OPEN_FEEDBACK,
    CLOSED_STATUSES,
    AccountStatus,
    EscalationStatus,
    PromiseStatus,
    StaffRole,
)
from collectdesk.domain.errors import ValidationError
from collectdesk.services.demo import DemoCancelled, build_demo
from collectdesk.store import maintenance
from collectdesk.store.models import (
    Account,
    Activity,
    AuditEntry,
    Branch,
    Debtor,
    DebtorContact,
    Escalation,
    FeedbackItem,
    Payment,
    PaymentPlan,
    PlanInstallment,
    Portfolio,
    PortfolioAccount,
    Promise,
    StaffMember,
    Target,
    TrainingRecord,
    WriteOff,
)

TODAY = date(2026, 3, 16)
ACCOUNTS = 300


@pytest.fixture
def demo(database):
    summary = build_demo(database.ctx, accounts=ACCOUNTS, seed=7, today=TODAY)
    return database, summary


def _fingerprint(db) -> dict:
    with db.ctx.reading() as s:
        return {
            "accounts": s.execute(select(Account.id, Account.account_no, Account.balance, Account.status,
                                         Account.due_date, Account.collector_id).order_by(Account.id)).all(),
            "activities": s.execute(select(Activity.id, Activity.occurred_at, Activity.outcome)
                                    .order_by(Activity.id)).all(),
            "payments": s.execute(select(Payment.id, Payment.amount, Payment.paid_on).order_by(Payment.id)).all(),
            "staff": s.execute(select(StaffMember.id, StaffMember.username).order_by(StaffMember.id)).all(),
        }


def test_same_seed_builds_the_same_department(database, tmp_path, monkeypatch):
    """Same seed and day, same rows and ids: on this backend and in a SQLite file built by the worker
    process that big builds use; another seed gives other data."""
    from collectdesk.services.database import open_database
    from collectdesk.services.demo import stream

    build_demo(database.ctx, accounts=120, seed=11, today=TODAY)
    monkeypatch.setattr(stream, "WORKER_FROM_ACCOUNTS", 1)
    again = open_database(str(tmp_path / "again.sqlite3"), actor="tester")
    other = open_database(str(tmp_path / "other.sqlite3"), actor="tester")
    try:
        build_demo(again.ctx, accounts=120, seed=11, today=TODAY)
        monkeypatch.setattr(stream, "WORKER_FROM_ACCOUNTS", 10**9)
        build_demo(other.ctx, accounts=120, seed=12, today=TODAY)
        first, second, third = _fingerprint(database), _fingerprint(again), _fingerprint(other)
    finally:
        again.close()
        other.close()
    assert len(first["accounts"]) == 120 and first["activities"] and first["payments"]
    assert first == second
    assert [a.account_no for a in first["accounts"]] != [a.account_no for a in third["accounts"]]
    assert {a.id for a in first["accounts"]}.isdisjoint({a.id for a in third["accounts"]})


def test_every_aging_bucket_status_role_and_escalation_status_is_there(demo):
    database, _ = demo
    with database.ctx.reading() as s:
        accounts = s.execute(select(Account.due_date, Account.status)).all()
        roles = {r for (r,) in s.execute(select(StaffMember.role))}
        left = s.scalar(select(func.count()).select_from(StaffMember).where(StaffMember.active.is_(False),
                                                                           StaffMember.left_on.is_not(None)))
        escalations = {st for (st,) in s.execute(select(Escalation.status))}
        promises = {st for (st,) in s.execute(select(Promise.status))}
    buckets = {bucket_for(days_past_due(due, TODAY)) for due, status in accounts if status not in CLOSED_STATUSES}
    assert buckets == set(AgingBucket)
    assert {status for _, status in accounts} == set(AccountStatus)
    assert roles == set(StaffRole)
    assert left > 0
    assert escalations == set(EscalationStatus)
    assert {PromiseStatus.PENDING, PromiseStatus.KEPT, PromiseStatus.PARTIAL, PromiseStatus.BROKEN} <= promises


def test_every_balance_is_the_original_less_payments_and_write_offs(demo):
    database, _ = demo
    with database.ctx.reading() as s:
        accounts = s.execute(select(Account.id, Account.original_amount, Account.balance, Account.status,
                                    Account.currency)).all()
        paid = defaultdict(Decimal)
        for account_id, amount, over, currency in s.execute(
                select(Payment.account_id, Payment.amount, Payment.overpayment, Payment.currency)):
            paid[account_id] += amount - over
        written = defaultdict(Decimal)
        for account_id, amount in s.execute(select(WriteOff.account_id, WriteOff.amount)):
            written[account_id] += amount
        plans = s.execute(select(PaymentPlan.id, PaymentPlan.total_amount)).all()
        installments = defaultdict(Decimal)
        for plan_id, amount in s.execute(select(PlanInstallment.plan_id, PlanInstallment.amount)):
            installments[plan_id] += amount
        currencies = s.execute(select(Payment.currency, Account.currency)
                               .join(Account, Account.id == Payment.account_id)).all()
    assert paid and written and plans
    for account_id, original, balance, status, _currency in accounts:
        assert balance == original - paid[account_id] - written[account_id], account_id
        assert 0 < balance <= original if status not in CLOSED_STATUSES else balance >= 0
        if status in (AccountStatus.PAID, AccountStatus.SETTLED, AccountStatus.WRITTEN_OFF):
            assert balance == 0
    assert all(total == installments[plan_id] for plan_id, total in plans)
    assert all(pay == acc for pay, acc in currencies)


def test_accounts_are_worked_in_the_debtors_country_by_active_collectors(demo):
    database, _ = demo
    with database.ctx.reading() as s:
        rows = s.execute(select(Account.country, Account.branch_id, Account.team_id, Debtor.country,
                                Branch.country, StaffMember.branch_id, StaffMember.team_id, StaffMember.role,
                                StaffMember.active)
                         .join(Debtor, Debtor.id == Account.debtor_id)
                         .join(Branch, Branch.id == Account.branch_id)
                         .join(StaffMember, StaffMember.id == Account.collector_id)).all()
    assert len(rows) == ACCOUNTS
    for country, branch, team, debtor_country, branch_country, staff_branch, staff_team, role, active in rows:
        assert country == debtor_country == branch_country
        assert (branch, team) == (staff_branch, staff_team)
        assert role == StaffRole.COLLECTOR and active


def test_promises_follow_the_calendar(demo):
    """Pending promises fall due from today on (some today); the others were settled before today; an
    account is 'promised' exactly when it has a pending promise."""
    database, _ = demo
    with database.ctx.reading() as s:
        pending = s.execute(select(Promise.account_id, Promise.due_date, Promise.amount, Account.balance)
                            .join(Account, Account.id == Promise.account_id)
                            .where(Promise.status == PromiseStatus.PENDING)).all()
        settled = s.execute(select(Promise.due_date, Promise.amount, Promise.paid_amount, Promise.status)
                            .where(Promise.status != PromiseStatus.PENDING)).all()
        promised = set(s.scalars(select(Account.id).where(Account.status == AccountStatus.PROMISED)))
    assert pending and min(p.due_date for p in pending) == TODAY
    assert all(p.amount <= p.balance for p in pending)
    assert {p.account_id for p in pending} == promised
    assert all(due < TODAY for due, *_ in settled)
    for _due, amount, paid_amount, status in settled:
        if status is PromiseStatus.KEPT:
            assert paid_amount == amount
        elif status is PromiseStatus.PARTIAL:
            assert 0 < paid_amount < amount


def test_activities_happen_in_office_hours_before_today(demo):
    database, _ = demo
    with database.ctx.reading() as s:
        rows = s.execute(select(Activity.occurred_at, Activity.channel, Activity.direction, Branch.timezone)
                         .join(Account, Account.id == Activity.account_id)
                         .join(Branch, Branch.id == Account.branch_id)).all()
        per_account = s.scalar(select(func.count()).select_from(Activity)) / ACCOUNTS
    assert per_account > 4  # about five a year per account
    start = datetime.combine(TODAY, datetime.min.time(), tzinfo=ZoneInfo("Europe/Rome"))
    # the history: the current month and the 14 full months before it (12 shown, 2 of run-in)
    year, month = divmod(TODAY.year * 12 + TODAY.month - 1 - 14, 12)
    first = datetime(year, month + 1, 1, tzinfo=ZoneInfo("Europe/Rome"))
    for occurred, channel, direction, tz in rows:
        assert occurred.tzinfo is not None and occurred < start
        assert occurred >= first
        local = occurred.astimezone(ZoneInfo(tz))
        assert local.weekday() < 6, (occurred, tz)
        assert 8 <= local.hour < 20 or (local.hour == 20 and local.minute < 30), (occurred, tz, channel)


def test_names_with_diacritics_read_back_exactly(demo):
    database, _ = demo
    with database.ctx.reading() as s:
        staff = {name: branch for name, branch in s.execute(
            select(StaffMember.full_name, Branch.name).join(Branch, Branch.id == StaffMember.branch_id))}
        debtors = s.execute(select(Debtor.name, Debtor.address, Debtor.country)).all()
        phones = s.execute(select(DebtorContact.value, Debtor.country)
                           .join(Debtor, Debtor.id == DebtorContact.debtor_id)
                           .where(DebtorContact.kind == "phone")).all()
    assert staff["Łukasz Wójcik"] == "Łódź"
    assert staff["Agnieszka Zając"] == "Łódź"
    assert staff["Niccolò Bianchi"] == "Milano"
    assert staff["Jürgen Groß"] == "München"
    assert staff["Käthe Müller"] == "Köln"
    assert any("Łódź" in (address or "") for _, address, _ in debtors)
    assert any(re.search("[ąćęłńóśźżäöüßàèéìòù]", name) for name, _, _ in debtors)
    prefix = {"IT": "+39 ", "PL": "+48 ", "DE": "+49 "}
    assert all(value.startswith(prefix[country]) for value, country in phones)


def test_values_come_back_as_the_orm_types(demo):
    """The generator writes prepared driver values; through the ORM they are Decimal, aware UTC datetimes
    and dates like any other row."""
    database, _ = demo
    with database.ctx.reading() as s:
        account = s.scalars(select(Account).where(Account.status == AccountStatus.PAID).limit(1)).one()
        payment = s.scalars(select(Payment).where(Payment.account_id == account.id)).first()
        activity = s.scalars(select(Activity).where(Activity.account_id == account.id)).first()
        countries = s.execute(select(Account.country, Account.currency).distinct()).all()
    assert isinstance(account.original_amount, Decimal) and account.balance == Decimal("0.00")
    assert account.original_amount.as_tuple().exponent == -2
    assert isinstance(payment.amount, Decimal) and payment.amount > 0
    assert payment.posted_at.tzinfo is not None and payment.posted_at.utcoffset() == timedelta(0)
    assert isinstance(account.due_date, date) and account.created_at.tzinfo is not None
    assert activity is not None and activity.occurred_at.tzinfo is not None
    assert re.fullmatch(r"(IT|PL|DE)-20\d\d-\d{6}", account.account_no)
    assert dict(countries) == {"IT": "EUR", "PL": "PLN", "DE": "EUR"}


def test_inbox_escalations_targets_training_and_portfolios(demo):
    database, _ = demo
    now = datetime.combine(TODAY, datetime.min.time(), tzinfo=timezone.utc)
    with database.ctx.reading() as s:
        feedback = s.execute(select(FeedbackItem.kind, FeedbackItem.source, FeedbackItem.status,
                                    FeedbackItem.due_by, FeedbackItem.satisfaction, FeedbackItem.nps)).all()
        referred = s.execute(select(StaffMember.role).join(Escalation, Escalation.assigned_to_id == StaffMember.id)
                             .where(Escalation.status == EscalationStatus.REFERRED)).all()
        targets = s.execute(select(Target.staff_id, Target.team_id, Target.metric, Target.period_start)).all()
        training = s.execute(select(TrainingRecord.status, StaffMember.hire_date)
                             .join(StaffMember, StaffMember.id == TrainingRecord.staff_id)).all()
        portfolios = s.execute(select(Portfolio.kind, StaffMember.role, func.count(PortfolioAccount.account_id))
                               .join(StaffMember, StaffMember.id == Portfolio.owner_id)
                               .outerjoin(PortfolioAccount, PortfolioAccount.portfolio_id == Portfolio.id)
                               .group_by(Portfolio.kind, StaffMember.role)).all()
    kinds = {(k, src) for k, src, *_ in feedback}
    assert {("complaint", "email"), ("survey", "agency"), ("suggestion", "staff_suggestion")} <= kinds
    assert kinds & {("complaint", "letter"), ("dispute", "letter"), ("hardship", "letter")}  # letters too
    open_values = {s.value for s in OPEN_FEEDBACK}
    assert any(st in open_values and due is not None and due < now for _, _, st, due, _, _ in feedback)
    surveys = [(sat, nps) for k, _, _, _, sat, nps in feedback if k == "survey"]
    assert surveys and all(1 <= sat <= 5 and 0 <= nps <= 10 for sat, nps in surveys)
    assert referred and all(role == StaffRole.SENIOR_MANAGER for (role,) in referred)
    months = {p for *_, p in targets}
    assert len(months) == 13
    assert {m for st, team, m, _ in targets if st} == {m for st, team, m, _ in targets if team} == {
        "amount_collected", "contacts"}
    assert any(status.value in ("assigned", "in_progress") and hired >= TODAY - timedelta(days=90)
               for status, hired in training)
    assert {k for k, role, _ in portfolios} >= {"high_risk", "high_profile", "fraud"}
    assert all(role == StaffRole.SUPERVISOR for _, role, _ in portfolios)
    assert sum(n for *_, n in portfolios) > 0


def test_stats_count_what_the_summary_says_and_one_bulk_audit_row(demo):
    database, summary = demo
    stats = maintenance.stats(database.engine)
    shared = set(stats.counts) & set(summary.counts)
    assert {"accounts", "debtors", "activities", "payments", "escalations", "feedback"} <= shared
    assert {key: stats.counts[key] for key in shared} == {key: summary.counts[key] for key in shared}
    assert summary.accounts == ACCOUNTS
    with database.ctx.reading() as s:
        audit = s.execute(select(AuditEntry.action, AuditEntry.entity, AuditEntry.summary)
                          .where(AuditEntry.action == "bulk")).all()
        others = set(s.execute(select(AuditEntry.action, AuditEntry.entity, AuditEntry.field)
                               .where(AuditEntry.action != "bulk")).all())
    assert len(audit) == 1 and audit[0][:2] == ("bulk", "demo") and "300" in audit[0][2]
    assert others <= {("update", "account", "collector_id")}  # hand-overs of accounts between collectors


def _index_names(database) -> set[str]:
    """Indexes (with their definitions) and, on PostgreSQL, constraints: the build drops and restores them."""
    with database.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            return set(conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'index'")).all())
        return set(conn.execute(text(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()")).all()) | set(
            conn.execute(text("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                              "WHERE connamespace = current_schema()::regnamespace")).all())


def test_indexes_and_constraints_are_back_after_the_build(database):
    before = _index_names(database)
    build_demo(database.ctx, accounts=50, seed=2, today=TODAY)
    assert len(before) > 50 and _index_names(database) == before


def test_refuses_a_database_that_holds_accounts(database, make_account):
    make_account()
    with pytest.raises(ValidationError) as err:
        build_demo(database.ctx, accounts=50, today=TODAY)
    assert "empty database" in err.value.message
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(Account)) == 1
        assert s.scalar(select(func.count()).select_from(Branch)) == 1


def test_cancel_rolls_everything_back(database):
    before = _index_names(database)
    seen = []

    def progress(done, total):
        seen.append((done, total))

    with pytest.raises(DemoCancelled):
        build_demo(database.ctx, accounts=4500, today=TODAY, progress=progress, cancelled=lambda: len(seen) >= 2)
    with database.ctx.reading() as s:
        for model in (Account, Debtor, StaffMember, Branch, Activity, AuditEntry):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model
    assert _index_names(database) == before
    assert seen[-1][0] < seen[-1][1]
    # the database is still usable: a build after the cancelled one succeeds
    assert build_demo(database.ctx, accounts=20, today=TODAY).accounts == 20


def test_cancel_stops_the_generator_process(database, monkeypatch):
    """Big builds generate in a worker process; cancelling ends it and rolls back just the same."""
    from collectdesk.services.demo import stream

    monkeypatch.setattr(stream, "WORKER_FROM_ACCOUNTS", 1)
    opened = []
    real = stream.WorkerStream

    def spy(*args):
        opened.append(real(*args))
        return opened[-1]

    monkeypatch.setattr(stream, "WorkerStream", spy)
    with pytest.raises(DemoCancelled):
        build_demo(database.ctx, accounts=100_000, today=TODAY, cancelled=lambda: True)
    assert len(opened) == 1 and opened[0]._process.poll() is not None
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(Account)) == 0


def test_rejects_a_nonsensical_size(database):
    with pytest.raises(ValidationError):
        build_demo(database.ctx, accounts=0, today=TODAY)


def test_escalations_read_like_ones_raised_in_the_app(demo):
    demo, _summary = demo
    """Each demo escalation has its raised step (and its decision's) in the history, terms in the keys the
    approval reads, and a snapshot in the structured shape the pane and the referral sheet show."""
    import json

    from collectdesk.store.models import Escalation, EscalationEvent

    known = {"installments", "first_due", "frequency", "plan_amount", "settlement_amount", "discount_pct",
             "deadline", "write_off_amount", "write_off_reason", "accounting_ref"}
    with demo.ctx.reading() as s:
        cases = s.scalars(select(Escalation)).all()
        events = defaultdict(list)
        for e in s.scalars(select(EscalationEvent).order_by(EscalationEvent.at)).all():
            events[e.escalation_id].append(e.action.value)
    assert cases
    for case in cases:
        assert events[case.id][0] == "raised", case.id
        if case.status.value in ("approved", "rejected", "withdrawn"):
            assert events[case.id][-1] == case.status.value
        assert set(json.loads(case.proposed_terms or "{}")) <= known
        snap = json.loads(case.snapshot)
        balances = snap["balances"]
        assert Decimal(balances["original"]) - Decimal(balances["paid"]) == Decimal(balances["open"])
        assert snap["aging"]["days_past_due"] >= 0
