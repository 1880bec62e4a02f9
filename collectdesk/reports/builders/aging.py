"""The aging report: the open book by days past due, currency and branch, and how it changed over the period.

Sections:

- The open book today: open accounts (status not settled, paid, written off or closed) counted and their
  balances summed per currency, branch and aging bucket (domain/aging.py, days past due today), with one
  GROUP BY (services/dashboard.aging_bucket_case is the bucket). One table per currency: amounts are never
  added across currencies. A report on a period that has ended still shows today's book (the database
  keeps only today's balances and statuses); the note under the table says so.
- Change over the period: services/department_kpis.department_figures from the period's first day to its
  last (or today while it runs): the balances by bucket at the start and at the end, reconstructed from the
  dated payments and write-offs, with the roll rates between buckets and the cure rate (the definitions are
  department_kpis'). Its balances cover every account with a balance, whatever its status, so they can
  differ slightly from the open book's.

Scope: the accounts' current team or branch.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from collectdesk.domain.aging import AgingBucket
from collectdesk.domain.enums import OPEN_STATUSES
from collectdesk.reports import narrative
from collectdesk.reports.builders.common import (Scope, Steps, as_of, enum_text, finish, fraction, left_out,
                                                  read_scope, report_period, today_utc)
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import (Column, ColumnKind, Fact, Report, ReportParams, Section, Series, SeriesKind,
                                       Table)
from collectdesk.services.dashboard import aging_bucket_case
from collectdesk.services.department_kpis import BUCKETS, ROLLS, DepartmentFigures, department_figures
from collectdesk.store.models import Account, Branch

ZERO = Decimal("0.00")
OVER_90 = (AgingBucket.D91_180, AgingBucket.D180_PLUS)


def open_book(ctx, day, scope: Scope) -> dict:
    """{(currency, branch id, bucket): (accounts, balance)} of the open accounts in scope, aged on `day`."""
    inner = (select(aging_bucket_case(day).label("bucket"), Account.currency.label("currency"),
                    Account.branch_id.label("branch_id"), Account.balance.label("balance"))
             .where(Account.status.in_(OPEN_STATUSES), *scope.account_conditions(Account)).subquery("open_account"))
    q = (select(inner.c.currency, inner.c.branch_id, inner.c.bucket, func.count(), func.sum(inner.c.balance))
         .group_by(inner.c.currency, inner.c.branch_id, inner.c.bucket))
    with ctx.reading() as s:
        return {(cur, branch, AgingBucket(bucket)): (int(n), total if total is not None else ZERO)
                for cur, branch, bucket, n, total in s.execute(q)}


def _branch_names(ctx, ids) -> dict:
    ids = [i for i in ids if i is not None]
    if not ids:
        return {}
    with ctx.reading() as s:
        return dict(s.execute(select(Branch.id, Branch.name).where(Branch.id.in_(ids))).all())


def build(ctx, params: ReportParams, progress=None, cancel=None) -> Report:
    lang = ReportLanguage(params.language)
    say = QCoreApplication.translate  # what lupdate reads say(...) as
    say = lang.translate
    steps = Steps(3, progress, cancel)
    period = report_period(params)
    scope = read_scope(ctx, params, lang)
    today = today_utc()
    book = open_book(ctx, today, scope)
    steps.next()
    end = max(period.start, as_of(period, today))
    figures = department_figures(ctx, period.start, end, team_id=scope.team_id, branch_id=scope.branch_id)
    steps.next()
    notes = []
    sections = []
    title = say("AgingReport", "The open book on {date}").format(date=lang.date(today))
    if book:
        sections.append(_book(ctx, lang, book, title, period.end < today))
    else:
        notes.append(left_out(lang, title, say("AgingReport", "there are no open accounts in scope.")))
    title = say("AgingReport", "Change over the period")
    if figures.by_currency:
        sections.append(_change(lang, figures, title))
    else:
        notes.append(left_out(lang, title, say("AgingReport", "no account in scope had a balance in the period.")))
    steps.next()
    summary = [s for section in sections for s in section.sentences[:2]]
    return finish(params, lang, period, scope, title=say("ReportCatalogue", "Aging report"), summary=summary,
                  sections=sections, notes=notes)


def _book(ctx, lang: ReportLanguage, book: dict, title: str, period_over: bool) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    names = _branch_names(ctx, {branch for _c, branch, _b in book})
    no_branch = say("AgingReport", "No branch")

    def branch_name(branch_id: uuid.UUID | None) -> str:
        return names.get(branch_id, no_branch) if branch_id is not None else no_branch

    facts, tables, series, sentences = [], [], [], []
    for cur in sorted({c for c, _b, _k in book}):
        cells = {(branch, bucket): v for (c, branch, bucket), v in book.items() if c == cur}
        branches = sorted({branch for branch, _k in cells}, key=lambda b: branch_name(b).casefold())
        total = sum((v[1] for v in cells.values()), ZERO)
        accounts = sum(v[0] for v in cells.values())
        over_90 = sum((v[1] for (_b, k), v in cells.items() if k in OVER_90), ZERO)
        rows = []
        for branch in branches:
            branch_total = sum((cells.get((branch, k), (0, ZERO))[1] for k in BUCKETS), ZERO)
            for k in BUCKETS:
                n, balance = cells.get((branch, k), (0, ZERO))
                rows.append({"branch": branch_name(branch), "bucket": enum_text(lang, k), "accounts": n,
                             "balance": balance,
                             "share": (balance / branch_total).quantize(Decimal("0.0001")) if branch_total else None})
        tables.append(Table(f"open_book_{cur}", say("AgingReport", "Open book by branch and days past due "
                                                                   "({currency})").format(currency=cur), (
            Column("branch", say("AgingReport", "Branch"), width=22),
            Column("bucket", say("AgingReport", "Days past due"), width=16),
            Column("accounts", say("AgingReport", "Accounts"), ColumnKind.INTEGER, total=True),
            Column("balance", say("AgingReport", "Balance"), ColumnKind.MONEY, currency=cur, total=True),
            Column("share", say("AgingReport", "Share of the branch's balance"), ColumnKind.PERCENT)), tuple(rows),
            note=say("AgingReport", "The book as it stands today, aged today; the period has ended, and earlier "
                                    "balances are not kept.") if period_over else None))
        facts += [Fact(f"open_balance_{cur}", say("AgingReport", "Open balance ({currency})").format(currency=cur),
                       total, ColumnKind.MONEY, currency=cur),
                  Fact(f"open_accounts_{cur}", say("AgingReport", "Open accounts ({currency})").format(currency=cur),
                       accounts, ColumnKind.INTEGER),
                  Fact(f"over_90_share_{cur}", say("AgingReport", "Share over 90 days past due ({currency})").format(
                      currency=cur), (over_90 / total).quantize(Decimal("0.0001")) if total else None,
                       ColumnKind.PERCENT, higher_is_better=False)]
        sentences.append(say("AgingReport", "The open book in {currency} holds %n account(s) owing {balance}; {share} "
                                            "of it is more than 90 days past due.", None, accounts).format(
            currency=cur, balance=narrative.compact_money(lang, total, cur),
            share=lang.percent(facts[-1].value)))
        series.append(Series(f"open_book_{cur}", say("AgingReport", "Open balance by days past due ({currency})")
                             .format(currency=cur), SeriesKind.STACKED_BAR,
                             tuple(enum_text(lang, k) for k in BUCKETS),
                             tuple((branch_name(b), tuple(cells.get((b, k), (0, ZERO))[1] for k in BUCKETS))
                                   for b in branches), unit=cur))
    return Section("open_book", title, tuple(sentences), tuple(facts), tuple(tables), tuple(series))


def _change(lang: ReportLanguage, figures: DepartmentFigures, title: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    start_text, end_text = lang.date(figures.period_start), lang.date(figures.period_end)
    facts, tables, sentences = [], [], []
    for cur, f in figures.by_currency.items():
        rows = []
        for k in BUCKETS:
            opening, closing = f.opening_by_bucket.get(k, ZERO), f.closing_by_bucket.get(k, ZERO)
            rows.append({"bucket": enum_text(lang, k), "opening": opening, "closing": closing,
                         "change": closing - opening})
        tables.append(Table(f"aging_change_{cur}", say("AgingReport", "Balances by days past due, start and end "
                                                                      "({currency})").format(currency=cur), (
            Column("bucket", say("AgingReport", "Days past due"), width=16),
            Column("opening", say("AgingReport", "At the start ({date})").format(date=start_text), ColumnKind.MONEY,
                   currency=cur, total=True),
            Column("closing", say("AgingReport", "At the end ({date})").format(date=end_text), ColumnKind.MONEY,
                   currency=cur, total=True),
            Column("change", say("AgingReport", "Change"), ColumnKind.MONEY, currency=cur, total=True)), tuple(rows),
            note=say("AgingReport", "Every account with a balance on the day, whatever its status; balances on "
                                    "earlier days are worked back from the dated payments and write-offs.")))
        rolls = tuple({"from": enum_text(lang, a), "to": enum_text(lang, b), "rate": fraction(f.roll_rates[a, b])}
                      for a, b in ROLLS)
        tables.append(Table(f"roll_rates_{cur}", say("AgingReport", "Roll rates ({currency})").format(currency=cur), (
            Column("from", say("AgingReport", "From"), width=16), Column("to", say("AgingReport", "To"), width=16),
            Column("rate", say("AgingReport", "Rolled on"), ColumnKind.PERCENT)), rolls,
            note=say("AgingReport", "Of the balance in a bucket at the start, the share whose account was in a later "
                                    "bucket at the end.")))
        over_start = sum((f.opening_by_bucket.get(k, ZERO) for k in OVER_90), ZERO)
        over_end = sum((f.closing_by_bucket.get(k, ZERO) for k in OVER_90), ZERO)
        book = Fact(f"book_{cur}", say("AgingReport", "Balances owed ({currency})").format(currency=cur),
                    f.ending_receivables, ColumnKind.MONEY, currency=cur, previous=f.beginning_receivables,
                    higher_is_better=False)
        over = Fact(f"over_90_{cur}", say("AgingReport", "Balances over 90 days past due ({currency})").format(
            currency=cur), over_end, ColumnKind.MONEY, currency=cur, previous=over_start, higher_is_better=False)
        facts += [book, over]
        sentences += [narrative.change_sentence(lang, book, start_text), narrative.change_sentence(lang, over,
                                                                                                   start_text)]
    cure = Fact("cure_rate", say("AgingReport", "Cure rate"), fraction(figures.cure_rate), ColumnKind.PERCENT)
    facts.append(cure)
    if figures.cure_rate is not None:
        sentences.append(say("AgingReport", "{cured} of the {delinquent} accounts past due at the start were paid "
                                            "off by the end ({rate}).").format(
            cured=lang.integer(figures.cured), delinquent=lang.integer(figures.delinquent_at_start),
            rate=lang.percent(cure.value)))
    return Section("aging_change", title, tuple(sentences), tuple(facts), tuple(tables))
