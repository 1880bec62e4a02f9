"""evaluate_proposed agrees with evaluate, needs only lookback_days of history, and skips deadlines."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta

from engine_helpers import ACC, ACC2, COLLECTOR, account, debtor, ev, local, profile, rule, span
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collectdesk.compliance import engine
from collectdesk.compliance.model import Event
from collectdesk.domain.enums import Channel, Direction, Outcome

BASE = datetime(2024, 3, 28, 0, 0, tzinfo=UTC)  # the span covers Easter Monday and the spring-forward day
ALL = ["call", "letter", "email", "sms", "visit"]
WINDOWS = {d: ["09:00", "17:00"] for d in ("mon", "tue", "wed", "thu", "fri")} | {"sat": ["09:00", "12:00"]}

WINDOWED = [  # every rule type whose look-back is a few days
    rule("time_window", {"channels": ["call", "visit"], "windows": WINDOWS, "holidays": True}, id_="R.tw"),
    rule("rolling_count_cap", {"channels": ["call"], "window_days": 3, "max": 2, "counts": "attempts",
                               "scope": "debtor"}, id_="R.cap_days"),
    rule("rolling_count_cap", {"channels": ["call", "sms"], "window_days": 1, "max": 1,
                               "counts": "conversations", "scope": "account"}, id_="R.cap_conv"),
    rule("rolling_count_cap", {"channels": ["call"], "window_hours": 6, "max": 1, "counts": "attempts",
                               "scope": "debtor"}, id_="R.cap_hours"),
    rule("cooldown_after", {"trigger": "conversation", "channels": ["call"], "days": 2,
                            "day_one_is_trigger": True, "scope": "account"}, id_="R.cool"),
    rule("cooldown_after", {"trigger": "conversation", "channels": ["call", "visit"], "days": 1,
                            "day_one_is_trigger": False, "scope": "debtor"}, id_="R.cool2"),
    rule("min_interval", {"channels": ["call"], "minutes": 90, "same_destination": True}, id_="R.gap"),
    rule("min_interval", {"channels": ["call", "sms"], "minutes": 20, "same_destination": False}, id_="R.gap2"),
    rule("block_while_flag", {"flags": ["dispute"], "channels": ALL, "allowed_tags": ["stop"]}, id_="R.flag"),
    rule("party_restriction", {"mode": "consent_required", "consent_flag": "third_party_consent"}, id_="R.cons"),
    rule("limitation", {"years": 3, "start": "last_payment", "year_end": True, "channels": ALL}, id_="R.lim"),
]
WHOLE_HISTORY = [
    rule("party_restriction", {"mode": "limited", "max_per_third_party": 1}, id_="R.limited"),
    rule("require_content", {"channels": ["letter", "email"], "when": "first_demand", "tags": ["a", "b"]},
         id_="R.first"),
    rule("require_content", {"channels": ["sms"], "when": "always", "tags": ["a"]}, id_="R.always"),
]
NOT_PROPOSED = [
    rule("deadline", {"start": "first_contact", "days": 2, "must": "tag:a"}, id_="R.deadline"),
    rule("retention", {"years": 1, "from": "closed"}, id_="R.retention"),
]
EVERYTHING = profile(*WINDOWED, *WHOLE_HISTORY, *NOT_PROPOSED)
WINDOWED_ONLY = profile(*WINDOWED, *NOT_PROPOSED)

WHO = debtor(flags=[span("dispute", BASE + timedelta(days=1), BASE + timedelta(days=2)),
                    span("third_party_consent", BASE + timedelta(days=3))],
             accounts=[account(ACC, due=date(2020, 6, 1), last_payment=date(2020, 12, 1)),
                       account(ACC2, "A-2", due=date(2021, 6, 1), closed=date(2022, 1, 1))])

_counter = iter(range(10**9))


@st.composite
def events(draw, outcome_none=False, days=4):
    minutes = 10 * draw(st.integers(0, days * 24 * 6))  # ten-minute steps: window edges are met exactly
    channel = draw(st.sampled_from(["call"] * 5 + ALL))
    direction = draw(st.sampled_from(["outbound"] * 4 + ["inbound"]))
    outcomes = [o.value for o in Outcome]
    outcome = None if outcome_none else draw(st.sampled_from(outcomes))
    return Event(id=uuid.UUID(int=1_000_000 + next(_counter)), account_id=draw(st.sampled_from([ACC, ACC2])),
                 at=BASE + timedelta(minutes=minutes), channel=Channel(channel), direction=Direction(direction),
                 outcome=Outcome(outcome) if outcome else None, collector_id=COLLECTOR,
                 contact_value=draw(st.sampled_from([None, "+39 1", "+39 2"])),
                 tags=frozenset(draw(st.sets(st.sampled_from(["a", "b", "stop"])))))


def from_the_log(prof, history, proposed):
    log = sorted(history, key=lambda e: e.at) + [proposed]
    return [h for h in engine.evaluate(prof, WHO, log, as_of=date(2030, 1, 1)) if h.event_id == proposed.id]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(history=st.lists(events(), min_size=3, max_size=60), proposed=events())
def test_proposed_gives_the_hits_evaluate_gives_that_contact(history, proposed):
    expected = [h for h in from_the_log(EVERYTHING, history, proposed) if h.rule.id not in ("R.deadline",)]
    found = engine.evaluate_proposed(EVERYTHING, WHO, history, proposed)
    assert found == expected
    for h in found:
        assert json.loads(json.dumps(h.facts)) == h.facts  # stored as JSON in the finding's detail


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(history=st.lists(events(days=12), min_size=3, max_size=80), proposed=events(days=12))
def test_long_history_proposed_agrees_with_evaluate(history, proposed):
    """Twelve days of history: most of it is older than the windowed rules' look-back, which
    evaluate_proposed reads without local times (the first-letter and third-party rules still see it)."""
    expected = [h for h in from_the_log(EVERYTHING, history, proposed) if h.rule.id != "R.deadline"]
    assert engine.evaluate_proposed(EVERYTHING, WHO, history, proposed) == expected


@settings(max_examples=200, deadline=None)
@given(history=st.lists(events(), max_size=40), proposed=events())
def test_history_older_than_lookback_days_changes_nothing(history, proposed):
    days = engine.lookback_days(WINDOWED_ONLY)
    recent = [e for e in history if e.at >= proposed.at - timedelta(days=days)]
    assert (engine.evaluate_proposed(WINDOWED_ONLY, WHO, recent, proposed)
            == engine.evaluate_proposed(WINDOWED_ONLY, WHO, history, proposed))


def test_lookback_days():
    assert engine.lookback_days(WINDOWED_ONLY) == 4  # the 3-day cap, plus a day for the local-day edge
    assert engine.lookback_days(EVERYTHING) == engine.ALL_HISTORY
    assert engine.lookback_days(profile()) == 1
    assert engine.lookback_days(profile(rule("min_interval", {"channels": ["call"], "minutes": 3000}))) == 4


def test_later_history_and_the_same_contact_in_history_are_ignored():
    prof = profile(WINDOWED[1])  # at most 2 calls in 3 days
    t = local(2024, 6, 11, 10)
    proposed = ev(t)
    later = [ev(t + timedelta(hours=k)) for k in (1, 2, 3)]
    assert engine.evaluate_proposed(prof, WHO, later + [proposed], proposed) == []
    earlier = [ev(t - timedelta(hours=k)) for k in (1, 2)]
    (h,) = engine.evaluate_proposed(prof, WHO, later + earlier, proposed)
    assert h.facts["count"] == 3 and set(h.related_event_ids) == {e.id for e in earlier}


def test_a_proposed_contact_without_id_or_outcome():
    prof = profile(WINDOWED[2])  # at most 1 conversation a day per account
    t = local(2024, 6, 11, 10)
    talk = ev(t, outcome="right_party_contact")
    proposed = ev(t + timedelta(hours=3), outcome=None, id_=False)
    (h,) = engine.evaluate_proposed(prof, WHO, [talk], proposed)
    assert h.event_id is None and h.facts["if_conversation"] is True and h.related_event_ids == (talk.id,)
    assert h.key == ("R.cap_conv", f"{ACC}@{proposed.at.isoformat()}")
    # the same contact in the log without an outcome is no conversation
    assert engine.evaluate(prof, WHO, [talk, ev(t + timedelta(hours=3), outcome=None)], as_of=date(2025, 1, 1)) == []


def test_deadlines_and_retention_never_judge_a_proposed_contact():
    prof = profile(*NOT_PROPOSED)
    first = ev(local(2024, 6, 3, 10), outcome="right_party_contact")
    late = ev(local(2024, 6, 20, 10), channel="letter", outcome="delivered", tags={"a"})
    assert [h.rule.id for h in engine.evaluate(prof, WHO, [first, late], as_of=date(2025, 1, 1))] == [
        "R.retention", "R.deadline"]
    assert engine.evaluate_proposed(prof, WHO, [first], late) == []


def test_naive_proposed_time_is_utc():
    prof = profile(WINDOWED[0])
    proposed = ev(datetime(2024, 6, 11, 17, 0))  # naive: 17:00 UTC = 19:00 in Rome, after 17:00
    (h,) = engine.evaluate_proposed(prof, WHO, [ev(datetime(2024, 6, 11, 8, 0, tzinfo=UTC))], proposed)
    assert h.facts["local_time"] == "19:00" and h.at.tzinfo is not None
