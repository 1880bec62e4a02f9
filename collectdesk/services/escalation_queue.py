"""The escalations listed for the supervisor: the open ones waiting for a decision, and the ones decided
lately (so an older case's outcome and plan letter can still be reached). Both are re-exported by
services.escalations.

    approvals_queue(ctx, for_staff_id=None, now=None) -> [QueueRow]
        open escalations, oldest first, age in whole days since raised; with `for_staff_id`, those referred
        or assigned to that person (a senior manager's own queue)
    decided_cases(ctx, days=90, now=None) -> [QueueRow]
        approved, rejected or withdrawn in the last `days` days, the newest decision first, age in whole
        days since the decision

When a case was decided: `decided_at` for an approval or a rejection; a withdrawal sets none, so its
step in the history (the newest approving, rejecting or withdrawing event) dates it. One query each.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from collectdesk.domain.enums import EscalationAction, EscalationDecision, EscalationReason, EscalationStatus
from collectdesk.services.context import ServiceContext
from collectdesk.services.escalation_outcome import OPEN_ESCALATION
from collectdesk.store.models import Account, Debtor, StaffMember
from collectdesk.store.models.escalations import Escalation, EscalationEvent

CLOSED_STATUSES = (EscalationStatus.APPROVED, EscalationStatus.REJECTED, EscalationStatus.WITHDRAWN)
CLOSING_ACTIONS = (EscalationAction.APPROVED, EscalationAction.REJECTED, EscalationAction.WITHDRAWN)


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: uuid.UUID
    version: int
    account_id: uuid.UUID
    account_no: str
    debtor_name: str
    reason: EscalationReason
    requested_decision: EscalationDecision
    status: EscalationStatus
    amount_at_stake: Decimal
    currency: str
    raised_by: str
    referred_to: str | None
    raised_at: datetime
    age_days: int  # open: days since raised; decided: days since the decision


def approvals_queue(ctx: ServiceContext, *, for_staff_id: uuid.UUID | None = None,
                    now: datetime | None = None) -> list[QueueRow]:
    """Open escalations, oldest first, each with its age in whole days. With `for_staff_id`, those
    referred or assigned to that person (a senior manager's own queue)."""
    now = now or datetime.now(timezone.utc)
    query = _listing(Escalation.created_at).where(Escalation.status.in_(OPEN_ESCALATION)).order_by(
        Escalation.created_at, Escalation.id)
    if for_staff_id is not None:
        query = query.where((Escalation.referred_to_id == for_staff_id) | (Escalation.assigned_to_id == for_staff_id))
    with ctx.reading() as s:
        return [_row(r, now) for r in s.execute(query)]


def decided_cases(ctx: ServiceContext, *, days: int = 90, now: datetime | None = None) -> list[QueueRow]:
    """Escalations approved, rejected or withdrawn in the last `days` days, the newest decision first, each
    with its age in whole days since the decision."""
    now = now or datetime.now(timezone.utc)
    since = now - timedelta(days=days)
    closed = (select(EscalationEvent.escalation_id, func.max(EscalationEvent.at).label("at"))
              .where(EscalationEvent.action.in_(CLOSING_ACTIONS), EscalationEvent.at >= since)
              .group_by(EscalationEvent.escalation_id).subquery())
    decided_at = func.coalesce(Escalation.decided_at, closed.c.at)
    query = (_listing(decided_at).outerjoin(closed, closed.c.escalation_id == Escalation.id)
             .where(Escalation.status.in_(CLOSED_STATUSES), decided_at >= since)
             .order_by(decided_at.desc(), Escalation.id))
    with ctx.reading() as s:
        return [_row(r, now) for r in s.execute(query)]


def _listing(since_column):
    """The escalation with its account number, debtor, who raised it and to whom it was referred, and the
    moment its age counts from."""
    raiser, referee = aliased(StaffMember), aliased(StaffMember)
    return (select(Escalation, Account.account_no, Debtor.name, raiser.full_name, referee.full_name,
                   since_column.label("since"))
            .join(Account, Account.id == Escalation.account_id).join(Debtor, Debtor.id == Account.debtor_id)
            .outerjoin(raiser, raiser.id == Escalation.raised_by_id)
            .outerjoin(referee, referee.id == Escalation.referred_to_id))


def _row(r, now: datetime) -> QueueRow:
    e, no, debtor, by, to, since = r
    return QueueRow(id=e.id, version=e.version, account_id=e.account_id, account_no=no, debtor_name=debtor,
                    reason=e.reason, requested_decision=e.requested_decision, status=e.status,
                    amount_at_stake=e.amount_at_stake, currency=e.currency, raised_by=by or "", referred_to=to,
                    raised_at=e.created_at, age_days=max(0, (now - _aware(since)).days))


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
