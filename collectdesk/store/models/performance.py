"""Targets, training modules and records, reviews (periodic evaluations) and call-monitoring QA entries."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
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
    """A course: who must take it (``mandatory_roles``: comma-separated StaffRole values, empty = optional)
    and how often it must be renewed (``validity_months``; None = never expires)."""

    __tablename__ = "training_module"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))  # None: any language / multilingual
    link: Mapped[str | None] = mapped_column(String(1000))
    mandatory_roles: Mapped[str] = mapped_column(String(200), default="")
    validity_months: Mapped[int | None]
    active: Mapped[bool] = mapped_column(default=True)


class TrainingRecord(IdMixin, VersionedMixin, TimestampMixin, Base):
    """One staff member's assignment of a module, and its completion (``expires_on`` = completed_on +
    the module's validity at completion time)."""

    __tablename__ = "training_record"

    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_member.id"), index=True)
    module_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("training_module.id"), index=True)
    status: Mapped[TrainingStatus] = mapped_column(enum_column(TrainingStatus), default=TrainingStatus.ASSIGNED)
    assigned_on: Mapped[date]
    due_on: Mapped[date | None] = mapped_column(index=True)
    completed_on: Mapped[date | None]
    expires_on: Mapped[date | None] = mapped_column(index=True)
    score: Mapped[int | None]
    note: Mapped[str | None] = mapped_column(Text)


class EvaluationCriterion(IdMixin, VersionedMixin, TimestampMixin, Base):
    """A criterion rated in reviews (``kind`` "review", ratings 1-5) or scored in QA entries (``kind``
    "qa", scores 0-100). Built-in criteria have a ``code`` and translated names; the supervisor's own
    have a ``name`` as typed."""

    __tablename__ = "evaluation_criterion"
    __table_args__ = (UniqueConstraint("kind", "code", name="uq_evaluation_criterion_kind_code"),)

    kind: Mapped[str] = mapped_column(String(16))  # review | qa
    code: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Review(IdMixin, VersionedMixin, TimestampMixin, Base):
    """A periodic review of a staff member: ratings per criterion, comments, strengths, goals."""

    __tablename__ = "review"
    __table_args__ = (Index("ix_review_staff_date", "staff_id", "reviewed_on"),)

    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_member.id"))
    reviewer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"))
    reviewed_on: Mapped[date]
    period_start: Mapped[date]
    period_end: Mapped[date]
    comments: Mapped[str | None] = mapped_column(Text)
    strengths: Mapped[str | None] = mapped_column(Text)
    goals: Mapped[str | None] = mapped_column(Text)


class ReviewRating(IdMixin, Base):
    __tablename__ = "review_rating"
    __table_args__ = (UniqueConstraint("review_id", "criterion_id", name="uq_review_rating_review_criterion"),)

    review_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evaluation_criterion.id"))
    rating: Mapped[int]  # 1..5
    note: Mapped[str | None] = mapped_column(Text)


class Evaluation(IdMixin, VersionedMixin, TimestampMixin, Base):
    """A call-monitoring QA entry: one monitored call (``activity_id``) on an account, scored per
    criterion (``QaScore``); ``qa_score`` is the entry's overall 0-100 score (the mean of its criterion
    scores, rounded half-up), which the scorecard's QA score averages."""

    __tablename__ = "evaluation"

    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_member.id"), index=True)
    evaluator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_member.id"))
    evaluated_on: Mapped[date] = mapped_column(index=True)
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("account.id"))
    activity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("activity.id"))
    call_reference: Mapped[str | None] = mapped_column(String(120))
    qa_score: Mapped[int]  # 0..100
    notes: Mapped[str | None] = mapped_column(Text)


class QaScore(IdMixin, Base):
    __tablename__ = "qa_score"
    __table_args__ = (UniqueConstraint("evaluation_id", "criterion_id", name="uq_qa_score_evaluation_criterion"),)

    evaluation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evaluation.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evaluation_criterion.id"))
    score: Mapped[int]  # 0..100
