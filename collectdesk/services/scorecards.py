"""The staff scorecard's read model: one row of figures per staff member for a period.

`scorecard(ctx, start, end, team_id=None, branch_id=None)` returns a `Scorecard` of plain data (money
is Decimal per currency, never a float, and never added across currencies). The formulas are the ones
in `collectdesk.domain.kpis`; this module only counts. Every source is read with one GROUP BY query
(activities, promises made, promises fallen due, payments, targets, feedback, compliance findings,
evaluations, escalations), never a Python loop over activities; the queries are in
`scorecard_read` (shared with `scorecard_trend`), and `scorecard_drill` lists the rows behind each figure.

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
    escalations_by_status the same escalations counted by their status now (EscalationStatus values:
                          draft, submitted, under_review, referred, approved, rejected, withdrawn), i.e.
                          what became of the escalations raised in the period; only statuses seen.
    broken_promises       promises whose ``due_date`` is in the period and whose status is broken.
    followed_up           of those, the ones whose account had any activity, by anyone, with a UTC date
                          in the N days after the due date (due date + 1 .. due date + N); N is the
                          department setting "scorecard.followup_days" (default 3), kept on the
                          Scorecard as ``followup_days``.
    followup_rate         kpis.followup_rate(followed_up, broken_promises).
    contacts_target       ``Target`` rows of metric ``contacts`` (a count) for the staff member that
                          overlap the period, pro-rated by calendar days like the money target and
                          rounded half-up to a whole number; None without such a target.
    contacts_attainment   kpis.attainment(contact_attempts, contacts_target): the "contacts" metric
                          counts outbound call attempts (domain/target_metrics.py).

A zero denominator gives None ("undefined"), never 0.

Team and department totals
    Counts, money and targets (money per currency; contacts_target over the members that have one) are
    summed over the listed rows; escalations_by_status is summed per status; rates are recomputed with the
    same kpis functions from the summed numerators and denominators, never averaged; qa_score is the
    average over all the evaluations. accounts_worked is the number of *distinct* accounts worked by
    anyone in the team (department), so an account worked by two collectors counts once.
    Department totals cover the rows in scope (the team / branch filter applies).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from collectdesk.domain import kpis
from collectdesk.domain.enums import StaffRole
from collectdesk.services.context import ServiceContext
from collectdesk.services.department_settings import setting
from collectdesk.services.scorecard_read import (
    SCORED_ROLES,
    ZERO,
    Tally,
    distinct_accounts,
    read_tallies,
    staff_rows,
)

__all__ = ["SCORED_ROLES", "Scorecard", "StaffScore", "followup_days", "score", "scorecard"]

FOLLOWUP_SETTING = "scorecard.followup_days"


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
    broken_promises: int = 0
    followed_up: int = 0
    followup_rate: Decimal | None = None
    escalations_by_status: dict[str, int] = field(default_factory=dict)
    contacts_target: int | None = None
    contacts_attainment: Decimal | None = None
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
    followup_days: int = 3


def _sorted(d: dict) -> dict:
    return dict(sorted(d.items()))


def score(raw: Tally, *, staff_id=None, name="", role=None, team_id=None, team=None, branch=None) -> StaffScore:
    """The figures of one tally, every rate computed by the kpis functions."""
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
        broken_promises=raw.broken_promises, followed_up=raw.followed_up,
        followup_rate=kpis.followup_rate(raw.followed_up, raw.broken_promises),
        escalations_by_status=_sorted(raw.escalations_by_status),
        contacts_target=raw.contacts_target,
        contacts_attainment=kpis.attainment(raw.contact_attempts, raw.contacts_target),
        outbound_rpc=raw.outbound_rpc, promises_kept=raw.promises_kept, promises_fell_due=raw.promises_fell_due,
        kept_amount=_sorted(raw.kept_amount), due_amount=_sorted(raw.due_amount),
        qa_total=raw.qa_total, qa_count=raw.qa_count)


def followup_days(ctx: ServiceContext) -> int:
    """The department's follow-up window in days (setting "scorecard.followup_days"; at least 1)."""
    try:
        return max(1, int(setting(ctx, FOLLOWUP_SETTING)))
    except (TypeError, ValueError):
        return 3


def scorecard(ctx: ServiceContext, start: date, end: date, *, team_id: uuid.UUID | None = None,
              branch_id: uuid.UUID | None = None) -> Scorecard:
    """The scorecard for [start, end] (inclusive), by the definitions in the module docstring."""
    if end < start:
        raise ValueError(f"period end {end} is before its start {start}")
    days = followup_days(ctx)
    with ctx.reading() as s:
        staff = staff_rows(s, team_id, branch_id)
        ids = [row[0] for row in staff]
        raw = read_tallies(s, ids, [(start, end)], followup_days=days)
        by_team = distinct_accounts(s, ids, [(start, end)], by_team=True)
        if len({row[3] for row in staff}) == 1:  # one team in scope: its distinct count is the total
            total_accounts = sum(by_team.values())
        else:
            total_accounts = distinct_accounts(s, ids, [(start, end)], by_team=False).get((None, 0), 0)

    rows: list[StaffScore] = []
    teams: dict = {}
    team_raw: dict = {}
    dept = Tally()
    for sid, name, role, tid, team_name, branch_name, active in staff:
        r = raw.get((sid, 0)) or Tally()
        if not active and not r.any_figure():
            continue
        rows.append(score(r, staff_id=sid, name=name, role=StaffRole(role), team_id=tid, team=team_name,
                          branch=branch_name))
        if tid not in team_raw:
            team_raw[tid] = Tally()
            teams[tid] = (team_name, branch_name)
        team_raw[tid].add(r)
        dept.add(r)

    team_totals = {}
    for tid, r in team_raw.items():
        r.accounts_worked = by_team.get((tid, 0), 0)
        team_name, branch_name = teams[tid]
        team_totals[tid] = score(r, name=team_name or "", team_id=tid, team=team_name, branch=branch_name)
    dept.accounts_worked = total_accounts
    return Scorecard(period_start=start, period_end=end, rows=rows, team_totals=team_totals,
                     department=score(dept), followup_days=days)
