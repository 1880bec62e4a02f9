"""The files of an escalation (income statements, letters, photos): stored in the attachment table.

    add_attachment(ctx, escalation_id, path) -> id      attachments(ctx, escalation_id) -> [(id, name, size)]
    read_file(path) -> (name, bytes)   store_file(s, escalation_id, name, data) -> id   (within a transaction:
    escalations.raise_escalation stores the files given with it in its own transaction)

A file that cannot be read or is larger than MAX_ATTACHMENT_BYTES is refused with a ValidationError in plain
words before anything is written. The bytes go through a Core insert, so the audit trail gets one row naming
the file, its size and SHA-256, never the bytes.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import insert, select

from collectdesk.domain.errors import ValidationError
from collectdesk.services.audit import bulk_entry
from collectdesk.services.context import ServiceContext, load
from collectdesk.store.models import Attachment
from collectdesk.store.models.escalations import Escalation

OWNER_KIND = "escalation"
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

_translate = QCoreApplication.translate  # an alias lupdate reads (translations/update.py resolves it)


def add_attachment(ctx: ServiceContext, escalation_id: uuid.UUID, path: str | os.PathLike) -> uuid.UUID:
    """Attach the file at `path` (kept with the earlier ones). The bytes go through a Core insert, so the
    audit trail gets one row naming the file, its size and SHA-256, never the bytes."""
    name, data = read_file(path)
    with ctx.transaction() as s:
        load(s, Escalation, escalation_id, label=_translate("Escalations", "Escalation"))
        return store_file(s, escalation_id, name, data)


def read_file(path: str | os.PathLike) -> tuple[str, bytes]:
    """The file's name and bytes, or a ValidationError saying in plain words why it cannot be attached."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ValidationError(_translate(
            "Escalations", "The file {name} cannot be found (was it moved or deleted?). Nothing was saved.").format(
            name=str(path))) from exc
    except OSError as exc:
        raise ValidationError(_translate(
            "Escalations", "The file {name} cannot be read: {error}. Nothing was saved.").format(
            name=str(path), error=exc.strerror or exc)) from exc
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(_translate(
            "Escalations", "The file {name} is larger than {limit} MB. Nothing was saved.").format(
            name=path.name, limit=MAX_ATTACHMENT_BYTES // 2**20))
    return path.name[:255], data


def store_file(s, escalation_id: uuid.UUID, name: str, data: bytes) -> uuid.UUID:
    """Within a transaction: store one file of the escalation, audited by name, size and SHA-256."""
    digest = hashlib.sha256(data).hexdigest()
    new_id = uuid.uuid4()
    s.execute(insert(Attachment).values(
        id=new_id, owner_kind=OWNER_KIND, owner_id=escalation_id, filename=name,
        media_type=mimetypes.guess_type(name)[0] or "application/octet-stream", size=len(data), sha256=digest,
        data=data, created_by=s.info["actor"], created_at=s.info["now"], updated_at=s.info["now"]))
    bulk_entry(s, OWNER_KIND, _translate(
        "Escalations", "File {name} attached ({size} bytes, SHA-256 {sha})").format(
        name=name, size=len(data), sha=digest), entity_id=str(escalation_id))
    return new_id


def attachments(ctx: ServiceContext, escalation_id: uuid.UUID) -> list[tuple[uuid.UUID, str, int]]:
    """(id, filename, size) of the escalation's files, in the order attached."""
    with ctx.reading() as s:
        return [tuple(r) for r in s.execute(
            select(Attachment.id, Attachment.filename, Attachment.size)
            .where(Attachment.owner_kind == OWNER_KIND, Attachment.owner_id == escalation_id)
            .order_by(Attachment.created_at, Attachment.filename)).all()]
