"""limitation (time-barred debts) and retention (data kept past its period)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from engine_helpers import ACC, ACC2, account, debtor, ev, event_ids, local, profile, rule

from collectdesk.compliance import engine

ALL = ["letter", "call", "email", "sms", "visit"]


def limitation(years=6, start="due_date", year_end=False, channels=ALL):
    return profile(rule("limitation", {"years": years, "start": start, "year_end": year_end,
                                       "channels": list(channels)}))


def hits(prof, events, accounts, as_of=date(2030, 1, 1)):
    return engine.evaluate(prof, debtor(accounts=accounts), events, as_of=as_of)


@pytest.mark.parametrize("day,hit", [(date(2024, 3, 14), False), (date(2024, 3, 15), False),
                                     (date(2024, 3, 16), True)])
def test_limitation_from_the_due_date(day, hit):
    e = ev(local(day.year, day.month, day.day, 10))
    found = hits(limitation(), [e], [account(due=date(2018, 3, 15))])
    assert event_ids(found) == ([e.id] if hit else [])
    if hit:
        f = found[0].facts
        assert f["limitation_end"] == "2024-03-15" and f["start_kind"] == "due_date" and f["years"] == 6


def test_limitation_from_the_later_last_payment():
    accounts = [account(ACC, due=date(2015, 1, 10), last_payment=date(2019, 5, 2)),
                account(ACC2, "A-2", due=date(2015, 1, 10), last_payment=date(2014, 1, 1))]
    a = ev(local(2024, 6, 1, 10), account=ACC)
    b = ev(local(2024, 6, 1, 10), account=ACC2)
    found = hits(limitation(start="last_payment"), [a, b], accounts)
    assert event_ids(found) == [b.id]  # ACC runs from 2019-05-02 to 2025-05-02; ACC2 from its due date
    assert found[0].facts["start_kind"] == "due_date" and found[0].facts["limitation_end"] == "2021-01-10"
    later = ev(local(2025, 5, 3, 10), account=ACC)
    (h,) = hits(limitation(start="last_payment"), [later], accounts)
    assert h.facts["start_kind"] == "last_payment" and h.facts["start_date"] == "2019-05-02"


def test_limitation_without_a_payment_falls_back_to_the_due_date():
    (h,) = hits(limitation(start="last_payment"), [ev(local(2024, 6, 1, 10))], [account(due=date(2018, 1, 1))])
    assert h.facts["start_kind"] == "due_date"


@pytest.mark.parametrize("day,hit", [(date(2024, 12, 31), False), (date(2025, 1, 1), True)])
def test_limitation_with_year_end_runs_to_31_december(day, hit):
    e = ev(local(day.year, day.month, day.day, 10))
    found = hits(limitation(year_end=True), [e], [account(due=date(2018, 3, 15))])
    assert event_ids(found) == ([e.id] if hit else [])
    if hit:
        assert found[0].facts["limitation_end"] == "2024-12-31" and found[0].facts["year_end"] is True


def test_limitation_from_29_february():
    e = ev(local(2023, 3, 1, 10))
    (h,) = hits(limitation(years=3), [e], [account(due=date(2020, 2, 29))])
    assert h.facts["limitation_end"] == "2023-02-28"


def test_limitation_local_day_decides():
    # 23:30 UTC on the last day is already the next day in Rome
    e = ev(datetime(2024, 3, 15, 23, 30, tzinfo=UTC))
    assert event_ids(hits(limitation(), [e], [account(due=date(2018, 3, 15))])) == [e.id]


def test_limitation_only_outbound_on_the_channels_and_known_accounts():
    old = [account(due=date(2000, 1, 1))]
    inbound = ev(local(2024, 6, 1, 10), direction="inbound", outcome="right_party_contact")
    visit = ev(local(2024, 6, 1, 11), channel="visit", outcome="right_party_contact")
    unknown = ev(local(2024, 6, 1, 12), account=ACC2)
    assert hits(limitation(channels=["letter", "call"]), [inbound, visit, unknown], old) == []


# -- retention -----------------------------------------------------------------------------------

def retention(years=10, from_="closed"):
    return profile(rule("retention", {"years": years, "from": from_}))


@pytest.mark.parametrize("as_of,hit", [(date(2024, 5, 10), False), (date(2024, 5, 11), True)])
def test_retention_from_closing(as_of, hit):
    accounts = [account(closed=date(2014, 5, 10)), account(ACC2, "A-2")]
    found = hits(retention(), [], accounts, as_of=as_of)
    assert len(found) == int(hit)
    if hit:
        h = found[0]
        assert h.account_id == ACC and h.event_id is None
        assert h.facts["retention_end"] == "2024-05-10" and h.facts["closed_on"] == "2014-05-10"
        assert h.facts["account_no"] == "A-1" and h.at == local(2024, 5, 11, 0, 0)


@pytest.mark.parametrize("as_of,hit", [(date(2024, 12, 31), False), (date(2025, 1, 1), True)])
def test_retention_from_the_end_of_the_closing_year(as_of, hit):
    found = hits(retention(from_="closed_year_end"), [], [account(closed=date(2014, 5, 10))], as_of=as_of)
    assert len(found) == int(hit)
    if hit:
        assert found[0].facts["retention_end"] == "2024-12-31"


def test_retention_ignores_open_accounts():
    assert hits(retention(years=1), [], [account(), account(ACC2, "A-2")]) == []
