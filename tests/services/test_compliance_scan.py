"""The compliance scan over the activity log, as a supervisor relies on it: a late call becomes one finding
naming the profile version; scanning again changes nothing; only what changed is checked again (a new
contact, a dispute entered with an earlier start); reviews survive rescans; a rule switched off by an
overlay takes its open findings with it; --since limits; a cancelled scan keeps its finished chunks; the
findings are exactly what the engine says for the same history; the command line reports the same counts."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from collectdesk.compliance.engine import evaluate
from collectdesk.compliance.model import AccountFacts, DebtorFacts, Event, FlagSpan
from collectdesk.compliance.profile_loader import dump_layer, load_shipped
from collectdesk.domain.enums import (
    CLOSED_STATUSES, Channel, DebtorFlag, Direction, FindingReview, FindingStatus, Outcome, PortfolioKind,
)
from collectdesk.services.compliance import scan_changes
from collectdesk.services.compliance.profiles import portfolio_overrides, resolver, save_layer
from collectdesk.services.compliance.scan import STATE_KEY, read_state, scan
from collectdesk.services.department_settings import get_setting
from collectdesk.store.models import (
    Account, Activity, AuditEntry, ComplianceFinding, Debtor, DebtorContact, DebtorFlagEntry, Portfolio,
    PortfolioAccount,
)

ROME = ZoneInfo("Europe/Rome")
TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def one_clock(monkeypatch):
    """One machine, one clock: no margin for workstation clocks, so "only what changed" is exact."""
    monkeypatch.setattr(scan_changes, "MARGIN", timedelta(0))


def rome(y, m, d, hh, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=ROME).astimezone(UTC)


def log(database, account_id, at, channel="call", direction="outbound", outcome="no_answer", tags=None,
        value=None) -> uuid.UUID:
    """A contact as history (the log keeps what happened; the prevention check is not the scan's business)."""
    with database.ctx.transaction() as s:
        account = s.get(Account, account_id)
        activity = Activity(account_id=account.id, debtor_id=account.debtor_id, collector_id=account.collector_id,
                            channel=Channel(channel), direction=Direction(direction), outcome=Outcome(outcome),
                            occurred_at=at, contact_value=value, tags=tags, created_by="tester")
        s.add(activity)
        s.flush()
        return activity.id


def findings(database) -> list[ComplianceFinding]:
    with database.ctx.reading() as s:
        return list(s.scalars(select(ComplianceFinding).order_by(ComplianceFinding.found_at)))


def debtor_of(database, account_id) -> uuid.UUID:
    with database.ctx.reading() as s:
        return s.get(Account, account_id).debtor_id


def test_a_late_call_is_one_finding_naming_the_profile_version_and_a_second_scan_changes_nothing(
        database, make_account, org):
    account = make_account(country="IT")
    call = log(database, account, rome(2026, 3, 3, 22, 30))  # a Tuesday, after 21:00
    log(database, account, rome(2026, 3, 4, 10, 0))          # in hours

    first = scan(database.ctx, today=TODAY)
    assert (first.mode, first.debtors, first.activities, first.new) == ("first", 1, 2, 1)
    assert first.new_by_severity == {"warn": 1} and first.watermark_advanced
    assert first.profiles == {"IT_GARANTE_UNIREC": "2026.1+INTERNAL.2026.1"}
    [f] = findings(database)
    assert (f.rule_code, f.profile_code, f.profile_version) == (
        "IT.calling_hours", "IT_GARANTE_UNIREC", "2026.1+INTERNAL.2026.1")
    assert (f.activity_id, f.account_id, f.debtor_id, f.collector_id) == (call, account, debtor_of(database, account),
                                                                          org.anna)
    assert f.found_at == rome(2026, 3, 3, 22, 30) and f.status is FindingStatus.OPEN
    assert f.event_key == str(call)
    detail = json.loads(f.detail)
    assert detail["facts"]["local_time"] == "22:30" and detail["facts"]["reason"] == "outside_hours"
    assert detail["rule_type"] == "time_window" and detail["related"] == []
    with database.ctx.reading() as s:
        audit = s.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "compliance_finding",
                                                           AuditEntry.action == "bulk")).all()
    assert len(audit) == 1 and "1 new finding" in audit[0]

    again = scan(database.ctx, today=TODAY)
    assert (again.mode, again.debtors, again.new, again.removed) == ("incremental", 0, 0, 0)
    [same] = findings(database)
    assert (same.id, same.version) == (f.id, f.version)


