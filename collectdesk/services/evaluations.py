"""Evaluations: periodic reviews (ratings 1-5 per criterion, comments, strengths, goals) and
call-monitoring QA entries (a monitored call scored 0-100 per criterion), and their criteria.

Criteria
    ``kind`` "review" or "qa". The built-in ones (seeded by migration 0005) have a ``code`` and are
    shown under a translated name (`criterion_name`); they cannot be renamed or deleted, only
    deactivated. The supervisor's own criteria have no code and are shown as typed; they can be
    renamed, and deleted while nothing rates them. Names are unique per kind (without case), built-in
    names included. ``position`` orders each kind; `move_criterion` swaps neighbours.

Reviews (`record_review`, `update_review`)
    ``ratings`` maps criterion id to ``(rating, note)``. A criterion left out of the map, or mapped to
    a rating of None, is *not rated*: a reviewer may skip what does not apply to the person (an
    accountant makes no calls), and the review stores no row for it. At least one criterion must be
    rated; every rating is a whole number 1..5; a rated criterion must be a review criterion, and
    active when the review is new (an update may keep a rating on a criterion deactivated since).
    The period is start <= end; the review date is not before the period's start nor after today;
    nobody reviews themselves. Anything wrong refuses the whole review: nothing is saved.

QA entries (`record_qa_entry`)
    ``scores`` maps active QA criterion ids to whole numbers 0..100; at least one. ``qa_score`` is
    their mean rounded half-up (`overall_score`); the scorecard's QA score averages it. The
    monitored call (``activity_id``) must be a call made by the evaluated staff member, on or before
    the evaluation date; its account is taken from it. Without a call in the system, a free
    ``call_reference`` (recording id, phone system reference) identifies the call instead; one of
    the two is required.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import delete, func, select
from sqlalchemy.orm import aliased

from collectdesk.domain.enums import Channel, Direction, Outcome
from collectdesk.domain.errors import NotFoundError, ValidationError
from collectdesk.services.context import ServiceContext, load
from collectdesk.store.models import (Account, Activity, Debtor, Evaluation, EvaluationCriterion, QaScore, Review,
                                      ReviewRating, StaffMember)

REVIEW, QA = "review", "qa"
KINDS = (REVIEW, QA)
RATINGS = (1, 2, 3, 4, 5)
MAX_NAME = 200
MAX_REFERENCE = 120


# ---- names ----------------------------------------------------------------------------------------

# (kind, code) -> the built-in criterion's English name, marked for translation (context "Criteria")
BUILTIN_SOURCE: dict[tuple[str, str], str] = {
    (REVIEW, "call_quality"): QT_TRANSLATE_NOOP("Criteria", "Call quality"),
    (REVIEW, "compliance"): QT_TRANSLATE_NOOP("Criteria", "Compliance"),
    (REVIEW, "accuracy"): QT_TRANSLATE_NOOP("Criteria", "Accuracy"),
    (REVIEW, "customer_treatment"): QT_TRANSLATE_NOOP("Criteria", "Customer treatment"),
    (REVIEW, "productivity"): QT_TRANSLATE_NOOP("Criteria", "Productivity"),
    (QA, "identification"): QT_TRANSLATE_NOOP("Criteria", "Right-party verification and disclosure"),
    (QA, "required_statements"): QT_TRANSLATE_NOOP("Criteria", "Required statements"),
    (QA, "negotiation"): QT_TRANSLATE_NOOP("Criteria", "Negotiation and payment arrangement"),
    (QA, "tone"): QT_TRANSLATE_NOOP("Criteria", "Tone and courtesy"),
    (QA, "accuracy"): QT_TRANSLATE_NOOP("Criteria", "Accuracy of information and records"),
    (QA, "closing"): QT_TRANSLATE_NOOP("Criteria", "Call closing and next steps"),
}

# 1..5 -> the rating in words, marked for translation (context "Ratings")
RATING_SOURCE: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Ratings", "Unsatisfactory"),
    2: QT_TRANSLATE_NOOP("Ratings", "Needs improvement"),
    3: QT_TRANSLATE_NOOP("Ratings", "Meets expectations"),
    4: QT_TRANSLATE_NOOP("Ratings", "Exceeds expectations"),
    5: QT_TRANSLATE_NOOP("Ratings", "Excellent"),
}

Translate = Callable[[str, str], str]


def _ui_language(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def criterion_name(kind: str, code: str | None, name: str, translate: Translate | None = None) -> str:
    """What the user reads: the translated name of a built-in criterion (by its code), a custom one's
    name as typed. `translate(context, text)` picks another language than the UI's (PDF exports)."""
    source = BUILTIN_SOURCE.get((kind, code)) if code else None
    if source is None:
        return name
    return (translate or _ui_language)("Criteria", source)


