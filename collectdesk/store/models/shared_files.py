"""Files kept in the database (a training module's handout, a scanned letter, an e-mail attachment) and
department-wide settings (attainment thresholds, criteria defaults, ...). Both live in the database, not
on one workstation, so everybody on a shared PostgreSQL server sees the same."""

from __future__ import annotations

import uuid

from sqlalchemy import Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from collectdesk.store.models.base import Base, IdMixin, TimestampMixin, VersionedMixin


class Attachment(IdMixin, TimestampMixin, Base):
    """A file attached to some row: ``owner_kind`` names the table ("training_module", "feedback_item",
    "escalation", ...), ``owner_id`` the row. The bytes are stored here (``sha256`` detects duplicates)."""

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_kind", "owner_id"),)

    owner_kind: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[uuid.UUID]
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_by: Mapped[str | None] = mapped_column(String(64))


class AppSetting(IdMixin, VersionedMixin, TimestampMixin, Base):
    """One department-wide setting; ``value`` is JSON text. Keys are dotted names such as
    ``scorecard.thresholds``."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str | None] = mapped_column(String(64))
