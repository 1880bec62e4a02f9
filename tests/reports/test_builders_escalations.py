"""The escalations, settlements and write-offs report: counts and amounts equal direct readings of the tables,
the approvals queue is services/escalation_queue's, the write-offs are the journal's lines."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from test_builders_common import MARCH, column_total, fact, make_report, section, table
from test_builders_common import warsaw  # noqa: F401  (fixture)

from collectdesk.domain.enums import (EscalationAction, EscalationDecision, EscalationReason, EscalationStatus,
                                      SettlementStatus, WriteOffReason)
from collectdesk.reports.model import ColumnKind, ReportKind
from collectdesk.services.escalation_queue import approvals_queue
from collectdesk.services.write_offs import journal_lines, write_off
from collectdesk.store.models import Account, Escalation, EscalationEvent, Settlement

ESCALATIONS = ReportKind.ESCALATIONS
D = Decimal


def utc(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=timezone.utc)


@pytest.fixture
def cases(database, org, make_account, warsaw):
    a1, a2, a3 = make_account(balance=D("500.00")), make_account(balance=D("500.00")), make_account(
        balance=D("500.00"), collector=org.jan)
    a4 = make_account(balance=D("5000.00"), currency="PLN", country="PL", collector=warsaw.piotr)
    with database.ctx.transaction() as s:
        row = s.get(Account, a4)
        row.team_id, row.branch_id = warsaw.team, warsaw.branch

        def esc(account, who, reason, decision, amount, cur, created, status=EscalationStatus.SUBMITTED,
                decided_at=None, decided_by=None):
            e = Escalation(account_id=account, raised_by_id=who, reason=reason, requested_decision=decision,
                           status=status, amount_at_stake=D(amount), currency=cur, created_at=created,
                           decided_at=decided_at, decided_by=decided_by,
                           decision=decision if status is EscalationStatus.APPROVED else None)
            s.add(e)
            s.flush()
            return e

        R, Dd, St = EscalationReason, EscalationDecision, EscalationStatus
        esc(a1, org.anna, R.HARDSHIP, Dd.PAYMENT_PLAN, "100.00", "EUR", utc(3, 2), St.APPROVED, utc(3, 10),
            "Sara Conti")
        esc(a2, org.anna, R.DISPUTE, Dd.HOLD, "50.00", "EUR", utc(3, 3), St.REJECTED, utc(3, 12), "Zofia Łęcka")
        withdrawn = esc(a3, org.jan, R.REFUSES_TO_PAY, Dd.WRITE_OFF, "200.00", "EUR", utc(3, 4), St.WITHDRAWN)
        s.add(EscalationEvent(escalation_id=withdrawn.id, action=EscalationAction.WITHDRAWN, actor="jan",
                              at=utc(3, 20)))
        esc(a4, warsaw.piotr, R.LARGE_BALANCE, Dd.SETTLEMENT, "1000.00", "PLN", utc(3, 5))
        esc(a1, org.anna, R.HARDSHIP, Dd.SETTLEMENT, "80.00", "EUR", utc(2, 27), St.APPROVED, utc(3, 2),
            "Sara Conti")

        def offer(account, balance, amount, cur, status, created):
            s.add(Settlement(account_id=account, balance_at_offer=D(balance), settle_amount=D(amount), currency=cur,
                             deadline=date(2026, 4, 30), status=status, created_at=created, decided_by="Sara Conti"))

        offer(a1, "500.00", "400.00", "EUR", SettlementStatus.FULFILLED, utc(3, 6))
        offer(a2, "500.00", "350.00", "EUR", SettlementStatus.LAPSED, utc(3, 7))
        offer(a4, "5000.00", "4000.00", "PLN", SettlementStatus.OFFERED, utc(3, 8))
        offer(a3, "500.00", "450.00", "EUR", SettlementStatus.FULFILLED, utc(2, 8))
    ctx = database.ctx
    write_off(ctx, a1, D("30.00"), WriteOffReason.BAD_DEBT, "ACC-1", "Sara Conti", on=date(2026, 3, 15))
    write_off(ctx, a2, D("20.00"), WriteOffReason.DECEASED, None, "Sara Conti", on=date(2026, 3, 16))
    write_off(ctx, a3, D("5.00"), WriteOffReason.BAD_DEBT, None, "Sara Conti", on=date(2026, 3, 17))
    write_off(ctx, a4, D("500.00"), WriteOffReason.BANKRUPTCY, "KS-7", "Zofia Łęcka", on=date(2026, 3, 18))
    write_off(ctx, a3, D("10.00"), WriteOffReason.OTHER, None, "Sara Conti", on=date(2026, 2, 18))


def test_raised_and_decided(database, org, warsaw, cases):
    report = make_report(database, ESCALATIONS)
    raised = fact(report, "raised")
    assert (raised.value, raised.previous) == (4, 1)
    assert fact(report, "at_stake_EUR").value == D("350.00") and fact(report, "at_stake_PLN").value == D("1000.00")
    reasons = {r["reason"]: r["raised"] for r in table(report, "escalations_by_reason").rows}
    assert reasons == {"Financial hardship": 1, "Dispute": 1, "Refuses to pay": 1, "Large balance": 1}

    assert fact(report, "decided").value == 4                    # 2 approved, 1 rejected, 1 withdrawn in March
    assert fact(report, "approval_rate").value == D("0.6667")
    decisions = {r["decision"]: (r["approved"], r["rejected"], r["withdrawn"]) for r in table(report, "decisions").rows}
    assert decisions == {"Payment plan": (1, 0, 0), "Settlement": (1, 0, 0), "Put on hold": (0, 1, 0),
                         "Write-off": (0, 0, 1)}
    deciders = {r["name"]: (r["approved"], r["rejected"]) for r in table(report, "deciders").rows}
    assert deciders == {"Sara Conti": (2, 0), "Zofia Łęcka": (0, 1)}
    # days from raising to the decision: 8, 9, 16 (withdrawn on 20 March), 3 (raised 27 February)
    assert fact(report, "days_to_decision").value == D("9.0")


def test_queue_settlements_and_write_offs(database, org, warsaw, cases):
    report = make_report(database, ESCALATIONS)
    queue = approvals_queue(database.ctx)
    assert fact(report, "queue_waiting").value == len(queue) == 1
    assert fact(report, "queue_oldest").value == queue[0].age_days
    assert table(report, "queue_oldest").rows[0]["amount"] == D("1000.00")
    assert table(report, "queue_oldest").rows[0]["currency"] == "PLN"

    assert (fact(report, "settlements_offered").value, fact(report, "settlements_offered").previous) == (3, 1)
    assert fact(report, "settlements_fulfilled").value == D("0.5000")
    eur = {r["status"]: (r["count"], r["balance"], r["amount"], r["discount"])
           for r in table(report, "settlements_EUR").rows}
    assert eur["Fulfilled"] == (1, D("500.00"), D("400.00"), D("100.00"))
    assert eur["Lapsed"] == (1, D("500.00"), D("350.00"), D("150.00"))
    assert column_total(table(report, "settlements_PLN"), "amount") == D("4000.00")

    lines = journal_lines(database.ctx, *MARCH)
    journal = table(report, "write_off_journal")
    assert [(r["account"], r["amount"], r["currency"]) for r in journal.rows] == [
        (ln.account_no, ln.amount, ln.currency) for ln in lines]
    assert not journal.pdf
    eur_wo = table(report, "write_offs_EUR")
    assert {c.currency for c in eur_wo.columns if c.kind is ColumnKind.MONEY} == {"EUR"}
    assert column_total(eur_wo, "amount") == sum(ln.amount for ln in lines if ln.currency == "EUR") == D("55.00")
    assert {r["reason"]: r["amount"] for r in eur_wo.rows} == {"Uncollectable": D("35.00"), "Deceased": D("20.00")}
    assert column_total(table(report, "write_offs_PLN"), "amount") == D("500.00")
    written = fact(report, "written_off_EUR")
    assert (written.value, written.previous) == (D("55.00"), D("10.00"))


def test_a_branch_sees_its_own_accounts(database, org, warsaw, cases):
    report = make_report(database, ESCALATIONS, scope=f"branch:{warsaw.branch}")
    assert fact(report, "raised").value == 1 and fact(report, "decided").value == 0
    assert fact(report, "queue_waiting").value == 1
    assert [r["account"] for r in table(report, "write_off_journal").rows] == [
        ln.account_no for ln in journal_lines(database.ctx, *MARCH) if ln.currency == "PLN"]
    assert "write_offs_EUR" not in [t.key for t in report.all_tables]
    milan = make_report(database, ESCALATIONS, scope=f"team:{org.team}")
    assert fact(milan, "queue_waiting").value == 0 and fact(milan, "raised").value == 3


def test_polish_report_formats(database, org, warsaw, cases):
    report = make_report(database, ESCALATIONS, language="pl")
    assert table(report, "write_off_journal").title == "Odpisy"
    sentence = next(s for s in section(report, "write_offs").sentences if "PLN" in s or "z\u0142" in s)
    assert "500,00\u00a0z\u0142" in sentence
