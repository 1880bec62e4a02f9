"""Drill-down: the activities, promises, payments, ... behind one scorecard figure.

``drill(ctx, kpi, start, end, staff_id=..., team_id=..., branch_id=..., limit=2000)`` lists, newest
first, at most `limit` rows of the records a figure of `scorecard()` was counted from, with ``total``
the full number of such records. `kpi` is a StaffScore field name. Which records, and which figure
``total`` equals (``DRILL_FIGURES``; the tests check every pair on both databases):

=====================================  ==========  ====================  =============================
kpi                                    kind        total equals          rows with counts=True
=====================================  ==========  ====================  =============================
accounts_worked                        activities  accounts_worked       (one row per account: its
                                                                         latest activity; counts None)
contact_attempts                       activities  contact_attempts      all
right_party_contacts                   activities  right_party_contacts  all
rpc_rate                               activities  contact_attempts      right-party ones (outbound_rpc)
promises_made, promised_amount,        promises    promises_made         all
ptp_rate
kept_rate_count, kept_rate_amount      promises    promises_fell_due     kept ones (promises_kept)
broken_promises                        promises    broken_promises       all
followed_up, followup_rate             promises    broken_promises       followed up (followed_up)
collected, attainment,                 payments    (payment count)       all; Σ amount per currency
collected_per_rpc                                                        = collected
target                                 targets     (target rows)         all; ``amounts`` = target
contacts_target, contacts_attainment   targets     (target rows)         all; ``counted`` =
                                                                         contacts_target
complaints, complaints_per_1000        feedback    complaints            all
compliments                            feedback    compliments           all
compliance_findings                    findings    compliance_findings   all
qa_score                               evaluations qa_count              all
escalations_raised,                    escalations escalations_raised    all; outcome_or_status is
escalations_by_status                                                    the status
=====================================  ==========  ====================  =============================

A finding's row reads as in the Compliance pane: ``outcome_or_status`` is its rule's name and ``detail``
its explanation in the user's language (services.compliance.findings), not the stored facts.

``counted`` is the full number of rows with counts=True (the rate's numerator) and ``amounts`` the
full sum of ``amount`` per currency, both over every row, not only the listed ones. A payment's
amount is what it credits (amount − overpayment), as in ``collected``; a target's is its share
pro-rated to the period. Scope: `staff_id` alone, or the staff a scorecard with this `team_id` /
`branch_id` lists (the team's or the department's totals).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import and_, case, false, func, null, select, true
from sqlalchemy.orm import Session

from collectdesk.domain.enums import Channel, Direction, FeedbackKind, PromiseStatus
from collectdesk.services.context import ServiceContext
from collectdesk.services.dashboard import TARGET_METRIC, prorated_target
from collectdesk.services.scorecard_read import (
    CONTACTS_METRIC,
    FELL_DUE,
    RPC_OUTCOMES,
    followed_up_clause,
    prorated_count,
    staff_rows,
    utc_bounds,
)
from collectdesk.services.scorecards import followup_days as setting_followup_days
from collectdesk.store.models import (
    Account,
    Activity,
    ComplianceFinding,
    Debtor,
    Escalation,
    Evaluation,
    FeedbackItem,
    Payment,
    Promise,
    StaffMember,
    Target,
)

__all__ = ["DRILL_FIGURES", "Drill", "DrillRow", "drill"]


@dataclass(frozen=True)
class DrillRow:
    account_id: uuid.UUID | None
    account_no: str | None
    debtor: str | None
    when: datetime | date
    staff: str | None
    channel: str | None
    outcome_or_status: str | None
    amount: Decimal | None
    currency: str | None
    counts: bool | None
    detail: str | None


@dataclass(frozen=True)
class Drill:
    kind: str  # "activities"|"promises"|"payments"|"feedback"|"findings"|"evaluations"|"escalations"|"targets"
    total: int
    rows: list[DrillRow]
    counted: int | None = None  # rows in the rate's numerator, over all rows (None: not a rate)
    amounts: dict[str, Decimal] = field(default_factory=dict)  # Σ amount per currency over all rows


# kpi -> (kind, selection, StaffScore field `total` equals, field `counted` equals or None)
DRILL_FIGURES: dict[str, tuple[str, str, str | None, str | None]] = {
    "accounts_worked": ("activities", "accounts", "accounts_worked", None),
    "contact_attempts": ("activities", "outbound_calls", "contact_attempts", "contact_attempts"),
    "right_party_contacts": ("activities", "rpc", "right_party_contacts", "right_party_contacts"),
    "rpc_rate": ("activities", "outbound_calls_rpc", "contact_attempts", "outbound_rpc"),
    "promises_made": ("promises", "made", "promises_made", "promises_made"),
    "promised_amount": ("promises", "made", "promises_made", "promises_made"),
    "ptp_rate": ("promises", "made", "promises_made", "promises_made"),
    "kept_rate_count": ("promises", "fell_due", "promises_fell_due", "promises_kept"),
    "kept_rate_amount": ("promises", "fell_due", "promises_fell_due", "promises_kept"),
    "broken_promises": ("promises", "broken", "broken_promises", "broken_promises"),
    "followed_up": ("promises", "followup", "broken_promises", "followed_up"),
    "followup_rate": ("promises", "followup", "broken_promises", "followed_up"),
    "collected": ("payments", "payments", None, None),
    "attainment": ("payments", "payments", None, None),
    "collected_per_rpc": ("payments", "payments", None, None),
    "target": ("targets", TARGET_METRIC, None, None),
    "contacts_target": ("targets", CONTACTS_METRIC, None, "contacts_target"),
    "contacts_attainment": ("targets", CONTACTS_METRIC, None, "contacts_target"),
    "complaints": ("feedback", FeedbackKind.COMPLAINT.value, "complaints", "complaints"),
    "complaints_per_1000": ("feedback", FeedbackKind.COMPLAINT.value, "complaints", "complaints"),
    "compliments": ("feedback", FeedbackKind.COMPLIMENT.value, "compliments", "compliments"),
    "compliance_findings": ("findings", "findings", "compliance_findings", "compliance_findings"),
    "qa_score": ("evaluations", "evaluations", "qa_count", "qa_count"),
    "escalations_raised": ("escalations", "escalations", "escalations_raised", "escalations_raised"),
    "escalations_by_status": ("escalations", "escalations", "escalations_raised", "escalations_raised"),
}


def _text(value) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


@dataclass
class _Source:
    """One kind's rows as columns of a select: what each DrillRow field is read from."""

    where: list
    when: object
    staff_col: object
    account_col: object
    channel: object = null()
    status: object = null()
    amount: object = None
    currency: object = None
    counts: object = true()
    detail: object = null()


