"""Prevention at the point of contact: log_activity refuses what a compliance rule blocks, asks for a reason
where it warns, lets a supervisor go ahead with a reason, and every decision is in the audit trail."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from collectdesk.compliance.profile_loader import dump_layer, load_shipped
from collectdesk.domain.enums import Channel, DebtorFlag, Direction, FindingSeverity, Outcome, StaffRole
from collectdesk.services import debtors
from collectdesk.services.activities import log_activity
from collectdesk.services.compliance import prevention
from collectdesk.services.compliance.prevention import ComplianceBlocked, Decision, ReasonRequired
from collectdesk.services.compliance.profiles import save_layer
from collectdesk.services.context import ServiceContext
from collectdesk.store.models import Account, Activity, Debtor, DebtorFlagEntry, StaffMember

CALL, SMS, LETTER = Channel.CALL, Channel.SMS, Channel.LETTER
OUT, IN = Direction.OUTBOUND, Direction.INBOUND
NEW_YORK, ROME, BERLIN = "America/New_York", "Europe/Rome", "Europe/Berlin"


def local(tz: str, y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=ZoneInfo(tz)).astimezone(timezone.utc)


@pytest.fixture
def people(database, org):
    """Logins: anna (collector, from org) and sara (supervisor)."""
    with database.ctx.transaction() as s:
        s.add(StaffMember(username="sara", full_name="Sara Colombo", role=StaffRole.SUPERVISOR))
    return {name: ServiceContext(database.engine, name) for name in ("anna", "sara")}


@pytest.fixture
def debtor_in(database, make_account):
    def make(country: str, tz: str, region: str | None = None, name: str = "Test Debtor"):
        account_id = make_account(country=country, name=name)
        with database.ctx.transaction() as s:
            debtor = s.get(Debtor, s.get(Account, account_id).debtor_id)
            debtor.timezone, debtor.region = tz, region
        return account_id
    return make


def _history_calls(database, account_id, times, outcome=Outcome.NO_ANSWER):
    for at in times:
        log_activity(database.ctx, account_id, channel=CALL, direction=OUT, outcome=outcome, occurred_at=at,
                     contact_value="+1 212 555 0100", check_compliance=False)


def _activities(database, account_id) -> int:
    with database.ctx.reading() as s:
        return s.scalar(select(func.count()).select_from(Activity).where(Activity.account_id == account_id))


def _flag(database, account_id, flag, since: datetime) -> None:
    with database.ctx.reading() as s:
        debtor_id = s.get(Account, account_id).debtor_id
    debtors.flag_debtor(database.ctx, debtor_id, flag)
    with database.ctx.transaction() as s:
        s.scalars(select(DebtorFlagEntry).where(DebtorFlagEntry.debtor_id == debtor_id)).one().set_at = since


SEVEN_DAYS = [local(NEW_YORK, 2026, 11, d, 10) for d in range(16, 23)]  # Mon 16 .. Sun 22 November
EIGHTH = local(NEW_YORK, 2026, 11, 22, 15)


def test_an_eighth_call_in_seven_days_to_a_us_debtor_is_blocked_naming_the_rule(database, people, debtor_in):
    acc = debtor_in("US", NEW_YORK)
    _history_calls(database, acc, SEVEN_DAYS)
    verdict = prevention.check_contact(people["anna"], acc, channel=CALL, direction=OUT, at=EIGHTH)
    assert [h.rule.id for h in verdict.blocks] == ["US.calls_7_in_7"] and not verdict.warnings
    assert verdict.profile_code == "US_FDCPA_REGF" and verdict.profile_version.startswith("2026.1")
    assert not verdict.blocks[0].may_override  # anna is a collector; the rule needs a supervisor
    assert prevention.check_contact(people["sara"], acc, channel=CALL, direction=OUT, at=EIGHTH).overridable

    with pytest.raises(ComplianceBlocked) as refused:
        log_activity(people["anna"], acc, channel=CALL, direction=OUT, outcome=Outcome.NO_ANSWER, occurred_at=EIGHTH,
                     compliance_reason="The debtor asked to be called back today")
    text = refused.value.message
    assert "Call frequency (7-in-7 rule)" in text and "12 CFR 1006.14(b)(2)(i)(A)" in text
    assert "Only a supervisor or manager may go ahead" in text
    # the blocked attempt: an audit row, no activity
    assert _activities(database, acc) == 7
    [row] = prevention.decisions(database.ctx, acc)
    assert (row.decision, row.rule_ids, row.login, row.role) == (
        Decision.BLOCKED, ("US.calls_7_in_7",), "anna", "collector")
    assert row.reason == "The debtor asked to be called back today" and row.activity_id is None
    assert row.profile_code == "US_FDCPA_REGF" and "US.calls_7_in_7" in row.summary


def test_a_supervisor_overrides_a_supervisor_block_with_a_reason_and_the_audit_row_records_it(
        database, people, debtor_in):
    acc = debtor_in("US", NEW_YORK)
    _history_calls(database, acc, SEVEN_DAYS)
    with pytest.raises(ComplianceBlocked) as refused:  # an override without a reason is refused
        log_activity(people["sara"], acc, channel=CALL, direction=OUT, outcome=Outcome.NO_ANSWER,
                     occurred_at=EIGHTH, compliance_reason="   ")
    assert "To go ahead anyway, give a reason." in refused.value.message
    assert _activities(database, acc) == 7

    activity_id = log_activity(people["sara"], acc, channel=CALL, direction=OUT, outcome=Outcome.NO_ANSWER,
                               occurred_at=EIGHTH, compliance_reason="Court-ordered contact, see file 12/26")
    assert _activities(database, acc) == 8
    latest, earlier = prevention.decisions(database.ctx, acc)
    assert earlier.decision is Decision.BLOCKED and earlier.reason is None
    assert (latest.decision, latest.rule_ids, latest.login, latest.role, latest.activity_id) == (
        Decision.OVERRIDDEN, ("US.calls_7_in_7",), "sara", "supervisor", activity_id)
    assert latest.reason == "Court-ordered contact, see file 12/26"
    assert latest.profile_version.startswith("2026.1") and "Court-ordered" in latest.summary


def test_a_late_call_to_an_italian_debtor_warns_and_is_saved_only_with_a_reason(database, people, debtor_in):
    acc = debtor_in("IT", ROME)
    late = local(ROME, 2026, 11, 25, 21, 30)  # a Wednesday, after the UNIREC code's 21:00
    verdict = prevention.check_contact(people["anna"], acc, channel=CALL, direction=OUT, at=late)
    assert not verdict.blocks and [h.rule.id for h in verdict.warnings] == ["IT.calling_hours"]
    assert verdict.warnings[0].may_override  # warnings: anyone, with a reason
    with pytest.raises(ReasonRequired) as asked:
        log_activity(people["anna"], acc, channel=CALL, direction=OUT, outcome=Outcome.NO_ANSWER, occurred_at=late)
    text = asked.value.message
    assert "Give a reason for going ahead" in text
    assert "Contact hours (UNIREC code)" in text and "Codice di condotta UNIREC" in text
    assert _activities(database, acc) == 0 and prevention.decisions(database.ctx, acc) == []

    log_activity(people["anna"], acc, channel=CALL, direction=OUT, outcome=Outcome.NO_ANSWER, occurred_at=late,
                 compliance_reason="Debtor works night shifts and asked for evening calls")
    assert _activities(database, acc) == 1
    [row] = prevention.decisions(database.ctx, acc)
    assert (row.decision, row.rule_ids, row.login) == (Decision.WARNED, ("IT.calling_hours",), "anna")
    # the same call at 10:00 has no hits and leaves no compliance row (kept lean)
    log_activity(people["anna"], acc, channel=CALL, direction=OUT, outcome=Outcome.NO_ANSWER,
                 occurred_at=local(ROME, 2026, 11, 26, 10))
    assert len(prevention.decisions(database.ctx, acc)) == 1


def test_a_call_during_an_open_dispute_is_blocked_but_an_inbound_call_never(database, people, debtor_in):
    acc = debtor_in("US", NEW_YORK)
    _flag(database, acc, DebtorFlag.DISPUTE, since=local(NEW_YORK, 2026, 11, 2, 9))
    at = local(NEW_YORK, 2026, 11, 25, 15)
    with pytest.raises(ComplianceBlocked) as refused:
        log_activity(people["anna"], acc, channel=CALL, direction=OUT, outcome=Outcome.RIGHT_PARTY_CONTACT,
                     occurred_at=at)
    assert refused.value.verdict.rule_ids == ["US.dispute_hold"]
    assert "while the debtor's dispute is open" in refused.value.message
    assert _activities(database, acc) == 0

    # the debtor calls in: not checked, whatever the flags and the count (eight calls in a day as well)
    _history_calls(database, acc, [at - timedelta(minutes=10 * i) for i in range(1, 8)])
    verdict = prevention.check_contact(people["anna"], acc, channel=CALL, direction=IN, at=at)
    assert not verdict.checked and verdict.clear
    log_activity(people["anna"], acc, channel=CALL, direction=IN, outcome=Outcome.DISPUTE, occurred_at=at)
    assert _activities(database, acc) == 8
    assert [d.decision for d in prevention.decisions(database.ctx, acc)] == [Decision.BLOCKED]


def test_nobody_overrides_a_cease_communication_request(database, people, debtor_in):
    acc = debtor_in("US", NEW_YORK)
    _flag(database, acc, DebtorFlag.CEASE_CONTACT, since=local(NEW_YORK, 2026, 11, 2, 9))
    at = local(NEW_YORK, 2026, 11, 25, 15)
    with pytest.raises(ComplianceBlocked) as refused:
        log_activity(people["sara"], acc, channel=LETTER, direction=OUT, outcome=Outcome.DELIVERED,
                     occurred_at=at, compliance_reason="I am the supervisor")
    assert "Nobody may override this rule." in refused.value.message
    # a letter saying that collection stops is what the rule allows
    log_activity(people["anna"], acc, channel=LETTER, direction=OUT, outcome=Outcome.DELIVERED, occurred_at=at,
                 tags=["termination_notice"])
    assert _activities(database, acc) == 1
    with database.ctx.reading() as s:
        assert s.scalar(select(Activity.tags)) == "termination_notice"


def test_letters_are_judged_only_by_the_rules_that_cover_letters(database, people, debtor_in):
    acc = debtor_in("US", NEW_YORK)
    night = local(NEW_YORK, 2026, 11, 25, 23, 15)  # outside Regulation F's 8 a.m. to 9 p.m.
    assert prevention.check_contact(people["anna"], acc, channel=LETTER, direction=OUT, at=night).clear
    sms = prevention.check_contact(people["anna"], acc, channel=SMS, direction=OUT, at=night)
    assert [h.rule.id for h in sms.blocks] == ["US.calling_hours"]
    log_activity(people["anna"], acc, channel=LETTER, direction=OUT, outcome=Outcome.DELIVERED, occurred_at=night)
    assert _activities(database, acc) == 1 and prevention.decisions(database.ctx, acc) == []


def test_the_save_rechecks_so_a_contact_logged_meanwhile_counts(database, people, debtor_in):
    acc = debtor_in("US", NEW_YORK)
    _history_calls(database, acc, SEVEN_DAYS[:6])
    # the dialog checked the seventh call: clear
    assert prevention.check_contact(people["anna"], acc, channel=CALL, direction=OUT, at=EIGHTH).clear
    # meanwhile a colleague logs a call; saving ours is now the eighth in seven days
    log_activity(people["sara"], acc, channel=CALL, direction=OUT, outcome=Outcome.NO_ANSWER,
                 occurred_at=SEVEN_DAYS[6])
    with pytest.raises(ComplianceBlocked):
        log_activity(people["anna"], acc, channel=CALL, direction=OUT, outcome=Outcome.NO_ANSWER, occurred_at=EIGHTH)
    assert _activities(database, acc) == 7


def test_history_logged_unchecked_is_saved_as_it_happened(database, debtor_in):
    acc = debtor_in("US", NEW_YORK)
    _history_calls(database, acc, SEVEN_DAYS + [EIGHTH, EIGHTH + timedelta(hours=1)])
    assert _activities(database, acc) == 9 and prevention.decisions(database.ctx, acc) == []


# --------------------------------------------------------------------------------------- days


def _strict_german_hours(database):
    """The department makes the German contact hours blocking (an edited copy of DE_RDG)."""
    body = dump_layer(load_shipped()["DE_RDG"])
    rule = next(r for r in body["rules"] if r["id"] == "DE.calling_hours")
    rule["severity"] = "block"
    rule["override"] = "supervisor"
    save_layer(database.ctx, body, expected_revision=None)


def test_a_bavarian_holiday_closes_the_day_for_a_bavarian_debtor_only(database, people, debtor_in):
    bavaria = debtor_in("DE", BERLIN, region="BY")
    berlin = debtor_in("DE", BERLIN, region="BE")
    epiphany = date(2027, 1, 6)  # Heilige Drei Könige: Baden-Württemberg, Bavaria, Saxony-Anhalt
    shipped = prevention.check_day(people["anna"], bavaria, epiphany)
    assert shipped.closed and not shipped.refused  # the shipped German hours only warn
    assert shipped.closures[0].severity is FindingSeverity.WARN

    _strict_german_hours(database)
    day = prevention.check_day(people["anna"], bavaria, epiphany)
    assert day.refused and [(c.kind, c.rule.id) for c in day.closures] == [("holiday", "DE.calling_hours")]
    assert day.closures[0].holiday == "Heilige Drei Könige"
    assert not prevention.check_day(people["anna"], berlin, epiphany).closed
    checker = prevention.ContactChecker(people["anna"], bavaria)
    assert checker.next_open_day(epiphany) == date(2027, 1, 7)
    sunday = checker.check_day(date(2027, 1, 10))
    assert sunday.refused and sunday.closures[0].kind == "weekday"
    assert checker.next_open_day(date(2027, 1, 9)) == date(2027, 1, 11)  # Saturday -> Sunday closed -> Monday


def test_a_flag_closes_every_day_without_refusing_a_date(database, people, debtor_in):
    acc = debtor_in("US", NEW_YORK)
    _flag(database, acc, DebtorFlag.DISPUTE, since=local(NEW_YORK, 2026, 11, 2, 9))
    day = prevention.check_day(people["anna"], acc, date(2027, 1, 6))
    assert day.closed and not day.refused
    assert [(c.kind, c.flag, c.rule.id) for c in day.closures] == [("flag", "dispute", "US.dispute_hold")]