def test_a_new_activity_rescans_only_its_debtor(database, make_account):
    quiet = make_account(country="IT", name="Anna Verdi")
    busy = make_account(country="IT", name="Bruno Neri")
    log(database, quiet, rome(2026, 3, 3, 11))
    log(database, busy, rome(2026, 3, 3, 12))
    assert scan(database.ctx, today=TODAY).debtors == 2

    late = log(database, busy, rome(2026, 3, 10, 21, 15))
    result = scan(database.ctx, today=TODAY)
    assert (result.mode, result.debtors, result.activities, result.new, result.kept) == ("incremental", 1, 2, 1, 0)
    assert [f.activity_id for f in findings(database)] == [late]


def test_a_dispute_entered_with_an_earlier_start_makes_findings_on_the_next_incremental_scan(database, make_account):
    account = make_account(country="GB", name="Oliver Smith")  # UK CONC 7.14: recovery stops during a dispute
    calls = [log(database, account, rome(2026, 5, day, 12)) for day in (12, 14, 18)]
    assert scan(database.ctx, today=TODAY).new == 0

    # the debtor's letter disputing the debt arrived on 13 May; it is entered today, dated when it arrived
    with database.ctx.transaction() as s:
        s.add(DebtorFlagEntry(debtor_id=debtor_of(database, account), flag=DebtorFlag.DISPUTE,
                              set_at=rome(2026, 5, 13, 9), set_by="tester", note="letter of 13 May"))
    result = scan(database.ctx, today=TODAY)
    assert (result.mode, result.debtors, result.new) == ("incremental", 1, 2)
    assert [(f.rule_code, f.activity_id) for f in findings(database)] == [
        ("UK.dispute_hold", calls[1]), ("UK.dispute_hold", calls[2])]


def _review(database, finding_id):
    with database.ctx.transaction() as s:
        f = s.get(ComplianceFinding, finding_id)
        f.status, f.review, f.review_note = FindingStatus.REVIEWED, FindingReview.COACHING, "talked it through"
        f.reviewed_by, f.reviewed_at = "tester", datetime.now(UTC)


def test_reviews_survive_rescans_and_a_rule_switched_off_by_an_overlay_takes_its_open_findings(
        database, make_account):
    account = make_account(country="IT")
    log(database, account, rome(2026, 3, 3, 22, 30))
    log(database, account, rome(2026, 3, 5, 7, 45))
    scan(database.ctx, today=TODAY)
    reviewed, still_open = findings(database)
    _review(database, reviewed.id)
    with database.ctx.reading() as s:
        version = s.get(ComplianceFinding, reviewed.id).version

    full = scan(database.ctx, full=True, today=TODAY)
    assert (full.mode, full.new, full.kept, full.removed) == ("full", 0, 2, 0)
    kept = {f.id: f for f in findings(database)}
    assert kept[reviewed.id].status is FindingStatus.REVIEWED and kept[reviewed.id].version == version

    internal = dump_layer(load_shipped()["INTERNAL"])
    internal["disable"] = ["IT.calling_hours"]
    save_layer(database.ctx, internal, expected_revision=None)
    after = scan(database.ctx, today=TODAY)
    assert (after.mode, after.new, after.removed, after.retained) == ("profiles_changed", 0, 1, 1)
    assert after.profiles == {"IT_GARANTE_UNIREC": "2026.1+INTERNAL.2026.1r1"}
    [left] = findings(database)
    assert left.id == reviewed.id and left.review is FindingReview.COACHING and still_open.id != left.id


