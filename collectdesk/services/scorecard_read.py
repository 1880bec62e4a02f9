"""The scorecard's raw tallies: one GROUP BY per source, per staff member and per period.

`read_tallies(s, ids, periods, sources)` counts, for each staff id in `ids` and each period k of
`periods` (a list of inclusive (start, end) date pairs), the numerators and denominators that the
scorecard's figures are made of (a `Tally`), with one GROUP BY per source and period. (One query per
source with the period as a CASE in the GROUP BY was measured 5x slower on SQLite: the grouping no
longer follows the covering index, docs/decisions.md.) `scorecards.scorecard` reads one period with every source; `scorecard_trend.trend`
reads 12 periods with only the sources its KPI needs. The definitions are in scorecards.py's docstring;
the SQL that selects each figure's rows lives here and in `scorecard_drill` (which lists them), and the
tests check that both agree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import DateTime, and_, case, cast, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from collectdesk.domain import kpis
from collectdesk.domain.enums import (
    RIGHT_PARTY_OUTCOMES,
    Channel,
    Direction,
    FeedbackKind,
    PromiseStatus,
    StaffRole,
)
from collectdesk.services.dashboard import TARGET_METRIC, prorated_target
from collectdesk.store.models import (
    Activity,
    Branch,
    ComplianceFinding,
    Escalation,
    Evaluation,
    FeedbackItem,
    Payment,
    Promise,
    StaffMember,
    Target,
    Team,
)

ZERO = Decimal("0.00")
SCORED_ROLES = (StaffRole.COLLECTOR, StaffRole.CUSTOMER_SERVICE, StaffRole.ACCOUNTANT)
RPC_OUTCOMES = sorted(o.value for o in RIGHT_PARTY_OUTCOMES)
FELL_DUE = (PromiseStatus.KEPT, PromiseStatus.PARTIAL, PromiseStatus.BROKEN)
CONTACTS_METRIC = "contacts"  # domain/target_metrics.py: a count of outbound call attempts

ALL_SOURCES = frozenset({"activities", "accounts", "promises_made", "promises_due", "followup", "payments",
                         "targets", "feedback", "findings", "evaluations", "escalations"})

_COUNTS = ("accounts_worked", "contact_attempts", "right_party_contacts", "outbound_rpc", "promises_made",
           "promises_kept", "promises_fell_due", "broken_promises", "followed_up", "complaints", "compliments",
           "compliance_findings", "qa_total", "qa_count", "escalations_raised")
_MONEY = ("promised_amount", "kept_amount", "due_amount", "collected", "target")


def _money() -> defaultdict:
    return defaultdict(lambda: ZERO)


@dataclass
class Tally:
    """One staff member's (or a sum of members') numerators and denominators for one period."""

    accounts_worked: int = 0
    contact_attempts: int = 0
    right_party_contacts: int = 0
    outbound_rpc: int = 0
    promises_made: int = 0
    promises_kept: int = 0
    promises_fell_due: int = 0
    broken_promises: int = 0
    followed_up: int = 0
    complaints: int = 0
    compliments: int = 0
    compliance_findings: int = 0
    qa_total: int = 0
    qa_count: int = 0
    escalations_raised: int = 0
    contacts_target: int | None = None
    promised_amount: dict = field(default_factory=_money)
    kept_amount: dict = field(default_factory=_money)
    due_amount: dict = field(default_factory=_money)
    collected: dict = field(default_factory=_money)
    target: dict = field(default_factory=_money)
    escalations_by_status: dict = field(default_factory=lambda: defaultdict(int))

    def add(self, other: Tally) -> None:
        """Add another tally's counts and money (accounts_worked too: callers overwrite it with a distinct count)."""
        for name in _COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in _MONEY:
            mine = getattr(self, name)
            for cur, amount in getattr(other, name).items():
                mine[cur] += amount
        for status, n in other.escalations_by_status.items():
            self.escalations_by_status[status] += n
        if other.contacts_target is not None:
            self.contacts_target = (self.contacts_target or 0) + other.contacts_target

    def any_figure(self) -> bool:
        return bool(self.accounts_worked or self.contact_attempts or self.right_party_contacts
                    or self.promises_made or self.promises_fell_due or self.collected or self.complaints
                    or self.compliments or self.compliance_findings or self.qa_count or self.escalations_raised)


# ---- time ---------------------------------------------------------------------------------------