def rating_label(rating: int, translate: Translate | None = None) -> str:
    """1 Unsatisfactory ... 5 Excellent, in the user's language (or through `translate`)."""
    return (translate or _ui_language)("Ratings", RATING_SOURCE[int(rating)])


def overall_score(scores) -> int:
    """The mean of whole-number scores, rounded half-up (82.5 -> 83): a QA entry's ``qa_score``."""
    values = [int(v) for v in scores]
    if not values:
        raise ValueError("no scores")
    n = len(values)
    return (2 * sum(values) + n) // (2 * n)


# ---- criteria -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Criterion:
    id: uuid.UUID
    version: int
    kind: str
    code: str | None
    name: str  # what the user reads (translated for built-ins)
    stored_name: str
    position: int
    active: bool

    @property
    def builtin(self) -> bool:
        return bool(self.code)


def _criterion(c: EvaluationCriterion) -> Criterion:
    return Criterion(id=c.id, version=c.version, kind=c.kind, code=c.code, name=criterion_name(c.kind, c.code, c.name),
                     stored_name=c.name, position=c.position, active=bool(c.active))


def _check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown criterion kind {kind!r}")
    return kind


def criteria(ctx: ServiceContext, kind: str, include_inactive: bool = False) -> list[Criterion]:
    _check_kind(kind)
    q = select(EvaluationCriterion).where(EvaluationCriterion.kind == kind)
    if not include_inactive:
        q = q.where(EvaluationCriterion.active.is_(True))
    with ctx.reading() as s:
        rows = s.scalars(q.order_by(EvaluationCriterion.position, EvaluationCriterion.name)).all()
        return [_criterion(c) for c in rows]


def _clean_name(s, kind: str, name: str, own_id: uuid.UUID | None) -> str:
    clean = " ".join((name or "").split())
    if not clean:
        raise ValidationError(QCoreApplication.translate("Criteria", "Enter the criterion's name."))
    if len(clean) > MAX_NAME:
        raise ValidationError(QCoreApplication.translate(
            "Criteria", "The name is too long (at most {n} characters).").format(n=MAX_NAME))
    for c in s.scalars(select(EvaluationCriterion).where(EvaluationCriterion.kind == kind)):
        if c.id == own_id:
            continue
        if clean.casefold() in (c.name.casefold(), criterion_name(c.kind, c.code, c.name).casefold()):
            raise ValidationError(QCoreApplication.translate(
                "Criteria", "There is already a criterion called {name}.").format(name=clean))
    return clean


def add_criterion(ctx: ServiceContext, kind: str, name: str) -> uuid.UUID:
    """A custom criterion at the end of its kind's list."""
    _check_kind(kind)
    with ctx.transaction() as s:
        clean = _clean_name(s, kind, name, None)
        last = s.scalar(select(func.max(EvaluationCriterion.position)).where(EvaluationCriterion.kind == kind))
        c = EvaluationCriterion(kind=kind, code=None, name=clean, position=(last if last is not None else -1) + 1,
                                active=True)
        s.add(c)
        s.flush()
        return c.id


