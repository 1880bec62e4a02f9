"""The Dashboard pane: the department's headline figures for today, this week and this month.

Layout (top to bottom, in a scroll area so nothing is ever cut off):

- a 4-column grid: Today / This week / This month (collected against target, promises due, broken
  promises) and "Needs attention" (open complaints with the overdue ones, escalations awaiting a
  decision, accounts over 90 days past due, training overdue / expiring) and, under Today, "My
  portfolios" (the special portfolios the signed-in user owns; hidden when they own none);
- open accounts by days past due: the total and one tile per aging bucket;
- two charts: the aging bars (click a bar to open that bucket's queue) and the weekly collections trend.

Every tile is keyboard-focusable and opens the queue or pane behind it (see `TILE_TARGETS`):
``open_queue.emit(("builtin", key))``, ``open_queue.emit(("aging", bucket))`` or
``open_pane.emit(name)``. The promises due this week / this month have no queue behind them (a
queue filters on one promise date), so those two tiles are figures only.

The figures are read in the background (collectdesk.ui.tasks.run_task, silent); the pane shows
"Loading…" until the first result, keeps the last figures on screen while refreshing, and shows a
failure as a translated message (with Try again), never a traceback. It refreshes itself every five
minutes while visible; F5 (refresh()) does it at once.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from decimal import Decimal
from html import escape

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea, QSizePolicy,
                               QStackedWidget, QVBoxLayout, QWidget)

from collectdesk import i18n
from collectdesk.domain.aging import BUCKET_BOUNDS, AgingBucket
from collectdesk.domain.errors import DomainError
from collectdesk.services.dashboard import DashboardFigures, PeriodFigures, Tally, dashboard_figures
from collectdesk.services.database import Database
from collectdesk.ui.dashboard.charts import AgingChart, TrendChart, bucket_label, bucket_tile_label
from collectdesk.ui.dashboard.figure_tile import FigureTile, muted_colour, tone_colour
from collectdesk.ui.pane import Pane
from collectdesk.ui.tasks import Task, run_task

log = logging.getLogger(__name__)

PERIODS = ("today", "week", "month")

# What each tile opens: ("queue", payload for open_queue), ("pane", name for open_pane) or None.
TILE_TARGETS: dict[str, tuple[str, object] | None] = {
    "collected_today": ("pane", "scorecards"),
    "collected_week": ("pane", "scorecards"),
    "collected_month": ("pane", "scorecards"),
    "due_today": ("queue", ("builtin", "promises_due_today")),
    "due_week": None,
    "due_month": None,
    "broken_today": ("queue", ("builtin", "broken_promises")),
    "broken_week": ("queue", ("builtin", "broken_promises")),
    "broken_month": ("queue", ("builtin", "broken_promises")),
    "complaints": ("pane", "feedback"),
    "escalations": ("pane", "escalations"),
    "dpd_90_plus": ("queue", ("builtin", "dpd_90_plus")),
    "training": ("pane", "training"),
    "my_portfolios": ("pane", "portfolios"),
    "all_open": ("queue", ("builtin", "all_open")),
    **{f"aging:{b.value}": ("queue", ("aging", b.value)) for b, _lo, _hi in BUCKET_BOUNDS},
}

AUTO_REFRESH_MS = 5 * 60 * 1000
DASH = "\u2013"
ZERO = Decimal("0.00")


def local_zone():
    return datetime.now().astimezone().tzinfo


class DashboardPane(Pane):
    icon_name = "dashboard"
    pane_name = "dashboard"

    figures_loaded = Signal()
    load_failed = Signal(str)

    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(database, parent)
        self.figures: DashboardFigures | None = None
        self.error: str | None = None
        self._task: Task | None = None
        self._generation = 0

        # header
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.Bold)
        self.title_label.setFont(font)
        self.as_of_label = QLabel(self)
        self.as_of_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # no Refresh button of its own: the main window's Refresh (F5) calls refresh()
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.as_of_label)

        # a failed refresh while older figures stay on screen
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.hide()

        # "Loading…" / the error before there is anything to show
        self.message_page = QWidget(self)
        self.message_label = QLabel(self.message_page)
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setTextFormat(Qt.TextFormat.RichText)
        self.busy = QProgressBar(self.message_page)
        self.busy.setRange(0, 0)  # indeterminate: the work runs in the background
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(220)
        self.retry_button = QPushButton(self.message_page)
        self.retry_button.clicked.connect(self.refresh)
        self.retry_button.hide()
        msg_layout = QVBoxLayout(self.message_page)
        msg_layout.addStretch(1)
        msg_layout.addWidget(self.message_label)
        msg_layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        msg_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        msg_layout.addStretch(2)

        # the figures
        self.content = QWidget(self)
        self.content.setBackgroundRole(QPalette.ColorRole.Window)
        self.tiles: dict[str, FigureTile] = {}
        for key, target in TILE_TARGETS.items():
            tile = FigureTile(self.content, clickable=target is not None)
            tile.setObjectName(f"tile_{key}")
            tile.activated.connect(lambda key=key: self.activate(key))
            self.tiles[key] = tile

        self.period_headers = {p: QLabel(self.content) for p in PERIODS}
        self.attention_header = QLabel(self.content)
        self.aging_header = QLabel(self.content)
        self.aging_chart_header = QLabel(self.content)
        self.trend_header = QLabel(self.content)
        for label in (*self.period_headers.values(), self.attention_header, self.aging_header,
                      self.aging_chart_header, self.trend_header):
            f = label.font()
            f.setWeight(QFont.Weight.Bold)
            label.setFont(f)
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        for col, p in enumerate(PERIODS):
            grid.addWidget(self.period_headers[p], 0, col)
            grid.addWidget(self.tiles[f"collected_{p}"], 1, col)
            grid.addWidget(self.tiles[f"due_{p}"], 2, col)
            grid.addWidget(self.tiles[f"broken_{p}"], 3, col)
        grid.addWidget(self.attention_header, 0, 3)
        grid.addWidget(self.tiles["complaints"], 1, 3)
        grid.addWidget(self.tiles["escalations"], 2, 3)
        grid.addWidget(self.tiles["dpd_90_plus"], 3, 3)
        grid.addWidget(self.tiles["training"], 4, 3)
        grid.addWidget(self.tiles["my_portfolios"], 4, 0)
        self.tiles["my_portfolios"].hide()  # only for someone who owns portfolios
        for col in range(4):
            grid.setColumnStretch(col, 1)
            grid.setColumnMinimumWidth(col, 150)

        aging_row = QHBoxLayout()
        aging_row.setSpacing(10)
        aging_row.addWidget(self.tiles["all_open"], 1)
        for b, _lo, _hi in BUCKET_BOUNDS:
            aging_row.addWidget(self.tiles[f"aging:{b.value}"], 1)

        self.aging_chart = AgingChart(self.content)
        self.aging_chart.bucket_clicked.connect(self._bucket_clicked)
        self.trend_chart = TrendChart(self.content)
        charts = QGridLayout()
        charts.setHorizontalSpacing(10)
        charts.addWidget(self.aging_chart_header, 0, 0)
        charts.addWidget(self.trend_header, 0, 1)
        charts.addWidget(self.aging_chart, 1, 0)
        charts.addWidget(self.trend_chart, 1, 1)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        charts.setRowStretch(1, 1)

        body = QVBoxLayout(self.content)
        body.setContentsMargins(0, 0, 4, 8)
        body.setSpacing(8)
        body.addLayout(grid)
        body.addSpacing(4)
        body.addWidget(self.aging_header)
        body.addLayout(aging_row)
        body.addSpacing(4)
        body.addLayout(charts, 1)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.content)
        self.scroll.viewport().setBackgroundRole(QPalette.ColorRole.Window)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message_page)
        self.stack.addWidget(self.scroll)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(AUTO_REFRESH_MS)
        self._timer.timeout.connect(self._auto_refresh)
        self._timer.start()

        self.retranslate()

    # ---- Pane ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Dashboard")

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Dashboard"))
        self.as_of_label.setToolTip(self.tr("The figures are read again every five minutes, and at once with "
                                            "Refresh (F5)."))
        self.retry_button.setText(self.tr("Try again"))
        self.attention_header.setText(self.tr("Needs attention"))
        self.aging_header.setText(self.tr("Open accounts by days past due"))
        self.aging_chart_header.setText(self.tr("Number of open accounts by days past due (click a bar for its queue)"))
        self.trend_header.setText(self.tr("Collected per calendar week, last 13 weeks"))
        self._render()

    def refresh(self) -> None:
        """Read the figures again in the background; the last ones stay on screen meanwhile."""
        if self._task is not None and self._task.running:
            self._task.cancel()  # its result is dropped (generation check)
        self._generation += 1
        generation = self._generation
        self.error = None
        ctx = self.database.ctx
        zone = local_zone()

        def work(_progress, _cancelled):
            return dashboard_figures(ctx, None, zone)

        self._task = run_task(self, work, on_done=lambda result: self._loaded(generation, result),
                              on_error=lambda exc: self._failed(generation, exc))
        self._show_state()

    @property
    def loading(self) -> bool:
        return self._task is not None and self._task.running

    # ---- clicks ----------------------------------------------------------------------------
    def activate(self, key: str) -> None:
        target = TILE_TARGETS.get(key)
        if target is None:
            return
        kind, payload = target
        if kind == "queue":
            self.open_queue.emit(payload)
        else:
            self.open_pane.emit(payload)

    def _bucket_clicked(self, bucket: str) -> None:
        self.open_queue.emit(("aging", bucket))

    # ---- loading ---------------------------------------------------------------------------
    def _loaded(self, generation: int, figures: DashboardFigures) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return
        self.figures = figures
        self.error = None
        self._render()
        self._show_state()
        self.figures_loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return
        if isinstance(exc, DomainError):
            message = exc.message
        else:
            log.error("the dashboard could not be loaded", exc_info=exc)
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            message = self.tr("The figures could not be read: {error}").format(error=detail)
        self.error = message
        self._show_state()
        self.load_failed.emit(message)

    def _show_state(self) -> None:
        loading = self.loading
        bad = tone_colour("bad", self.palette()).name()
        if self.figures is None:
            self.stack.setCurrentWidget(self.message_page)
            self.banner.hide()
            if self.error:
                self.message_label.setText(f'<span style="color:{bad}">{escape(self.error)}</span>')
                self.retry_button.show()
                self.busy.hide()
            else:
                self.message_label.setText(escape(self.tr("Loading\u2026")))
                self.retry_button.hide()
                self.busy.show()
            self.as_of_label.setText("")
            return
        self.stack.setCurrentWidget(self.scroll)
        if self.error:
            text = self.tr("Reading the figures again failed; these are from {time}. {error}").format(
                time=i18n.format_datetime(self.figures.as_of), error=self.error)
            self.banner.setText(f'<span style="color:{bad}">{escape(text)}</span>')
            self.banner.show()
        else:
            self.banner.hide()
        if loading:
            self.as_of_label.setText(self.tr("Refreshing\u2026"))
        else:
            self.as_of_label.setText(self.tr("As of {time}").format(time=i18n.format_datetime(self.figures.as_of)))

    def _auto_refresh(self) -> None:
        if self.isVisible() and not self.loading:
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.loading:
            return
        if self.figures is None:
            if self.error is None:
                self.refresh()
        elif (datetime.now(timezone.utc) - self.figures.as_of).total_seconds() * 1000 > AUTO_REFRESH_MS:
            self.refresh()  # back on the dashboard after a while: the figures may have moved

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # LanguageChange -> retranslate()
        if event.type() == QEvent.Type.PaletteChange:
            self._render()
            self._show_state()

    # ---- rendering -------------------------------------------------------------------------
    def _colour(self, tone: str) -> str:
        return tone_colour(tone, self.palette()).name()

    def _muted(self, text: str) -> str:
        return f'<span style="color:{muted_colour(self.palette()).name()}">{escape(text)}</span>'

    def _money_lines(self, amounts: dict, currencies) -> list[str]:
        return [i18n.format_money(amounts[c], c) for c in currencies if c in amounts]

    def _render(self) -> None:
        f = self.figures
        self._render_headers(f)
        if f is None:
            return
        currencies = f.currencies
        for pf in f.periods:
            self._render_period(pf, currencies)
        self._render_attention(f)
        self._render_aging(f)
        self.aging_chart.set_data(f.aging, currencies)
        self.trend_chart.set_data(f.trend, currencies)

    def _period_names(self) -> dict[str, str]:
        return {"today": self.tr("Today"), "week": self.tr("This week"), "month": self.tr("This month")}

    def _render_headers(self, f: DashboardFigures | None) -> None:
        names = self._period_names()
        for key, label in self.period_headers.items():
            if f is None:
                label.setText(names[key])
                continue
            p = f.period(key).period
            if p.start == p.end:
                span = i18n.format_date(p.start)
            else:
                span = self.tr("{start} \u2013 {end}").format(start=i18n.format_date(p.start),
                                                              end=i18n.format_date(p.end))
            label.setText(self.tr("{period}: {dates}").format(period=names[key], dates=span))

    def _render_period(self, pf: PeriodFigures, all_currencies) -> None:
        key = pf.period.key
        period_name = self._period_names()[key]

        def named(caption: str) -> str:
            return self.tr("{figure}, {period}").format(figure=caption, period=period_name)
        shown = [c for c in all_currencies if c in pf.collected or c in pf.target] or list(all_currencies)
        # collected against target
        value = [i18n.format_money(pf.collected.get(c, ZERO), c) for c in shown] or [DASH]
        details = []
        for c in shown:
            goal = pf.target.get(c)
            if goal is None or goal <= 0:
                details.append(self._muted(self.tr("No target")))
                continue
            pct = pf.attainment.get(c)
            pct_text = self.tr("{value}%").format(value=i18n.format_decimal(pct, 1))
            if key == "today":
                tone = "good" if pct >= 100 else "neutral"
            else:
                pace = pf.period.elapsed * 100
                tone = "good" if pct >= pace else ("warn" if pct >= pace * 3 / 4 else "bad")
            mark = {"good": "\u25b2 ", "warn": "\u25bc ", "bad": "\u25bc "}.get(tone, "")
            coloured = f'<span style="color:{self._colour(tone)}">{escape(mark + pct_text)}</span>'
            details.append(escape(self.tr("{percent} of {target}")).format(
                percent=coloured, target=escape(i18n.format_money(goal, c))))
        caption = self.tr("Collected against target")
        tooltip = self.tr(
            "Payments received less overpayments, by payment date. Targets are spread evenly over the "
            "days of their own period. \u25b2 on pace for the share of the period gone by, \u25bc behind. "
            "Click to open the scorecards.")
        self.tiles[f"collected_{key}"].set_figure(caption, value, detail_html="<br>".join(details), tooltip=tooltip,
                                                 accessible_caption=named(caption))

        # promises due
        due = pf.promises_due
        self.tiles[f"due_{key}"].set_figure(
            self.tr("Promises due"), i18n.format_count(due.count),
            detail_html=self._amount_lines(due, all_currencies), accessible_caption=named(self.tr("Promises due")),
            tooltip=(self.tr("Pending promises to pay falling due in the period, and the amounts promised.")
                     + ("\n" + self.tr("Click to open the queue of promises due today.") if key == "today" else "")))

        # broken promises
        broken = pf.promises_broken
        self.tiles[f"broken_{key}"].set_figure(
            self.tr("Broken promises"), i18n.format_count(broken.count),
            detail_html=self._amount_lines(broken, all_currencies),
            accessible_caption=named(self.tr("Broken promises")),
            tone="bad" if broken.count else "neutral",
            tooltip=self.tr("Promises due in the period that were not kept. A promise is marked broken the "
                            "day after its date. Click to open the broken promises of the last 30 days."))

    def _amount_lines(self, tally: Tally, currencies) -> str:
        lines = self._money_lines(tally.amounts, currencies)
        return "<br>".join(escape(line) for line in lines) if lines else self._muted(self.tr("None"))

    def _render_attention(self, f: DashboardFigures) -> None:
        overdue = f.complaints_overdue
        if overdue:
            text = self.tr("%Ln overdue", "", overdue)
            detail = f'<span style="color:{self._colour("bad")}">{escape(text)}</span>'
        else:
            detail = self._muted(self.tr("None overdue"))
        self.tiles["complaints"].set_figure(
            self.tr("Open complaints"), i18n.format_count(f.complaints_open), detail_html=detail,
            tooltip=self.tr("Complaints that are new or in progress; overdue: past their answer-by time. "
                            "Click to open the feedback inbox."))
        esc = f.escalations_awaiting
        lines = self._money_lines(esc.amounts, f.currencies)
        detail = ("<br>".join(escape(self.tr("{amount} at stake").format(amount=line)) for line in lines)
                  if lines else self._muted(self.tr("Nothing at stake")))
        self.tiles["escalations"].set_figure(
            self.tr("Escalations awaiting a decision"), i18n.format_count(esc.count), detail_html=detail,
            tooltip=self.tr("Submitted, under review or referred to a senior manager. "
                            "Click to open the escalations."))
        late = [r for r in f.aging if r.bucket in (AgingBucket.D91_180, AgingBucket.D180_PLUS)]
        count = sum(r.count for r in late)
        balances: dict = {}
        for r in late:
            for c, amount in r.balances.items():
                balances[c] = balances.get(c, ZERO) + amount
        self.tiles["dpd_90_plus"].set_figure(
            self.tr("Over 90 days past due"), i18n.format_count(count),
            detail_html=self._amount_lines(Tally({}, balances), f.currencies),
            tone="warn" if count else "neutral",
            tooltip=self.tr("Open accounts 91 days or more past their due date, and their balances. "
                            "Click to open the queue."))

        self._render_training(f)
        self._render_my_portfolios(f)

    def _render_training(self, f: DashboardFigures) -> None:
        t = f.training
        value = [self.tr("%Ln overdue", "training", t.overdue), self.tr("%Ln expiring", "training", t.expiring)]
        details = []
        if t.expired:
            details.append(escape(self.tr("%Ln expired", "training", t.expired)))
        if t.missing:
            details.append(escape(self.tr("%Ln mandatory not assigned", "training", t.missing)))
        self.tiles["training"].set_figure(
            self.tr("Training overdue / expiring"), value,
            detail_html="<br>".join(details) if details else self._muted(self.tr("Nothing expired or missing")),
            tone="bad" if t.overdue else ("warn" if t.expiring else "neutral"),
            tooltip=self.tr("Active staff: assignments past their due date, completions expiring within 30 "
                            "days, expired ones, and mandatory modules never assigned. Click to open Training."))

    def _render_my_portfolios(self, f: DashboardFigures) -> None:
        mine = f.my_portfolios
        tile = self.tiles["my_portfolios"]
        tile.setVisible(bool(mine))  # hidden (but named, for accessibility) when they own none
        lines = [escape(self.tr("{name}: %n account(s)", "", p.accounts).format(name=p.name)) for p in mine[:5]]
        if len(mine) > 5:
            lines.append(self._muted(self.tr("and %n more", "", len(mine) - 5)))
        tile.set_figure(
            self.tr("My portfolios"), i18n.format_count(len(mine)), detail_html="<br>".join(lines),
            tooltip=self.tr("The special portfolios you own and how many accounts each holds now. "
                            "Click to open Portfolios."))

    def _render_aging(self, f: DashboardFigures) -> None:
        total = f.open_accounts
        self.tiles["all_open"].set_figure(
            self.tr("Total"), i18n.format_count(total.count), accessible_caption=self.tr("All open accounts"),
            detail_html=self._amount_lines(total, f.currencies),
            tooltip=self.tr("Every account not paid, settled, written off or closed, and the balances. "
                            "Click to open the queue."))
        for row in f.aging:
            self.tiles[f"aging:{row.bucket.value}"].set_figure(
                bucket_tile_label(row.bucket), i18n.format_count(row.count),
                accessible_caption=bucket_label(row.bucket),
                detail_html=self._amount_lines(Tally(row.counts, row.balances), f.currencies),
                tooltip=self.tr("Open accounts in this bucket and their balances. Click to open the queue."))
