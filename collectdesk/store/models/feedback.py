"""Feedback inbox items: letters, e-mails, calls, agency data and staff suggestions."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from collectdesk.domain.enums import FeedbackKind, FeedbackOutcome, FeedbackSeverity, FeedbackSource, FeedbackStatus
from collectdesk.store.models.base import Base, IdMixin, TimestampMixin, VersionedMixin
from collectdesk.store.models.organisation import enum_column


class FeedbackItem(IdMixin, VersionedMixin, TimestampMixin, Base):
    """One piece of feedback. ``source`` is the channel (letter, e-mail, call, agency, staff suggestion),
    ``kind`` the category. ``due_by`` is the resolution deadline and ``ack_due_by`` the acknowledgement
    deadline, both from the category's SLA; ``answered_at`` is when the sender was replied to. The full
    history of changes is the audit trail. Attachments (the e-mail's files, the scanned letter) are
    Attachment rows with owner_kind "feedback_item"."""

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
    sender_name: Mapped[str | None] = mapped_column(String(200))
    sender_address: Mapped[str | None] = mapped_column(String(254))  # e-mail address, phone number, postal address
    language: Mapped[str | None] = mapped_column(String(8))
    topic: Mapped[str | None] = mapped_column(String(64))  # tone, contact_frequency, wrong_amount, ... (configurable)
    severity: Mapped[FeedbackSeverity | None] = mapped_column(enum_column(FeedbackSeverity))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"), index=True)
    read_at: Mapped[datetime | None]
    ack_due_by: Mapped[datetime | None]
    acknowledged_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[FeedbackOutcome | None] = mapped_column(enum_column(FeedbackOutcome))


class FeedbackMatch(IdMixin, Base):
    """A suggested link of a feedback item to a debtor or account (the sender's address, an account
    number in the subject or body), for the user to confirm; confirming sets the item's link."""

    __tablename__ = "feedback_match"

    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("feedback_item.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("account.id"))
    debtor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("debtor.id"))
    reason: Mapped[str] = mapped_column(String(40))  # sender_address | account_no_subject | account_no_body
    matched_text: Mapped[str | None] = mapped_column(String(254))
