"""The compliance rule engine over synthetic activity: evaluate() throughput and evaluate_proposed() latency.

    python bench/compliance_engine.py [--events 1000000] [--seed 5]

Generates debtors (four time zones, 1-3 accounts, some flags, some closed accounts) with about 10
activities each over a year, plus a few heavy debtors with 2,000-4,000 activities, in chunks so memory stays
flat; the same chunk is measured twice in the same run:

  reference  a plain Python loop that only converts each activity's time to the debtor's local time
             (ZoneInfo per debtor, astimezone per activity): the floor any per-event check pays;
  ours       engine.evaluate() with a profile holding every rule type (13 rules, like IT + the internal
             overlay), and again with each shipped base profile + INTERNAL when the loader is there.

Prints activities per second, the ratio ours/reference, the time 10,000,000 activities would take, and
evaluate_proposed() latency against a heavy debtor's history (every event of it, since the profile's
first-demand and third-party rules read the whole history).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from collectdesk.compliance import engine  # noqa: E402
from collectdesk.compliance.model import (  # noqa: E402
    AccountFacts, Basis, DebtorFacts, Event, FlagSpan, Profile, Rule, RuleType)
from collectdesk.domain.enums import Channel, DebtorFlag, Direction, FindingSeverity, Outcome  # noqa: E402

ZONES = ["Europe/Rome"] * 5 + ["Europe/Warsaw"] * 2 + ["Europe/Berlin"] * 2 + ["America/New_York"]
COUNTRY = {"Europe/Rome": "IT", "Europe/Warsaw": "PL", "Europe/Berlin": "DE", "America/New_York": "US"}
CALL_OUTCOMES = ([Outcome.NO_ANSWER] * 40 + [Outcome.BUSY] * 10 + [Outcome.LEFT_MESSAGE] * 15
                 + [Outcome.RIGHT_PARTY_CONTACT] * 15 + [Outcome.THIRD_PARTY] * 5 + [Outcome.WRONG_NUMBER] * 3
                 + [Outcome.PROMISE_TO_PAY] * 7 + [Outcome.REFUSED] * 3 + [Outcome.DISPUTE] * 2)
CHANNELS = [Channel.CALL] * 70 + [Channel.LETTER] * 10 + [Channel.EMAIL] * 8 + [Channel.SMS] * 10 + [Channel.VISIT] * 2
TAGS = ["client_name_address", "interest_calculation", "supervisory_authority", "privacy_notice"]
ALL_TAGS = frozenset(TAGS)
START = datetime(2025, 11, 1, tzinfo=UTC)
ALL = ["call", "letter", "email", "sms", "visit"]
WEEK = {d: ["08:30", "21:00"] for d in ("mon", "tue", "wed", "thu", "fri")} | {"sat": ["08:30", "15:00"], "sun": []}


def bench_profile() -> Profile:
    def r(i, t, params, sev="warn"):
        return Rule(id=f"B.{i}", type=RuleType(t), params=params, severity=FindingSeverity(sev), basis=Basis.LAW,
                    source="bench", verified=True, name={"en": i})

    rules = (
        r("hours", "time_window", {"channels": ["call", "visit"], "windows": WEEK, "holidays": True}),
        r("conv_day", "rolling_count_cap", {"channels": ["call"], "window_days": 1, "max": 1,
                                             "counts": "conversations", "scope": "debtor"}),
        r("conv_week", "rolling_count_cap", {"channels": ["call"], "window_days": 7, "max": 3,
                                              "counts": "conversations", "scope": "debtor"}),
        r("seven_in_seven", "rolling_count_cap", {"channels": ["call"], "window_days": 7, "max": 7,
                                                   "counts": "attempts", "scope": "account"}),
        r("per_day", "rolling_count_cap", {"channels": ["call", "sms"], "window_hours": 24, "max": 4,
                                            "counts": "attempts", "scope": "debtor"}),
        r("cooldown", "cooldown_after", {"trigger": "conversation", "channels": ["call"], "days": 7,
                                          "day_one_is_trigger": True, "scope": "account"}),
        r("redial", "min_interval", {"channels": ["call"], "minutes": 5, "same_destination": True}),
        r("cease", "block_while_flag", {"flags": ["cease_contact", "dispute", "bankrupt"], "channels": ALL,
                                         "allowed_tags": ["termination_notice"]}, "block"),
        r("third", "party_restriction", {"mode": "forbidden"}, "block"),
        r("first_demand", "require_content", {"channels": ["letter", "email"], "when": "first_demand",
                                               "tags": TAGS[:3]}, "block"),
        r("privacy", "deadline", {"start": "first_contact", "days": 30, "must": "tag:privacy_notice"}),
        r("limitation", "limitation", {"years": 10, "start": "last_payment", "year_end": False, "channels": ALL}),
        r("retention", "retention", {"years": 10, "from": "closed"}),
    )
    return Profile(code="BENCH", version="1", title={"en": "bench"}, jurisdiction="IT", rules=rules, holidays="IT")


def debtor_with_events(rng: random.Random, n: int, serial: int) -> tuple[DebtorFacts, list[Event]]:
    zone = rng.choice(ZONES)
    accounts = []
    for k in range(rng.choice((1, 1, 1, 2, 3))):
        closed = date(2012, 1, 1) + timedelta(days=rng.randrange(4000)) if rng.random() < 0.05 else None
        accounts.append(AccountFacts(id=uuid.UUID(int=(serial << 8) | k), account_no=f"A{serial}-{k}",
                                     due_date=date(2023, 1, 1) + timedelta(days=rng.randrange(1000)), opened_on=None,
                                     last_payment_on=date(2024, 1, 1) + timedelta(days=rng.randrange(700))
                                     if rng.random() < 0.5 else None, closed_on=closed))
    flags = []
    if rng.random() < 0.05:
        at = START + timedelta(days=rng.randrange(365))
        flags.append(FlagSpan(flag=rng.choice([DebtorFlag.DISPUTE, DebtorFlag.CEASE_CONTACT, DebtorFlag.BANKRUPT]),
                              start=at, end=at + timedelta(days=30) if rng.random() < 0.5 else None))
    debtor = DebtorFacts(id=uuid.UUID(int=serial), name="x", country=COUNTRY[zone], region=None, timezone=zone,
                         flags=tuple(flags), accounts={a.id: a for a in accounts})
    span_days = 365 if n < 100 else 5 * 365  # a heavy debtor's thousands of contacts span years
    seconds = sorted(_when(rng, zone, span_days) for _ in range(n))
    phones = (f"+39 {serial}", f"+39 {serial}9")
    events = []
    opened = set()
    for j, s in enumerate(seconds):
        account = rng.choice(accounts).id
        channel = rng.choice(CHANNELS) if account in opened else Channel.LETTER  # collection opens with a letter
        opened.add(account)
        inbound = rng.random() < 0.1
        if channel is Channel.CALL:
            outcome = rng.choice(CALL_OUTCOMES)
        elif channel is Channel.VISIT:
            outcome = Outcome.RIGHT_PARTY_CONTACT
        else:
            outcome = Outcome.DELIVERED if rng.random() < 0.95 else Outcome.RETURNED
        tags = frozenset()
        if channel in (Channel.LETTER, Channel.EMAIL):  # most letters carry what they must, some not
            tags = ALL_TAGS if rng.random() < 0.9 else frozenset(t for t in TAGS if rng.random() < 0.5)
        events.append(Event(id=uuid.UUID(int=(serial << 32) | j), account_id=account,
                            at=START + timedelta(seconds=s), channel=channel,
                            direction=Direction.INBOUND if inbound else Direction.OUTBOUND, outcome=outcome,
                            collector_id=None, contact_value=rng.choice(phones), tags=tags))
    return debtor, events


def _when(rng: random.Random, zone: str, span_days: int) -> int:
    """Seconds after START: most contacts on a weekday inside office hours of the debtor's zone, a few not."""
    day = rng.randrange(span_days)
    if rng.random() < 0.95:
        local = datetime.combine(START.date() + timedelta(days=day), datetime.min.time(), ZoneInfo(zone))
        while local.weekday() > 4:
            local += timedelta(days=1)
        local += timedelta(seconds=rng.randrange(9 * 3600, 19 * 3600))
        return int((local - START).total_seconds())
    return day * 86400 + rng.randrange(86400)


