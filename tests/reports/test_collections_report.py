"""The collections report against a small department counted by hand, on SQLite and PostgreSQL.

March 2026, compared with February; the projection stands on 20 March (TODAY).
Milano Centro / Recupero 1: Anna (EUR), Jan (EUR). Kraków / Windykacja 1: Zofia Wójcik (PLN).
Accounts (all opened 1 Dec 2025):
  a1 Anna  EUR balance 1000 due 20 Feb 2026   a2 Jan   EUR 2000 due 15 Mar 2026 (payment plan)
  a3 Zofia PLN 3000 due 1 Oct 2025            a4 nobody (no collector) EUR 500 due 15 Jan 2026
  a5 Anna  EUR balance 0, paid off, no payments: in no aging bucket
Payments (credited = amount - overpayment):
  March: a1 100 bank transfer 3 Mar; 250 card 10 Mar (meets promise p1); 60 cash 12 Mar, 10 of it overpaid
         a2 400 direct debit 5 Mar (installment 1)     a3 1000 PLN bank transfer 6 Mar     a4 30 other 8 Mar
  February: a1 200 15 Feb; a2 100 20 Feb; a3 500 PLN 10 Feb
  -> March EUR: Anna 400, Jan 400, nobody 30 = 830; PLN 1000. February EUR 300, PLN 500.
Targets: Anna March 500 EUR, February 400 EUR; team Recupero 1 March 1000 EUR and April 1100 EUR (the team's
own target wins over its members'); Zofia March 1200 PLN.
Promises (promised on, due, amount, status): Anna p1 2 Mar/10 Mar 250 kept, p2 3 Mar/12 Mar 100 broken,
  p3 1 Feb/5 Feb 80 kept, p4 1 Feb/8 Feb 100 partial (40 paid), p8 15 Mar/25 Mar 200 pending;
  Jan p5 4 Mar/15 Mar 300 broken, p6 20 Feb/25 Feb 50 kept, p12 20 Feb/1 Mar 70 kept, p9 18 Mar/5 Apr 100 pending;
  Zofia p7 1 Mar/9 Mar 500 PLN kept, p10 16 Mar/28 Mar 600 PLN partial (100 paid);
  nobody p11 10 Mar/22 Mar 40 pending.
Plan on a2 (on track): 400 due 5 Mar paid, 400 due 25 Mar, 400 due 25 Apr partly paid (100), 400 due 25 May;
  a cancelled plan on a1 with 999 due 26 Mar (left out).
"""

from datetime import date, datetime, timezone
from decimal import Decimal as D
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from collectdesk.domain.aging import AgingBucket
from collectdesk.domain.enums import (AccountStatus, InstallmentStatus, PaymentMethod, PlanFrequency, PlanStatus,
                                      PromiseStatus, StaffRole)
from collectdesk.reports.builders import collections as report
from collectdesk.reports.builders.collections_aging import aging_figures
from collectdesk.reports.builders.common import Scope
from collectdesk.reports.model import ColumnKind, ReportCancelled, ReportKind, ReportParams
from collectdesk.services.department_kpis import department_figures
from collectdesk.services.scorecards import scorecard
from collectdesk.store.models import (Account, Branch, Payment, PaymentPlan, PlanInstallment, Promise, StaffMember,
                                      Target, Team, utcnow)

START, END = date(2026, 3, 1), date(2026, 3, 31)
TODAY = date(2026, 3, 20)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, tzinfo=timezone.utc)


