"""Feedback entered by hand: letters (with the scanned letter attached), phone calls and staff
suggestions; and attaching a file to any item.

Files are stored as Attachment rows (owner_kind "feedback_item") through Core statements, so the bytes
never reach the audit trail; one audit row names the file, its size and its SHA-256 (as training
modules' handouts, services/training.py). Up to 25 MB per file.

An anonymous suggestion keeps nobody's name: ``submitted_by_id`` is None and the audit rows of that
entry name the actor "anonymous" (on a shared server a collector may enter it under their own login).
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import insert
from sqlalchemy.orm import Session

from collectdesk.domain.enums import FeedbackKind, FeedbackSeverity, FeedbackSource, FeedbackStatus
from collectdesk.domain.errors import ValidationError
from collectdesk.services.audit import bulk_entry
from collectdesk.services.context import ServiceContext, load
from collectdesk.services.inbox.triage import UNSET, _link_in, recompute_deadlines
from collectdesk.store.models import Attachment, FeedbackItem, StaffMember

_translate = QCoreApplication.translate  # lupdate reads _translate("Context", "...") calls

OWNER_KIND = "feedback_item"
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
SCAN_TYPES = ("application/pdf", "image/")
ANONYMOUS_ACTOR = "anonymous"


@dataclass
class LetterInput:
    received_at: datetime
    sender_name: str
    subject: str
    body: str = ""
    sender_address: str | None = None  # postal address
    language: str | None = None
    kind: FeedbackKind = FeedbackKind.COMPLAINT
    topic: str | None = None
    severity: FeedbackSeverity | None = None
    satisfaction: int | None = None
    account_id: uuid.UUID | None = None
    debtor_id: uuid.UUID | None = None
    staff_id: uuid.UUID | None = None  # the collector it concerns


@dataclass
class CallInput:
    called_at: datetime
    caller: str
    number: str
    summary: str
    subject: str = ""  # default: the summary's first line
    language: str | None = None
    kind: FeedbackKind = FeedbackKind.COMPLAINT
    topic: str | None = None
    severity: FeedbackSeverity | None = None
    satisfaction: int | None = None
    account_id: uuid.UUID | None = None
    debtor_id: uuid.UUID | None = None
    staff_id: uuid.UUID | None = None


@dataclass
class SuggestionInput:
    subject: str
    body: str
    submitted_by_id: uuid.UUID | None = None
    anonymous: bool = False
    topic: str | None = None
    received_at: datetime | None = None  # default: now


def _check_common(received_at: datetime, satisfaction: int | None, now: datetime) -> datetime:
    if received_at.tzinfo is None:
        raise ValueError("received_at must be timezone-aware")
    if received_at > now + timedelta(minutes=5):
        raise ValidationError(_translate("Inbox", "The date received is in the future."))
    if satisfaction is not None and not 1 <= int(satisfaction) <= 5:
        raise ValidationError(_translate("Inbox", "Satisfaction is from 1 to 5."))
    return received_at.astimezone(timezone.utc)


def _check_topic(ctx: ServiceContext, topic: str | None) -> str | None:
    if not topic:
        return None
    from collectdesk.services.department_settings import setting

    if topic not in (setting(ctx, "feedback.topics") or ()):
        raise ValidationError(_translate("Inbox", "Unknown topic: {topic}").format(topic=topic))
    return topic


def _read_file(path: str | os.PathLike) -> tuple[str, str, bytes]:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(_translate("Inbox", "The file cannot be read: {error}").format(
            error=exc.strerror or exc)) from exc
    limit_mb = MAX_ATTACHMENT_BYTES // (1024 * 1024)
    if size > MAX_ATTACHMENT_BYTES:
        from collectdesk.i18n import format_decimal

        raise ValidationError(_translate(
            "Inbox", "The file is {size} MB; files up to {limit} MB can be attached.").format(
            size=format_decimal(Decimal(size) / (1024 * 1024), 1), limit=limit_mb))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(_translate("Inbox", "The file cannot be read: {error}").format(
            error=exc.strerror or exc)) from exc
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(_translate("Inbox", "The file is larger than {limit} MB.").format(limit=limit_mb))
    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return path.name[:255], media, data


def store_attachment(s: Session, item_id: uuid.UUID, filename: str, media_type: str, data: bytes,
                     actor: str) -> uuid.UUID:
    """Within a transaction: keep `data` as the item's attachment (Core insert, one audit row)."""
    digest = hashlib.sha256(data).hexdigest()
    att_id = uuid.uuid4()
    s.execute(insert(Attachment).values(
        id=att_id, owner_kind=OWNER_KIND, owner_id=item_id, filename=filename[:255], media_type=media_type,
        size=len(data), sha256=digest, data=data, created_by=actor,
        created_at=s.info["now"], updated_at=s.info["now"]))
    bulk_entry(s, OWNER_KIND, _translate("Inbox", "File {name} attached ({size} bytes, SHA-256 {sha})").format(
        name=filename, size=len(data), sha=digest), entity_id=str(item_id))
    return att_id