def _source(s: Session, selection: str, kind: str, ids: list, start: date, end: date, days: int) -> _Source:
    lo, hi = utc_bounds(start, end)
    if kind == "activities":
        where = [Activity.collector_id.in_(ids), Activity.occurred_at >= lo, Activity.occurred_at < hi]
        outbound = and_(Activity.channel == Channel.CALL, Activity.direction == Direction.OUTBOUND)
        is_rpc = Activity.outcome.in_(RPC_OUTCOMES)
        counts = true()
        if selection == "outbound_calls":
            where.append(outbound)
        elif selection == "rpc":
            where.append(is_rpc)
        elif selection == "outbound_calls_rpc":
            where.append(outbound)
            counts = case((is_rpc, true()), else_=false())
        return _Source(where, Activity.occurred_at, Activity.collector_id, Activity.account_id, Activity.channel,
                       Activity.outcome, counts=counts, detail=Activity.note)
    if kind == "promises":
        if selection == "made":
            where = [Promise.collector_id.in_(ids), Promise.promised_at >= lo, Promise.promised_at < hi]
            when = Promise.promised_at
        else:
            where = [Promise.collector_id.in_(ids), Promise.due_date >= start, Promise.due_date <= end]
            when = Promise.due_date
        counts = true()
        if selection == "fell_due":
            where.append(Promise.status.in_(FELL_DUE))
            counts = case((Promise.status == PromiseStatus.KEPT, true()), else_=false())
        elif selection in ("broken", "followup"):
            where.append(Promise.status == PromiseStatus.BROKEN)
            if selection == "followup":
                dialect = s.get_bind().dialect.name
                counts = case((followed_up_clause(dialect, days), true()), else_=false())
        return _Source(where, when, Promise.collector_id, Promise.account_id, status=Promise.status,
                       amount=Promise.amount, currency=Promise.currency, counts=counts, detail=Promise.note)
    if kind == "payments":
        return _Source([Payment.collector_id.in_(ids), Payment.paid_on >= start, Payment.paid_on <= end],
                       Payment.paid_on, Payment.collector_id, Payment.account_id, status=Payment.method,
                       amount=Payment.amount - Payment.overpayment, currency=Payment.currency,
                       detail=Payment.reference)
    if kind == "feedback":
        return _Source([FeedbackItem.staff_id.in_(ids), FeedbackItem.received_at >= lo, FeedbackItem.received_at < hi,
                        FeedbackItem.kind == selection], FeedbackItem.received_at, FeedbackItem.staff_id,
                       FeedbackItem.account_id, FeedbackItem.source, FeedbackItem.status, detail=FeedbackItem.subject)
    if kind == "findings":
        return _Source([ComplianceFinding.collector_id.in_(ids), ComplianceFinding.found_at >= lo,
                        ComplianceFinding.found_at < hi], ComplianceFinding.found_at, ComplianceFinding.collector_id,
                       ComplianceFinding.account_id, status=ComplianceFinding.rule_code,
                       detail=ComplianceFinding.id)  # replaced by the rule's name and the explanation
    if kind == "evaluations":
        return _Source([Evaluation.staff_id.in_(ids), Evaluation.evaluated_on >= start, Evaluation.evaluated_on <= end],
                       Evaluation.evaluated_on, Evaluation.staff_id, Evaluation.account_id,
                       status=Evaluation.qa_score, detail=Evaluation.notes)
    if kind == "escalations":
        return _Source([Escalation.raised_by_id.in_(ids), Escalation.created_at >= lo, Escalation.created_at < hi],
                       Escalation.created_at, Escalation.raised_by_id, Escalation.account_id, status=Escalation.status,
                       amount=Escalation.amount_at_stake, currency=Escalation.currency, detail=Escalation.reason)
    raise AssertionError(kind)