def department(database, org, make_account) -> SimpleNamespace:
    ctx = database.ctx
    with ctx.transaction() as s:
        krakow = Branch(name="Kraków", country="PL", city="Kraków", timezone="Europe/Warsaw")
        s.add(krakow)
        s.flush()
        team = Team(name="Windykacja 1", branch_id=krakow.id)
        s.add(team)
        s.flush()
        zofia = StaffMember(username="zofia", full_name="Zofia Wójcik", role=StaffRole.COLLECTOR, team_id=team.id,
                            branch_id=krakow.id, language="pl")
        s.add(zofia)
        s.flush()
        ids = SimpleNamespace(krakow=krakow.id, kteam=team.id, zofia=zofia.id)

    opened = date(2025, 12, 1)
    a1 = make_account(balance=D("1000.00"), due_date=date(2026, 2, 20), opened_on=opened)
    a2 = make_account(balance=D("2000.00"), due_date=date(2026, 3, 15), opened_on=opened, collector=org.jan)
    a3 = make_account(balance=D("3000.00"), currency="PLN", name="Łukasz Wąsowski", country="PL",
                      due_date=date(2025, 10, 1), opened_on=opened, collector=ids.zofia)
    a4 = make_account(balance=D("500.00"), due_date=date(2026, 1, 15), opened_on=opened)
    a5 = make_account(balance=D("0.00"), due_date=date(2026, 1, 1), opened_on=opened, status=AccountStatus.PAID)
    with ctx.transaction() as s:
        acc3 = s.get(Account, a3)
        acc3.team_id, acc3.branch_id = ids.kteam, ids.krakow
        s.get(Account, a4).collector_id = None

        def promise(account, collector, amount, promised, due, status, paid="0.00", cur="EUR"):
            p = Promise(account_id=account, collector_id=collector, amount=D(amount), currency=cur,
                        promised_at=at(promised), due_date=due, status=status, paid_amount=D(paid))
            s.add(p)
            s.flush()
            return p.id

        p1 = promise(a1, org.anna, "250.00", date(2026, 3, 2), date(2026, 3, 10), PromiseStatus.KEPT, "250.00")
        promise(a1, org.anna, "100.00", date(2026, 3, 3), date(2026, 3, 12), PromiseStatus.BROKEN)
        promise(a1, org.anna, "80.00", date(2026, 2, 1), date(2026, 2, 5), PromiseStatus.KEPT, "80.00")
        promise(a1, org.anna, "100.00", date(2026, 2, 1), date(2026, 2, 8), PromiseStatus.PARTIAL, "40.00")
        promise(a1, org.anna, "200.00", date(2026, 3, 15), date(2026, 3, 25), PromiseStatus.PENDING)
        promise(a2, org.jan, "300.00", date(2026, 3, 4), date(2026, 3, 15), PromiseStatus.BROKEN)
        promise(a2, org.jan, "50.00", date(2026, 2, 20), date(2026, 2, 25), PromiseStatus.KEPT, "50.00")
        promise(a2, org.jan, "70.00", date(2026, 2, 20), date(2026, 3, 1), PromiseStatus.KEPT, "70.00")
        promise(a2, org.jan, "100.00", date(2026, 3, 18), date(2026, 4, 5), PromiseStatus.PENDING)
        promise(a3, ids.zofia, "500.00", date(2026, 3, 1), date(2026, 3, 9), PromiseStatus.KEPT, "500.00", "PLN")
        promise(a3, ids.zofia, "600.00", date(2026, 3, 16), date(2026, 3, 28), PromiseStatus.PARTIAL, "100.00",
                "PLN")
        promise(a4, None, "40.00", date(2026, 3, 10), date(2026, 3, 22), PromiseStatus.PENDING)

        plan = PaymentPlan(account_id=a2, total_amount=D("1600.00"), currency="EUR", frequency=PlanFrequency.MONTHLY,
                           installment_count=4, first_due=date(2026, 3, 5), status=PlanStatus.ON_TRACK)
        plan.installments = [
            PlanInstallment(seq=1, due_date=date(2026, 3, 5), amount=D("400.00"), currency="EUR",
                            paid_amount=D("400.00"), status=InstallmentStatus.PAID),
            PlanInstallment(seq=2, due_date=date(2026, 3, 25), amount=D("400.00"), currency="EUR"),
            PlanInstallment(seq=3, due_date=date(2026, 4, 25), amount=D("400.00"), currency="EUR",
                            paid_amount=D("100.00"), status=InstallmentStatus.PARTIAL),
            PlanInstallment(seq=4, due_date=date(2026, 5, 25), amount=D("400.00"), currency="EUR")]
        dead = PaymentPlan(account_id=a1, total_amount=D("999.00"), currency="EUR", frequency=PlanFrequency.MONTHLY,
                           installment_count=1, first_due=date(2026, 3, 26), status=PlanStatus.CANCELLED)
        dead.installments = [PlanInstallment(seq=1, due_date=date(2026, 3, 26), amount=D("999.00"), currency="EUR")]
        s.add_all([plan, dead])
        s.flush()
        first_installment = plan.installments[0].id

        def pay(account, collector, amount, on, method, cur="EUR", over="0.00", promise_id=None, installment=None):
            s.add(Payment(account_id=account, collector_id=collector, amount=D(amount), overpayment=D(over),
                          currency=cur, paid_on=on, method=method, promise_id=promise_id, installment_id=installment,
                          posted_at=utcnow()))

        pay(a1, org.anna, "100.00", date(2026, 3, 3), PaymentMethod.BANK_TRANSFER)
        pay(a1, org.anna, "250.00", date(2026, 3, 10), PaymentMethod.CARD, promise_id=p1)
        pay(a1, org.anna, "60.00", date(2026, 3, 12), PaymentMethod.CASH, over="10.00")
        pay(a2, org.jan, "400.00", date(2026, 3, 5), PaymentMethod.DIRECT_DEBIT, installment=first_installment)
        pay(a3, ids.zofia, "1000.00", date(2026, 3, 6), PaymentMethod.BANK_TRANSFER, cur="PLN")
        pay(a4, None, "30.00", date(2026, 3, 8), PaymentMethod.OTHER)
        pay(a1, org.anna, "200.00", date(2026, 2, 15), PaymentMethod.BANK_TRANSFER)
        pay(a2, org.jan, "100.00", date(2026, 2, 20), PaymentMethod.BANK_TRANSFER)
        pay(a3, ids.zofia, "500.00", date(2026, 2, 10), PaymentMethod.BANK_TRANSFER, cur="PLN")

        def target(amount, cur, a, b, staff=None, team=None):
            s.add(Target(staff_id=staff, team_id=team, metric="amount_collected", period_start=a, period_end=b,
                         amount=D(amount), currency=cur))

        target("500.00", "EUR", START, END, staff=org.anna)
        target("400.00", "EUR", date(2026, 2, 1), date(2026, 2, 28), staff=org.anna)
        target("1000.00", "EUR", START, END, team=org.team)
        target("1100.00", "EUR", date(2026, 4, 1), date(2026, 4, 30), team=org.team)
        target("1200.00", "PLN", START, END, staff=ids.zofia)
    return SimpleNamespace(**vars(ids), a1=a1, a2=a2, a3=a3, a4=a4, a5=a5)


