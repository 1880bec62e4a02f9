"""The dashboard's figures equal what a supervisor would count by hand from the rows underneath."""

import random
import uuid
from collections import defaultdict
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from types import SimpleNamespace

import pytest

from collectdesk.domain.aging import BUCKET_BOUNDS, AgingBucket, bucket_for, days_past_due
from collectdesk.domain.enums import (
    CLOSED_STATUSES,
    AccountStatus,
    EscalationDecision,
    EscalationReason,
    EscalationStatus,
    FeedbackKind,
    FeedbackSource,
    FeedbackStatus,
    PromiseStatus,
)
from collectdesk.services.dashboard import dashboard_figures, make_periods, prorated_target
from collectdesk.store.models import Account, Debtor, Escalation, FeedbackItem, Payment, Promise, Target

# A Wednesday whose ISO week starts in March: the week straddles two months.
TODAY = date(2026, 4, 1)
NOW = datetime(2026, 4, 1, 10, 30, tzinfo=timezone.utc)
CURRENCIES = ("EUR", "PLN")


def cents(rng, low=1, high=500_000) -> Decimal:
    return Decimal(rng.randint(low, high)).scaleb(-2)


def seed_department(database, org, *, seed=7, accounts=80):
    """Random accounts, payments, promises, complaints and escalations around TODAY; returns the rows
    as plain tuples so the test can count them by hand."""
    rng = random.Random(seed)
    made = SimpleNamespace(accounts=[], payments=[], promises=[], feedback=[], escalations=[])
    # exact bucket edges first, then random due dates
    edges = [0, -5, 1, 30, 31, 60, 61, 90, 91, 180, 181, 400]
    statuses = list(AccountStatus)
    with database.ctx.transaction() as s:
        for i in range(accounts):
            dpd = edges[i] if i < len(edges) else rng.randint(-60, 500)
            status = AccountStatus.OPEN if i < len(edges) else rng.choice(statuses)
            cur = CURRENCIES[i % 2] if i < len(edges) else rng.choice(CURRENCIES)
            balance = cents(rng)
            debtor = Debtor(name=f"Debtor {i}", name_key=f"debtor {i}", country="IT")
            s.add(debtor)
            s.flush()
            acc = Account(account_no=f"D-{i:05d}", debtor_id=debtor.id, currency=cur, original_amount=balance,
                          balance=balance, due_date=TODAY - timedelta(days=dpd), status=status, country="IT",
                          debtor_name_key=debtor.name_key, collector_id=org.anna, team_id=org.team,
                          branch_id=org.branch)
            s.add(acc)
            s.flush()
            made.accounts.append((acc.id, cur, balance, acc.due_date, status))
        ids = [a[0] for a in made.accounts]
        cur_of = {a[0]: a[1] for a in made.accounts}
        for _ in range(300):
            acc_id = rng.choice(ids)
            amount = cents(rng, 100, 90_000)
            over = cents(rng, 1, 5_000) if rng.random() < 0.1 else Decimal("0.00")
            if rng.random() < 0.05:
                amount, over = -amount, Decimal("0.00")  # a reversal
            paid_on = TODAY - timedelta(days=rng.randint(0, 110))
            s.add(Payment(account_id=acc_id, amount=amount, currency=cur_of[acc_id], overpayment=over,
                          paid_on=paid_on, posted_at=NOW, posted_by="test"))
            made.payments.append((cur_of[acc_id], amount, over, paid_on))
        for _ in range(150):
            acc_id = rng.choice(ids)
            status = rng.choice(list(PromiseStatus))
            due = TODAY + timedelta(days=rng.randint(-45, 45))
            amount = cents(rng, 100, 50_000)
            s.add(Promise(account_id=acc_id, amount=amount, currency=cur_of[acc_id], promised_at=NOW,
                          due_date=due, status=status))
            made.promises.append((status, cur_of[acc_id], amount, due))
        for i in range(40):
            kind = rng.choice(list(FeedbackKind))
            status = rng.choice(list(FeedbackStatus))
            due_by = None if rng.random() < 0.2 else NOW + timedelta(hours=rng.randint(-200, 200))
            s.add(FeedbackItem(source=FeedbackSource.EMAIL, kind=kind, status=status, subject=f"item {i}",
                               received_at=NOW - timedelta(days=3), due_by=due_by))
            made.feedback.append((kind, status, due_by))
        for _ in range(25):
            acc_id = rng.choice(ids)
            status = rng.choice(list(EscalationStatus))
            amount = cents(rng)
            s.add(Escalation(account_id=acc_id, reason=EscalationReason.HARDSHIP,
                             requested_decision=EscalationDecision.SETTLEMENT, status=status,
                             amount_at_stake=amount, currency=cur_of[acc_id]))
            made.escalations.append((status, cur_of[acc_id], amount))
        # department targets: March and April in EUR, April in PLN; team rows that must be ignored
        for start, end, amount, cur in [(date(2026, 3, 1), date(2026, 3, 31), Decimal("31000.00"), "EUR"),
                                        (date(2026, 4, 1), date(2026, 4, 30), Decimal("30000.00"), "EUR"),
                                        (date(2026, 4, 1), date(2026, 4, 30), Decimal("90000.00"), "PLN")]:
            s.add(Target(metric="amount_collected", period_start=start, period_end=end, amount=amount, currency=cur))
        s.add(Target(metric="amount_collected", team_id=org.team, period_start=date(2026, 4, 1),
                     period_end=date(2026, 4, 30), amount=Decimal("12345.00"), currency="EUR"))
        s.add(Target(metric="contacts", period_start=date(2026, 4, 1), period_end=date(2026, 4, 30),
                     count=500))
    return made


