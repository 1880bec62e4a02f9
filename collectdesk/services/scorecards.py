"""The staff scorecard's read model: one row of figures per staff member for a period.

`scorecard(ctx, start, end, team_id=None, branch_id=None)` returns a `Scorecard` of plain data (money
is Decimal per currency, never a float, and never added across currencies). The formulas are the ones
in `collectdesk.domain.kpis`; this module only counts. Every source is read with one GROUP BY query
(activities, promises made, promises fallen due, payments, targets, feedback, compliance findings,
evaluations, escalations), never a Python loop over activities.

Definitions (keep the help text in step with these):

Period
    [start, end], inclusive calendar dates. Timestamps (activity ``occurred_at``, ``promised_at``,
    feedback ``received_at``, compliance ``found_at``, escalation ``created_at``) are stored in UTC and
    compared by their UTC date: an activity at 23:30 UTC on `end` counts, one at 00:00 UTC the day after
    does not, whatever the supervisor's time zone. Date columns (``paid_on``, ``due_date``,
    ``evaluated_on``) are compared as they are.

Who is listed
    Staff members with role collector, customer service or accountant who are active, or who have any
    figure in the period (so a leaver's last month still shows). ``team_id`` keeps the members of that
    team; ``branch_id`` those of that branch (the member's branch, else their team's branch).

Per staff member (attributed by ``Activity.collector_id``, ``Promise.collector_id``, ...)
    accounts_worked       distinct accounts with any activity in the period.
    contact_attempts      outbound calls (channel call, direction outbound), any outcome.
    right_party_contacts  activities of any channel whose outcome is in ``RIGHT_PARTY_OUTCOMES``.
    outbound_rpc          outbound calls with a right-party outcome: the numerator of ``rpc_rate``
                          (kpis.rpc_rate: RPC outbound calls / outbound calls, so never above 100).
    promises_made         promises with ``promised_at`` in the period; promised_amount per currency.
    ptp_rate              promises_made / right_party_contacts (kpis.ptp_rate).
    kept_rate_count       kpis.promise_kept_rate_by_count over promises whose ``due_date`` is in the
                          period: kept / (kept + partial + broken); pending and cancelled excluded,
                          partial counts as not kept.
    kept_rate_amount      kpis.promise_kept_rate_by_amount over the same promises, **per currency**
                          (amounts in different currencies are not added).
    collected             Σ (Payment.amount − Payment.overpayment), ``paid_on`` in the period, per
                          currency (reversals subtract).
    target                ``Target`` rows of metric ``amount_collected`` for the staff member that
                          overlap the period, pro-rated by calendar days (dashboard.prorated_target).
    attainment            kpis.attainment per currency (None without a target or a zero target).
    collected_per_rpc     kpis.average_collected_per_rpc per currency of ``collected``.
    complaints/compliments feedback items of that kind with ``staff_id`` and ``received_at`` in period.
    complaints_per_1000   kpis.per_thousand_contacts(complaints, right_party_contacts).
    compliance_findings   findings with ``collector_id`` and ``found_at`` in the period.
    qa_score              average ``Evaluation.qa_score`` with ``evaluated_on`` in the period, Decimal
                          rounded half-up to 1 dp (qa_total / qa_count); None without evaluations.
    escalations_raised    escalations with ``raised_by_id`` and ``created_at`` in the period.

A zero denominator gives None ("undefined"), never 0.

Team and department totals
    Counts and money are summed over the listed rows (per currency); rates are recomputed with the
    same kpis functions from the summed numerators and denominators, never averaged; qa_score is the
    average over all the evaluations. accounts_worked is the number of *distinct* accounts worked by
    anyone in the team (department), so an account worked by two collectors counts once.
    Department totals cover the rows in scope (the team / branch filter applies).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import and_, case, func, or_, select
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
from collectdesk.services.context import ServiceContext
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
_RPC = sorted(o.value for o in RIGHT_PARTY_OUTCOMES)


@dataclass(frozen=True)
class StaffScore:
    """One staff member's figures (or, with staff_id None, a team's or the department's totals)."""

    staff_id: uuid.UUID | None
    name: str
    role: StaffRole | None
    team_id: uuid.UUID | None
    team: str | None
    branch: str | None
    accounts_worked: int
    contact_attempts: int
    right_party_contacts: int
    rpc_rate: Decimal | None
    promises_made: int
    promised_amount: dict[str, Decimal]
    ptp_rate: Decimal | None
    kept_rate_count: Decimal | None
    kept_rate_amount: dict[str, Decimal | None]
    collected: dict[str, Decimal]
    target: dict[str, Decimal]
    attainment: dict[str, Decimal | None]
    collected_per_rpc: dict[str, Decimal | None]
    complaints: int
    compliments: int
    complaints_per_1000: Decimal | None
    compliance_findings: int
    qa_score: Decimal | None
    escalations_raised: int
    # the numerators/denominators behind the rates, so totals can recompute them
    outbound_rpc: int = 0
    promises_kept: int = 0
    promises_fell_due: int = 0
    kept_amount: dict[str, Decimal] | None = None
    due_amount: dict[str, Decimal] | None = None
    qa_total: int = 0
    qa_count: int = 0


