"""ServiceContext: the database and the person acting, and the one way to run a transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

import collectdesk.services.audit  # noqa: F401  (installs the audit listener)
from collectdesk.domain.errors import NotFoundError, StaleEditError, StorageError
from collectdesk.store.engine import make_session_factory, writer
from collectdesk.store.models import AuditEntry, utcnow


def storage_error(exc: Exception) -> StorageError:
    """Turn a driver error into a message a supervisor can act on."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in text or "no space" in text or "disk i/o error" in text:
        msg = QCoreApplication.translate(
            "Storage", "The disk is full or cannot be written. Nothing was saved; free some space and try again.")
    elif "locked" in text or "busy" in text:
        msg = QCoreApplication.translate(
            "Storage", "The database is busy with another task. Nothing was saved; try again in a moment.")
    elif "malformed" in text or "not a database" in text or "corrupt" in text:
        msg = QCoreApplication.translate(
            "Storage", "The database file is damaged. Open a backup copy instead, or ask for one to be restored.")
    elif "connect" in text or "server closed" in text or "terminating connection" in text:
        msg = QCoreApplication.translate(
            "Storage", "The database server cannot be reached. Nothing was saved; check the connection and try again.")
    else:
        msg = QCoreApplication.translate("Storage", "The database reported an error: {error}").format(
            error=str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)
    return StorageError(msg)


class ServiceContext:
    def __init__(self, engine: Engine, actor: str):
        self.engine = engine
        self.actor = actor
        self._read = make_session_factory(engine)
        self._write = make_session_factory(writer(engine))

    @contextmanager
    def reading(self) -> Iterator[Session]:
        session = self._read()
        try:
            yield session
        except (OperationalError, DBAPIError) as exc:
            raise storage_error(exc) from exc
        finally:
            session.close()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit at the end, roll back on any error, audit rows included."""
        session = self._write()
        session.info.update(actor=self.actor, txn_id=uuid.uuid4(), now=utcnow())
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise StaleEditError(QCoreApplication.translate(
                "Storage", "Someone else saved this record first. Nothing was saved; reload and try again.")) from exc
        except (OperationalError, DBAPIError) as exc:
            session.rollback()
            raise storage_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()


def load(session: Session, model, ident, *, expected_version: int | None = None, label: str = ""):
    """Fetch a row for a change. With `expected_version` (what the user saw), a newer row fails loudly,
    naming who changed it and what."""
    obj = session.get(model, ident)
    if obj is None:
        raise NotFoundError(QCoreApplication.translate("Storage", "The record no longer exists: {what}").format(
            what=label or str(ident)))
    if expected_version is not None and obj.version != expected_version:
        raise stale_error(session, model.__tablename__, str(ident), expected_version, label)
    return obj


def stale_error(session: Session, entity: str, entity_id: str, seen_version: int, label: str) -> StaleEditError:
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.occurred_at.desc()).limit(200)).all()
    txns = {e.txn_id for e in entries if e.field == "version" and e.old_value is not None
            and int(e.old_value) >= seen_version}
    changed = [e for e in entries if e.txn_id in txns and e.field not in (None, "version")]
    last = next((e for e in entries if e.txn_id in txns), None)
    who = last.actor if last else "?"
    when = last.occurred_at if last else None
    from collectdesk.i18n import format_datetime  # formatting only; no widgets

    fields = ", ".join(sorted({e.field for e in changed})) or "-"
    msg = QCoreApplication.translate(
        "Storage", "{what} was changed by {who} at {when} (fields: {fields}) after you opened it. "
        "Nothing was saved; the record has been reloaded.").format(
        what=label or entity, who=who, when=format_datetime(when) if when else "?", fields=fields)
    return StaleEditError(msg, entity=entity, entity_id=entity_id, changed_by=who, changed_at=when,
                          changes=[(e.field, e.old_value or "", e.new_value or "") for e in changed])