def _load_criterion(s, criterion_id, expected_version=None) -> EvaluationCriterion:
    return load(s, EvaluationCriterion, criterion_id, expected_version=expected_version,
                label=QCoreApplication.translate("Criteria", "The criterion"))


def rename_criterion(ctx: ServiceContext, criterion_id: uuid.UUID, name: str, *,
                     expected_version: int | None = None) -> None:
    with ctx.transaction() as s:
        c = _load_criterion(s, criterion_id, expected_version)
        if c.code:
            raise ValidationError(QCoreApplication.translate(
                "Criteria", "A built-in criterion keeps its name, which is translated for every language. "
                "Add a criterion of your own instead."))
        c.name = _clean_name(s, c.kind, name, c.id)


def set_criterion_active(ctx: ServiceContext, criterion_id: uuid.UUID, active: bool, *,
                         expected_version: int | None = None) -> None:
    """Inactive criteria are no longer offered in new reviews and QA entries; past ratings keep them."""
    with ctx.transaction() as s:
        c = _load_criterion(s, criterion_id, expected_version)
        if not active and c.active:
            others = s.scalar(select(func.count()).select_from(EvaluationCriterion).where(
                EvaluationCriterion.kind == c.kind, EvaluationCriterion.active.is_(True),
                EvaluationCriterion.id != c.id))
            if not others:
                raise ValidationError(QCoreApplication.translate(
                    "Criteria", "At least one criterion must stay active."))
        c.active = bool(active)


def move_criterion(ctx: ServiceContext, criterion_id: uuid.UUID, step: int) -> None:
    """Move a criterion up (step -1) or down (+1) its kind's list; positions are renumbered 0..n-1."""
    with ctx.transaction() as s:
        c = _load_criterion(s, criterion_id)
        ordered = list(s.scalars(select(EvaluationCriterion).where(EvaluationCriterion.kind == c.kind)
                                 .order_by(EvaluationCriterion.position, EvaluationCriterion.name)))
        i = ordered.index(c)
        j = max(0, min(len(ordered) - 1, i + step))
        ordered.insert(j, ordered.pop(i))
        for n, item in enumerate(ordered):
            if item.position != n:
                item.position = n


def delete_criterion(ctx: ServiceContext, criterion_id: uuid.UUID) -> None:
    """Delete a custom criterion nothing rates yet; built-in or used ones can only be deactivated."""
    with ctx.transaction() as s:
        c = _load_criterion(s, criterion_id)
        if c.code:
            raise ValidationError(QCoreApplication.translate(
                "Criteria", "A built-in criterion cannot be deleted; deactivate it instead."))
        used = (s.scalar(select(func.count()).select_from(ReviewRating).where(ReviewRating.criterion_id == c.id))
                or s.scalar(select(func.count()).select_from(QaScore).where(QaScore.criterion_id == c.id)))
        if used:
            raise ValidationError(QCoreApplication.translate(
                "Criteria", "This criterion is used in past evaluations; deactivate it instead."))
        s.delete(c)


# ---- reviews --------------------------------------------------------------------------------------

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


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _check_people(s, staff_id, reviewer_id) -> StaffMember:
    staff = s.get(StaffMember, staff_id)
    if staff is None:
        raise NotFoundError(QCoreApplication.translate("Evaluations", "This staff member no longer exists."))
    if reviewer_id is not None:
        if reviewer_id == staff_id:
            raise ValidationError(QCoreApplication.translate(
                "Evaluations", "Nobody can evaluate themselves; choose another reviewer."))
        if s.get(StaffMember, reviewer_id) is None:
            raise NotFoundError(QCoreApplication.translate("Evaluations", "The chosen reviewer no longer exists."))
    return staff


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
        rated.append((criterion_id, rating, _text(note)))
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
        _check_people(s, staff_id, reviewer_id)
        rated = _check_review(s, reviewed_on=reviewed_on, period_start=period_start, period_end=period_end,
                              ratings=ratings, today=today, already=set())
        review = Review(staff_id=staff_id, reviewer_id=reviewer_id, reviewed_on=reviewed_on,
                        period_start=period_start, period_end=period_end, comments=_text(comments),
                        strengths=_text(strengths), goals=_text(goals))
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
        _check_people(s, review.staff_id, reviewer_id)
        old = {r.criterion_id: r for r in s.scalars(select(ReviewRating).where(ReviewRating.review_id == review.id))}
        rated = _check_review(s, reviewed_on=reviewed_on, period_start=period_start, period_end=period_end,
                              ratings=ratings, today=today, already=set(old))
        review.reviewer_id, review.reviewed_on = reviewer_id, reviewed_on
        review.period_start, review.period_end = period_start, period_end
        review.comments, review.strengths, review.goals = _text(comments), _text(strengths), _text(goals)
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


