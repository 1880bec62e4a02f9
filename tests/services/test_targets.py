"""Targets: the table of a period, upsert/delete with stale edits, copy forward, thresholds and bands."""

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from collectdesk.domain.enums import Channel, Direction, Outcome, StaffRole
from collectdesk.domain.errors import StaleEditError, ValidationError
from collectdesk.domain.target_metrics import Thresholds, shift_period
from collectdesk.services import payments
from collectdesk.services.context import ServiceContext
from collectdesk.services.targets import (attainment_band, attainment_thresholds, copy_forward,
                                          set_attainment_thresholds, set_target, targets_for_period)
from collectdesk.store.models import Account, Activity, AuditEntry, Payment, StaffMember, Target

JAN = (date(2028, 1, 1), date(2028, 1, 31))
FEB = (date(2028, 2, 1), date(2028, 2, 29))  # 2028 is a leap year
D = Decimal


def _targets(database, **where):
    with database.ctx.reading() as s:
        q = select(Target)
        for name, value in where.items():
            q = q.where(getattr(Target, name) == value)
        return s.scalars(q.order_by(Target.metric)).all()


def test_table_lists_teams_then_members_and_skips_supervisors_and_idle_leavers(database, org):
    with database.ctx.transaction() as s:
        s.add(StaffMember(username="sara", full_name="Sara Verdi", role=StaffRole.SUPERVISOR, team_id=org.team))
        s.add(StaffMember(username="gone", full_name="Gone Person", role=StaffRole.COLLECTOR, team_id=org.team,
                          active=False))
        s.add(StaffMember(username="ola", full_name="Ola Nowak", role=StaffRole.ACCOUNTANT))
    rows = targets_for_period(database.ctx, *JAN)
    assert [(r.kind, r.name) for r in rows] == [
        ("team", "Recupero 1"), ("staff", "Anna Rossi"), ("staff", "Jan Kowalski"), ("staff", "Ola Nowak")]
    assert all(c.target_id is None and c.value is None for r in rows for c in r.cells.values())
    assert rows[1].currency == "EUR"  # a branch in Italy

    gone = database.ctx
    with gone.reading() as s:
        gone_id = s.scalar(select(StaffMember.id).where(StaffMember.username == "gone"))
    set_target(database.ctx, staff_id=gone_id, metric="contacts", period_start=JAN[0], period_end=JAN[1], count=10)
    names = [r.name for r in targets_for_period(database.ctx, *JAN, team_id=org.team)]
    assert names == ["Recupero 1", "Anna Rossi", "Gone Person", "Jan Kowalski"]


def test_upsert_then_clear_with_one_target_per_owner_metric_and_period(database, org):
    ctx = database.ctx
    t = set_target(ctx, staff_id=org.anna, metric="amount_collected", period_start=JAN[0], period_end=JAN[1],
                   amount=D("12000.50"), currency="eur", expected_version=0)
    assert (t.amount, t.currency, t.count) == (D("12000.50"), "EUR", None)
    again = set_target(ctx, staff_id=org.anna, metric="amount_collected", period_start=JAN[0], period_end=JAN[1],
                       amount=D("15000"), currency="EUR", expected_version=t.version)
    assert again.id == t.id and again.version == t.version + 1
    set_target(ctx, team_id=org.team, metric="contacts", period_start=JAN[0], period_end=JAN[1], count=400)

    [stored] = _targets(database, staff_id=org.anna)
    assert stored.amount == D("15000.00") and stored.period_end == JAN[1]
    row = {r.name: r for r in targets_for_period(ctx, *JAN)}
    cell = row["Anna Rossi"].cells["amount_collected"]
    assert (cell.target_id, cell.version, cell.amount) == (t.id, again.version, D("15000.00"))
    assert row["Recupero 1"].cells["contacts"].count == 400
    with ctx.reading() as s:
        fields = set(s.scalars(select(AuditEntry.field).where(AuditEntry.entity == "target",
                                                              AuditEntry.entity_id == str(t.id))))
    assert "amount" in fields  # the change of amount is in the audit trail

    assert set_target(ctx, staff_id=org.anna, metric="amount_collected", period_start=JAN[0], period_end=JAN[1],
                      amount=None, expected_version=again.version) is None
    assert _targets(database, staff_id=org.anna) == []


