"""Free-text notes on an account. Append-only: a note is never edited, a correction is a new note."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.errors import ValidationError
from collectdesk.services.context import ServiceContext, load
from collectdesk.store.models import Account, AccountNote

MAX_NOTE_CHARS = 4000


def add_note(ctx: ServiceContext, account_id: uuid.UUID, text: str, expected_version: int | None = None) -> uuid.UUID:
    """Add a note by the acting user. With `expected_version`, fails (StaleEditError) when someone else
    changed the account after the user opened it. The audit row comes from the ORM listener."""
    text = (text or "").strip()
    if not text:
        raise ValidationError(QCoreApplication.translate("Notes", "The note is empty."))
    if len(text) > MAX_NOTE_CHARS:
        raise ValidationError(QCoreApplication.translate(
            "Notes", "The note is too long ({count} characters; at most {limit}).").format(
            count=len(text), limit=MAX_NOTE_CHARS))
    with ctx.transaction() as s:
        found = s.get(Account, account_id)
        label = found.account_no if found is not None else str(account_id)
        account = load(s, Account, account_id, expected_version=expected_version, label=label)
        note = AccountNote(account_id=account.id, author=ctx.actor, text=text)
        s.add(note)
        s.flush()
        return note.id