def build(database, scope="all", language="en", start=START, end=END, **kw):
    params = ReportParams(ReportKind.COLLECTIONS, start, end, scope=scope, language=language)
    return report.build(database.ctx, params, today=TODAY, **kw)


def section(r, key):
    return next(s for s in r.sections if s.key == key)


def table(r, key):
    return next(t for t in r.all_tables if t.key == key)


def rows(t, by="name"):
    return {row[by]: row for row in t.rows}


def pct(value):
    return None if value is None else value / 100


def fact(r, key):
    return next(f for s in r.sections for f in s.facts if f.key == key)


@pytest.fixture
def dept(database, org, make_account):
    return department(database, org, make_account)


def test_collected_equals_the_payments_and_the_scorecard(database, org, dept):
    r = build(database)
    by_collector = rows(table(r, "collected_by_collector_eur"))
    card = {row.name: row for row in scorecard(database.ctx, START, END).rows}
    paid = {}
    with database.ctx.reading() as s:
        for sid, amount, over in s.execute(select(Payment.collector_id, Payment.amount, Payment.overpayment)
                                           .where(Payment.paid_on.between(START, END))):
            paid[sid] = paid.get(sid, D("0.00")) + amount - over
    for name, sid in (("Anna Rossi", org.anna), ("Jan Kowalski", org.jan)):
        row = by_collector[name]
        assert row["collected"] == card[name].collected["EUR"] == paid[sid] == D("400.00")
        assert row["previous"] == {"Anna Rossi": D("200.00"), "Jan Kowalski": D("100.00")}[name]
        assert row["target"] == card[name].target.get("EUR")
    anna = by_collector["Anna Rossi"]
    assert (anna["target"], anna["variance"], anna["attainment"], anna["change"]) == (
        D("500.00"), D("-100.00"), D("0.8"), D("1"))
    assert by_collector["Jan Kowalski"]["target"] is None and by_collector["Jan Kowalski"]["attainment"] is None
    nobody = by_collector["Not credited to a collector"]
    assert nobody["collected"] == D("30.00") and nobody["target"] is None
    assert sum(row["collected"] for row in by_collector.values()) == sum(
        v for sid, v in paid.items() if sid != dept.zofia) == D("830.00")

    team = rows(table(r, "collected_by_team_eur"))["Recupero 1"]
    assert (team["collected"], team["target"], team["previous"]) == (D("800.00"), D("1000.00"), D("300.00"))
    branch = rows(table(r, "collected_by_branch_eur"))["Milano Centro"]
    assert (branch["collected"], branch["target"], branch["variance"]) == (D("800.00"), D("1000.00"), D("-200.00"))
    pln = rows(table(r, "collected_by_collector_pln"))["Zofia Wójcik"]
    assert (pln["collected"], pln["target"], pln["previous"]) == (D("1000.00"), D("1200.00"), D("500.00"))

    eur = fact(r, "collected_EUR")
    assert (eur.value, eur.previous, eur.target, eur.currency) == (D("830.00"), D("300.00"), D("1000.00"), "EUR")
    assert (fact(r, "collected_PLN").value, fact(r, "collected_PLN").target) == (D("1000.00"), D("1200.00"))
    trend = next(s for s in section(r, "collected").series if s.key == "collected_trend_eur")
    assert len(trend.categories) == 12 and trend.categories[-1] == "Mar 2026" and trend.unit == "EUR"
    lines = dict(trend.lines)
    assert lines["Collected"][-2:] == (D("300.00"), D("830.00")) and lines["Target"][-2:] == (D("400.00"),
                                                                                            D("1000.00"))
    assert list(r.summary[:2]) == [  # the currency with the most payments first (EUR 5, PLN 1)
        "Collections in EUR reached €830.00, well short of the target of €1,000.00 (by 17.0\u00a0%).",
        "Collections in PLN reached PLN\u00a01,000.00, well short of the target of PLN\u00a01,200.00 (by 16.7\u00a0%)."]
    assert 3 <= len(r.summary) <= 5