def utc_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """[start 00:00 UTC, end+1 00:00 UTC): the half-open range of instants whose UTC date is in the period."""
    return (datetime.combine(start, time(), timezone.utc),
            datetime.combine(end + timedelta(days=1), time(), timezone.utc))


class _One:
    """The period index of a single-period read: a constant kept out of the SQL, so that GROUP BY is on the
    index's own columns (a bound constant in GROUP BY makes SQLite sort into a temporary b-tree)."""


ONE = _One()


def _bucket_instants(column, periods):
    """CASE giving the index of the period whose UTC dates contain the timestamp `column`; WHERE clause."""
    bounds = [utc_bounds(a, b) for a, b in periods]
    where = or_(*(and_(column >= lo, column < hi) for lo, hi in bounds))
    if len(bounds) == 1:
        return ONE, where
    return case(*((and_(column >= lo, column < hi), k) for k, (lo, hi) in enumerate(bounds))), where


def _bucket_dates(column, periods):
    where = or_(*(and_(column >= a, column <= b) for a, b in periods))
    if len(periods) == 1:
        return ONE, where
    return case(*((and_(column >= a, column <= b), k) for k, (a, b) in enumerate(periods))), where


def _grouped(s: Session, key, k, columns: list, where: list, extra_group: tuple = ()):
    """Rows (key, k, *columns) of SELECT ... GROUP BY key, [k,] extra_group."""
    if k is ONE:
        q = select(key, *columns).where(*where).group_by(key, *extra_group)
        return ((row[0], 0, *row[1:]) for row in s.execute(q))
    q = select(key, k, *columns).where(*where).group_by(key, k, *extra_group)
    return s.execute(q)


def utc_midnight_after(dialect: str, day_column, days: int):
    """SQL for 00:00 UTC on (the date in `day_column`) + `days`, comparable with a UTC timestamp column."""
    if dialect == "sqlite":  # timestamps are stored as 'YYYY-MM-DD HH:MM:SS[.ffffff]' text in UTC
        return func.datetime(day_column, f"+{int(days)} days")
    return func.timezone("UTC", cast(day_column + int(days), DateTime))


def followed_up_clause(dialect: str, followup_days: int):
    """EXISTS: any activity on the promise's account by anyone with a UTC date in the N days after its due date."""
    later = aliased(Activity)
    return exists().where(later.account_id == Promise.account_id,
                          later.occurred_at >= utc_midnight_after(dialect, Promise.due_date, 1),
                          later.occurred_at < utc_midnight_after(dialect, Promise.due_date, followup_days + 1))


# ---- who is scored ------------------------------------------------------------------------------

def staff_rows(s: Session, team_id=None, branch_id=None):
    """(id, name, role, team_id, team name, branch name, active) of the staff a scorecard can list."""
    team_branch = aliased(Branch)
    own_branch = aliased(Branch)
    q = (select(StaffMember.id, StaffMember.full_name, StaffMember.role, StaffMember.team_id, Team.name,
                func.coalesce(own_branch.name, team_branch.name), StaffMember.active)
         .outerjoin(Team, Team.id == StaffMember.team_id)
         .outerjoin(team_branch, team_branch.id == Team.branch_id)
         .outerjoin(own_branch, own_branch.id == StaffMember.branch_id)
         .where(StaffMember.role.in_(SCORED_ROLES)))
    if team_id is not None:
        q = q.where(StaffMember.team_id == team_id)
    if branch_id is not None:
        q = q.where(or_(StaffMember.branch_id == branch_id,
                        and_(StaffMember.branch_id.is_(None), Team.branch_id == branch_id)))
    return s.execute(q.order_by(StaffMember.full_name, StaffMember.id)).all()


# ---- the tallies --------------------------------------------------------------------------------

def prorated_count(rows, start: date, end: date) -> int | None:
    """Σ count × overlapping days / target days over count targets, rounded half-up; None without any."""
    total, found = Decimal(0), False
    for t in rows:
        if t.count is None or t.period_end < t.period_start:
            continue
        lo, hi = max(start, t.period_start), min(end, t.period_end)
        if lo > hi:
            continue
        found = True
        total += Decimal(t.count) * ((hi - lo).days + 1) / ((t.period_end - t.period_start).days + 1)
    return int(total.quantize(Decimal(1), rounding=ROUND_HALF_UP)) if found else None


