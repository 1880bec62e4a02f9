"""The collections report's other sections: promises, payments by method, aging with roll rates, the collection
effectiveness index and the projection (definitions in docs/reports.md; builders/collections.py assembles them).

Each function returns a Section whose texts are in the report's language (literal say(...) calls, `say`
bound twice as reports/language.py shows). Money is per currency: a table either holds one currency (its
money columns carry it and may be totalled) or names each row's currency (money columns not totalled).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from collectdesk.domain import kpis
from collectdesk.domain.enums import PaymentMethod, PromiseStatus
from collectdesk.reports import narrative
from collectdesk.reports.builders.collections_aging import BUCKETS, ROLLS, PeriodAging
from collectdesk.reports.builders.collections_collected import ZERO, attainment, share
from collectdesk.reports.builders.collections_data import CollectionsData, PromiseFigures
from collectdesk.reports.builders.common import enum_text, fraction
from collectdesk.reports.builders.projection import KEPT_DAYS, RUN_RATE_DAYS, Projection
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import Column, ColumnKind, Fact, Section, Table
from collectdesk.services.scorecard_read import Tally
from collectdesk.ui import labels

FELL_DUE = (PromiseStatus.KEPT, PromiseStatus.PARTIAL, PromiseStatus.BROKEN)


def method_text(lang: ReportLanguage, method: PaymentMethod) -> str:
    """The payment method in the window's words (labels.payment_method_table), in the report's language."""
    return labels.label_in(PaymentMethod(method), lang.translate)


# ---- promises ------------------------------------------------------------------------------------------

def _rates(kept: int, partial: int, broken: int) -> tuple[Decimal | None, Decimal | None]:
    """(kept rate, broken rate) as fractions: kpis.promise_kept_rate_by_count and broken / fell due."""
    fell_due = kept + partial + broken
    return (fraction(kpis.promise_kept_rate_by_count(kept, fell_due)),
            fraction(kpis.rate(broken, fell_due)))


def _counts(figures: dict[str, PromiseFigures]) -> dict[str, int]:
    out = defaultdict(int)
    for f in figures.values():
        out["made"] += f.made
        for status, n in f.due.items():
            out[status.value] += n
    out["due"] = sum(out[s.value] for s in PromiseStatus if s is not PromiseStatus.CANCELLED)
    return out


def promises_section(lang: ReportLanguage, data: CollectionsData, whole: bool, comparison: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    before, now = (_counts(f) for f in data.promise_totals)
    kept_now, broken_now = _rates(now["kept"], now["partial"], now["broken"])
    kept_before, broken_before = _rates(before["kept"], before["partial"], before["broken"])
    facts = [
        Fact("promises_made", say("CollectionsReport", "Promises made"), now["made"], ColumnKind.INTEGER,
             previous=before["made"]),
        Fact("promises_due", say("CollectionsReport", "Promises due"), now["due"], ColumnKind.INTEGER,
             previous=before["due"]),
        Fact("kept_rate", say("CollectionsReport", "Kept rate"), kept_now, ColumnKind.PERCENT, previous=kept_before),
        Fact("broken_rate", say("CollectionsReport", "Broken promise rate"), broken_now, ColumnKind.PERCENT,
             previous=broken_before, higher_is_better=False),
    ]
    for cur, f in data.promise_totals[1].items():
        old = data.promise_totals[0].get(cur)
        label = say("CollectionsReport", "Amount promised in {currency}").format(currency=cur)
        facts.append(Fact(f"promised_{cur}", label,
                          f.made_amount, ColumnKind.MONEY, cur, previous=old.made_amount if old else ZERO))

    cur_key = Column("currency", say("CollectionsReport", "Currency"), width=9)

    def money(key, title):
        return Column(key, title, ColumnKind.MONEY, currency_key="currency")

    def count(key, title):
        return Column(key, title, ColumnKind.INTEGER, total=True)

    by_currency = []
    for cur, f in data.promise_totals[1].items():
        kept, broken = _rates(f.due[PromiseStatus.KEPT], f.due[PromiseStatus.PARTIAL], f.due[PromiseStatus.BROKEN])
        fell_due_amount = sum((f.due_amount[s] for s in FELL_DUE), ZERO)
        by_currency.append({
            "key": cur, "currency": cur, "made": f.made, "made_amount": f.made_amount,
            "due": sum(n for s, n in f.due.items() if s is not PromiseStatus.CANCELLED),
            "due_amount": sum((a for s, a in f.due_amount.items() if s is not PromiseStatus.CANCELLED), ZERO),
            "kept": f.due[PromiseStatus.KEPT], "kept_amount": f.due_amount[PromiseStatus.KEPT],
            "partial": f.due[PromiseStatus.PARTIAL], "broken": f.due[PromiseStatus.BROKEN],
            "broken_amount": f.due_amount[PromiseStatus.BROKEN], "pending": f.due[PromiseStatus.PENDING],
            "kept_rate": kept, "broken_rate": broken,
            "kept_rate_amount": fraction(kpis.promise_kept_rate_by_amount(f.due_amount[PromiseStatus.KEPT],
                                                                          fell_due_amount)),
        })
    tables = [Table("promises_by_currency", say("CollectionsReport", "Promises by currency"), (
        cur_key, count("made", say("CollectionsReport", "Made")),
        money("made_amount", say("CollectionsReport", "Amount promised")),
        count("due", say("CollectionsReport", "Due")), money("due_amount", say("CollectionsReport", "Amount due")),
        count("kept", say("CollectionsReport", "Kept")), money("kept_amount", say("CollectionsReport", "Amount kept")),
        count("partial", say("CollectionsReport", "Partly paid")), count("broken", say("CollectionsReport", "Broken")),
        money("broken_amount", say("CollectionsReport", "Amount broken")),
        count("pending", say("CollectionsReport", "Still pending")),
        Column("kept_rate", say("CollectionsReport", "Kept rate"), ColumnKind.PERCENT),
        Column("broken_rate", say("CollectionsReport", "Broken rate"), ColumnKind.PERCENT),
        Column("kept_rate_amount", say("CollectionsReport", "Kept rate by amount"), ColumnKind.PERCENT),
    ), tuple(by_currency), note=say(
        "CollectionsReport", "Made: promised in the period. Due: falling due in the period (cancelled ones left "
                             "out). Kept rate: kept / (kept + partly paid + broken); broken rate: broken / the "
                             "same; promises still pending are in neither."))]

    rows = []
    credited = Tally()
    for p in data.staff:
        t = data.promises.get((p.id, 1))
        if t is None or not (t.promises_made or t.promises_fell_due):
            continue
        credited.add(t)
        kept, broken = _rates(t.promises_kept, t.promises_fell_due - t.promises_kept - t.broken_promises,
                              t.broken_promises)
        rows.append({"key": str(p.id), "name": p.name, "team": p.team or "", "made": t.promises_made,
                     "fell_due": t.promises_fell_due, "kept": t.promises_kept,
                     "partial": t.promises_fell_due - t.promises_kept - t.broken_promises,
                     "broken": t.broken_promises, "kept_rate": kept, "broken_rate": broken})
    if whole:
        left = {"made": now["made"] - credited.promises_made, "kept": now["kept"] - credited.promises_kept,
                "broken": now["broken"] - credited.broken_promises}
        left["fell_due"] = now["kept"] + now["partial"] + now["broken"] - credited.promises_fell_due
        left["partial"] = left["fell_due"] - left["kept"] - left["broken"]
        if left["made"] or left["fell_due"]:
            kept, broken = _rates(left["kept"], left["partial"], left["broken"])
            rows.append({"key": "nobody", "name": say("CollectionsReport", "Not credited to a collector"),
                         "team": "", **left, "kept_rate": kept, "broken_rate": broken})
    if rows:
        tables.append(Table("promises_by_collector", say("CollectionsReport", "Promises by collector"), (
            Column("name", say("CollectionsReport", "Collector"), width=26),
            Column("team", say("CollectionsReport", "Team"), width=20),
            count("made", say("CollectionsReport", "Made")), count("fell_due", say("CollectionsReport", "Fell due")),
            count("kept", say("CollectionsReport", "Kept")), count("partial", say("CollectionsReport", "Partly paid")),
            count("broken", say("CollectionsReport", "Broken")),
            Column("kept_rate", say("CollectionsReport", "Kept rate"), ColumnKind.PERCENT),
            Column("broken_rate", say("CollectionsReport", "Broken rate"), ColumnKind.PERCENT),
        ), tuple(rows)))
    sentences = [narrative.change_sentence(lang, f, comparison) for f in facts[:4] if f.value is not None]
    return Section("promises", say("CollectionsReport", "Promises to pay"), tuple(sentences), tuple(facts),
                   tuple(tables))


# ---- payments by method ----------------------------------------------------------------------------------

def methods_section(lang: ReportLanguage, data: CollectionsData, comparison: str, previous_label: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    before, now = data.methods
    cur_list = sorted({cur for _m, cur in (*now, *before)})
    tables, sentences = [], []
    for cur in cur_list:
        total = sum((a for (_m, c), (_n, a) in now.items() if c == cur), ZERO)
        rows = []
        for method in PaymentMethod:
            n, amount = now.get((method, cur), (0, ZERO))
            _n0, old = before.get((method, cur), (0, ZERO))
            if not n and not _n0:
                continue
            rows.append({"key": method.value, "method": method_text(lang, method), "payments": n, "amount": amount,
                         "share": share(amount, total), "previous": old,
                         "change": share(amount - old, old) if old else None})
        rows.sort(key=lambda r: -r["amount"])
        tables.append(Table(f"payments_by_method_{cur.lower()}",
                            say("CollectionsReport", "Payments by method, {currency}").format(currency=cur), (
            Column("method", say("CollectionsReport", "Method"), width=20),
            Column("payments", say("CollectionsReport", "Payments"), ColumnKind.INTEGER, total=True),
            Column("amount", say("CollectionsReport", "Collected"), ColumnKind.MONEY, currency=cur, total=True),
            Column("share", say("CollectionsReport", "Share"), ColumnKind.PERCENT),
            Column("previous", previous_label, ColumnKind.MONEY, currency=cur, total=True),
            Column("change", say("CollectionsReport", "Change"), ColumnKind.PERCENT)), tuple(rows)))
        if rows and total > 0:
            top = rows[0]
            sentences.append(say("CollectionsReport", "{method} brought in the largest part of the {currency} "
                                                      "collected: {share} ({amount}).").format(
                method=top["method"], currency=cur, share=lang.percent(top["share"]),
                amount=narrative.compact_money(lang, top["amount"], cur)))
    count_now = sum(n for n, _a in now.values())
    count_before = sum(n for n, _a in before.values())
    fact = Fact("payments", say("CollectionsReport", "Payments received"), count_now, ColumnKind.INTEGER,
                previous=count_before)
    sentences.insert(0, narrative.change_sentence(lang, fact, comparison))
    return Section("payments_by_method", say("CollectionsReport", "Payments by method"), tuple(sentences), (fact,),
                   tuple(tables))


# ---- aging and roll rates --------------------------------------------------------------------------------

def aging_section(lang: ReportLanguage, data: CollectionsData, comparison: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    figures, previous = data.aging, data.aging_previous
    facts, tables = [], []
    for cur, fig in figures.items():
        old = previous.get(cur)
        rolls, old_rolls = fig.roll_rates, (old.roll_rates if old else {})
        rows = []
        for n, bucket in enumerate(BUCKETS):
            roll = rolls.get(ROLLS[n]) if n < len(ROLLS) else None
            old_roll = old_rolls.get(ROLLS[n]) if n < len(ROLLS) else None
            rows.append({"key": bucket.value, "bucket": enum_text(lang, bucket),
                         "start_accounts": fig.opening_accounts.get(bucket, 0),
                         "start_balance": fig.opening_by_bucket.get(bucket, ZERO),
                         "end_accounts": fig.closing_accounts.get(bucket, 0),
                         "end_balance": fig.closing_by_bucket.get(bucket, ZERO),
                         "roll_rate": fraction(roll), "previous_roll_rate": fraction(old_roll)})
        title = say("CollectionsReport", "Aging at the start and end of the period, {currency}").format(currency=cur)
        tables.append(Table(f"aging_{cur.lower()}", title, (
            Column("bucket", say("CollectionsReport", "Days past due"), width=16),
            Column("start_accounts", say("CollectionsReport", "Accounts at start"), ColumnKind.INTEGER, total=True),
            Column("start_balance", say("CollectionsReport", "Balance at start"), ColumnKind.MONEY, currency=cur,
                   total=True),
            Column("end_accounts", say("CollectionsReport", "Accounts at end"), ColumnKind.INTEGER, total=True),
            Column("end_balance", say("CollectionsReport", "Balance at end"), ColumnKind.MONEY, currency=cur,
                   total=True),
            Column("roll_rate", say("CollectionsReport", "Roll rate to the next bucket"), ColumnKind.PERCENT),
            Column("previous_roll_rate", say("CollectionsReport", "Roll rate, {period}").format(period=comparison),
                   ColumnKind.PERCENT)), tuple(rows), note=say(
            "CollectionsReport", "Roll rate: of the balance in a bucket at the start, the share that is in a later "
                                 "bucket at the end (balance at the end / balance at the start).")))
        first = ROLLS[0]
        facts.append(Fact(f"roll_current_{cur}",
                          say("CollectionsReport", "Roll rate from not yet due to 1\u201330 days in {currency}").format(
                              currency=cur), fraction(rolls.get(first)), ColumnKind.PERCENT,
                          previous=fraction(old_rolls.get(first)), higher_is_better=False))
        # the balance past due at the start is the one at the end of the comparison period
        facts.append(Fact(f"past_due_{cur}", say("CollectionsReport", "Balance past due in {currency}").format(
            currency=cur), fig.past_due_closing, ColumnKind.MONEY, cur, previous=fig.past_due_opening,
            higher_is_better=False))
    sentences = [narrative.change_sentence(lang, f, comparison) for f in facts if f.value is not None]
    return Section("aging", say("CollectionsReport", "Aging and roll rates"), tuple(sentences), tuple(facts),
                   tuple(tables))


# ---- collection effectiveness index ----------------------------------------------------------------------

def cei_section(lang: ReportLanguage, figures: PeriodAging, previous: PeriodAging, comparison: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    facts, rows = [], []
    for cur, fig in figures.items():
        old = previous.get(cur)
        facts.append(Fact(f"cei_{cur}", say("CollectionsReport", "Collection effectiveness in {currency}").format(
            currency=cur), fraction(fig.cei), ColumnKind.PERCENT, previous=fraction(old.cei) if old else None))
        rows.append({"key": cur, "currency": cur, "beginning": fig.beginning_receivables, "sales": fig.credit_sales,
                     "ending": fig.ending_receivables, "ending_current": fig.ending_current,
                     "cei": fraction(fig.cei), "previous": fraction(old.cei) if old else None})
    money = dict(kind=ColumnKind.MONEY, currency_key="currency")
    table = Table("cei", say("CollectionsReport", "Collection effectiveness index"), (
        Column("currency", say("CollectionsReport", "Currency"), width=9),
        Column("beginning", say("CollectionsReport", "Receivables at start"), **money),
        Column("sales", say("CollectionsReport", "New business placed"), **money),
        Column("ending", say("CollectionsReport", "Receivables at end"), **money),
        Column("ending_current", say("CollectionsReport", "Of which not yet due"), **money),
        Column("cei", say("CollectionsReport", "CEI"), ColumnKind.PERCENT),
        Column("previous", say("CollectionsReport", "CEI, {period}").format(period=comparison), ColumnKind.PERCENT),
    ), tuple(rows))
    method = say("CollectionsReport", "CEI = (receivables at start + new business - receivables at end) / "
                                      "(receivables at start + new business - receivables at end not yet due). 100 % "
                                      "means everything that could be collected was collected; write-offs count as "
                                      "reductions, as the formula has it.")
    sentences = [narrative.change_sentence(lang, f, comparison) for f in facts if f.value is not None]
    return Section("cei", say("CollectionsReport", "Collection effectiveness index"), tuple(sentences), tuple(facts),
                   (table,), method=method)


# ---- projection ----------------------------------------------------------------------------------------

def projection_section(lang: ReportLanguage, projection: Projection, labels: tuple[str, str],
                       targets: tuple[dict, dict], collected_before: dict, comparison: str) -> Section:
    """`labels`: the report's and the next period's names; `targets`: their targets per currency;
    `collected_before`: the comparison period's collected (the projection of the period is compared with it)."""
    say = QCoreApplication.translate
    say = lang.translate
    this, after = projection.windows
    cur_list = sorted(set(this.currencies) | set(after.currencies) | set(targets[0]) | set(targets[1]))
    facts, tables, sentences = [], [], []
    for cur in cur_list:
        rows = []
        for label, window, goal in ((labels[0], this, targets[0].get(cur)), (labels[1], after, targets[1].get(cur))):
            total = window.total(cur)
            rows.append({"key": window.start.isoformat(), "window": label, "start": window.start, "end": window.end,
                         "actual": window.actual.get(cur, ZERO), "installments": window.installments.get(cur, ZERO),
                         "promises_open": window.promises_open.get(cur, ZERO),
                         "promises": window.promises.get(cur, ZERO), "run_rate": window.run_rate.get(cur, ZERO),
                         "projected": total, "target": goal, "attainment": attainment(total, goal)})
        money = dict(kind=ColumnKind.MONEY, currency=cur)
        tables.append(Table(f"projection_{cur.lower()}",
                            say("CollectionsReport", "Projected collections, {currency}").format(currency=cur), (
            Column("window", say("CollectionsReport", "Period"), width=20),
            Column("start", say("CollectionsReport", "From"), ColumnKind.DATE),
            Column("end", say("CollectionsReport", "To"), ColumnKind.DATE),
            Column("actual", say("CollectionsReport", "Collected so far"), **money),
            Column("installments", say("CollectionsReport", "Plan installments due"), **money),
            Column("promises_open", say("CollectionsReport", "Open promises due"), **money),
            Column("promises", say("CollectionsReport", "Promises, weighted"), **money),
            Column("run_rate", say("CollectionsReport", "Run rate"), **money),
            Column("projected", say("CollectionsReport", "Projected"), **money),
            Column("target", say("CollectionsReport", "Target"), **money),
            Column("attainment", say("CollectionsReport", "Projected against target"), ColumnKind.PERCENT),
        ), tuple(rows)))
        now = Fact(f"projected_{cur}", say("CollectionsReport", "Projected collections in {currency} for {period}")
                   .format(period=labels[0], currency=cur), this.total(cur), ColumnKind.MONEY, cur,
                   previous=collected_before.get(cur), target=targets[0].get(cur))
        nxt = Fact(f"projected_next_{cur}", say("CollectionsReport", "Projected collections in {currency} for {period}")
                   .format(period=labels[1], currency=cur), after.total(cur), ColumnKind.MONEY, cur,
                   previous=this.total(cur), target=targets[1].get(cur))
        facts += [now, nxt]
        for f in (now, nxt):
            sentences.append(narrative.target_sentence(lang, f) or narrative.change_sentence(lang, f, comparison))
    return Section("projection", say("CollectionsReport", "Projected revenue"), tuple(sentences), tuple(facts),
                   tuple(tables), method=projection_method(lang, projection))