@pytest.fixture
def department(database, org):
    return seed_department(database, org)


@pytest.fixture
def figures(database, department):
    return dashboard_figures(database.ctx, TODAY, timezone.utc, now=NOW)


def test_periods_are_the_day_the_iso_week_and_the_calendar_month():
    day, week, month = make_periods(TODAY)
    assert (day.start, day.end, day.elapsed) == (TODAY, TODAY, 1)
    assert (week.start, week.end) == (date(2026, 3, 30), date(2026, 4, 5))
    assert week.elapsed == Decimal(3) / 7
    assert (month.start, month.end, month.days) == (date(2026, 4, 1), date(2026, 4, 30), 30)


def test_collected_is_payments_less_overpayments_per_currency_to_the_cent(figures, department):
    for pf in figures.periods:
        expected = defaultdict(Decimal)
        for cur, amount, over, paid_on in department.payments:
            if pf.period.start <= paid_on <= pf.period.end:
                expected[cur] += amount - over
        assert pf.collected == dict(expected), pf.period.key
        assert all(isinstance(v, Decimal) for v in pf.collected.values())


def test_trend_is_thirteen_iso_weeks_ending_this_week(figures, department):
    assert len(figures.trend) == 13
    assert figures.trend[-1].week_start == date(2026, 3, 30)
    assert figures.trend[0].week_start == date(2026, 3, 30) - timedelta(weeks=12)
    for point in figures.trend:
        assert point.week_start.weekday() == 0
        assert (point.iso_year, point.iso_week) == tuple(point.week_start.isocalendar())[:2]
        expected = defaultdict(Decimal)
        for cur, amount, over, paid_on in department.payments:
            if point.week_start <= paid_on <= point.week_start + timedelta(days=6):
                expected[cur] += amount - over
        assert point.collected == dict(expected)


def test_targets_are_prorated_by_days_and_attainment_follows(figures):
    day, week, month = figures.periods
    # April: 30,000 EUR / 30 days; the week takes 2 March days of 31,000/31 and 5 April days
    assert day.target == {"EUR": Decimal("1000.00"), "PLN": Decimal("3000.00")}
    assert week.target == {"EUR": Decimal("7000.00"), "PLN": Decimal("15000.00")}
    assert month.target == {"EUR": Decimal("30000.00"), "PLN": Decimal("90000.00")}
    for pf in figures.periods:
        for cur, goal in pf.target.items():
            pct = (pf.collected.get(cur, Decimal(0)) * 100 / goal).quantize(Decimal("0.1"))
            assert abs(pf.attainment[cur] - pct) <= Decimal("0.1")


def test_target_levels_do_not_double_count():
    def t(amount, team=None, staff=None, cur="EUR"):
        return SimpleNamespace(staff_id=staff, team_id=team, period_start=date(2026, 4, 1),
                               period_end=date(2026, 4, 30), amount=Decimal(amount), currency=cur)

    team_a, team_b, anna = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    staff_only = [t("1000", team_a, anna), t("2000", team_a, uuid.uuid4())]
    assert prorated_target(staff_only, date(2026, 4, 1), date(2026, 4, 30)) == {"EUR": Decimal("3000.00")}
    teams = staff_only + [t("4000", team_a), t("5000", team_b)]
    assert prorated_target(teams, date(2026, 4, 1), date(2026, 4, 30)) == {"EUR": Decimal("9000.00")}
    dept = teams + [t("10000")]
    assert prorated_target(dept, date(2026, 4, 1), date(2026, 4, 30)) == {"EUR": Decimal("10000.00")}
    # one day of 100.00 over 30 days: 3.333... rounds half up to the cent once
    assert prorated_target([t("100")], date(2026, 4, 2), date(2026, 4, 2)) == {"EUR": Decimal("3.33")}


def test_promises_due_and_broken_per_period(figures, department):
    for pf in figures.periods:
        for status, tally in ((PromiseStatus.PENDING, pf.promises_due), (PromiseStatus.BROKEN, pf.promises_broken)):
            counts, amounts = defaultdict(int), defaultdict(Decimal)
            for st, cur, amount, due in department.promises:
                if st is status and pf.period.start <= due <= pf.period.end:
                    counts[cur] += 1
                    amounts[cur] += amount
            assert tally.counts == dict(counts), (pf.period.key, status)
            assert tally.amounts == dict(amounts), (pf.period.key, status)
    assert figures.period("month").promises_due.count > 0