# ---- QA entries -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class QaEntry:
    id: uuid.UUID
    evaluated_on: date
    evaluator_name: str | None
    account_id: uuid.UUID | None
    account_no: str | None
    activity_id: uuid.UUID | None
    call_at: datetime | None  # when the monitored call was made (UTC)
    call_reference: str | None
    qa_score: int
    notes: str | None
    scores: list[tuple[str, int]]  # (criterion name, score) in the criteria's order


def record_qa_entry(ctx: ServiceContext, staff_id: uuid.UUID, evaluator_id: uuid.UUID | None, evaluated_on: date,
                    account_id: uuid.UUID | None, activity_id: uuid.UUID | None, call_reference: str | None,
                    scores: Mapping[uuid.UUID, int], notes: str | None = None, *,
                    today: date | None = None) -> Evaluation:
    """Save a QA entry with its criterion scores; ``qa_score`` = overall_score(scores). Returns the
    saved Evaluation (detached)."""
    today = today or date.today()
    reference = _text(call_reference)
    with ctx.transaction() as s:
        _check_people(s, staff_id, evaluator_id)
        if evaluated_on > today:
            raise ValidationError(QCoreApplication.translate(
                "Evaluations", "The evaluation date cannot be in the future."))
        if reference is not None and len(reference) > MAX_REFERENCE:
            raise ValidationError(QCoreApplication.translate(
                "Evaluations", "The call reference is too long (at most {n} characters).").format(n=MAX_REFERENCE))
        if activity_id is not None:
            call = s.get(Activity, activity_id)
            if call is None or call.channel != Channel.CALL or call.collector_id != staff_id:
                raise ValidationError(QCoreApplication.translate(
                    "Evaluations", "The chosen call is not one of this staff member's calls."))
            if call.occurred_at.date() > evaluated_on:
                raise ValidationError(QCoreApplication.translate(
                    "Evaluations", "The call was made after the evaluation date."))
            if account_id is not None and account_id != call.account_id:
                raise ValidationError(QCoreApplication.translate(
                    "Evaluations", "The chosen call belongs to another account."))
            account_id = call.account_id
        elif reference is None:
            raise ValidationError(QCoreApplication.translate(
                "Evaluations", "Choose the monitored call, or type its reference."))
        if account_id is not None and s.get(Account, account_id) is None:
            raise NotFoundError(QCoreApplication.translate("Evaluations", "The account no longer exists."))
        if not scores:
            raise ValidationError(QCoreApplication.translate("Evaluations", "Score at least one criterion."))
        for value in scores.values():
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
                raise ValidationError(QCoreApplication.translate(
                    "Evaluations", "A score is a whole number from 0 to 100."))
        known = {c.id: c for c in s.scalars(select(EvaluationCriterion).where(
            EvaluationCriterion.id.in_(list(scores))))}
        for cid in scores:
            c = known.get(cid)
            if c is None or c.kind != QA or not c.active:
                raise ValidationError(QCoreApplication.translate(
                    "Evaluations", "One of the scored criteria is no longer in use; reopen the entry."))
        entry = Evaluation(staff_id=staff_id, evaluator_id=evaluator_id, evaluated_on=evaluated_on,
                           account_id=account_id, activity_id=activity_id, call_reference=reference,
                           qa_score=overall_score(scores.values()), notes=_text(notes))
        s.add(entry)
        s.flush()
        s.add_all([QaScore(evaluation_id=entry.id, criterion_id=cid, score=int(v)) for cid, v in scores.items()])
        s.flush()
        s.refresh(entry)
        s.expunge(entry)
        return entry


