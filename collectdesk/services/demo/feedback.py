"""The feedback inbox: complaints, compliments and enquiries by letter, e-mail and phone, agency survey
results, and staff suggestions. Each has its answer deadline (SLA); some are late."""

from __future__ import annotations

from collectdesk.services.demo import names as N
from collectdesk.services.demo.core import Gen, weighted
from collectdesk.services.demo.history import Story
from collectdesk.services.demo.organisation import Org
from collectdesk.services.demo.rows import DAY, uuid_hex
from collectdesk.services.demo.texts import FEEDBACK, SUGGESTIONS

# days to answer: complaints by country (KPF: 30 days in Poland), everything else
COMPLAINT_SLA = {"IT": 30, "PL": 30, "DE": 14}
SLA = {"enquiry": 10, "compliment": 30}
SOURCES = weighted((("letter", 30), ("email", 45), ("call", 25)))
SATISFACTION = weighted(((1, 8), (2, 12), (3, 25), (4, 35), (5, 20)))


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


def account_feedback(s: Story, kind: str, received_day: int, *, category: str | None = None,
                     source: str | None = None) -> None:
    g, a, d, rng, fmt = s.g, s.a, s.a.debtor, s.g.rng, s.g.fmt
    lang = _language(d.language, d.country)
    if kind == "survey":
        return _survey(s, received_day)
    source = source or g.pick(SOURCES)
    if source == "email" and not d.email:
        source = "letter"
    options = FEEDBACK[lang][kind]
    chosen = next((o for o in options if o[0] == category), None) or g.pick(options)
    category, subject, body = chosen
    seconds = rng.randrange(8 * 3600, 20 * 3600) if source == "email" else rng.randrange(9 * 3600, 17 * 3600)
    received = s.cal.epoch(received_day, seconds)
    sla = COMPLAINT_SLA[d.country] if kind == "complaint" else SLA[kind]
    due_by = received + sla * DAY
    status, answered = _status(g, received, sla)
    message_id = None
    if source == "email":
        message_id = f"<{uuid_hex(rng.getrandbits(128))}@{d.email.split('@')[1]}>"
    g.rows["feedback_item"].append(g.stamps(g.new_id(), received, answered or received) + (
        source, kind, status, a.id, d.id, a.collector.id, None, fmt.flag(False), category, None, subject, body,
        None, None, fmt.ts(received), fmt.ts(due_by), fmt.ts(answered),
        FEEDBACK[lang]["reply"] if answered else None, message_id))


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
    g.rows["feedback_item"].append(g.stamps(g.new_id(), received) + (
        "agency", "survey", status, a.id, d.id, a.collector.id, None, fmt.flag(False), category,
        N.AGENCIES[d.country], subject, body, satisfaction, nps, fmt.ts(received), None, None, None, None))


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
        g.rows["feedback_item"].append(g.stamps(g.new_id(), received, answered or received) + (
            "staff_suggestion", "suggestion", status, None, None, None, None if anonymous else s.id,
            fmt.flag(anonymous), category, None, subject, body, None, None, fmt.ts(received),
            fmt.ts(received + 30 * DAY), fmt.ts(answered), None, None))
