"""The account read model (balances, timeline) and notes, on SQLite and PostgreSQL."""

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select

from collectdesk.domain.enums import AccountStatus, Channel, DebtorFlag, Direction, Outcome, PaymentMethod
from collectdesk.domain.errors import StaleEditError, ValidationError
from collectdesk.services import account_view, accounts, activities, debtors, notes, payments, promises
from collectdesk.services.account_view import TimelineKind
from collectdesk.services.context import ServiceContext
from collectdesk.store.models import Account, AccountNote, AuditEntry, StaffMember

TODAY = date.today()


def _as(database, username: str) -> ServiceContext:
    return ServiceContext(database.engine, username)


def test_balances_are_exact_to_the_cent(database, make_account):
    acc = make_account(balance=Decimal("1000.00"))
    payments.record_payment(database.ctx, acc, amount=Decimal("123.45"), paid_on=TODAY)
    payments.record_payment(database.ctx, acc, amount=Decimal("300.10"), paid_on=TODAY,
                            method=PaymentMethod.CARD)
    b = account_view.account_detail(database.ctx, acc).balances
    assert (b.original, b.paid, b.open, b.overpayment) == (
        Decimal("1000.00"), Decimal("423.55"), Decimal("576.45"), Decimal("0.00"))

    payments.record_payment(database.ctx, acc, amount=Decimal("600.00"), paid_on=TODAY, allow_overpayment=True)
    b = account_view.account_detail(database.ctx, acc).balances
    assert b.paid == Decimal("1000.00")          # what went to the debt
    assert b.open == Decimal("0.00")
    assert b.overpayment == Decimal("23.55")     # held as a credit
    assert b.paid + b.open == b.original


def test_detail_names_the_debtor_collector_contacts_and_active_flags(database, make_account):
    from collectdesk.store.models import Debtor, DebtorContact

    acc = make_account(balance=Decimal("80.00"), name="Müller GmbH", country="DE")
    with database.ctx.reading() as s:
        debtor_id = s.get(Account, acc).debtor_id
    with database.ctx.transaction() as s:
        s.add(DebtorContact(debtor_id=debtor_id, kind="phone", value="+49 30 1234567", search_key="49301234567",
                            is_primary=True))
    debtors.flag_debtor(database.ctx, debtor_id, DebtorFlag.VULNERABLE, note="Pflegefall")
    debtors.flag_debtor(database.ctx, debtor_id, DebtorFlag.DISPUTE)
    debtors.clear_flag(database.ctx, debtor_id, DebtorFlag.DISPUTE)

    d = account_view.account_detail(database.ctx, acc)
    assert d.debtor.name == "Müller GmbH" and d.debtor.timezone == "Europe/Rome"
    assert d.collector_name == "Anna Rossi" and d.team_name == "Recupero 1"
    assert [c.value for c in d.debtor.contacts] == ["+49 30 1234567"]
    assert d.debtor.active_flags == {DebtorFlag.VULNERABLE}
    with database.ctx.reading() as s:
        assert d.version == s.get(Account, acc).version
        assert d.debtor.version == s.get(Debtor, debtor_id).version


def test_timeline_has_every_event_newest_first_with_names(database, make_account, org):
    acc = make_account(balance=Decimal("500.00"))
    with database.ctx.transaction() as s:
        s.add(StaffMember(username="marta", full_name="Marta Wiśniewska", role="supervisor"))
    marta = _as(database, "marta")
    activities.log_activity(database.ctx, acc, channel=Channel.CALL, direction=Direction.OUTBOUND,
                            outcome=Outcome.RIGHT_PARTY_CONTACT, duration_s=300, note="Richiamare lunedì",
                            occurred_at=datetime.now(timezone.utc) - timedelta(hours=2), check_compliance=False)
    promises.record_promise(database.ctx, acc, amount=Decimal("100.00"), due_date=TODAY + timedelta(days=3))
    payments.record_payment(marta, acc, amount=Decimal("100.00"), paid_on=TODAY, reference="CRO 42")
    notes.add_note(marta, acc, "Vuole un piano di rientro.")
    accounts.change_status(_as(database, "jan"), acc, AccountStatus.ON_HOLD)
    accounts.set_next_action(marta, acc, TODAY + timedelta(days=7))
    accounts.reassign_accounts(marta, [acc], org.jan)

    entries = account_view.timeline(database.ctx, acc)
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)
    kinds = [e.kind for e in entries]
    for kind in (TimelineKind.ACTIVITY, TimelineKind.PROMISE_MADE, TimelineKind.PROMISE_KEPT, TimelineKind.PAYMENT,
                 TimelineKind.NOTE, TimelineKind.STATUS_CHANGE, TimelineKind.NEXT_ACTION_CHANGE,
                 TimelineKind.COLLECTOR_CHANGE):
        assert kind in kinds, kind
    # the newest things come first: reassignment, then next action, then the status change by jan
    assert kinds[:2] == [TimelineKind.COLLECTOR_CHANGE, TimelineKind.NEXT_ACTION_CHANGE]
    assert entries[-1].kind is TimelineKind.ACTIVITY

    by_kind = {}
    for e in entries:
        by_kind.setdefault(e.kind, e)
    activity = by_kind[TimelineKind.ACTIVITY]
    assert activity.actor == "Anna Rossi"  # the account's collector made the call
    assert (activity.channel, activity.outcome, activity.duration_s, activity.text) == (
        Channel.CALL, Outcome.RIGHT_PARTY_CONTACT, 300, "Richiamare lunedì")
    payment = by_kind[TimelineKind.PAYMENT]
    assert (payment.actor, payment.amount, payment.currency, payment.text, payment.day) == (
        "Marta Wiśniewska", Decimal("100.00"), "EUR", "CRO 42", TODAY)
    assert by_kind[TimelineKind.NOTE].text == "Vuole un piano di rientro."
    assert by_kind[TimelineKind.NOTE].actor == "Marta Wiśniewska"
    hold = next(e for e in entries if e.kind is TimelineKind.STATUS_CHANGE and e.new_status is AccountStatus.ON_HOLD)
    assert hold.actor == "Jan Kowalski"
    assert hold.old_status is AccountStatus.OPEN  # the promise was kept by the payment: promised -> open
    moved = by_kind[TimelineKind.COLLECTOR_CHANGE]
    assert (moved.old_value, moved.new_value, moved.actor) == ("Anna Rossi", "Jan Kowalski", "Marta Wiśniewska")
    assert by_kind[TimelineKind.NEXT_ACTION_CHANGE].day == TODAY + timedelta(days=7)
    assert by_kind[TimelineKind.PROMISE_MADE].amount == Decimal("100.00")


