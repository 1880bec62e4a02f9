"""The special portfolios report: each portfolio's figures are services/portfolios' summary."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from test_builders_common import column_total, fact, make_report, section, table
from test_builders_common import warsaw  # noqa: F401  (fixture)

from collectdesk.domain.enums import Channel, Direction, Outcome, PortfolioKind, StaffRole
from collectdesk.reports.model import ColumnKind, ReportKind
from collectdesk.services import portfolios
from collectdesk.services.activities import log_activity
from collectdesk.store.models import Account, Payment, StaffMember

PORTFOLIOS = ReportKind.PORTFOLIOS
D = Decimal


@pytest.fixture
def watched(database, org, make_account, warsaw):
    ctx = database.ctx
    with ctx.transaction() as s:
        sara = StaffMember(username="sara", full_name="Sara Conti", role=StaffRole.SUPERVISOR, team_id=org.team,
                           branch_id=org.branch)
        s.add(sara)
        s.flush()
        sara_id = sara.id
    a1, a2 = make_account(balance=D("1000.00")), make_account(balance=D("250.00"))
    a3 = make_account(balance=D("8000.00"), currency="PLN", country="PL", collector=warsaw.piotr)
    with ctx.transaction() as s:
        s.get(Account, a3).team_id, s.get(Account, a3).branch_id = warsaw.team, warsaw.branch
        for account, amount, cur, day, month in ((a1, "100.00", "EUR", 3, 3), (a1, "40.00", "EUR", 10, 3),
                                                  (a2, "15.00", "EUR", 20, 2), (a3, "700.00", "PLN", 4, 3),
                                                  (a3, "300.00", "PLN", 28, 2)):
            s.add(Payment(account_id=account, amount=D(amount), currency=cur, paid_on=date(2026, month, day),
                          posted_at=datetime(2026, month, day, tzinfo=timezone.utc)))
    risky = portfolios.create_portfolio(ctx, "Alto rischio – Milano", PortfolioKind.HIGH_RISK, sara_id)
    fraud = portfolios.create_portfolio(ctx, "Oszustwa – Łódź", PortfolioKind.FRAUD, warsaw.boss)
    portfolios.add_accounts(ctx, risky, [a1, a2], "Saldo alto")
    portfolios.add_accounts(ctx, fraud, [a3], "Podejrzenie oszustwa")
    log_activity(ctx, a1, channel=Channel.CALL, direction=Direction.OUTBOUND, outcome=Outcome.NO_ANSWER,
                 occurred_at=datetime(2026, 3, 5, 9, tzinfo=timezone.utc), check_compliance=False)
    return risky, fraud


def test_each_portfolio_is_its_summary(database, org, warsaw, watched):
    risky, fraud = watched
    report = make_report(database, PORTFOLIOS)
    rows = {r["name"]: r for r in table(report, "portfolios").rows}
    money = {cur: {r["name"]: r for r in table(report, f"portfolio_money_{cur}").rows} for cur in ("EUR", "PLN")}
    for pid in watched:
        summary = portfolios.portfolio_summary(database.ctx, pid, date(2026, 3, 1))
        before = portfolios.portfolio_summary(database.ctx, pid, date(2026, 2, 1))
        row = rows[summary.name]
        assert row["accounts"] == summary.accounts and row["owner"] == summary.owner_name
        assert row["last_activity"] == summary.last_activity_at
        for cur, amount in summary.balance.items():
            line = money[cur][summary.name]
            assert line["balance"] == amount
            assert line["collected"] == summary.collected_this_month.get(cur, D("0.00"))
            assert line["previous"] == before.collected_this_month.get(cur, D("0.00"))
    assert set(money["EUR"]) == {"Alto rischio – Milano"} and set(money["PLN"]) == {"Oszustwa – Łódź"}
    assert money["EUR"]["Alto rischio – Milano"]["collected"] == D("140.00")
    assert rows["Alto rischio – Milano"]["kind"] == "High-risk credit"
    eur = table(report, "portfolio_money_EUR")
    assert {c.currency for c in eur.columns if c.kind is ColumnKind.MONEY} == {"EUR"}
    assert column_total(eur, "balance") == fact(report, "portfolio_balance_EUR").value == D("1250.00")
    collected = fact(report, "portfolio_collected_PLN")
    assert (collected.value, collected.previous) == (D("700.00"), D("300.00"))
    assert len(table(report, "portfolio_accounts").rows) == 3


def test_a_week_counts_the_payments_of_the_week(database, org, warsaw, watched):
    report = make_report(database, PORTFOLIOS, (date(2026, 3, 2), date(2026, 3, 8)))   # Mon 2 - Sun 8 March
    eur, pln = table(report, "portfolio_money_EUR").rows[0], table(report, "portfolio_money_PLN").rows[0]
    assert (eur["name"], eur["collected"], eur["previous"]) == ("Alto rischio – Milano", D("100.00"), D("0.00"))
    assert (pln["name"], pln["collected"]) == ("Oszustwa – Łódź", D("700.00"))


def test_scope_is_the_owners(database, org, warsaw, watched):
    report = make_report(database, PORTFOLIOS, scope=f"branch:{warsaw.branch}")
    assert [r["name"] for r in table(report, "portfolios").rows] == ["Oszustwa – Łódź"]
    assert fact(report, "portfolio_accounts").value == 1
    nobody = make_report(database, PORTFOLIOS, scope=f"team:{org.team}")
    assert [r["name"] for r in table(nobody, "portfolios").rows] == ["Alto rischio – Milano"]


def test_polish_report_formats(database, org, warsaw, watched):
    report = make_report(database, PORTFOLIOS, language="pl")
    assert table(report, "portfolios").rows[0]["kind"] == "Wysokie ryzyko kredytowe"
    sentence = next(s for s in section(report, "portfolios").sentences if "Alto rischio" in s)
    assert "1\u00a0250,00\u00a0\u20ac" in sentence and "Sara Conti" in sentence