def chunks(total: int, seed: int, size: int = 100_000):
    rng = random.Random(seed)
    serial, made = 0, 0
    while made < total:
        chunk, in_chunk = [], 0
        while in_chunk < size and made + in_chunk < total:
            serial += 1
            n = rng.randint(2000, 4000) if rng.random() < 0.0005 else max(1, int(rng.gauss(10, 4)))
            n = min(n, total - made - in_chunk)
            chunk.append(debtor_with_events(rng, n, serial))
            in_chunk += n
        made += in_chunk
        yield chunk, in_chunk


def reference(chunk) -> float:
    t = time.perf_counter()
    for debtor, events in chunk:
        tz = ZoneInfo(debtor.timezone)
        for e in events:
            e.at.astimezone(tz)
    return time.perf_counter() - t


def ours(chunk, profile: Profile) -> tuple[float, int]:
    as_of = date(2031, 1, 1)
    hits = 0
    t = time.perf_counter()
    for debtor, events in chunk:
        hits += len(engine.evaluate(profile, debtor, events, as_of=as_of))
    return time.perf_counter() - t, hits


def shipped_profiles() -> dict[str, Profile]:
    try:
        from collectdesk.compliance.profile_loader import effective, load_shipped
    except ImportError:
        return {}
    layers = load_shipped()
    overlay = [layers["INTERNAL"]] if "INTERNAL" in layers else []
    return {code: effective(layer, overlay) for code, layer in layers.items() if layer.kind == "base"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()

    profile = bench_profile()
    others = shipped_profiles()
    ref_s = ours_s = 0.0
    hits = 0
    per_profile = {code: 0.0 for code in others}
    heavy = None
    for chunk, n in chunks(args.events, args.seed):
        ref_s += reference(chunk)
        spent, found = ours(chunk, profile)
        ours_s += spent
        hits += found
        for code, p in others.items():
            per_profile[code] += ours(chunk, p)[0]
        biggest = max(chunk, key=lambda c: len(c[1]))
        if heavy is None or len(biggest[1]) > len(heavy[1]):
            heavy = biggest
    n = args.events
    print(f"activities: {n:,}  profile: every rule type, {len(profile.rules)} rules  hits: {hits:,}")
    print(f"  reference: convert each time to local time only   {n / ref_s:12,.0f} activities/s  ({ref_s:6.2f} s)")
    print(f"  ours:      engine.evaluate()                       {n / ours_s:12,.0f} activities/s  ({ours_s:6.2f} s)"
          f"  ratio {ours_s / ref_s:.2f}")
    print(f"  10,000,000 activities: reference {ref_s * 1e7 / n:5.0f} s, ours {ours_s * 1e7 / n:5.0f} s")
    for code, spent in per_profile.items():
        print(f"  {code + ' + INTERNAL':32} ({len(others[code].rules):2} rules) {n / spent:12,.0f} activities/s"
              f"  ratio {spent / ref_s:.2f}")

    debtor, history = heavy
    times = []
    step = timedelta(minutes=7)
    last = history[-1].at
    for k in range(200):
        proposed = Event(id=None, account_id=history[0].account_id, at=last + step * (k + 1), channel=Channel.CALL,
                         direction=Direction.OUTBOUND, outcome=None, collector_id=None, contact_value="+39 1")
        t = time.perf_counter()
        engine.evaluate_proposed(profile, debtor, history, proposed)
        times.append(time.perf_counter() - t)
    times.sort()
    print(f"evaluate_proposed with {len(history):,} history events (lookback {engine.lookback_days(profile):,} days):"
          f" median {statistics.median(times) * 1000:.1f} ms, p95 {times[int(len(times) * 0.95)] * 1000:.1f} ms,"
          f" max {times[-1] * 1000:.1f} ms  target 50 ms: {'met' if times[-1] < 0.05 else 'MISSED'}")


if __name__ == "__main__":
    main()
