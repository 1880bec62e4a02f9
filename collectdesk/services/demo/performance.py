"""Training modules and records, monthly targets per collector and team, QA evaluations and reviews."""

from __future__ import annotations

from datetime import date

from collectdesk.domain.enums import TrainingStatus
from collectdesk.services.demo.core import Gen, Staff, add_months
from collectdesk.services.demo.organisation import Org
from collectdesk.services.demo.rows import DAY, EPOCH_ORDINAL
from collectdesk.services.demo.texts import EVALUATION_NOTES, REVIEW_TEXTS

MANDATORY_ROLES = ("collector", "customer_service", "accountant", "supervisor")

# code, title, description, mandatory for the roles that take it, validity in months, roles (None: everyone)
MODULES = (
    ("GDPR-01", "Data protection in collections (GDPR)", "Lawful basis, third parties, data minimisation.",
     True, 12, None),
    ("SYS-01", "CollectDesk: queues, activities and payments", "The tools of the daily work.", True, None, None),
    ("CALL-01", "Call handling and right-party verification", "Identify the debtor before disclosing anything.",
     True, 24, ("collector", "customer_service", "supervisor")),
    ("VULN-01", "Customers in vulnerable circumstances", "Recognise vulnerability; when to pause collection.",
     True, 24, ("collector", "customer_service", "supervisor")),
    ("CONDUCT-IT", "Codice di condotta UNIREC", "Orari, frequenza dei contatti, comunicazioni a terzi.",
     False, 24, ("collector", "supervisor")),
    ("CONDUCT-PL", "Zasady Dobrych Praktyk KPF", "Godziny kontaktu, reklamacje, poufność korespondencji.",
     False, 24, ("collector", "supervisor")),
    ("CONDUCT-DE", "BDIU Verhaltenskodex", "Kommunikation, Datenschutz und Beschwerden im Inkasso.",
     False, 24, ("collector", "supervisor")),
    ("COMPL-01", "Complaint handling and response deadlines", "Acknowledge, investigate, answer in time.",
     False, 36, ("customer_service", "supervisor")),
    ("NEGO-01", "Negotiating payment plans and settlements", "Affordability, plan arithmetic, limits.",
     False, None, ("collector", "supervisor")),
    ("AML-01", "Anti-fraud and anti-money-laundering basics", "Red flags, identity theft, reporting.",
     False, 12, ("accountant", "supervisor", "collection_manager")),
)


def build_training(g: Gen, org: Org) -> None:
    """Modules and records that follow services/training.py's rules: ``expires_on`` = completion +
    validity (month-end safe), status expired when that date has passed; new hires (hired in the last
    90 days) have their onboarding (the mandatory modules of their role), the earliest of them one
    module overdue and the first few one module in progress; about half of the expired mandatory
    courses of the others have a renewal assigned (some of them overdue)."""
    rng, fmt, today = g.rng, g.fmt, g.today
    ids = {}
    for code, title, desc, mandatory, validity, roles in MODULES:
        ids[code] = g.new_id()
        language = {"CONDUCT-IT": "it", "CONDUCT-PL": "pl", "CONDUCT-DE": "de"}.get(code)
        mandatory_roles = ",".join(roles or MANDATORY_ROLES) if mandatory else ""
        g.rows["training_module"].append(g.stamps(ids[code], g.now - 900 * DAY) + (
            code, title, desc, language, None, mandatory_roles, validity, fmt.flag(True)))

    def record(s: Staff, code: str, status: TrainingStatus, assigned: int, due: int | None, done: int | None,
               score: int | None, validity: int | None) -> None:
        expires = add_months(done, validity) if done is not None and validity is not None else None
        if status is TrainingStatus.COMPLETED and expires is not None and expires < today:
            status = TrainingStatus.EXPIRED
        created = (assigned - EPOCH_ORDINAL) * DAY + 8 * 3600
        updated = (done - EPOCH_ORDINAL) * DAY + 16 * 3600 if done else created
        g.rows["training_record"].append(g.stamps(g.new_id(), created, updated) + (
            s.id, ids[code], status.value, fmt.day(assigned), fmt.day(due), fmt.day(done), fmt.day(expires), score))

    new_hires = sorted((s for s in org.staff if s.active and s.hire >= today - 90), key=lambda s: (s.hire, s.id))
    rank = {s.id: i for i, s in enumerate(new_hires)}
    for s in org.staff:
        if not s.active:
            continue
        country = s.branch.country if s.branch else "IT"
        onboarding = 0
        for code, _title, _desc, mandatory, validity, roles in MODULES:
            if roles is not None and s.role not in roles:
                continue
            if code.startswith("CONDUCT-") and code != f"CONDUCT-{country}":
                continue
            if s.id in rank:
                if not mandatory:  # onboarding: the mandatory modules only
                    continue
                assigned, due = s.hire, s.hire + 30
                if rank[s.id] == 0 and onboarding == 0:  # the earliest new hire is late with one module
                    due = min(due, today - 2)
                    assigned = min(assigned, due)
                    record(s, code, TrainingStatus.IN_PROGRESS, assigned, due, None, None, validity)
                elif rank[s.id] < 3 and onboarding == 1:  # the first new hires have one module under way
                    record(s, code, TrainingStatus.IN_PROGRESS, assigned, max(due, today + 3), None, None, validity)
                elif today - s.hire > 20 and rng.random() < 0.3:
                    record(s, code, TrainingStatus.COMPLETED, assigned, due, rng.randint(s.hire + 3, today - 1),
                           rng.randint(70, 100), validity)
                else:
                    status = TrainingStatus.IN_PROGRESS if rng.random() < 0.5 else TrainingStatus.ASSIGNED
                    record(s, code, status, assigned, max(due, today + 1), None, None, validity)
                onboarding += 1
                continue
            if not mandatory and code in ("NEGO-01", "COMPL-01") and rng.random() < 0.4:
                continue
            window = (validity or 36) * 30 + 90
            done = rng.randint(max(s.hire + 10, today - window), today - 1)
            assigned = done - rng.randint(5, 30)
            record(s, code, TrainingStatus.COMPLETED, assigned, assigned + 30, done, rng.randint(68, 100), validity)
            expires = add_months(done, validity) if validity is not None else None
            if mandatory and expires is not None and expires < today and rng.random() < 0.5:
                renewal = rng.randint(max(done + 1, expires - 30), today - 1)
                status = TrainingStatus.IN_PROGRESS if rng.random() < 0.4 else TrainingStatus.ASSIGNED
                record(s, code, status, renewal, renewal + 30, None, None, validity)


