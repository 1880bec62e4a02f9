"""SLA due dates of feedback items: working days across weekends and public holidays, 8 calendar weeks."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from collectdesk.domain.enums import FeedbackKind
from collectdesk.services.department_settings import DEFAULTS, set_setting
from collectdesk.services.inbox.sla import DEFAULT_SLA, due_dates, item_country

BERLIN, WARSAW, ROME = ZoneInfo("Europe/Berlin"), ZoneInfo("Europe/Warsaw"), ZoneInfo("Europe/Rome")


def local(dt_utc: datetime, zone) -> datetime:
    return dt_utc.astimezone(zone)


def test_friday_afternoon_complaint_in_germany_is_acknowledged_by_the_friday_after():
    received = datetime(2026, 3, 13, 15, 30, tzinfo=BERLIN).astimezone(timezone.utc)  # a Friday
    ack_by, resolve_by = due_dates({}, FeedbackKind.COMPLAINT, received, "DE")
    assert local(ack_by, BERLIN).date().isoformat() == "2026-03-20"
    assert local(ack_by, BERLIN).weekday() == 4
    assert (local(ack_by, BERLIN).hour, local(ack_by, BERLIN).minute) == (23, 59)
    # 8 calendar weeks: Friday 8 May 2026, a working day in Germany
    assert local(resolve_by, BERLIN).date().isoformat() == "2026-05-08"


def test_received_on_a_saturday_counts_from_monday():
    received = datetime(2026, 3, 14, 10, 0, tzinfo=ROME).astimezone(timezone.utc)
    ack_by, _ = due_dates({}, FeedbackKind.COMPLAINT, received, "IT")
    assert local(ack_by, ROME).date().isoformat() == "2026-03-20"  # Mon..Fri


@pytest.mark.parametrize("country, zone, expected", [
    ("DE", BERLIN, "2025-12-30"),  # Mon 22, Tue 23, Wed 24, (25, 26 holidays, weekend) Mon 29, Tue 30
    ("IT", ROME, "2025-12-30"),
    ("PL", WARSAW, "2025-12-31"),  # Poland also rests on Christmas Eve since 2025
])
def test_christmas_holidays_are_skipped(country, zone, expected):
    received = datetime(2025, 12, 19, 16, 0, tzinfo=zone).astimezone(timezone.utc)  # a Friday
    ack_by, _ = due_dates({}, FeedbackKind.COMPLAINT, received, country)
    assert local(ack_by, zone).date().isoformat() == expected


def test_eight_weeks_ending_on_a_holiday_move_to_the_next_working_day():
    # 2 Nov 2026 + 8 weeks = Mon 28 Dec 2026 (a working day); 31 Oct 2026 (Sat) + 8 weeks = 26 Dec (holiday, Sat)
    received = datetime(2026, 10, 31, 9, 0, tzinfo=BERLIN).astimezone(timezone.utc)
    _, resolve_by = due_dates({}, FeedbackKind.DISPUTE, received, "DE")
    assert local(resolve_by, BERLIN).date().isoformat() == "2026-12-28"
    received = datetime(2026, 10, 30, 9, 0, tzinfo=ROME).astimezone(timezone.utc)  # + 8 weeks = Fri 25 Dec
    _, resolve_by = due_dates({}, FeedbackKind.COMPLAINT, received, "IT")
    assert local(resolve_by, ROME).date().isoformat() == "2026-12-28"


def test_late_evening_utc_is_the_next_local_day():
    # 23:30 UTC on Thursday 12 March is already Friday in Warsaw
    received = datetime(2026, 3, 12, 23, 30, tzinfo=timezone.utc)
    ack_by, _ = due_dates({}, FeedbackKind.COMPLAINT, received, "PL")
    assert local(ack_by, WARSAW).date().isoformat() == "2026-03-20"


def test_compliments_have_no_deadline_and_defaults_match_department_settings():
    assert due_dates({}, FeedbackKind.COMPLIMENT, datetime(2026, 3, 13, tzinfo=timezone.utc), "IT") == (None, None)
    assert DEFAULTS["feedback.sla"] == DEFAULT_SLA
    assert set(DEFAULT_SLA) == {k.value for k in FeedbackKind}
    assert DEFAULTS["feedback.topics"] == ["tone", "contact_frequency", "wrong_amount", "privacy",
                                            "payment_not_recorded", "other"]


def test_saved_setting_changes_the_deadline(database, make_account, org):
    received = datetime(2026, 3, 13, 10, 0, tzinfo=timezone.utc)
    set_setting(database.ctx, "feedback.sla", {"complaint": {"ack_days": 1, "resolve_days": 3}})
    ack_by, resolve_by = due_dates(database.ctx, FeedbackKind.COMPLAINT, received, "IT")
    assert local(ack_by, ROME).date().isoformat() == "2026-03-16"
    assert local(resolve_by, ROME).date().isoformat() == "2026-03-18"
    # other categories keep their defaults
    ack_by, _ = due_dates(database.ctx, FeedbackKind.DISPUTE, received, "IT")
    assert local(ack_by, ROME).date().isoformat() == "2026-03-20"
    with database.ctx.reading() as s:
        assert due_dates(s, FeedbackKind.COMPLAINT, received, "IT")[0] == due_dates(
            database.ctx, FeedbackKind.COMPLAINT, received, "IT")[0]


def test_item_country_prefers_the_account_branch(database, make_account, org):
    account = make_account(country="PL", name="Łukasz Żółć")
    with database.ctx.reading() as s:
        assert item_country(s, account_id=account) == "IT"  # the Milano branch works the account
        assert item_country(s) == "IT"  # the department's first branch
