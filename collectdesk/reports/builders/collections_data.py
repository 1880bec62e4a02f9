"""What the collections report reads, in one place: plain figures per period, per currency (never summed across
currencies), for the report's period, the one before it and the trend (builders/collections.py turns them into
sections; docs/reports.md has the definitions).

    read(ctx, scope, periods, today=...) -> CollectionsData

`periods` are the trend's periods oldest first; the last is the report's period, the one before it the
comparison period. The figures are the scorecard's (services/scorecard_read.read_tallies, scorecards.score):
collected and promises per staff member by `collector_id`, targets pro-rated by calendar days
(dashboard.prorated_target). For the whole department (no team or branch) the payments and promises of
nobody on the scorecard (no collector, or one who is not scored) are read too, so the totals are everything.
Aging and CEI are services/department_kpis' definitions (accounts by their current team / branch), read for both
periods in one grouped pass by builders/collections_aging.py.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from collectdesk.domain.enums import PaymentMethod, PromiseStatus
from collectdesk.reports.builders.collections_aging import PeriodAging, aging_figures
from collectdesk.reports.builders.common import Scope
from collectdesk.services.context import ServiceContext
from collectdesk.services.dashboard import TARGET_METRIC, prorated_target
from collectdesk.services.scorecard_read import Tally, read_tallies, staff_rows, utc_bounds
from collectdesk.store.models import Branch, Payment, Promise, Target, Team

ZERO = Decimal("0.00")
PAYMENT_SOURCES = frozenset({"payments"})
PROMISE_SOURCES = frozenset({"promises_made", "promises_due"})


@dataclass(frozen=True)
class Person:
    id: uuid.UUID
    name: str
    role: str
    team_id: uuid.UUID | None
    team: str | None
    branch: str | None
    active: bool


@dataclass
class PromiseFigures:
    """Promises of one currency: made in the period (promised_at) and due in it (due_date), by status."""
    made: int = 0
    made_amount: Decimal = ZERO
    due: dict = field(default_factory=lambda: defaultdict(int))             # status -> count
    due_amount: dict = field(default_factory=lambda: defaultdict(lambda: ZERO))  # status -> promised amount


@dataclass(frozen=True)
class CollectionsData:
    periods: list[tuple[date, date]]          # the trend, oldest first; [-1] the report's, [-2] the comparison
    next_period: tuple[date, date]
    staff: list[Person]
    teams: dict[uuid.UUID, tuple[str, str]]   # team id -> (team name, branch name): the teams in scope
    payments: dict[tuple, Tally]              # (staff id, k) -> tally of payments, k: the last two of `periods`
    promises: dict[tuple, Tally]              # (staff id, k) -> promise tally, k = 0 comparison, 1 report's period
    collected_total: list[dict[str, Decimal]] # per period of `periods`: the scope's collected (all money for the
                                              # whole department, else the scope's staff's)
    staff_targets: list[dict[uuid.UUID, dict[str, Decimal]]]  # per period of `periods` + [next]
    team_targets: list[dict[uuid.UUID, dict[str, Decimal]]]   # the teams' own targets, same periods
    department_targets: list[dict[str, Decimal]]              # department-wide targets (whole scope only)
    promise_totals: list[dict[str, PromiseFigures]]           # [comparison, report's]: the scope's, by currency
    methods: list[dict[tuple[PaymentMethod, str], tuple[int, Decimal]]]  # [comparison, report's]
    aging: PeriodAging                                        # the report's period, per currency
    aging_previous: PeriodAging                               # the comparison period

    @property
    def ids(self) -> list[uuid.UUID]:
        return [p.id for p in self.staff]


def _people(s: Session, scope: Scope) -> list[Person]:
    return [Person(sid, name, role, tid, team, branch, bool(active))
            for sid, name, role, tid, team, branch, active in staff_rows(s, scope.team_id, scope.branch_id)]


def _teams(s: Session, scope: Scope) -> dict[uuid.UUID, tuple[str, str]]:
    q = select(Team.id, Team.name, Branch.name).join(Branch, Branch.id == Team.branch_id)
    if scope.team_id is not None:
        q = q.where(Team.id == scope.team_id)
    if scope.branch_id is not None:
        q = q.where(Team.branch_id == scope.branch_id)
    return {tid: (name, branch) for tid, name, branch in s.execute(q)}


def _collector_scope(scope: Scope, ids: list, column):
    """WHERE for rows credited to the scope: everything for the whole department, else the scope's staff."""
    return [] if scope.whole else [column.in_(ids)]


def _collected_by_day(s: Session, scope: Scope, ids: list, a: date, b: date) -> dict[date, dict[str, Decimal]]:
    out: dict = defaultdict(dict)
    for day, cur, amount, over in s.execute(
            select(Payment.paid_on, Payment.currency, func.sum(Payment.amount), func.sum(Payment.overpayment))
            .where(Payment.paid_on >= a, Payment.paid_on <= b, *_collector_scope(scope, ids, Payment.collector_id))
            .group_by(Payment.paid_on, Payment.currency)):
        out[day][cur] = (amount or ZERO) - (over or ZERO)
    return out