def month_starts(today: int, months_back: int) -> list[int]:
    """First days of the last `months_back` months and the current one, oldest first."""
    first = date.fromordinal(today).replace(day=1).toordinal()
    return [add_months(first, -k) for k in range(months_back, -1, -1)]


def employed(s: Staff, start: int, end: int) -> bool:
    return s.hire <= end and (s.left is None or s.left >= start)


def build_targets(g: Gen, org: Org, accounts: int) -> None:
    """Monthly targets per collector and team for the shown year and this month. A supervisor sets them
    from each collector's own results over the three months before (the first month: from the first
    quarter): the amount from what they collected, raised by a steady stretch of 0-20 % per collector,
    the contacts (the scorecard's contact_attempts: outbound calls, any outcome) from the outbound calls
    they made, times a steady 0.9-1.15 per collector; so they are written once the accounts (which make
    those results) are made, in the last chunk of accounts. A team's targets are its members' sums."""
    months = month_starts(g.today, 12)

    def write() -> None:
        rng, fmt, collected, calls = g.rng, g.fmt, g.collected, g.calls_out
        for start in months:
            end = add_months(start, 1) - 1
            created = (start - 5 - EPOCH_ORDINAL) * DAY + 9 * 3600
            before = [m for m in (add_months(start, -k) for k in (1, 2, 3)) if m >= months[0]] or months[:3]
            for b in org.branches:
                teams: dict[str, list[int]] = {}
                staff = [s for s in b.collectors + b.departed if employed(s, start, end)]
                levels = {s.index: sum(collected.get((s.index, m), 0) for m in before) / len(before) for s in staff}
                dialled = {s.index: sum(calls.get((s.index, m), 0) for m in before) / len(before) for s in staff}
                settled = [s for s in staff if s.hire <= min(before) and s.left is None]
                usual = sum(levels[s.index] for s in settled) / max(1, len(settled))
                usual_calls = sum(dialled[s.index] for s in settled) / max(1, len(settled))
                for s in staff:
                    stretch = ((s.index * 7919) % 100) / 100  # a steady level per collector
                    factor = 0.9 + 0.25 * stretch + 0.05 * rng.random()
                    # a new collector takes over a full portfolio: the branch's usual level; one with next
                    # to no results of their own (a departed one's last accounts) a tenth of it
                    level = usual if s.hire > min(before) else max(levels[s.index], usual / 10)
                    level_calls = usual_calls if s.hire > min(before) else max(dialled[s.index], usual_calls / 10)
                    # pro rata for a collector who joins or leaves during the month
                    share = (min(end, s.left or end) - max(start, s.hire) + 1) / (end - start + 1)
                    amount = max(100, round(level * factor * share / 10_000) * 100) * 100  # whole hundreds
                    contacts = max(5, round(level_calls * (0.9 + 0.25 * stretch) * share / 5) * 5)  # whole fives
                    total = teams.setdefault(s.team_id, [0, 0])
                    total[0] += amount
                    total[1] += contacts
                    for metric, money, count in (("amount_collected", amount, None), ("contacts", None, contacts)):
                        g.rows["target"].append(g.stamps(g.new_id(), created) + (
                            s.id, None, metric, fmt.day(start), fmt.day(end),
                            fmt.money(money) if money is not None else None,
                            b.currency if money is not None else None, count))
                for team_id, (amount, contacts) in teams.items():
                    for metric, money, count in (("amount_collected", amount, None), ("contacts", None, contacts)):
                        g.rows["target"].append(g.stamps(g.new_id(), created) + (
                            None, team_id, metric, fmt.day(start), fmt.day(end),
                            fmt.money(money) if money is not None else None,
                            b.currency if money is not None else None, count))

    g.after_accounts(accounts, write)