def qa_history(ctx: ServiceContext, staff_id: uuid.UUID) -> list[QaEntry]:
    """The staff member's QA entries, newest first, with the account number and the call's time."""
    evaluator = aliased(StaffMember)
    with ctx.reading() as s:
        rows = s.execute(
            select(Evaluation.id, Evaluation.evaluated_on, evaluator.full_name, Evaluation.account_id,
                   Account.account_no, Evaluation.activity_id, Activity.occurred_at, Evaluation.call_reference,
                   Evaluation.qa_score, Evaluation.notes)
            .outerjoin(evaluator, evaluator.id == Evaluation.evaluator_id)
            .outerjoin(Account, Account.id == Evaluation.account_id)
            .outerjoin(Activity, Activity.id == Evaluation.activity_id)
            .where(Evaluation.staff_id == staff_id)
            .order_by(Evaluation.evaluated_on.desc(), Evaluation.created_at.desc(), Evaluation.id)).all()
        scores: dict = {}
        ids = [r[0] for r in rows]
        for start in range(0, len(ids), 500):
            for eid, kind, code, name, score in s.execute(
                    select(QaScore.evaluation_id, EvaluationCriterion.kind, EvaluationCriterion.code,
                           EvaluationCriterion.name, QaScore.score)
                    .join(EvaluationCriterion, EvaluationCriterion.id == QaScore.criterion_id)
                    .where(QaScore.evaluation_id.in_(ids[start:start + 500]))
                    .order_by(EvaluationCriterion.position, EvaluationCriterion.name)):
                scores.setdefault(eid, []).append((criterion_name(kind, code, name), int(score)))
    return [QaEntry(id=r[0], evaluated_on=r[1], evaluator_name=r[2], account_id=r[3], account_no=r[4],
                    activity_id=r[5], call_at=r[6], call_reference=r[7], qa_score=int(r[8]), notes=r[9],
                    scores=scores.get(r[0], [])) for r in rows]


@dataclass(frozen=True)
class CallChoice:
    activity_id: uuid.UUID
    occurred_at: datetime
    account_id: uuid.UUID
    account_no: str
    debtor_name: str
    direction: Direction
    outcome: Outcome
    duration_s: int


def calls_for_qa(ctx: ServiceContext, staff_id: uuid.UUID, start: date, end: date, *,
                 limit: int = 500) -> list[CallChoice]:
    """The staff member's calls with a UTC date in [start, end], newest first (at most `limit`)."""
    lo = datetime.combine(start, time(), timezone.utc)
    hi = datetime.combine(end + timedelta(days=1), time(), timezone.utc)
    with ctx.reading() as s:
        rows = s.execute(
            select(Activity.id, Activity.occurred_at, Activity.account_id, Account.account_no, Debtor.name,
                   Activity.direction, Activity.outcome, Activity.duration_s)
            .join(Account, Account.id == Activity.account_id)
            .join(Debtor, Debtor.id == Activity.debtor_id)
            .where(Activity.collector_id == staff_id, Activity.occurred_at >= lo, Activity.occurred_at < hi,
                   Activity.channel == Channel.CALL)
            .order_by(Activity.occurred_at.desc(), Activity.id).limit(limit)).all()
    return [CallChoice(activity_id=r[0], occurred_at=r[1], account_id=r[2], account_no=r[3], debtor_name=r[4],
                       direction=Direction(r[5]), outcome=Outcome(r[6]), duration_s=int(r[7] or 0)) for r in rows]

