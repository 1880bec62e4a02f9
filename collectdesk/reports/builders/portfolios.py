"""The special portfolios report: each portfolio's accounts, balances, what was collected in the period, its
last activity and its owner.

Source: services/portfolios (all_portfolios, portfolio_summary, portfolio_accounts). A portfolio counts the
accounts in it now; balances are today's. Collected is the summary's definition (Σ Payment.amount with a
value date in the period, on the accounts in the portfolio now, per currency): for a calendar month the
summary's own "collected this month" of that month; for any other period the same sum over the period's
dates. The period before is compared the same way.

Scope: a portfolio belongs to its owner, so a team's or branch's report lists the portfolios owned by its
people (whole portfolios, whichever branch their accounts are in); the department's lists every portfolio.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from collectdesk.domain.enums import PortfolioKind
from collectdesk.domain.periods import Period, PeriodKind
from collectdesk.reports import narrative
from collectdesk.reports.builders.common import (Steps, enum_text, finish, left_out, period_label, read_scope,
                                                  report_period, scoped_staff)
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import Column, ColumnKind, Fact, Report, ReportParams, Section, Table
from collectdesk.services import portfolios as service
from collectdesk.store.models import Payment, PortfolioAccount

ZERO = Decimal("0.00")
QUIET_DAYS = 14   # a portfolio with no activity for this long is named in the commentary


def collected(ctx, portfolio_id, period: Period) -> dict[str, Decimal]:
    """The summary's "collected" over the period: Σ Payment.amount by value date, per currency."""
    if period.kind is PeriodKind.MONTH:
        return dict(service.portfolio_summary(ctx, portfolio_id, period.start).collected_this_month)
    active = select(PortfolioAccount.account_id).where(PortfolioAccount.portfolio_id == portfolio_id,
                                                       PortfolioAccount.removed_at.is_(None))
    q = (select(Payment.currency, func.sum(Payment.amount))
         .where(Payment.account_id.in_(active), Payment.paid_on >= period.start, Payment.paid_on <= period.end)
         .group_by(Payment.currency))
    with ctx.reading() as s:
        return {cur: total for cur, total in s.execute(q) if total is not None}


def build(ctx, params: ReportParams, progress=None, cancel=None) -> Report:
    lang = ReportLanguage(params.language)
    say = QCoreApplication.translate  # what lupdate reads say(...) as
    say = lang.translate
    period = report_period(params)
    before = period.previous()
    scope = read_scope(ctx, params, lang)
    vs = period_label(lang, before)
    chosen = service.all_portfolios(ctx)
    if not scope.whole:
        owners = scoped_staff(ctx, scope)
        chosen = [p for p in chosen if p[3] in owners]
    steps = Steps(len(chosen) + 1, progress, cancel)
    summaries, now, then, members = [], {}, {}, {}
    for pid, _name, _kind, _owner in chosen:
        summaries.append(service.portfolio_summary(ctx, pid, period.start))
        now[pid], then[pid] = collected(ctx, pid, period), collected(ctx, pid, before)
        members[pid] = service.portfolio_accounts(ctx, pid)
        steps.next()
    title = say("PortfoliosReport", "Special portfolios")
    sections, notes = [], []
    if summaries:
        sections.append(_overview(lang, summaries, now, then, members, vs, title))
    else:
        notes.append(left_out(lang, title, say("PortfoliosReport", "there is no special portfolio in scope.")))
    steps.next()
    summary = list(sections[0].sentences[:4]) if sections else []
    return finish(params, lang, period, scope, title=say("ReportCatalogue", "Special portfolios report"),
                  summary=summary, sections=sections, notes=notes)


