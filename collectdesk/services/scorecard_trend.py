"""A KPI's value per period for each staff member and the department: the scorecard's sparklines.

``trend(ctx, kpi, periods, team_id=None, branch_id=None)`` gives, for every staff member the scorecard
would list in any of the periods (and ``None`` for the department: the scope's totals), the value of
`kpi` (a StaffScore field name) in each period, oldest first as given. The figures are the
scorecard's own: the same tallies (`scorecard_read.read_tallies`) and the same `scorecards.score`,
read for all periods at once with one GROUP BY per source the KPI needs (a CASE over the period
bounds), so 12 months cost one pass over the covering index instead of 12 scorecards.

Values: counts are int, rates Decimal or None, money KPIs a dict currency -> Decimal (or -> rate),
``escalations_by_status`` a dict status -> int; a period without figures gives the value an empty
scorecard row would show (0, None or {}).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from collectdesk.domain.periods import Period
from collectdesk.services.context import ServiceContext
from collectdesk.services.scorecard_read import Tally, distinct_accounts, read_tallies, staff_rows
from collectdesk.services.scorecards import followup_days, score

__all__ = ["KPI_SOURCES", "Trend", "trend"]

# StaffScore field -> the tally sources its value is computed from
KPI_SOURCES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in {
    "accounts_worked": {"accounts"},
    "contact_attempts": {"activities"},
    "right_party_contacts": {"activities"},
    "rpc_rate": {"activities"},
    "outbound_rpc": {"activities"},
    "promises_made": {"promises_made"},
    "promised_amount": {"promises_made"},
    "ptp_rate": {"promises_made", "activities"},
    "kept_rate_count": {"promises_due"},
    "kept_rate_amount": {"promises_due"},
    "promises_kept": {"promises_due"},
    "promises_fell_due": {"promises_due"},
    "kept_amount": {"promises_due"},
    "due_amount": {"promises_due"},
    "broken_promises": {"promises_due"},
    "followed_up": {"followup"},
    "followup_rate": {"followup"},
    "collected": {"payments"},
    "target": {"targets"},
    "attainment": {"payments", "targets"},
    "collected_per_rpc": {"payments", "activities"},
    "contacts_target": {"targets"},
    "contacts_attainment": {"targets", "activities"},
    "complaints": {"feedback"},
    "compliments": {"feedback"},
    "complaints_per_1000": {"feedback", "activities"},
    "compliance_findings": {"findings"},
    "qa_score": {"evaluations"},
    "qa_total": {"evaluations"},
    "qa_count": {"evaluations"},
    "escalations_raised": {"escalations"},
    "escalations_by_status": {"escalations"},
}.items()}


@dataclass(frozen=True)
class Trend:
    kpi: str
    periods: list[Period]
    values: dict[uuid.UUID | None, list]  # staff_id (None: the department) -> one value per period
    names: dict[uuid.UUID, str]  # staff_id -> full name, for the rows that have values


def trend(ctx: ServiceContext, kpi: str, periods: list[Period], *, team_id: uuid.UUID | None = None,
          branch_id: uuid.UUID | None = None) -> Trend:
    """`kpi`'s value in each of `periods` per staff member in scope and for the department (key None)."""
    if kpi not in KPI_SOURCES:
        raise KeyError(f"no trend for {kpi!r}; known: {', '.join(sorted(KPI_SOURCES))}")
    periods = list(periods)
    bounds = [(p.start, p.end) for p in periods]
    sources = KPI_SOURCES[kpi]
    days = followup_days(ctx) if "followup" in sources else 3
    with ctx.reading() as s:
        staff = staff_rows(s, team_id, branch_id)
        ids = [row[0] for row in staff]
        raw = read_tallies(s, ids, bounds, sources, followup_days=days)
        dept_accounts = distinct_accounts(s, ids, bounds, by_team=False) if "accounts" in sources else {}

    values: dict = {}
    names: dict = {}
    dept = [Tally() for _ in periods]
    for sid, name, _role, _tid, _team, _branch, active in staff:
        tallies = [raw.get((sid, k)) or Tally() for k in range(len(periods))]
        listed = [active or t.any_figure() for t in tallies]  # the scorecard's rule, period by period
        if not any(listed):
            continue
        values[sid] = [getattr(score(t), kpi) for t in tallies]
        names[sid] = name
        for total, t, counted in zip(dept, tallies, listed):
            if counted:
                total.add(t)
    for k, total in enumerate(dept):
        if "accounts" in sources:
            total.accounts_worked = dept_accounts.get((None, k), 0)
    values[None] = [getattr(score(t), kpi) for t in dept]
    return Trend(kpi=kpi, periods=periods, values=values, names=names)
