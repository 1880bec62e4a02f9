"""The dashboard's read model: the headline figures of the department for today, this week and this month.

`dashboard_figures(ctx, today, tz)` returns a `DashboardFigures` of plain data (Decimal money, per
currency; never a float). It reads with a handful of aggregate queries, each on an indexed column,
so its cost does not grow with Python loops over accounts:

- payments: one GROUP BY (paid_on, currency) over the ``paid_on`` index, for the dates from the
  earliest period (the trend's first week or the month's first day) to the latest; the days are
  then folded into today / this week / this month and the weekly trend (at most ~100 days × a few
  currencies of rows);
- promises: one GROUP BY (status, due_date, currency) over ``ix_promise_status_due``;
- aging: one GROUP BY (bucket, currency) over the open accounts, the bucket a CASE over ``due_date``
  built from `collectdesk.domain.aging.BUCKET_BOUNDS` (the only query that reads every open account);
- complaints and escalations: one small aggregate each over their status indexes;
- targets: the few ``amount_collected`` target rows that overlap the month or the week;
- training: `collectdesk.services.training.alert_counts` (one GROUP BY over the current training
  records, one COUNT over staff × mandatory modules);
- my portfolios: the signed-in user is the staff member whose username equals the database actor
  (`ctx.actor`); the portfolios they own, each summarised by `services.portfolios.my_portfolios`
  (a few small aggregates per portfolio; none when they own none or are not on the staff list).

Cost, measured with bench/dashboard_bench.py on the demo generator's 1,000,000-account department
(4.3 million activities, which the dashboard never reads): PostgreSQL 0.38 s, of which the aging scan
0.26 s; SQLite 2.1 s, of which the aging scan 1.1 s and the payments window most of the rest (its rows
are fetched from the table one by one). Covering indexes would make both index-only: with
``account (status, due_date, currency, balance)`` and ``payment (paid_on, currency, amount,
overpayment)`` the SQLite figure fell to 1.5 s, the payments query from 2 s to 0.05 s. The pane reads
in the background, so the GUI never waits for any of it.

Definitions (what the supervisor sees; keep the help text in step with these):

Periods
    today; this week = the ISO week (Monday to Sunday) holding `today`; this month = the calendar
    month. Figures for a period cover the whole period (a promise due next Friday is "due this week").

Collected
    Σ (Payment.amount − Payment.overpayment) by ``paid_on`` in the period, per currency. The
    overpayment is held as a credit, not collected debt. Reversals (negative payments) subtract.

Target
    Target rows with metric ``amount_collected`` (and an amount and a currency) whose period overlaps
    the dashboard period. A target is spread evenly over the calendar days of its own period, and
    the dashboard period gets the share of days that fall inside it: a monthly target of
    30,000.00 EUR in a 30-day month is 1,000.00 EUR for a day and 7,000.00 EUR for a week inside that
    month; a week that straddles two months takes the right number of days from each month's target.
    Calendar days, not working days (the department spans three countries' holidays).
    To avoid counting the same money twice when targets exist at several levels, per currency the
    highest level present for the period wins: department-wide rows (no team, no staff member), else
    team rows (a team, no staff member), else the staff members' rows. Shares are summed exactly and
    rounded to the cent once, half up.

Attainment
    collected ÷ target × 100 for the whole period, to one decimal, per currency with a target above
    zero. `PeriodFigures.elapsed` is the share of the period's days up to and including today, so the
    UI can tell "on pace" (attainment ≥ elapsed × 100) from "behind".

Promises due / broken
    due: status pending, due date in the period (count and promised amount per currency; the same
    status the "promises due today" queue uses). broken: status broken, due date in the period.
    Pending promises are marked broken the day after their date, so "broken today" is nearly always 0.

Aging
    open accounts (status not settled, paid, written off or closed), counted and their balances summed
    per currency for each bucket of days past due (`collectdesk.domain.aging`), every bucket present.

Complaints
    feedback items of kind complaint with status new or in progress; overdue: those with a ``due_by``
    before now.

Escalations awaiting a decision
    status submitted, under review or referred; count and amount at stake per currency.

Training overdue / expiring
    over active staff and active modules, each person's current record of a module: overdue (open,
    due date before today), expiring (completed, expires within 30 days), expired, and mandatory
    modules of the person's role never assigned (services/training.py has the full rules).

Collections trend
    collected per ISO week for the last 13 weeks (this week, still running, included), per currency.
    Weekly rather than daily: days swing with weekends and bank holidays, and 13 weeks is one
    quarter, which a supervisor compares against.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone, tzinfo
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from collectdesk.domain.aging import BUCKET_BOUNDS, AgingBucket
from collectdesk.domain.enums import (
    CLOSED_STATUSES,
    EscalationStatus,
    FeedbackKind,
    FeedbackStatus,
    PromiseStatus,
)
from collectdesk.domain.money import to_cents
from collectdesk.services.context import ServiceContext
from collectdesk.services.portfolios import Summary as PortfolioSummary
from collectdesk.services.portfolios import my_portfolios
from collectdesk.services.training import AlertCounts, alert_counts
from collectdesk.store.models import Account, Escalation, FeedbackItem, Payment, Promise, StaffMember, Target

ZERO = Decimal("0.00")
TREND_WEEKS = 13
TARGET_METRIC = "amount_collected"
AWAITING_DECISION = (EscalationStatus.SUBMITTED, EscalationStatus.UNDER_REVIEW, EscalationStatus.REFERRED)
OPEN_COMPLAINT = (FeedbackStatus.NEW, FeedbackStatus.ASSIGNED, FeedbackStatus.IN_PROGRESS, FeedbackStatus.WAITING)
PERIOD_KEYS = ("today", "week", "month")


# ---- data ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Tally:
    """How many, and how much per currency (amounts are exact Decimals)."""

    counts: dict[str, int] = field(default_factory=dict)
    amounts: dict[str, Decimal] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return sum(self.counts.values())

    @property
    def currencies(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.counts) | set(self.amounts)))


@dataclass(frozen=True)
class Period:
    key: str  # "today", "week" or "month"
    start: date
    end: date  # inclusive
    elapsed: Decimal  # share of the period's days up to and including today, 0 < elapsed <= 1

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class PeriodFigures:
    period: Period
    collected: dict[str, Decimal]
    target: dict[str, Decimal]
    attainment: dict[str, Decimal]  # percent, one decimal; only where the target is above zero
    promises_due: Tally
    promises_broken: Tally

    @property
    def currencies(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.collected) | set(self.target)))

    def on_pace(self, currency: str) -> bool | None:
        """True when attainment keeps up with the share of the period gone by; None without a target."""
        pct = self.attainment.get(currency)
        if pct is None:
            return None
        return pct >= self.period.elapsed * 100


@dataclass(frozen=True)
class AgingRow:
    bucket: AgingBucket
    counts: dict[str, int]
    balances: dict[str, Decimal]

    @property
    def count(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class TrendPoint:
    week_start: date  # a Monday
    iso_year: int
    iso_week: int
    collected: dict[str, Decimal]


@dataclass(frozen=True)
class DashboardFigures:
    today: date
    as_of: datetime  # when the figures were read (aware, UTC)
    periods: tuple[PeriodFigures, ...]  # today, this week, this month
    aging: tuple[AgingRow, ...]  # every bucket, in BUCKET_BOUNDS order
    complaints_open: int
    complaints_overdue: int
    escalations_awaiting: Tally
    trend: tuple[TrendPoint, ...]  # oldest week first
    training: AlertCounts = AlertCounts()  # training overdue / expiring / expired / missing mandatory
    my_portfolios: tuple[PortfolioSummary, ...] = ()  # the signed-in user's portfolios, by name

    def period(self, key: str) -> PeriodFigures:
        for p in self.periods:
            if p.period.key == key:
                return p
        raise KeyError(key)

    def aging_row(self, bucket: AgingBucket | str) -> AgingRow:
        bucket = AgingBucket(bucket)
        return next(r for r in self.aging if r.bucket is bucket)

    @property
    def open_accounts(self) -> Tally:
        counts: dict[str, int] = defaultdict(int)
        amounts: dict[str, Decimal] = defaultdict(lambda: ZERO)
        for row in self.aging:
            for cur, n in row.counts.items():
                counts[cur] += n
            for cur, amount in row.balances.items():
                amounts[cur] += amount
        return Tally(dict(sorted(counts.items())), dict(sorted(amounts.items())))

    @property
    def currencies(self) -> tuple[str, ...]:
        """Every currency on the dashboard, sorted: the charts give each the same colour everywhere."""
        found: set[str] = set()
        for p in self.periods:
            found.update(p.currencies, p.promises_due.currencies, p.promises_broken.currencies)
        for row in self.aging:
            found.update(row.counts)
        for point in self.trend:
            found.update(point.collected)
        found.update(self.escalations_awaiting.currencies)
        return tuple(sorted(found))


# ---- periods ------------------------------------------------------------------------------------

def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def make_periods(today: date) -> tuple[Period, Period, Period]:
    monday = week_start(today)
    first = today.replace(day=1)
    last = today.replace(day=calendar.monthrange(today.year, today.month)[1])

    def period(key: str, start: date, end: date) -> Period:
        elapsed = Decimal((today - start).days + 1) / Decimal((end - start).days + 1)
        return Period(key, start, end, elapsed)

    return (period("today", today, today), period("week", monday, monday + timedelta(days=6)),
            period("month", first, last))


def prorated_target(targets, start: date, end: date) -> dict[str, Decimal]:
    """Department target per currency for [start, end] (inclusive), by the rule in the module docstring.

    `targets` are objects with staff_id, team_id, period_start, period_end, amount and currency.
    """
    levels: dict[str, dict[int, Decimal]] = defaultdict(dict)  # currency -> level -> unrounded sum
    for t in targets:
        if t.amount is None or not t.currency or t.period_end < t.period_start:
            continue
        lo, hi = max(start, t.period_start), min(end, t.period_end)
        if lo > hi:
            continue
        overlap = (hi - lo).days + 1
        length = (t.period_end - t.period_start).days + 1
        level = 0 if t.staff_id is None and t.team_id is None else (1 if t.staff_id is None else 2)
        share = Decimal(t.amount) * overlap / length
        levels[t.currency][level] = levels[t.currency].get(level, Decimal(0)) + share
    return {cur: to_cents(by_level[min(by_level)]) for cur, by_level in sorted(levels.items())}


def attainment(collected: dict[str, Decimal], target: dict[str, Decimal]) -> dict[str, Decimal]:
    out = {}
    for cur, goal in target.items():
        if goal > 0:
            pct = collected.get(cur, ZERO) * 100 / goal
            out[cur] = pct.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return out


# ---- queries ------------------------------------------------------------------------------------

def aging_bucket_case(today: date):
    """CASE over account.due_date giving the AgingBucket value, from the domain's bounds.

    The buckets are contiguous in days past due, so "due on or after today − high" picks the first
    bucket whose upper bound the account has not passed; the open-ended last bucket is the ELSE.
    """
    whens = []
    last = None
    for bucket, _low, high in BUCKET_BOUNDS:
        if high is None:
            last = bucket
            continue
        whens.append((Account.due_date >= today - timedelta(days=high), bucket.value))
    assert last is not None
    return case(*whens, else_=last.value)


def aging_query(today: date):
    """One GROUP BY over the open accounts: (bucket, currency, count, Σ balance)."""
    inner = (select(aging_bucket_case(today).label("bucket"), Account.currency.label("currency"),
                    Account.balance.label("balance"))
             .where(Account.status.not_in(sorted(CLOSED_STATUSES))).subquery("open_account"))
    return (select(inner.c.bucket, inner.c.currency, func.count(), func.sum(inner.c.balance))
            .group_by(inner.c.bucket, inner.c.currency))


def _aging(s: Session, today: date) -> tuple[AgingRow, ...]:
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    balances: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for bucket, cur, n, total in s.execute(aging_query(today)):
        counts[bucket][cur] = int(n)
        balances[bucket][cur] = total if total is not None else ZERO
    return tuple(AgingRow(b, dict(sorted(counts[b.value].items())), dict(sorted(balances[b.value].items())))
                 for b, _lo, _hi in BUCKET_BOUNDS)


def _collected_by_day(s: Session, start: date, end: date) -> dict[date, dict[str, Decimal]]:
    rows = s.execute(
        select(Payment.paid_on, Payment.currency, func.sum(Payment.amount), func.sum(Payment.overpayment))
        .where(Payment.paid_on >= start, Payment.paid_on <= end)
        .group_by(Payment.paid_on, Payment.currency))
    out: dict[date, dict[str, Decimal]] = defaultdict(dict)
    for day, cur, amount, over in rows:
        out[day][cur] = (amount or ZERO) - (over or ZERO)
    return out


def _sum_days(by_day: dict[date, dict[str, Decimal]], start: date, end: date) -> dict[str, Decimal]:
    total: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for day, per_cur in by_day.items():
        if start <= day <= end:
            for cur, amount in per_cur.items():
                total[cur] += amount
    return dict(sorted(total.items()))


def _promises(s: Session, start: date, end: date):
    rows = s.execute(
        select(Promise.status, Promise.due_date, Promise.currency, func.count(), func.sum(Promise.amount))
        .where(Promise.status.in_([PromiseStatus.PENDING, PromiseStatus.BROKEN]),
               Promise.due_date >= start, Promise.due_date <= end)
        .group_by(Promise.status, Promise.due_date, Promise.currency))
    return [(PromiseStatus(st), due, cur, int(n), amount or ZERO) for st, due, cur, n, amount in rows]


def _tally(rows, status: PromiseStatus, start: date, end: date) -> Tally:
    counts: dict[str, int] = defaultdict(int)
    amounts: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for st, due, cur, n, amount in rows:
        if st is status and start <= due <= end:
            counts[cur] += n
            amounts[cur] += amount
    return Tally(dict(sorted(counts.items())), dict(sorted(amounts.items())))


def _targets(s: Session, start: date, end: date):
    return s.execute(
        select(Target.staff_id, Target.team_id, Target.period_start, Target.period_end, Target.amount,
               Target.currency)
        .where(Target.metric == TARGET_METRIC, Target.period_start <= end, Target.period_end >= start)).all()


def _complaints(s: Session, now: datetime) -> tuple[int, int]:
    """Open complaints, and of them the overdue ones exactly as the inbox counts them (past the resolution
    deadline, or past the acknowledgement deadline without an acknowledgement)."""
    from collectdesk.services.inbox.items import overdue_condition

    open_, overdue = s.execute(
        select(func.count(), func.coalesce(func.sum(case((overdue_condition(now), 1), else_=0)), 0))
        .where(FeedbackItem.kind == FeedbackKind.COMPLAINT, FeedbackItem.status.in_(OPEN_COMPLAINT))).one()
    return int(open_ or 0), int(overdue or 0)


def _escalations(s: Session) -> Tally:
    rows = s.execute(
        select(Escalation.currency, func.count(), func.sum(Escalation.amount_at_stake))
        .where(Escalation.status.in_(AWAITING_DECISION)).group_by(Escalation.currency))
    counts, amounts = {}, {}
    for cur, n, amount in sorted(rows):
        counts[cur] = int(n)
        amounts[cur] = amount or ZERO
    return Tally(counts, amounts)


# ---- the read model -----------------------------------------------------------------------------

def dashboard_figures(ctx: ServiceContext, today: date | None = None, tz: tzinfo | None = None, *,
                      now: datetime | None = None, trend_weeks: int = TREND_WEEKS) -> DashboardFigures:
    """Every figure on the dashboard, read in one read-only session (see the module docstring).

    `today` is the supervisor's calendar day (default: today in `tz`, the local zone when None);
    `now` decides which complaints are overdue (default: the current time).
    """
    now = now or datetime.now(timezone.utc)
    if today is None:
        today = now.astimezone(tz).date() if tz is not None else now.astimezone().date()
    periods = make_periods(today)
    this_week = periods[1]
    trend_start = this_week.start - timedelta(weeks=trend_weeks - 1)
    first = min(p.start for p in periods)
    last = max(p.end for p in periods)
    with ctx.reading() as s:
        by_day = _collected_by_day(s, min(first, trend_start), last)
        promise_rows = _promises(s, first, last)
        targets = _targets(s, first, last)
        aging = _aging(s, today)
        complaints_open, complaints_overdue = _complaints(s, now)
        escalations = _escalations(s)
        training = alert_counts(s, today)
        me = s.scalar(select(StaffMember.id).where(StaffMember.username == ctx.actor))
    mine = tuple(my_portfolios(ctx, me, today)) if me is not None else ()

    figures = []
    for p in periods:
        collected = _sum_days(by_day, p.start, p.end)
        target = prorated_target(targets, p.start, p.end)
        figures.append(PeriodFigures(
            period=p, collected=collected, target=target, attainment=attainment(collected, target),
            promises_due=_tally(promise_rows, PromiseStatus.PENDING, p.start, p.end),
            promises_broken=_tally(promise_rows, PromiseStatus.BROKEN, p.start, p.end)))

    trend = []
    for i in range(trend_weeks):
        monday = trend_start + timedelta(weeks=i)
        iso = monday.isocalendar()
        trend.append(TrendPoint(monday, iso.year, iso.week, _sum_days(by_day, monday, monday + timedelta(days=6))))

    return DashboardFigures(
        today=today, as_of=now.astimezone(timezone.utc), periods=tuple(figures), aging=aging,
        complaints_open=complaints_open, complaints_overdue=complaints_overdue,
        escalations_awaiting=escalations, trend=tuple(trend), training=training,
        my_portfolios=mine)