def projection_method(lang: ReportLanguage, projection: Projection) -> str:
    say = QCoreApplication.translate
    say = lang.translate
    rate = (lang.percent(projection.scope_kept_rate) if projection.scope_kept_rate is not None
            else say("CollectionsReport", "none (no promise fell due), so open promises count for nothing"))
    return say("CollectionsReport", "How the projection is made: what was collected up to {today} counts as it is. "
                                    "For the days left, three parts are added, per currency and never converted: plan "
                                    "installments still open that fall due, at their open amount; open promises to pay "
                                    "that fall due, each weighted by its collector's kept rate over the last {days} "
                                    "days ({kept_from} to {kept_to}; collectors without promises due then take the "
                                    "rate of the whole scope, {scope_rate}); and the recent run rate, the average "
                                    "daily collections of the last {run_days} days ({run_from} to {run_to}) without "
                                    "the payments made on plan installments or promises, which the first two parts "
                                    "already cover, times the days left after today.").format(
        today=lang.date(projection.today), days=KEPT_DAYS, kept_from=lang.date(projection.kept_window[0]),
        kept_to=lang.date(projection.kept_window[1]), scope_rate=rate, run_days=RUN_RATE_DAYS,
        run_from=lang.date(projection.run_window[0]), run_to=lang.date(projection.run_window[1]))
