"""Promises to pay: recording them, and marking the ones whose date passed without payment as broken."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select, update

from collectdesk.domain.enums import AccountStatus, PromiseStatus
from collectdesk.domain.errors import ValidationError
from collectdesk.domain.money import to_cents
from collectdesk.services.audit import bulk_entry
from collectdesk.services.context import ServiceContext, load
from collectdesk.store.models import Account, AuditEntry, Promise, utcnow


def record_promise(ctx: ServiceContext, account_id: uuid.UUID, *, amount: Decimal, due_date: date,
                   currency: str | None = None, note: str | None = None,
                   collector_id: uuid.UUID | None = None, activity_id: uuid.UUID | None = None,
                   expected_version: int | None = None, today: date | None = None) -> uuid.UUID:
    today = today or date.today()
    if not isinstance(amount, Decimal) or amount <= 0:
        raise ValidationError(QCoreApplication.translate("Promises", "The promised amount must be greater than zero."))
    if due_date < today:
        raise ValidationError(QCoreApplication.translate("Promises", "The promised date cannot be in the past."))
    with ctx.transaction() as s:
        account = load(s, Account, account_id, expected_version=expected_version, label=str(account_id))
        if currency and currency != account.currency:
            raise ValidationError(QCoreApplication.translate(
                "Promises", "The account is kept in {currency}; a promise must be in the same currency.").format(
                currency=account.currency))
        if to_cents(amount) > account.balance:
            raise ValidationError(QCoreApplication.translate(
                "Promises", "The promised amount is larger than the open balance ({balance}).").format(
                balance=account.balance))
        promise = Promise(account_id=account.id, collector_id=collector_id or account.collector_id,
                          activity_id=activity_id, amount=to_cents(amount), currency=account.currency,
                          promised_at=utcnow(), due_date=due_date, note=note)
        s.add(promise)
        if account.status in (AccountStatus.OPEN,):
            account.status = AccountStatus.PROMISED
        s.flush()
        return promise.id


def break_overdue_promises(ctx: ServiceContext, today: date | None = None) -> int:
    """Pending promises whose date has passed without full payment become broken. Returns how many.

    Set-based (a department may have thousands due on one day); one audit row per promise, written
    in the same transaction.
    """
    today = today or date.today()
    with ctx.transaction() as s:
        overdue = select(Promise.id, Promise.account_id).where(
            Promise.status == PromiseStatus.PENDING, Promise.due_date < today)
        rows = s.execute(overdue).all()
        if not rows:
            return 0
        info = s.info
        for start in range(0, len(rows), 500):
            chunk = rows[start:start + 500]
            ids = [r.id for r in chunk]
            s.execute(update(Promise).where(Promise.id.in_(ids), Promise.status == PromiseStatus.PENDING)
                      .values(status=PromiseStatus.BROKEN, resolved_at=info["now"], version=Promise.version + 1)
                      .execution_options(synchronize_session=False))
            s.execute(AuditEntry.__table__.insert(), [
                dict(id=uuid.uuid4(), txn_id=info["txn_id"], actor=info["actor"], action="update",
                     entity="promise", entity_id=str(r.id), field="status", old_value="pending",
                     new_value="broken", occurred_at=info["now"]) for r in chunk])
            # an account whose only live promise broke goes back to the open queue
            accounts = {r.account_id for r in chunk}
            still_promised = set(s.scalars(select(Promise.account_id).where(
                Promise.account_id.in_(accounts), Promise.status == PromiseStatus.PENDING)))
            back = list(accounts - still_promised)
            if back:
                s.execute(update(Account).where(Account.id.in_(back), Account.status == AccountStatus.PROMISED)
                          .values(status=AccountStatus.OPEN, version=Account.version + 1, updated_at=info["now"])
                          .execution_options(synchronize_session=False))
        bulk_entry(s, "promise", QCoreApplication.translate(
            "Promises", "%n overdue promise(s) marked as broken", "", len(rows)))
        return len(rows)


def promises_due(ctx: ServiceContext, day: date) -> int:
    with ctx.reading() as s:
        return s.scalar(select(func.count()).select_from(Promise).where(
            Promise.status == PromiseStatus.PENDING, Promise.due_date == day)) or 0
