"""The audit trail: every ORM change in a service session becomes audit rows in the same flush.

A listener on Session.before_flush looks at what is new, changed and deleted and writes one
AuditEntry per changed column (who, when, entity, field, old value, new value). Sessions made by
ServiceContext carry the actor and a transaction id in `session.info`; other sessions (tests,
migrations) write nothing. Bulk paths that bypass the ORM call `bulk_entry` themselves.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from collectdesk.store.models import AuditEntry, utcnow

# columns whose change alone is not worth an audit row (version is written separately)
_SKIP = {"updated_at", "created_at", "version"}


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (Decimal, uuid.UUID, int, bool)):
        return str(value)
    return str(value)


def _entity_id(obj) -> str | None:
    ident = inspect(obj).identity
    if ident:
        return ",".join(str(i) for i in ident)
    pk = getattr(obj, "id", None)
    return str(pk) if pk is not None else None


def _entries_for(session: Session, obj, action: str) -> list[AuditEntry]:
    info = session.info
    state = inspect(obj)
    mapper = state.mapper
    table = mapper.local_table.name
    common = dict(txn_id=info["txn_id"], actor=info["actor"], action=action, entity=table,
                  occurred_at=info["now"])
    if action == "insert":
        if hasattr(obj, "id") and getattr(obj, "id") is None:
            obj.id = uuid.uuid4()  # the column default would only run at flush, after we need the id
        values = {c.key: _text(getattr(obj, c.key)) for c in mapper.column_attrs
                  if c.key not in _SKIP and getattr(obj, c.key) is not None}
        return [AuditEntry(entity_id=_entity_id(obj), new_value=json.dumps(values, ensure_ascii=False), **common)]
    if action == "delete":
        return [AuditEntry(entity_id=_entity_id(obj), **common)]
    out = []
    for attr in mapper.column_attrs:
        if attr.key in _SKIP:
            continue
        hist = state.attrs[attr.key].history
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if old == new:
            continue
        out.append(AuditEntry(entity_id=_entity_id(obj), field=attr.key, old_value=_text(old),
                              new_value=_text(new), **common))
    if out and mapper.version_id_col is not None:
        # the flush is about to bump the version: record it, so a stale edit can name who moved it
        old_version = getattr(obj, "version", None)
        if old_version is not None:
            out.append(AuditEntry(entity_id=_entity_id(obj), field="version", old_value=str(old_version),
                                  new_value=str(old_version + 1), **common))
    return out


@event.listens_for(Session, "before_flush")
def _audit_before_flush(session: Session, _ctx, _instances) -> None:
    if "actor" not in session.info:
        return
    session.info.setdefault("now", utcnow())
    entries: list[AuditEntry] = []
    for obj in list(session.new):
        if not isinstance(obj, AuditEntry):
            entries.extend(_entries_for(session, obj, "insert"))
    for obj in list(session.dirty):
        if not isinstance(obj, AuditEntry) and session.is_modified(obj, include_collections=False):
            entries.extend(_entries_for(session, obj, "update"))
    for obj in list(session.deleted):
        if not isinstance(obj, AuditEntry):
            entries.extend(_entries_for(session, obj, "delete"))
    session.add_all(entries)


def bulk_entry(session: Session, entity: str, summary: str, *, entity_id: str | None = None) -> AuditEntry:
    """One audit row for an operation that changed many rows outside the ORM (imports, sweeps)."""
    entry = AuditEntry(txn_id=session.info["txn_id"], actor=session.info["actor"], action="bulk",
                       entity=entity, entity_id=entity_id, summary=summary,
                       occurred_at=session.info.get("now") or utcnow())
    session.add(entry)
    return entry
