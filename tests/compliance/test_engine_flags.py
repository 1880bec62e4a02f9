"""block_while_flag and party_restriction."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from engine_helpers import debtor, ev, event_ids, local, profile, rule, span

from collectdesk.compliance import engine

AS_OF = date(2025, 1, 31)
ALL = ["call", "letter", "email", "sms", "visit"]
T0 = datetime(2024, 6, 10, 10, 0, tzinfo=UTC)


def block(flags=("cease_contact",), channels=ALL, allowed=None):
    params = {"flags": list(flags), "channels": list(channels)}
    if allowed is not None:
        params["allowed_tags"] = list(allowed)
    return profile(rule("block_while_flag", params, severity="block"))


def hits(prof, events, flags=()):
    return engine.evaluate(prof, debtor(flags=flags), events, as_of=AS_OF)


# -- block_while_flag ----------------------------------------------------------------------------

@pytest.mark.parametrize("offset,hit", [(-1, False), (0, True), (3600, True), (86399, True), (86400, False)])
def test_closed_span_start_inclusive_end_exclusive(offset, hit):
    flags = [span("dispute", T0, T0 + timedelta(days=1))]
    e = ev(T0 + timedelta(seconds=offset))
    found = hits(block(flags=("dispute",)), [e], flags)
    assert event_ids(found) == ([e.id] if hit else [])
    if hit:
        assert found[0].facts["flag"] == "dispute" and found[0].facts["flag_since"] == "2024-06-10"
        assert found[0].facts["flag_until"] == "2024-06-11" and found[0].severity == "block"


def test_open_span_runs_on():
    e = ev(T0 + timedelta(days=400))
    (h,) = hits(block(), [e], [span("cease_contact", T0)])
    assert h.event_id == e.id and h.facts["flag_until"] is None


def test_no_flag_or_another_flag_no_hit():
    e = ev(T0 + timedelta(hours=1))
    assert hits(block(), [e]) == []
    assert hits(block(), [e], [span("vulnerable", T0)]) == []


def test_any_listed_flag_blocks_and_the_earliest_is_named():
    e = ev(T0 + timedelta(days=2))
    flags = [span("attorney", T0 + timedelta(days=1)), span("dispute", T0)]
    (h,) = hits(block(flags=("dispute", "attorney")), [e], flags)
    assert h.facts["flag"] == "dispute"


def test_inbound_contacts_and_other_channels_are_allowed():
    flags = [span("cease_contact", T0)]
    inbound = ev(T0 + timedelta(hours=1), direction="inbound", outcome="right_party_contact")
    letter = ev(T0 + timedelta(hours=2), channel="letter", outcome="delivered")
    call = ev(T0 + timedelta(hours=3))
    assert event_ids(hits(block(channels=["call"]), [inbound, letter, call], flags)) == [call.id]


def test_allowed_tags_let_a_letter_or_email_through_but_not_an_sms():
    flags = [span("cease_contact", T0)]
    notice = ev(T0 + timedelta(hours=1), channel="letter", outcome="delivered", tags={"termination_notice"})
    mail = ev(T0 + timedelta(hours=2), channel="email", outcome="delivered", tags={"termination_notice", "x"})
    demand = ev(T0 + timedelta(hours=3), channel="letter", outcome="delivered", tags={"demand"})
    sms = ev(T0 + timedelta(hours=4), channel="sms", outcome="delivered", tags={"termination_notice"})
    found = hits(block(allowed=["termination_notice"]), [notice, mail, demand, sms], flags)
    assert event_ids(found) == [demand.id, sms.id]
    assert found[0].facts["allowed_tags"] == ["termination_notice"]


def test_naive_span_times_are_utc():
    flags = [span("dispute", datetime(2024, 6, 10, 10, 0), datetime(2024, 6, 10, 12, 0))]
    inside, after = ev(T0 + timedelta(hours=1)), ev(T0 + timedelta(hours=2))
    assert event_ids(hits(block(flags=("dispute",)), [inside, after], flags)) == [inside.id]


# -- party_restriction ---------------------------------------------------------------------------

def party(mode, **params):
    return profile(rule("party_restriction", {"mode": mode} | params, severity="block"))


def third(at, value="+39 555", outcome="third_party", **kw):
    return ev(at, outcome=outcome, value=value, **kw)


def test_forbidden_every_outbound_third_party_contact():
    a, b = third(T0), third(T0 + timedelta(days=1), value=None)
    debtor_call = ev(T0 + timedelta(days=2), outcome="right_party_contact")
    inbound = third(T0 + timedelta(days=3), direction="inbound")
    found = hits(party("forbidden"), [a, b, debtor_call, inbound])
    assert event_ids(found) == [a.id, b.id]
    assert found[0].facts["mode"] == "forbidden"


def test_consent_required_without_and_with_the_consent_flag():
    prof = party("consent_required", consent_flag="third_party_consent")
    before = third(T0 - timedelta(seconds=1))
    during = third(T0 + timedelta(days=1))
    after = third(T0 + timedelta(days=10))
    consent = [span("third_party_consent", T0, T0 + timedelta(days=10))]
    found = hits(prof, [before, during, after], consent)
    assert event_ids(found) == [before.id, after.id]
    assert found[0].facts["consent_flag"] == "third_party_consent"
    assert event_ids(hits(prof, [before, during, after])) == [before.id, during.id, after.id]


def test_limited_counts_per_third_party():
    prof = party("limited", max_per_third_party=1)
    a1 = third(T0, value="+39 111")
    b1 = third(T0 + timedelta(hours=1), value="+39 222")
    a2 = third(T0 + timedelta(days=30), value="+39 111")
    a3 = third(T0 + timedelta(days=60), value="+39 111")
    found = hits(prof, [a1, b1, a2, a3])
    assert event_ids(found) == [a2.id, a3.id]
    assert found[0].facts["count"] == 2 and found[0].facts["max"] == 1
    assert found[0].facts["contact_value"] == "+39 111"
    assert found[1].related_event_ids == (a1.id, a2.id)


def test_limited_exactly_max_allowed():
    prof = party("limited", max_per_third_party=2)
    events = [third(T0 + timedelta(days=d)) for d in range(3)]
    assert event_ids(hits(prof, events[:2])) == []
    assert event_ids(hits(prof, events)) == [events[2].id]


def test_limited_without_contact_value_is_not_counted():
    prof = party("limited", max_per_third_party=1)
    assert hits(prof, [third(T0, value=None), third(T0 + timedelta(days=1), value=None)]) == []


def test_limited_ignores_contacts_that_reached_the_debtor():
    prof = party("limited", max_per_third_party=1)
    a = ev(T0, outcome="right_party_contact", value="+39 111")
    b = third(T0 + timedelta(days=1), value="+39 111")
    assert hits(prof, [a, b]) == []


def test_party_restriction_reads_every_channel():
    visit = third(local(2024, 6, 11, 10), channel="visit")
    assert event_ids(hits(party("forbidden"), [visit])) == [visit.id]
