"""Which debtor and account an incoming message concerns: the sender's address and account numbers.

Rules (tests/services/test_inbox_email.py holds them):

Sender
    The From address, lower-cased, equals the ``search_key`` of a debtor contact of kind "email" (the
    key is the lower-cased address). Every debtor holding that address is a candidate.
Account numbers
    Tokens shaped like account numbers or creditor references are taken from the subject and the body:
    letters then groups of digits joined by "-", "/" or a space (``IT-2024-000123``, ``VHG-48213377``,
    ``T-000001``, ``it 2024 000123``) or a run of 6+ digits. Each token is looked up, as written, in
    upper case and with spaces turned into "-", against ``account.account_no`` and, when no account
    number matched, ``account.creditor_ref``. Only numbers that exist count.
Sure (linked directly: the account, its debtor, and the account's collector when none is linked)
    - exactly one account is found by number, and the sender's address is unknown or belongs to that
      account's debtor (a number quoted by somebody else's debtor is not sure), or
    - no account number is found, and the sender's address belongs to exactly one debtor who has exactly
      one open account.
Otherwise: suggestions
    One FeedbackMatch per account found by number (reason ``account_no_subject`` or ``account_no_body``)
    and, per debtor found by the sender's address, one per open account (reason ``sender_address``), or
    one for the debtor alone when the debtor has no open account or more than ``MAX_ACCOUNTS_SUGGESTED``.
    The user confirms one in the inbox.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from collectdesk.domain.enums import CLOSED_STATUSES, AccountStatus
from collectdesk.store.models import Account, DebtorContact
from collectdesk.store.models.feedback import FeedbackItem, FeedbackMatch

MAX_TOKENS = 100
MAX_ACCOUNTS_SUGGESTED = 10
OPEN_ACCOUNT_STATUSES = tuple(s.value for s in AccountStatus if s not in CLOSED_STATUSES)

_TOKEN = re.compile(r"(?<![\w-])([A-Za-z]{1,5}(?:[-/ ]?\d{2,}){1,3}|\d{6,})(?![\w-]*\d)")


@dataclass(frozen=True)
class MatchCandidate:
    account_id: uuid.UUID | None
    debtor_id: uuid.UUID | None
    reason: str  # sender_address | account_no_subject | account_no_body
    matched_text: str


@dataclass
class MatchOutcome:
    candidates: list[MatchCandidate] = field(default_factory=list)
    account_id: uuid.UUID | None = None  # set when the link is sure
    debtor_id: uuid.UUID | None = None
    collector_id: uuid.UUID | None = None

    @property
    def sure(self) -> bool:
        return self.account_id is not None


def account_tokens(text: str) -> list[str]:
    """Tokens of `text` shaped like account numbers, in order of appearance, without repeats."""
    found = dict.fromkeys(m.group(1) for m in _TOKEN.finditer(text or "")
                          if sum(c.isdigit() for c in m.group(1)) >= 5)
    return list(found)[:MAX_TOKENS]


def _variants(token: str) -> set[str]:
    upper = token.upper()
    return {token, upper, re.sub(r"\s+", "-", upper), re.sub(r"\s+", "", upper)}


def _accounts_by_number(session: Session, tokens: list[str]) -> dict[str, tuple]:
    """variant -> (account id, account_no, creditor_ref, debtor id, collector id) for existing numbers."""
    variants = set().union(*(_variants(t) for t in tokens)) if tokens else set()
    if not variants:
        return {}
    cols = (Account.id, Account.account_no, Account.creditor_ref, Account.debtor_id, Account.collector_id)
    rows = session.execute(select(*cols).where(Account.account_no.in_(variants))).all()
    if not rows:  # creditor references are not indexed: look only when no account number matched
        rows = session.execute(select(*cols).where(Account.creditor_ref.in_(variants))).all()
    out: dict[str, tuple] = {}
    for row in rows:
        for key in (row.account_no, row.creditor_ref):
            if key in variants:
                out[key] = tuple(row)
    return out


def find_matches(session: Session, *, sender_address: str | None, subject: str, body: str) -> MatchOutcome:
    """The candidates and, when the match is sure, the account/debtor/collector to link (see the rules)."""
    outcome = MatchOutcome()
    numbered: dict[uuid.UUID, tuple] = {}  # account id -> row
    where_found: list[tuple[uuid.UUID, str, str]] = []
    subject_tokens, body_tokens = account_tokens(subject), account_tokens(body)
    known = _accounts_by_number(session, subject_tokens + body_tokens)
    for tokens, reason in ((subject_tokens, "account_no_subject"), (body_tokens, "account_no_body")):
        for token in tokens:
            row = next((known[v] for v in _variants(token) if v in known), None)
            if row is not None:
                numbered.setdefault(row[0], row)
                where_found.append((row[0], reason, token))
    debtors: list[uuid.UUID] = []
    if sender_address:
        debtors = list(dict.fromkeys(session.scalars(
            select(DebtorContact.debtor_id).where(DebtorContact.kind == "email",
                                                  DebtorContact.search_key == sender_address.strip().lower())
            .order_by(DebtorContact.is_primary.desc(), DebtorContact.created_at))))
    open_accounts: dict[uuid.UUID, list[tuple]] = {}
    if debtors:
        rows = session.execute(
            select(Account.id, Account.account_no, Account.creditor_ref, Account.debtor_id, Account.collector_id)
            .where(Account.debtor_id.in_(debtors), Account.status.in_(OPEN_ACCOUNT_STATUSES))
            .order_by(Account.due_date, Account.account_no)).all()
        for row in rows:
            open_accounts.setdefault(row.debtor_id, []).append(tuple(row))

    sure = None
    if len(numbered) == 1:
        row = next(iter(numbered.values()))
        if not debtors or row[3] in debtors:
            sure = row
    elif not numbered and len(debtors) == 1 and len(open_accounts.get(debtors[0], [])) == 1:
        sure = open_accounts[debtors[0]][0]
    if sure is not None:
        outcome.account_id, outcome.debtor_id, outcome.collector_id = sure[0], sure[3], sure[4]
        return outcome

    seen: set[tuple] = set()

    def add(account_id, debtor_id, reason, text) -> None:
        if (account_id, debtor_id) not in seen:
            seen.add((account_id, debtor_id))
            outcome.candidates.append(MatchCandidate(account_id, debtor_id, reason, text[:254]))

    for account_id, reason, token in where_found:
        add(account_id, numbered[account_id][3], reason, token)
    for debtor_id in debtors:
        accounts = open_accounts.get(debtor_id, [])
        if 0 < len(accounts) <= MAX_ACCOUNTS_SUGGESTED:
            for row in accounts:
                add(row[0], debtor_id, "sender_address", sender_address)
        else:
            add(None, debtor_id, "sender_address", sender_address)
    return outcome


def suggest_matches(session: Session, item: FeedbackItem) -> MatchOutcome:
    """Match `item` (in `session`, not yet committed): link it when the match is sure, else add
    FeedbackMatch suggestions. A link the item already has is kept (only the collector is filled in)."""
    outcome = find_matches(session, sender_address=item.sender_address, subject=item.subject or "",
                           body=item.body or "")
    if outcome.sure:
        if item.account_id is None:
            item.account_id = outcome.account_id
            item.debtor_id = outcome.debtor_id
        if item.staff_id is None and item.account_id == outcome.account_id:
            item.staff_id = outcome.collector_id
        return outcome
    if item.id is None:
        item.id = uuid.uuid4()
    for c in outcome.candidates:
        session.add(FeedbackMatch(item_id=item.id, account_id=c.account_id, debtor_id=c.debtor_id,
                                  reason=c.reason, matched_text=c.matched_text))
    return outcome


__all__ = ["MatchCandidate", "MatchOutcome", "account_tokens", "find_matches", "suggest_matches"]
