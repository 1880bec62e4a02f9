"""Triage changes of a feedback item: read, assign, link, categorise, move through the statuses,
acknowledge, resolve, reply, flag a dispute. One transaction each, audit rows from the ORM listener, and
every change the user makes on what they saw takes ``expected_version`` (StaleEditError when stale).
Each returns the item's new version, for the next edit. Re-exported by items.py.

Status flow (customer feedback): new -> assigned -> in progress <-> waiting for the customer -> resolved
-> closed; an open item can be resolved or closed straight away (a compliment needs no work), a resolved
one reopened (in progress). Closed is final. Staff suggestions: received -> under review -> adopted |
declined (a declined suggestion can be reviewed again).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from collectdesk.domain.enums import (
    CLOSED_STATUSES,
    AccountStatus,
    DebtorFlag,
    FeedbackKind,
    FeedbackOutcome,
    FeedbackSeverity,
    FeedbackSource,
    FeedbackStatus,
)
from collectdesk.domain.errors import ValidationError
from collectdesk.services.context import ServiceContext, load
from collectdesk.services.debtors import set_flag_in
from collectdesk.services.inbox.sla import due_dates, item_country
from collectdesk.store.models import Account, FeedbackItem, FeedbackMatch, StaffMember

_translate = QCoreApplication.translate  # lupdate reads _translate("Context", "...") calls

S = FeedbackStatus
TRANSITIONS: dict[FeedbackStatus, frozenset[FeedbackStatus]] = {
    S.NEW: frozenset({S.ASSIGNED, S.IN_PROGRESS, S.WAITING, S.RESOLVED, S.CLOSED}),
    S.ASSIGNED: frozenset({S.NEW, S.IN_PROGRESS, S.WAITING, S.RESOLVED, S.CLOSED}),
    S.IN_PROGRESS: frozenset({S.ASSIGNED, S.WAITING, S.RESOLVED, S.CLOSED}),
    S.WAITING: frozenset({S.IN_PROGRESS, S.RESOLVED, S.CLOSED}),
    S.RESOLVED: frozenset({S.IN_PROGRESS, S.CLOSED}),
    S.CLOSED: frozenset(),
}
SUGGESTION_TRANSITIONS: dict[FeedbackStatus, frozenset[FeedbackStatus]] = {
    S.RECEIVED: frozenset({S.UNDER_REVIEW, S.ADOPTED, S.DECLINED}),
    S.UNDER_REVIEW: frozenset({S.RECEIVED, S.ADOPTED, S.DECLINED}),
    S.ADOPTED: frozenset(),
    S.DECLINED: frozenset({S.UNDER_REVIEW}),
}
_DONE = frozenset({S.RESOLVED, S.CLOSED, S.ADOPTED, S.DECLINED})


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET = _Unset()  # link(): a link not given stays as it is; None removes it



def status_text(status: FeedbackStatus) -> str:
    """The status's name in messages (the UI's labels live in ui/labels.py, above this layer)."""
    t = QCoreApplication.translate
    return {
        S.NEW: t("Inbox", "new", "feedback status"),
        S.ASSIGNED: t("Inbox", "assigned", "feedback status"),
        S.IN_PROGRESS: t("Inbox", "in progress", "feedback status"),
        S.WAITING: t("Inbox", "waiting for the customer", "feedback status"),
        S.RESOLVED: t("Inbox", "resolved", "feedback status"),
        S.CLOSED: t("Inbox", "closed", "feedback status"),
        S.RECEIVED: t("Inbox", "received", "feedback status"),
        S.UNDER_REVIEW: t("Inbox", "under review", "feedback status"),
        S.ADOPTED: t("Inbox", "adopted", "feedback status"),
        S.DECLINED: t("Inbox", "declined", "feedback status"),
    }[FeedbackStatus(status)]


def is_suggestion(item: FeedbackItem) -> bool:
    return FeedbackSource(item.source) is FeedbackSource.STAFF_SUGGESTION


def allowed_statuses(source: FeedbackSource, status: FeedbackStatus) -> frozenset[FeedbackStatus]:
    """The statuses an item of `source` in `status` may move to (for the UI's choices)."""
    table = SUGGESTION_TRANSITIONS if FeedbackSource(source) is FeedbackSource.STAFF_SUGGESTION else TRANSITIONS
    return table.get(FeedbackStatus(status), frozenset())


def _item(s: Session, item_id: uuid.UUID, expected_version: int | None) -> FeedbackItem:
    return load(s, FeedbackItem, item_id, expected_version=expected_version, label=_translate("Inbox", "Feedback item"))


def _now(s: Session):
    return s.info["now"]


def recompute_deadlines(s: Session, item: FeedbackItem) -> None:
    """Acknowledge-by and resolve-by from the category's SLA and the item's country."""
    country = item_country(s, account_id=item.account_id, debtor_id=item.debtor_id)
    item.ack_due_by, item.due_by = due_dates(s, FeedbackKind(item.kind), item.received_at, country)


def _move(s: Session, item: FeedbackItem, new: FeedbackStatus) -> None:
    old = FeedbackStatus(item.status)
    if new == old:
        return
    if new not in allowed_statuses(item.source, old):
        raise ValidationError(_translate("Inbox", "An item that is {old} cannot be set to {new}.").format(
            old=status_text(old), new=status_text(new)))
    if new is S.ASSIGNED and item.owner_id is None:
        raise ValidationError(_translate("Inbox", "Choose who owns the item before setting it to assigned."))
    item.status = new
    if new in _DONE:
        if item.resolved_at is None:
            item.resolved_at = _now(s)
        if item.acknowledged_at is None and new is not S.CLOSED:
            item.acknowledged_at = _now(s)
    elif old in _DONE:  # reopened
        item.resolved_at = None


def mark_read(ctx: ServiceContext, item_id: uuid.UUID) -> int:
    """The user opened the item (no stale check: reading is not an edit)."""
    with ctx.transaction() as s:
        item = _item(s, item_id, None)
        if item.read_at is None:
            item.read_at = _now(s)
        s.flush()
        return item.version


def assign(ctx: ServiceContext, item_id: uuid.UUID, owner_id: uuid.UUID | None, *,
           expected_version: int | None = None) -> int:
    """Give the item to `owner_id` (a new item becomes assigned); None takes it back (assigned -> new)."""
    with ctx.transaction() as s:
        item = _item(s, item_id, expected_version)
        if owner_id is not None:
            owner = load(s, StaffMember, owner_id, label=_translate("Inbox", "Staff member"))
            if not owner.active:
                raise ValidationError(_translate("Inbox", "{name} has left; choose someone who works here.").format(
                    name=owner.full_name))
        item.owner_id = owner_id
        if owner_id is not None and item.status == S.NEW:
            item.status = S.ASSIGNED
        elif owner_id is None and item.status == S.ASSIGNED:
            item.status = S.NEW
        s.flush()
        return item.version


def _link_in(s: Session, item: FeedbackItem, account_id, debtor_id, staff_id) -> None:
    if account_id is not UNSET:
        item.account_id = account_id
        if account_id is not None:
            account = load(s, Account, account_id, label=_translate("Inbox", "Account"))
            item.debtor_id = account.debtor_id
            if staff_id is UNSET and item.staff_id is None:
                item.staff_id = account.collector_id
    if debtor_id is not UNSET and (account_id is UNSET or account_id is None):
        item.debtor_id = debtor_id
    if staff_id is not UNSET:
        if staff_id is not None:
            load(s, StaffMember, staff_id, label=_translate("Inbox", "Staff member"))
        item.staff_id = staff_id
    if item.account_id is not None and item.debtor_id is not None:
        acc_debtor = s.execute(select(Account.debtor_id).where(Account.id == item.account_id)).scalar_one()
        if acc_debtor != item.debtor_id:
            raise ValidationError(_translate("Inbox", "The account belongs to another debtor."))
    recompute_deadlines(s, item)


def link(ctx: ServiceContext, item_id: uuid.UUID, *, account_id=UNSET, debtor_id=UNSET, staff_id=UNSET,
         expected_version: int | None = None) -> int:
    """Link the item to an account (which also links its debtor and, when no collector is linked yet,
    the account's collector), a debtor, and/or the collector it concerns. None unlinks; a link not
    given stays. The SLA dates follow the new country."""
    with ctx.transaction() as s:
        item = _item(s, item_id, expected_version)
        _link_in(s, item, account_id, debtor_id, staff_id)
        s.flush()
        return item.version


def confirm_match(ctx: ServiceContext, match_id: uuid.UUID) -> int:
    """Accept a suggested link: the item is linked to its account/debtor and the suggestions go."""
    with ctx.transaction() as s:
        match = load(s, FeedbackMatch, match_id, label=_translate("Inbox", "Suggested link"))
        item = _item(s, match.item_id, None)
        if match.account_id is not None:
            _link_in(s, item, match.account_id, UNSET, UNSET)
        else:
            _link_in(s, item, UNSET, match.debtor_id, UNSET)
        s.execute(delete(FeedbackMatch).where(FeedbackMatch.item_id == item.id))
        s.flush()
        return item.version


def categorise(ctx: ServiceContext, item_id: uuid.UUID, *, kind: FeedbackKind | None = None,
               topic: str | None = None, severity: FeedbackSeverity | None = None,
               expected_version: int | None = None) -> int:
    """Set the category, topic and/or severity (None: unchanged; topic "" clears it). A new category
    takes its own SLA dates."""
    from collectdesk.services.department_settings import DEFAULTS, setting

    with ctx.transaction() as s:
        item = _item(s, item_id, expected_version)
        if kind is not None and FeedbackKind(kind) != item.kind:
            item.kind = FeedbackKind(kind)
            recompute_deadlines(s, item)
        if topic is not None:
            topics = setting(ctx, "feedback.topics") or DEFAULTS["feedback.topics"]
            if topic and topic not in topics:
                raise ValidationError(_translate("Inbox", "Unknown topic: {topic}").format(topic=topic))
            item.topic = topic or None
        if severity is not None:
            item.severity = FeedbackSeverity(severity)
        s.flush()
        return item.version


def set_status(ctx: ServiceContext, item_id: uuid.UUID, status: FeedbackStatus, *,
               expected_version: int | None = None) -> int:
    """Move the item to `status` if the flow allows it (ValidationError names the two statuses)."""
    with ctx.transaction() as s:
        item = _item(s, item_id, expected_version)
        _move(s, item, FeedbackStatus(status))
        s.flush()
        return item.version


def acknowledge(ctx: ServiceContext, item_id: uuid.UUID, *, expected_version: int | None = None) -> int:
    """The sender was told the item is being handled (stops the acknowledgement clock)."""
    with ctx.transaction() as s:
        item = _item(s, item_id, expected_version)
        if item.acknowledged_at is None:
            item.acknowledged_at = _now(s)
        s.flush()
        return item.version


def resolve(ctx: ServiceContext, item_id: uuid.UUID, *, outcome: FeedbackOutcome, resolution: str,
            reply: str | None = None, expected_version: int | None = None) -> int:
    """Resolve a customer item with its outcome and what was done; with `reply`, the answer sent."""
    if not (resolution or "").strip():
        raise ValidationError(_translate("Inbox", "Describe the resolution: what was found and what was done."))
    with ctx.transaction() as s:
        item = _item(s, item_id, expected_version)
        if is_suggestion(item):
            raise ValidationError(_translate("Inbox", "A staff suggestion is adopted or declined, not resolved."))
        _move(s, item, S.RESOLVED)
        item.outcome = FeedbackOutcome(outcome)
        item.resolution = resolution.strip()
        if reply is not None and reply.strip():
            item.reply = reply.strip()
            item.answered_at = _now(s)
        s.flush()
        return item.version


def send_reply(ctx: ServiceContext, item_id: uuid.UUID, text: str, *,
               expected_version: int | None = None) -> int:
    """Record the answer given to the sender (or, for a suggestion, to the staff member)."""
    if not (text or "").strip():
        raise ValidationError(_translate("Inbox", "The reply is empty."))
    with ctx.transaction() as s:
        item = _item(s, item_id, expected_version)
        item.reply = text.strip()
        item.answered_at = _now(s)
        if item.acknowledged_at is None:
            item.acknowledged_at = item.answered_at
        s.flush()
        return item.version


def flag_dispute(ctx: ServiceContext, item_id: uuid.UUID) -> bool:
    """Set the dispute flag on the linked debtor (as logging a dispute outcome does) and put the linked
    account, if still worked, into the disputed status: collection on it pauses and it shows in the
    Disputes queue. False when both were already so."""
    with ctx.transaction() as s:
        item = _item(s, item_id, None)
        if item.account_id is None and item.debtor_id is None:
            raise ValidationError(_translate(
                "Inbox", "Link the item to an account or a debtor before flagging a dispute."))
        debtor_id = item.debtor_id
        changed = False
        if item.account_id is not None:
            account = load(s, Account, item.account_id, label=_translate("Inbox", "Account"))
            debtor_id = account.debtor_id
            if account.status not in CLOSED_STATUSES and account.status != AccountStatus.DISPUTED:
                account.status = AccountStatus.DISPUTED
                changed = True
        note = _translate("Inbox", "Dispute raised in feedback: {subject}").format(subject=item.subject or "-")
        if set_flag_in(s, debtor_id, DebtorFlag.DISPUTE, ctx.actor, note[:500]) is not None:
            changed = True
        return changed
