"""Saved queues (a user's own filters) and free-text notes on accounts."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from collectdesk.store.models.base import Base, IdMixin, TimestampMixin, VersionedMixin, utcnow


class SavedQueue(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "saved_queue"
    __table_args__ = (UniqueConstraint("owner", "name"),)

    owner: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(120))
    filter_json: Mapped[str] = mapped_column(Text)
    columns_json: Mapped[str | None] = mapped_column(Text)
    shared: Mapped[bool] = mapped_column(default=False)


class AccountNote(IdMixin, Base):
    __tablename__ = "account_note"
    __table_args__ = (Index("ix_account_note_account_created", "account_id", "created_at"),)

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    author: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    text: Mapped[str] = mapped_column(Text)
