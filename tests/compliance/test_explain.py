"""explain(): every rule type in plain words with its numbers; the reader's date and time formats; JSON facts."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from engine_helpers import ACC2, account, debtor, ev, local, profile, rule, span

from collectdesk.compliance import engine
from collectdesk.compliance.explain import basis_text, explain, rule_type_text, severity_text
from collectdesk.compliance.model import Basis, RuleType
from collectdesk.domain.enums import FindingSeverity

WEEK = {d: ["08:30", "21:00"] for d in ("mon", "tue", "wed", "thu", "fri")}


def one(rule_, events, who=None, as_of=date(2025, 1, 31), holidays="IT"):
    (h,) = engine.evaluate(profile(rule_, holidays=holidays), who or debtor(), events, as_of=as_of)
    return h


def test_time_window_outside_hours_in_english_and_german():
    h = one(rule("time_window", {"channels": ["call"], "windows": WEEK, "holidays": False}, basis="industry_code",
                 verified=False, source="UNIREC code of conduct"), [ev(local(2024, 6, 11, 21, 40))])
    en = explain(h, "en").replace("\u202f", " ")  # Qt writes 9:40 PM with a narrow no-break space
    assert en.startswith("Call at 9:40 PM on Tuesday, the debtor's local time (Europe/Rome): outside the "
                         "permitted hours 8:30 AM–9:00 PM")
    assert "(Test time_window; industry code, not verified; UNIREC code of conduct)." in en
    de = explain(h, "de")
    assert "21:40" in de and "Dienstag" in de and "08:30–21:00" in de and "Test-time_window" in de


def test_time_window_closed_day_and_holiday():
    closed = one(rule("time_window", {"channels": ["call"], "windows": WEEK, "holidays": False}),
                 [ev(local(2024, 6, 15, 10, 0))])
    assert "Saturday" in explain(closed, "en") and "no contact is permitted" in explain(closed, "en")
    holiday = one(rule("time_window", {"channels": ["call"], "windows": WEEK, "holidays": True}),
                  [ev(local(2024, 12, 25, 10, 0))])
    text = explain(holiday, "en")
    assert "12/25/2024" in text and "public holiday" in text and "Christmas" in text
    assert "25.12.2024" in explain(holiday, "de")  # the Italian calendar names its days in Italian or English


def test_rolling_cap_names_count_max_and_window():
    r = rule("rolling_count_cap", {"channels": ["call"], "window_days": 7, "max": 7, "counts": "attempts",
                                   "scope": "debtor"})
    events = [ev(local(2024, 6, 10, 9) + timedelta(minutes=10 * k)) for k in range(8)]
    text = explain(one(r, events), "en")
    assert text.startswith("Call number 8 within 7 day") and "at most 7 allowed" in text
    hours = rule("rolling_count_cap", {"channels": ["call", "sms"], "window_hours": 24, "max": 1,
                                       "counts": "conversations", "scope": "debtor"})
    talks = [ev(local(2024, 6, 10, 9), outcome="right_party_contact"),
             ev(local(2024, 6, 10, 11), outcome="promise_to_pay")]
    text = explain(one(hours, talks), "en")
    assert "Conversation number 2" in text and "24 hour" in text and "at most 1 allowed" in text


def test_rolling_cap_for_an_unknown_outcome_says_if_it_becomes_a_conversation():
    r = rule("rolling_count_cap", {"channels": ["call"], "window_days": 1, "max": 1, "counts": "conversations",
                                   "scope": "debtor"})
    (h,) = engine.evaluate_proposed(profile(r), debtor(), [ev(local(2024, 6, 10, 9), outcome="refused")],
                                    ev(local(2024, 6, 10, 12), outcome=None, id_=False))
    assert explain(h, "en").endswith("This applies if the contact reaches the debtor.")


def test_cooldown_names_the_days_and_dates():
    r = rule("cooldown_after", {"trigger": "conversation", "channels": ["call"], "days": 7,
                                "day_one_is_trigger": True, "scope": "debtor"})
    h = one(r, [ev(local(2024, 6, 10, 10), outcome="right_party_contact"), ev(local(2024, 6, 12, 10))])
    text = explain(h, "de")
    assert "12.06.2024" in text and "10.06.2024" in text and "16.06.2024" in text and "7 day" in text


def test_min_interval_names_both_times_and_minutes():
    r = rule("min_interval", {"channels": ["call"], "minutes": 5, "same_destination": True})
    t = datetime(2024, 6, 10, 8, 0, tzinfo=UTC)
    h = one(r, [ev(t, value="1"), ev(t + timedelta(minutes=2), value="1")])
    text = explain(h, "de")
    assert "10:02" in text and "10:00" in text and "5 minute" in text and "same destination" in text


@pytest.mark.parametrize("flag,words", [("dispute", "dispute is open"), ("cease_contact", "asked for contact to stop"),
                                        ("fraud", "suspected fraud")])
def test_block_while_flag(flag, words):
    r = rule("block_while_flag", {"flags": [flag], "channels": ["call"]})
    start = local(2024, 5, 3, 9)
    h = one(r, [ev(local(2024, 6, 11, 10))], who=debtor(flags=[span(flag, start)]))
    text = explain(h, "de")
    assert words in text and "11.06.2024" in text and "03.05.2024" in text


def test_party_restriction_modes():
    forbidden = one(rule("party_restriction", {"mode": "forbidden"}),
                    [ev(local(2024, 6, 11, 10), outcome="third_party")])
    assert "third party" in explain(forbidden, "en") and "not allowed" in explain(forbidden, "en")
    consent = one(rule("party_restriction", {"mode": "consent_required", "consent_flag": "third_party_consent"}),
                  [ev(local(2024, 6, 11, 10), outcome="third_party")])
    assert "consent" in explain(consent, "en")
    limited = one(rule("party_restriction", {"mode": "limited", "max_per_third_party": 1}),
                  [ev(local(2024, 6, 11, 10), outcome="third_party", value="+39 555"),
                   ev(local(2024, 6, 12, 10), outcome="third_party", value="+39 555")])
    text = explain(limited, "en")
    assert "contact number 2" in text and "+39 555" in text and "at most 1 allowed" in text


def test_require_content_lists_the_missing_content():
    r = rule("require_content", {"channels": ["letter", "email"], "when": "first_demand",
                                 "tags": ["client_name_address", "interest_calculation", "supervisory_authority"]})
    h = one(r, [ev(local(2024, 6, 11, 10), channel="letter", outcome="delivered", tags={"client_name_address"})])
    assert explain(h, "en").startswith("First demand letter without: interest calculation, supervisory authority")
    always = rule("require_content", {"channels": ["sms"], "when": "always", "tags": ["opt_out_notice", "new_tag"]})
    h = one(always, [ev(local(2024, 6, 11, 10), channel="sms", outcome="delivered")])
    assert "SMS on 6/11/2024 without: opt-out notice, new tag" in explain(h, "en")


def test_deadline_missed_and_late():
    r = rule("deadline", {"start": "first_contact", "days": 5, "must": "tag:validation_notice",
                          "business_days": True})
    first = ev(local(2024, 6, 14, 10, tz="America/New_York"), outcome="right_party_contact")
    us = debtor(tz="America/New_York", country="US")
    missed = one(r, [first], who=us, as_of=date(2024, 7, 1), holidays="US")
    text = explain(missed, "de")
    assert "Not sent by 24.06.2024: validation notice" in text
    assert "5 business day" in text and "14.06.2024" in text
    late_notice = ev(local(2024, 6, 26, 10, tz="America/New_York"), channel="letter", outcome="delivered",
                     tags={"validation_notice"})
    late = one(r, [first, late_notice], who=us, as_of=date(2024, 7, 1), holidays="US")
    assert "Sent late on 26.06.2024" in explain(late, "de") and "24.06.2024" in explain(late, "de")
    flagged = rule("deadline", {"start": "flag_set:dispute", "days": 30, "must": "flag_cleared"})
    h = one(flagged, [], who=debtor(flags=[span("dispute", local(2024, 6, 3, 9))]), as_of=date(2024, 8, 1))
    text = explain(h, "de")
    assert "dispute was not resolved by 03.07.2024" in text and "30 day" in text


def test_limitation_names_period_and_end():
    r = rule("limitation", {"years": 6, "start": "last_payment", "year_end": True,
                            "channels": ["letter", "call"]})
    who = debtor(accounts=[account(due=date(2015, 3, 1), last_payment=date(2017, 5, 4))])
    text = explain(one(r, [ev(local(2024, 2, 1, 10))], who=who), "de")
    assert "6 year" in text and "04.05.2017" in text and "31.12.2023" in text and "01.02.2024" in text


def test_retention_names_the_account_and_dates():
    r = rule("retention", {"years": 10, "from": "closed_year_end"})
    who = debtor(accounts=[account(no="IT-77", closed=date(2013, 4, 2)), account(ACC2, "A-2")])
    text = explain(one(r, [], who=who, as_of=date(2024, 6, 1)), "de")
    assert "IT-77" in text and "02.04.2013" in text and "31.12.2023" in text and "10 year" in text


def test_unknown_time_zone_is_said():
    r = rule("time_window", {"channels": ["call"], "windows": WEEK, "holidays": False})
    h = one(r, [ev(datetime(2024, 6, 11, 22, 0, tzinfo=UTC))], who=debtor(tz="Atlantis/Capital"))
    assert "“Atlantis/Capital” is unknown, so UTC was used" in explain(h, "en")


def test_facts_survive_json_and_read_the_same():
    rules = [rule("time_window", {"channels": ["call"], "windows": WEEK, "holidays": True}, id_="a"),
             rule("cooldown_after", {"trigger": "conversation", "channels": ["call"], "days": 3,
                                     "day_one_is_trigger": True, "scope": "account"}, id_="b"),
             rule("deadline", {"start": "first_contact", "days": 5, "must": "tag:privacy_notice"}, id_="c"),
             rule("limitation", {"years": 1, "start": "due_date", "year_end": False, "channels": ["call"]}, id_="d"),
             rule("retention", {"years": 1, "from": "closed"}, id_="e")]
    who = debtor(accounts=[account(due=date(2023, 1, 1), closed=date(2023, 6, 1))])
    events = [ev(local(2024, 6, 11, 22), outcome="right_party_contact"), ev(local(2024, 6, 12, 10))]
    hits = engine.evaluate(profile(*rules), who, events, as_of=date(2025, 1, 1))
    assert {h.rule.id for h in hits} == {"a", "b", "c", "d", "e"}
    for h in hits:
        stored = json.loads(json.dumps(h.facts))
        assert stored == h.facts
        assert explain(dataclasses.replace(h, facts=stored), "en") == explain(h, "en")


def test_language_none_follows_the_application():
    h = one(rule("time_window", {"channels": ["call"], "windows": WEEK, "holidays": False}),
            [ev(local(2024, 6, 11, 21, 40))])
    assert explain(h) == explain(h, "en")


def test_pane_texts_for_every_value():
    assert len({rule_type_text(t) for t in RuleType}) == len(RuleType)
    assert len({basis_text(b) for b in Basis}) == len(Basis)
    assert {severity_text(s) for s in FindingSeverity} == {"Block", "Warning"}


def test_deadline_note_and_time_zone_note_both_appear():
    r = rule("deadline", {"start": "first_contact", "days": 5, "must": "tag:validation_notice"})
    h = one(r, [ev(local(2024, 6, 3, 10), outcome="right_party_contact")], who=debtor(tz=""), as_of=date(2024, 7, 1))
    text = explain(h, "en")
    assert "5 day" in text and text.endswith("The debtor has no time zone, so UTC was used.")