def test_promises_match_the_kpis_and_the_scorecard(database, org, dept):
    r = build(database)
    card = scorecard(database.ctx, START, END)
    by_collector = rows(table(r, "promises_by_collector"))
    for row in card.rows:
        if row.promises_fell_due:
            mine = by_collector[row.name]
            assert (mine["made"], mine["fell_due"], mine["kept"], mine["broken"]) == (
                row.promises_made, row.promises_fell_due, row.promises_kept, row.broken_promises)
            assert mine["kept_rate"] == row.kept_rate_count / 100
    assert (by_collector["Anna Rossi"]["made"], by_collector["Anna Rossi"]["fell_due"],
            by_collector["Anna Rossi"]["kept"]) == (3, 2, 1)
    assert by_collector["Zofia Wójcik"]["partial"] == 1
    assert by_collector["Not credited to a collector"]["made"] == 1  # p11, without a collector
    eur = rows(table(r, "promises_by_currency"), "currency")["EUR"]
    assert (eur["made"], eur["made_amount"], eur["kept"], eur["kept_amount"], eur["broken"], eur["broken_amount"],
            eur["pending"], eur["due"]) == (6, D("990.00"), 2, D("320.00"), 2, D("400.00"), 2, 6)
    assert fact(r, "promises_made").value == 8 and fact(r, "promises_made").previous == 4
    kept, broken = fact(r, "kept_rate"), fact(r, "broken_rate")
    assert (kept.value, broken.value) == (D("0.5"), D("0.333"))    # 3 of 6 fell due kept, 2 broken
    assert (kept.previous, broken.previous) == (D("0.667"), D("0"))  # February: p3, p6 kept, p4 partly paid
    assert broken.higher_is_better is False


def test_payments_by_method(database, org, dept):
    r = build(database)
    eur = rows(table(r, "payments_by_method_eur"), "key")
    assert {k: (v["payments"], v["amount"]) for k, v in eur.items()} == {
        "bank_transfer": (1, D("100.00")), "card": (1, D("250.00")), "cash": (1, D("50.00")),
        "direct_debit": (1, D("400.00")), "other": (1, D("30.00"))}
    assert sum(v["amount"] for v in eur.values()) == fact(r, "collected_EUR").value
    assert eur["direct_debit"]["share"] == D("0.4819") and eur["bank_transfer"]["previous"] == D("300.00")
    assert rows(table(r, "payments_by_method_pln"), "key")["bank_transfer"]["amount"] == D("1000.00")
    assert "Direct debit brought in the largest part of the EUR collected: 48.2\u00a0% (€400.00)." in (
        section(r, "payments_by_method").sentences)


