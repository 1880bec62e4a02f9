"""Staff records: listing with filters, creating and editing with validation, marking a leaver."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from collectdesk.domain.enums import StaffRole
from collectdesk.domain.errors import StaleEditError, ValidationError
from collectdesk.services import staff
from collectdesk.services.staff import StaffFields
from collectdesk.store.models import AuditEntry, Branch, StaffMember, Team

TODAY = date(2026, 3, 16)


def fields(**kw) -> StaffFields:
    base = dict(username="zofia", full_name="Zofia Wójcik-Łęcka", role=StaffRole.ACCOUNTANT, language="pl",
                hire_date=date(2025, 9, 1))
    base.update(kw)
    return StaffFields(**base)


def count(database) -> int:
    with database.ctx.reading() as s:
        return s.scalar(select(func.count()).select_from(StaffMember))


def test_create_takes_the_teams_branch_and_lists_by_name(database, org):
    new_id = staff.create_staff(database.ctx, fields(team_id=org.team), today=TODAY)
    rows = staff.list_staff(database.ctx)
    assert [r.full_name for r in rows] == ["Anna Rossi", "Jan Kowalski", "Zofia Wójcik-Łęcka"]
    zofia = staff.get_staff(database.ctx, new_id)
    assert (zofia.branch_id, zofia.branch, zofia.team, zofia.role) == (org.branch, "Milano Centro", "Recupero 1",
                                                                     StaffRole.ACCOUNTANT)
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "staff_member", AuditEntry.entity_id == str(new_id))) == 1


def test_filters_by_role_team_branch_search_and_leavers(database, org):
    with database.ctx.transaction() as s:
        other = Branch(name="Kraków", country="PL", city="Kraków", timezone="Europe/Warsaw")
        s.add(other)
        s.flush()
        team = Team(name="Windykacja", branch_id=other.id)
        s.add(team)
        s.flush()
        other_id, team_id = other.id, team.id
    piotr = staff.create_staff(database.ctx, fields(username="piotr", full_name="Piotr Żak", role=StaffRole.COLLECTOR,
                                                    team_id=team_id), today=TODAY)
    staff.mark_left(database.ctx, org.jan, TODAY, today=TODAY)
    assert {r.full_name for r in staff.list_staff(database.ctx)} == {"Anna Rossi", "Piotr Żak"}
    assert {r.full_name for r in staff.list_staff(database.ctx, include_left=True)} == {
        "Anna Rossi", "Jan Kowalski", "Piotr Żak"}
    assert [r.id for r in staff.list_staff(database.ctx, branch_id=other_id)] == [piotr]
    assert [r.id for r in staff.list_staff(database.ctx, team_id=org.team, include_left=True)] == [org.anna, org.jan]
    assert [r.id for r in staff.list_staff(database.ctx, search="żak")] == [piotr]
    assert [r.id for r in staff.list_staff(database.ctx, search="ANNA")] == [org.anna]
    assert staff.list_staff(database.ctx, role=StaffRole.SUPERVISOR) == []
    assert [t.name for t in staff.teams(database.ctx, branch_id=other_id)] == ["Windykacja"]
    assert [b.name for b in staff.branches(database.ctx)] == ["Kraków", "Milano Centro"]


@pytest.mark.parametrize("bad, message", [
    (dict(username="ANNA"), "already used by Anna Rossi"),
    (dict(username="two words"), "no spaces"),
    (dict(full_name="   "), "full name"),
    (dict(hire_date=TODAY + timedelta(days=91)), "at most 90 days"),
    (dict(approval_limit=Decimal("-1.00"), approval_currency="EUR"), "negative"),
    (dict(approval_limit=Decimal("5000.00")), "currency"),
    (dict(language="fr"), "languages"),
])
def test_bad_input_is_refused_and_nothing_saved(database, org, bad, message):
    before = count(database)
    with pytest.raises(ValidationError, match=message):
        staff.create_staff(database.ctx, fields(**bad), today=TODAY)
    assert count(database) == before


def test_hire_date_up_to_90_days_ahead_is_accepted(database, org):
    new_id = staff.create_staff(database.ctx, fields(hire_date=TODAY + timedelta(days=90),
                                                     approval_limit=Decimal("2500.00"), approval_currency="pln"),
                                today=TODAY)
    row = staff.get_staff(database.ctx, new_id)
    assert row.hire_date == TODAY + timedelta(days=90)
    assert (row.approval_limit, row.approval_currency) == (Decimal("2500.00"), "PLN")


def test_update_checks_the_version_and_team_branch(database, org):
    row = staff.get_staff(database.ctx, org.anna)
    edit = fields(username="anna", full_name="Anna Rossi Bianchi", role=StaffRole.SUPERVISOR, team_id=org.team,
                  language="it")
    version = staff.update_staff(database.ctx, org.anna, edit, expected_version=row.version, today=TODAY)
    assert version == row.version + 1
    assert staff.get_staff(database.ctx, org.anna).full_name == "Anna Rossi Bianchi"
    with pytest.raises(StaleEditError):
        staff.update_staff(database.ctx, org.anna, fields(username="anna", full_name="Someone Else"),
                           expected_version=row.version, today=TODAY)
    assert staff.get_staff(database.ctx, org.anna).full_name == "Anna Rossi Bianchi"
    with database.ctx.transaction() as s:
        other = Branch(name="Berlin", country="DE", city="Berlin", timezone="Europe/Berlin")
        s.add(other)
        s.flush()
        other_id = other.id
    with pytest.raises(ValidationError, match="another branch"):
        staff.update_staff(database.ctx, org.anna, fields(username="anna", team_id=org.team, branch_id=other_id),
                           expected_version=version, today=TODAY)


def test_mark_left_refuses_a_date_before_the_hire_date(database, org):
    new_id = staff.create_staff(database.ctx, fields(), today=TODAY)
    with pytest.raises(ValidationError, match="before the hire date"):
        staff.mark_left(database.ctx, new_id, date(2025, 8, 31), today=TODAY)
    assert staff.get_staff(database.ctx, new_id).active
    staff.mark_left(database.ctx, new_id, date(2025, 9, 1), today=TODAY)
    row = staff.get_staff(database.ctx, new_id)
    assert (row.active, row.left_on) == (False, date(2025, 9, 1))


def test_scorecard_history_has_a_row_per_month_with_that_months_qa(database, org):
    from collectdesk.store.models import Evaluation

    with database.ctx.transaction() as s:
        s.add_all([Evaluation(staff_id=org.anna, evaluated_on=date(2026, 2, 10), qa_score=70, call_reference="a"),
                   Evaluation(staff_id=org.anna, evaluated_on=date(2026, 2, 20), qa_score=81, call_reference="b"),
                   Evaluation(staff_id=org.anna, evaluated_on=date(2026, 3, 2), qa_score=90, call_reference="c")])
    history = staff.scorecard_history(database.ctx, org.anna, months=3, today=TODAY)
    assert [m.month for m in history] == [date(2026, 3, 1), date(2026, 2, 1), date(2026, 1, 1)]
    assert [str(m.score.qa_score) if m.score and m.score.qa_score is not None else None for m in history] == [
        "90.0", "75.5", None]
    assert staff.month_starts(date(2026, 1, 31), 2) == [date(2026, 1, 1), date(2025, 12, 1)]
