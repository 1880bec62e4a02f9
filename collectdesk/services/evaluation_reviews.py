"""Periodic reviews of a staff member: a rating of 1-5 per criterion, comments, strengths and goals.

``ratings`` maps criterion id to ``(rating, note)``. A criterion left out of the map, or mapped to a
rating of None, is *not rated*: a reviewer may skip what does not apply to the person (an accountant
makes no calls), and the review stores no row for it. At least one criterion must be rated; every
rating is a whole number 1..5; a rated criterion must be a review criterion, and active when the
review is new (an update may keep a rating on a criterion deactivated since). The period is
start <= end; the review date is not before the period's start nor after today; nobody reviews
themselves. Anything wrong refuses the whole review: nothing is saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from collectdesk.domain.errors import NotFoundError, ValidationError
from collectdesk.services.context import ServiceContext, load
from collectdesk.services.evaluation_checks import check_people, optional_text
from collectdesk.services.evaluation_terms import RATINGS, REVIEW, criterion_name
from collectdesk.store.models import EvaluationCriterion, Review, ReviewRating, StaffMember

Ratings = Mapping[uuid.UUID, tuple[int | None, str | None]]


@dataclass(frozen=True)
class RatingLine:
    criterion_id: uuid.UUID
    criterion: str
    rating: int
    note: str | None


@dataclass(frozen=True)
class ReviewDetail:
    id: uuid.UUID
    version: int
    staff_id: uuid.UUID
    staff_name: str
    reviewer_id: uuid.UUID | None
    reviewer_name: str | None
    reviewed_on: date
    period_start: date
    period_end: date
    comments: str | None
    strengths: str | None
    goals: str | None
    ratings: list[RatingLine]

    @property
    def average(self) -> float | None:
        return sum(r.rating for r in self.ratings) / len(self.ratings) if self.ratings else None

def _check_review(s, *, reviewed_on: date, period_start: date, period_end: date, ratings: Ratings, today: date,
                  already: set[uuid.UUID]) -> list[tuple[uuid.UUID, int, str | None]]:
    if period_end < period_start:
        raise ValidationError(QCoreApplication.translate(
            "Evaluations", "The period ends before it starts."))
    if reviewed_on < period_start:
        raise ValidationError(QCoreApplication.translate(
            "Evaluations", "The review date cannot be before the start of the period."))
    if reviewed_on > today:
        raise ValidationError(QCoreApplication.translate("Evaluations", "The review date cannot be in the future."))
    rated = []
    for criterion_id, (rating, note) in ratings.items():
        if rating is None:
            continue
        if isinstance(rating, bool) or not isinstance(rating, int) or rating not in RATINGS:
            raise ValidationError(QCoreApplication.translate(
                "Evaluations", "A rating is a whole number from 1 to 5."))
        rated.append((criterion_id, rating, optional_text(note)))
    if not rated:
        raise ValidationError(QCoreApplication.translate("Evaluations", "Rate at least one criterion."))
    known = {c.id: c for c in s.scalars(select(EvaluationCriterion).where(
        EvaluationCriterion.id.in_([r[0] for r in rated])))}
    for criterion_id, _rating, _note in rated:
        c = known.get(criterion_id)
        if c is None or c.kind != REVIEW:
            raise ValidationError(QCoreApplication.translate(
                "Evaluations", "One of the rated criteria no longer exists; reopen the review."))
        if not c.active and criterion_id not in already:
            raise ValidationError(QCoreApplication.translate(
                "Evaluations", "The criterion {name} is no longer in use.").format(
                name=criterion_name(c.kind, c.code, c.name)))
    return rated


def record_review(ctx: ServiceContext, staff_id: uuid.UUID, reviewer_id: uuid.UUID | None, reviewed_on: date,
                  period_start: date, period_end: date, ratings: Ratings, comments: str | None = None,
                  strengths: str | None = None, goals: str | None = None, *, today: date | None = None) -> Review:
    """Save a review and its ratings (the module docstring lists the rules). Returns the saved Review
    (detached; its id and version are loaded)."""
    today = today or date.today()
    with ctx.transaction() as s:
        check_people(s, staff_id, reviewer_id)
        rated = _check_review(s, reviewed_on=reviewed_on, period_start=period_start, period_end=period_end,
                              ratings=ratings, today=today, already=set())
        review = Review(staff_id=staff_id, reviewer_id=reviewer_id, reviewed_on=reviewed_on,
                        period_start=period_start, period_end=period_end, comments=optional_text(comments),
                        strengths=optional_text(strengths), goals=optional_text(goals))
        s.add(review)
        s.flush()
        s.add_all([ReviewRating(review_id=review.id, criterion_id=cid, rating=r, note=note) for cid, r, note in rated])
        s.flush()
        s.refresh(review)
        s.expunge(review)
        return review


def update_review(ctx: ServiceContext, review_id: uuid.UUID, *, expected_version: int,
                  reviewer_id: uuid.UUID | None, reviewed_on: date, period_start: date, period_end: date,
                  ratings: Ratings, comments: str | None = None, strengths: str | None = None,
                  goals: str | None = None, today: date | None = None) -> int:
    """Replace a review's fields and ratings; fails with StaleEditError when someone saved it since
    `expected_version`. Returns the new version."""
    today = today or date.today()
    with ctx.transaction() as s:
        review = load(s, Review, review_id, expected_version=expected_version,
                      label=QCoreApplication.translate("Evaluations", "The review"))
        check_people(s, review.staff_id, reviewer_id)
        old = {r.criterion_id: r for r in s.scalars(select(ReviewRating).where(ReviewRating.review_id == review.id))}
        rated = _check_review(s, reviewed_on=reviewed_on, period_start=period_start, period_end=period_end,
                              ratings=ratings, today=today, already=set(old))
        review.reviewer_id, review.reviewed_on = reviewer_id, reviewed_on
        review.period_start, review.period_end = period_start, period_end
        review.comments, review.strengths = optional_text(comments), optional_text(strengths)
        review.goals = optional_text(goals)
        review.updated_at = s.info["now"]  # the version moves even when only the ratings changed
        new = {cid: (r, note) for cid, r, note in rated}
        for cid, row in old.items():
            if cid not in new:
                s.delete(row)
            elif (row.rating, row.note) != new[cid]:
                row.rating, row.note = new[cid]
        s.add_all([ReviewRating(review_id=review.id, criterion_id=cid, rating=r, note=note)
                   for cid, (r, note) in new.items() if cid not in old])
        s.flush()
        return review.version


def get_review(ctx: ServiceContext, review_id: uuid.UUID) -> ReviewDetail:
    reviewer = aliased(StaffMember)
    with ctx.reading() as s:
        row = s.execute(select(Review, StaffMember.full_name, reviewer.full_name)
                        .join(StaffMember, StaffMember.id == Review.staff_id)
                        .outerjoin(reviewer, reviewer.id == Review.reviewer_id)
                        .where(Review.id == review_id)).first()
        if row is None:
            raise NotFoundError(QCoreApplication.translate("Evaluations", "This review no longer exists."))
        review, staff_name, reviewer_name = row
        lines = s.execute(select(ReviewRating.criterion_id, EvaluationCriterion.kind, EvaluationCriterion.code,
                                 EvaluationCriterion.name, ReviewRating.rating, ReviewRating.note)
                          .join(EvaluationCriterion, EvaluationCriterion.id == ReviewRating.criterion_id)
                          .where(ReviewRating.review_id == review_id)
                          .order_by(EvaluationCriterion.position, EvaluationCriterion.name)).all()
        return ReviewDetail(
            id=review.id, version=review.version, staff_id=review.staff_id, staff_name=staff_name,
            reviewer_id=review.reviewer_id, reviewer_name=reviewer_name, reviewed_on=review.reviewed_on,
            period_start=review.period_start, period_end=review.period_end, comments=review.comments,
            strengths=review.strengths, goals=review.goals,
            ratings=[RatingLine(criterion_id=cid, criterion=criterion_name(kind, code, name), rating=rating, note=note)
                     for cid, kind, code, name, rating, note in lines])


@dataclass(frozen=True)
class ReviewSummary:
    id: uuid.UUID
    version: int
    reviewed_on: date
    period_start: date
    period_end: date
    reviewer_name: str | None
    rated: int
    average: float | None  # mean rating, for display only (one decimal)


def review_history(ctx: ServiceContext, staff_id: uuid.UUID) -> list[ReviewSummary]:
    """The staff member's reviews, newest first (by review date, then by when they were written)."""
    reviewer = aliased(StaffMember)
    with ctx.reading() as s:
        rows = s.execute(
            select(Review.id, Review.version, Review.reviewed_on, Review.period_start, Review.period_end,
                   reviewer.full_name, func.count(ReviewRating.id), func.avg(ReviewRating.rating))
            .outerjoin(reviewer, reviewer.id == Review.reviewer_id)
            .outerjoin(ReviewRating, ReviewRating.review_id == Review.id)
            .where(Review.staff_id == staff_id)
            .group_by(Review.id, Review.version, Review.reviewed_on, Review.period_start, Review.period_end,
                      reviewer.full_name, Review.created_at)
            .order_by(Review.reviewed_on.desc(), Review.created_at.desc(), Review.id)).all()
    return [ReviewSummary(id=r[0], version=r[1], reviewed_on=r[2], period_start=r[3], period_end=r[4],
                          reviewer_name=r[5], rated=int(r[6]), average=float(r[7]) if r[7] is not None else None)
            for r in rows]
