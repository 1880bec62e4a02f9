"""The aging report: the open book by bucket, currency and branch equals a direct reading of the accounts; the
change over the period equals services/department_kpis."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from test_builders_common import MARCH, all_text, column_total, fact, make_report, section, table
from test_builders_common import warsaw  # noqa: F401  (fixture)

from collectdesk.domain.aging import AgingBucket, bucket_for
from collectdesk.domain.enums import OPEN_STATUSES, AccountStatus
from collectdesk.reports.builders.common import today_utc
from collectdesk.reports.model import ColumnKind, ReportKind
from collectdesk.services.department_kpis import department_figures
from collectdesk.store.models import Account, Payment

AGING = ReportKind.AGING
D = Decimal


@pytest.fixture
def book(database, org, make_account, warsaw):
    today = today_utc()
    for days, balance in ((-5, "100.00"), (10, "200.00"), (45, "300.00"), (75, "50.00"), (120, "400.00"),
                          (400, "1000.00"), (400, "25.00")):
        make_account(balance=D(balance), due_date=today - timedelta(days=days), opened_on=date(2025, 1, 1))
    make_account(balance=D("0.00"), due_date=today, status=AccountStatus.PAID, opened_on=date(2025, 1, 1))
    closed = make_account(balance=D("70.00"), due_date=today, opened_on=date(2025, 1, 1))
    for days, balance in ((20, "5000.00"), (200, "7000.00")):
        account = make_account(balance=D(balance), currency="PLN", country="PL", collector=warsaw.piotr,
                               due_date=today - timedelta(days=days), opened_on=date(2025, 1, 1))
        with database.ctx.transaction() as s:
            row = s.get(Account, account)
            row.team_id, row.branch_id = warsaw.team, warsaw.branch
    with database.ctx.transaction() as s:
        s.get(Account, closed).status = AccountStatus.CLOSED
        first = s.scalars(select(Account).where(Account.currency == "EUR").order_by(Account.account_no)).first()
        s.add(Payment(account_id=first.id, amount=D("60.00"), currency="EUR", paid_on=date(2026, 3, 15),
                      posted_at=first.created_at))
    return today


def direct_book(database, today, **where) -> dict:
    out = defaultdict(lambda: [0, D("0.00")])
    with database.ctx.reading() as s:
        accounts = s.scalars(select(Account).where(Account.status.in_(OPEN_STATUSES))).all()
    for a in accounts:
        if all(getattr(a, k) == v for k, v in where.items()):
            cell = out[a.currency, bucket_for((today - a.due_date).days)]
            cell[0] += 1
            cell[1] += a.balance
    return out


def test_the_open_book_equals_the_accounts(database, org, warsaw, book):
    report = make_report(database, AGING)
    expected = direct_book(database, book)
    eur = table(report, "open_book_EUR")
    assert {c.currency for c in eur.columns if c.kind is ColumnKind.MONEY} == {"EUR"}
    for row in eur.rows:
        assert row["branch"] == "Milano Centro"
    got = {(r["bucket"], r["accounts"], r["balance"]) for r in eur.rows if r["accounts"]}
    labels = {AgingBucket.CURRENT: "Not yet due", AgingBucket.D1_30: "1\u201330 days",
              AgingBucket.D31_60: "31\u201360 days", AgingBucket.D61_90: "61\u201390 days",
              AgingBucket.D91_180: "91\u2013180 days", AgingBucket.D180_PLUS: "Over 180 days"}
    assert got == {(labels[k], n, total) for (cur, k), (n, total) in expected.items() if cur == "EUR"}
    assert column_total(eur, "balance") == fact(report, "open_balance_EUR").value == D("2075.00")
    assert column_total(eur, "accounts") == 7          # paid and closed accounts are not in the open book
    assert fact(report, "over_90_share_EUR").value == D("0.6867")       # (400 + 1000 + 25) / 2075
    pln = table(report, "open_book_PLN")
    assert column_total(pln, "balance") == D("12000.00") and {r["branch"] for r in pln.rows} == {
        "Warszawa Śródmieście"}
    assert "today" in eur.note                                           # March is over: today's book


def test_the_change_over_the_period_is_department_kpis(database, org, warsaw, book):
    report = make_report(database, AGING)
    figures = department_figures(database.ctx, *MARCH)
    eur = figures.by_currency["EUR"]
    change = table(report, "aging_change_EUR")
    assert column_total(change, "opening") == eur.beginning_receivables
    assert column_total(change, "closing") == eur.ending_receivables
    assert eur.beginning_receivables - eur.ending_receivables == D("60.00")    # the payment of 15 March
    book_fact = fact(report, "book_EUR")
    assert (book_fact.value, book_fact.previous) == (eur.ending_receivables, eur.beginning_receivables)
    rolls = {(r["from"], r["to"]): r["rate"] for r in table(report, "roll_rates_EUR").rows}
    assert rolls[("Not yet due", "1\u201330 days")] == (eur.roll_rates[AgingBucket.CURRENT, AgingBucket.D1_30] / 100
                                                       if eur.roll_rates[AgingBucket.CURRENT, AgingBucket.D1_30]
                                                       is not None else None)
    assert fact(report, "cure_rate").value == (figures.cure_rate / 100 if figures.cure_rate is not None else None)


def test_a_branch_sees_its_own_book(database, org, warsaw, book):
    report = make_report(database, AGING, scope=f"branch:{warsaw.branch}")
    assert [t.key for t in report.all_tables] == ["open_book_PLN", "aging_change_PLN", "roll_rates_PLN"]
    assert fact(report, "open_accounts_PLN").value == 2
    team = make_report(database, AGING, scope=f"team:{org.team}")
    assert fact(team, "open_balance_EUR").value == D("2075.00")
    assert "open_book_PLN" not in [t.key for t in team.all_tables]


def test_polish_report_formats(database, org, warsaw, book):
    report = make_report(database, AGING, language="pl")
    sentence = section(report, "open_book").sentences[0]
    assert "2\u00a0075,00\u00a0\u20ac" in sentence and "68,7\u00a0%" in sentence
    assert "Warszawa Śródmieście" in all_text(report)
