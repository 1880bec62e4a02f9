"""Shared by the escalation tests: the deciding staff, raising, and deciding under the decider's own login
(on a shared database the service refuses a decision typed in under another login)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from collectdesk.domain.enums import EscalationDecision, EscalationReason, StaffRole
from collectdesk.services import escalations as esc
from collectdesk.services.context import ServiceContext
from collectdesk.store.models import Account, StaffMember


@pytest.fixture
def people(database, org):
    """Anna (collector, from org), two supervisors and a senior manager."""
    with database.ctx.transaction() as s:
        sup = StaffMember(username="sara", full_name="Sara Conti", role=StaffRole.SUPERVISOR, team_id=org.team,
                          branch_id=org.branch)
        sup2 = StaffMember(username="piotr", full_name="Piotr Wójcik", role=StaffRole.SUPERVISOR, team_id=org.team,
                           branch_id=org.branch)
        senior = StaffMember(username="jurgen", full_name="Jürgen Groß", role=StaffRole.SENIOR_MANAGER,
                             branch_id=org.branch)
        s.add_all([sup, sup2, senior])
        s.flush()
        return SimpleNamespace(collector=org.anna, sup=sup.id, sup2=sup2.id, senior=senior.id)


def login(database, staff_id) -> ServiceContext:
    """A context acting under the staff member's own login."""
    with database.ctx.reading() as s:
        return ServiceContext(database.engine, s.get(StaffMember, staff_id).username)


def raise_case(database, account, people, *, by=None, reason=EscalationReason.HARDSHIP,
               decision=EscalationDecision.PAYMENT_PLAN, terms=None, amount=None, today=None, attachments=()):
    return esc.raise_escalation(database.ctx, account, raised_by_id=by or people.collector, reason=reason,
                                requested_decision=decision, proposed_terms=terms, note="Lost her job",
                                amount_at_stake=amount, today=today, attachments=attachments)


def decide(database, eid, *, by, action, note="ok", **kw):
    return esc.decide(login(database, by), eid, action=action, decided_by_id=by, note=note, **kw)


def account_row(database, account_id) -> Account:
    with database.ctx.reading() as s:
        return s.get(Account, account_id)


def iso(day: date) -> str:
    return day.isoformat()
