"""Escalation forms: a hard account taken to the supervisor or a senior manager."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from collectdesk.domain.enums import EscalationAction, EscalationDecision, EscalationReason, EscalationStatus
from collectdesk.store.models.base import Base, IdMixin, TimestampMixin, VersionedMixin, currency_column
from collectdesk.store.models.organisation import enum_column


class Escalation(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "escalation"
    __table_args__ = (Index("ix_escalation_status_created", "status", "created_at"),)

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id"), index=True)
    raised_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"))
    reason: Mapped[EscalationReason] = mapped_column(enum_column(EscalationReason))
    requested_decision: Mapped[EscalationDecision] = mapped_column(enum_column(EscalationDecision))
    status: Mapped[EscalationStatus] = mapped_column(enum_column(EscalationStatus), default=EscalationStatus.SUBMITTED)
    amount_at_stake: Mapped[Decimal]
    currency: Mapped[str] = currency_column()
    proposed_terms: Mapped[str | None] = mapped_column(Text)  # JSON
    note: Mapped[str | None] = mapped_column(Text)
    snapshot: Mapped[str | None] = mapped_column(Text)  # JSON: the account as it stood when raised
    assigned_to_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"), index=True)
    decision: Mapped[EscalationDecision | None] = mapped_column(enum_column(EscalationDecision))
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None]
    decision_note: Mapped[str | None] = mapped_column(Text)
    referred_to_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"))  # a senior manager
    # the account's status when it was raised (AccountStatus value), restored when the escalation ends
    # without changing it (rejected, withdrawn, or approved for a senior review); None before 0010
    prior_account_status: Mapped[str | None] = mapped_column(String(20))


class EscalationEvent(IdMixin, Base):
    """The decision history of an escalation: who did what, when, why (and the terms proposed)."""

    __tablename__ = "escalation_event"
    __table_args__ = (Index("ix_escalation_event_escalation_at", "escalation_id", "at"),)

    escalation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("escalation.id", ondelete="CASCADE"))
    action: Mapped[EscalationAction] = mapped_column(enum_column(EscalationAction))
    actor: Mapped[str] = mapped_column(String(64))
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"))
    at: Mapped[datetime]
    note: Mapped[str | None] = mapped_column(Text)
    terms: Mapped[str | None] = mapped_column(Text)  # JSON