def test_stale_edit_fails_and_keeps_the_other_persons_value(database, org):
    first, second = ServiceContext(database.engine, "anna"), ServiceContext(database.engine, "marek")
    t = set_target(first, staff_id=org.jan, metric="contacts", period_start=JAN[0], period_end=JAN[1], count=100)
    set_target(second, staff_id=org.jan, metric="contacts", period_start=JAN[0], period_end=JAN[1], count=120,
               expected_version=t.version)
    with pytest.raises(StaleEditError) as err:
        set_target(first, staff_id=org.jan, metric="contacts", period_start=JAN[0], period_end=JAN[1], count=90,
                   expected_version=t.version)
    assert "marek" in err.value.message
    # someone set it while I looked at an empty cell
    with pytest.raises(StaleEditError):
        set_target(first, staff_id=org.jan, metric="contacts", period_start=JAN[0], period_end=JAN[1], count=90,
                   expected_version=0)
    assert [x.count for x in _targets(database, staff_id=org.jan)] == [120]


@pytest.mark.parametrize("kwargs, words", [
    (dict(metric="amount_collected", amount=D("-5"), currency="EUR"), "greater than zero"),
    (dict(metric="amount_collected", amount=D("0"), currency="EUR"), "greater than zero"),
    (dict(metric="amount_collected", amount=D("10.005"), currency="EUR"), "two decimals"),
    (dict(metric="amount_collected", amount=D("10")), "needs a currency"),
    (dict(metric="amount_collected", amount=D("10"), currency="EURO"), "ISO 4217"),
    (dict(metric="amount_collected", count=5), "not a count"),
    (dict(metric="contacts", count=D("2.5")), "whole number"),
    (dict(metric="contacts", count=0), "greater than zero"),
    (dict(metric="contacts", amount=D("5"), currency="EUR"), "counted"),
    (dict(metric="calls_per_hour", count=5), "not a target metric"),
    (dict(metric="contacts", count=5, period_end=date(2027, 12, 31)), "end on or after"),
])
def test_bad_values_are_refused_with_a_reason_and_nothing_saved(database, org, kwargs, words):
    args = dict(staff_id=org.anna, period_start=JAN[0], period_end=JAN[1]) | kwargs
    with pytest.raises(ValidationError) as err:
        set_target(database.ctx, **args)
    assert words in err.value.message
    assert _targets(database) == []


def test_owner_must_be_one_staff_member_or_one_team(database, org):
    with pytest.raises(ValidationError):
        set_target(database.ctx, staff_id=org.anna, team_id=org.team, metric="contacts", period_start=JAN[0],
                   period_end=JAN[1], count=5)
    with pytest.raises(ValidationError):
        set_target(database.ctx, metric="contacts", period_start=JAN[0], period_end=JAN[1], count=5)


def test_copy_forward_goes_to_the_next_calendar_month_and_skips_existing(database, org):
    ctx = database.ctx
    set_target(ctx, staff_id=org.anna, metric="amount_collected", period_start=JAN[0], period_end=JAN[1],
               amount=D("9000"), currency="EUR")
    set_target(ctx, staff_id=org.anna, metric="contacts", period_start=JAN[0], period_end=JAN[1], count=80)
    set_target(ctx, team_id=org.team, metric="contacts", period_start=JAN[0], period_end=JAN[1], count=160)
    set_target(ctx, staff_id=org.jan, metric="contacts", period_start=JAN[0], period_end=JAN[1], count=70)
    set_target(ctx, staff_id=org.jan, metric="contacts", period_start=FEB[0], period_end=FEB[1], count=75)

    assert copy_forward(ctx, *JAN) == 3
    feb = _targets(database, period_start=FEB[0])
    assert {t.period_end for t in feb} == {date(2028, 2, 29)}
    got = sorted((t.staff_id == org.anna, t.team_id == org.team, t.metric, t.amount, t.count) for t in feb)
    assert got == sorted([(True, False, "amount_collected", D("9000.00"), None), (True, False, "contacts", None, 80),
                          (False, True, "contacts", None, 160), (False, False, "contacts", None, 75)])
    with ctx.reading() as s:
        inserts = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "target", AuditEntry.action == "insert",
            AuditEntry.entity_id.in_([str(t.id) for t in feb])))
    assert inserts == 4  # one per target created (three by copy forward, Jan's own one)
    assert copy_forward(ctx, *JAN) == 0  # everything is there already


