"""The escalations, settlements and write-offs report, with who approved what.

Definitions (period: UTC dates of the instants, calendar dates of date columns, as the scorecard counts):

- Raised: escalations created in the period, by reason; the amount at stake per currency.
- Decided: escalations approved or rejected in the period (decided_at), or withdrawn in it (the withdrawing
  step in the history, as escalation_queue.decided_cases dates a withdrawal): by the decision requested and the
  outcome, by who decided (decided_by: approvals and rejections), and the days from raising to the decision.
- Approvals queue: services/escalation_queue.approvals_queue (the open escalations and their age in days) as
  it stands when the report is made.
- Settlements offered in the period (created), by their status now (offered, accepted, fulfilled, lapsed),
  with the balance at the offer, the settlement amount and the discount given, one table per currency.
- Write-offs: services/write_offs.journal_lines for the period (the journal accounting receives), by reason
  with totals per currency, and the journal's lines themselves (spreadsheet only).

Scope: the accounts' current team or branch. Money is never added across currencies.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from collectdesk.domain.enums import (EscalationAction, EscalationDecision, EscalationReason, EscalationStatus,
                                      SettlementStatus, WriteOffReason)
from collectdesk.domain.periods import Period
from collectdesk.reports import narrative
from collectdesk.reports.builders.common import (Scope, Steps, enum_text, finish, left_out, period_label, ratio,
                                                  read_scope, report_period)
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import Column, ColumnKind, Fact, Report, ReportParams, Section, Table
from collectdesk.services.escalation_queue import approvals_queue
from collectdesk.services.scorecard_read import utc_bounds
from collectdesk.services.write_offs import JournalLine, journal_lines
from collectdesk.store.models import Account, Settlement
from collectdesk.store.models.escalations import Escalation, EscalationEvent

ZERO = Decimal("0.00")
CHUNK = 500
OLDEST = 10
DECIDED = (EscalationStatus.APPROVED, EscalationStatus.REJECTED, EscalationStatus.WITHDRAWN)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _in_scope(ctx, scope: Scope, column, values) -> set:
    """The values of `column` (an Account column) among `values` whose account is in scope."""
    values = list(dict.fromkeys(values))
    if scope.whole:
        return set(values)
    out = set()
    with ctx.reading() as s:
        for i in range(0, len(values), CHUNK):
            out |= set(s.scalars(select(column).where(column.in_(values[i:i + CHUNK]),
                                                     *scope.account_conditions(Account))))
    return out


def raised(ctx, period: Period, scope: Scope) -> dict:
    """{(reason, currency): (count, Σ amount at stake)} of the escalations raised in the period."""
    lo, hi = utc_bounds(period.start, period.end)
    q = (select(Escalation.reason, Escalation.currency, func.count(), func.sum(Escalation.amount_at_stake))
         .join(Account, Account.id == Escalation.account_id)
         .where(Escalation.created_at >= lo, Escalation.created_at < hi, *scope.account_conditions(Account))
         .group_by(Escalation.reason, Escalation.currency))
    with ctx.reading() as s:
        return {(EscalationReason(r), cur): (int(n), total or ZERO) for r, cur, n, total in s.execute(q)}


def decided(ctx, period: Period, scope: Scope) -> list:
    """(requested decision, status, decided_by, raised at, decided at) of the escalations decided in the period."""
    lo, hi = utc_bounds(period.start, period.end)
    withdrawn = (select(EscalationEvent.escalation_id, func.max(EscalationEvent.at).label("at"))
                 .where(EscalationEvent.action == EscalationAction.WITHDRAWN)
                 .group_by(EscalationEvent.escalation_id).subquery())
    when = func.coalesce(Escalation.decided_at, withdrawn.c.at)
    q = (select(Escalation.requested_decision, Escalation.status, Escalation.decided_by, Escalation.created_at,
                Escalation.decided_at, withdrawn.c.at)
         .join(Account, Account.id == Escalation.account_id)
         .outerjoin(withdrawn, withdrawn.c.escalation_id == Escalation.id)
         .where(Escalation.status.in_(DECIDED), when >= lo, when < hi, *scope.account_conditions(Account)))
    with ctx.reading() as s:
        return [(EscalationDecision(d), EscalationStatus(st), by, _aware(created), _aware(at or w))
                for d, st, by, created, at, w in s.execute(q)]


def settlements(ctx, period: Period, scope: Scope) -> dict:
    """{(currency, status): (count, Σ balance at offer, Σ settlement amount)} of the offers made in the period."""
    lo, hi = utc_bounds(period.start, period.end)
    q = (select(Settlement.currency, Settlement.status, func.count(), func.sum(Settlement.balance_at_offer),
                func.sum(Settlement.settle_amount))
         .join(Account, Account.id == Settlement.account_id)
         .where(Settlement.created_at >= lo, Settlement.created_at < hi, *scope.account_conditions(Account))
         .group_by(Settlement.currency, Settlement.status))
    with ctx.reading() as s:
        return {(cur, SettlementStatus(st)): (int(n), bal or ZERO, amount or ZERO) for cur, st, n, bal, amount in
                s.execute(q)}


def write_offs(ctx, period: Period, scope: Scope) -> list[JournalLine]:
    lines = journal_lines(ctx, period.start, period.end)
    if scope.whole:
        return lines
    inside = _in_scope(ctx, scope, Account.account_no, [ln.account_no for ln in lines])
    return [ln for ln in lines if ln.account_no in inside]


def build(ctx, params: ReportParams, progress=None, cancel=None) -> Report:
    lang = ReportLanguage(params.language)
    say = QCoreApplication.translate  # what lupdate reads say(...) as
    say = lang.translate
    steps = Steps(5, progress, cancel)
    period = report_period(params)
    before = period.previous()
    scope = read_scope(ctx, params, lang)
    vs = period_label(lang, before)
    now = datetime.now(timezone.utc)
    sections, notes = [], []

    sections.append(_raised(lang, raised(ctx, period, scope), raised(ctx, before, scope), vs))
    steps.next()
    sections.append(_decided(lang, decided(ctx, period, scope), decided(ctx, before, scope), vs))
    steps.next()
    queue = approvals_queue(ctx, now=now)
    inside = _in_scope(ctx, scope, Account.id, [r.account_id for r in queue])
    sections.append(_queue(lang, [r for r in queue if r.account_id in inside], now, period.end < now.date()))
    steps.next()
    title = say("EscalationsReport", "Settlements")
    offers, offers_before = settlements(ctx, period, scope), settlements(ctx, before, scope)
    if offers or offers_before:
        sections.append(_settlements(lang, offers, offers_before, vs, title))
    else:
        notes.append(left_out(lang, title, say("EscalationsReport", "no settlement was offered in this period or the "
                                                                    "one before.")))
    steps.next()
    sections.append(_write_offs(lang, write_offs(ctx, period, scope), write_offs(ctx, before, scope), vs))
    steps.next()
    summary = [s for section in sections for s in section.sentences[:1]]
    return finish(params, lang, period, scope, title=say("ReportCatalogue",
                                                         "Escalations, settlements and write-offs report"),
                  summary=summary, sections=sections, notes=notes)


def _money_facts(key: str, label: str, now: dict, then: dict, *, higher_is_better: bool = True) -> list[Fact]:
    return [Fact(f"{key}_{cur}", label.format(currency=cur), now.get(cur, ZERO), ColumnKind.MONEY, currency=cur,
                 previous=then.get(cur, ZERO), higher_is_better=higher_is_better)
            for cur in sorted(set(now) | set(then))]


def _raised(lang: ReportLanguage, now: dict, then: dict, vs: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    count, count_before = defaultdict(int), defaultdict(int)
    stake, stake_before = defaultdict(lambda: ZERO), defaultdict(lambda: ZERO)
    for (reason, cur), (n, amount) in now.items():
        count[reason] += n
        stake[cur] += amount
    for (reason, cur), (n, amount) in then.items():
        count_before[reason] += n
        stake_before[cur] += amount
    total = sum(count.values())
    facts = [Fact("raised", say("EscalationsReport", "Escalations raised"), total, ColumnKind.INTEGER,
                  previous=sum(count_before.values()), higher_is_better=False),
             *_money_facts("at_stake", say("EscalationsReport", "Amount at stake ({currency})"), stake, stake_before,
                           higher_is_better=False)]
    rows = tuple({"reason": enum_text(lang, r), "raised": count[r], "previous": count_before[r],
                  "share": ratio(count[r], total)}
                 for r in sorted(EscalationReason, key=lambda r: (-count[r], -count_before[r], r.value))
                 if count[r] or count_before[r])
    table = Table("escalations_by_reason", say("EscalationsReport", "Escalations raised by reason"), (
        Column("reason", say("EscalationsReport", "Reason"), width=24),
        Column("raised", say("EscalationsReport", "Raised"), ColumnKind.INTEGER, total=True),
        Column("previous", say("EscalationsReport", "Period before"), ColumnKind.INTEGER, total=True),
        Column("share", say("EscalationsReport", "Share"), ColumnKind.PERCENT)), rows)
    sentences = [narrative.change_sentence(lang, facts[0], vs)]
    if rows and rows[0]["raised"]:
        sentences.append(say("EscalationsReport", "The most common reason was {reason}: {count} of {total}.").format(
            reason=rows[0]["reason"], count=lang.integer(rows[0]["raised"]), total=lang.integer(total)))
    return Section("escalations_raised", say("EscalationsReport", "Escalations raised"), tuple(sentences),
                   tuple(facts), (table,))


def _days(rows: list) -> Decimal | None:
    if not rows:
        return None
    seconds = sum((at - created).total_seconds() for *_x, created, at in rows)
    return (Decimal(seconds) / 86400 / len(rows)).quantize(Decimal("0.1"))


def _decided(lang: ReportLanguage, now: list, then: list, vs: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate

    def approval_rate(rows):
        approved = sum(1 for r in rows if r[1] is EscalationStatus.APPROVED)
        return ratio(approved, sum(1 for r in rows if r[1] in (EscalationStatus.APPROVED, EscalationStatus.REJECTED)))

    facts = (Fact("decided", say("EscalationsReport", "Escalations decided"), len(now), ColumnKind.INTEGER,
                  previous=len(then)),
             Fact("approval_rate", say("EscalationsReport", "Approval rate"),
                  approval_rate(now), ColumnKind.PERCENT, previous=approval_rate(then)),
             Fact("days_to_decision", say("EscalationsReport", "Average days from raising to decision"), _days(now),
                  ColumnKind.DECIMAL, previous=_days(then), higher_is_better=False))
    outcome = defaultdict(int)
    for decision, status, *_rest in now:
        outcome[decision, status] += 1
    rows = []
    for d in EscalationDecision:
        counts = {st: outcome[d, st] for st in DECIDED}
        if any(counts.values()):
            rows.append({"decision": enum_text(lang, d), "approved": counts[EscalationStatus.APPROVED],
                         "rejected": counts[EscalationStatus.REJECTED], "withdrawn": counts[EscalationStatus.WITHDRAWN],
                         "total": sum(counts.values())})
    by_decision = Table("decisions", say("EscalationsReport", "Decisions by what was requested"), (
        Column("decision", say("EscalationsReport", "Decision requested"), width=24),
        Column("approved", enum_text(lang, EscalationStatus.APPROVED), ColumnKind.INTEGER, total=True),
        Column("rejected", enum_text(lang, EscalationStatus.REJECTED), ColumnKind.INTEGER, total=True),
        Column("withdrawn", enum_text(lang, EscalationStatus.WITHDRAWN), ColumnKind.INTEGER, total=True),
        Column("total", say("EscalationsReport", "Decided"), ColumnKind.INTEGER, total=True)), tuple(rows),
        note=say("EscalationsReport", "Approval rate: approved, of the escalations approved or rejected."))
    people = defaultdict(lambda: [0, 0])
    for _d, status, by, *_rest in now:
        if status in (EscalationStatus.APPROVED, EscalationStatus.REJECTED):
            people[by or ""][0 if status is EscalationStatus.APPROVED else 1] += 1
    unnamed = say("EscalationsReport", "Not recorded")
    deciders = Table("deciders", say("EscalationsReport", "Who decided"), (
        Column("name", say("EscalationsReport", "Decided by"), width=24),
        Column("approved", enum_text(lang, EscalationStatus.APPROVED), ColumnKind.INTEGER, total=True),
        Column("rejected", enum_text(lang, EscalationStatus.REJECTED), ColumnKind.INTEGER, total=True)),
        tuple({"name": name or unnamed, "approved": a, "rejected": r}
              for name, (a, r) in sorted(people.items(), key=lambda kv: (-sum(kv[1]), kv[0].casefold()))))
    sentences = [narrative.change_sentence(lang, facts[0], vs)]
    if facts[1].value is not None:
        sentences.append(narrative.change_sentence(lang, facts[1], vs))
    if facts[2].value is not None:
        sentences.append(narrative.change_sentence(lang, facts[2], vs))
    return Section("escalations_decided", say("EscalationsReport", "Decisions and approvals"), tuple(sentences), facts,
                   (by_decision, deciders))


def _queue(lang: ReportLanguage, queue: list, now: datetime, period_over: bool) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    ages = [r.age_days for r in queue]
    average = (Decimal(sum(ages)) / len(ages)).quantize(Decimal("0.1")) if ages else None
    facts = (Fact("queue_waiting", say("EscalationsReport", "Escalations waiting for a decision"), len(queue),
                  ColumnKind.INTEGER, higher_is_better=False),
             Fact("queue_average_age", say("EscalationsReport", "Average days waiting"), average, ColumnKind.DECIMAL,
                  higher_is_better=False),
             Fact("queue_oldest", say("EscalationsReport", "Oldest, days waiting"), max(ages) if ages else None,
                  ColumnKind.INTEGER, higher_is_better=False))
    by_status = defaultdict(list)
    for r in queue:
        by_status[EscalationStatus(r.status)].append(r.age_days)
    status_rows = tuple({"status": enum_text(lang, st), "waiting": len(a),
                         "age": (Decimal(sum(a)) / len(a)).quantize(Decimal("0.1"))}
                        for st, a in sorted(by_status.items(), key=lambda kv: -len(kv[1])))
    day = lang.date(now.date())
    note = (say("EscalationsReport", "As on {date}: the queue is read when the report is made.").format(date=day)
            if period_over else None)
    tables = [Table("queue_by_status", say("EscalationsReport", "Approvals queue by status"), (
        Column("status", say("EscalationsReport", "Status"), width=22),
        Column("waiting", say("EscalationsReport", "Waiting"), ColumnKind.INTEGER, total=True),
        Column("age", say("EscalationsReport", "Average days waiting"), ColumnKind.DECIMAL, decimals=1)),
        status_rows, note=note)]
    oldest = queue[:OLDEST]   # oldest first
    tables.append(Table("queue_oldest", say("EscalationsReport", "Longest waiting"), (
        Column("account", say("EscalationsReport", "Account"), width=14),
        Column("debtor", say("EscalationsReport", "Debtor"), width=24),
        Column("reason", say("EscalationsReport", "Reason"), width=20),
        Column("decision", say("EscalationsReport", "Decision requested"), width=20),
        Column("amount", say("EscalationsReport", "Amount at stake"), ColumnKind.MONEY, currency_key="currency"),
        Column("raised_by", say("EscalationsReport", "Raised by"), width=20),
        Column("referred_to", say("EscalationsReport", "Referred to"), width=20),
        Column("age", say("EscalationsReport", "Days waiting"), ColumnKind.INTEGER)),
        tuple({"account": r.account_no, "debtor": r.debtor_name, "reason": enum_text(lang, EscalationReason(r.reason)),
               "decision": enum_text(lang, EscalationDecision(r.requested_decision)), "amount": r.amount_at_stake,
               "currency": r.currency, "raised_by": r.raised_by, "referred_to": r.referred_to or "",
               "age": r.age_days} for r in oldest)))
    if queue:
        sentence = say("EscalationsReport", "On {date}, %n escalation(s) were waiting for a decision, on average "
                                            "{days} days; the oldest for {oldest} days.", None, len(queue)).format(
            date=day, days=lang.decimal(average, 1), oldest=lang.integer(max(ages)))
    else:
        sentence = say("EscalationsReport", "On {date}, no escalation was waiting for a decision.").format(date=day)
    return Section("approvals_queue", say("EscalationsReport", "Approvals queue"), (sentence,), facts, tuple(tables))


def _settlements(lang: ReportLanguage, now: dict, then: dict, vs: str, title: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate

    def count(rows, *statuses):
        return sum(v[0] for (_c, st), v in rows.items() if not statuses or st in statuses)

    def kept(rows):
        return ratio(count(rows, SettlementStatus.FULFILLED),
                     count(rows, SettlementStatus.FULFILLED, SettlementStatus.LAPSED))

    facts = (Fact("settlements_offered", say("EscalationsReport", "Settlements offered"), count(now),
                  ColumnKind.INTEGER, previous=count(then)),
             Fact("settlements_fulfilled", say("EscalationsReport", "Settlements fulfilled (share of those ended)"),
                  kept(now), ColumnKind.PERCENT, previous=kept(then)))
    tables = []
    for cur in sorted({c for c, _s in now}):
        rows = []
        for st in SettlementStatus:
            n, balance, amount = now.get((cur, st), (0, ZERO, ZERO))
            rows.append({"status": enum_text(lang, st), "count": n, "balance": balance, "amount": amount,
                         "discount": balance - amount})
        heading = say("EscalationsReport", "Settlements offered in the period, by status now ({currency})")
        tables.append(Table(f"settlements_{cur}", heading.format(currency=cur), (
            Column("status", say("EscalationsReport", "Status"), width=14),
            Column("count", say("EscalationsReport", "Settlements"), ColumnKind.INTEGER, total=True),
            Column("balance", say("EscalationsReport", "Balance at the offer"), ColumnKind.MONEY, currency=cur,
                   total=True),
            Column("amount", say("EscalationsReport", "Settlement amount"), ColumnKind.MONEY, currency=cur,
                   total=True),
            Column("discount", say("EscalationsReport", "Discount given"), ColumnKind.MONEY, currency=cur,
                   total=True)), tuple(rows)))
    sentences = [narrative.change_sentence(lang, facts[0], vs)]
    if facts[1].value is not None:
        sentences.append(say("EscalationsReport", "Of the offers that have ended, {share} were paid in full and the "
                                                  "rest lapsed.").format(share=lang.percent(facts[1].value)))
    return Section("settlements", title, tuple(sentences), facts, tuple(tables))


def _write_offs(lang: ReportLanguage, lines: list[JournalLine], before: list[JournalLine], vs: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    amount, amount_before = defaultdict(lambda: ZERO), defaultdict(lambda: ZERO)
    for ln in lines:
        amount[ln.currency] += ln.amount
    for ln in before:
        amount_before[ln.currency] += ln.amount
    facts = [Fact("write_offs", say("EscalationsReport", "Write-offs"), len(lines), ColumnKind.INTEGER,
                  previous=len(before), higher_is_better=False),
             *_money_facts("written_off", say("EscalationsReport", "Written off ({currency})"), amount, amount_before,
                           higher_is_better=False)]
    tables = []
    for cur in sorted(amount):
        by_reason = defaultdict(lambda: [0, ZERO])
        for ln in lines:
            if ln.currency == cur:
                by_reason[WriteOffReason(ln.reason)][0] += 1
                by_reason[WriteOffReason(ln.reason)][1] += ln.amount
        tables.append(Table(f"write_offs_{cur}", say("EscalationsReport", "Write-offs by reason ({currency})").format(
            currency=cur), (
            Column("reason", say("EscalationsReport", "Reason"), width=20),
            Column("count", say("EscalationsReport", "Write-offs"), ColumnKind.INTEGER, total=True),
            Column("amount", say("EscalationsReport", "Amount"), ColumnKind.MONEY, currency=cur, total=True)),
            tuple({"reason": enum_text(lang, r), "count": n, "amount": a}
                  for r, (n, a) in sorted(by_reason.items(), key=lambda kv: -kv[1][1]))))
    tables.append(Table("write_off_journal", say("WriteOffs", "Write-offs"), (
        Column("date", say("WriteOffs", "Date"), ColumnKind.DATE),
        Column("account", say("WriteOffs", "Account"), width=14),
        Column("debtor", say("WriteOffs", "Debtor"), width=26),
        Column("amount", say("WriteOffs", "Amount"), ColumnKind.MONEY, currency_key="currency"),
        Column("currency", say("WriteOffs", "Currency"), width=8),
        Column("reason", say("WriteOffs", "Reason"), width=16),
        Column("approved_by", say("WriteOffs", "Approved by"), width=18),
        Column("reference", say("WriteOffs", "Accounting reference"), width=18)),
        tuple({"date": ln.written_off_on, "account": ln.account_no, "debtor": ln.debtor, "amount": ln.amount,
               "currency": ln.currency, "reason": enum_text(lang, WriteOffReason(ln.reason)),
               "approved_by": ln.approved_by, "reference": ln.accounting_ref or ""} for ln in lines), pdf=False))
    sentences = [narrative.change_sentence(lang, f, vs) for f in facts[1:]] or [
        say("EscalationsReport", "Nothing was written off in this period.")]
    return Section("write_offs", say("EscalationsReport", "Write-offs"), tuple(sentences), tuple(facts), tuple(tables))
