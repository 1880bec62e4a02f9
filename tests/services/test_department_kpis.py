"""Department figures (CEI, roll rates, cure and liquidation rates) against a portfolio counted by hand.

March 2026. EUR accounts (opened, original, due date, balance now, events):
  A1 2025-12-01 1000 due 20 Feb, balance 300: paid 200 on 10 Mar and 100 on 5 Apr
     opening 600 (9 days past due: 1-30), closing 400 (39 days: 31-60)
  A2 2025-10-01  500 due 10 Jan, balance 0: paid 520 on 15 Mar of which 20 overpayment
     opening 500 (31-60), closing 0: cured
  A3 2025-11-01  800 due 25 Jan, balance 0: written off 800 on 20 Mar
     opening 800 (31-60), closing 0: not cured (a write-off)
  A4 2026-01-01  400 due 30 Apr, balance 400: opening and closing 400, current
  A5 2026-03-10 1000 due 10 Apr, balance 700: paid 250 on 20 Mar and 50 on 2 Apr
     placed in March (S), closing 750 current, 250 collected on the cohort
  A6 2026-04-05  999: placed after March, left out
PLN:
  A7 2025-06-01 2000 due 1 Oct 2025, balance 1500: paid 300 on 5 Mar, reversed 50 on 8 Mar
     opening 1750 (151 days: 91-180), closing 1500 (181 days: 180+)
"""

from datetime import date
from decimal import Decimal

from collectdesk.domain.aging import AgingBucket as B
from collectdesk.domain.enums import WriteOffReason
from collectdesk.services.department_kpis import department_figures
from collectdesk.store.models import Account, Payment, Team, WriteOff
from collectdesk.store.models.base import utcnow

D = Decimal
START, END = date(2026, 3, 1), date(2026, 3, 31)


def portfolio(database, org, make_account):
    def acc(opened, original, due, balance, currency="EUR"):
        a = make_account(balance=D(balance), currency=currency, due_date=due, opened_on=opened)
        with database.ctx.transaction() as s:
            s.get(Account, a).original_amount = D(original)
        return a

    a1 = acc(date(2025, 12, 1), "1000.00", date(2026, 2, 20), "300.00")
    a2 = acc(date(2025, 10, 1), "500.00", date(2026, 1, 10), "0.00")
    a3 = acc(date(2025, 11, 1), "800.00", date(2026, 1, 25), "0.00")
    acc(date(2026, 1, 1), "400.00", date(2026, 4, 30), "400.00")
    a5 = acc(date(2026, 3, 10), "1000.00", date(2026, 4, 10), "700.00")
    acc(date(2026, 4, 5), "999.00", date(2026, 5, 5), "999.00")
    a7 = acc(date(2025, 6, 1), "2000.00", date(2025, 10, 1), "1500.00", currency="PLN")
    with database.ctx.transaction() as s:
        def pay(a, amount, on, cur="EUR", over="0.00"):
            s.add(Payment(account_id=a, amount=D(amount), overpayment=D(over), currency=cur, paid_on=on,
                          posted_at=utcnow()))

        pay(a1, "200.00", date(2026, 3, 10))
        pay(a1, "100.00", date(2026, 4, 5))
        pay(a1, "75.00", date(2026, 2, 27))  # before March: no part of either balance
        pay(a2, "520.00", date(2026, 3, 15), over="20.00")
        pay(a5, "250.00", date(2026, 3, 20))
        pay(a5, "50.00", date(2026, 4, 2))
        pay(a7, "300.00", date(2026, 3, 5), cur="PLN")
        pay(a7, "-50.00", date(2026, 3, 8), cur="PLN")
        s.add(WriteOff(account_id=a3, amount=D("800.00"), currency="EUR", reason=WriteOffReason.BAD_DEBT,
                       written_off_on=date(2026, 3, 20), approved_by="boss"))
    return a7


