"""rolling_count_cap and min_interval: counts in sliding windows, redials."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from engine_helpers import ACC, ACC2, debtor, ev, event_ids, local, profile, rule

from collectdesk.compliance import engine

AS_OF = date(2025, 1, 31)


def cap(max_=7, days=7, hours=None, counts="attempts", scope="debtor", channels=("call",)):
    params = {"channels": list(channels), "max": max_, "counts": counts, "scope": scope}
    params |= {"window_hours": hours} if hours else {"window_days": days}
    return profile(rule("rolling_count_cap", params))


def hits(prof, events):
    return engine.evaluate(prof, debtor(), events, as_of=AS_OF)


def calls(day: datetime, n: int, **kw):
    return [ev(day + timedelta(minutes=10 * k), **kw) for k in range(n)]


# -- rolling_count_cap ---------------------------------------------------------------------------

def test_exactly_max_is_allowed_and_the_next_one_is_a_hit():
    seven = calls(local(2024, 6, 10, 9), 7)
    assert hits(cap(), seven) == []
    eighth = ev(local(2024, 6, 10, 15))
    (h,) = hits(cap(), seven + [eighth])
    assert h.event_id == eighth.id
    assert h.facts["count"] == 8 and h.facts["max"] == 7 and h.facts["window_days"] == 7
    assert set(h.related_event_ids) == {e.id for e in seven}


def test_every_later_contact_while_over_the_cap_is_a_hit():
    events = calls(local(2024, 6, 10, 9), 10)
    found = hits(cap(), events)
    assert event_ids(found) == [e.id for e in events[7:]]
    assert [h.facts["count"] for h in found] == [8, 9, 10]


def test_window_of_seven_local_days_slides():
    # one call a day on days 1..7, then day 8: day 1 has left the window; two on day 8 fill it again
    days = [ev(local(2024, 6, 1 + d, 10)) for d in range(7)]
    day8 = ev(local(2024, 6, 8, 10))
    day8b = ev(local(2024, 6, 8, 11))
    assert hits(cap(), days + [day8]) == []
    (h,) = hits(cap(), days + [day8, day8b])
    assert h.event_id == day8b.id
    assert set(h.related_event_ids) == {e.id for e in days[1:]} | {day8.id}


def test_days_are_local_calendar_days_not_24_hours():
    # max 1 per day: 23:30 and 00:30 local are different days; 00:30 and 23:30 the same day
    prof = cap(max_=1, days=1)
    a, b = ev(local(2024, 6, 10, 23, 30)), ev(local(2024, 6, 11, 0, 30))
    assert hits(prof, [a, b]) == []
    c = ev(local(2024, 6, 11, 23, 30))
    assert event_ids(hits(prof, [a, b, c])) == [c.id]


def test_window_in_hours_is_a_rolling_span():
    prof = cap(max_=2, hours=24)
    a = ev(datetime(2024, 6, 10, 10, 0, tzinfo=UTC))
    b = ev(datetime(2024, 6, 10, 18, 0, tzinfo=UTC))
    c_out = ev(datetime(2024, 6, 11, 10, 0, tzinfo=UTC))  # exactly 24 h after a: a has left
    d_in = ev(datetime(2024, 6, 11, 17, 59, tzinfo=UTC))  # b is 23:59 before: still in
    found = hits(prof, [a, b, c_out, d_in])
    assert event_ids(found) == [d_in.id]
    assert found[0].facts["window_hours"] == 24 and found[0].facts["count"] == 3


def test_conversations_count_only_right_party_outbound_contacts():
    prof = cap(max_=1, days=1, counts="conversations")
    t = local(2024, 6, 10, 9)
    talk = ev(t, outcome="right_party_contact")
    no_answer = ev(t + timedelta(hours=1), outcome="no_answer")
    inbound = ev(t + timedelta(hours=2), direction="inbound", outcome="right_party_contact")
    promise = ev(t + timedelta(hours=3), outcome="promise_to_pay")
    found = hits(prof, [talk, no_answer, inbound, promise])
    assert event_ids(found) == [promise.id]
    assert found[0].related_event_ids == (talk.id,) and found[0].facts["counts"] == "conversations"


def test_scope_account_counts_each_account_apart():
    t = local(2024, 6, 10, 9)
    events = calls(t, 2, account=ACC) + calls(t + timedelta(hours=2), 2, account=ACC2)
    assert hits(cap(max_=2, scope="account"), events) == []
    assert event_ids(hits(cap(max_=2, scope="debtor"), events)) == [e.id for e in events[2:]]


def test_only_the_rules_channels_and_outbound_are_counted():
    t = local(2024, 6, 10, 9)
    events = (calls(t, 2) + [ev(t + timedelta(hours=1), channel="sms", outcome="delivered"),
                             ev(t + timedelta(hours=2), direction="inbound", outcome="right_party_contact")])
    assert hits(cap(max_=2), events) == []
    both = cap(max_=2, channels=("call", "sms"))
    assert event_ids(hits(both, events)) == [events[2].id]


def test_related_are_capped_for_very_busy_debtors():
    events = calls(local(2024, 6, 10, 0), 140)
    found = hits(cap(max_=3, days=1), events)
    assert len(found) == 137
    assert len(found[-1].related_event_ids) == 100 and found[-1].facts["count"] == 140


# -- min_interval --------------------------------------------------------------------------------

def interval(minutes=5, same=None, channels=("call",)):
    params = {"channels": list(channels), "minutes": minutes}
    if same is not None:
        params["same_destination"] = same
    return profile(rule("min_interval", params))


@pytest.mark.parametrize("gap,hit", [(0, True), (299, True), (300, False), (301, False)])
def test_min_interval_boundary(gap, hit):
    t = datetime(2024, 6, 10, 9, 0, tzinfo=UTC)
    a, b = ev(t, value="+39 1"), ev(t + timedelta(seconds=gap), value="+39 1")
    found = hits(interval(), [a, b])
    assert event_ids(found) == ([b.id] if hit else [])
    if hit:
        assert found[0].related_event_ids == (a.id,)
        assert found[0].facts["gap_seconds"] == gap and found[0].facts["minutes"] == 5


def test_min_interval_same_destination_compares_contact_values():
    t = datetime(2024, 6, 10, 9, 0, tzinfo=UTC)
    a, b = ev(t, value="+39 1"), ev(t + timedelta(minutes=2), value="+39 2")
    c = ev(t + timedelta(minutes=4), value="+39 1")
    assert event_ids(hits(interval(), [a, b, c])) == [c.id]
    assert event_ids(hits(interval(same=False), [a, b, c])) == [b.id, c.id]


def test_min_interval_compares_with_the_latest_attempt_only():
    t = datetime(2024, 6, 10, 9, 0, tzinfo=UTC)
    a, b, c = (ev(t + timedelta(minutes=m), value="x") for m in (0, 4, 8))
    found = hits(interval(), [a, b, c])
    assert event_ids(found) == [b.id, c.id]
    assert found[1].related_event_ids == (b.id,)


def test_min_interval_ignores_inbound_and_other_channels():
    t = datetime(2024, 6, 10, 9, 0, tzinfo=UTC)
    inbound = ev(t, direction="inbound", outcome="right_party_contact", value="x")
    sms = ev(t + timedelta(minutes=1), channel="sms", outcome="delivered", value="x")
    call = ev(t + timedelta(minutes=2), value="x")
    assert hits(interval(), [inbound, sms, call]) == []