def read_tallies(s: Session, ids: list, periods: list[tuple[date, date]], sources=ALL_SOURCES, *,
                 followup_days: int = 3) -> dict[tuple, Tally]:
    """{(staff_id, period index): Tally} for the staff in `ids` (only pairs with a figure are present)."""
    raw: dict = defaultdict(Tally)
    if not ids or not periods:
        return raw
    if len(periods) > 1:
        # one query per period: each walks the covering index in its own order (12 months of 10M
        # activities: ~2.5 s), where one query with the period as a CASE in GROUP BY took 13 s on SQLite
        for k, period in enumerate(periods):
            for (sid, _), tally in read_tallies(s, ids, [period], sources, followup_days=followup_days).items():
                raw[sid, k] = tally
        return raw
    dialect = s.get_bind().dialect.name
    outbound_call = and_(Activity.channel == Channel.CALL, Activity.direction == Direction.OUTBOUND)
    is_rpc = Activity.outcome.in_(RPC_OUTCOMES)
    staff_in = Activity.collector_id.in_(ids)

    if "activities" in sources or "accounts" in sources:
        k, when = _bucket_instants(Activity.occurred_at, periods)
        columns = []
        if "accounts" in sources:
            columns.append(func.count(func.distinct(Activity.account_id)))
        if "activities" in sources:
            columns += [func.coalesce(func.sum(case((outbound_call, 1), else_=0)), 0),
                        func.coalesce(func.sum(case((is_rpc, 1), else_=0)), 0),
                        func.coalesce(func.sum(case((and_(outbound_call, is_rpc), 1), else_=0)), 0)]
        for row in _grouped(s, Activity.collector_id, k, columns, [staff_in, when]):
            r = raw[row[0], row[1]]
            rest = list(row[2:])
            if "accounts" in sources:
                r.accounts_worked = int(rest.pop(0))
            if "activities" in sources:
                r.contact_attempts, r.right_party_contacts, r.outbound_rpc = (int(x) for x in rest)

    if "promises_made" in sources:
        k, when = _bucket_instants(Promise.promised_at, periods)
        for sid, kk, cur, n, amount in _grouped(
                s, Promise.collector_id, k, [Promise.currency, func.count(), func.sum(Promise.amount)],
                [Promise.collector_id.in_(ids), when], (Promise.currency,)):
            raw[sid, kk].promises_made += int(n)
            raw[sid, kk].promised_amount[cur] += amount or ZERO

    if "promises_due" in sources or "followup" in sources:
        k, when = _bucket_dates(Promise.due_date, periods)
        for sid, kk, status, cur, n, amount in _grouped(
                s, Promise.collector_id, k, [Promise.status, Promise.currency, func.count(), func.sum(Promise.amount)],
                [Promise.collector_id.in_(ids), when, Promise.status.in_(FELL_DUE)], (Promise.status, Promise.currency)):
            r = raw[sid, kk]
            tally = kpis.tally_promises([(status, amount or ZERO)])  # one group: a status and its summed amount
            r.promises_fell_due += int(n)
            r.due_amount[cur] += tally.due_amount
            r.kept_amount[cur] += tally.kept_amount
            status = PromiseStatus(status)
            if status is PromiseStatus.KEPT:
                r.promises_kept += int(n)
            elif status is PromiseStatus.BROKEN:
                r.broken_promises += int(n)

    if "followup" in sources:
        k, when = _bucket_dates(Promise.due_date, periods)
        for sid, kk, n in _grouped(
                s, Promise.collector_id, k, [func.count()],
                [Promise.collector_id.in_(ids), when, Promise.status == PromiseStatus.BROKEN,
                 followed_up_clause(dialect, followup_days)]):
            raw[sid, kk].followed_up = int(n)

    if "payments" in sources:
        k, when = _bucket_dates(Payment.paid_on, periods)
        for sid, kk, cur, amount, over in _grouped(
                s, Payment.collector_id, k, [Payment.currency, func.sum(Payment.amount), func.sum(Payment.overpayment)],
                [Payment.collector_id.in_(ids), when], (Payment.currency,)):
            raw[sid, kk].collected[cur] += (amount or ZERO) - (over or ZERO)

    if "targets" in sources:
        lo, hi = min(a for a, _ in periods), max(b for _, b in periods)
        money, counts = defaultdict(list), defaultdict(list)
        for t in s.execute(
                select(Target.staff_id, Target.team_id, Target.metric, Target.period_start, Target.period_end,
                       Target.amount, Target.currency, Target.count)
                .where(Target.metric.in_([TARGET_METRIC, CONTACTS_METRIC]), Target.staff_id.in_(ids),
                       Target.period_start <= hi, Target.period_end >= lo)):
            (money if t.metric == TARGET_METRIC else counts)[t.staff_id].append(t)
        for kk, (a, b) in enumerate(periods):
            for sid, rows in money.items():
                for cur, amount in prorated_target(rows, a, b).items():
                    raw[sid, kk].target[cur] += amount
            for sid, rows in counts.items():
                n = prorated_count(rows, a, b)
                if n is not None:
                    raw[sid, kk].contacts_target = n

    if "feedback" in sources:
        k, when = _bucket_instants(FeedbackItem.received_at, periods)
        for sid, kk, complaints, compliments in _grouped(
                s, FeedbackItem.staff_id, k,
                [func.coalesce(func.sum(case((FeedbackItem.kind == FeedbackKind.COMPLAINT, 1), else_=0)), 0),
                 func.coalesce(func.sum(case((FeedbackItem.kind == FeedbackKind.COMPLIMENT, 1), else_=0)), 0)],
                [FeedbackItem.staff_id.in_(ids), when,
                 FeedbackItem.kind.in_([FeedbackKind.COMPLAINT, FeedbackKind.COMPLIMENT])]):
            raw[sid, kk].complaints, raw[sid, kk].compliments = int(complaints), int(compliments)

    if "findings" in sources:
        k, when = _bucket_instants(ComplianceFinding.found_at, periods)
        for sid, kk, n in _grouped(s, ComplianceFinding.collector_id, k, [func.count()],
                                   [ComplianceFinding.collector_id.in_(ids), when]):
            raw[sid, kk].compliance_findings = int(n)

    if "evaluations" in sources:
        k, when = _bucket_dates(Evaluation.evaluated_on, periods)
        for sid, kk, total, n in _grouped(s, Evaluation.staff_id, k, [func.sum(Evaluation.qa_score), func.count()],
                                          [Evaluation.staff_id.in_(ids), when]):
            raw[sid, kk].qa_total, raw[sid, kk].qa_count = int(total or 0), int(n)

    if "escalations" in sources:
        k, when = _bucket_instants(Escalation.created_at, periods)
        for sid, kk, status, n in _grouped(s, Escalation.raised_by_id, k, [Escalation.status, func.count()],
                                           [Escalation.raised_by_id.in_(ids), when], (Escalation.status,)):
            raw[sid, kk].escalations_raised += int(n)
            raw[sid, kk].escalations_by_status[str(getattr(status, "value", status))] += int(n)
    return raw