def test_since_judges_only_contacts_from_that_day_and_leaves_older_findings(database, make_account):
    account = make_account(country="IT")
    march = log(database, account, rome(2026, 3, 3, 22, 30))
    may = log(database, account, rome(2026, 5, 5, 22, 30))

    part = scan(database.ctx, since=date(2026, 5, 1), today=TODAY)
    assert (part.new, part.watermark_advanced) == (1, False) and read_state(database.ctx) is None
    assert [f.activity_id for f in findings(database)] == [may]

    whole = scan(database.ctx, today=TODAY)
    assert (whole.mode, whole.new, whole.kept) == ("first", 1, 1)
    assert [f.activity_id for f in findings(database)] == [march, may]

    internal = dump_layer(load_shipped()["INTERNAL"])
    internal["disable"] = ["IT.calling_hours"]
    save_layer(database.ctx, internal, expected_revision=None)
    limited = scan(database.ctx, since=date(2026, 5, 1), today=TODAY)
    assert (limited.mode, limited.removed) == ("profiles_changed", 1)
    assert [f.activity_id for f in findings(database)] == [march]  # before `since`: left as it was


def test_a_cancelled_scan_keeps_its_finished_chunk_and_not_the_watermark(database, make_account):
    accounts = [make_account(country="IT", name=f"Debtor {i}") for i in range(3)]
    for i, account in enumerate(accounts):
        log(database, account, rome(2026, 3, 3 + i, 22, 30))
    seen = []
    result = scan(database.ctx, today=TODAY, chunk_debtors=1, progress=lambda done, total: seen.append((done, total)),
                  cancel=lambda: True)
    assert (result.cancelled, result.debtors, result.new, result.watermark_advanced) == (True, 1, 1, False)
    assert seen == [(1, 3)]
    assert len(findings(database)) == 1 and get_setting(database.ctx, STATE_KEY) == (None, None)

    rest = scan(database.ctx, today=TODAY, chunk_debtors=1)
    assert (rest.mode, rest.debtors, rest.new, rest.kept) == ("first", 3, 2, 1)
    assert len(findings(database)) == 3 and read_state(database.ctx) is not None


# ------------------------------------------------------------------------------------------ generated history

COUNTRIES = [("IT", "Europe/Rome", None), ("PL", "Europe/Warsaw", None), ("DE", "Europe/Berlin", "BY"),
             ("DE", "Europe/Berlin", "NW"), ("GB", "Europe/London", None), ("US", "America/New_York", "NY")]
CONTENT = ["client_name_address", "claim_ground", "contract_subject_date", "interest_calculation",
           "collection_costs", "supervisory_authority"]


def _generate(database, org, seed=10, debtors=24) -> None:
    rng = random.Random(seed)
    start = datetime(2026, 1, 5, tzinfo=UTC)
    with database.ctx.transaction() as s:
        portfolio = Portfolio(name="Strict", kind=PortfolioKind.HIGH_PROFILE, compliance_profile="UK_FCA_CONC7")
        s.add(portfolio)
        s.flush()
        for n in range(debtors):
            country, tz, region = COUNTRIES[n % len(COUNTRIES)]
            debtor = Debtor(name=f"Debtor {n}", name_key=f"debtor {n}", country=country, language="en", timezone=tz,
                            region=region)
            s.add(debtor)
            s.flush()
            if rng.random() < 0.3:
                s.add(DebtorContact(debtor_id=debtor.id, kind="phone", value=f"+39 {n:07d}", search_key=f"39{n:07d}",
                                    do_not_use=True))
            for flag in ("dispute", "cease_contact", "vulnerable", "bankrupt"):
                if rng.random() < 0.25:
                    set_at = start + timedelta(days=rng.randint(0, 60), seconds=rng.randint(0, 86399))
                    cleared = set_at + timedelta(days=rng.randint(5, 60)) if rng.random() < 0.5 else None
                    s.add(DebtorFlagEntry(debtor_id=debtor.id, flag=DebtorFlag(flag), set_at=set_at, set_by="gen",
                                          cleared_at=cleared))
            accounts = []
            for k in range(1 + (rng.random() < 0.3)):
                closed = rng.random() < 0.2
                updated = datetime(2014, 6, 1, tzinfo=UTC) if closed and rng.random() < 0.5 else start
                account = Account(account_no=f"G-{n:03d}-{k}", debtor_id=debtor.id, creditor=f"Creditor {k}",
                                  currency="EUR", original_amount=100, balance=0 if closed else 100,
                                  due_date=date(2016 + rng.randint(0, 10), 3, 1), country=country,
                                  debtor_name_key=debtor.name_key, collector_id=org.anna, team_id=org.team,
                                  status=rng.choice(sorted(CLOSED_STATUSES)) if closed else "open",
                                  created_at=datetime(2013, 1, 1, tzinfo=UTC), updated_at=updated)
                s.add(account)
                s.flush()
                accounts.append(account)
                if rng.random() < 0.15:
                    s.add(PortfolioAccount(portfolio_id=portfolio.id, account_id=account.id, added_by="gen"))
            if n % 7 == 3:
                continue  # a debtor nobody contacted (retention, flags alone)
            at = start + timedelta(seconds=rng.randint(0, 86400 * 30))
            for _ in range(rng.randint(3, 40)):
                at += timedelta(seconds=rng.choice([61, 300, 3_600, 7_200, 40_000, 86_400, 3 * 86_400]) + rng.randint(1, 59))
                if at.date() >= TODAY:
                    break
                channel = rng.choice(["call"] * 6 + ["letter", "email", "sms", "visit"])
                direction = "inbound" if rng.random() < 0.1 else "outbound"
                outcome = rng.choice(["no_answer", "right_party_contact", "third_party", "promise_to_pay",
                                      "left_message"] if channel in ("call", "visit") else ["delivered", "returned"])
                tags = None
                if channel in ("letter", "email") and rng.random() < 0.6:
                    tags = " ".join(rng.sample(CONTENT + ["validation_notice", "dispute_response"], rng.randint(1, 7)))
                s.add(Activity(account_id=rng.choice(accounts).id, debtor_id=debtor.id, collector_id=org.anna,
                               channel=Channel(channel), direction=Direction(direction), outcome=Outcome(outcome),
                               occurred_at=at, contact_value=f"+39 {rng.randint(0, 2)}", tags=tags,
                               created_by="gen"))