def test_figures_equal_the_hand_count(database, org, make_account):
    portfolio(database, org, make_account)
    f = department_figures(database.ctx, START, END)
    assert set(f.by_currency) == {"EUR", "PLN"}
    eur = f.by_currency["EUR"]
    assert eur.opening_by_bucket == {B.CURRENT: D("400.00"), B.D1_30: D("600.00"), B.D31_60: D("1300.00")}
    assert eur.closing_by_bucket == {B.CURRENT: D("1150.00"), B.D31_60: D("400.00")}
    assert (eur.beginning_receivables, eur.credit_sales, eur.ending_receivables, eur.ending_current) == (
        D("2300.00"), D("1000.00"), D("1550.00"), D("1150.00"))
    assert eur.cei == D("81.4")  # (2300 + 1000 - 1550) / (2300 + 1000 - 1150) = 1750 / 2150
    assert eur.roll_rates == {
        (B.CURRENT, B.D1_30): D("0.0"),  # nothing in 1-30 at the end / 400 current at the start
        (B.D1_30, B.D31_60): D("66.7"),  # 400 / 600
        (B.D31_60, B.D61_90): D("0.0"),  # 0 / 1300
        (B.D61_90, B.D91_180): None,  # nothing in 61-90 at the start: undefined
        (B.D91_180, B.D180_PLUS): None,
    }
    assert (eur.placed, eur.collected_on_placed, eur.liquidation_rate) == (D("1000.00"), D("250.00"), D("25.0"))

    pln = f.by_currency["PLN"]
    assert (pln.beginning_receivables, pln.ending_receivables, pln.ending_current) == (
        D("1750.00"), D("1500.00"), D("0.00"))
    assert pln.cei == D("14.3")  # 250 / 1750: nothing was current at the end
    assert pln.roll_rates[B.D91_180, B.D180_PLUS] == D("85.7")  # 1500 / 1750
    assert pln.liquidation_rate is None  # nothing placed in PLN in March

    # A1, A2, A3 and A7 were past due on 1 March; only A2 was paid off (A3 was written off)
    assert (f.delinquent_at_start, f.cured, f.cure_rate) == (4, 1, D("25.0"))


def test_scope_and_empty_period(database, org, make_account):
    a7 = portfolio(database, org, make_account)
    with database.ctx.transaction() as s:
        other = Team(name="Altro", branch_id=org.branch)
        s.add(other)
        s.flush()
        s.get(Account, a7).team_id = other.id
        other_id = other.id
    mine = department_figures(database.ctx, START, END, team_id=org.team)
    assert set(mine.by_currency) == {"EUR"} and mine.delinquent_at_start == 3
    theirs = department_figures(database.ctx, START, END, team_id=other_id)
    assert set(theirs.by_currency) == {"PLN"} and theirs.cure_rate == D("0.0")
    before = department_figures(database.ctx, date(2025, 1, 1), date(2025, 1, 31))
    assert before.by_currency == {} and before.cure_rate is None


def test_roll_rates_follow_accounts_not_bucket_totals(database, org, make_account):
    """An account that stays in the wide 91-180 bucket has not rolled; one that moves from 61-90 into it has.
    (The portfolio ratio "91-180 now / 61-90 then" would read 550 %.)"""
    stays = make_account(balance=D("900.00"), due_date=date(2025, 11, 21), opened_on=date(2025, 9, 1))  # 100 -> 130
    moves = make_account(balance=D("200.00"), due_date=date(2025, 12, 25), opened_on=date(2025, 9, 1))  # 66 -> 96
    assert stays and moves
    eur = department_figures(database.ctx, START, END).by_currency["EUR"]
    assert eur.closing_by_bucket == {B.D91_180: D("1100.00")}
    assert eur.roll_rates[B.D61_90, B.D91_180] == D("100.0")  # 200 of 200
    assert eur.roll_rates[B.D91_180, B.D180_PLUS] == D("0.0")  # 0 of 900