def test_next_period_rules():
    assert shift_period(date(2027, 1, 1), date(2027, 1, 31)) == (date(2027, 2, 1), date(2027, 2, 28))
    assert shift_period(date(2028, 1, 1), date(2028, 1, 31)) == (date(2028, 2, 1), date(2028, 2, 29))
    assert shift_period(date(2027, 12, 1), date(2027, 12, 31)) == (date(2028, 1, 1), date(2028, 1, 31))
    assert shift_period(date(2027, 1, 1), date(2027, 3, 31)) == (date(2027, 4, 1), date(2027, 6, 30))
    assert shift_period(date(2027, 3, 1), date(2027, 3, 31), -1) == (date(2027, 2, 1), date(2027, 2, 28))
    assert shift_period(date(2027, 1, 4), date(2027, 1, 10)) == (date(2027, 1, 11), date(2027, 1, 17))


def test_attainment_from_the_scorecard_and_prorated_targets(database, org, make_account):
    ctx = database.ctx
    jan = (date(2026, 1, 1), date(2026, 1, 31))
    account = make_account(balance=D("5000.00"))  # Anna's
    payments.record_payment(ctx, account, amount=D("900.00"), paid_on=date(2026, 1, 10))
    payments.record_payment(ctx, account, amount=D("33.33"), paid_on=date(2026, 2, 1))  # next month
    with ctx.transaction() as s:
        acc = s.get(Account, account)
        for day in (3, 4, 5):
            s.add(Activity(account_id=account, debtor_id=acc.debtor_id, collector_id=org.anna, channel=Channel.CALL,
                           direction=Direction.OUTBOUND, outcome=Outcome.NO_ANSWER,
                           occurred_at=datetime(2026, 1, day, 10, tzinfo=timezone.utc)))
    set_target(ctx, staff_id=org.anna, metric="contacts", period_start=jan[0], period_end=jan[1], count=4)
    set_target(ctx, staff_id=org.anna, metric="amount_collected", period_start=jan[0], period_end=jan[1],
               amount=D("1200"), currency="EUR")
    with ctx.reading() as s:
        collected = s.scalar(select(func.sum(Payment.amount - Payment.overpayment)).where(
            Payment.collector_id == org.anna, Payment.paid_on.between(*jan)))
    anna = next(r for r in targets_for_period(ctx, *jan, with_actuals=True) if r.staff_id == org.anna)
    assert anna.cells["contacts"].actual == 3 and anna.cells["contacts"].attainment == D("75.0")
    money = anna.cells["amount_collected"]
    assert money.actual == collected == D("900.00")
    assert money.attainment == (collected * 100 / 1200).quantize(D("0.1"))  # 75.0
    assert anna.cells["promises_made"].attainment is None  # no target, no attainment
    # the first half of January: the monthly targets pro-rated over 15 of 31 days, read-only
    half = next(r for r in targets_for_period(ctx, date(2026, 1, 1), date(2026, 1, 15)) if r.staff_id == org.anna)
    assert half.cells["contacts"].target_id is None
    assert half.cells["contacts"].prorated == (D(4) * 15 / 31).quantize(D("0.1"))
    assert half.cells["amount_collected"].prorated == (D(1200) * 15 / 31).quantize(D("0.01"))


def test_thresholds_default_save_validate_and_band(database):
    ctx = database.ctx
    t = attainment_thresholds(ctx)
    assert (t.good, t.warn, t.version) == (D("100"), D("90"), None)
    saved = set_attainment_thresholds(ctx, D("110"), D("95.5"))
    assert attainment_thresholds(ctx) == saved and (saved.good, saved.warn) == (D("110"), D("95.5"))
    for good, warn in ((D("90"), D("95")), (D("100"), D("0")), (D("100"), D("100")), (D("100.25"), D("90"))):
        with pytest.raises(ValidationError):
            set_attainment_thresholds(ctx, good, warn, expected_version=saved.version)
    with pytest.raises(StaleEditError):
        set_attainment_thresholds(ctx, D("100"), D("80"), expected_version=saved.version - 1)
    assert attainment_thresholds(ctx) == saved
    bands = Thresholds(D("100"), D("90"))
    assert [attainment_band(x, bands) for x in (D("120"), D("100.0"), D("99.9"), D("90"), D("89.9"), None)] == [
        "good", "good", "warn", "warn", "bad", None]