def _expected(database) -> set[tuple]:
    """The engine's hits, from ORM rows and typed values: the plain way, without the scan's shortcuts."""
    res = resolver(database.ctx)
    out = set()
    with database.ctx.reading() as s:
        for debtor in s.scalars(select(Debtor)):
            accounts = s.scalars(select(Account).where(Account.debtor_id == debtor.id)).all()
            overrides = portfolio_overrides(s, [a.id for a in accounts])
            flags = tuple(FlagSpan(flag=f.flag, start=f.set_at, end=f.cleared_at) for f in s.scalars(
                select(DebtorFlagEntry).where(DebtorFlagEntry.debtor_id == debtor.id).order_by(DebtorFlagEntry.set_at)))
            avoid = frozenset(s.scalars(select(DebtorContact.value).where(DebtorContact.debtor_id == debtor.id,
                                                                          DebtorContact.do_not_use.is_(True))))
            events = [Event(id=a.id, account_id=a.account_id, at=a.occurred_at, channel=a.channel,
                            direction=a.direction, outcome=a.outcome, collector_id=a.collector_id,
                            contact_value=a.contact_value, tags=frozenset((a.tags or "").split()))
                      for a in s.scalars(select(Activity).where(Activity.debtor_id == debtor.id)
                                         .order_by(Activity.occurred_at, Activity.id))]
            groups: dict[int, tuple] = {}
            for a in accounts:
                profile = res.for_account(debtor.country, overrides.get(a.id), a.creditor)
                groups.setdefault(id(profile), (profile, []))[1].append(a)
            for profile, members in groups.values():
                facts = DebtorFacts(
                    id=debtor.id, name=debtor.name, country=debtor.country, region=debtor.region,
                    timezone=debtor.timezone, flags=flags, do_not_use=avoid,
                    accounts={a.id: AccountFacts(id=a.id, account_no=a.account_no, due_date=a.due_date,
                                                 opened_on=a.opened_on, last_payment_on=a.last_payment_on,
                                                 closed_on=a.updated_at.date() if a.status in CLOSED_STATUSES
                                                 else None) for a in members})
                mine = [e for e in events if e.account_id in facts.accounts]
                for hit in evaluate(profile, facts, mine, as_of=TODAY):
                    out.add((hit.rule.id, hit.key[1], hit.account_id, debtor.id, hit.event_id, hit.collector_id,
                             str(hit.severity), hit.at, hit.profile_code, hit.profile_version,
                             json.dumps(dict(hit.facts), sort_keys=True, default=str),
                             tuple(str(x) for x in hit.related_event_ids)))
    return out


