"""cooldown_after: the pause after a conversation, counted in the debtor's local days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from engine_helpers import ACC, ACC2, debtor, ev, event_ids, local, profile, rule

from collectdesk.compliance import engine

AS_OF = date(2025, 1, 31)


def cooldown(days=7, day_one=True, scope="debtor", channels=("call",)):
    return profile(rule("cooldown_after", {"trigger": "conversation", "channels": list(channels), "days": days,
                                           "day_one_is_trigger": day_one, "scope": scope}))


def hits(prof, events):
    return engine.evaluate(prof, debtor(), events, as_of=AS_OF)


TALK = local(2024, 6, 10, 10)  # a Monday


@pytest.mark.parametrize("offset,hit", [(0, True), (1, True), (6, True), (7, False), (8, False)])
def test_day_one_is_the_conversation_day(offset, hit):
    talk = ev(TALK, outcome="right_party_contact")
    call = ev(local(2024, 6, 10 + offset, 11))
    found = hits(cooldown(), [talk, call])
    assert event_ids(found) == ([call.id] if hit else [])
    if hit:
        h = found[0]
        assert h.related_event_ids == (talk.id,)
        assert h.facts["conversation_date"] == "2024-06-10" and h.facts["pause_until"] == "2024-06-16"
        assert h.facts["day_number"] == offset + 1 and h.facts["days"] == 7


@pytest.mark.parametrize("offset,hit", [(0, True), (7, True), (8, False)])
def test_day_one_after_the_conversation(offset, hit):
    talk = ev(TALK, outcome="right_party_contact")
    call = ev(local(2024, 6, 10 + offset, 11))
    found = hits(cooldown(day_one=False), [talk, call])
    assert event_ids(found) == ([call.id] if hit else [])
    if hit:
        assert found[0].facts["pause_until"] == "2024-06-17"


def test_days_are_local_days_late_evening_conversation():
    # a conversation at 23:30 local on the 10th: the 17th at 00:30 is already day 8
    talk = ev(local(2024, 6, 10, 23, 30), outcome="promise_to_pay")
    day7 = ev(local(2024, 6, 16, 23, 59))
    day8 = ev(local(2024, 6, 17, 0, 30))
    assert event_ids(hits(cooldown(), [talk, day7, day8])) == [day7.id]


def test_an_attempt_before_the_conversation_the_same_day_is_no_hit():
    early = ev(TALK - timedelta(hours=2))
    talk = ev(TALK, outcome="right_party_contact")
    assert hits(cooldown(), [early, talk]) == []


def test_inbound_conversation_triggers_but_inbound_calls_are_no_hits():
    talk = ev(TALK, direction="inbound", outcome="right_party_contact")
    inbound = ev(TALK + timedelta(days=1), direction="inbound", outcome="right_party_contact")
    outbound = ev(TALK + timedelta(days=2))
    found = hits(cooldown(), [talk, inbound, outbound])
    assert event_ids(found) == [outbound.id]
    assert found[0].related_event_ids == (inbound.id,)  # the latest conversation started a new pause


def test_a_conversation_during_the_pause_is_a_hit_and_starts_a_new_pause():
    talk = ev(TALK, outcome="right_party_contact")
    again = ev(TALK + timedelta(days=3), outcome="right_party_contact")
    later = ev(TALK + timedelta(days=9))  # day 10 of the first, day 7 of the second
    found = hits(cooldown(), [talk, again, later])
    assert event_ids(found) == [again.id, later.id]
    assert found[1].related_event_ids == (again.id,)


def test_other_outcomes_and_channels_do_not_trigger():
    no_answer = ev(TALK, outcome="no_answer")
    third = ev(TALK + timedelta(minutes=5), outcome="third_party")
    visit = ev(TALK + timedelta(minutes=10), channel="visit", outcome="right_party_contact")
    call = ev(TALK + timedelta(days=1))
    assert hits(cooldown(), [no_answer, third, visit, call]) == []
    assert event_ids(hits(cooldown(channels=("call", "visit")), [no_answer, third, visit, call])) == [call.id]


def test_scope_account():
    talk = ev(TALK, outcome="right_party_contact", account=ACC)
    other = ev(TALK + timedelta(days=1), account=ACC2)
    same = ev(TALK + timedelta(days=2), account=ACC)
    assert event_ids(hits(cooldown(scope="account"), [talk, other, same])) == [same.id]
    assert event_ids(hits(cooldown(scope="debtor"), [talk, other, same])) == [other.id, same.id]


def test_letters_are_not_held_back_by_a_call_pause():
    talk = ev(TALK, outcome="right_party_contact")
    letter = ev(TALK + timedelta(days=1), channel="letter", outcome="delivered")
    assert hits(cooldown(), [talk, letter]) == []
