"""Reading back one file of an escalation (what escalation_files stored), for "Open" and "Save as…".

    file_data(ctx, attachment_id) -> (filename, bytes)     NotFoundError when it is gone

Read-only and kept apart from escalation_files (another change owns that module); the two can merge.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from collectdesk.domain.errors import NotFoundError
from collectdesk.services.context import ServiceContext
from collectdesk.services.escalation_files import OWNER_KIND
from collectdesk.store.models import Attachment


def file_data(ctx: ServiceContext, attachment_id: uuid.UUID) -> tuple[str, bytes]:
    """The file's name and bytes (only files of escalations)."""
    with ctx.reading() as s:
        row = s.execute(select(Attachment.filename, Attachment.data).where(
            Attachment.id == attachment_id, Attachment.owner_kind == OWNER_KIND)).first()
    if row is None:
        raise NotFoundError(QCoreApplication.translate(
            "Escalations", "The file is no longer stored with the escalation."))
    return row[0], bytes(row[1])
