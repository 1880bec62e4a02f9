"""What the dashboard says: the period headers, and each tile's caption, figure, detail lines and tooltip,
written from DashboardFigures. The pane (dashboard_pane) lays the tiles out, loads the figures and
calls `header_texts` and `TileTexts.render`; this module only writes on the tiles.

The texts were the pane's own (``self.tr``) and keep its translation context, "DashboardPane", so every
translation stays where it is. Colours come from the pane's palette (figure_tile.tone_colour), so the
tiles follow light and dark themes.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from collectdesk import i18n
from collectdesk.domain.aging import AgingBucket
from collectdesk.services.dashboard import DashboardFigures, PeriodFigures, Tally
from collectdesk.ui.dashboard.charts import bucket_label, bucket_tile_label
from collectdesk.ui.dashboard.figure_tile import FigureTile, muted_colour, tone_colour

DASH = "\u2013"
ZERO = Decimal("0.00")


def period_names() -> dict[str, str]:
    return {"today": QCoreApplication.translate("DashboardPane", "Today"),
            "week": QCoreApplication.translate("DashboardPane", "This week"),
            "month": QCoreApplication.translate("DashboardPane", "This month")}


def header_texts(f: DashboardFigures | None) -> dict[str, str]:
    """Period key -> its column header: the name alone before the first figures, then with its dates."""
    names = period_names()
    if f is None:
        return names
    texts = {}
    for key, name in names.items():
        p = f.period(key).period
        if p.start == p.end:
            span = i18n.format_date(p.start)
        else:
            span = QCoreApplication.translate("DashboardPane", "{start} \u2013 {end}").format(
                start=i18n.format_date(p.start), end=i18n.format_date(p.end))
        texts[key] = QCoreApplication.translate("DashboardPane", "{period}: {dates}").format(period=name, dates=span)
    return texts


class TileTexts:
    """Writes one set of figures onto the pane's tiles (keyed as in dashboard_pane.TILE_TARGETS), in the
    colours of `palette`."""

    def __init__(self, tiles: dict[str, FigureTile], palette: QPalette):
        self.tiles = tiles
        self.palette = palette

    def render(self, f: DashboardFigures) -> None:
        for pf in f.periods:
            self._render_period(pf, f.currencies)
        self._render_attention(f)
        self._render_aging(f)

    # ---- pieces ----------------------------------------------------------------------------
    def _colour(self, tone: str) -> str:
        return tone_colour(tone, self.palette).name()

    def _muted(self, text: str) -> str:
        return f'<span style="color:{muted_colour(self.palette).name()}">{escape(text)}</span>'

    def _money_lines(self, amounts: dict, currencies) -> list[str]:
        return [i18n.format_money(amounts[c], c) for c in currencies if c in amounts]

    def _amount_lines(self, tally: Tally, currencies) -> str:
        lines = self._money_lines(tally.amounts, currencies)
        return ("<br>".join(escape(line) for line in lines) if lines
                else self._muted(QCoreApplication.translate("DashboardPane", "None")))

    # ---- today / this week / this month ----------------------------------------------------
    def _render_period(self, pf: PeriodFigures, all_currencies) -> None:
        key = pf.period.key
        period_name = period_names()[key]

        def named(caption: str) -> str:
            return QCoreApplication.translate("DashboardPane", "{figure}, {period}").format(
                figure=caption, period=period_name)
        shown = [c for c in all_currencies if c in pf.collected or c in pf.target] or list(all_currencies)
        # collected against target
        value = [i18n.format_money(pf.collected.get(c, ZERO), c) for c in shown] or [DASH]
        details = []
        for c in shown:
            goal = pf.target.get(c)
            if goal is None or goal <= 0:
                details.append(self._muted(QCoreApplication.translate("DashboardPane", "No target")))
                continue
            pct = pf.attainment.get(c)
            pct_text = QCoreApplication.translate("DashboardPane", "{value}%").format(
                value=i18n.format_decimal(pct, 1))
            if key == "today":
                tone = "good" if pct >= 100 else "neutral"
            else:
                pace = pf.period.elapsed * 100
                tone = "good" if pct >= pace else ("warn" if pct >= pace * 3 / 4 else "bad")
            mark = {"good": "\u25b2 ", "warn": "\u25bc ", "bad": "\u25bc "}.get(tone, "")
            coloured = f'<span style="color:{self._colour(tone)}">{escape(mark + pct_text)}</span>'
            details.append(escape(QCoreApplication.translate("DashboardPane", "{percent} of {target}")).format(
                percent=coloured, target=escape(i18n.format_money(goal, c))))
        caption = QCoreApplication.translate("DashboardPane", "Collected against target")
        tooltip = QCoreApplication.translate(
            "DashboardPane",
            "Payments received less overpayments, by payment date. Targets are spread evenly over the "
            "days of their own period. \u25b2 on pace for the share of the period gone by, \u25bc behind. "
            "Click to open the scorecards.")
        self.tiles[f"collected_{key}"].set_figure(caption, value, detail_html="<br>".join(details), tooltip=tooltip,
                                                 accessible_caption=named(caption))

        # promises due
        due = pf.promises_due
        self.tiles[f"due_{key}"].set_figure(
            QCoreApplication.translate("DashboardPane", "Promises due"), i18n.format_count(due.count),
            detail_html=self._amount_lines(due, all_currencies),
            accessible_caption=named(QCoreApplication.translate("DashboardPane", "Promises due")),
            tooltip=(QCoreApplication.translate(
                "DashboardPane", "Pending promises to pay falling due in the period, and the amounts promised.")
                + ("\n" + QCoreApplication.translate("DashboardPane", "Click to open the queue of promises due today.")
                   if key == "today" else "")))

        # broken promises
        broken = pf.promises_broken
        self.tiles[f"broken_{key}"].set_figure(
            QCoreApplication.translate("DashboardPane", "Broken promises"), i18n.format_count(broken.count),
            detail_html=self._amount_lines(broken, all_currencies),
            accessible_caption=named(QCoreApplication.translate("DashboardPane", "Broken promises")),
            tone="bad" if broken.count else "neutral",
            tooltip=QCoreApplication.translate(
                "DashboardPane", "Promises due in the period that were not kept. A promise is marked broken the "
                "day after its date. Click to open the broken promises of the last 30 days."))

    # ---- needs attention -------------------------------------------------------------------
    def _render_attention(self, f: DashboardFigures) -> None:
        overdue = f.complaints_overdue
        if overdue:
            text = QCoreApplication.translate("DashboardPane", "%Ln overdue", "", overdue)
            detail = f'<span style="color:{self._colour("bad")}">{escape(text)}</span>'
        else:
            detail = self._muted(QCoreApplication.translate("DashboardPane", "None overdue"))
        self.tiles["complaints"].set_figure(
            QCoreApplication.translate("DashboardPane", "Open complaints"), i18n.format_count(f.complaints_open),
            detail_html=detail,
            tooltip=QCoreApplication.translate(
                "DashboardPane", "Complaints that are new or in progress; overdue: past their answer-by time. "
                "Click to open the feedback inbox."))
        esc = f.escalations_awaiting
        lines = self._money_lines(esc.amounts, f.currencies)
        at_stake = QCoreApplication.translate("DashboardPane", "{amount} at stake")
        detail = ("<br>".join(escape(at_stake.format(amount=line)) for line in lines)
                  if lines else self._muted(QCoreApplication.translate("DashboardPane", "Nothing at stake")))
        self.tiles["escalations"].set_figure(
            QCoreApplication.translate("DashboardPane", "Escalations awaiting a decision"),
            i18n.format_count(esc.count), detail_html=detail,
            tooltip=QCoreApplication.translate(
                "DashboardPane", "Submitted, under review or referred to a senior manager. "
                "Click to open the escalations."))
        late = [r for r in f.aging if r.bucket in (AgingBucket.D91_180, AgingBucket.D180_PLUS)]
        count = sum(r.count for r in late)
        balances: dict = {}
        for r in late:
            for c, amount in r.balances.items():
                balances[c] = balances.get(c, ZERO) + amount
        self.tiles["dpd_90_plus"].set_figure(
            QCoreApplication.translate("DashboardPane", "Over 90 days past due"), i18n.format_count(count),
            detail_html=self._amount_lines(Tally({}, balances), f.currencies),
            tone="warn" if count else "neutral",
            tooltip=QCoreApplication.translate(
                "DashboardPane", "Open accounts 91 days or more past their due date, and their balances. "
                "Click to open the queue."))

        self._render_training(f)
        self._render_my_portfolios(f)

    def _render_training(self, f: DashboardFigures) -> None:
        t = f.training
        value = [QCoreApplication.translate("DashboardPane", "%Ln overdue", "training", t.overdue),
                 QCoreApplication.translate("DashboardPane", "%Ln expiring", "training", t.expiring)]
        details = []
        if t.expired:
            details.append(escape(QCoreApplication.translate("DashboardPane", "%Ln expired", "training", t.expired)))
        if t.missing:
            details.append(escape(QCoreApplication.translate(
                "DashboardPane", "%Ln mandatory not assigned", "training", t.missing)))
        self.tiles["training"].set_figure(
            QCoreApplication.translate("DashboardPane", "Training overdue / expiring"), value,
            detail_html="<br>".join(details) if details else self._muted(
                QCoreApplication.translate("DashboardPane", "Nothing expired or missing")),
            tone="bad" if t.overdue else ("warn" if t.expiring else "neutral"),
            tooltip=QCoreApplication.translate(
                "DashboardPane", "Active staff: assignments past their due date, completions expiring within 30 "
                "days, expired ones, and mandatory modules never assigned. Click to open Training."))

    def _render_my_portfolios(self, f: DashboardFigures) -> None:
        mine = f.my_portfolios
        tile = self.tiles["my_portfolios"]
        tile.setVisible(bool(mine))  # hidden (but named, for accessibility) when they own none
        lines = [escape(QCoreApplication.translate("DashboardPane", "{name}: %n account(s)", "", p.accounts).format(
            name=p.name)) for p in mine[:5]]
        if len(mine) > 5:
            lines.append(self._muted(QCoreApplication.translate("DashboardPane", "and %n more", "", len(mine) - 5)))
        tile.set_figure(
            QCoreApplication.translate("DashboardPane", "My portfolios"), i18n.format_count(len(mine)),
            detail_html="<br>".join(lines),
            tooltip=QCoreApplication.translate(
                "DashboardPane", "The special portfolios you own and how many accounts each holds now. "
                "Click to open Portfolios."))

    # ---- open accounts by days past due ----------------------------------------------------
    def _render_aging(self, f: DashboardFigures) -> None:
        total = f.open_accounts
        self.tiles["all_open"].set_figure(
            QCoreApplication.translate("DashboardPane", "Total"), i18n.format_count(total.count),
            accessible_caption=QCoreApplication.translate("DashboardPane", "All open accounts"),
            detail_html=self._amount_lines(total, f.currencies),
            tooltip=QCoreApplication.translate(
                "DashboardPane", "Every account not paid, settled, written off or closed, and the balances. "
                "Click to open the queue."))
        for row in f.aging:
            self.tiles[f"aging:{row.bucket.value}"].set_figure(
                bucket_tile_label(row.bucket), i18n.format_count(row.count),
                accessible_caption=bucket_label(row.bucket),
                detail_html=self._amount_lines(Tally(row.counts, row.balances), f.currencies),
                tooltip=QCoreApplication.translate(
                    "DashboardPane", "Open accounts in this bucket and their balances. Click to open the queue."))
