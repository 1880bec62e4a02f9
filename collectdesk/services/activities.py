"""Logging contacts with a debtor: calls, letters, e-mails, SMS, visits."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.enums import Channel, DebtorFlag, Direction, Outcome
from collectdesk.domain.errors import ValidationError
from collectdesk.services.context import ServiceContext, load
from collectdesk.services.debtors import set_flag_in
from collectdesk.store.models import Account, Activity


def log_activity(ctx: ServiceContext, account_id: uuid.UUID, *, channel: Channel, direction: Direction,
                 outcome: Outcome, occurred_at: datetime | None = None, duration_s: int = 0,
                 note: str | None = None, collector_id: uuid.UUID | None = None,
                 contact_value: str | None = None) -> uuid.UUID:
    occurred_at = occurred_at or datetime.now(timezone.utc)
    if occurred_at.tzinfo is None:
        raise ValidationError(QCoreApplication.translate("Activities", "The time of the contact has no time zone."))
    if occurred_at > datetime.now(timezone.utc).replace(microsecond=0) + _tolerance():
        raise ValidationError(QCoreApplication.translate("Activities", "A contact cannot be logged in the future."))
    if duration_s < 0:
        raise ValidationError(QCoreApplication.translate("Activities", "The duration cannot be negative."))
    with ctx.transaction() as s:
        account = load(s, Account, account_id, label=str(account_id))
        activity = Activity(account_id=account.id, debtor_id=account.debtor_id,
                            collector_id=collector_id or account.collector_id,
                            channel=Channel(channel), direction=Direction(direction), outcome=Outcome(outcome),
                            occurred_at=occurred_at, duration_s=duration_s, note=note,
                            contact_value=contact_value, created_by=ctx.actor)
        s.add(activity)
        if account.last_contact_at is None or occurred_at > account.last_contact_at:
            account.last_contact_at = occurred_at
        if Outcome(outcome) is Outcome.DISPUTE:
            set_flag_in(s, account.debtor_id, DebtorFlag.DISPUTE, ctx.actor,
                        note=QCoreApplication.translate("Activities", "Disputed during a contact"))
        s.flush()
        return activity.id


def _tolerance():
    from datetime import timedelta

    return timedelta(minutes=5)  # clocks of two workstations disagree a little