def test_timeline_limit_keeps_the_newest(database, make_account):
    acc = make_account()
    now = datetime.now(timezone.utc)
    for hours in (5, 4, 3, 2, 1):
        activities.log_activity(database.ctx, acc, channel=Channel.SMS, direction=Direction.OUTBOUND,
                                outcome=Outcome.DELIVERED, occurred_at=now - timedelta(hours=hours),
                                check_compliance=False)
    notes.add_note(database.ctx, acc, "latest")
    entries = account_view.timeline(database.ctx, acc, limit=3)
    assert [e.kind for e in entries] == [TimelineKind.NOTE, TimelineKind.ACTIVITY, TimelineKind.ACTIVITY]
    assert entries[1].at == now - timedelta(hours=1)


def test_timeline_shows_broken_promises(database, make_account):
    acc = make_account(balance=Decimal("300.00"))
    promises.record_promise(database.ctx, acc, amount=Decimal("50.00"), due_date=TODAY)
    promises.break_overdue_promises(database.ctx, today=TODAY + timedelta(days=1))
    kinds = [e.kind for e in account_view.timeline(database.ctx, acc)]
    assert kinds[0] is TimelineKind.PROMISE_BROKEN
    assert TimelineKind.PROMISE_MADE in kinds


def test_add_note_is_audited_and_validated(database, make_account):
    acc = make_account()
    with pytest.raises(ValidationError):
        notes.add_note(database.ctx, acc, "   \n ")
    with pytest.raises(ValidationError):
        notes.add_note(database.ctx, acc, "x" * (notes.MAX_NOTE_CHARS + 1))
    note_id = notes.add_note(database.ctx, acc, "  Il debitore è in ospedale fino al 3 marzo.  ")
    with database.ctx.reading() as s:
        note = s.get(AccountNote, note_id)
        assert (note.text, note.author) == ("Il debitore è in ospedale fino al 3 marzo.", "tester")
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity == "account_note",
                                                   AuditEntry.entity_id == str(note_id))).all()
    assert len(audit) == 1 and audit[0].action == "insert" and audit[0].actor == "tester"
    assert "ospedale" in audit[0].new_value


def test_add_note_on_a_stale_account_names_who_changed_it_and_writes_nothing(database, make_account):
    acc = make_account()
    seen = account_view.account_detail(database.ctx, acc).version
    accounts.change_status(_as(database, "jan"), acc, AccountStatus.LEGAL)
    with pytest.raises(StaleEditError) as err:
        notes.add_note(database.ctx, acc, "too late", expected_version=seen)
    assert err.value.changed_by == "jan" and "jan" in err.value.message
    assert ("status", "open", "legal") in err.value.changes
    with database.ctx.reading() as s:
        assert s.scalars(select(AccountNote).where(AccountNote.account_id == acc)).all() == []


def test_version_check_and_active_collectors(database, make_account, org):
    acc = make_account()
    seen = account_view.account_detail(database.ctx, acc).version
    account_view.current_version(database.ctx, acc, seen)
    accounts.set_next_action(_as(database, "anna"), acc, TODAY)
    with pytest.raises(StaleEditError):
        account_view.current_version(database.ctx, acc, seen)
    assert [c.full_name for c in account_view.active_collectors(database.ctx)] == ["Anna Rossi", "Jan Kowalski"]
    with database.ctx.transaction() as s:
        s.get(StaffMember, org.jan).active = False
    assert [c.full_name for c in account_view.active_collectors(database.ctx)] == ["Anna Rossi"]
