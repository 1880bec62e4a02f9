"""The core operations a supervisor notices: balances, promises, reassignment, flags, the audit trail."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from collectdesk.domain.enums import (AccountStatus, Channel, DebtorFlag, Direction, Outcome,
                                      PaymentMethod, PromiseStatus)
from collectdesk.domain.errors import NotFoundError, StaleEditError, ValidationError
from collectdesk.services import accounts, activities, debtors, payments, promises
from collectdesk.store.models import Account, AuditEntry, Payment, Promise

TODAY = date.today()


def _account(database, account_id) -> Account:
    with database.ctx.reading() as s:
        return s.get(Account, account_id)


def _promise(database, promise_id) -> Promise:
    with database.ctx.reading() as s:
        return s.get(Promise, promise_id)


def test_payment_lowers_balance_and_keeps_the_promise(database, make_account):
    acc = make_account(balance=Decimal("250.00"))
    pid = promises.record_promise(database.ctx, acc, amount=Decimal("100.00"), due_date=TODAY + timedelta(days=5))
    assert _account(database, acc).status is AccountStatus.PROMISED
    payments.record_payment(database.ctx, acc, amount=Decimal("100.00"), paid_on=TODAY)
    account = _account(database, acc)
    assert account.balance == Decimal("150.00")
    assert account.status is AccountStatus.OPEN
    assert _promise(database, pid).status is PromiseStatus.KEPT


def test_part_payment_marks_the_promise_partial(database, make_account):
    acc = make_account(balance=Decimal("250.00"))
    pid = promises.record_promise(database.ctx, acc, amount=Decimal("100.00"), due_date=TODAY + timedelta(days=5))
    payments.record_payment(database.ctx, acc, amount=Decimal("40.50"), paid_on=TODAY)
    p = _promise(database, pid)
    assert p.status is PromiseStatus.PARTIAL and p.paid_amount == Decimal("40.50")
    assert _account(database, acc).balance == Decimal("209.50")


def test_payment_in_full_marks_the_account_paid(database, make_account):
    acc = make_account(balance=Decimal("99.99"))
    payments.record_payment(database.ctx, acc, amount=Decimal("99.99"), paid_on=TODAY, method=PaymentMethod.CARD)
    account = _account(database, acc)
    assert account.balance == Decimal("0.00") and account.status is AccountStatus.PAID


def test_overpayment_is_refused_unless_asked_for_and_then_kept(database, make_account):
    acc = make_account(balance=Decimal("50.00"))
    with pytest.raises(ValidationError):
        payments.record_payment(database.ctx, acc, amount=Decimal("60.00"), paid_on=TODAY)
    assert _account(database, acc).balance == Decimal("50.00")
    pay = payments.record_payment(database.ctx, acc, amount=Decimal("60.00"), paid_on=TODAY, allow_overpayment=True)
    with database.ctx.reading() as s:
        payment = s.get(Payment, pay)
    assert payment.amount == Decimal("60.00") and payment.overpayment == Decimal("10.00")
    assert _account(database, acc).balance == Decimal("0.00")


def test_payment_in_another_currency_is_refused(database, make_account):
    acc = make_account(balance=Decimal("500.00"), currency="PLN", country="PL")
    with pytest.raises(ValidationError):
        payments.record_payment(database.ctx, acc, amount=Decimal("10.00"), paid_on=TODAY, currency="EUR")


def test_overdue_promises_become_broken_and_the_account_returns_to_open(database, make_account):
    acc = make_account(balance=Decimal("300.00"))
    pid = promises.record_promise(database.ctx, acc, amount=Decimal("50.00"), due_date=TODAY)
    other = promises.record_promise(database.ctx, make_account(), amount=Decimal("10.00"),
                                    due_date=TODAY + timedelta(days=3))
    assert promises.break_overdue_promises(database.ctx, today=TODAY + timedelta(days=1)) == 1
    assert _promise(database, pid).status is PromiseStatus.BROKEN
    assert _promise(database, other).status is PromiseStatus.PENDING
    assert _account(database, acc).status is AccountStatus.OPEN
    with database.ctx.reading() as s:
        trail = s.scalars(select(AuditEntry).where(AuditEntry.entity == "promise", AuditEntry.entity_id == str(pid),
                                                   AuditEntry.field == "status")).all()
    assert [(e.old_value, e.new_value, e.actor) for e in trail] == [("pending", "broken", "tester")]


def test_a_promise_larger_than_the_balance_or_in_the_past_is_refused(database, make_account):
    acc = make_account(balance=Decimal("20.00"))
    with pytest.raises(ValidationError):
        promises.record_promise(database.ctx, acc, amount=Decimal("20.01"), due_date=TODAY)
    with pytest.raises(ValidationError):
        promises.record_promise(database.ctx, acc, amount=Decimal("5.00"), due_date=TODAY - timedelta(days=1))


def test_bulk_reassign_moves_accounts_and_audits_each(database, org, make_account):
    ids = [make_account() for _ in range(7)]
    assert accounts.reassign_accounts(database.ctx, ids, org.jan) == 7
    assert accounts.reassign_accounts(database.ctx, ids, org.jan) == 0  # already there: nothing to do
    with database.ctx.reading() as s:
        assert {a.collector_id for a in s.scalars(select(Account).where(Account.id.in_(ids)))} == {org.jan}
        entries = s.scalars(select(AuditEntry).where(AuditEntry.field == "collector_id")).all()
    assert len(entries) == 7 and {e.new_value for e in entries} == {str(org.jan)}
    assert all(e.actor == "tester" and e.occurred_at is not None for e in entries)


def test_reassign_to_unknown_collector_changes_nothing(database, make_account):
    import uuid

    acc = make_account()
    before = _account(database, acc).collector_id
    with pytest.raises(NotFoundError):
        accounts.reassign_accounts(database.ctx, [acc], uuid.uuid4())
    assert _account(database, acc).collector_id == before


def test_logging_a_dispute_flags_the_debtor_and_sets_last_contact(database, make_account):
    acc = make_account()
    activities.log_activity(database.ctx, acc, channel=Channel.CALL, direction=Direction.INBOUND,
                            outcome=Outcome.DISPUTE, duration_s=240, note="Says the invoice was paid")
    account = _account(database, acc)
    assert account.last_contact_at is not None
    with database.ctx.reading() as s:
        debtor = s.get(Account, acc).debtor
        assert debtor.active_flags() == {DebtorFlag.DISPUTE}


def test_flag_and_clear(database, make_account):
    acc = _account(database, make_account())
    assert debtors.flag_debtor(database.ctx, acc.debtor_id, DebtorFlag.CEASE_CONTACT, note="letter of 3 Nov")
    assert not debtors.flag_debtor(database.ctx, acc.debtor_id, DebtorFlag.CEASE_CONTACT)
    debtors.clear_flag(database.ctx, acc.debtor_id, DebtorFlag.CEASE_CONTACT)
    with pytest.raises(ValidationError):
        debtors.clear_flag(database.ctx, acc.debtor_id, DebtorFlag.CEASE_CONTACT)


def test_status_change_with_a_stale_version_fails_and_names_who_changed_it(database, make_account):
    from collectdesk.services.context import ServiceContext

    acc = make_account()
    seen = _account(database, acc).version
    other = ServiceContext(database.engine, "marta")
    accounts.change_status(other, acc, AccountStatus.ON_HOLD, expected_version=seen)
    with pytest.raises(StaleEditError) as err:
        accounts.change_status(database.ctx, acc, AccountStatus.LEGAL, expected_version=seen)
    assert err.value.changed_by == "marta"
    assert ("status", "open", "on_hold") in err.value.changes
    assert "marta" in err.value.message
    assert _account(database, acc).status is AccountStatus.ON_HOLD


def test_concurrent_edit_of_the_same_account_in_two_sessions_fails_loudly(database, make_account):
    """Two users open version 1; the first save wins; the second raises, and nothing is overwritten."""
    from collectdesk.services.context import ServiceContext

    acc = make_account()
    anna, jan = ServiceContext(database.engine, "anna"), ServiceContext(database.engine, "jan")
    with anna.reading() as s:
        annas = s.get(Account, acc)
    with jan.reading() as s:
        jans = s.get(Account, acc)
    assert annas.version == jans.version == 1

    annas.next_action_on = TODAY + timedelta(days=1)
    with anna.transaction() as s:
        s.add(annas)
    jans.status = AccountStatus.LEGAL
    with pytest.raises(StaleEditError):
        with jan.transaction() as s:
            s.add(jans)

    account = _account(database, acc)
    assert account.version == 2
    assert account.status is AccountStatus.OPEN
    assert account.next_action_on == TODAY + timedelta(days=1)
    with database.ctx.reading() as s:
        trail = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(acc),
                                                   AuditEntry.action == "update")).all()
    assert {(e.actor, e.field) for e in trail} == {("anna", "next_action_on"), ("anna", "version")}