def test_aging_counts_balances_roll_rates_and_cei(database, org, dept):
    r = build(database)
    eur = rows(table(r, "aging_eur"), "key")
    counts = {k: (v["start_accounts"], v["end_accounts"]) for k, v in eur.items() if v["start_accounts"] or
              v["end_accounts"]}
    # by hand: a1 9 -> 39 days past due, a2 current -> 16, a4 45 -> 75; a5 has no balance
    assert counts == {"current": (1, 0), "1-30": (1, 1), "31-60": (1, 1), "61-90": (0, 1)}
    assert (eur["1-30"]["start_balance"], eur["31-60"]["end_balance"]) == (D("1400.00"), D("1000.00"))
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(Account).where(Account.balance != 0,
                                                                          Account.currency == "EUR")) == 3
    pln = rows(table(r, "aging_pln"), "key")
    assert (pln["91-180"]["start_accounts"], pln["180+"]["end_accounts"]) == (1, 1)
    official = department_figures(database.ctx, START, END)
    for cur in ("EUR", "PLN"):
        fig = official.by_currency[cur]
        t = rows(table(r, f"aging_{cur.lower()}"), "key")
        assert {b: t[b.value]["start_balance"] for b in fig.opening_by_bucket} == fig.opening_by_bucket
        assert {b: t[b.value]["end_balance"] for b in fig.closing_by_bucket} == fig.closing_by_bucket
        for n, bucket in enumerate(list(AgingBucket)[:-1]):
            assert t[bucket.value]["roll_rate"] == pct(fig.roll_rates[bucket, list(AgingBucket)[n + 1]])
        assert fact(r, f"cei_{cur}").value == pct(fig.cei)
    assert eur["current"]["roll_rate"] == D("0.833")   # a2: 2400 not yet due at the start, 2000 past due at the end
    previous = department_figures(database.ctx, date(2026, 2, 1), date(2026, 2, 28))
    assert fact(r, "cei_EUR").previous == previous.by_currency["EUR"].cei / 100


def test_aging_figures_equal_department_figures_for_a_team(database, org, dept):
    with database.ctx.reading() as s:
        mine = aging_figures(s, Scope(team_id=org.team), [(START, END), (date(2026, 2, 1), date(2026, 2, 28))])
    for n, (a, b) in enumerate([(START, END), (date(2026, 2, 1), date(2026, 2, 28))]):
        theirs = department_figures(database.ctx, a, b, team_id=org.team)
        assert set(mine[n]) == set(theirs.by_currency) == {"EUR"}
        for cur, fig in theirs.by_currency.items():
            m = mine[n][cur]
            assert (dict(m.opening_by_bucket), dict(m.closing_by_bucket), m.roll_rates, m.cei, m.credit_sales) == (
                fig.opening_by_bucket, fig.closing_by_bucket, fig.roll_rates, fig.cei, fig.credit_sales)


def test_projection_is_actual_plus_installments_weighted_promises_and_run_rate(database, org, dept):
    r = build(database)
    eur = rows(table(r, "projection_eur"), "key")
    march, april = eur["2026-03-01"], eur["2026-04-01"]
    # by hand. Kept rates over 19 Dec - 19 Mar: Anna 2 of 4 (50 %), Jan 2 of 3 (66.7 %), Zofia 1 of 1, scope 5 of 8.
    # Run rate: payments of 18 Feb - 19 Mar on neither a promise nor an installment: EUR 100 + 100 + 50 + 30 = 280,
    # PLN 1000; / 30 a day; 11 days left in March after the 20th, 30 in April.
    assert march["actual"] == D("830.00")
    assert march["installments"] == D("400.00")                      # 25 Mar; the cancelled plan's 999 left out
    assert march["promises_open"] == D("240.00")                     # p8 200 + p11 40
    assert march["promises"] == D("125.00")                          # 200 x 0.5 + 40 x 0.625
    assert march["run_rate"] == D("102.67")                          # 280 / 30 x 11
    assert march["projected"] == D("1457.67") and march["target"] == D("1000.00")
    assert april["actual"] == D("0.00") and april["installments"] == D("300.00")   # 400 - 100 paid
    assert april["promises"] == D("66.70")                           # p9 100 x 0.667
    assert april["run_rate"] == D("280.00")
    assert april["projected"] == D("646.70") and april["target"] == D("1100.00")
    pln = rows(table(r, "projection_pln"), "key")["2026-03-01"]
    assert (pln["promises"], pln["run_rate"], pln["projected"]) == (D("500.00"), D("366.67"), D("1866.67"))
    method = section(r, "projection").method
    assert "3/20/2026" in method and "62.5\u00a0%" in method and "30 days" in method
    assert fact(r, "projected_EUR").target == D("1000.00") and fact(r, "projected_next_EUR").value == D("646.70")


