"""The demo department collects like a real one: about the same every month of the shown year (no pile
of payments in the last weeks), and its collectors' targets are ones they mostly reach."""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from collectdesk.services.demo import build_demo
from collectdesk.store.models import Payment, Target

TODAY = date(2026, 11, 29)
ACCOUNTS = 2_000


def _month(d: date, back: int) -> date:
    year, month = divmod(d.year * 12 + d.month - 1 - back, 12)
    return date(year, month + 1, 1)


SHOWN = [_month(TODAY, k) for k in range(12, 0, -1)]  # the last twelve full months, oldest first
LAST = SHOWN[-1]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from collectdesk.services.database import open_database

    db = open_database(str(tmp_path_factory.mktemp("realism") / "demo.sqlite3"), actor="tester")
    build_demo(db.ctx, accounts=ACCOUNTS, seed=1, today=TODAY)
    with db.ctx.reading() as s:
        payments = s.execute(select(Payment.paid_on, Payment.currency, Payment.amount, Payment.overpayment,
                                    Payment.collector_id)).all()
        targets = s.execute(select(Target.staff_id, Target.currency, Target.amount)
                            .where(Target.metric == "amount_collected", Target.staff_id.is_not(None),
                                   Target.period_start == LAST)).all()
    db.close()
    return payments, targets


def test_every_month_collects_about_the_same(demo):
    payments, _ = demo
    monthly: dict[str, dict[date, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for paid_on, currency, amount, over, _ in payments:
        monthly[currency][paid_on.replace(day=1)] += amount - over
    assert set(monthly) == {"EUR", "PLN"}
    for currency, by_month in monthly.items():
        figures = [by_month[m] for m in SHOWN]
        mean = statistics.mean(figures)
        for month, figure in zip(SHOWN, figures):
            assert abs(figure / mean - 1) <= Decimal("0.35"), (currency, month, figure, mean)
        # this month so far, pro rata to the days gone by, is no spike either
        so_far = by_month[TODAY.replace(day=1)] / (TODAY.day - 1) * Decimal("30.4")
        assert abs(so_far / mean - 1) <= Decimal("0.5"), (currency, so_far, mean)


def test_the_department_reaches_about_its_target_last_month(demo):
    """Collected by the collectors with a target last month against their targets: the department as a
    whole (PLN at the demo's own rate, 4.3 to the euro) between 70 and 120 %, and each currency's
    branches, with far fewer collectors each, at least not wildly off."""
    payments, targets = demo
    target: dict[str, Decimal] = defaultdict(Decimal)
    collected: dict[str, Decimal] = defaultdict(Decimal)
    targeted = set()
    for staff_id, currency, amount in targets:
        target[currency] += amount
        targeted.add(staff_id)
    for paid_on, currency, amount, over, collector in payments:
        if paid_on.replace(day=1) == LAST and collector in targeted:
            collected[currency] += amount - over
    assert set(target) == {"EUR", "PLN"} and all(collected.values())
    for currency in target:
        attainment = collected[currency] / target[currency] * 100
        assert 50 <= attainment <= 150, (currency, attainment)
    rate = {"EUR": Decimal(1), "PLN": 1 / Decimal("4.3")}
    department = sum(collected[c] * rate[c] for c in rate) / sum(target[c] * rate[c] for c in rate) * 100
    assert 70 <= department <= 120, department
