"""Read model of one account for the detail panel: the account, its debtor, balances and a timeline.

`account_detail()` returns frozen dataclasses (no ORM objects leave the session): besides the account and
its debtor, the escalation awaiting a decision, the running payment plan with how it stands, and what the
account's most recent escalation approved in the last 180 days created (`outcome`: its plan, settlement,
write-offs; found with one query, then read like escalation_outcome.outcome, whatever the history's length).

`timeline()` merges, newest first, what happened on the account from six sources:

    activities        one entry each (ix_activity_account_time)
    promises          "made" at promised_at, and "kept" / "broken" / "cancelled" at resolved_at
                      (ix_promise_account_due narrows to the account)
    payments          at posted_at; the value date (paid_on) travels with the entry
    notes             ix_account_note_account_created
    audit trail       changes of status, collector and next action (ix_audit_entry_entity)

Every source is read with its own indexed query and LIMIT, so an account with years of history costs
`limit` rows per source, never a table scan. The entries carry structured facts (enum members,
amounts, the note text); the UI turns them into words in the user's language (collectdesk.ui.labels),
so this module stays free of display text.

User names: activities and promises name the collector (StaffMember.full_name); payments, notes and
audit rows store the username of whoever acted, which is mapped to the staff member's full name when
there is one (one query for all names on the page).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collectdesk.domain.enums import (AccountStatus, Channel, DebtorFlag, DebtorType, Direction, EscalationStatus,
                                      Outcome, PaymentMethod, PromiseStatus, StaffRole)
from collectdesk.services import escalation_outcome, plans
from collectdesk.services.context import ServiceContext, load
from collectdesk.store.models import (Account, AccountNote, Activity, AuditEntry, Debtor, DebtorContact,
                                      DebtorFlagEntry, Escalation, Payment, PaymentPlan, Promise, StaffMember,
                                      Team)

ZERO = Decimal("0.00")

# account fields whose changes the timeline shows (from the audit trail)
AUDITED_FIELDS = ("status", "collector_id", "next_action_on")
# what an approved escalation created is shown with the account for this long after the decision
OUTCOME_DAYS = 180


@dataclass(frozen=True, slots=True)
class ContactInfo:
    kind: str  # phone, email, address
    value: str
    label: str
    is_primary: bool
    valid: bool
    do_not_use: bool


@dataclass(frozen=True, slots=True)
class FlagInfo:
    flag: DebtorFlag
    set_at: datetime
    set_by: str
    note: str | None


@dataclass(frozen=True, slots=True)
class DebtorInfo:
    id: uuid.UUID
    version: int
    name: str
    debtor_type: DebtorType
    country: str
    language: str
    timezone: str
    address: str | None
    contacts: tuple[ContactInfo, ...]
    flags: tuple[FlagInfo, ...]  # active ones only, oldest first

    @property
    def active_flags(self) -> frozenset[DebtorFlag]:
        return frozenset(f.flag for f in self.flags)


@dataclass(frozen=True, slots=True)
class Balances:
    currency: str
    original: Decimal
    paid: Decimal        # payments applied to the debt (payments minus their overpayment part)
    open: Decimal        # the account's balance
    overpayment: Decimal  # held as a credit


@dataclass(frozen=True, slots=True)
class AccountDetail:
    id: uuid.UUID
    version: int
    account_no: str
    creditor: str
    creditor_ref: str | None
    currency: str
    status: AccountStatus
    due_date: date
    opened_on: date | None
    next_action_on: date | None
    last_contact_at: datetime | None
    last_payment_on: date | None
    priority: int
    collector_id: uuid.UUID | None
    collector_name: str | None
    team_name: str | None
    debtor: DebtorInfo
    balances: Balances
    open_escalation: EscalationBrief | None = None  # the newest escalation still awaiting a decision
    plan: PlanBrief | None = None  # the running payment plan and how it stands today
    # what the newest escalation approved in the last OUTCOME_DAYS created (escalation_outcome.Outcome)
    outcome: escalation_outcome.Outcome | None = None


@dataclass(frozen=True, slots=True)
class EscalationBrief:
    id: uuid.UUID
    status: str
    requested_decision: str
    raised_at: datetime


@dataclass(frozen=True, slots=True)
class PlanBrief:
    id: uuid.UUID
    state: object  # services.plans.PlanState (status, payable, paid, outstanding, missed, next_due, next_amount)


OPEN_ESCALATION = ("draft", "submitted", "under_review", "referred", "info_requested", "counter_proposed")
RUNNING_PLAN = ("proposed", "active", "on_track", "missed")


class TimelineKind(StrEnum):
    ACTIVITY = "activity"
    PROMISE_MADE = "promise_made"
    PROMISE_KEPT = "promise_kept"
    PROMISE_BROKEN = "promise_broken"
    PROMISE_CANCELLED = "promise_cancelled"
    PAYMENT = "payment"
    NOTE = "note"
    STATUS_CHANGE = "status_change"
    COLLECTOR_CHANGE = "collector_change"
    NEXT_ACTION_CHANGE = "next_action_change"


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: datetime          # UTC
    kind: TimelineKind
    actor: str            # a full name when known, else the username; "" for the system
    text: str = ""        # free text: the activity's or promise's note, the note itself, a payment reference
    amount: Decimal | None = None
    currency: str | None = None
    channel: Channel | None = None
    direction: Direction | None = None
    outcome: Outcome | None = None
    duration_s: int = 0
    method: PaymentMethod | None = None
    day: date | None = None       # promise due date, payment value date, new next-action date
    overpayment: Decimal | None = None
    paid_amount: Decimal | None = None  # a resolved promise: how much of it was paid
    old_status: AccountStatus | None = None
    new_status: AccountStatus | None = None
    old_value: str | None = None  # collector: old and new full names
    new_value: str | None = None
    source_id: str = field(default="", compare=False)


# --------------------------------------------------------------------------------------------- detail

def account_detail(ctx: ServiceContext, account_id: uuid.UUID, *, today: date | None = None) -> AccountDetail:
    """Everything the panel's header and boxes show, the plans as they stand on `today` (default: today).
    Raises NotFoundError when the account is gone."""
    today = today or date.today()
    with ctx.reading() as s:
        account = load(s, Account, account_id, label=str(account_id))
        debtor = s.get(Debtor, account.debtor_id)
        contacts = s.scalars(select(DebtorContact).where(DebtorContact.debtor_id == debtor.id)
                             .order_by(DebtorContact.is_primary.desc(), DebtorContact.kind,
                                       DebtorContact.created_at)).all()
        flags = s.scalars(select(DebtorFlagEntry).where(DebtorFlagEntry.debtor_id == debtor.id,
                                                        DebtorFlagEntry.cleared_at.is_(None))
                          .order_by(DebtorFlagEntry.set_at)).all()
        collector_name = team_name = None
        if account.collector_id is not None:
            collector_name = s.scalar(select(StaffMember.full_name).where(StaffMember.id == account.collector_id))
        if account.team_id is not None:
            team_name = s.scalar(select(Team.name).where(Team.id == account.team_id))
        paid_total, over_total = s.execute(
            select(func.coalesce(func.sum(Payment.amount), 0), func.coalesce(func.sum(Payment.overpayment), 0))
            .where(Payment.account_id == account.id, Payment.currency == account.currency)).one()
        paid_total = _money(s, paid_total)
        over_total = _money(s, over_total)
        flag_infos: dict[DebtorFlag, FlagInfo] = {}
        for f in flags:  # set_flag_in keeps one active entry per flag; be lenient with imported data
            flag_infos.setdefault(f.flag, FlagInfo(flag=f.flag, set_at=f.set_at, set_by=f.set_by, note=f.note))
        esc = s.execute(select(Escalation.id, Escalation.status, Escalation.requested_decision, Escalation.created_at)
                        .where(Escalation.account_id == account.id, Escalation.status.in_(OPEN_ESCALATION))
                        .order_by(Escalation.created_at.desc()).limit(1)).first()
        plan = s.scalars(select(PaymentPlan).where(PaymentPlan.account_id == account.id,
                                                   PaymentPlan.status.in_(RUNNING_PLAN))
                         .order_by(PaymentPlan.created_at.desc()).limit(1)).first()
        since = datetime.combine(today - timedelta(days=OUTCOME_DAYS), time.min, tzinfo=timezone.utc)
        decided = s.scalar(select(Escalation.id).where(
            Escalation.account_id == account.id, Escalation.status == EscalationStatus.APPROVED,
            Escalation.decided_at >= since).order_by(Escalation.decided_at.desc(), Escalation.id).limit(1))
        detail = AccountDetail(
            id=account.id, version=account.version, account_no=account.account_no, creditor=account.creditor,
            creditor_ref=account.creditor_ref, currency=account.currency, status=account.status,
            due_date=account.due_date, opened_on=account.opened_on, next_action_on=account.next_action_on,
            last_contact_at=account.last_contact_at, last_payment_on=account.last_payment_on,
            priority=account.priority, collector_id=account.collector_id, collector_name=collector_name,
            team_name=team_name,
            debtor=DebtorInfo(
                id=debtor.id, version=debtor.version, name=debtor.name, debtor_type=debtor.debtor_type,
                country=debtor.country, language=debtor.language, timezone=debtor.timezone,
                address=debtor.address,
                contacts=tuple(ContactInfo(kind=c.kind, value=c.value, label=c.label or "",
                                           is_primary=c.is_primary, valid=c.valid, do_not_use=c.do_not_use)
                               for c in contacts),
                flags=tuple(flag_infos.values())),
            balances=Balances(currency=account.currency, original=account.original_amount,
                              paid=paid_total - over_total, open=account.balance, overpayment=over_total),
            open_escalation=EscalationBrief(id=esc[0], status=str(getattr(esc[1], "value", esc[1])),
                                            requested_decision=str(getattr(esc[2], "value", esc[2])),
                                            raised_at=esc[3]) if esc else None,
            plan=PlanBrief(id=plan.id, state=plans.state_of(plan, today)) if plan is not None else None,
            outcome=escalation_outcome.outcome_in(s, decided, today) if decided is not None else None,
        )
    return detail


def _money(session: Session, value) -> Decimal:
    """A SUM over a money column. COALESCE(..., 0) loses the column type, so convert here."""
    if isinstance(value, Decimal):
        return value.quantize(Decimal("0.01"))
    if session.get_bind().dialect.name == "sqlite":  # integer cents there (store/types.py)
        return Decimal(int(value or 0)).scaleb(-2).quantize(Decimal("0.01"))
    return Decimal(value or 0).quantize(Decimal("0.01"))


def current_version(ctx: ServiceContext, account_id: uuid.UUID, expected_version: int) -> None:
    """Fail with a StaleEditError naming who changed what when the account moved past the version the
    user saw. For actions whose service takes no expected_version (reassignment)."""
    with ctx.reading() as s:
        load(s, Account, account_id, expected_version=expected_version, label=str(account_id))


@dataclass(frozen=True, slots=True)
class StaffChoice:
    id: uuid.UUID
    full_name: str
    team_name: str | None


def active_collectors(ctx: ServiceContext) -> list[StaffChoice]:
    """Collectors who can take accounts, by name."""
    with ctx.reading() as s:
        rows = s.execute(select(StaffMember.id, StaffMember.full_name, Team.name)
                         .outerjoin(Team, Team.id == StaffMember.team_id)
                         .where(StaffMember.active.is_(True), StaffMember.role == StaffRole.COLLECTOR)
                         .order_by(StaffMember.full_name)).all()
        return [StaffChoice(id=r[0], full_name=r[1], team_name=r[2]) for r in rows]


# ------------------------------------------------------------------------------------------- timeline

def timeline(ctx: ServiceContext, account_id: uuid.UUID, limit: int = 500) -> list[TimelineEntry]:
    """The newest `limit` events on the account, newest first."""
    with ctx.reading() as s:
        entries: list[TimelineEntry] = []
        staff_by_id: dict[uuid.UUID, str] = {}
        usernames: set[str] = set()

        # plain rows of the columns shown (no ORM identity map: 6 x 500 rows stay cheap)
        activities = s.execute(select(
            Activity.id, Activity.occurred_at, Activity.collector_id, Activity.created_by, Activity.note,
            Activity.channel, Activity.direction, Activity.outcome, Activity.duration_s)
            .where(Activity.account_id == account_id)
            .order_by(Activity.occurred_at.desc()).limit(limit)).all()
        promise_cols = (Promise.id, Promise.collector_id, Promise.amount, Promise.currency, Promise.promised_at,
                        Promise.due_date, Promise.status, Promise.paid_amount, Promise.resolved_at, Promise.note)
        promises_made = s.execute(select(*promise_cols).where(Promise.account_id == account_id)
                                  .order_by(Promise.promised_at.desc()).limit(limit)).all()
        promises_done = s.execute(select(*promise_cols).where(
            Promise.account_id == account_id, Promise.resolved_at.is_not(None),
            Promise.status.in_([PromiseStatus.KEPT, PromiseStatus.BROKEN, PromiseStatus.CANCELLED]))
            .order_by(Promise.resolved_at.desc()).limit(limit)).all()
        payments = s.execute(select(
            Payment.id, Payment.posted_at, Payment.posted_by, Payment.reference, Payment.amount, Payment.currency,
            Payment.method, Payment.paid_on, Payment.overpayment)
            .where(Payment.account_id == account_id)
            .order_by(Payment.posted_at.desc()).limit(limit)).all()
        notes = s.execute(select(AccountNote.id, AccountNote.created_at, AccountNote.author, AccountNote.text)
                          .where(AccountNote.account_id == account_id)
                          .order_by(AccountNote.created_at.desc()).limit(limit)).all()
        changes = s.execute(select(
            AuditEntry.id, AuditEntry.occurred_at, AuditEntry.actor, AuditEntry.field, AuditEntry.old_value,
            AuditEntry.new_value).where(
            AuditEntry.entity == "account", AuditEntry.entity_id == str(account_id),
            AuditEntry.field.in_(AUDITED_FIELDS))
            .order_by(AuditEntry.occurred_at.desc()).limit(limit)).all()

        # names: collectors by id, everyone else by username
        ids = {a.collector_id for a in activities} | {p.collector_id for p in promises_made}
        ids |= {p.collector_id for p in promises_done}
        for c in changes:
            if c.field == "collector_id":
                ids |= {_uuid(c.old_value), _uuid(c.new_value)}
        ids.discard(None)
        if ids:
            staff_by_id = dict(s.execute(select(StaffMember.id, StaffMember.full_name)
                                         .where(StaffMember.id.in_(ids))).all())
        usernames = ({a.created_by for a in activities} | {p.posted_by for p in payments}
                     | {n.author for n in notes} | {c.actor for c in changes})
        usernames.discard("")
        usernames.discard(None)
        by_username: dict[str, str] = {}
        if usernames:
            by_username = dict(s.execute(select(StaffMember.username, StaffMember.full_name)
                                         .where(StaffMember.username.in_(usernames))).all())

        def person(username: str | None) -> str:
            return by_username.get(username or "", username or "")

        for a in activities:
            actor = staff_by_id.get(a.collector_id) if a.collector_id else None
            entries.append(TimelineEntry(
                at=a.occurred_at, kind=TimelineKind.ACTIVITY, actor=actor or person(a.created_by),
                text=a.note or "", channel=a.channel, direction=a.direction, outcome=a.outcome,
                duration_s=a.duration_s or 0, source_id=str(a.id)))
        for p in promises_made:
            entries.append(TimelineEntry(
                at=p.promised_at, kind=TimelineKind.PROMISE_MADE,
                actor=staff_by_id.get(p.collector_id, "") if p.collector_id else "",
                text=p.note or "", amount=p.amount, currency=p.currency, day=p.due_date,
                source_id=f"{p.id}:made"))
        resolved_kind = {PromiseStatus.KEPT: TimelineKind.PROMISE_KEPT,
                         PromiseStatus.BROKEN: TimelineKind.PROMISE_BROKEN,
                         PromiseStatus.CANCELLED: TimelineKind.PROMISE_CANCELLED}
        for p in promises_done:
            entries.append(TimelineEntry(
                at=p.resolved_at, kind=resolved_kind[p.status], actor="",
                amount=p.amount, currency=p.currency, day=p.due_date, paid_amount=p.paid_amount,
                source_id=f"{p.id}:resolved"))
        for pay in payments:
            entries.append(TimelineEntry(
                at=pay.posted_at, kind=TimelineKind.PAYMENT, actor=person(pay.posted_by),
                text=pay.reference or "", amount=pay.amount, currency=pay.currency, method=pay.method,
                day=pay.paid_on, overpayment=pay.overpayment if pay.overpayment else None,
                source_id=str(pay.id)))
        for n in notes:
            entries.append(TimelineEntry(at=n.created_at, kind=TimelineKind.NOTE, actor=person(n.author),
                                         text=n.text, source_id=str(n.id)))
        for c in changes:
            actor = person(c.actor)
            if c.field == "status":
                entries.append(TimelineEntry(
                    at=c.occurred_at, kind=TimelineKind.STATUS_CHANGE, actor=actor,
                    old_status=_status(c.old_value), new_status=_status(c.new_value), source_id=str(c.id)))
            elif c.field == "collector_id":
                old, new = _uuid(c.old_value), _uuid(c.new_value)
                entries.append(TimelineEntry(
                    at=c.occurred_at, kind=TimelineKind.COLLECTOR_CHANGE, actor=actor,
                    old_value=staff_by_id.get(old, c.old_value) if old else None,
                    new_value=staff_by_id.get(new, c.new_value) if new else None, source_id=str(c.id)))
            else:
                entries.append(TimelineEntry(
                    at=c.occurred_at, kind=TimelineKind.NEXT_ACTION_CHANGE, actor=actor,
                    day=_date(c.new_value), old_value=c.old_value, new_value=c.new_value, source_id=str(c.id)))

    # newest first; entries of the same instant in a fixed order (TimelineKind's), so reloads do not shuffle
    rank = {k: i for i, k in enumerate(TimelineKind)}
    entries.sort(key=lambda e: (e.at, -rank[e.kind]), reverse=True)
    return entries[:limit]


def _uuid(text: str | None) -> uuid.UUID | None:
    if not text:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _status(text: str | None) -> AccountStatus | None:
    try:
        return AccountStatus(text) if text else None
    except ValueError:
        return None