def _with_names(q, account_col, staff_col):
    return (q.outerjoin(Account, Account.id == account_col).outerjoin(Debtor, Debtor.id == Account.debtor_id)
            .outerjoin(StaffMember, StaffMember.id == staff_col))


def _listing(s: Session, src: _Source, limit: int) -> tuple[list[DrillRow], int, int, dict]:
    base = select(src.when.label("when"), src.account_col.label("account_id"), Account.account_no, Debtor.name,
                  StaffMember.full_name, src.channel.label("channel"), src.status.label("status"),
                  (null() if src.amount is None else src.amount).label("amount"),
                  (null() if src.currency is None else src.currency).label("currency"), src.counts.label("counts"),
                  src.detail.label("detail"))
    q = _with_names(base.select_from(src.when.table), src.account_col, src.staff_col).where(*src.where)
    rows = [DrillRow(account_id=r.account_id, account_no=r.account_no, debtor=r.name, when=r.when,
                     staff=r.full_name, channel=_text(r.channel), outcome_or_status=_text(r.status),
                     amount=r.amount, currency=r.currency, counts=None if r.counts is None else bool(r.counts),
                     detail=_text(r.detail))
            for r in s.execute(q.order_by(src.when.desc(), src.account_col).limit(limit))]
    table = src.when.table
    total, counted = s.execute(select(func.count(), func.coalesce(func.sum(case((src.counts, 1), else_=0)), 0))
                               .select_from(table).where(*src.where)).one()
    amounts: dict = {}
    if src.currency is not None:
        for cur, amount in s.execute(select(src.currency, func.sum(src.amount)).select_from(table)
                                     .where(*src.where).group_by(src.currency).order_by(src.currency)):
            amounts[cur] = amount
    return rows, int(total), int(counted), amounts


def _accounts(s: Session, ids: list, start: date, end: date, limit: int) -> Drill:
    """One row per distinct account worked: its latest activity in the period by the staff in scope."""
    lo, hi = utc_bounds(start, end)
    where = [Activity.collector_id.in_(ids), Activity.occurred_at >= lo, Activity.occurred_at < hi]
    latest = func.max(Activity.occurred_at)
    per_account = (select(Activity.account_id, latest.label("last"), func.count().label("n"))
                   .where(*where).group_by(Activity.account_id).subquery())
    q = (select(per_account.c.account_id, per_account.c.last, per_account.c.n, Account.account_no, Debtor.name)
         .outerjoin(Account, Account.id == per_account.c.account_id)
         .outerjoin(Debtor, Debtor.id == Account.debtor_id)
         .order_by(per_account.c.last.desc(), per_account.c.account_id).limit(limit))
    rows = [DrillRow(account_id=r.account_id, account_no=r.account_no, debtor=r.name, when=r.last, staff=None,
                     channel=None, outcome_or_status=None, amount=None, currency=None, counts=None,
                     detail=str(r.n)) for r in s.execute(q)]
    total = s.execute(select(func.count(func.distinct(Activity.account_id))).where(*where)).scalar() or 0
    return Drill("activities", int(total), rows)