@dataclass(frozen=True)
class Scorecard:
    period_start: date
    period_end: date
    rows: list[StaffScore]
    team_totals: dict[uuid.UUID | None, StaffScore]
    department: StaffScore


# ---- building a row from raw tallies ------------------------------------------------------------

@dataclass
class _Raw:
    accounts_worked: int = 0
    contact_attempts: int = 0
    right_party_contacts: int = 0
    outbound_rpc: int = 0
    promises_made: int = 0
    promised_amount: dict = None
    promises_kept: int = 0
    promises_fell_due: int = 0
    kept_amount: dict = None
    due_amount: dict = None
    collected: dict = None
    target: dict = None
    complaints: int = 0
    compliments: int = 0
    compliance_findings: int = 0
    qa_total: int = 0
    qa_count: int = 0
    escalations_raised: int = 0

    def __post_init__(self):
        for name in ("promised_amount", "kept_amount", "due_amount", "collected", "target"):
            if getattr(self, name) is None:
                setattr(self, name, defaultdict(lambda: ZERO))

    def add(self, other: _Raw) -> None:
        for name in ("contact_attempts", "right_party_contacts", "outbound_rpc", "promises_made",
                     "promises_kept", "promises_fell_due", "complaints", "compliments", "compliance_findings",
                     "qa_total", "qa_count", "escalations_raised", "accounts_worked"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("promised_amount", "kept_amount", "due_amount", "collected", "target"):
            mine = getattr(self, name)
            for cur, amount in getattr(other, name).items():
                mine[cur] += amount

    def any_figure(self) -> bool:
        return bool(self.accounts_worked or self.contact_attempts or self.right_party_contacts
                    or self.promises_made or self.promises_fell_due or self.collected or self.complaints
                    or self.compliments or self.compliance_findings or self.qa_count or self.escalations_raised)


def _sorted(d: dict) -> dict:
    return dict(sorted(d.items()))


def _score(raw: _Raw, *, staff_id, name, role, team_id, team, branch) -> StaffScore:
    rpc = raw.right_party_contacts
    collected = _sorted(raw.collected)
    target = _sorted(raw.target)
    currencies = sorted(set(collected) | set(target))
    qa = None
    if raw.qa_count:
        qa = (Decimal(raw.qa_total) / Decimal(raw.qa_count)).quantize(kpis.ONE_DP, rounding=ROUND_HALF_UP)
    return StaffScore(
        staff_id=staff_id, name=name, role=role, team_id=team_id, team=team, branch=branch,
        accounts_worked=raw.accounts_worked, contact_attempts=raw.contact_attempts, right_party_contacts=rpc,
        rpc_rate=kpis.rpc_rate(raw.outbound_rpc, raw.contact_attempts),
        promises_made=raw.promises_made, promised_amount=_sorted(raw.promised_amount),
        ptp_rate=kpis.ptp_rate(raw.promises_made, rpc),
        kept_rate_count=kpis.promise_kept_rate_by_count(raw.promises_kept, raw.promises_fell_due),
        kept_rate_amount={cur: kpis.promise_kept_rate_by_amount(raw.kept_amount.get(cur, ZERO), due)
                          for cur, due in sorted(raw.due_amount.items())},
        collected=collected, target=target,
        attainment={cur: kpis.attainment(collected.get(cur, ZERO), target.get(cur)) for cur in currencies},
        collected_per_rpc={cur: kpis.average_collected_per_rpc(amount, rpc) for cur, amount in collected.items()},
        complaints=raw.complaints, compliments=raw.compliments,
        complaints_per_1000=kpis.per_thousand_contacts(raw.complaints, rpc),
        compliance_findings=raw.compliance_findings, qa_score=qa, escalations_raised=raw.escalations_raised,
        outbound_rpc=raw.outbound_rpc, promises_kept=raw.promises_kept, promises_fell_due=raw.promises_fell_due,
        kept_amount=_sorted(raw.kept_amount), due_amount=_sorted(raw.due_amount),
        qa_total=raw.qa_total, qa_count=raw.qa_count)


# ---- queries ------------------------------------------------------------------------------------

def _utc_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """[start 00:00 UTC, end+1 00:00 UTC): the half-open range of instants whose UTC date is in the period."""
    return (datetime.combine(start, time(), timezone.utc),
            datetime.combine(end + timedelta(days=1), time(), timezone.utc))


def _staff(s: Session, team_id, branch_id):
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


def _read(s: Session, ids: list, start: date, end: date):
    """Every per-staff tally, one GROUP BY per source. Returns ({staff_id: _Raw}, distinct accounts by team, total)."""
    raw: dict = defaultdict(_Raw)
    lo, hi = _utc_bounds(start, end)
    outbound_call = and_(Activity.channel == Channel.CALL, Activity.direction == Direction.OUTBOUND)
    is_rpc = Activity.outcome.in_(_RPC)
    in_period = and_(Activity.collector_id.in_(ids), Activity.occurred_at >= lo, Activity.occurred_at < hi)

    for sid, accounts, attempts, rpc, out_rpc in s.execute(
            select(Activity.collector_id, func.count(func.distinct(Activity.account_id)),
                   func.coalesce(func.sum(case((outbound_call, 1), else_=0)), 0),
                   func.coalesce(func.sum(case((is_rpc, 1), else_=0)), 0),
                   func.coalesce(func.sum(case((and_(outbound_call, is_rpc), 1), else_=0)), 0))
            .where(in_period).group_by(Activity.collector_id)):
        r = raw[sid]
        r.accounts_worked, r.contact_attempts = int(accounts), int(attempts)
        r.right_party_contacts, r.outbound_rpc = int(rpc), int(out_rpc)

    # distinct accounts per team and for the whole scope (an account worked by two people counts once)
    by_team = {team: int(n) for team, n in s.execute(
        select(StaffMember.team_id, func.count(func.distinct(Activity.account_id)))
        .join(StaffMember, StaffMember.id == Activity.collector_id).where(in_period)
        .group_by(StaffMember.team_id))}
    total_accounts = int(s.execute(select(func.count(func.distinct(Activity.account_id))).where(in_period))
                         .scalar() or 0)

    for sid, cur, n, amount in s.execute(
            select(Promise.collector_id, Promise.currency, func.count(), func.sum(Promise.amount))
            .where(Promise.collector_id.in_(ids), Promise.promised_at >= lo, Promise.promised_at < hi)
            .group_by(Promise.collector_id, Promise.currency)):
        raw[sid].promises_made += int(n)
        raw[sid].promised_amount[cur] += amount or ZERO

    fallen_due = (PromiseStatus.KEPT, PromiseStatus.PARTIAL, PromiseStatus.BROKEN)
    for sid, status, cur, n, amount in s.execute(
            select(Promise.collector_id, Promise.status, Promise.currency, func.count(), func.sum(Promise.amount))
            .where(Promise.collector_id.in_(ids), Promise.due_date >= start, Promise.due_date <= end,
                   Promise.status.in_(fallen_due))
            .group_by(Promise.collector_id, Promise.status, Promise.currency)):
        r = raw[sid]
        tally = kpis.tally_promises([(status, amount or ZERO)])  # one group: status and its summed amount
        r.promises_fell_due += int(n)
        r.due_amount[cur] += tally.due_amount
        if PromiseStatus(status) is PromiseStatus.KEPT:
            r.promises_kept += int(n)
            r.kept_amount[cur] += tally.kept_amount
        else:
            r.kept_amount[cur] += ZERO

    for sid, cur, amount, over in s.execute(
            select(Payment.collector_id, Payment.currency, func.sum(Payment.amount), func.sum(Payment.overpayment))
            .where(Payment.collector_id.in_(ids), Payment.paid_on >= start, Payment.paid_on <= end)
            .group_by(Payment.collector_id, Payment.currency)):
        raw[sid].collected[cur] += (amount or ZERO) - (over or ZERO)

    targets = defaultdict(list)
    for t in s.execute(
            select(Target.staff_id, Target.team_id, Target.period_start, Target.period_end, Target.amount,
                   Target.currency)
            .where(Target.metric == TARGET_METRIC, Target.staff_id.in_(ids),
                   Target.period_start <= end, Target.period_end >= start)):
        targets[t.staff_id].append(t)
    for sid, rows in targets.items():
        for cur, amount in prorated_target(rows, start, end).items():
            raw[sid].target[cur] += amount

    for sid, complaints, compliments in s.execute(
            select(FeedbackItem.staff_id,
                   func.coalesce(func.sum(case((FeedbackItem.kind == FeedbackKind.COMPLAINT, 1), else_=0)), 0),
                   func.coalesce(func.sum(case((FeedbackItem.kind == FeedbackKind.COMPLIMENT, 1), else_=0)), 0))
            .where(FeedbackItem.staff_id.in_(ids), FeedbackItem.received_at >= lo, FeedbackItem.received_at < hi,
                   FeedbackItem.kind.in_([FeedbackKind.COMPLAINT, FeedbackKind.COMPLIMENT]))
            .group_by(FeedbackItem.staff_id)):
        raw[sid].complaints, raw[sid].compliments = int(complaints), int(compliments)

    for sid, n in s.execute(
            select(ComplianceFinding.collector_id, func.count())
            .where(ComplianceFinding.collector_id.in_(ids), ComplianceFinding.found_at >= lo,
                   ComplianceFinding.found_at < hi)
            .group_by(ComplianceFinding.collector_id)):
        raw[sid].compliance_findings = int(n)

    for sid, total, n in s.execute(
            select(Evaluation.staff_id, func.sum(Evaluation.qa_score), func.count())
            .where(Evaluation.staff_id.in_(ids), Evaluation.evaluated_on >= start, Evaluation.evaluated_on <= end)
            .group_by(Evaluation.staff_id)):
        raw[sid].qa_total, raw[sid].qa_count = int(total or 0), int(n)

    for sid, n in s.execute(
            select(Escalation.raised_by_id, func.count())
            .where(Escalation.raised_by_id.in_(ids), Escalation.created_at >= lo, Escalation.created_at < hi)
            .group_by(Escalation.raised_by_id)):
        raw[sid].escalations_raised = int(n)

    return raw, by_team, total_accounts


# ---- the read model -----------------------------------------------------------------------------

def scorecard(ctx: ServiceContext, start: date, end: date, *, team_id: uuid.UUID | None = None,
              branch_id: uuid.UUID | None = None) -> Scorecard:
    """The scorecard for [start, end] (inclusive), by the definitions in the module docstring."""
    if end < start:
        raise ValueError(f"period end {end} is before its start {start}")
    with ctx.reading() as s:
        staff = _staff(s, team_id, branch_id)
        ids = [row[0] for row in staff]
        if ids:
            raw, by_team, total_accounts = _read(s, ids, start, end)
        else:
            raw, by_team, total_accounts = {}, {}, 0

    rows: list[StaffScore] = []
    teams: dict = {}
    team_raw: dict = {}
    dept = _Raw()
    for sid, name, role, tid, team_name, branch_name, active in staff:
        r = raw.get(sid) or _Raw()
        if not active and not r.any_figure():
            continue
        rows.append(_score(r, staff_id=sid, name=name, role=StaffRole(role), team_id=tid, team=team_name,
                           branch=branch_name))
        if tid not in team_raw:
            team_raw[tid] = _Raw()
            teams[tid] = (team_name, branch_name)
        team_raw[tid].add(r)
        dept.add(r)

    team_totals = {}
    for tid, r in team_raw.items():
        r.accounts_worked = by_team.get(tid, 0)
        team_name, branch_name = teams[tid]
        team_totals[tid] = _score(r, staff_id=None, name=team_name or "", role=None, team_id=tid,
                                  team=team_name, branch=branch_name)
    dept.accounts_worked = total_accounts
    department = _score(dept, staff_id=None, name="", role=None, team_id=None, team=None, branch=None)
    return Scorecard(period_start=start, period_end=end, rows=rows, team_totals=team_totals, department=department)