def _stored(database) -> set[tuple]:
    out = set()
    for f in findings(database):
        detail = json.loads(f.detail)
        out.add((f.rule_code, f.event_key, f.account_id, f.debtor_id, f.activity_id, f.collector_id, str(f.severity),
                 f.found_at, f.profile_code, f.profile_version, json.dumps(detail["facts"], sort_keys=True),
                 tuple(detail["related"])))
    return out


def test_findings_are_what_the_engine_finds_for_a_generated_history(database, org):
    _generate(database, org)
    expected = _expected(database)
    result = scan(database.ctx, full=True, today=TODAY, chunk_debtors=5)
    assert result.debtors == 24 and result.new == len(expected)
    rules = {e[0] for e in expected}
    assert len(expected) > 50 and len(rules) >= 8, rules  # the history exercises many rules
    assert {"UK.dispute_hold", "DE.retention", "DE.first_demand_content", "US.calls_7_in_7", "US.validation_notice",
            "INT.vulnerable", "IT.third_parties"} <= rules
    with database.ctx.reading() as s:
        countries = dict(s.execute(select(Debtor.id, Debtor.country)).all())
    # an account in the portfolio with the UK override is judged by the UK profile, its debtor's others not
    assert any(e[8] == "UK_FCA_CONC7" and countries[e[3]] != "GB" for e in expected)
    profiles_of: dict[uuid.UUID, set[str]] = {}
    for e in expected:
        profiles_of.setdefault(e[3], set()).add(e[8])
    assert any(len(codes) == 2 for codes in profiles_of.values())  # one debtor, two profiles, two groups
    assert _stored(database) == expected
    again = scan(database.ctx, full=True, today=TODAY, chunk_debtors=7)
    assert (again.new, again.removed, again.kept) == (0, 0, len(expected))


def test_the_command_line_reports_what_the_database_holds(database, make_account):
    account = make_account(country="IT")
    log(database, account, rome(2026, 3, 3, 22, 30))
    log(database, account, rome(2026, 3, 8, 11, 0))  # a Sunday
    url = database.engine.url.render_as_string(hide_password=False)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "collectdesk", "--lang", "en", "compliance", "scan", "--json",
                           "--db", url], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    with database.ctx.reading() as s:
        stored = s.scalar(select(func.count()).select_from(ComplianceFinding))
    assert data["new"] == stored == 2 and data["mode"] == "first" and data["debtors"] == 1
    assert data["new_by_severity"] == {"warn": 2} and data["watermark_advanced"] is True

    text = subprocess.run([sys.executable, "-m", "collectdesk", "--lang", "en", "compliance", "scan", "--since",
                           "3 March", "--db", url], capture_output=True, text=True, env=env, timeout=300)
    assert text.returncode == 2 and "YYYY-MM-DD" in text.stderr and "Traceback" not in text.stderr


def test_the_demo_leaves_exactly_the_findings_a_full_scan_finds(database):
    from collectdesk.services.demo import build_demo

    summary = build_demo(database.ctx, accounts=1500, seed=5, today=TODAY)
    stored = summary.counts["compliance_findings"]
    with database.ctx.reading() as s:
        rules = dict(s.execute(select(ComplianceFinding.rule_code, func.count())
                               .group_by(ComplianceFinding.rule_code)).all())
        activities = s.scalar(select(func.count()).select_from(Activity))
        regions = set(s.scalars(select(Debtor.region).where(Debtor.country == "DE")))
    # the slips the demo makes on purpose are there, and they are the exception
    assert {"DE.calling_hours", "IT.calling_hours", "DE.first_demand_content", "INT.calls_per_day"} <= set(rules)
    assert 0 < stored < activities * 0.05, (stored, activities, rules)
    assert len(regions) >= 4 and None not in regions  # German debtors live in several Länder
    assert read_state(database.ctx)["fingerprint"]

    again = scan(database.ctx, full=True, today=TODAY)
    assert (again.new, again.removed, again.kept, again.debtors) == (0, 0, stored, summary.counts["debtors"])
    assert scan(database.ctx, today=TODAY).mode == "incremental"
