"""require_content: the first demand letter or e-mail of each account, or every contact."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from engine_helpers import ACC, ACC2, debtor, ev, event_ids, profile, rule

from collectdesk.compliance import engine

AS_OF = date(2025, 1, 31)
T0 = datetime(2024, 6, 10, 10, 0, tzinfo=UTC)
TAGS = ["client_name_address", "interest_calculation", "supervisory_authority"]


def content(when="first_demand", channels=("letter", "email"), tags=TAGS):
    return profile(rule("require_content", {"channels": list(channels), "when": when, "tags": list(tags)}))


def hits(prof, events):
    return engine.evaluate(prof, debtor(), events, as_of=AS_OF)


def letter(days=0, tags=(), channel="letter", **kw):
    return ev(T0 + timedelta(days=days), channel=channel, outcome="delivered", tags=tags, **kw)


def test_first_letter_missing_tags_lists_them_in_rule_order():
    first = letter(tags={"supervisory_authority"})
    (h,) = hits(content(), [first])
    assert h.event_id == first.id
    assert h.facts["missing"] == ["client_name_address", "interest_calculation"]
    assert h.facts["when"] == "first_demand" and h.facts["required"] == TAGS


def test_first_letter_with_every_tag_no_hit():
    assert hits(content(), [letter(tags=set(TAGS) | {"extra"})]) == []


def test_only_the_first_letter_or_email_of_each_account():
    first = letter(tags=set(TAGS), account=ACC)
    second = letter(days=10, tags=(), account=ACC)
    mail_first_on_acc2 = letter(days=11, channel="email", account=ACC2)
    later_acc2 = letter(days=12, account=ACC2)
    assert event_ids(hits(content(), [first, second, mail_first_on_acc2, later_acc2])) == [mail_first_on_acc2.id]


def test_calls_and_inbound_letters_are_not_the_first_demand():
    call = ev(T0 - timedelta(days=5), outcome="right_party_contact")
    inbound = letter(days=-3, direction="inbound")
    first = letter()
    assert event_ids(hits(content(), [call, inbound, first])) == [first.id]


def test_email_only_rule_takes_the_first_email_even_after_letters():
    prof = content(channels=("email",))
    paper = letter()
    mail = letter(days=1, channel="email")
    assert event_ids(hits(prof, [paper, mail])) == [mail.id]


def test_always_checks_every_outbound_contact_on_the_channels():
    prof = content(when="always", channels=("email", "sms"), tags=["opt_out_notice"])
    ok = letter(channel="email", tags={"opt_out_notice"})
    bad_mail = letter(days=1, channel="email")
    bad_sms = letter(days=2, channel="sms")
    paper = letter(days=3)
    found = hits(prof, [ok, bad_mail, bad_sms, paper])
    assert event_ids(found) == [bad_mail.id, bad_sms.id]
    assert found[0].facts["missing"] == ["opt_out_notice"] and found[0].facts["when"] == "always"
