"""The feedback inbox: complaints, disputes, hardship letters, compliments and enquiries by letter, e-mail
and phone, agency survey results, and staff suggestions.

Every item has its sender (the debtor's name and postal address, e-mail address or phone number), its
language, topic and severity, and the deadlines of services/inbox/sla.py (a complaint: acknowledged
within 5 working days of the branch's country, resolved within 8 weeks). Most are acknowledged and
resolved in time by the branch's supervisor who owns them, some late; resolved complaints and disputes
have an outcome and what was done; the newest are unread, and a few open ones are overdue.

The main random source draws exactly what it drew before these details existed (so every other row of
the demo stays as it was); the details come from a source of their own (`_details`).
"""

from __future__ import annotations

from datetime import datetime, timezone

from collectdesk.services.demo import names as N
from collectdesk.services.demo.core import DemoRandom, Gen, weighted
from collectdesk.services.demo.history import Story
from collectdesk.services.demo.organisation import Org
from collectdesk.services.demo.rows import DAY, uuid_hex
from collectdesk.services.demo.texts import FEEDBACK, RESOLUTIONS, SUGGESTION_REPLIES, SUGGESTIONS
from collectdesk.services.inbox.sla import DEFAULT_SLA, deadlines_for_rule

# the main source's answer window (kept: it decides how many draws `_status` makes)
COMPLAINT_SLA = {"IT": 30, "PL": 30, "DE": 14}
SLA = {"enquiry": 10, "compliment": 30}
SOURCES = weighted((("letter", 30), ("email", 45), ("call", 25)))
SATISFACTION = weighted(((1, 8), (2, 12), (3, 25), (4, 35), (5, 20)))

TOPICS = {"calls_frequency": "contact_frequency", "amount_disputed": "wrong_amount", "staff_conduct": "tone",
          "payment_not_recorded": "payment_not_recorded", "privacy": "privacy"}
SEVERITY = {"tone": ("high", "medium", "critical"), "privacy": ("high", "critical"), "wrong_amount": ("medium",),
            "contact_frequency": ("medium", "low"), "payment_not_recorded": ("high", "medium")}
OUTCOMES = {"dispute": weighted((("upheld", 35), ("partly_upheld", 25), ("not_upheld", 30), ("withdrawn", 10))),
            "complaint": weighted((("upheld", 25), ("partly_upheld", 20), ("not_upheld", 40), ("withdrawn", 8),
                                   ("no_action", 7)))}
OPEN_STATES = weighted((("assigned", 35), ("in_progress", 40), ("waiting", 25)))


def _details(g: Gen) -> DemoRandom:
    """The source of the inbox details, seeded from the main source's state once (same seed, same rows)."""
    rng = getattr(g, "_feedback_details", None)
    if rng is None:
        rng = DemoRandom(g._serial ^ 0x5EEDBAC)
        g._feedback_details = rng
    return rng


def _language(lang: str, country: str) -> str:
    return lang if lang in FEEDBACK else N.COUNTRY_LANGUAGE[country]


def _status(g: Gen, received: int, sla_days: int | None) -> tuple[str, int | None]:
    """(status, answered epoch) for an item received at `received`; a few stay open past their deadline."""
    rng = g.rng
    age = (g.now - received) // DAY
    if age < 2:
        return "new", None
    if rng.random() < 0.12:
        return ("new" if rng.random() < 0.4 else "in_progress"), None
    limit = (sla_days or 10) + 5
    answered = received + rng.randint(1, max(1, min(age, limit))) * DAY + rng.randrange(3 * 3600)
    answered = min(answered, g.now - 3600)
    return ("resolved" if rng.random() < 0.45 else "closed"), answered


def _deadlines(kind: str, received: int, country: str) -> tuple[int | None, int | None]:
    ack, due = deadlines_for_rule(DEFAULT_SLA.get(kind, {}), datetime.fromtimestamp(received, timezone.utc), country)
    return (int(ack.timestamp()) if ack else None), (int(due.timestamp()) if due else None)


