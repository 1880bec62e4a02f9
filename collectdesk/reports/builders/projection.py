"""Projected collections for a window of days (the rest of a report's period, the next period), per currency.

    project(ctx, windows, today=..., collector_ids=None) -> Projection

For a window [a, b] and the day `today` (docs/reports.md, "Projection"):

    projected = actual + installments + promises + run rate

- actual: what was collected in [a, min(b, today)]: Σ (amount - overpayment) of the payments by `paid_on`
  (today's payments included), as the report's "collected".
- installments: the open part (amount - paid_amount) of plan installments that are still open (due, partly
  paid or missed) on plans that are running (active, on track, missed), due in [max(a, today), b]: at face
  value, a plan being an agreed schedule.
- promises: the open part (amount - paid_amount) of promises to pay that are pending or partly paid, due in
  [max(a, today), b], each times its collector's kept rate over the last 90 days (promises due in
  [today - 90, today - 1]: kept / (kept + partial + broken), kpis.promise_kept_rate_by_count). A collector
  with no promise due in those days (and a promise without a collector) takes the scope's rate over the same
  days; with no history at all the weight is 0.
- run rate: the average daily collections of the 30 days before today ([today - 30, today - 1], Σ / 30) of the
  payments that met neither a plan installment nor a promise (`installment_id` and `promise_id` empty), since
  the two parts above already forecast those, times the days of the window after today
  ([max(a, today + 1), b]).

A window wholly before today is its actual collections; one wholly after today has no actual part. Money is
summed per currency and rounded to the cent once, half up, at the end of each part; nothing is converted.
Scope: `collector_ids` None is everything; otherwise payments and promises of those collectors and
installments of accounts they are assigned (the collector a payment on the account would be credited to).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collectdesk.domain import kpis
from collectdesk.domain.enums import PromiseStatus
from collectdesk.domain.money import to_cents
from collectdesk.services.context import ServiceContext
from collectdesk.services.plans import OPEN_INSTALLMENT, RUNNING
from collectdesk.store.models import Account, Payment, PaymentPlan, PlanInstallment, Promise

ZERO = Decimal("0.00")
KEPT_DAYS = 90
RUN_RATE_DAYS = 30
OPEN_PROMISE = (PromiseStatus.PENDING, PromiseStatus.PARTIAL)
FELL_DUE = (PromiseStatus.KEPT, PromiseStatus.PARTIAL, PromiseStatus.BROKEN)


@dataclass(frozen=True)
class WindowForecast:
    start: date
    end: date
    actual: dict[str, Decimal]           # collected in [start, min(end, today)]
    installments: dict[str, Decimal]     # open installments due in [max(start, today), end]
    promises_open: dict[str, Decimal]    # open part of the promises due there, unweighted
    promises: dict[str, Decimal]         # the same weighted by the collectors' kept rates
    run_rate: dict[str, Decimal]         # daily run rate x run_days
    run_days: int                        # days of the window after today

    @property
    def currencies(self) -> list[str]:
        return sorted(set(self.actual) | set(self.installments) | set(self.promises) | set(self.run_rate))

    def total(self, currency: str) -> Decimal:
        return sum((part.get(currency, ZERO) for part in (self.actual, self.installments, self.promises,
                                                          self.run_rate)), ZERO)


@dataclass(frozen=True)
class Projection:
    today: date
    kept_window: tuple[date, date]            # the 90 days the kept rates are read over
    run_window: tuple[date, date]             # the 30 days the run rate is read over
    kept_rates: dict[uuid.UUID | None, Decimal]   # collector -> kept rate as a fraction (only those with history)
    scope_kept_rate: Decimal | None           # fraction; None without any promise due in the 90 days
    daily_run_rate: dict[str, Decimal]        # per currency, unrounded
    windows: list[WindowForecast] = field(default_factory=list)


def _collector_filter(column, collector_ids):
    return [] if collector_ids is None else [column.in_(list(collector_ids))]


def _fraction(pct: Decimal | None) -> Decimal | None:
    return None if pct is None else pct / 100


def kept_rates(s: Session, today: date, collector_ids=None) -> tuple[dict, Decimal | None]:
    """({collector: kept rate}, scope rate) over the promises due in the KEPT_DAYS days before today."""
    lo, hi = today - timedelta(days=KEPT_DAYS), today - timedelta(days=1)
    rows = s.execute(
        select(Promise.collector_id, Promise.status, func.count())
        .where(Promise.due_date >= lo, Promise.due_date <= hi, Promise.status.in_(FELL_DUE),
               *_collector_filter(Promise.collector_id, collector_ids))
        .group_by(Promise.collector_id, Promise.status))
    kept: dict = defaultdict(int)
    due: dict = defaultdict(int)
    for collector, status, n in rows:
        due[collector] += int(n)
        if PromiseStatus(status) is PromiseStatus.KEPT:
            kept[collector] += int(n)
    rates = {c: _fraction(kpis.promise_kept_rate_by_count(kept[c], n)) for c, n in due.items() if n}
    scope = _fraction(kpis.promise_kept_rate_by_count(sum(kept.values()), sum(due.values())))
    return rates, scope


def _collected(s: Session, a: date, b: date, collector_ids, *, unscheduled: bool = False) -> dict[str, Decimal]:
    where = [Payment.paid_on >= a, Payment.paid_on <= b, *_collector_filter(Payment.collector_id, collector_ids)]
    if unscheduled:
        where += [Payment.installment_id.is_(None), Payment.promise_id.is_(None)]
    out = {}
    for cur, amount, over in s.execute(
            select(Payment.currency, func.sum(Payment.amount), func.sum(Payment.overpayment))
            .where(*where).group_by(Payment.currency)):
        out[cur] = (amount or ZERO) - (over or ZERO)
    return out


def _installments(s: Session, a: date, b: date, collector_ids) -> dict[str, Decimal]:
    q = (select(PlanInstallment.currency, func.sum(PlanInstallment.amount), func.sum(PlanInstallment.paid_amount))
         .join(PaymentPlan, PaymentPlan.id == PlanInstallment.plan_id)
         .where(PlanInstallment.status.in_(OPEN_INSTALLMENT), PlanInstallment.due_date >= a,
                PlanInstallment.due_date <= b, PaymentPlan.status.in_(RUNNING))
         .group_by(PlanInstallment.currency))
    if collector_ids is not None:
        q = q.join(Account, Account.id == PaymentPlan.account_id).where(Account.collector_id.in_(list(collector_ids)))
    return {cur: to_cents((amount or ZERO) - (paid or ZERO)) for cur, amount, paid in s.execute(q)}


def _promises(s: Session, a: date, b: date, collector_ids, rates: dict, scope_rate: Decimal | None):
    face: dict = defaultdict(lambda: ZERO)
    weighted: dict = defaultdict(lambda: Decimal(0))
    for collector, cur, amount, paid in s.execute(
            select(Promise.collector_id, Promise.currency, func.sum(Promise.amount), func.sum(Promise.paid_amount))
            .where(Promise.status.in_(OPEN_PROMISE), Promise.due_date >= a, Promise.due_date <= b,
                   *_collector_filter(Promise.collector_id, collector_ids))
            .group_by(Promise.collector_id, Promise.currency)):
        open_part = (amount or ZERO) - (paid or ZERO)
        rate = rates.get(collector, scope_rate) if collector is not None else scope_rate
        face[cur] += open_part
        weighted[cur] += open_part * (rate or Decimal(0))
    return dict(face), {cur: to_cents(v) for cur, v in weighted.items()}


def project(ctx: ServiceContext, windows: list[tuple[date, date]], *, today: date,
            collector_ids: list[uuid.UUID] | None = None) -> Projection:
    """The forecast of each window by the method in the module docstring."""
    run_lo, run_hi = today - timedelta(days=RUN_RATE_DAYS), today - timedelta(days=1)
    with ctx.reading() as s:
        rates, scope_rate = kept_rates(s, today, collector_ids)
        base = _collected(s, run_lo, run_hi, collector_ids, unscheduled=True)
        daily = {cur: amount / RUN_RATE_DAYS for cur, amount in base.items()}
        out = []
        for a, b in windows:
            actual = _collected(s, a, min(b, today), collector_ids) if a <= today else {}
            ahead = max(a, today)
            if ahead <= b:
                installments = _installments(s, ahead, b, collector_ids)
                face, weighted = _promises(s, ahead, b, collector_ids, rates, scope_rate)
            else:
                installments, face, weighted = {}, {}, {}
            run_days = max(0, (b - max(a, today + timedelta(days=1))).days + 1)
            run = {cur: to_cents(rate * run_days) for cur, rate in daily.items()} if run_days else {}
            out.append(WindowForecast(start=a, end=b, actual=actual, installments=installments, promises_open=face,
                                      promises=weighted, run_rate=run, run_days=run_days))
    return Projection(today=today, kept_window=(today - timedelta(days=KEPT_DAYS), today - timedelta(days=1)),
                      run_window=(run_lo, run_hi), kept_rates=rates, scope_kept_rate=scope_rate,
                      daily_run_rate=daily, windows=out)