def _targets(s: Session, metric: str, ids: list, start: date, end: date, limit: int) -> Drill:
    q = (select(Target.staff_id, Target.team_id, Target.period_start, Target.period_end, Target.amount,
                Target.currency, Target.count, StaffMember.full_name)
         .outerjoin(StaffMember, StaffMember.id == Target.staff_id)
         .where(Target.metric == metric, Target.staff_id.in_(ids), Target.period_start <= end,
                Target.period_end >= start)
         .order_by(Target.period_start.desc(), StaffMember.full_name, Target.id))
    found = s.execute(q).all()
    rows, by_staff = [], defaultdict(list)
    for t in found:
        by_staff[t.staff_id].append(t)
        share = prorated_target([t], start, end).get(t.currency) if metric == TARGET_METRIC else None
        whole = f"{t.amount} {t.currency}" if metric == TARGET_METRIC else str(t.count)
        rows.append(DrillRow(account_id=None, account_no=None, debtor=None, when=t.period_start, staff=t.full_name,
                             channel=None, outcome_or_status=None, amount=share,
                             currency=t.currency if metric == TARGET_METRIC else None, counts=True,
                             detail=f"{t.period_start.isoformat()}..{t.period_end.isoformat()}: {whole}"))
    amounts: dict = defaultdict(Decimal)
    counted = None
    for staff_rows_ in by_staff.values():
        if metric == TARGET_METRIC:
            for cur, amount in prorated_target(staff_rows_, start, end).items():
                amounts[cur] += amount
        else:
            n = prorated_count(staff_rows_, start, end)
            if n is not None:
                counted = (counted or 0) + n
    return Drill("targets", len(found), rows[:limit], counted=counted, amounts=dict(sorted(amounts.items())))


def _explained(ctx: ServiceContext, s: Session, rows: list[DrillRow]) -> list[DrillRow]:
    """Findings read as the Compliance pane reads them: the rule's name (not its code) and the explanation
    in the user's language (not the stored facts)."""
    from collectdesk.services.compliance.findings import explanations, rule_book

    texts = explanations(s, [uuid.UUID(r.detail) for r in rows], rule_book(ctx))
    out = []
    for r in rows:
        name, text = texts.get(uuid.UUID(r.detail), (r.outcome_or_status, None))
        out.append(replace(r, outcome_or_status=name, detail=text))
    return out


def drill(ctx: ServiceContext, kpi: str, start: date, end: date, *, staff_id: uuid.UUID | None = None,
          team_id: uuid.UUID | None = None, branch_id: uuid.UUID | None = None, limit: int = 2000) -> Drill:
    """The records behind `kpi` for [start, end] (inclusive), by the table in the module docstring."""
    if kpi not in DRILL_FIGURES:
        raise KeyError(f"no drill-down for {kpi!r}; known: {', '.join(sorted(DRILL_FIGURES))}")
    if end < start:
        raise ValueError(f"period end {end} is before its start {start}")
    kind, selection, _, _ = DRILL_FIGURES[kpi]
    days = setting_followup_days(ctx) if selection == "followup" else 0
    with ctx.reading() as s:
        ids = [staff_id] if staff_id is not None else [r[0] for r in staff_rows(s, team_id, branch_id)]
        if not ids:
            return Drill(kind, 0, [], counted=0 if DRILL_FIGURES[kpi][3] else None)
        if selection == "accounts":
            return _accounts(s, ids, start, end, limit)
        if kind == "targets":
            return _targets(s, selection, ids, start, end, limit)
        rows, total, counted, amounts = _listing(s, _source(s, selection, kind, ids, start, end, days), limit)
        if kind == "findings":
            rows = _explained(ctx, s, rows)
    return Drill(kind, total, rows, counted=counted if DRILL_FIGURES[kpi][3] else None, amounts=amounts)