def test_a_branch_scope_leaves_the_others_out(database, org, dept):
    r = build(database, scope=f"branch:{dept.krakow}")
    assert "Kraków" in r.subtitle
    money_currencies = {c.currency for t in r.all_tables for c in t.columns if c.currency}
    assert money_currencies == {"PLN"}
    keyed = {row["currency"] for t in r.all_tables for row in t.rows if "currency" in row}
    assert keyed <= {"PLN"}
    names = {row.get("name") for t in r.all_tables for row in t.rows}
    assert "Zofia Wójcik" in names and not names & {"Anna Rossi", "Jan Kowalski", "Not credited to a collector"}
    assert [f.key for f in section(r, "collected").facts] == ["collected_PLN"]
    assert fact(r, "promises_made").value == 2 and fact(r, "kept_rate").value == D("0.5")
    assert rows(table(r, "projection_pln"), "key")["2026-03-01"]["projected"] == D("1866.67")
    team = build(database, scope=f"team:{org.team}")
    assert {c.currency for t in team.all_tables for c in t.columns if c.currency} == {"EUR"}
    assert fact(team, "collected_EUR").value == D("800.00")  # Anna and Jan; the uncredited 30 is nobody's team's


def test_currencies_are_never_mixed(database, org, dept):
    r = build(database)
    for t in r.all_tables:
        money = [c for c in t.columns if c.kind == ColumnKind.MONEY]
        for c in money:
            assert bool(c.currency) != bool(c.currency_key), (t.key, c.key)
            if c.total:
                assert c.currency, f"{t.key}.{c.key} totals money of several currencies"
            if c.currency_key:
                assert all(row[c.currency_key] in ("EUR", "PLN") for row in t.rows)
    for s in r.sections:
        for f in s.facts:
            assert (f.kind == ColumnKind.MONEY) == bool(f.currency), f.key
        for series in s.series:
            assert series.unit in ("EUR", "PLN")
    assert fact(r, "collected_PLN").value == D("1000.00") and fact(r, "promised_PLN").value == D("1100.00")


def test_german_report_writes_german_numbers(database, org, dept):
    r = build(database, language="de")
    assert r.language == "de"
    text = " ".join([*r.summary, *(s for sec in r.sections for s in sec.sentences)])
    assert "830,00\u00a0€" in text and "1.000,00\u00a0€" in text and "1.000,00\u00a0PLN" in text
    method = section(r, "projection").method
    assert "20.03.2026" in method and "62,5\u00a0%" in method
    assert r.params.period_label == "März 2026"
    trend = next(s for s in section(r, "collected").series if s.key == "collected_trend_eur")
    assert trend.categories[-1] == "Mär 2026"


def test_a_week_and_a_range_compare_with_the_same_length_before(database, org, dept):
    week = build(database, start=date(2026, 3, 2), end=date(2026, 3, 8))
    # 2-8 March: Anna 100, Jan 400, nobody 30; the week before (23 Feb - 1 Mar): nothing
    assert (fact(week, "collected_EUR").value, fact(week, "collected_EUR").previous) == (D("530.00"), D("0.00"))
    assert fact(week, "collected_PLN").value == D("1000.00")
    assert fact(week, "collected_EUR").target == D("225.81")  # the team's 1000 for 7 of March's 31 days
    span = build(database, start=date(2026, 2, 20), end=date(2026, 3, 5))  # 14 days; before: 6-19 Feb
    assert (fact(span, "collected_EUR").value, fact(span, "collected_EUR").previous) == (D("600.00"), D("200.00"))
    assert (fact(span, "collected_PLN").value, fact(span, "collected_PLN").previous) == (D("0.00"), D("500.00"))


def test_progress_and_cancel(database, org, dept):
    seen = []
    build(database, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _t in seen] == sorted(d for d, _t in seen)
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ReportCancelled):
        build(database, cancel=cancel)
