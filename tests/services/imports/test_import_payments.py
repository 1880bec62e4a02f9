"""Payments import: balances go down and promises are kept exactly as when posted by hand."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from collectdesk.domain.enums import AccountStatus, PaymentMethod, PromiseStatus
from collectdesk.services.imports import run_import
from collectdesk.services.payments import record_payment
from collectdesk.services.promises import record_promise
from collectdesk.store.maintenance import stats
from collectdesk.store.models import Account, Payment, Promise

HEADER = "numero_pratica;importo;data_pagamento;metodo;causale\n"


def _state(database, account_id):
    with database.ctx.reading() as s:
        a = s.get(Account, account_id)
        promises = sorted((p.amount, p.paid_amount, p.status) for p in s.scalars(
            select(Promise).where(Promise.account_id == account_id)))
        payments = sorted((p.amount, p.overpayment, p.paid_on, p.method, p.promise_id is not None)
                          for p in s.scalars(select(Payment).where(Payment.account_id == account_id)))
        return a.balance, a.status, a.last_payment_on, a.version, promises, payments


def _account_no(database, account_id) -> str:
    with database.ctx.reading() as s:
        return s.get(Account, account_id).account_no


def test_payments_match_posting_by_hand(database, make_account, write_csv):
    """Two identical accounts with identical promises: one paid through the service, one by import."""
    today = date.today()
    by_hand, by_file = make_account(balance=Decimal("500.00")), make_account(balance=Decimal("500.00"))
    for account in (by_hand, by_file):
        record_promise(database.ctx, account, amount=Decimal("100.00"), due_date=today + timedelta(days=3))
        record_promise(database.ctx, account, amount=Decimal("150.00"), due_date=today + timedelta(days=10))
    day = today - timedelta(days=1)
    for amount in ("130.00", "20.50"):
        record_payment(database.ctx, by_hand, amount=Decimal(amount), paid_on=day,
                       method=PaymentMethod.BANK_TRANSFER)
    no = _account_no(database, by_file)
    path = write_csv(HEADER + f"{no};130,00;{day:%d.%m.%Y};bonifico;rata 1\n"
                              f"{no};20,50;{day:%d/%m/%Y};przelew;rata 2\n")
    report = run_import(database.ctx, "payments", path)
    assert report.ok, report.errors
    assert report.inserted == 2
    hand, imported = _state(database, by_hand), _state(database, by_file)
    assert hand[0] == imported[0] == Decimal("349.50")
    assert hand[1:3] == imported[1:3]
    assert hand[4] == imported[4]
    assert imported[4] == [(Decimal("100.00"), Decimal("100.00"), PromiseStatus.KEPT),
                           (Decimal("150.00"), Decimal("50.50"), PromiseStatus.PARTIAL)]
    assert hand[5] == imported[5]
    assert imported[3] > 1  # the account row was updated with a version bump


def test_overpayment_is_refused_unless_allowed(database, make_account, write_csv):
    account = make_account(balance=Decimal("100.00"))
    no = _account_no(database, account)
    day = date.today() - timedelta(days=2)
    path = write_csv(HEADER + f"{no};60,00;{day:%d.%m.%Y};;\n{no};50,00;{day:%d.%m.%Y};carta;\n")
    report = run_import(database.ctx, "payments", path)
    assert not report.ok
    assert [(e.line, e.column) for e in report.errors] == [(3, "importo")]
    assert "10.00 EUR more than the open balance" in report.errors[0].reason
    assert _state(database, account)[0] == Decimal("100.00")  # nothing was written
    report = run_import(database.ctx, "payments", path, allow_overpayment=True)
    assert report.ok
    balance, status, last, _, _, payments = _state(database, account)
    assert (balance, status, last) == (Decimal("0.00"), AccountStatus.PAID, day)
    assert (Decimal("50.00"), Decimal("10.00"), day, PaymentMethod.CARD, False) in payments


def test_unknown_accounts_and_bad_rows(database, make_account, write_csv):
    account = make_account(balance=Decimal("100.00"))
    no = _account_no(database, account)
    future = date.today() + timedelta(days=5)
    path = write_csv(HEADER + f"NOPE;10,00;01.01.2025;;\n{no};-5,00;01.01.2025;;\n{no};5,00;{future:%d.%m.%Y};;\n"
                              f"{no};5,00;01.01.2025;bitcoin;\n{no};5,00;01.01.2025;contanti;ok\n")
    report = run_import(database.ctx, "payments", path)
    assert [(e.line, e.column) for e in report.errors] == [
        (2, "numero_pratica"), (3, "importo"), (4, "data_pagamento"), (5, "metodo")]
    assert stats(database.engine).counts["payments"] == 0
    assert _state(database, account)[0] == Decimal("100.00")


def test_payment_currency_must_match(database, make_account, write_csv):
    account = make_account(balance=Decimal("100.00"), currency="PLN", country="PL")
    no = _account_no(database, account)
    path = write_csv("account_no;amount;paid_on;currency\n"
                     f"{no};10,00;01.01.2025;EUR\n{no};PLN 10,00;01.01.2025;\n{no};10,00 €;01.01.2025;PLN\n")
    report = run_import(database.ctx, "payments", path)
    assert [(e.line, e.column) for e in report.errors] == [(2, "currency"), (4, "amount")]


def test_payments_dry_run_writes_nothing(database, make_account, write_csv):
    account = make_account(balance=Decimal("100.00"))
    no = _account_no(database, account)
    before = _state(database, account)
    report = run_import(database.ctx, "payments", write_csv(HEADER + f"{no};40,00;01.01.2025;;\n"), dry_run=True)
    assert report.ok and report.dry_run and report.inserted == 1
    assert _state(database, account) == before
    assert stats(database.engine).counts["payments"] == 0
