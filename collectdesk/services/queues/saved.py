"""A user's own saved queues (filter + columns), stored in the database so they follow the user."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import or_, select

from collectdesk.domain.errors import ValidationError
from collectdesk.services.context import ServiceContext, load
from collectdesk.services.queues.filters import QueueFilter
from collectdesk.store.models import SavedQueue


@dataclass(frozen=True)
class SavedQueueInfo:
    id: uuid.UUID
    name: str
    owner: str
    filter: QueueFilter
    columns: tuple[str, ...] | None
    version: int


def list_saved(ctx: ServiceContext) -> list[SavedQueueInfo]:
    with ctx.reading() as s:
        rows = s.scalars(select(SavedQueue).where(or_(SavedQueue.owner == ctx.actor, SavedQueue.shared))
                         .order_by(SavedQueue.name)).all()
        return [SavedQueueInfo(r.id, r.name, r.owner, QueueFilter.from_json(r.filter_json),
                               tuple(json.loads(r.columns_json)) if r.columns_json else None, r.version)
                for r in rows]


def save_queue(ctx: ServiceContext, name: str, flt: QueueFilter, columns: tuple[str, ...] | None = None,
               *, queue_id: uuid.UUID | None = None, expected_version: int | None = None) -> uuid.UUID:
    name = name.strip()
    if not name:
        raise ValidationError(QCoreApplication.translate("Queues", "Give the queue a name."))
    with ctx.transaction() as s:
        clash = s.scalar(select(SavedQueue).where(SavedQueue.owner == ctx.actor, SavedQueue.name == name))
        if queue_id is None:
            if clash is not None:
                raise ValidationError(QCoreApplication.translate(
                    "Queues", "You already have a queue called \u201c{name}\u201d.").format(name=name))
            row = SavedQueue(owner=ctx.actor, name=name, filter_json=flt.to_json(),
                             columns_json=json.dumps(list(columns)) if columns else None)
            s.add(row)
        else:
            row = load(s, SavedQueue, queue_id, expected_version=expected_version, label=name)
            if clash is not None and clash.id != row.id:
                raise ValidationError(QCoreApplication.translate(
                    "Queues", "You already have a queue called \u201c{name}\u201d.").format(name=name))
            row.name, row.filter_json = name, flt.to_json()
            row.columns_json = json.dumps(list(columns)) if columns else None
        s.flush()
        return row.id


def delete_queue(ctx: ServiceContext, queue_id: uuid.UUID) -> None:
    with ctx.transaction() as s:
        s.delete(load(s, SavedQueue, queue_id))
