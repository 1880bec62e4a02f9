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
minutes while visible; F5 (refresh()) does it at once. What the headers and tiles say is written by
tile_texts (in this pane's translation context).
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from html import escape

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea, QSizePolicy,
                               QStackedWidget, QVBoxLayout, QWidget)

from collectdesk import i18n
from collectdesk.domain.aging import BUCKET_BOUNDS
from collectdesk.domain.errors import DomainError
from collectdesk.services.dashboard import DashboardFigures, dashboard_figures
from collectdesk.services.database import Database
from collectdesk.ui.dashboard.charts import AgingChart, TrendChart
from collectdesk.ui.dashboard.figure_tile import FigureTile, tone_colour
from collectdesk.ui.dashboard.tile_texts import TileTexts, header_texts
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
    def _render(self) -> None:
        """The period headers, and every tile and chart from the figures (tile_texts writes the tiles)."""
        for key, text in header_texts(self.figures).items():
            self.period_headers[key].setText(text)
        f = self.figures
        if f is None:
            return
        TileTexts(self.tiles, self.palette()).render(f)
        self.aging_chart.set_data(f.aging, f.currencies)
        self.trend_chart.set_data(f.trend, f.currencies)
