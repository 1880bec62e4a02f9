"""Special portfolios on SQLite and PostgreSQL: owners, reasons, removal kept as history, and the summary
(count, balance by currency, collected this month, last activity) equal to the database's own sums."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select

from collectdesk.domain.enums import Channel, Direction, Outcome, PortfolioKind, StaffRole
from collectdesk.domain.errors import StaleEditError, ValidationError
from collectdesk.services import portfolios as pf
from collectdesk.store.models import Account, Activity, AuditEntry, Payment, StaffMember

TODAY = date(2026, 4, 10)


@pytest.fixture
def boss(database, org):
    with database.ctx.transaction() as s:
        sup = StaffMember(username="sara", full_name="Sara Conti", role=StaffRole.SUPERVISOR, team_id=org.team)
        s.add(sup)
        s.flush()
        return sup.id


def pay(database, account, amount, currency, day):
    with database.ctx.transaction() as s:
        s.add(Payment(account_id=account, amount=Decimal(amount), currency=currency, paid_on=day, posted_by="t",
                      posted_at=datetime(day.year, day.month, day.day, 12, tzinfo=timezone.utc)))


def test_create_rename_owner(database, org, boss):
    ctx = database.ctx
    pid = pf.create_portfolio(ctx, "  Frode  2026 ", PortfolioKind.FRAUD, boss)
    with pytest.raises(ValidationError, match="already exists"):
        pf.create_portfolio(ctx, "frode 2026", PortfolioKind.SPECIAL, boss)
    with pytest.raises(ValidationError, match="cannot own"):
        pf.create_portfolio(ctx, "Other", PortfolioKind.SPECIAL, org.anna)  # a collector
    summary = pf.portfolio_summary(ctx, pid, TODAY)
    assert (summary.name, summary.owner_name, summary.accounts) == ("Frode 2026", "Sara Conti", 0)
    pf.rename_portfolio(ctx, pid, "Betrug / Frode", expected_version=summary.version)
    with pytest.raises(StaleEditError):
        pf.rename_portfolio(ctx, pid, "Again", expected_version=summary.version)
    assert pf.my_portfolios(ctx, boss, TODAY)[0].name == "Betrug / Frode"
    pf.set_owner(ctx, pid, None)
    assert pf.my_portfolios(ctx, boss, TODAY) == []


def test_add_remove_keeps_history_and_summary_matches_the_database(database, org, boss, make_account):
    ctx = database.ctx
    pid = pf.create_portfolio(ctx, "High profile", PortfolioKind.HIGH_PROFILE, boss)
    a = make_account(balance=Decimal("1000.10"))
    b = make_account(balance=Decimal("250.25"))
    c = make_account(balance=Decimal("4000.00"), currency="PLN")
    outside = make_account(balance=Decimal("999.99"))
    with pytest.raises(ValidationError, match="why"):
        pf.add_accounts(ctx, pid, [a], "  ")
    assert pf.add_accounts(ctx, pid, [a, b, c, a], "Press coverage") == 3
    assert pf.add_accounts(ctx, pid, [a], "again") == 0

    pay(database, a, "100.00", "EUR", date(2026, 4, 2))
    pay(database, a, "40.00", "EUR", date(2026, 3, 31))  # last month
    pay(database, c, "300.00", "PLN", date(2026, 4, 9))
    pay(database, outside, "500.00", "EUR", date(2026, 4, 3))  # not in the portfolio
    with ctx.transaction() as s:
        s.add(Activity(account_id=b, debtor_id=s.get(Account, b).debtor_id, collector_id=org.anna,
                       channel=Channel.CALL, direction=Direction.OUTBOUND, outcome=Outcome.NO_ANSWER,
                       occurred_at=datetime(2026, 4, 8, 9, 30, tzinfo=timezone.utc)))

    summary = pf.portfolio_summary(ctx, pid, TODAY)
    with ctx.reading() as s:
        eur = s.scalar(select(Account.balance).where(Account.id == a)) + s.scalar(
            select(Account.balance).where(Account.id == b))
    assert summary.accounts == 3
    assert summary.balance == {"EUR": eur, "PLN": Decimal("4000.00")} and eur == Decimal("1250.35")
    assert summary.collected_this_month == {"EUR": Decimal("100.00"), "PLN": Decimal("300.00")}
    assert summary.last_activity_at == datetime(2026, 4, 8, 9, 30, tzinfo=timezone.utc)

    assert pf.remove_accounts(ctx, pid, [a, outside]) == 1
    summary = pf.portfolio_summary(ctx, pid, TODAY)
    assert summary.accounts == 2 and summary.balance["EUR"] == Decimal("250.25")
    assert summary.collected_this_month == {"PLN": Decimal("300.00")}
    members = pf.portfolio_accounts(ctx, pid, include_removed=True)
    gone = next(m for m in members if m.account_id == a)
    assert gone.removed_at is not None and gone.removed_by == "tester" and gone.reason == "Press coverage"
    assert {m.account_id for m in pf.portfolio_accounts(ctx, pid)} == {b, c}

    assert pf.add_accounts(ctx, pid, [a], "Back in the news") == 1  # added back with the new reason
    back = next(m for m in pf.portfolio_accounts(ctx, pid) if m.account_id == a)
    assert back.removed_at is None and back.reason == "Back in the news"
    with ctx.reading() as s:
        audited = s.scalars(select(AuditEntry.field).where(AuditEntry.entity == "portfolio_account")).all()
    assert "removed_at" in audited and "reason" in audited
    assert [p.accounts for p in pf.my_portfolios(ctx, boss, TODAY)] == [3]


def test_compliance_profile_override_decides_which_rules_apply(database, org, boss, make_account):
    from collectdesk.services.compliance.profiles import profile_for_account

    ctx = database.ctx
    pid = pf.create_portfolio(ctx, "US book", PortfolioKind.SPECIAL, boss)
    account = make_account()
    pf.add_accounts(ctx, pid, [account], "bought from a US creditor")
    before = profile_for_account(ctx, account).code
    assert before != "US_FDCPA_REGF"
    with pytest.raises(ValidationError, match="no compliance profile"):
        pf.set_compliance_profile(ctx, pid, "NOPE")
    with pytest.raises(ValidationError, match="no compliance profile"):
        pf.set_compliance_profile(ctx, pid, "INTERNAL")  # an overlay, not a base
    summary = pf.portfolio_summary(ctx, pid, TODAY)
    pf.set_compliance_profile(ctx, pid, "US_FDCPA_REGF", expected_version=summary.version)
    assert pf.portfolio_summary(ctx, pid, TODAY).compliance_profile == "US_FDCPA_REGF"
    assert profile_for_account(ctx, account).code == "US_FDCPA_REGF"
    with pytest.raises(StaleEditError):
        pf.set_compliance_profile(ctx, pid, None, expected_version=summary.version)
    pf.set_compliance_profile(ctx, pid, None)
    assert profile_for_account(ctx, account).code == before
