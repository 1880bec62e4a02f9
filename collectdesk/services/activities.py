"""Logging contacts with a debtor: calls, letters, e-mails, SMS, visits.

An outbound contact is checked against the account's compliance profile inside the transaction that saves
it (services.compliance.prevention): the dialog shows the same check as the user types, and the check here
repeats it with the debtor's row locked, so two contacts logged at the same moment cannot both slip under
a limit. A contact with warnings is saved only with a reason for going ahead; a block only when every hit
may be overridden by this user and a reason is given; a refused contact leaves an audit row (written in a
transaction of its own) and no activity. ``check_compliance=False`` is for history (imports of past
contacts, fixtures): the compliance scan reports those instead.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from collectdesk.domain.enums import Channel, DebtorFlag, Direction, Outcome
from collectdesk.domain.errors import ValidationError
from collectdesk.services.compliance import prevention
from collectdesk.services.context import ServiceContext, load
from collectdesk.services.debtors import set_flag_in
from collectdesk.store.models import Account, Activity, Debtor

FUTURE_TOLERANCE = timedelta(minutes=5)  # clocks of two workstations disagree a little


def log_activity(ctx: ServiceContext, account_id: uuid.UUID, *, channel: Channel, direction: Direction,
                 outcome: Outcome, occurred_at: datetime | None = None, duration_s: int = 0,
                 note: str | None = None, collector_id: uuid.UUID | None = None,
                 contact_value: str | None = None, tags: Iterable[str] = (),
                 compliance_reason: str | None = None, check_compliance: bool = True) -> uuid.UUID:
    """Save one contact; returns the activity's id. `tags`: content tags of a letter or e-mail.
    `compliance_reason`: why the user goes ahead despite the compliance hits the contact causes.
    Raises prevention.ComplianceBlocked or prevention.ReasonRequired (ValidationErrors) when refused."""
    occurred_at = occurred_at or datetime.now(timezone.utc)
    if occurred_at.tzinfo is None:
        raise ValidationError(QCoreApplication.translate("Activities", "The time of the contact has no time zone."))
    if occurred_at > datetime.now(timezone.utc).replace(microsecond=0) + FUTURE_TOLERANCE:
        raise ValidationError(QCoreApplication.translate("Activities", "A contact cannot be logged in the future."))
    if duration_s < 0:
        raise ValidationError(QCoreApplication.translate("Activities", "The duration cannot be negative."))
    tag_list = sorted({str(t).strip() for t in tags if str(t).strip()})
    checker = None
    if check_compliance and Direction(direction) is Direction.OUTBOUND:
        checker = prevention.ContactChecker(ctx, account_id)  # profiles, settings, the user's role: read first
    try:
        with ctx.transaction() as s:
            account = load(s, Account, account_id, label=str(account_id))
            verdict, decision = None, None
            if checker is not None:
                # one contact at a time per debtor (PostgreSQL; SQLite's writer already holds the write lock)
                s.execute(select(Debtor.id).where(Debtor.id == account.debtor_id).with_for_update())
                verdict = checker.check_in(s, channel=channel, direction=direction, at=occurred_at,
                                           contact_value=contact_value, outcome=outcome, tags=tag_list,
                                           collector_id=collector_id or account.collector_id)
                decision = prevention.enforce(verdict, compliance_reason)
            activity = Activity(account_id=account.id, debtor_id=account.debtor_id,
                                collector_id=collector_id or account.collector_id,
                                channel=Channel(channel), direction=Direction(direction), outcome=Outcome(outcome),
                                occurred_at=occurred_at, duration_s=duration_s, note=note,
                                contact_value=contact_value, tags=" ".join(tag_list) or None, created_by=ctx.actor)
            s.add(activity)
            if account.last_contact_at is None or occurred_at > _aware(account.last_contact_at):
                account.last_contact_at = occurred_at
            if Outcome(outcome) is Outcome.DISPUTE:
                set_flag_in(s, account.debtor_id, DebtorFlag.DISPUTE, ctx.actor,
                            note=QCoreApplication.translate("Activities", "Disputed during a contact"))
            s.flush()
            if verdict is not None and not verdict.clear:
                prevention.audit_in(s, verdict, decision, compliance_reason, activity.id)
            return activity.id
    except prevention.ComplianceBlocked as exc:
        prevention.record_blocked(ctx, exc.verdict, compliance_reason)
        raise


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=timezone.utc)