def _handled(g: Gen, r: DemoRandom, received: int, ack_by: int | None, due_by: int | None,
             done: bool) -> tuple[int | None, int | None, int | None]:
    """(read, acknowledged, resolved) epochs: most in time, some late; none after now."""
    last = g.now - 3600
    read = max(received, min(last, received + r.randint(1, 20) * 3600))
    ack_deadline = ack_by or received + 5 * DAY
    if r.random() < 0.9:
        ack = received + int(r.uniform(0.1, 1.0) * (ack_deadline - received))
    else:
        ack = ack_deadline + r.randint(1, 4) * DAY
    ack = max(read, ack)
    resolved = None
    if done:
        due = due_by or received + 15 * DAY
        if r.random() < 0.88:
            resolved = ack + int(r.uniform(0.05, 0.7) * max(DAY, due - ack))
        else:
            resolved = due + r.randint(1, 15) * DAY
        resolved = min(last, resolved)
        ack = min(ack, resolved)
    return read, (ack if ack <= last else None), resolved


def account_feedback(s: Story, kind: str, received_day: int, *, category: str | None = None,
                     source: str | None = None) -> None:
    g, a, d, rng, fmt = s.g, s.a, s.a.debtor, s.g.rng, s.g.fmt
    lang = _language(d.language, d.country)
    if kind == "survey":
        return _survey(s, received_day)
    # the dispute fate asks for an "amount disputed" complaint: by letter or phone it is a dispute (the
    # debtor is flagged); by e-mail it stays a written complaint, as fates.py tells it
    asked_dispute = kind == "complaint" and category == "amount_disputed"
    source = source or g.pick(SOURCES)
    if source == "email" and not d.email:
        source = "letter"
    options = FEEDBACK[lang][kind]
    chosen = next((o for o in options if o[0] == category), None) or g.pick(options)
    category, subject, body = chosen
    seconds = rng.randrange(8 * 3600, 20 * 3600) if source == "email" else rng.randrange(9 * 3600, 17 * 3600)
    received = s.cal.epoch(received_day, seconds)
    old_sla = COMPLAINT_SLA[d.country] if kind == "complaint" else SLA[kind]
    status, answered = _status(g, received, old_sla)
    message_id = None
    if source == "email":
        message_id = f"<{uuid_hex(rng.getrandbits(128))}@{d.email.split('@')[1]}>"

    # the details, from their own source
    r = _details(g)
    disputed = asked_dispute and source != "email"
    if disputed or category == "hardship":
        kind = "dispute" if disputed else "hardship"
    if kind == "hardship" and source == "email" and r.random() < 0.6:
        source, message_id = "letter", None  # hardship mostly comes on paper, with documents
    topic = TOPICS.get(category) if kind in ("complaint", "dispute") else None
    severity = ("high" if kind in ("dispute", "hardship") else r.choice(SEVERITY[topic]) if topic
                else "low" if kind == "enquiry" else None)
    sender_address = {"email": d.email, "call": d.mobile or (d.phones[0] if d.phones else None)}.get(source, d.address)
    ack_by, due_by = _deadlines(kind, received, d.branch.country)
    owner = r.choice(d.branch.supervisors).id if d.branch.supervisors else None
    read = acknowledged = resolved = None
    resolution = outcome = reply = None
    if status in ("resolved", "closed"):
        read, acknowledged, resolved = _handled(g, r, received, ack_by, due_by, True)
        if (g.now - resolved) // DAY < 20:
            status = "resolved"  # recently resolved, not yet closed
        if kind in OUTCOMES:
            outcome = r.choice(OUTCOMES[kind])
            resolution = RESOLUTIONS[lang].get(topic or "other", RESOLUTIONS[lang]["other"])
        reply = FEEDBACK[lang]["reply"]
        answered = resolved
    elif status == "in_progress" or (status == "new" and (g.now - received) // DAY >= 2 and r.random() < 0.5):
        status = r.choice(OPEN_STATES)
        read, acknowledged, _ = _handled(g, r, received, ack_by, due_by, False)
        if r.random() < 0.25:
            acknowledged = None  # forgotten: overdue for acknowledgement once its deadline passes
    else:  # new: unread, or opened without anything done yet
        status, owner = "new", None
        if r.random() < 0.3:
            read = max(received, min(g.now - 60, received + r.randint(1, 6) * 3600))
    if status == "new":
        owner = None
    g.rows["feedback_item"].append(g.stamps(g.new_id(), received, resolved or acknowledged or received) + (
        source, kind, status, a.id, d.id, a.collector.id, None, fmt.flag(False), category, None, subject, body,
        None, None, fmt.ts(received), fmt.ts(due_by), fmt.ts(answered), reply, message_id,
        d.name, sender_address, lang, topic, severity, owner, fmt.ts(read), fmt.ts(ack_by), fmt.ts(acknowledged),
        fmt.ts(resolved), resolution, outcome))


def _survey(s: Story, day: int) -> None:
    """An agency's satisfaction survey of a debtor after a contact: a score of 1-5 and an NPS of 0-10."""
    g, a, d, rng, fmt = s.g, s.a, s.a.debtor, s.g.rng, s.g.fmt
    lang = _language(d.language, d.country)
    category, subject, body = FEEDBACK[lang]["survey"][0]
    satisfaction = g.pick(SATISFACTION)
    nps = max(0, min(10, satisfaction * 2 + rng.randint(-2, 1)))
    received = s.cal.epoch(s.cal.next_workday(day + 7), 7 * 3600)  # the agency's weekly file
    if received >= g.now:
        return
    status = "closed" if rng.random() < 0.8 else "new"
    agency = N.AGENCIES[d.country]
    read = received + 2 * 3600 if status == "closed" and received + 2 * 3600 < g.now else None
    g.rows["feedback_item"].append(g.stamps(g.new_id(), received) + (
        "agency", "survey", status, a.id, d.id, a.collector.id, None, fmt.flag(False), category,
        agency, subject, body, satisfaction, nps, fmt.ts(received), None, None, None, None,
        agency, None, lang, None, None, None, fmt.ts(read), None, None,
        fmt.ts(received) if status == "closed" else None, None, None))


def staff_suggestions(g: Gen, org: Org) -> None:
    rng, fmt = g.rng, g.fmt
    for s in org.staff:
        if not s.active or s.branch is None or rng.random() > 0.2:
            continue
        category, subject, body = g.pick(SUGGESTIONS[s.language])
        day = max(s.hire + 7, g.today - rng.randint(1, 200))
        if day >= g.today:
            continue
        received = s.branch.calendar.epoch(day, rng.randrange(9 * 3600, 18 * 3600))
        anonymous = rng.random() < 0.2
        age = (g.now - received) // DAY
        status = "received" if age < 7 else g.pick(("under_review", "under_review", "adopted", "declined", "received"))
        answered = None
        if status in ("adopted", "declined"):
            answered = min(g.now - 3600, received + rng.randint(3, max(3, min(age, 40))) * DAY)
        r = _details(g)
        ack_by, due_by = _deadlines("suggestion", received, s.branch.country)
        supervisor = s.supervisor or (s.branch.supervisors[0] if s.branch.supervisors else None)
        owner = supervisor.id if supervisor and status != "received" else None
        read = acknowledged = None
        if status != "received":
            read = min(g.now - 3600, received + r.randint(2, 48) * 3600)
            acknowledged = min(answered or g.now - 3600, read + r.randint(1, 8) * DAY)
        elif r.random() < 0.5:
            read = min(g.now - 60, received + r.randint(2, 48) * 3600)
        reply = SUGGESTION_REPLIES[s.language][status] if answered else None
        g.rows["feedback_item"].append(g.stamps(g.new_id(), received, answered or received) + (
            "staff_suggestion", "suggestion", status, None, None, None, None if anonymous else s.id,
            fmt.flag(anonymous), category, None, subject, body, None, None, fmt.ts(received),
            fmt.ts(due_by), fmt.ts(answered), reply, None,
            None if anonymous else s.full_name, None, s.language, None, None, owner, fmt.ts(read), fmt.ts(ack_by),
            fmt.ts(acknowledged), fmt.ts(answered), None, None))
