"""The inbox: listing, counting and searching feedback items, one item's detail, and (re-exported from
triage.py) every change a supervisor makes while triaging.

Search (``InboxFilter.text``) looks in the subject, body, sender name and address, the linked account
number and the debtor's name, case-insensitively in every language:

- the debtor's name through ``debtor.name_key`` (the casefolded name the queues search, exact in SQL);
- an ASCII-only term (after casefolding) with ``ILIKE '%term%'``, exact on both databases (SQLite's
  LIKE folds ASCII only, which is all such a term needs);
- a term with other letters (``łódź``, ``Größe``) or with "ss" (which may be written ß) is narrowed
  in SQL by its ASCII fragments (each must occur somewhere), then the candidates' texts are casefolded
  in Python (``str.casefold``, so ``ß`` finds ``SS``) and only real matches are listed and counted; a
  page stops at its last match, a count reads every candidate.

LIKE scans the table. Measured with 100,000 items (60-word bodies, nearly every item matching, the worst
case), a page of 200 / the count: SQLite ASCII 0.12-0.19 s / 0.11-0.17 s, non-ASCII 0.2-0.36 s /
1.3-1.4 s; PostgreSQL ASCII 0.3-0.44 s / 0.25-0.4 s, non-ASCII 0.32-0.51 s / 1.1-1.4 s. Fine for an
inbox (run the count off the GUI thread); beyond a few hundred thousand items a stored search key
(as ``debtor.name_key``) would be needed.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from PySide6.QtCore import QCoreApplication
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from collectdesk.domain.enums import (
    OPEN_FEEDBACK,
    FeedbackKind,
    FeedbackOutcome,
    FeedbackSeverity,
    FeedbackSource,
    FeedbackStatus,
)
from collectdesk.services.context import ServiceContext, load
from collectdesk.store.models import (
    Account,
    Attachment,
    AuditEntry,
    Debtor,
    FeedbackItem,
    FeedbackMatch,
    StaffMember,
    utcnow,
)

_translate = QCoreApplication.translate  # lupdate reads _translate("Context", "...") calls

OWNER_KIND = "feedback_item"
OPEN_STATUSES = tuple(sorted(OPEN_FEEDBACK))
# the most candidates a non-ASCII search casefolds in Python (newest first); more are not looked at
MAX_CANDIDATES = 200_000


@dataclass(frozen=True)
class InboxFilter:
    statuses: tuple[FeedbackStatus, ...] = ()
    kinds: tuple[FeedbackKind, ...] = ()
    sources: tuple[FeedbackSource, ...] = ()
    staff_id: uuid.UUID | None = None
    branch_id: uuid.UUID | None = None
    received_from: date | None = None
    received_to: date | None = None  # inclusive
    text: str = ""
    only_unread: bool = False
    only_overdue: bool = False


@dataclass(frozen=True)
class InboxRow:
    id: uuid.UUID
    version: int
    received_at: datetime
    source: FeedbackSource
    kind: FeedbackKind
    status: FeedbackStatus
    subject: str
    sender_name: str | None
    sender_address: str | None
    account_no: str | None
    debtor_name: str | None
    staff_name: str | None
    owner_name: str | None
    topic: str | None
    severity: FeedbackSeverity | None
    due_by: datetime | None
    ack_due_by: datetime | None
    unread: bool
    overdue: bool
    attachments: int


@dataclass(frozen=True)
class ItemDetail:
    id: uuid.UUID
    version: int
    source: FeedbackSource
    kind: FeedbackKind
    status: FeedbackStatus
    received_at: datetime
    subject: str
    body: str | None
    sender_name: str | None
    sender_address: str | None
    language: str | None
    topic: str | None
    severity: FeedbackSeverity | None
    satisfaction: int | None
    nps: int | None
    agency: str | None
    category: str | None
    anonymous: bool
    submitted_by_id: uuid.UUID | None
    submitted_by_name: str | None  # None when anonymous
    account_id: uuid.UUID | None
    account_no: str | None
    debtor_id: uuid.UUID | None
    debtor_name: str | None
    staff_id: uuid.UUID | None
    staff_name: str | None
    owner_id: uuid.UUID | None
    owner_name: str | None
    read_at: datetime | None
    ack_due_by: datetime | None
    acknowledged_at: datetime | None
    due_by: datetime | None
    resolved_at: datetime | None
    answered_at: datetime | None
    reply: str | None
    resolution: str | None
    outcome: FeedbackOutcome | None
    overdue: bool
    debtor_flags: tuple[str, ...] = ()  # active flags of the linked debtor (dispute, ...)
    # (id, filename, media_type, size)
    attachments: list[tuple[uuid.UUID, str, str, int]] = field(default_factory=list)
    # (match id, account_id, account_no, debtor_id, debtor_name, reason, matched_text)
    matches: list[tuple] = field(default_factory=list)
    # (when, who, field, old, new); field None: created (old/new None) or a summary row (new = summary)
    history: list[tuple[datetime, str, str | None, str | None, str | None]] = field(default_factory=list)


def overdue_condition(now: datetime):
    """Open, and past the resolution deadline or past the acknowledgement deadline unacknowledged."""
    f = FeedbackItem
    return and_(f.status.in_(OPEN_STATUSES),
                or_(f.due_by < now, and_(f.acknowledged_at.is_(None), f.ack_due_by < now)))


def is_overdue(item, now: datetime) -> bool:
    if FeedbackStatus(item.status) not in OPEN_FEEDBACK:
        return False
    if item.due_by is not None and item.due_by < now:
        return True
    return item.acknowledged_at is None and item.ack_due_by is not None and item.ack_due_by < now


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=timezone.utc)


_Staff = aliased(StaffMember, name="staff")
_Owner = aliased(StaffMember, name="owner")


def _base(flt: InboxFilter, now: datetime, columns):
    f = FeedbackItem
    q = (select(*columns).select_from(f)
         .outerjoin(Account, Account.id == f.account_id)
         .outerjoin(Debtor, Debtor.id == f.debtor_id)
         .outerjoin(_Staff, _Staff.id == f.staff_id)
         .outerjoin(_Owner, _Owner.id == f.owner_id))
    conds = []
    if flt.statuses:
        conds.append(f.status.in_([FeedbackStatus(s) for s in flt.statuses]))
    if flt.kinds:
        conds.append(f.kind.in_([FeedbackKind(k) for k in flt.kinds]))
    if flt.sources:
        conds.append(f.source.in_([FeedbackSource(k) for k in flt.sources]))
    if flt.staff_id is not None:
        conds.append(f.staff_id == flt.staff_id)
    if flt.branch_id is not None:
        conds.append(func.coalesce(Account.branch_id, _Staff.branch_id) == flt.branch_id)
    if flt.received_from is not None:
        conds.append(f.received_at >= _day_start(flt.received_from))
    if flt.received_to is not None:
        conds.append(f.received_at < _day_start(flt.received_to + timedelta(days=1)))
    if flt.only_unread:
        conds.append(f.read_at.is_(None))
    if flt.only_overdue:
        conds.append(overdue_condition(now))
    term = flt.text.strip().casefold()
    exact = True
    if term:
        text_cols = (f.subject, f.body, f.sender_name, f.sender_address, Account.account_no)
        if term.isascii() and "ss" not in term:  # "ss" may be written ß
            conds.append(or_(Debtor.name_key.contains(term, autoescape=True),
                             *[c.icontains(term, autoescape=True) for c in text_cols]))
        else:
            exact = False
            fragments = [p for p in re.split(r"[^\x00-\x7f]+|ss", term) if p.strip()]
            conds.append(or_(Debtor.name_key.contains(term, autoescape=True),
                             and_(*[or_(*[c.icontains(p, autoescape=True) for c in text_cols])
                                    for p in fragments]) if fragments else f.id.is_not(None)))
    return q.where(*conds), exact


def _python_filtered_ids(s: Session, flt: InboxFilter, now: datetime, stop: int | None = None) -> list[uuid.UUID]:
    """Ids of the candidates whose texts really contain the (non-ASCII) term, newest first; with `stop`,
    only the first `stop` of them (a page needs no more)."""
    f = FeedbackItem
    q, _ = _base(flt, now, (f.id, f.subject, f.body, f.sender_name, f.sender_address, Account.account_no,
                            Debtor.name_key))
    term = flt.text.strip().casefold()
    q = q.order_by(f.received_at.desc(), f.id).limit(MAX_CANDIDATES)
    out = []
    for r in s.execute(q).yield_per(5000):
        if term in "\x00".join(t for t in r[1:] if t).casefold():
            out.append(r[0])
            if stop is not None and len(out) >= stop:
                break
    return out


def _row_columns():
    f = FeedbackItem
    attachments = (select(func.count(Attachment.id))
                   .where(Attachment.owner_kind == OWNER_KIND, Attachment.owner_id == f.id)
                   .correlate(f).scalar_subquery())
    return (f.id, f.version, f.received_at, f.source, f.kind, f.status, f.subject, f.sender_name,
            f.sender_address, Account.account_no, Debtor.name, _Staff.full_name, _Owner.full_name, f.topic,
            f.severity, f.due_by, f.ack_due_by, f.read_at, f.acknowledged_at, attachments)


def _to_row(r, now: datetime) -> InboxRow:
    (id_, version, received_at, source, kind, status, subject, sender_name, sender_address, account_no,
     debtor_name, staff_name, owner_name, topic, severity, due_by, ack_due_by, read_at, acknowledged_at,
     attachments) = r
    open_ = FeedbackStatus(status) in OPEN_FEEDBACK
    overdue = open_ and ((due_by is not None and due_by < now)
                         or (acknowledged_at is None and ack_due_by is not None and ack_due_by < now))
    return InboxRow(id_, version, received_at, FeedbackSource(source), FeedbackKind(kind), FeedbackStatus(status),
                    subject or "", sender_name, sender_address, account_no, debtor_name, staff_name, owner_name,
                    topic, FeedbackSeverity(severity) if severity else None, due_by, ack_due_by, read_at is None,
                    bool(overdue), int(attachments or 0))


def list_items(ctx: ServiceContext, flt: InboxFilter, *, limit: int = 500, offset: int = 0,
               now: datetime | None = None) -> list[InboxRow]:
    """The items `flt` selects, newest first, `limit` rows from `offset`."""
    now = now or utcnow()
    f = FeedbackItem
    with ctx.reading() as s:
        q, exact = _base(flt, now, _row_columns())
        if exact:
            rows = s.execute(q.order_by(f.received_at.desc(), f.id).limit(limit).offset(offset)).all()
            return [_to_row(r, now) for r in rows]
        ids = _python_filtered_ids(s, flt, now, stop=offset + limit)[offset:]
        if not ids:
            return []
        q, _ = _base(InboxFilter(), now, _row_columns())
        rows = s.execute(q.where(f.id.in_(ids)).order_by(f.received_at.desc(), f.id)).all()
        return [_to_row(r, now) for r in rows]


def count_items(ctx: ServiceContext, flt: InboxFilter, *, now: datetime | None = None) -> int:
    now = now or utcnow()
    with ctx.reading() as s:
        q, exact = _base(flt, now, (func.count(),))
        if exact:
            return int(s.execute(q).scalar_one())
        return len(_python_filtered_ids(s, flt, now))


def unread_count(ctx: ServiceContext) -> int:
    """Open items nobody has opened yet (for a badge on the pane)."""
    with ctx.reading() as s:
        return int(s.execute(select(func.count()).select_from(FeedbackItem).where(
            FeedbackItem.read_at.is_(None), FeedbackItem.status.in_(OPEN_STATUSES))).scalar_one())


def history_of(s: Session, item_id: uuid.UUID) -> list[tuple]:
    entries = s.scalars(select(AuditEntry).where(
        AuditEntry.entity == OWNER_KIND, AuditEntry.entity_id == str(item_id))
        .order_by(AuditEntry.occurred_at)).all()
    # one transaction's rows share their instant: the creation first
    entries = sorted(entries, key=lambda e: (e.occurred_at, e.action != "insert"))
    out = []
    for e in entries:
        if e.field == "version":
            continue
        if e.action == "insert":
            out.append((e.occurred_at, e.actor, None, None, None))
        elif e.action == "bulk":
            out.append((e.occurred_at, e.actor, None, None, e.summary))
        elif e.field is not None:
            out.append((e.occurred_at, e.actor, e.field, e.old_value, e.new_value))
    return out


def item_detail(ctx: ServiceContext, item_id: uuid.UUID, *, now: datetime | None = None) -> ItemDetail:
    now = now or utcnow()
    with ctx.reading() as s:
        item = load(s, FeedbackItem, item_id, label=_translate("Inbox", "Feedback item"))
        account = s.get(Account, item.account_id) if item.account_id else None
        debtor = s.get(Debtor, item.debtor_id) if item.debtor_id else None
        names = dict(s.execute(select(StaffMember.id, StaffMember.full_name).where(StaffMember.id.in_(
            [i for i in (item.staff_id, item.owner_id, item.submitted_by_id) if i]))).all())
        attachments = [tuple(r) for r in s.execute(
            select(Attachment.id, Attachment.filename, Attachment.media_type, Attachment.size)
            .where(Attachment.owner_kind == OWNER_KIND, Attachment.owner_id == item_id)
            .order_by(Attachment.created_at, Attachment.filename)).all()]
        matches = [tuple(r) for r in s.execute(
            select(FeedbackMatch.id, FeedbackMatch.account_id, Account.account_no, FeedbackMatch.debtor_id,
                   Debtor.name, FeedbackMatch.reason, FeedbackMatch.matched_text)
            .outerjoin(Account, Account.id == FeedbackMatch.account_id)
            .outerjoin(Debtor, Debtor.id == FeedbackMatch.debtor_id)
            .where(FeedbackMatch.item_id == item_id).order_by(FeedbackMatch.reason, Account.account_no)).all()]
        flags = tuple(sorted(str(f.value) for f in debtor.active_flags())) if debtor else ()
        return ItemDetail(
            id=item.id, version=item.version, source=FeedbackSource(item.source), kind=FeedbackKind(item.kind),
            status=FeedbackStatus(item.status), received_at=item.received_at, subject=item.subject or "",
            body=item.body, sender_name=item.sender_name, sender_address=item.sender_address,
            language=item.language, topic=item.topic, severity=item.severity, satisfaction=item.satisfaction,
            nps=item.nps, agency=item.agency, category=item.category, anonymous=item.anonymous,
            submitted_by_id=None if item.anonymous else item.submitted_by_id,
            submitted_by_name=None if item.anonymous else names.get(item.submitted_by_id),
            account_id=item.account_id, account_no=account.account_no if account else None,
            debtor_id=item.debtor_id, debtor_name=debtor.name if debtor else None,
            staff_id=item.staff_id, staff_name=names.get(item.staff_id),
            owner_id=item.owner_id, owner_name=names.get(item.owner_id),
            read_at=item.read_at, ack_due_by=item.ack_due_by, acknowledged_at=item.acknowledged_at,
            due_by=item.due_by, resolved_at=item.resolved_at, answered_at=item.answered_at, reply=item.reply,
            resolution=item.resolution, outcome=item.outcome, overdue=is_overdue(item, now),
            debtor_flags=flags, attachments=attachments, matches=matches, history=history_of(s, item_id))


def attachment(ctx: ServiceContext, attachment_id: uuid.UUID) -> tuple[str, str, bytes]:
    """(filename, media_type, bytes) of one attachment of a feedback item."""
    with ctx.reading() as s:
        row = s.execute(select(Attachment.filename, Attachment.media_type, Attachment.data)
                        .where(Attachment.id == attachment_id, Attachment.owner_kind == OWNER_KIND)).first()
    if row is None:
        from collectdesk.domain.errors import NotFoundError

        raise NotFoundError(_translate("Inbox", "The attachment no longer exists."))
    return row.filename, row.media_type, bytes(row.data)


# the changes (one transaction each), so that callers import everything from items
from collectdesk.services.inbox.triage import (  # noqa: E402
    TRANSITIONS,
    SUGGESTION_TRANSITIONS,
    UNSET,
    acknowledge,
    allowed_statuses,
    assign,
    categorise,
    confirm_match,
    flag_dispute,
    link,
    mark_read,
    resolve,
    send_reply,
    set_status,
)

__all__ = [
    "InboxFilter", "InboxRow", "ItemDetail", "list_items", "count_items", "unread_count", "item_detail",
    "attachment", "overdue_condition", "is_overdue", "TRANSITIONS", "SUGGESTION_TRANSITIONS", "UNSET",
    "acknowledge", "allowed_statuses", "assign", "categorise", "confirm_match", "flag_dispute", "link",
    "mark_read", "resolve", "send_reply", "set_status",
]
