"""Posting a payment: the balance goes down, the promise it meets is kept, nothing is lost."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from collectdesk.domain.enums import AccountStatus, PaymentMethod, PromiseStatus
from collectdesk.domain.errors import ValidationError
from collectdesk.domain.money import to_cents
from collectdesk.services.context import ServiceContext, load
from collectdesk.services.plans import credit_installments
from collectdesk.store.models import Account, Payment, Promise, utcnow

ZERO = Decimal("0.00")


def apply_to_promises(promises: list[Promise], amount: Decimal, paid_on: date) -> Promise | None:
    """Apply a payment to open promises, oldest due first. Returns the first promise it touched.

    A promise paid in full by its due date is kept; paid in part, partial; paid after its date,
    the money counts but the promise stays broken (KPIS.md: kept = paid in full by the due date).
    """
    first = None
    remaining = amount
    for promise in promises:
        if remaining <= 0:
            break
        open_part = promise.amount - promise.paid_amount
        if open_part <= 0:
            continue
        take = min(open_part, remaining)
        promise.paid_amount = promise.paid_amount + take
        remaining -= take
        first = first or promise
        if promise.status is PromiseStatus.BROKEN or paid_on > promise.due_date:
            promise.status = PromiseStatus.BROKEN
        elif promise.paid_amount >= promise.amount:
            promise.status = PromiseStatus.KEPT
        else:
            promise.status = PromiseStatus.PARTIAL
        if promise.status is not PromiseStatus.PARTIAL:
            promise.resolved_at = utcnow()
    return first


def record_payment(ctx: ServiceContext, account_id: uuid.UUID, *, amount: Decimal, paid_on: date,
                   method: PaymentMethod = PaymentMethod.BANK_TRANSFER, reference: str | None = None,
                   currency: str | None = None, allow_overpayment: bool = False,
                   expected_version: int | None = None, today: date | None = None) -> uuid.UUID:
    today = today or date.today()
    if not isinstance(amount, Decimal) or amount <= 0:
        raise ValidationError(QCoreApplication.translate("Payments", "The payment amount must be greater than zero."))
    if paid_on > today:
        raise ValidationError(QCoreApplication.translate("Payments", "A payment cannot be dated in the future."))
    amount = to_cents(amount)
    with ctx.transaction() as s:
        account = load(s, Account, account_id, expected_version=expected_version, label=str(account_id))
        if currency and currency != account.currency:
            raise ValidationError(QCoreApplication.translate(
                "Payments", "The account is kept in {currency}; this payment is in {other}. "
                "Convert it before posting.").format(currency=account.currency, other=currency))
        over = max(ZERO, amount - account.balance)
        if over > 0 and not allow_overpayment:
            raise ValidationError(QCoreApplication.translate(
                "Payments", "The payment is {over} more than the open balance. Post it as an overpayment "
                "(held as a credit) or correct the amount.").format(over=f"{over} {account.currency}"))
        promises = list(s.scalars(select(Promise).where(
            Promise.account_id == account.id,
            Promise.status.in_([PromiseStatus.PENDING, PromiseStatus.PARTIAL]))
            .order_by(Promise.due_date)))
        promise = apply_to_promises(promises, amount - over, paid_on)
        installment_id = credit_installments(s, account.id, amount - over, paid_on)
        payment = Payment(account_id=account.id, amount=amount, currency=account.currency, overpayment=over,
                          paid_on=paid_on, method=PaymentMethod(method), reference=reference,
                          collector_id=account.collector_id, promise_id=promise.id if promise else None,
                          installment_id=installment_id,
                          posted_at=utcnow(), posted_by=ctx.actor)
        s.add(payment)
        account.balance = account.balance - (amount - over)
        if account.last_payment_on is None or paid_on > account.last_payment_on:
            account.last_payment_on = paid_on
        if account.balance == 0:
            account.status = AccountStatus.PAID
        elif account.status is AccountStatus.PROMISED and not any(
                p.status is PromiseStatus.PENDING for p in promises):
            account.status = AccountStatus.OPEN
        s.flush()
        return payment.id