def _overview(lang: ReportLanguage, summaries: list, now: dict, then: dict, members: dict, vs: str,
              title: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    currencies = sorted({c for s in summaries for c in s.balance} | {c for v in now.values() for c in v}
                        | {c for v in then.values() for c in v})
    balance, got, got_before = defaultdict(lambda: ZERO), defaultdict(lambda: ZERO), defaultdict(lambda: ZERO)
    nobody = say("PortfoliosReport", "No owner")
    rows = tuple({"name": s.name, "kind": enum_text(lang, PortfolioKind(s.kind)), "owner": s.owner_name or nobody,
                  "accounts": s.accounts, "last_activity": s.last_activity_at} for s in summaries)
    overview = Table("portfolios", title, (
        Column("name", say("PortfoliosReport", "Portfolio"), width=28),
        Column("kind", say("PortfoliosReport", "Kind"), width=18),
        Column("owner", say("PortfoliosReport", "Owner"), width=20),
        Column("accounts", say("PortfoliosReport", "Accounts"), ColumnKind.INTEGER, total=True),
        Column("last_activity", say("PortfoliosReport", "Last activity"), ColumnKind.DATETIME)), rows,
        note=say("PortfoliosReport", "Accounts and balances as they stand today; collected: payments with a value "
                                     "date in the period."))
    money_tables = []
    for cur in currencies:
        money_rows = []
        for s in summaries:
            if cur not in s.balance and cur not in now[s.id] and cur not in then[s.id]:
                continue
            money_rows.append({"name": s.name, "balance": s.balance.get(cur, ZERO),
                               "collected": now[s.id].get(cur, ZERO), "previous": then[s.id].get(cur, ZERO)})
            balance[cur] += s.balance.get(cur, ZERO)
            got[cur] += now[s.id].get(cur, ZERO)
            got_before[cur] += then[s.id].get(cur, ZERO)
        heading = say("PortfoliosReport", "Balances and collections ({currency})")
        money_tables.append(Table(f"portfolio_money_{cur}", heading.format(currency=cur), (
            Column("name", say("PortfoliosReport", "Portfolio"), width=28),
            Column("balance", say("PortfoliosReport", "Balance"), ColumnKind.MONEY, currency=cur, total=True),
            Column("collected", say("PortfoliosReport", "Collected"), ColumnKind.MONEY, currency=cur, total=True),
            Column("previous", say("PortfoliosReport", "Collected in the period before"), ColumnKind.MONEY,
                   currency=cur, total=True)), tuple(money_rows)))
    detail = Table("portfolio_accounts", say("PortfoliosReport", "Accounts in the portfolios"), (
        Column("portfolio", say("PortfoliosReport", "Portfolio"), width=26),
        Column("account", say("PortfoliosReport", "Account"), width=14),
        Column("debtor", say("PortfoliosReport", "Debtor"), width=26),
        Column("balance", say("PortfoliosReport", "Balance"), ColumnKind.MONEY, currency_key="currency"),
        Column("reason", say("PortfoliosReport", "Why it is in the portfolio"), width=36),
        Column("added", say("PortfoliosReport", "Added"), ColumnKind.DATETIME)),
        tuple({"portfolio": s.name, "account": m.account_no, "debtor": m.debtor_name, "balance": m.balance,
               "currency": m.currency, "reason": m.reason, "added": m.added_at}
              for s in summaries for m in members[s.id]), pdf=False)
    facts = [Fact("portfolios", say("PortfoliosReport", "Special portfolios"), len(summaries), ColumnKind.INTEGER),
             Fact("portfolio_accounts", say("PortfoliosReport", "Accounts in special portfolios"),
                  sum(s.accounts for s in summaries), ColumnKind.INTEGER)]
    facts += [Fact(f"portfolio_balance_{cur}", say("PortfoliosReport", "Balance in portfolios ({currency})").format(
        currency=cur), balance[cur], ColumnKind.MONEY, currency=cur) for cur in currencies]
    collected_facts = [Fact(f"portfolio_collected_{cur}", say("PortfoliosReport", "Collected on portfolios "
                                                                                  "({currency})").format(currency=cur),
                            got[cur], ColumnKind.MONEY, currency=cur, previous=got_before[cur]) for cur in currencies]
    facts += collected_facts
    sentences = [say("PortfoliosReport", "%n special portfolio(s) hold {accounts} accounts.", None, len(summaries))
                 .format(accounts=lang.integer(facts[1].value))]
    sentences += [narrative.change_sentence(lang, f, vs) for f in collected_facts]
    largest = max(summaries, key=lambda s: (s.accounts, s.name))
    owed = ", ".join(narrative.compact_money(lang, a, c) for c, a in largest.balance.items()) or lang.integer(0)
    sentences.append(say("PortfoliosReport", "The largest is {name} ({owner}): %n account(s) owing {balance}.", None,
                         largest.accounts).format(name=largest.name, owner=largest.owner_name or nobody, balance=owed))
    now_moment = datetime.now(timezone.utc)
    for s in sorted(summaries, key=lambda s: s.name.casefold()):
        if not s.accounts:
            continue
        if s.last_activity_at is None:
            sentences.append(say("PortfoliosReport", "No activity has been logged on {name} yet.").format(name=s.name))
        elif (now_moment - s.last_activity_at).days >= QUIET_DAYS:
            sentences.append(say("PortfoliosReport", "Nothing has been done on {name} for %n day(s).", None,
                                 (now_moment - s.last_activity_at).days).format(name=s.name))
    return Section("portfolios", title, tuple(sentences), tuple(facts), (overview, *money_tables, detail))
