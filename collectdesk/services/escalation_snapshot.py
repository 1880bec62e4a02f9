"""The account as it stood when an escalation was raised, as JSON-ready data (kept on the escalation).

Balances come from account_view.account_detail (the same figures as the account panel); the aging bucket
from domain/aging; the last 10 contacts, the promises and payments (newest first, at most 50 each) and the
open complaints and disputes from the feedback inbox, each with one indexed query on the account.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone

from sqlalchemy import select

from collectdesk.domain.aging import bucket_for, days_past_due
from collectdesk.domain.enums import FeedbackKind, FeedbackStatus
from collectdesk.services import account_view
from collectdesk.services.context import ServiceContext
from collectdesk.store.models import Activity, FeedbackItem, Payment, Promise, StaffMember

CONTACTS_IN_SNAPSHOT = 10
PAYMENTS_IN_SNAPSHOT = 50
PROMISES_IN_SNAPSHOT = 50


def account_snapshot(ctx: ServiceContext, account_id: uuid.UUID, *, today: date | None = None) -> dict:
    """The account as it stands: balances, aging, last contacts, promises, payments, open complaints."""
    today = today or datetime.now(timezone.utc).date()
    detail = account_view.account_detail(ctx, account_id)
    b = detail.balances
    days = days_past_due(detail.due_date, today)
    with ctx.reading() as s:
        contacts = s.execute(
            select(Activity.occurred_at, Activity.channel, Activity.direction, Activity.outcome, Activity.note,
                   StaffMember.full_name)
            .outerjoin(StaffMember, StaffMember.id == Activity.collector_id)
            .where(Activity.account_id == account_id)
            .order_by(Activity.occurred_at.desc()).limit(CONTACTS_IN_SNAPSHOT)).all()
        promises = s.execute(
            select(Promise.promised_at, Promise.amount, Promise.currency, Promise.due_date, Promise.status,
                   Promise.paid_amount).where(Promise.account_id == account_id)
            .order_by(Promise.promised_at.desc()).limit(PROMISES_IN_SNAPSHOT)).all()
        payments = s.execute(
            select(Payment.paid_on, Payment.amount, Payment.currency, Payment.method, Payment.reference)
            .where(Payment.account_id == account_id)
            .order_by(Payment.paid_on.desc(), Payment.posted_at.desc()).limit(PAYMENTS_IN_SNAPSHOT)).all()
        complaints = s.execute(
            select(FeedbackItem.received_at, FeedbackItem.kind, FeedbackItem.status, FeedbackItem.subject)
            .where(FeedbackItem.account_id == account_id,
                   FeedbackItem.kind.in_([FeedbackKind.COMPLAINT, FeedbackKind.DISPUTE]),
                   FeedbackItem.status.not_in([FeedbackStatus.RESOLVED, FeedbackStatus.CLOSED]))
            .order_by(FeedbackItem.received_at.desc())).all()
    return {
        "taken_on": today.isoformat(),
        "account_no": detail.account_no, "creditor": detail.creditor, "debtor": detail.debtor.name,
        "debtor_country": detail.debtor.country, "status": str(detail.status),
        "flags": [str(f.flag) for f in detail.debtor.flags],
        "collector": detail.collector_name,
        "balances": {"currency": b.currency, "original": str(b.original), "paid": str(b.paid),
                     "open": str(b.open), "overpayment": str(b.overpayment)},
        "aging": {"due_date": detail.due_date.isoformat(), "days_past_due": days, "bucket": str(bucket_for(days))},
        "contacts": [{"at": c.occurred_at.isoformat(), "channel": str(c.channel), "direction": str(c.direction),
                      "outcome": str(c.outcome) if c.outcome else None, "collector": c.full_name,
                      "note": c.note} for c in contacts],
        "promises": [{"promised_at": p.promised_at.isoformat(), "amount": str(p.amount), "currency": p.currency,
                      "due_date": p.due_date.isoformat(), "status": str(p.status),
                      "paid_amount": str(p.paid_amount)} for p in promises],
        "payments": [{"paid_on": p.paid_on.isoformat(), "amount": str(p.amount), "currency": p.currency,
                      "method": str(p.method), "reference": p.reference} for p in payments],
        "open_complaints": [{"received_at": c.received_at.isoformat(), "kind": str(c.kind),
                             "status": str(c.status), "subject": c.subject} for c in complaints],
    }


LISTS = ("contacts", "promises", "payments", "open_complaints")


def normalised_snapshot(snap: dict | None) -> dict:
    """A stored snapshot in today's shape. Older ones (and the demo's) are flat: balance, currency,
    days_past_due and counts instead of lists; they become balances/aging dicts and empty lists, so every
    reader (the pane, the referral sheet) sees one shape."""
    snap = dict(snap or {})
    if not isinstance(snap.get("balances"), dict):
        snap["balances"] = {"open": snap.get("balance"), "currency": snap.get("currency")}
    if not isinstance(snap.get("aging"), dict):
        snap["aging"] = {"days_past_due": snap.get("days_past_due", 0)}
    for key in LISTS:
        if not isinstance(snap.get(key), list):
            snap[key] = []
    return snap