def qa_overall(scores: list[int]) -> int:
    """The mean rounded half-up: what collectdesk.services.evaluations.overall_score stores as qa_score
    (repeated here so the generator stays free of Qt and SQLAlchemy)."""
    n = len(scores)
    return (2 * sum(scores) + n) // (2 * n)


def quarter_start(ordinal: int) -> int:
    d = date.fromordinal(ordinal)
    return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1).toordinal()


def build_evaluations(g: Gen, org: Org, calls: dict[tuple[int, int], str],
                      criteria: dict[str, list[str]] | None = None) -> None:
    """Monthly QA entries of the last six months and quarterly reviews of the last two quarters.

    `calls` maps (collector index, month start) to a right-party call of theirs from that month, which
    the QA entry scores. `criteria` holds the active criterion ids of the migrated database by kind
    ("review", "qa"), in their order (builder.py reads them; migration 0005 seeds them with random
    ids). Each QA entry gets a score per QA criterion and ``qa_score`` = their mean rounded half-up;
    without criteria (an old schema) the entries keep one overall score and there are no reviews."""
    rng, fmt = g.rng, g.fmt
    qa_ids = (criteria or {}).get("qa") or []
    review_ids = (criteria or {}).get("review") or []
    skills = {}
    for s in org.collectors:
        skill = skills[s.index] = rng.gauss(80, 7)
        evaluator = s.supervisor
        for start in month_starts(g.today, 6):
            end = min(add_months(start, 1) - 1, g.today - 1)
            if not employed(s, start, end) or rng.random() > 0.8:
                continue
            lo = max(start, s.hire + 14)
            hi = min(end, s.left or end)
            if lo > hi:
                continue
            day = s.branch.calendar.workday_between(rng, lo, hi)
            base = max(35, min(100, rng.gauss(skill, 6)))
            at = s.branch.calendar.epoch(day, rng.randint(10 * 3600, 17 * 3600))
            call, account = calls.get((s.index, start), (None, None))
            entry_id = g.new_id()
            if qa_ids:
                scores = [int(max(20, min(100, rng.gauss(base, 8)))) for _ in qa_ids]
                score = qa_overall(scores)
                g.rows["qa_score"].extend((g.new_id(), entry_id, cid, sc) for cid, sc in zip(qa_ids, scores))
            else:
                score = int(base)
            g.rows["evaluation"].append(g.stamps(entry_id, at) + (
                s.id, evaluator.id if evaluator else None, fmt.day(day), account, call, None, score,
                g.pick(EVALUATION_NOTES[s.language]) if rng.random() < 0.7 else None))
    if review_ids:
        build_reviews(g, org, review_ids, skills)


def build_reviews(g: Gen, org: Org, review_ids: list[str], skills: dict[int, float]) -> None:
    """A review per collector for each of the last two completed quarters, written by their supervisor
    in the first weeks after the quarter, in the collector's language."""
    rng, fmt = g.rng, g.fmt
    this_quarter = quarter_start(g.today)
    quarters = [add_months(this_quarter, -6), add_months(this_quarter, -3)]
    for s in org.collectors:
        texts = REVIEW_TEXTS[s.language]
        level = 1.5 + (skills.get(s.index, 80) - 50) / 12  # QA 80 -> 4 (good), 70 -> 3.2, 60 -> 2.3
        for start in quarters:
            end = add_months(start, 3) - 1
            if not employed(s, start, end) or s.hire + 30 > end:
                continue
            written = min(end + rng.randint(5, 20), g.today - 1, s.left or g.today - 1)
            if written < start:
                continue
            day = s.branch.calendar.workday_on_or_before(written)
            at = s.branch.calendar.epoch(max(day, start), rng.randint(9 * 3600, 17 * 3600))
            review_id = g.new_id()
            g.rows["review"].append(g.stamps(review_id, at) + (
                s.id, s.supervisor.id if s.supervisor else None, fmt.day(max(day, start)), fmt.day(start),
                fmt.day(end), g.pick(texts["comments"]), g.pick(texts["strengths"]), g.pick(texts["goals"])))
            for cid in review_ids:
                rating = int(max(1, min(5, round(rng.gauss(level, 0.8)))))
                note = g.pick(texts["low"] if rating <= 2 else texts["high"]) if rng.random() < 0.3 else None
                g.rows["review_rating"].append((g.new_id(), review_id, cid, rating, note))
