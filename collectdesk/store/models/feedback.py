"""Feedback inbox items: letters, e-mails, calls, agency data and staff suggestions."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from collectdesk.domain.enums import FeedbackKind, FeedbackSource, FeedbackStatus
from collectdesk.store.models.base import Base, IdMixin, TimestampMixin, VersionedMixin
from collectdesk.store.models.organisation import enum_column


class FeedbackItem(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "feedback_item"
    __table_args__ = (
        Index("ix_feedback_item_status_due", "status", "due_by"),
        Index("ix_feedback_item_kind_received", "kind", "received_at"),
        Index("ix_feedback_item_staff_received", "staff_id", "received_at"),
    )

    source: Mapped[FeedbackSource] = mapped_column(enum_column(FeedbackSource))
    kind: Mapped[FeedbackKind] = mapped_column(enum_column(FeedbackKind))
    status: Mapped[FeedbackStatus] = mapped_column(enum_column(FeedbackStatus), default=FeedbackStatus.NEW)
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("account.id"), index=True)
    debtor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("debtor.id"), index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"))  # the collector it concerns
    submitted_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"))  # suggestions
    anonymous: Mapped[bool] = mapped_column(default=False)
    category: Mapped[str | None] = mapped_column(String(64))
    agency: Mapped[str | None] = mapped_column(String(120))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str | None] = mapped_column(Text)
    satisfaction: Mapped[int | None]  # 1..5
    nps: Mapped[int | None]  # 0..10
    received_at: Mapped[datetime]
    due_by: Mapped[datetime | None]
    answered_at: Mapped[datetime | None]
    reply: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[str | None] = mapped_column(String(300), unique=True)
    content_hash: Mapped[str | None] = mapped_column(String(64), index=True)