def test_aging_counts_and_balances_per_bucket_and_currency(figures, department):
    counts = defaultdict(lambda: defaultdict(int))
    balances = defaultdict(lambda: defaultdict(Decimal))
    for _id, cur, balance, due, status in department.accounts:
        if status in CLOSED_STATUSES:
            continue
        bucket = bucket_for(days_past_due(due, TODAY))
        counts[bucket][cur] += 1
        balances[bucket][cur] += balance
    assert [row.bucket for row in figures.aging] == [b for b, _lo, _hi in BUCKET_BOUNDS]
    for row in figures.aging:
        assert row.counts == dict(counts[row.bucket]), row.bucket
        assert row.balances == dict(balances[row.bucket]), row.bucket
    # the exact edges: due today is current, 30 days past due is 1-30, 181 is 180+
    for bucket in AgingBucket:
        assert figures.aging_row(bucket).count >= 1
    open_total = sum(1 for a in department.accounts if a[4] not in CLOSED_STATUSES)
    assert figures.open_accounts.count == open_total


def test_complaints_open_and_overdue(figures, department):
    open_ = [f for f in department.feedback
             if f[0] is FeedbackKind.COMPLAINT and f[1] in (FeedbackStatus.NEW, FeedbackStatus.ASSIGNED,
                                                             FeedbackStatus.IN_PROGRESS, FeedbackStatus.WAITING)]
    assert figures.complaints_open == len(open_)
    assert figures.complaints_overdue == sum(1 for f in open_ if f[2] is not None and f[2] < NOW)


def test_escalations_awaiting_a_decision(figures, department):
    counts, amounts = defaultdict(int), defaultdict(Decimal)
    for status, cur, amount in department.escalations:
        if status in (EscalationStatus.SUBMITTED, EscalationStatus.UNDER_REVIEW, EscalationStatus.REFERRED):
            counts[cur] += 1
            amounts[cur] += amount
    assert figures.escalations_awaiting.counts == dict(counts)
    assert figures.escalations_awaiting.amounts == dict(amounts)


def test_an_empty_database_gives_zeros_not_errors(database):
    figures = dashboard_figures(database.ctx, TODAY, timezone.utc, now=NOW)
    assert all(pf.collected == {} and pf.target == {} and pf.promises_due.count == 0 for pf in figures.periods)
    assert all(row.count == 0 for row in figures.aging)
    assert figures.complaints_open == figures.complaints_overdue == 0
    assert figures.escalations_awaiting.count == 0
    assert len(figures.trend) == 13 and figures.currencies == ()


def test_today_defaults_to_the_day_in_the_given_zone(database):
    from zoneinfo import ZoneInfo

    late = datetime.combine(date(2026, 4, 1), time(23, 30), tzinfo=timezone.utc)
    assert dashboard_figures(database.ctx, None, ZoneInfo("Europe/Warsaw"), now=late).today == date(2026, 4, 2)


def test_a_demo_department_adds_up(database):
    """On the demo generator's department (staff and team targets both present), every figure equals a
    plain count over the rows, and the month's target is the teams' targets, not teams plus staff."""
    from sqlalchemy import select

    from collectdesk.services.demo import build_demo

    build_demo(database.ctx, accounts=300, seed=3, today=TODAY)
    figures = dashboard_figures(database.ctx, TODAY, timezone.utc, now=NOW)
    with database.ctx.reading() as s:
        pays = s.execute(select(Payment.currency, Payment.amount, Payment.overpayment, Payment.paid_on)).all()
        accounts = s.execute(select(Account.currency, Account.balance, Account.due_date, Account.status)).all()
        targets = s.execute(select(Target.currency, Target.amount, Target.team_id, Target.staff_id)
                            .where(Target.metric == "amount_collected", Target.period_start == date(2026, 4, 1),
                                   Target.period_end == date(2026, 4, 30))).all()
    month = figures.period("month")
    expected = defaultdict(Decimal)
    for cur, amount, over, paid_on in pays:
        if date(2026, 4, 1) <= paid_on <= date(2026, 4, 30):
            expected[cur] += amount - over
    assert month.collected == dict(expected)
    team_targets = defaultdict(Decimal)
    for cur, amount, team, staff in targets:
        if team is not None and staff is None:
            team_targets[cur] += amount
    assert team_targets and month.target == dict(team_targets)
    counts = defaultdict(int)
    for cur, _balance, due, status in accounts:
        if status not in CLOSED_STATUSES:
            counts[(bucket_for(days_past_due(due, TODAY)), cur)] += 1
    assert {(row.bucket, cur): n for row in figures.aging for cur, n in row.counts.items()} == dict(counts)
