"""Targets, training modules and records, evaluations."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from collectdesk.domain.enums import TrainingStatus
from collectdesk.store.models.base import Base, IdMixin, TimestampMixin, VersionedMixin
from collectdesk.store.models.organisation import enum_column


class Target(IdMixin, VersionedMixin, TimestampMixin, Base):
    """A goal for a staff member or a team over a period: an amount collected, a count of contacts, ..."""

    __tablename__ = "target"
    __table_args__ = (
        Index("ix_target_staff_period", "staff_id", "period_start"),
        Index("ix_target_team_period", "team_id", "period_start"),
    )

    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"))
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("team.id"))
    metric: Mapped[str] = mapped_column(String(40))  # amount_collected, contacts, ...
    period_start: Mapped[date]
    period_end: Mapped[date]
    amount: Mapped[Decimal | None]
    currency: Mapped[str | None] = mapped_column(String(3))
    count: Mapped[int | None]


class TrainingModule(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "training_module"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    mandatory_for_new_hires: Mapped[bool] = mapped_column(default=False)
    validity_months: Mapped[int | None]


class TrainingRecord(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "training_record"

    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_member.id"), index=True)
    module_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("training_module.id"), index=True)
    status: Mapped[TrainingStatus] = mapped_column(enum_column(TrainingStatus), default=TrainingStatus.ASSIGNED)
    assigned_on: Mapped[date]
    due_on: Mapped[date | None]
    completed_on: Mapped[date | None]
    score: Mapped[int | None]


class Evaluation(IdMixin, VersionedMixin, TimestampMixin, Base):
    __tablename__ = "evaluation"

    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_member.id"), index=True)
    evaluator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"))
    evaluated_on: Mapped[date] = mapped_column(index=True)
    activity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("activity.id"))
    qa_score: Mapped[int]  # 0..100
    notes: Mapped[str | None] = mapped_column(Text)
