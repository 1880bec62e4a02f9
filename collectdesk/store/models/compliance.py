"""Compliance profiles (versioned data) and the findings of checks over the activity log."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from collectdesk.domain.enums import FindingReview, FindingSeverity, FindingStatus
from collectdesk.store.models.base import Base, IdMixin, TimestampMixin, VersionedMixin
from collectdesk.store.models.organisation import enum_column


class ComplianceProfile(IdMixin, VersionedMixin, TimestampMixin, Base):
    """A user-edited copy of a shipped profile, or an internal-policy overlay."""

    __tablename__ = "compliance_profile"
    __table_args__ = (UniqueConstraint("code", "revision"),)

    code: Mapped[str] = mapped_column(String(40))
    revision: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)  # the rules, as JSON
    active: Mapped[bool] = mapped_column(default=True)


class ComplianceFinding(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "compliance_finding"
    __table_args__ = (
        Index("ix_compliance_finding_status_found", "status", "found_at"),
        Index("ix_compliance_finding_collector_found", "collector_id", "found_at"),
        Index("ix_compliance_finding_found", "found_at"),
        # a finding's identity across rescans (docs/compliance.md): the rule and the offending activity
        Index("uq_compliance_finding_rule_event", "rule_code", "event_key", unique=True),
    )

    activity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("activity.id"), index=True)
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("account.id"), index=True)
    debtor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("debtor.id"), index=True)
    collector_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"))
    rule_code: Mapped[str] = mapped_column(String(80), index=True)
    profile_code: Mapped[str] = mapped_column(String(40))
    profile_version: Mapped[str] = mapped_column(String(160))  # names every layer: "2026.1+INTERNAL.2026.1r3"
    event_key: Mapped[str | None] = mapped_column(String(120))  # Hit.key's anchor: the activity id, or account@time
    severity: Mapped[FindingSeverity] = mapped_column(enum_column(FindingSeverity))
    status: Mapped[FindingStatus] = mapped_column(enum_column(FindingStatus), default=FindingStatus.OPEN)
    detail: Mapped[str | None] = mapped_column(Text)  # JSON: the hit's facts and related activity ids
    found_at: Mapped[datetime]
    reviewed_by: Mapped[str | None] = mapped_column(String(64))
    reviewed_at: Mapped[datetime | None]
    review: Mapped[FindingReview | None] = mapped_column(enum_column(FindingReview))
    review_note: Mapped[str | None] = mapped_column(Text)