def _targets(s: Session, scope: Scope, ids: list, team_ids: list, a: date, b: date):
    owners = [Target.staff_id.in_(ids)] if ids else []
    if team_ids:
        owners.append(and_(Target.staff_id.is_(None), Target.team_id.in_(team_ids)))
    if scope.whole:
        owners.append(and_(Target.staff_id.is_(None), Target.team_id.is_(None)))
    if not owners:
        return []
    return s.execute(
        select(Target.staff_id, Target.team_id, Target.period_start, Target.period_end, Target.amount,
               Target.currency)
        .where(Target.metric == TARGET_METRIC, or_(*owners), Target.period_start <= b, Target.period_end >= a)).all()


def _split_targets(rows, periods):
    by_staff, by_team, dept = defaultdict(list), defaultdict(list), []
    for t in rows:
        if t.staff_id is not None:
            by_staff[t.staff_id].append(t)
        elif t.team_id is not None:
            by_team[t.team_id].append(t)
        else:
            dept.append(t)
    staff_out, team_out, dept_out = [], [], []
    for a, b in periods:
        staff_out.append({sid: v for sid, r in by_staff.items() if (v := prorated_target(r, a, b))})
        team_out.append({tid: v for tid, r in by_team.items() if (v := prorated_target(r, a, b))})
        dept_out.append(prorated_target(dept, a, b))
    return staff_out, team_out, dept_out


def _promise_totals(s: Session, scope: Scope, ids: list, a: date, b: date) -> dict[str, PromiseFigures]:
    out: dict = defaultdict(PromiseFigures)
    lo, hi = utc_bounds(a, b)
    for cur, n, amount in s.execute(
            select(Promise.currency, func.count(), func.sum(Promise.amount))
            .where(Promise.promised_at >= lo, Promise.promised_at < hi,
                   *_collector_scope(scope, ids, Promise.collector_id))
            .group_by(Promise.currency)):
        out[cur].made, out[cur].made_amount = int(n), amount or ZERO
    for status, cur, n, amount in s.execute(
            select(Promise.status, Promise.currency, func.count(), func.sum(Promise.amount))
            .where(Promise.due_date >= a, Promise.due_date <= b, *_collector_scope(scope, ids, Promise.collector_id))
            .group_by(Promise.status, Promise.currency)):
        status = PromiseStatus(status)
        out[cur].due[status] += int(n)
        out[cur].due_amount[status] += amount or ZERO
    return dict(sorted(out.items()))


def _methods(s: Session, scope: Scope, ids: list, a: date, b: date):
    out = {}
    for method, cur, n, amount, over in s.execute(
            select(Payment.method, Payment.currency, func.count(), func.sum(Payment.amount),
                   func.sum(Payment.overpayment))
            .where(Payment.paid_on >= a, Payment.paid_on <= b, *_collector_scope(scope, ids, Payment.collector_id))
            .group_by(Payment.method, Payment.currency)):
        out[PaymentMethod(method), cur] = (int(n), (amount or ZERO) - (over or ZERO))
    return out


# ---- the read ---------------------------------------------------------------------------------------------

def read(ctx: ServiceContext, scope: Scope, periods: list[tuple[date, date]], next_period: tuple[date, date],
         progress=None) -> CollectionsData:
    """Every figure of the collections report but the projection (see the module docstring).
    `progress()` is called between the reads (the builder checks Cancel there)."""
    tick = progress or (lambda: None)
    (start, end), previous = periods[-1], periods[-2]
    with ctx.reading() as s:
        staff = _people(s, scope)
        ids = [p.id for p in staff]
        teams = _teams(s, scope)
        n = len(periods)
        # per staff member: the report's and the comparison period (the scorecard's tallies); the trend only
        # needs the scope's totals, read by day in one pass
        payments = {(sid, kk + n - 2): tally for (sid, kk), tally in
                    read_tallies(s, ids, periods[-2:], PAYMENT_SOURCES).items()}
        by_day = _collected_by_day(s, scope, ids, periods[0][0], end)
        totals = []
        for a, b in periods:
            total: dict = defaultdict(lambda: ZERO)
            for day, amounts in by_day.items():
                if a <= day <= b:
                    for cur, amount in amounts.items():
                        total[cur] += amount
            totals.append(dict(sorted(total.items())))
        rows = _targets(s, scope, ids, list(teams), periods[0][0], next_period[1])
        staff_targets, team_targets, dept_targets = _split_targets(rows, [*periods, next_period])
        tick()
        promises = read_tallies(s, ids, [previous, (start, end)], PROMISE_SOURCES)
        promise_totals = [_promise_totals(s, scope, ids, a, b) for a, b in (previous, (start, end))]
        methods = [_methods(s, scope, ids, a, b) for a, b in (previous, (start, end))]
        tick()
        aging, aging_previous = aging_figures(s, scope, [(start, end), previous])
    return CollectionsData(periods=list(periods), next_period=next_period, staff=staff, teams=teams,
                           payments=payments, promises=promises, collected_total=totals,
                           staff_targets=staff_targets, team_targets=team_targets, department_targets=dept_targets,
                           promise_totals=promise_totals, methods=methods, aging=aging,
                           aging_previous=aging_previous)
