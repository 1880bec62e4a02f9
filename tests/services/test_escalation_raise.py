"""Raising an escalation on SQLite and PostgreSQL: the account is marked escalated and gets its status back
when the escalation is rejected or withdrawn; one open escalation per account; files stored with it (a bad
one saves nothing); on a shared database each manager decides under their own login; who may decide."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from collectdesk.domain.enums import AccountStatus, EscalationAction, EscalationStatus, StaffRole
from collectdesk.domain.errors import ValidationError
from collectdesk.services import escalations as esc
from collectdesk.services import staff
from collectdesk.services.context import ServiceContext
from collectdesk.store.models import Account, Attachment, AuditEntry, StaffMember
from collectdesk.store.models.escalations import Escalation, EscalationEvent
from escalation_helpers import account_row, decide, login, people, raise_case  # noqa: F401


def set_status(database, account, status):
    with database.ctx.transaction() as s:
        s.get(Account, account).status = status


def test_raising_marks_the_account_escalated_and_rejecting_or_withdrawing_gives_its_status_back(
        database, people, make_account):
    disputed = make_account()
    set_status(database, disputed, AccountStatus.DISPUTED)
    eid = raise_case(database, disputed, people)
    assert account_row(database, disputed).status is AccountStatus.ESCALATED
    decide(database, eid, by=people.sup, action=EscalationAction.COMMENT, note="Looking at it")
    assert account_row(database, disputed).status is AccountStatus.ESCALATED
    decide(database, eid, by=people.sup, action=EscalationAction.REJECTED, note="Keep collecting")
    assert account_row(database, disputed).status is AccountStatus.DISPUTED

    plain = make_account()
    eid = raise_case(database, plain, people)
    assert account_row(database, plain).status is AccountStatus.ESCALATED
    decide(database, eid, by=people.collector, action=EscalationAction.WITHDRAWN, note="Paid after all")
    assert account_row(database, plain).status is AccountStatus.OPEN

    # an account under legal action stays there, and a withdrawal leaves it there too
    legal = make_account()
    set_status(database, legal, AccountStatus.LEGAL)
    eid = raise_case(database, legal, people)
    assert account_row(database, legal).status is AccountStatus.LEGAL
    decide(database, eid, by=people.collector, action=EscalationAction.WITHDRAWN, note="n")
    assert account_row(database, legal).status is AccountStatus.LEGAL

    # a status changed meanwhile (say, put on hold by hand) is not overwritten
    held = make_account()
    eid = raise_case(database, held, people)
    set_status(database, held, AccountStatus.ON_HOLD)
    decide(database, eid, by=people.sup, action=EscalationAction.REJECTED, note="No")
    assert account_row(database, held).status is AccountStatus.ON_HOLD


def test_a_second_open_escalation_on_the_account_is_refused(database, people, make_account):
    account = make_account()
    first = raise_case(database, account, people)
    decide(database, first, by=people.sup, action=EscalationAction.INFO_REQUESTED, note="Payslips?")
    with pytest.raises(ValidationError, match="already has an open escalation \\(information requested"):
        raise_case(database, account, people)
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(Escalation)) == 1
    decide(database, first, by=people.collector, action=EscalationAction.WITHDRAWN, note="Paid")
    second = raise_case(database, account, people)  # the first is closed: a new one may be raised
    assert esc.get_escalation(database.ctx, second).status == EscalationStatus.SUBMITTED
    assert account_row(database, account).status is AccountStatus.ESCALATED


def test_files_are_stored_with_the_escalation_and_a_bad_one_saves_nothing(database, people, make_account, tmp_path):
    account = make_account()
    letter = tmp_path / "Kündigung.pdf"
    letter.write_bytes(b"%PDF-1.4 private-bytes" * 20)
    photo = tmp_path / "payslip.png"
    photo.write_bytes(b"\x89PNG" + b"x" * 96)
    eid = raise_case(database, account, people, attachments=[letter, str(photo)])
    assert [(name, size) for _, name, size in esc.attachments(database.ctx, eid)] == [
        ("Kündigung.pdf", 440), ("payslip.png", 100)]
    with database.ctx.reading() as s:
        types = set(s.scalars(select(Attachment.media_type).where(Attachment.owner_id == eid)))
        audit = [str(v) for v in s.execute(select(AuditEntry.summary, AuditEntry.new_value)).all()]
    assert types == {"application/pdf", "image/png"}
    assert any("Kündigung.pdf" in a for a in audit) and not any("private-bytes" in a for a in audit)

    other = make_account()
    with pytest.raises(ValidationError, match="missing.pdf cannot be found"):
        raise_case(database, other, people, attachments=[letter, tmp_path / "missing.pdf"])
    with pytest.raises(ValidationError, match="cannot be read"):
        raise_case(database, other, people, attachments=[tmp_path])  # a folder
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(Escalation).where(Escalation.account_id == other)) == 0
        assert s.scalar(select(func.count()).select_from(Attachment)) == 2
    assert account_row(database, other).status is AccountStatus.OPEN


def test_on_a_shared_database_each_manager_decides_under_their_own_login(database, people, make_account):
    eid = raise_case(database, make_account(), people, terms={"installments": 6})
    shared = database.engine.url.get_backend_name() != "sqlite"
    assert esc.is_shared(database.ctx) is shared
    if shared:
        # the login "tester" cannot record Sara's decision; nothing is recorded
        with pytest.raises(ValidationError, match="Sara Conti must sign in to decide"):
            esc.decide(database.ctx, eid, action=EscalationAction.REJECTED, decided_by_id=people.sup, note="No")
        assert [h.action for h in esc.history(database.ctx, eid)] == [EscalationAction.RAISED]
        # her own login, in any case, may
        esc.decide(ServiceContext(database.engine, "SARA"), eid, action=EscalationAction.REJECTED,
                   decided_by_id=people.sup, note="No")
        assert esc.history(database.ctx, eid)[-1].actor == "SARA"
    else:
        # a local file has one user: the supervisor enters the senior manager's decision
        esc.decide(database.ctx, eid, action=EscalationAction.REJECTED, decided_by_id=people.senior, note="No")
        with database.ctx.reading() as s:
            event = s.scalars(select(EscalationEvent).where(EscalationEvent.escalation_id == eid)
                              .order_by(EscalationEvent.at.desc())).first()
        assert (event.actor, event.actor_id) == ("tester", people.senior)
    assert esc.get_escalation(database.ctx, eid).status == EscalationStatus.REJECTED


def test_deciders_and_the_staff_member_of_the_login(database, people):
    with database.ctx.transaction() as s:
        s.add(StaffMember(username="gone", full_name="Aldo Gone", role=StaffRole.SUPERVISOR, active=False))
    found = esc.deciders(database.ctx)
    assert [(d.full_name, d.role, d.senior) for d in found] == [
        ("Jürgen Groß", StaffRole.SENIOR_MANAGER, True), ("Piotr Wójcik", StaffRole.SUPERVISOR, False),
        ("Sara Conti", StaffRole.SUPERVISOR, False)]
    assert {d.username for d in found} == {"jurgen", "piotr", "sara"}
    assert staff.staff_of_login(database.ctx) is None  # "tester" is nobody's login
    me = staff.staff_of_login(login(database, people.sup))
    assert (me.id, me.full_name, me.role) == (people.sup, "Sara Conti", StaffRole.SUPERVISOR)
    assert staff.staff_of_login(database.ctx, "PIOTR").id == people.sup2
    assert staff.staff_of_login(database.ctx, "") is None
