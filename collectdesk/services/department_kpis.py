"""Department-level figures for a period: CEI, roll rates between aging buckets, cure and liquidation rate.

``department_figures(ctx, start, end, team_id=None, branch_id=None)`` -> ``DepartmentFigures``. The
formulas are `collectdesk.domain.kpis` (collection_effectiveness_index, roll_rate, cure_rate,
liquidation_rate); this module reconstructs the balances they need. Money is per currency (the
account's currency), never added across currencies.

Scope: the accounts whose *current* ``team_id`` / ``branch_id`` is the one given (all accounts without
a filter). An account is **placed** on ``opened_on``, or, when that is empty, on the UTC date of
``created_at``; accounts placed after the period end are left out.

Balances on a day (the database keeps only today's balance, so earlier ones are reconstructed)::

    opening balance (start of `start`) = balance now + Σ credited payments with paid_on >= start
                                                      + Σ write-offs with written_off_on >= start
    closing balance (end of `end`)     = balance now + Σ credited payments with paid_on > end
                                                      + Σ write-offs with written_off_on > end

where a credited payment is ``amount − overpayment`` (what lowered the balance when it was posted; a
reversal is a negative payment and so raises it back). Only payments and write-offs are dated
events: a balance rewritten by an import, or a fee added, after the period is taken as if it had
always been so. An account placed during the period has no opening balance.

Aging: an account's days past due on day X are X − ``due_date`` (0 or less: current), bucketed by
`collectdesk.domain.aging` — at the period start for opening balances, at the period end for closing
ones. An account with no balance is in no bucket.

Figures per currency:

- CEI: B = Σ opening balances, S = Σ ``original_amount`` of accounts placed in the period ("credit
  sales": new business), ET = Σ closing balances, EC = Σ closing balances in the current bucket;
  kpis.collection_effectiveness_index(B, S, ET, EC) with months=1 (S is the whole period's). Every
  reduction of balances counts as collected, write-offs included, as the formula does. None when
  undefined or inconsistent (a negative denominator: balances that grew without a dated event).
- Roll rates, for each pair of consecutive buckets (current -> 1-30, ..., 91-180 -> 180+), account by
  account: of the accounts in bucket n at the period start, Σ closing balances of those that are in a
  later bucket at the end / Σ their opening balances in bucket n (kpis.roll_rate). The portfolio ratio
  of KPIS.md ("bucket n+1 now / bucket n last period") is not used: our buckets are not all one month
  wide (91-180 spans three months, 180+ everything older), so accounts that simply stay in a wide
  bucket, and new placements, would be counted as rolled and rates far above 100 % appear (measured
  on the demo: 224 % current -> 1-30, 434 % 91-180 -> 180+). The transition form stays within 0-100 %
  unless balances grew.
- Liquidation rate: the period's placement cohort (accounts placed in [start, end]):
  Σ credited payments on them with paid_on in [start, end] / Σ their ``original_amount``.

Cure rate (accounts, all currencies together since it counts accounts): delinquent at start = accounts
with an opening balance > 0 that are past due at the period start; cured = those whose closing
balance is 0 and that had no write-off in the period (paid off, so current again; a written-off
balance is a loss, not a cure). With a single due date per account, paying it off is the only way
back to current.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from sqlalchemy import and_, case, func, or_, select

from collectdesk.domain import kpis
from collectdesk.domain.aging import AgingBucket, bucket_for
from collectdesk.services.context import ServiceContext
from collectdesk.store.models import Account, Payment, WriteOff

ZERO = Decimal("0.00")
BUCKETS = tuple(AgingBucket)
ROLLS = tuple(zip(BUCKETS, BUCKETS[1:]))
_ORDER = {b: n for n, b in enumerate(BUCKETS)}


@dataclass(frozen=True)
class CurrencyFigures:
    currency: str
    beginning_receivables: Decimal  # B
    credit_sales: Decimal  # S: original amounts placed in the period
    ending_receivables: Decimal  # ET
    ending_current: Decimal  # EC
    cei: Decimal | None
    opening_by_bucket: dict[AgingBucket, Decimal]
    closing_by_bucket: dict[AgingBucket, Decimal]
    roll_rates: dict[tuple[AgingBucket, AgingBucket], Decimal | None]
    placed: Decimal  # = credit_sales: the liquidation cohort's original amount
    collected_on_placed: Decimal
    liquidation_rate: Decimal | None


@dataclass(frozen=True)
class DepartmentFigures:
    period_start: date
    period_end: date
    by_currency: dict[str, CurrencyFigures]
    delinquent_at_start: int
    cured: int
    cure_rate: Decimal | None


def _placed_on_or_before(day: date):
    after = datetime.combine(day + timedelta(days=1), time(), timezone.utc)
    return or_(Account.opened_on <= day, and_(Account.opened_on.is_(None), Account.created_at < after))


def _placed_before(day: date):
    at = datetime.combine(day, time(), timezone.utc)
    return or_(Account.opened_on < day, and_(Account.opened_on.is_(None), Account.created_at < at))


def _cei(b: Decimal, s: Decimal, et: Decimal, ec: Decimal) -> Decimal | None:
    try:
        return kpis.collection_effectiveness_index(max(b, ZERO), max(s, ZERO), max(et, ZERO), max(ec, ZERO))
    except ValueError:  # balances that grew without a dated event: no meaningful index
        return None


def department_figures(ctx: ServiceContext, start: date, end: date, *, team_id: uuid.UUID | None = None,
                       branch_id: uuid.UUID | None = None) -> DepartmentFigures:
    """CEI, roll rates, cure rate and liquidation rate for [start, end] by the module docstring."""
    if end < start:
        raise ValueError(f"period end {end} is before its start {start}")
    in_period = and_(Payment.paid_on >= start, Payment.paid_on <= end)
    pay = (select(Payment.account_id,
                  func.sum(Payment.amount).label("amount"),
                  func.sum(Payment.overpayment).label("over"),
                  func.sum(case((Payment.paid_on > end, Payment.amount), else_=0)).label("amount_after"),
                  func.sum(case((Payment.paid_on > end, Payment.overpayment), else_=0)).label("over_after"),
                  func.sum(case((in_period, Payment.amount), else_=0)).label("amount_in"),
                  func.sum(case((in_period, Payment.overpayment), else_=0)).label("over_in"))
           .where(Payment.paid_on >= start).group_by(Payment.account_id).subquery())
    wo = (select(WriteOff.account_id, func.sum(WriteOff.amount).label("amount"),
                 func.sum(case((WriteOff.written_off_on > end, WriteOff.amount), else_=0)).label("after"),
                 func.count(case((WriteOff.written_off_on <= end, 1))).label("n_in"))
          .where(WriteOff.written_off_on >= start).group_by(WriteOff.account_id).subquery())
    q = (select(Account.currency, Account.balance, Account.original_amount, Account.due_date,
                _placed_before(start).label("before"),
                pay.c.amount, pay.c.over, pay.c.amount_after, pay.c.over_after, pay.c.amount_in, pay.c.over_in,
                wo.c.amount.label("wo"), wo.c.after.label("wo_after"), wo.c.n_in)
         .outerjoin(pay, pay.c.account_id == Account.id).outerjoin(wo, wo.c.account_id == Account.id)
         .where(_placed_on_or_before(end)))
    if team_id is not None:
        q = q.where(Account.team_id == team_id)
    if branch_id is not None:
        q = q.where(Account.branch_id == branch_id)

    opening = defaultdict(lambda: defaultdict(lambda: ZERO))
    closing = defaultdict(lambda: defaultdict(lambda: ZERO))
    rolled = defaultdict(lambda: defaultdict(lambda: ZERO))  # by the bucket at the start
    sales = defaultdict(lambda: ZERO)
    collected_new = defaultdict(lambda: ZERO)
    delinquent = cured = 0
    money = _Money(ctx)
    with ctx.reading() as s:
        for r in s.execute(q):
            cur = r.currency
            after_start = money(r.amount) - money(r.over) + money(r.wo)
            after_end = money(r.amount_after) - money(r.over_after) + money(r.wo_after)
            close = r.balance + after_end
            end_bucket = bucket_for((end - r.due_date).days)
            if close != 0:
                closing[cur][end_bucket] += close
            else:
                closing[cur]  # noqa: B018  (the currency is in scope even with nothing left)
            if r.before:
                open_ = r.balance + after_start
                if open_ != 0:
                    start_bucket = bucket_for((start - r.due_date).days)
                    opening[cur][start_bucket] += open_
                    if close != 0 and _ORDER[end_bucket] > _ORDER[start_bucket]:
                        rolled[cur][start_bucket] += close
                if open_ > 0 and (start - r.due_date).days >= 1:
                    delinquent += 1
                    if close == 0 and not r.n_in:
                        cured += 1
            else:
                sales[cur] += r.original_amount
                collected_new[cur] += money(r.amount_in) - money(r.over_in)

    by_currency = {}
    for cur in sorted(set(opening) | set(closing) | set(sales)):
        o, c = opening[cur], closing[cur]
        b, et = sum(o.values(), ZERO), sum(c.values(), ZERO)
        ec = c.get(AgingBucket.CURRENT, ZERO)
        rolls = {}
        for n, n1 in ROLLS:
            num, den = rolled[cur].get(n, ZERO), o.get(n, ZERO)
            rolls[n, n1] = kpis.roll_rate(num, den) if num >= 0 and den >= 0 else None
        placed, got = sales[cur], collected_new[cur]
        by_currency[cur] = CurrencyFigures(
            currency=cur, beginning_receivables=b, credit_sales=placed, ending_receivables=et, ending_current=ec,
            cei=_cei(b, placed, et, ec),
            opening_by_bucket={k: o[k] for k in BUCKETS if k in o},
            closing_by_bucket={k: c[k] for k in BUCKETS if k in c},
            roll_rates=rolls, placed=placed, collected_on_placed=got,
            liquidation_rate=kpis.liquidation_rate(got, placed) if got >= 0 else None)
    return DepartmentFigures(period_start=start, period_end=end, by_currency=by_currency,
                             delinquent_at_start=delinquent, cured=cured,
                             cure_rate=kpis.cure_rate(cured, delinquent))


class _Money:
    """Sums from the subqueries come back as the driver's numbers (cents on SQLite): make them Decimal."""

    def __init__(self, ctx: ServiceContext):
        self.sqlite = ctx.engine.dialect.name == "sqlite"

    def __call__(self, value) -> Decimal:
        if value is None:
            return ZERO
        if isinstance(value, Decimal):  # already through the money column type
            return value.quantize(Decimal("0.01"))
        if self.sqlite:
            return Decimal(int(value)).scaleb(-2).quantize(Decimal("0.01"))
        return Decimal(value).quantize(Decimal("0.01"))
