"""Escalations: a hard account taken to the supervisor or, above the limits, to a senior manager.

    raise_escalation(ctx, account_id, raised_by_id=, reason=, requested_decision=, proposed_terms=, note=,
                     amount_at_stake=None, today=None, attachments=()) -> id
    route(ctx, escalation_id) -> Routing(needs_senior, reasons)
    decide(ctx, escalation_id, action=, decided_by_id=, note=, terms=None, refer_to_id=None, expected_version=None,
           today=None) -> version
    approvals_queue(ctx, for_staff_id=None, now=None) -> [QueueRow] (oldest first, age in days)
    decided_cases(ctx, days=90, now=None) -> [QueueRow] (decided in the last `days`, newest first)
        (both in escalation_queue.py, re-exported here)
    history(ctx, escalation_id) -> [HistoryEntry] (oldest first)
    add_attachment(ctx, escalation_id, path) / attachments(ctx, escalation_id)
    deciders(ctx) -> [Decider] (who may be named as deciding)   is_shared(ctx) -> bool
    escalation_outcome.outcome(ctx, escalation_id) -> what an approval created

One open escalation per account: raising a second is refused until the first is decided or withdrawn.
Raising marks the account escalated (escalation_outcome.mark_escalated: not one under legal action or on a
running payment plan) and keeps its status; a rejection or withdrawal gives it back. Files given with
`attachments` are stored in the same transaction: one that cannot be read, or is too large, saves nothing.

Approval carries the decision out in the same transaction (escalation_outcome.carry_out): the payment
plan approved or built, the settlement offered and accepted, the write-off booked, the account on hold or
with legal. What is approved and routed: the proposed terms, overlaid by the last counter-proposal's and
those given with the approval (escalation_outcome.approved_terms).

Snapshot: when raised, the account as it stood is kept as JSON on the escalation (balances, aging
bucket, the last 10 contacts, promise history, payments, open complaints), so the decision can be read
against what the person raising it saw, whatever happens on the account later.

Routing (department setting "escalations.limits"): a supervisor may decide alone unless
  - a payment plan has more installments than ``plan_max_installments`` (terms key "installments");
  - a write-off is above ``write_off_max`` for its currency (no limit set for the currency: above);
  - a settlement discounts more than ``settlement_max_discount_pct`` % of the amount at stake (terms key
    "settlement_amount", or "discount_pct");
  - the amount at stake is above the deciding supervisor's own StaffMember.approval_limit (same currency);
  - the reason is suspected fraud or the debtor carries the fraud flag;
  - the debtor is flagged with a documented record of economic recovery (DebtorFlag.ECONOMIC_RECOVERY);
  - the supervisor chose so: the requested decision is a senior-manager review, or it was referred.
Then only a senior manager or a collection manager may approve it.

Four-eyes: whoever raised an escalation can neither approve, reject nor counter-propose on it.

Who decided: ``decided_by_id`` is the staff member who took the decision. On a single-user local
database (SQLite) the supervisor enters a senior manager's decision: the event names the senior manager
(actor_id, decided_by) and keeps the login that typed it in (actor). On a shared database (PostgreSQL)
everyone has their own login, so every step is recorded under the login of the staff member named.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import aliased

from collectdesk import i18n
from collectdesk.domain.enums import (DebtorFlag, EscalationAction, EscalationDecision, EscalationReason,
                                      EscalationStatus, StaffRole)
from collectdesk.domain.errors import ValidationError
from collectdesk.services import escalation_outcome, escalation_queue
from collectdesk.services.context import ServiceContext, load
from collectdesk.services.escalation_files import (MAX_ATTACHMENT_BYTES, OWNER_KIND, add_attachment,  # noqa: F401
                                                   attachments, read_file, store_file)
from collectdesk.services.escalation_queue import QueueRow, approvals_queue, decided_cases  # noqa: F401
from collectdesk.services.escalation_snapshot import account_snapshot, normalised_snapshot
from collectdesk.services.department_settings import setting
from collectdesk.store.engine import is_sqlite
from collectdesk.store.models import Account, Debtor, DebtorFlagEntry, StaffMember
from collectdesk.store.models.escalations import Escalation, EscalationEvent

OPEN_STATUSES = escalation_outcome.OPEN_ESCALATION
CLOSED_STATUSES = escalation_queue.CLOSED_STATUSES
DECIDING_ROLES = (StaffRole.SUPERVISOR, StaffRole.COLLECTION_MANAGER, StaffRole.SENIOR_MANAGER)
SENIOR_ROLES = (StaffRole.SENIOR_MANAGER, StaffRole.COLLECTION_MANAGER)
FOUR_EYES_ACTIONS = (EscalationAction.APPROVED, EscalationAction.REJECTED, EscalationAction.COUNTER_PROPOSAL)

# the status an action leads to (None: unchanged)
NEXT_STATUS = {
    EscalationAction.APPROVED: EscalationStatus.APPROVED,
    EscalationAction.REJECTED: EscalationStatus.REJECTED,
    EscalationAction.COUNTER_PROPOSAL: EscalationStatus.COUNTER_PROPOSED,
    EscalationAction.INFO_REQUESTED: EscalationStatus.INFO_REQUESTED,
    EscalationAction.REFERRED: EscalationStatus.REFERRED,
    EscalationAction.WITHDRAWN: EscalationStatus.WITHDRAWN,
    EscalationAction.COMMENT: None,
    EscalationAction.INFO_PROVIDED: None,  # back to where it waited: referred or under review
}


_translate = QCoreApplication.translate  # an alias lupdate reads (translations/update.py resolves it)


@dataclass(frozen=True, slots=True)
class Routing:
    needs_senior: bool
    reasons: list[str]  # translated, one per rule that sends the case up


@dataclass(frozen=True, slots=True)
class Decider:
    id: uuid.UUID
    full_name: str
    role: StaffRole
    username: str
    senior: bool  # a senior or collection manager: may decide what routing sends up


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    action: EscalationAction
    actor: str          # the login that entered it
    actor_name: str     # the staff member who acted (their full name), else the login
    note: str
    terms: dict | None


@dataclass(frozen=True, slots=True)
class EscalationDetail:
    id: uuid.UUID
    version: int
    account_id: uuid.UUID
    account_no: str
    debtor_name: str
    reason: EscalationReason
    requested_decision: EscalationDecision
    status: EscalationStatus
    amount_at_stake: Decimal
    currency: str
    proposed_terms: dict | None
    note: str
    snapshot: dict
    raised_by_id: uuid.UUID | None
    raised_by: str
    raised_at: datetime
    referred_to_id: uuid.UUID | None
    referred_to: str | None
    decision: EscalationDecision | None
    decided_by: str | None
    decided_at: datetime | None
    decision_note: str | None


# ---------------------------------------------------------------------------------------------- raise

def raise_escalation(ctx: ServiceContext, account_id: uuid.UUID, *, raised_by_id: uuid.UUID,
                     reason: EscalationReason, requested_decision: EscalationDecision,
                     proposed_terms: dict | None, note: str, amount_at_stake: Decimal | None = None,
                     today: date | None = None, attachments: Sequence[str | os.PathLike] = ()) -> uuid.UUID:
    """Record a new escalation with a snapshot of the account and its files; returns its id."""
    reason, requested_decision = EscalationReason(reason), EscalationDecision(requested_decision)
    if amount_at_stake is not None and Decimal(amount_at_stake) < 0:
        raise ValidationError(_translate("Escalations", "The amount at stake cannot be negative."))
    _check_terms(proposed_terms)
    files = [read_file(path) for path in attachments]
    snapshot = account_snapshot(ctx, account_id, today=today)
    with ctx.transaction() as s:
        account = load(s, Account, account_id, label=_translate("Escalations", "Account"))
        s.execute(select(Account.id).where(Account.id == account.id).with_for_update())  # one raise at a time
        raiser = load(s, StaffMember, raised_by_id, label=_translate("Escalations", "Staff member"))
        open_one = s.execute(select(Escalation.status, Escalation.created_at).where(
            Escalation.account_id == account.id, Escalation.status.in_(OPEN_STATUSES))
            .order_by(Escalation.created_at).limit(1)).first()
        if open_one is not None:
            raise ValidationError(_translate(
                "Escalations", "This account already has an open escalation ({status}, raised on {date}). Decide "
                               "or withdraw it before raising another.").format(
                status=status_text(open_one.status), date=i18n.format_date(_aware(open_one.created_at).date())))
        amount = Decimal(amount_at_stake) if amount_at_stake is not None else account.balance
        esc = Escalation(account_id=account.id, raised_by_id=raiser.id, reason=reason,
                         requested_decision=requested_decision, status=EscalationStatus.SUBMITTED,
                         amount_at_stake=amount.quantize(Decimal("0.01")), currency=account.currency,
                         proposed_terms=_dump(proposed_terms), note=note or None, snapshot=_dump(snapshot))
        escalation_outcome.mark_escalated(esc, account)
        s.add(esc)
        s.flush()
        s.add(EscalationEvent(escalation_id=esc.id, action=EscalationAction.RAISED, actor=ctx.actor,
                              actor_id=raiser.id, at=s.info["now"], note=note or None,
                              terms=_dump(proposed_terms)))
        for name, data in files:
            store_file(s, esc.id, name, data)
        return esc.id


def _check_terms(terms: dict | None) -> None:
    terms = terms or {}
    if "installments" in terms:
        try:
            n = int(terms["installments"])
        except (TypeError, ValueError):
            n = 0
        if n < 1:
            raise ValidationError(_translate(
                "Escalations", "The number of installments must be a whole number of at least 1."))
    for key in ("settlement_amount", "write_off_amount", "discount_pct"):
        if key in terms and terms[key] is not None and _decimal(terms[key]) is None:
            raise ValidationError(_translate(
                "Escalations", "The proposed terms hold an amount that is not a number: {value}").format(
                value=terms[key]))


# -------------------------------------------------------------------------------------------- routing

def limits(ctx: ServiceContext) -> dict:
    return setting(ctx, "escalations.limits")


def route(ctx: ServiceContext, escalation_id: uuid.UUID, *, decider_id: uuid.UUID | None = None,
          translate=None, money=None, number=None) -> Routing:
    """Whether the case needs a senior manager, and why (each reason in the user's language). With
    `decider_id`, that supervisor's own approval limit counts too. A report in another language passes
    its own `translate(context, text)`, `money(amount, currency)` and `number(value, places)`."""
    lim = limits(ctx)
    with ctx.reading() as s:
        esc = load(s, Escalation, escalation_id, label=_translate("Escalations", "Escalation"))
        flags = _active_flags(s, esc.account_id)
        decider = s.get(StaffMember, decider_id) if decider_id else None
        referred = esc.status == EscalationStatus.REFERRED or esc.referred_to_id is not None
        return _route(esc, flags, lim, decider, referred, translate=translate, money=money, number=number)


def _route(esc: Escalation, flags: set, lim: dict, decider: StaffMember | None, referred: bool, *, terms=None,
           translate=None, money=None, number=None) -> Routing:
    say = QCoreApplication.translate
    if translate is not None:
        say = translate
    format_money = money or i18n.format_money
    format_decimal = number or i18n.format_decimal
    terms = terms if terms is not None else (_load(esc.proposed_terms) or {})
    reasons: list[str] = []
    amount, currency = esc.amount_at_stake, esc.currency
    if esc.requested_decision == EscalationDecision.PAYMENT_PLAN and "installments" in terms:
        max_n = int(lim.get("plan_max_installments", 12))
        n = int(terms["installments"])
        if n > max_n:
            reasons.append(say(
                "Escalations", "The payment plan has {count} installments; a supervisor may approve up to {limit}.")
                           .format(count=n, limit=max_n))
    if esc.requested_decision == EscalationDecision.WRITE_OFF:
        write_off = _decimal(terms.get("write_off_amount")) if terms.get("write_off_amount") is not None else amount
        cap = _decimal((lim.get("write_off_max") or {}).get(currency))
        if cap is None:
            reasons.append(say(
                "Escalations", "No write-off limit is set for {currency}: every write-off in it goes to a senior "
                               "manager.").format(currency=currency))
        elif write_off > cap:
            reasons.append(say(
                "Escalations", "The write-off of {amount} is above the supervisor's limit of {limit}.").format(
                amount=format_money(write_off, currency), limit=format_money(cap, currency)))
    if esc.requested_decision == EscalationDecision.SETTLEMENT:
        pct = _discount_pct(terms, amount)
        cap = _decimal(lim.get("settlement_max_discount_pct", "30"))
        if pct is not None and cap is not None and pct > cap:
            reasons.append(say(
                "Escalations", "The settlement gives a discount of {pct} %; a supervisor may approve up to {limit} %.")
                           .format(pct=format_decimal(pct, 1), limit=format_decimal(cap, 1)))
    if (decider is not None and decider.role == StaffRole.SUPERVISOR and decider.approval_limit is not None
            and decider.approval_currency == currency and amount > decider.approval_limit):
        reasons.append(say("Escalations", "{amount} is above the approval limit of {name} ({limit}).").format(
            amount=format_money(amount, currency), name=decider.full_name,
            limit=format_money(decider.approval_limit, currency)))
    if esc.reason == EscalationReason.SUSPECTED_FRAUD or DebtorFlag.FRAUD in flags:
        reasons.append(say("Escalations", "Suspected fraud: every fraud case goes to a senior manager."))
    if DebtorFlag.ECONOMIC_RECOVERY in flags:
        reasons.append(say("Escalations", "The customer is flagged with a documented record of economic recovery."))
    if esc.requested_decision == EscalationDecision.SENIOR_REVIEW or referred:
        reasons.append(say("Escalations", "The supervisor referred the case to a senior manager."))
    return Routing(needs_senior=bool(reasons), reasons=reasons)


def _active_flags(s, account_id: uuid.UUID) -> set[DebtorFlag]:
    return set(s.scalars(select(DebtorFlagEntry.flag).join(Account, Account.debtor_id == DebtorFlagEntry.debtor_id)
                         .where(Account.id == account_id, DebtorFlagEntry.cleared_at.is_(None))))


def _discount_pct(terms: dict, amount: Decimal) -> Decimal | None:
    if terms.get("discount_pct") is not None:
        return _decimal(terms["discount_pct"])
    settle = _decimal(terms.get("settlement_amount")) if terms.get("settlement_amount") is not None else None
    if settle is None or amount <= 0:
        return None
    return ((amount - settle) * 100 / amount).quantize(Decimal("0.1"))


# ------------------------------------------------------------------------------------------- decisions

def decide(ctx: ServiceContext, escalation_id: uuid.UUID, *, action: EscalationAction, decided_by_id: uuid.UUID,
           note: str, terms: dict | None = None, refer_to_id: uuid.UUID | None = None,
           expected_version: int | None = None, today: date | None = None) -> int:
    """Record one step of the decision (approve, reject, counter-proposal, request or provide information,
    refer to a senior manager, withdraw, comment). An approval carries the decision out in the same
    transaction (escalation_outcome.carry_out; `today` dates it). Returns the escalation's new version."""
    action = EscalationAction(action)
    if action == EscalationAction.RAISED:
        raise ValidationError(_translate("Escalations", "An escalation is raised only once."))
    if action in (EscalationAction.REJECTED, EscalationAction.COUNTER_PROPOSAL, EscalationAction.INFO_REQUESTED,
                  EscalationAction.REFERRED) and not (note or "").strip():
        raise ValidationError(_translate(
            "Escalations", "Write why: a rejection, a counter-proposal, a request for information and a "
                           "referral need a note."))
    if action == EscalationAction.COUNTER_PROPOSAL and not terms:
        raise ValidationError(_translate("Escalations", "A counter-proposal needs the terms proposed."))
    if terms:
        _check_terms(terms)
    lim = limits(ctx)
    with ctx.transaction() as s:
        esc = load(s, Escalation, escalation_id, expected_version=expected_version, label=_translate(
            "Escalations", "Escalation"))
        actor = load(s, StaffMember, decided_by_id, label=_translate("Escalations", "Staff member"))
        if is_shared(ctx) and actor.username.casefold() != (ctx.actor or "").casefold():
            raise ValidationError(_translate(
                "Escalations", "On a shared database each manager decides under their own login: {name} must "
                               "sign in to decide.").format(name=actor.full_name))
        if esc.status in CLOSED_STATUSES and action != EscalationAction.COMMENT:
            raise ValidationError(_translate(
                "Escalations", "This escalation is closed ({status}); only a comment can be added.").format(
                status=status_text(esc.status)))
        if action in FOUR_EYES_ACTIONS and esc.raised_by_id == actor.id:
            raise ValidationError(_translate(
                "Escalations", "Four-eyes rule: {name} raised this escalation and cannot decide it. "
                               "Another supervisor or a senior manager must.").format(name=actor.full_name))
        deciding = action in FOUR_EYES_ACTIONS or action in (EscalationAction.REFERRED,
                                                              EscalationAction.INFO_REQUESTED)
        if deciding and actor.role not in DECIDING_ROLES:
            raise ValidationError(_translate(
                "Escalations", "{name} is not a supervisor or manager and cannot decide escalations.").format(
                name=actor.full_name))
        if action == EscalationAction.WITHDRAWN and actor.id != esc.raised_by_id and actor.role not in DECIDING_ROLES:
            raise ValidationError(_translate(
                "Escalations", "Only the person who raised it or a supervisor can withdraw an escalation."))
        # what is approved: the proposed terms, overlaid by the last counter-proposal's and those given now
        approved = escalation_outcome.approved_terms(s, esc, terms)
        if action in FOUR_EYES_ACTIONS and actor.role not in SENIOR_ROLES:
            flags = _active_flags(s, esc.account_id)
            routing = _route(esc, flags, lim, actor, esc.status == EscalationStatus.REFERRED, terms=approved)
            senior_only = action == EscalationAction.APPROVED or esc.status == EscalationStatus.REFERRED
            if routing.needs_senior and senior_only:
                raise ValidationError(_translate(
                    "Escalations", "Only a senior manager can decide this escalation: {reasons}").format(
                    reasons=" ".join(routing.reasons)))
        if action == EscalationAction.REFERRED:
            if refer_to_id is None:
                raise ValidationError(_translate("Escalations", "Choose the senior manager the case is referred to."))
            senior = load(s, StaffMember, refer_to_id, label=_translate("Escalations", "Staff member"))
            if senior.role not in SENIOR_ROLES:
                raise ValidationError(_translate(
                    "Escalations", "{name} is not a senior manager.").format(name=senior.full_name))
            esc.referred_to_id = esc.assigned_to_id = senior.id

        now = s.info["now"]
        new_status = NEXT_STATUS[action]
        if action == EscalationAction.INFO_PROVIDED:
            new_status = EscalationStatus.REFERRED if esc.referred_to_id else EscalationStatus.UNDER_REVIEW
        elif (action == EscalationAction.COMMENT and esc.status == EscalationStatus.SUBMITTED
              and actor.role in DECIDING_ROLES and actor.id != esc.raised_by_id):
            new_status = EscalationStatus.UNDER_REVIEW
        if new_status is not None:
            esc.status = new_status
        if action in (EscalationAction.APPROVED, EscalationAction.REJECTED):
            esc.decision = esc.requested_decision if action == EscalationAction.APPROVED else None
            esc.decided_by = actor.full_name[:64]
            esc.decided_at = now
            esc.decision_note = note or None
        if action == EscalationAction.APPROVED:
            escalation_outcome.carry_out(s, esc, actor, approved, today or date.today())
        elif action in (EscalationAction.REJECTED, EscalationAction.WITHDRAWN):
            escalation_outcome.restore_account_status(s, esc)
        kept = (approved or None) if action == EscalationAction.APPROVED else terms  # an approval: all it approved
        s.add(EscalationEvent(escalation_id=esc.id, action=action, actor=ctx.actor, actor_id=actor.id, at=now,
                              note=note or None, terms=_dump(kept)))
        s.flush()
        return esc.version


def status_text(status: EscalationStatus) -> str:
    names = {
        EscalationStatus.DRAFT: _translate(
            "Escalations", "draft"), EscalationStatus.SUBMITTED: _translate("Escalations", "submitted"),
        EscalationStatus.UNDER_REVIEW: _translate(
            "Escalations", "under review"), EscalationStatus.REFERRED: _translate("Escalations", "referred"),
        EscalationStatus.INFO_REQUESTED: _translate("Escalations", "information requested"),
        EscalationStatus.COUNTER_PROPOSED: _translate(
            "Escalations", "counter-proposed"), EscalationStatus.APPROVED: _translate("Escalations", "approved"),
        EscalationStatus.REJECTED: _translate(
            "Escalations", "rejected"), EscalationStatus.WITHDRAWN: _translate("Escalations", "withdrawn"),
    }
    return names[EscalationStatus(status)]


# ------------------------------------------------------------------------------------------- reading

def get_escalation(ctx: ServiceContext, escalation_id: uuid.UUID) -> EscalationDetail:
    raiser, referee = aliased(StaffMember), aliased(StaffMember)
    with ctx.reading() as s:
        load(s, Escalation, escalation_id, label=_translate("Escalations", "Escalation"))
        e, no, debtor, by, to = s.execute(
            select(Escalation, Account.account_no, Debtor.name, raiser.full_name, referee.full_name)
            .join(Account, Account.id == Escalation.account_id).join(Debtor, Debtor.id == Account.debtor_id)
            .outerjoin(raiser, raiser.id == Escalation.raised_by_id)
            .outerjoin(referee, referee.id == Escalation.referred_to_id)
            .where(Escalation.id == escalation_id)).one()
        return EscalationDetail(
            id=e.id, version=e.version, account_id=e.account_id, account_no=no, debtor_name=debtor, reason=e.reason,
            requested_decision=e.requested_decision, status=e.status, amount_at_stake=e.amount_at_stake,
            currency=e.currency, proposed_terms=_load(e.proposed_terms), note=e.note or "",
            snapshot=normalised_snapshot(_load(e.snapshot)), raised_by_id=e.raised_by_id, raised_by=by or "",
            raised_at=e.created_at, referred_to_id=e.referred_to_id, referred_to=to, decision=e.decision,
            decided_by=e.decided_by, decided_at=e.decided_at, decision_note=e.decision_note)


def history(ctx: ServiceContext, escalation_id: uuid.UUID) -> list[HistoryEntry]:
    """Every step, oldest first."""
    with ctx.reading() as s:
        rows = s.execute(select(EscalationEvent, StaffMember.full_name)
                         .outerjoin(StaffMember, StaffMember.id == EscalationEvent.actor_id)
                         .where(EscalationEvent.escalation_id == escalation_id)
                         .order_by(EscalationEvent.at, EscalationEvent.id)).all()
    return [HistoryEntry(at=ev.at, action=ev.action, actor=ev.actor, actor_name=name or ev.actor,
                         note=ev.note or "", terms=_load(ev.terms)) for ev, name in rows]


def deciders(ctx: ServiceContext) -> list[Decider]:
    """Active staff who may decide escalations (supervisors and managers), by name; seniors flagged."""
    with ctx.reading() as s:
        rows = s.execute(select(StaffMember.id, StaffMember.full_name, StaffMember.role, StaffMember.username)
                         .where(StaffMember.active.is_(True), StaffMember.role.in_(DECIDING_ROLES))
                         .order_by(StaffMember.full_name, StaffMember.id)).all()
    return [Decider(id=r.id, full_name=r.full_name, role=StaffRole(r.role), username=r.username,
                    senior=StaffRole(r.role) in SENIOR_ROLES) for r in rows]


def is_shared(ctx: ServiceContext) -> bool:
    """A shared database (not a local SQLite file): everyone decides under their own login."""
    return not is_sqlite(ctx.engine)


# --------------------------------------------------------------------------------------------- helpers

def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, default=str, sort_keys=True, ensure_ascii=False)


def _load(text: str | None) -> Any:
    return None if not text else json.loads(text)


def _decimal(value) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
