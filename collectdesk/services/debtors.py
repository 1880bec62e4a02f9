"""Debtor flags: dispute, cease contact, bankrupt, deceased, vulnerable, fraud, high profile, ..."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from collectdesk.domain.enums import DebtorFlag
from collectdesk.domain.errors import ValidationError
from collectdesk.services.context import ServiceContext, load
from collectdesk.store.models import Debtor, DebtorFlagEntry, utcnow


def set_flag_in(session: Session, debtor_id: uuid.UUID, flag: DebtorFlag, actor: str,
                note: str | None = None) -> DebtorFlagEntry | None:
    """Within a running transaction: set `flag` unless it is already active."""
    active = session.scalar(select(DebtorFlagEntry).where(
        DebtorFlagEntry.debtor_id == debtor_id, DebtorFlagEntry.flag == flag,
        DebtorFlagEntry.cleared_at.is_(None)))
    if active is not None:
        return None
    entry = DebtorFlagEntry(debtor_id=debtor_id, flag=flag, set_at=utcnow(), set_by=actor, note=note)
    session.add(entry)
    return entry


def flag_debtor(ctx: ServiceContext, debtor_id: uuid.UUID, flag: DebtorFlag, *, note: str | None = None,
                expected_version: int | None = None) -> bool:
    """Set a flag. Returns False when it was already set."""
    with ctx.transaction() as s:
        debtor = load(s, Debtor, debtor_id, expected_version=expected_version)
        return set_flag_in(s, debtor.id, DebtorFlag(flag), ctx.actor, note) is not None


def clear_flag(ctx: ServiceContext, debtor_id: uuid.UUID, flag: DebtorFlag, *, note: str | None = None) -> None:
    with ctx.transaction() as s:
        load(s, Debtor, debtor_id)
        entry = s.scalar(select(DebtorFlagEntry).where(
            DebtorFlagEntry.debtor_id == debtor_id, DebtorFlagEntry.flag == DebtorFlag(flag),
            DebtorFlagEntry.cleared_at.is_(None)))
        if entry is None:
            raise ValidationError(QCoreApplication.translate("Debtors", "This flag is not set on the debtor."))
        entry.cleared_at = utcnow()
        entry.cleared_by = ctx.actor
        if note:
            entry.note = (entry.note + "\n" if entry.note else "") + note
