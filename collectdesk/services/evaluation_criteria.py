"""Evaluation criteria: the lists a review rates (``kind`` "review") and a QA entry scores ("qa").

The built-in criteria (seeded by migration 0005) have a ``code`` and are shown under a translated name
(evaluation_terms.criterion_name); they cannot be renamed or deleted, only deactivated. The
supervisor's own criteria have no code and are shown as typed; they can be renamed, and deleted while
nothing rates them. Names are unique per kind (without case), built-in names included. ``position``
orders each kind; `move_criterion` swaps neighbours.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from collectdesk.domain.errors import ValidationError
from collectdesk.services.context import ServiceContext, load
from collectdesk.services.evaluation_terms import KINDS, criterion_name
from collectdesk.store.models import EvaluationCriterion, QaScore, ReviewRating

MAX_NAME = 200


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
