"""Settlements: paid by the deadline -> fulfilled and the rest written off; otherwise lapsed."""

from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from collectdesk.domain.enums import AccountStatus, SettlementStatus, WriteOffReason
from collectdesk.domain.errors import ValidationError
from collectdesk.services import payments, settlements, write_offs
from collectdesk.store.models import Account, Settlement, WriteOff

TODAY = date.today()
DEADLINE = TODAY + timedelta(days=30)


def _get(database, model, ident):
    with database.ctx.reading() as s:
        return s.get(model, ident)


def test_paid_by_the_deadline_is_fulfilled_and_the_rest_written_off_as_settlement(database, make_account):
    acc = make_account(balance=D("1000.00"))
    sid = settlements.offer_settlement(database.ctx, acc, deadline=DEADLINE, discount_pct=D("40"), today=TODAY)
    st = _get(database, Settlement, sid)
    assert (st.settle_amount, st.balance_at_offer, st.status) == (D("600.00"), D("1000.00"), SettlementStatus.OFFERED)
    settlements.accept_settlement(database.ctx, sid, "giulia")
    payments.record_payment(database.ctx, acc, amount=D("250.00"), paid_on=TODAY, today=TODAY)
    # part paid: nothing happens yet
    assert settlements.sweep_settlements(database.ctx, TODAY)[SettlementStatus.FULFILLED] == 0
    payments.record_payment(database.ctx, acc, amount=D("350.00"), paid_on=TODAY, today=TODAY)
    assert settlements.sweep_settlements(database.ctx, TODAY)[SettlementStatus.FULFILLED] == 1
    assert _get(database, Settlement, sid).status is SettlementStatus.FULFILLED
    a = _get(database, Account, acc)
    assert (a.balance, a.status) == (D("0.00"), AccountStatus.SETTLED)
    with database.ctx.reading() as s:
        wo = s.scalars(select(WriteOff).where(WriteOff.account_id == acc)).one()
    assert (wo.amount, wo.reason, wo.approved_by) == (D("400.00"), WriteOffReason.SETTLEMENT, "giulia")
    lines = write_offs.journal_lines(database.ctx, TODAY, TODAY)
    assert [(ln.amount, ln.reason, ln.approved_by) for ln in lines] == [(D("400.00"), WriteOffReason.SETTLEMENT, "giulia")]


def test_unpaid_past_the_deadline_lapses_and_the_balance_stays(database, make_account):
    acc = make_account(balance=D("500.00"))
    sid = settlements.offer_settlement(database.ctx, acc, deadline=DEADLINE, amount=D("300.00"), today=TODAY)
    settlements.accept_settlement(database.ctx, sid, "giulia")
    payments.record_payment(database.ctx, acc, amount=D("299.99"), paid_on=TODAY, today=TODAY)
    assert settlements.sweep_settlements(database.ctx, DEADLINE)[SettlementStatus.LAPSED] == 0
    counts = settlements.sweep_settlements(database.ctx, DEADLINE + timedelta(days=1))
    assert counts == {SettlementStatus.FULFILLED: 0, SettlementStatus.LAPSED: 1}
    assert _get(database, Settlement, sid).status is SettlementStatus.LAPSED
    a = _get(database, Account, acc)
    assert (a.balance, a.status) == (D("200.01"), AccountStatus.OPEN)
    assert write_offs.journal_lines(database.ctx, TODAY, DEADLINE + timedelta(days=1)) == []


def test_an_offer_never_accepted_lapses_even_when_paid(database, make_account):
    acc = make_account(balance=D("500.00"))
    sid = settlements.offer_settlement(database.ctx, acc, deadline=TODAY, amount=D("300.00"), today=TODAY)
    payments.record_payment(database.ctx, acc, amount=D("300.00"), paid_on=TODAY, today=TODAY)
    settlements.sweep_settlements(database.ctx, TODAY + timedelta(days=1))
    assert _get(database, Settlement, sid).status is SettlementStatus.LAPSED
    assert _get(database, Account, acc).balance == D("200.00")


def test_bad_offers_are_refused(database, make_account):
    acc = make_account(balance=D("500.00"))
    for kwargs in (dict(amount=D("500.00")), dict(amount=D("0")), dict(discount_pct=D("100")),
                   dict(amount=D("10"), discount_pct=D("5")), dict()):
        with pytest.raises(ValidationError):
            settlements.offer_settlement(database.ctx, acc, deadline=DEADLINE, today=TODAY, **kwargs)
    with pytest.raises(ValidationError):
        settlements.offer_settlement(database.ctx, acc, deadline=TODAY - timedelta(days=1), amount=D("10"),
                                     today=TODAY)
    settlements.offer_settlement(database.ctx, acc, deadline=DEADLINE, amount=D("10"), today=TODAY)
    with pytest.raises(ValidationError):  # one live offer at a time
        settlements.offer_settlement(database.ctx, acc, deadline=DEADLINE, amount=D("20"), today=TODAY)