def _new_item(s: Session, **values) -> FeedbackItem:
    item = FeedbackItem(**values)
    s.add(item)
    s.flush()
    return item


def _required(text: str | None, message: str) -> str:
    if not (text or "").strip():
        raise ValidationError(message)
    return text.strip()


def record_letter(ctx: ServiceContext, letter: LetterInput, scan_path: str | os.PathLike | None = None) -> uuid.UUID:
    """A letter received on paper, with its scan (PDF or image) kept as an attachment."""
    from collectdesk.store.models import utcnow

    received = _check_common(letter.received_at, letter.satisfaction, utcnow())
    sender = _required(letter.sender_name, _translate("Inbox", "Enter who sent the letter."))
    subject = _required(letter.subject, _translate("Inbox", "Enter the letter's subject."))
    topic = _check_topic(ctx, letter.topic)
    scan = _read_file(scan_path) if scan_path else None
    if scan and not scan[1].startswith(SCAN_TYPES):
        raise ValidationError(_translate("Inbox", "The scan must be a PDF or an image file."))
    with ctx.transaction() as s:
        item = _new_item(s, source=FeedbackSource.LETTER, kind=FeedbackKind(letter.kind), status=FeedbackStatus.NEW,
                         received_at=received, sender_name=sender[:200],
                         sender_address=(letter.sender_address or "").strip()[:254] or None,
                         language=letter.language, subject=subject[:300], body=letter.body.strip() or None,
                         topic=topic, severity=letter.severity, satisfaction=letter.satisfaction)
        _link(s, item, letter.account_id, letter.debtor_id, letter.staff_id)
        if scan:
            store_attachment(s, item.id, *scan, ctx.actor)
        return item.id


def record_call(ctx: ServiceContext, call: CallInput) -> uuid.UUID:
    """A phone call: who called, from which number, when, what was said, and the account it is about."""
    from collectdesk.store.models import utcnow

    received = _check_common(call.called_at, call.satisfaction, utcnow())
    caller = _required(call.caller, _translate("Inbox", "Enter who called."))
    summary = _required(call.summary, _translate("Inbox", "Summarise the call."))
    number = (call.number or "").strip()
    if number and sum(ch.isdigit() for ch in number) < 3:
        raise ValidationError(_translate("Inbox", "The phone number has too few digits."))
    subject = (call.subject or "").strip() or summary.splitlines()[0][:120]
    topic = _check_topic(ctx, call.topic)
    with ctx.transaction() as s:
        item = _new_item(s, source=FeedbackSource.CALL, kind=FeedbackKind(call.kind), status=FeedbackStatus.NEW,
                         received_at=received, sender_name=caller[:200], sender_address=number[:254] or None,
                         language=call.language, subject=subject[:300], body=summary, topic=topic,
                         severity=call.severity, satisfaction=call.satisfaction)
        _link(s, item, call.account_id, call.debtor_id, call.staff_id)
        return item.id


def record_suggestion(ctx: ServiceContext, suggestion: SuggestionInput) -> uuid.UUID:
    """A staff member's suggestion on procedures; anonymous ones keep no name (see the module doc)."""
    from collectdesk.store.models import utcnow

    now = utcnow()
    received = _check_common(suggestion.received_at or now, None, now)
    subject = _required(suggestion.subject, _translate("Inbox", "Give the suggestion a short title."))
    body = _required(suggestion.body, _translate("Inbox", "Describe the suggestion."))
    topic = _check_topic(ctx, suggestion.topic)
    if not suggestion.anonymous and suggestion.submitted_by_id is None:
        raise ValidationError(_translate("Inbox", "Choose who makes the suggestion, or make it anonymous."))
    with ctx.transaction() as s:
        if suggestion.anonymous:
            s.info["actor"] = ANONYMOUS_ACTOR
            submitted_by = None
        else:
            submitted_by = load(s, StaffMember, suggestion.submitted_by_id,
                                label=_translate("Inbox", "Staff member")).id
        item = _new_item(s, source=FeedbackSource.STAFF_SUGGESTION, kind=FeedbackKind.SUGGESTION,
                         status=FeedbackStatus.RECEIVED, received_at=received, subject=subject[:300], body=body,
                         topic=topic, anonymous=bool(suggestion.anonymous), submitted_by_id=submitted_by)
        recompute_deadlines(s, item)
        return item.id


def add_attachment(ctx: ServiceContext, item_id: uuid.UUID, path: str | os.PathLike) -> uuid.UUID:
    """Attach the file at `path` to the item (up to 25 MB). Returns the attachment's id."""
    filename, media, data = _read_file(path)
    with ctx.transaction() as s:
        load(s, FeedbackItem, item_id, label=_translate("Inbox", "Feedback item"))
        return store_attachment(s, item_id, filename, media, data, ctx.actor)


def _link(s: Session, item: FeedbackItem, account_id, debtor_id, staff_id) -> None:
    _link_in(s, item, account_id if account_id is not None else UNSET,
             debtor_id if debtor_id is not None else UNSET, staff_id if staff_id is not None else UNSET)
