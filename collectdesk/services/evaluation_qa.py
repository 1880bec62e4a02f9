"""Call-monitoring QA entries: a monitored call scored 0-100 per criterion, and the calls to choose from.

``scores`` maps active QA criterion ids to whole numbers 0..100; at least one. ``qa_score`` is their
mean rounded half-up (evaluation_terms.overall_score); the scorecard's QA score averages it. The
monitored call (``activity_id``) must be a call made by the evaluated staff member, on or before the
evaluation date; its account is taken from it. Without a call in the system, a free
``call_reference`` (recording id, phone system reference) identifies the call instead; one of the two
is required.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import aliased

from collectdesk.domain.enums import Channel, Direction, Outcome
from collectdesk.domain.errors import NotFoundError, ValidationError
from collectdesk.services.context import ServiceContext
from collectdesk.services.evaluation_checks import check_people, optional_text
from collectdesk.services.evaluation_terms import QA, criterion_name, overall_score
from collectdesk.store.models import Account, Activity, Debtor, Evaluation, EvaluationCriterion, QaScore, StaffMember

MAX_REFERENCE = 120


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
    reference = optional_text(call_reference)
    with ctx.transaction() as s:
        check_people(s, staff_id, evaluator_id)
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
                           qa_score=overall_score(scores.values()), notes=optional_text(notes))
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