def distinct_accounts(s: Session, ids: list, periods: list[tuple[date, date]], *, by_team: bool):
    """Distinct accounts worked by the staff in `ids`, per period (and per team when `by_team`):
    {(team_id or None, k): n}. An account worked by two people counts once."""
    if not ids or not periods:
        return {}
    if len(periods) > 1:  # one query per period, as in read_tallies
        out = {}
        for k, period in enumerate(periods):
            for (team, _), n in distinct_accounts(s, ids, [period], by_team=by_team).items():
                out[team, k] = n
        return out
    k, when = _bucket_instants(Activity.occurred_at, periods)
    if by_team:
        # joined, not a scalar subquery: SQLite then walks the covering index collector by collector and
        # keeps one small DISTINCT b-tree per team (0.31 s for a month of 10M activities, 0.73 s otherwise)
        if k is ONE:
            q = (select(StaffMember.team_id, func.count(func.distinct(Activity.account_id)))
                 .join(StaffMember, StaffMember.id == Activity.collector_id)
                 .where(Activity.collector_id.in_(ids), when).group_by(StaffMember.team_id))
            return {(t, 0): int(n) for t, n in s.execute(q)}
        q = (select(StaffMember.team_id, k, func.count(func.distinct(Activity.account_id)))
             .join(StaffMember, StaffMember.id == Activity.collector_id)
             .where(Activity.collector_id.in_(ids), when).group_by(StaffMember.team_id, k))
        return {(t, kk): int(n) for t, kk, n in s.execute(q)}
    if k is ONE:
        n = s.execute(select(func.count(func.distinct(Activity.account_id))).where(Activity.collector_id.in_(ids), when))
        return {(None, 0): int(n.scalar() or 0)}
    q = (select(k, func.count(func.distinct(Activity.account_id)))
         .where(Activity.collector_id.in_(ids), when).group_by(k))
    return {(None, kk): int(n) for kk, n in s.execute(q)}
