"""time_window: the debtor's local hours, weekdays, holidays, DST and unknown time zones."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from engine_helpers import ROME, debtor, ev, event_ids, local, profile, rule

from collectdesk.compliance import engine

AS_OF = date(2025, 1, 31)
WEEK = {d: ["08:30", "21:00"] for d in ("mon", "tue", "wed", "thu", "fri")} | {"sat": ["08:30", "15:00"], "sun": []}


def hours(on_holidays=True, channels=("call", "visit"), windows=None, calendar="IT"):
    return profile(rule("time_window", {"channels": list(channels), "windows": windows or WEEK,
                                        "holidays": on_holidays}), holidays=calendar)


def hits(events, prof=None, who=None):
    return engine.evaluate(prof or hours(), who or debtor(), events, as_of=AS_OF)


@pytest.mark.parametrize("hh,mm,ss,inside", [
    (8, 29, 59, False), (8, 30, 0, True), (12, 0, 0, True), (20, 59, 0, True), (20, 59, 59, True),
    (21, 0, 0, False), (21, 40, 0, False), (0, 0, 0, False)])
def test_weekday_window_start_inclusive_end_exclusive(hh, mm, ss, inside):
    e = ev(local(2024, 6, 11, hh, mm, ss))  # a Tuesday
    found = hits([e])
    assert event_ids(found) == ([] if inside else [e.id])


def test_outside_hours_facts_name_local_time_weekday_and_window():
    e = ev(local(2024, 6, 11, 21, 40))
    (h,) = hits([e])
    assert h.facts["local_time"] == "21:40" and h.facts["weekday"] == "tue"
    assert h.facts["windows"] == [["08:30", "21:00"]] and h.facts["reason"] == "outside_hours"
    assert h.facts["timezone"] == ROME and h.facts["local_date"] == "2024-06-11"
    assert h.at == e.at and h.account_id == e.account_id and h.collector_id == e.collector_id
    assert h.profile_code == "TEST" and h.severity == "warn"


def test_saturday_has_its_own_hours_and_sunday_none():
    sat_ok, sat_late = ev(local(2024, 6, 15, 14, 59)), ev(local(2024, 6, 15, 15, 0))
    sunday = ev(local(2024, 6, 16, 11, 0))
    found = hits([sat_ok, sat_late, sunday])
    assert event_ids(found) == [sat_late.id, sunday.id]
    assert found[1].facts["reason"] == "closed_day" and found[1].facts["windows"] == []


def test_a_weekday_missing_from_the_windows_means_no_contact():
    prof = hours(windows={"mon": ["09:00", "17:00"]})
    e = ev(local(2024, 6, 11, 10, 0))
    assert event_ids(hits([e], prof)) == [e.id]


def test_window_may_end_at_midnight():
    prof = hours(windows={"tue": ["20:00", "24:00"]})
    assert hits([ev(local(2024, 6, 11, 23, 59, 59))], prof) == []


def test_public_holiday_of_the_profile_calendar():
    christmas = ev(local(2024, 12, 25, 10, 0))  # a Wednesday
    liberation = ev(local(2025, 4, 25, 10, 0))  # Friday, Festa della Liberazione
    ordinary = ev(local(2024, 12, 27, 10, 0))
    found = hits([christmas, ordinary, liberation])
    assert event_ids(found) == [christmas.id, liberation.id]
    assert found[0].facts["reason"] == "holiday" and found[0].facts["holiday"]
    assert found[0].facts["calendar"] == "IT"


def test_holidays_off_or_no_calendar_allows_the_holiday():
    christmas = ev(local(2024, 12, 25, 10, 0))
    assert hits([christmas], hours(on_holidays=False)) == []
    assert hits([christmas], hours(calendar=None)) == []


def test_regional_holiday_follows_the_debtors_region():
    # 15 August (Assumption) is a holiday in Saarland, not in Berlin; 2024-08-15 is a Thursday.
    prof = hours(calendar="DE")
    e = ev(local(2024, 8, 15, 10, 0, tz="Europe/Berlin"))
    saarland = debtor(tz="Europe/Berlin", country="DE", region="SL")
    berlin = debtor(tz="Europe/Berlin", country="DE", region="BE")
    assert event_ids(hits([e], prof, saarland)) == [e.id]
    assert hits([e], prof, berlin) == []


def test_only_outbound_contacts_on_the_rules_channels():
    late = local(2024, 6, 11, 22, 0)
    inbound = ev(late, direction="inbound", outcome="right_party_contact")
    letter = ev(late, channel="letter", outcome="delivered")
    visit = ev(late, channel="visit", outcome="right_party_contact")
    assert event_ids(hits([inbound, letter, visit])) == [visit.id]


def test_summer_and_winter_both_end_at_21_local():
    # CEST (UTC+2) in June, CET (UTC+1) in January: 21:00 local is 19:00 and 20:00 UTC.
    june_ok = ev(datetime(2024, 6, 11, 18, 59, tzinfo=UTC))
    june_late = ev(datetime(2024, 6, 11, 19, 0, tzinfo=UTC))
    jan_ok = ev(datetime(2025, 1, 14, 19, 59, tzinfo=UTC))
    jan_late = ev(datetime(2025, 1, 14, 20, 0, tzinfo=UTC))
    assert event_ids(hits([june_ok, june_late, jan_ok, jan_late])) == [june_late.id, jan_late.id]


def test_spring_forward_day():
    # 31 March 2024, Europe/Rome: 02:00 CET jumps to 03:00 CEST. A Sunday, so use an all-week window.
    prof = hours(windows={d: ["03:00", "21:00"] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
                 on_holidays=False)
    before = ev(datetime(2024, 3, 31, 0, 59, tzinfo=UTC))  # 01:59 CET
    at_three = ev(datetime(2024, 3, 31, 1, 0, tzinfo=UTC))  # 03:00 CEST, one UTC minute later
    # 02:30 does not exist that day: the wall time names the instant 01:30 UTC, which is 03:30 CEST
    nonexistent = ev(local(2024, 3, 31, 2, 30))
    late = ev(datetime(2024, 3, 31, 19, 0, tzinfo=UTC))  # 21:00 CEST
    found = hits([before, at_three, nonexistent, late], prof)
    assert event_ids(found) == [before.id, late.id]
    assert found[0].facts["local_time"] == "01:59" and found[1].facts["local_time"] == "21:00"


def test_fall_back_day_the_repeated_hour_is_read_both_times():
    # 27 October 2024, Europe/Rome: 02:30 happens twice (CEST, then CET).
    prof = hours(windows={"sun": ["02:45", "21:00"]}, on_holidays=False)
    first = ev(datetime(2024, 10, 27, 0, 30, tzinfo=UTC))  # 02:30 CEST
    second = ev(datetime(2024, 10, 27, 1, 30, tzinfo=UTC))  # 02:30 CET
    third = ev(datetime(2024, 10, 27, 1, 45, tzinfo=UTC))  # 02:45 CET
    found = hits([first, second, third], prof)
    assert event_ids(found) == [first.id, second.id]
    assert {h.facts["local_time"] for h in found} == {"02:30"}


def test_new_york_dst_boundary():
    prof = hours(windows={d: ["08:00", "21:00"] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
                 on_holidays=False)
    ny = debtor(tz="America/New_York", country="US")
    # 10 March 2024: EST (UTC-5) becomes EDT (UTC-4). 07:59 EDT = 11:59 UTC; 08:00 EDT = 12:00 UTC.
    early = ev(datetime(2024, 3, 10, 11, 59, tzinfo=UTC))
    ok = ev(datetime(2024, 3, 10, 12, 0, tzinfo=UTC))
    # the day before, 08:00 EST is 13:00 UTC, so 12:30 UTC is 07:30 there
    day_before = ev(datetime(2024, 3, 9, 12, 30, tzinfo=UTC))
    assert event_ids(hits([day_before, early, ok], prof, ny)) == [day_before.id, early.id]


def test_unknown_time_zone_falls_back_to_utc_and_says_so():
    who = debtor(tz="Mars/Olympus_Mons")
    e = ev(datetime(2024, 6, 11, 21, 30, tzinfo=UTC))  # 21:30 UTC, 23:30 in Rome
    ok = ev(datetime(2024, 6, 11, 20, 30, tzinfo=UTC))  # inside if read as UTC (22:30 in Rome would be late)
    (h,) = hits([e, ok], who=who)
    assert h.event_id == e.id
    assert h.facts["timezone"] == "UTC" and h.facts["timezone_fallback"] == "Mars/Olympus_Mons"
    assert h.facts["local_time"] == "21:30"


@pytest.mark.parametrize("zone", ["", "../etc/passwd", "Not a zone"])
def test_malformed_zone_names_fall_back_too(zone):
    (h,) = hits([ev(datetime(2024, 6, 11, 22, 0, tzinfo=UTC))], who=debtor(tz=zone))
    assert h.facts["timezone_fallback"] == zone


def test_naive_and_unsorted_times_are_read_as_utc_in_order():
    late = ev(datetime(2024, 6, 11, 20, 0))  # naive, 22:00 in Rome
    early = ev(datetime(2024, 6, 11, 8, 0, tzinfo=UTC))  # 10:00 in Rome
    (h,) = hits([late, early])
    assert h.event_id == late.id and h.at == datetime(2024, 6, 11, 20, 0, tzinfo=UTC)


def test_block_severity_is_carried():
    prof = profile(rule("time_window", {"channels": ["call"], "windows": WEEK, "holidays": False},
                        severity="block"))
    (h,) = hits([ev(local(2024, 6, 11, 22, 0))], prof)
    assert h.severity == "block" and h.rule.id == "T.time_window"
