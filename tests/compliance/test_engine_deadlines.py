"""deadline: met, late, missed, not yet due; calendar and business days; flag-started deadlines."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from engine_helpers import ACC, ACC2, account, debtor, ev, event_ids, local, profile, rule, span

from collectdesk.compliance import engine

NY = "America/New_York"


def deadline(start="first_contact", days=30, must="tag:validation_notice", business=None, holidays="IT"):
    params = {"start": start, "days": days, "must": must}
    if business is not None:
        params["business_days"] = business
    return profile(rule("deadline", params), holidays=holidays)


def hits(prof, events, as_of, **kw):
    return engine.evaluate(prof, debtor(**kw), events, as_of=as_of)


def first_call(y=2024, m=6, d=3, tz="Europe/Rome", **kw):
    return ev(local(y, m, d, 10, tz=tz), outcome="right_party_contact", **kw)


def notice(y, m, d, tz="Europe/Rome", **kw):
    return ev(local(y, m, d, 11, tz=tz), channel="letter", outcome="delivered", tags={"validation_notice"}, **kw)


def test_met_on_the_deadline_day():
    events = [first_call(), notice(2024, 7, 3)]  # 3 June + 30 days = 3 July
    assert hits(deadline(), events, as_of=date(2024, 12, 1)) == []


def test_late_is_a_hit_on_the_late_contact():
    late = notice(2024, 7, 4)
    (h,) = hits(deadline(), [first_call(), late], as_of=date(2024, 12, 1))
    assert h.event_id == late.id and h.at == late.at
    assert h.facts["status"] == "late" and h.facts["deadline"] == "2024-07-03"
    assert h.facts["done_on"] == "2024-07-04" and h.facts["start_date"] == "2024-06-03"


@pytest.mark.parametrize("as_of,hit", [(date(2024, 7, 3), False), (date(2024, 7, 4), True)])
def test_missed_once_as_of_is_past_the_deadline(as_of, hit):
    found = hits(deadline(), [first_call()], as_of=as_of)
    assert len(found) == int(hit)
    if hit:
        h = found[0]
        assert h.event_id is None and h.account_id == ACC and h.facts["status"] == "missed"
        assert h.facts["deadline"] == "2024-07-03" and h.facts["must"] == "tag:validation_notice"
        assert h.at == local(2024, 7, 4, 0, 0)  # the start of the day after the deadline, debtor's time
        assert h.key == ("T.deadline", f"{ACC}@{h.at.isoformat()}")


def test_the_notice_may_come_first():
    events = [notice(2024, 6, 1), first_call()]
    assert hits(deadline(), events, as_of=date(2024, 12, 1)) == []


def test_first_contact_is_per_account_and_needs_a_communication():
    no_answer = ev(local(2024, 5, 1, 10), outcome="no_answer", account=ACC2)
    returned = ev(local(2024, 5, 2, 10), channel="letter", outcome="returned", account=ACC2)
    inbound_talk = ev(local(2024, 6, 10, 10), direction="inbound", outcome="right_party_contact", account=ACC2)
    events = [no_answer, returned, first_call(), notice(2024, 6, 20), inbound_talk]
    (h,) = hits(deadline(), events, as_of=date(2024, 12, 1))
    assert h.account_id == ACC2 and h.facts["start_date"] == "2024-06-10"


def test_a_delivered_letter_is_a_first_contact():
    letter = ev(local(2024, 6, 3, 10), channel="letter", outcome="delivered")
    (h,) = hits(deadline(days=5), [letter], as_of=date(2024, 6, 10))
    assert h.facts["deadline"] == "2024-06-08"


def test_business_days_skip_weekend_and_federal_holiday():
    # 12 CFR 1006.34(b)(5): Friday 14 June 2024 + 5 business days, 19 June a holiday -> Monday 24 June
    prof = deadline(days=5, business=True, holidays="US")
    start = first_call(2024, 6, 14, tz=NY)
    us = dict(tz=NY, country="US")
    assert hits(prof, [start, notice(2024, 6, 24, tz=NY)], as_of=date(2024, 12, 1), **us) == []
    (late,) = hits(prof, [start, notice(2024, 6, 25, tz=NY)], as_of=date(2024, 12, 1), **us)
    assert late.facts["deadline"] == "2024-06-24" and late.facts["business_days"] is True
    assert hits(prof, [start], as_of=date(2024, 6, 24), **us) == []
    (missed,) = hits(prof, [start], as_of=date(2024, 6, 25), **us)
    assert missed.facts["status"] == "missed"


def test_business_days_without_a_calendar_skip_weekends_only():
    prof = deadline(days=5, business=True, holidays=None)
    (h,) = hits(prof, [first_call(2024, 6, 14)], as_of=date(2024, 12, 1))
    assert h.facts["deadline"] == "2024-06-21"


# -- started by a flag ---------------------------------------------------------------------------

T0 = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)


def test_flag_cleared_in_time_late_and_missed():
    prof = deadline(start="flag_set:dispute", must="flag_cleared", days=30)
    in_time = [span("dispute", T0, T0 + timedelta(days=30))]
    late = [span("dispute", T0, T0 + timedelta(days=31))]
    open_ = [span("dispute", T0)]
    assert hits(prof, [], as_of=date(2025, 1, 1), flags=in_time) == []
    (h,) = hits(prof, [], as_of=date(2025, 1, 1), flags=late)
    assert h.facts["status"] == "late" and h.facts["done_on"] == "2024-07-04" and h.event_id is None
    assert h.facts["deadline"] == "2024-07-03" and h.facts["flag"] == "dispute"
    (m,) = hits(prof, [], as_of=date(2025, 1, 1), flags=open_)
    assert m.facts["status"] == "missed" and m.at == h.at  # the same finding whether late or missed
    assert hits(prof, [], as_of=date(2024, 7, 3), flags=open_) == []


def test_flag_deadline_goes_on_the_lowest_open_account():
    prof = deadline(start="flag_set:dispute", must="flag_cleared", days=10)
    closed = uuid.UUID(int=9)
    accounts = [account(ACC, "B-2"), account(ACC2, "A-9"), account(closed, "A-1", closed=date(2024, 1, 1))]
    (h,) = hits(prof, [], as_of=date(2025, 1, 1), flags=[span("dispute", T0)], accounts=accounts)
    assert h.account_id == ACC2


def test_flag_set_with_a_tag_needs_the_contact_after_the_flag():
    prof = deadline(start="flag_set:dispute", must="tag:verification", days=30)
    before = ev(T0 - timedelta(days=1), channel="letter", outcome="delivered", tags={"verification"})
    after = ev(T0 + timedelta(days=20), channel="letter", outcome="delivered", tags={"verification"}, account=ACC2)
    flags = [span("dispute", T0)]
    (m,) = hits(prof, [before], as_of=date(2025, 1, 1), flags=flags)
    assert m.facts["status"] == "missed"
    assert hits(prof, [before, after], as_of=date(2025, 1, 1), flags=flags) == []
    late = ev(T0 + timedelta(days=40), channel="email", outcome="delivered", tags={"verification"}, account=ACC2)
    (h,) = hits(prof, [before, late], as_of=date(2025, 1, 1), flags=flags)
    assert h.event_id == late.id and h.account_id == ACC2


def test_each_span_of_the_flag_has_its_own_deadline():
    prof = deadline(start="flag_set:dispute", must="flag_cleared", days=5)
    flags = [span("dispute", T0, T0 + timedelta(days=1)), span("dispute", T0 + timedelta(days=60))]
    (h,) = hits(prof, [], as_of=date(2025, 1, 1), flags=flags)
    assert h.facts["start_date"] == "2024-08-02"


def test_deadline_hits_are_sorted_with_the_others_by_time():
    prof = profile(rule("deadline", {"start": "first_contact", "days": 5, "must": "tag:validation_notice"}),
                   rule("time_window", {"channels": ["call"], "windows": {}, "holidays": False}, id_="T.tw"))
    start = first_call()
    late_call = ev(local(2024, 6, 20, 10))
    found = hits(prof, [start, late_call], as_of=date(2024, 12, 1))
    assert [h.rule.id for h in found] == ["T.tw", "T.deadline", "T.tw"]
    assert event_ids(found) == [start.id, None, late_call.id]
