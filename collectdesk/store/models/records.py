"""The audit trail, import runs and the archive of generated reports."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from collectdesk.store.models.base import Base, IdMixin, utcnow


class AuditEntry(IdMixin, Base):
    """One changed field (or one bulk operation), written in the same transaction as the change."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_entity", "entity", "entity_id", "occurred_at"),
        Index("ix_audit_entry_occurred", "occurred_at"),
    )

    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    txn_id: Mapped[uuid.UUID]
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))  # insert, update, delete, bulk
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(100))
    field: Mapped[str | None] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)


class ImportRun(IdMixin, Base):
    __tablename__ = "import_run"

    kind: Mapped[str] = mapped_column(String(20))  # accounts, payments, activities
    filename: Mapped[str] = mapped_column(String(400))
    sha256: Mapped[str] = mapped_column(String(64))
    actor: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    rows: Mapped[int] = mapped_column(default=0)
    inserted: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)


class GeneratedReport(IdMixin, Base):
    __tablename__ = "generated_report"
    __table_args__ = (Index("ix_generated_report_kind_created", "kind", "created_at"),)

    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    period_start: Mapped[datetime | None]
    period_end: Mapped[datetime | None]
    language: Mapped[str] = mapped_column(String(8))
    file_format: Mapped[str] = mapped_column(String(8))  # pdf, xlsx
    filename: Mapped[str] = mapped_column(String(300))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    parameters: Mapped[str | None] = mapped_column(Text)  # JSON
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))
