"""Settlements: a discounted amount accepted in full payment if paid by a deadline.

offered -> accepted (decided by a supervisor) -> fulfilled (paid in full by the deadline: the rest of the
balance is written off with reason 'settlement' and the account is settled) or lapsed (the deadline
passed first; the account owes its balance as before). An offer never accepted lapses at its deadline too.
What counts as paid: the payments posted on the account from the day of the offer to the deadline.

offer_in(s, account, ...) and accept_in(settlement, decided_by) do the same inside a caller's transaction
(escalation_outcome carries out an approved settlement escalation with them).
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collectdesk.domain.enums import SettlementStatus, WriteOffReason
from collectdesk.domain.errors import ValidationError
from collectdesk.domain.money import to_cents
from collectdesk.services.context import ServiceContext, load
from collectdesk.services.write_offs import write_off_in
from collectdesk.store.models import Account, Payment, Settlement

ZERO = Decimal("0.00")
LIVE = (SettlementStatus.OFFERED, SettlementStatus.ACCEPTED)


def offer_settlement(ctx: ServiceContext, account_id: uuid.UUID, *, deadline: date, amount: Decimal | None = None,
                     discount_pct: Decimal | None = None, today: date | None = None,
                     escalation_id: uuid.UUID | None = None, expected_version: int | None = None) -> uuid.UUID:
    """Offer to settle for `amount`, or for the balance less `discount_pct` percent. Returns the id."""
    today = today or date.today()
    _check_offer(deadline, amount, discount_pct, today)
    with ctx.transaction() as s:
        account = load(s, Account, account_id, expected_version=expected_version, label=str(account_id))
        return offer_in(s, account, deadline=deadline, amount=amount, discount_pct=discount_pct, today=today,
                        escalation_id=escalation_id).id


def _check_offer(deadline: date, amount: Decimal | None, discount_pct: Decimal | None, today: date) -> None:
    if (amount is None) == (discount_pct is None):
        raise ValidationError(QCoreApplication.translate(
            "Settlements", "Give either the settlement amount or the discount percentage, not both."))
    if deadline < today:
        raise ValidationError(QCoreApplication.translate("Settlements", "The deadline cannot be in the past."))


def offer_in(s: Session, account: Account, *, deadline: date, amount: Decimal | None = None,
             discount_pct: Decimal | None = None, today: date, escalation_id: uuid.UUID | None = None) -> Settlement:
    """Within a transaction: offer a settlement on `account` (see offer_settlement)."""
    _check_offer(deadline, amount, discount_pct, today)
    if discount_pct is not None:
        if not isinstance(discount_pct, Decimal | int) or not 0 < discount_pct < 100:
            raise ValidationError(QCoreApplication.translate(
                "Settlements", "The discount must be more than 0 % and less than 100 %."))
        amount = account.balance * (100 - Decimal(discount_pct)) / 100
    if not isinstance(amount, Decimal) or to_cents(amount) <= 0 or to_cents(amount) >= account.balance:
        raise ValidationError(QCoreApplication.translate(
            "Settlements", "A settlement must be more than zero and less than the open balance ({balance}).")
            .format(balance=f"{account.balance} {account.currency}"))
    if s.scalar(select(Settlement.id).where(Settlement.account_id == account.id,
                                            Settlement.status.in_(LIVE)).limit(1)) is not None:
        raise ValidationError(QCoreApplication.translate(
            "Settlements", "The account already has a settlement offer open."))
    settlement = Settlement(account_id=account.id, balance_at_offer=account.balance,
                            settle_amount=to_cents(amount), currency=account.currency, deadline=deadline,
                            status=SettlementStatus.OFFERED, escalation_id=escalation_id)
    s.add(settlement)
    s.flush()
    return settlement


def accept_settlement(ctx: ServiceContext, settlement_id: uuid.UUID, decided_by: str, *,
                      expected_version: int | None = None) -> None:
    _check_decider(decided_by)
    with ctx.transaction() as s:
        settlement = load(s, Settlement, settlement_id, expected_version=expected_version, label=str(settlement_id))
        accept_in(settlement, decided_by)


def _check_decider(decided_by: str) -> None:
    if not decided_by or not decided_by.strip():
        raise ValidationError(QCoreApplication.translate(
            "Settlements", "A settlement needs the name of who approved it."))


def accept_in(settlement: Settlement, decided_by: str) -> None:
    """Within a transaction: accept an open offer (see accept_settlement)."""
    _check_decider(decided_by)
    if settlement.status is not SettlementStatus.OFFERED:
        raise ValidationError(QCoreApplication.translate("Settlements", "Only an open offer can be accepted."))
    settlement.status = SettlementStatus.ACCEPTED
    settlement.decided_by = decided_by.strip()[:64]


def paid_towards(s: Session, settlement: Settlement) -> Decimal:
    """What the debtor has paid on the account from the day of the offer up to the deadline."""
    offered_on = settlement.created_at.date()
    return s.scalar(select(func.coalesce(func.sum(Payment.amount - Payment.overpayment), 0)).where(
        Payment.account_id == settlement.account_id, Payment.paid_on >= offered_on,
        Payment.paid_on <= settlement.deadline)) or ZERO


def sweep_settlements(ctx: ServiceContext, today: date | None = None) -> dict[SettlementStatus, int]:
    """Accepted settlements paid in full by their deadline are fulfilled (the rest written off, reason
    settlement, approved by whoever accepted it); live ones past their deadline lapse. Returns the counts."""
    today = today or date.today()
    counts = {SettlementStatus.FULFILLED: 0, SettlementStatus.LAPSED: 0}
    with ctx.transaction() as s:
        for settlement in s.scalars(select(Settlement).where(Settlement.status.in_(LIVE))).all():
            if settlement.status is SettlementStatus.ACCEPTED and paid_towards(s, settlement) >= settlement.settle_amount:
                account = s.get(Account, settlement.account_id)
                if account.balance > 0:
                    write_off_in(s, account, None, WriteOffReason.SETTLEMENT, approved_by=settlement.decided_by,
                                 accounting_ref=None, on=today,
                                 escalation_id=settlement.escalation_id,
                                 note=QCoreApplication.translate("Settlements", "Settled for {amount}").format(
                                     amount=f"{settlement.settle_amount} {settlement.currency}"))
                settlement.status = SettlementStatus.FULFILLED
                counts[SettlementStatus.FULFILLED] += 1
            elif today > settlement.deadline:
                settlement.status = SettlementStatus.LAPSED
                counts[SettlementStatus.LAPSED] += 1
    return counts
