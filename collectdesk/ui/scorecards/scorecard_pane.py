"""The Scorecards pane: every staff member's KPIs for a period, against target, with drill-downs.

Top: the period bar (kind, ◀ period ▶, comparison, scope). Below it: "Rank and trend by" (the chosen
KPI orders the rank column and fills the sparklines), "Group by team", Export to XLSX (Ctrl+Shift+X)
and Targets…. The table (ScorecardModel) shows one row per member, team totals and the department
total; attainment is coloured against the department's thresholds (set in the Targets pane).
Double-click or Enter on a figure opens the drill-down (DrillDialog), and from there the account.
At the bottom, two tabs: the department-level figures (CEI, roll rates, cure and liquidation rates)
and the anomalies worth a look (AnomaliesView).

Everything is read in the background: the table first (the scorecard, its comparison, the
thresholds), then the trend, the department figures and the anomalies. A newer request makes older
results be ignored (a generation counter), so stepping quickly through periods never shows a stale one.
"""

from __future__ import annotations

import logging
import time
from decimal import Decimal

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from collectdesk.domain.errors import DomainError
from collectdesk.domain.periods import Period, PeriodKind, last_n
from collectdesk.services.database import Database
from collectdesk.ui.elided_label import ElidedLabel
from collectdesk.ui.icons import icon
from collectdesk.ui.pane import Pane
from collectdesk.ui.scorecards.department_panel import DepartmentPanel, figure_pairs
from collectdesk.ui.scorecards.drill_dialog import DrillDialog
from collectdesk.ui.scorecards.period_bar import PeriodBar, period_text
from collectdesk.ui.scorecards.scorecard_columns import BY_KEY, COLUMNS, header
from collectdesk.ui.scorecards.scorecard_model import CELL_ROLE, FIXED, ScorecardModel
from collectdesk.ui.scorecards.sparkline_delegate import SparklineDelegate
from collectdesk.ui.settings import AppSettings
from collectdesk.ui.tasks import run_task

log = logging.getLogger(__name__)
TREND_PERIODS = 12


class ScorecardPane(Pane):
    icon_name = "scorecard"
    pane_name = "scorecards"
    open_staff = Signal(object)  # a staff member's page: uuid.UUID
    scorecard_loaded = Signal()  # the table shows the period's figures
    details_loaded = Signal()  # the department figures and anomalies are shown
    trend_loaded = Signal()

    def __init__(self, database: Database, parent=None, *, settings: AppSettings | None = None):
        super().__init__(database, parent)
        self.settings = settings
        self._generation = 0
        self._loaded_scopes = False
        self.card = None
        self.loaded_in: float | None = None

        self.period_bar = PeriodBar(self)
        self.rank_label = QLabel(self)
        self.rank_combo = QComboBox(self)
        for col in COLUMNS:
            self.rank_combo.addItem("", col.key)
        self.rank_combo.setCurrentIndex(self.rank_combo.findData("attainment"))
        self.rank_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rank_combo.setMinimumContentsLength(16)
        self.rank_label.setBuddy(self.rank_combo)
        self.grouped = QCheckBox(self)
        self.grouped.setChecked(True)
        self.show_idle = QCheckBox(self)
        self.export_button = QPushButton(icon("export"), "", self)
        self.export_button.setShortcut(QKeySequence("Ctrl+Shift+X"))
        self.targets_button = QPushButton(icon("report"), "", self)
        self.rules_button = QPushButton(icon("settings"), "", self)
        # a long status (German: "19 Mitarbeiter (18 ohne Kennzahlen ausgeblendet)") must not widen the
        # window: it is shortened with "…" when there is no room (the whole text in its tooltip)
        self.status = ElidedLabel(self)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.model = ScorecardModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setSectionsMovable(True)
        self.view.setItemDelegateForColumn(FIXED.index("trend"), SparklineDelegate(self.view))
        self.view.activated.connect(self.drill_into)
        self.view.doubleClicked.connect(self.drill_into)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.act_drill = QAction(self.view)
        self.act_drill.triggered.connect(lambda: self.drill_into(self.view.currentIndex()))
        self.act_staff = QAction(self.view)
        self.act_staff.setShortcut(QKeySequence("Ctrl+Return"))
        self.act_staff.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_staff.triggered.connect(self.open_current_staff)
        self.view.addAction(self.act_drill)
        self.view.addAction(self.act_staff)

        self.department = DepartmentPanel(self)
        self.anomalies = self._make_anomalies_view()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.department, "")
        if self.anomalies is not None:
            self.tabs.addTab(self.anomalies, "")

        controls = QHBoxLayout()
        controls.addWidget(self.rank_label)
        controls.addWidget(self.rank_combo)
        controls.addSpacing(12)
        controls.addWidget(self.grouped)
        controls.addWidget(self.show_idle)
        controls.addWidget(self.status, 1)  # takes the free space; elided rather than widening the window
        controls.addWidget(self.rules_button)
        controls.addWidget(self.targets_button)
        controls.addWidget(self.export_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period_bar)
        layout.addLayout(controls)
        layout.addWidget(self.splitter, 1)

        self.setTabOrder(self.period_bar, self.rank_combo)
        self.setTabOrder(self.rank_combo, self.grouped)
        self.setTabOrder(self.grouped, self.show_idle)
        self.setTabOrder(self.show_idle, self.view)
        QShortcut(QKeySequence("Ctrl+T"), self, activated=self.rank_combo.setFocus)

        self.period_bar.changed.connect(self.refresh)
        self.rank_combo.currentIndexChanged.connect(self._rank_changed)
        self.grouped.toggled.connect(self.model.set_grouped)
        self.show_idle.toggled.connect(self._show_idle_toggled)
        self.export_button.clicked.connect(self.export_xlsx)
        self.targets_button.clicked.connect(lambda: self.open_pane.emit("targets"))
        self.rules_button.clicked.connect(self.edit_rules)
        self._restore()
        self.retranslate()

    def _make_anomalies_view(self) -> QWidget | None:
        try:
            from collectdesk.ui.scorecards.anomalies_view import AnomaliesView
        except ImportError:  # pragma: no cover - the view ships with the package
            return None
        view = AnomaliesView(self)
        view.open_staff.connect(self.open_staff)
        view.drill.connect(lambda staff_id, kpi: self.drill(kpi, staff_id=staff_id))
        return view

    # ---- Pane ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Scorecards")

    def retranslate(self) -> None:
        self.period_bar.retranslate()
        self.rank_label.setText(self.tr("&Rank and trend by:"))
        for i in range(self.rank_combo.count()):
            self.rank_combo.setItemText(i, header(self.rank_combo.itemData(i)))
        self.grouped.setText(self.tr("&Group by team"))
        self.show_idle.setText(self.tr("Show staff &without figures"))
        self.show_idle.setToolTip(self.tr("Accountants and customer-service staff with nothing to score in this period "
                                          "are hidden unless this is ticked; collectors are always shown."))
        self.act_drill.setText(self.tr("Show what is behind this figure"))
        self.act_staff.setText(self.tr("Open the staff member's page"))
        self.export_button.setText(self.tr("E&xport to XLSX\u2026"))
        self.export_button.setToolTip(self.tr("Save this scorecard as a spreadsheet (Ctrl+Shift+X)"))
        self.targets_button.setText(self.tr("Tar&gets\u2026"))
        self.targets_button.setToolTip(self.tr("Edit targets and the attainment colours"))
        self.rules_button.setText(self.tr("R&ules\u2026"))
        self.rules_button.setToolTip(self.tr("The follow-up window and the thresholds of the anomalies"))
        self.tabs.setTabText(0, self.tr("Department figures"))
        if self.anomalies is not None:
            self.tabs.setTabText(1, self.tr("Anomalies"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.card is None and self._generation == 0:
            self.refresh()

    def refresh(self) -> None:
        """Read the scorecard for the chosen period and scope (and its comparison) in the background."""
        self._generation += 1
        generation = self._generation
        period = self.period_bar.period
        compare = self.period_bar.comparison_period()
        team_id, branch_id = self.period_bar.scope_ids()
        ctx = self.database.ctx
        need_scopes = not self._loaded_scopes
        self.status.setText(self.tr("Loading\u2026"))
        started = time.perf_counter()

        def work(_progress, _cancelled):
            from collectdesk.services.scorecards import scorecard
            from collectdesk.services.targets import attainment_thresholds

            scopes = None
            if need_scopes:
                from collectdesk.services.staff import branches, teams

                scopes = (branches(ctx), teams(ctx))
            card = scorecard(ctx, period.start, period.end, team_id=team_id, branch_id=branch_id)
            before = (scorecard(ctx, compare.start, compare.end, team_id=team_id, branch_id=branch_id)
                      if compare is not None else None)
            return scopes, card, before, attainment_thresholds(ctx)

        def done(result) -> None:
            if generation != self._generation:
                return
            scopes, card, before, thresholds = result
            if scopes is not None:
                self._fill_scopes(*scopes)
            self.loaded_in = time.perf_counter() - started
            self.card = card
            self.model.set_thresholds(thresholds)
            self.model.set_scorecard(card, before)
            self._fit_columns()
            self._show_count()
            self.scorecard_loaded.emit()
            self._load_details(generation, period, team_id, branch_id)

        run_task(self, work, on_done=done, on_error=lambda exc: self._failed(generation, exc))

    def _load_details(self, generation: int, period: Period, team_id, branch_id) -> None:
        """The trend, the department figures and the anomalies: after the table is on screen."""
        ctx = self.database.ctx
        self._load_trend(generation, period, team_id, branch_id)

        def work(_progress, _cancelled):
            from collectdesk.services.department_kpis import department_figures

            figures = department_figures(ctx, period.start, period.end, team_id=team_id, branch_id=branch_id)
            anomalies = None
            if self.anomalies is not None:
                from collectdesk.services.staff_anomalies import find_anomalies

                anomalies = find_anomalies(ctx, period.start, period.end, team_id=team_id, branch_id=branch_id)
            return figures, anomalies

        def done(result) -> None:
            if generation != self._generation:
                return
            figures, anomalies = result
            self.department.set_figures(figures)
            if anomalies is not None:
                self.anomalies.set_anomalies(anomalies)
                self.tabs.setTabText(1, self.tr("Anomalies ({count})").format(count=len(anomalies)))
            self.details_loaded.emit()

        run_task(self, work, on_done=done, on_error=lambda exc: self._detail_failed(generation, exc))

    def _load_trend(self, generation: int, period: Period, team_id, branch_id) -> None:
        ctx = self.database.ctx
        kpi = self.model.rank_key
        periods = last_n(period, TREND_PERIODS) if period.kind is not PeriodKind.CUSTOM else []
        if not periods:
            self.model.set_trend({})
            return

        def work(_progress, _cancelled):
            from collectdesk.services.scorecard_trend import trend

            return trend(ctx, kpi, periods, team_id=team_id, branch_id=branch_id)

        def done(result) -> None:
            if generation == self._generation and kpi == self.model.rank_key:
                self.model.set_trend(sparkline_values(result, BY_KEY[kpi].unit))
                self.trend_loaded.emit()

        run_task(self, work, on_done=done, on_error=lambda exc: self._detail_failed(generation, exc))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, DomainError):
            self.status.setText(str(exc))
        else:
            log.error("scorecard failed", exc_info=exc)
            self.status.setText(self.tr("The scorecard could not be read. Press F5 to try again."))

    def _detail_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            log.error("scorecard details failed", exc_info=exc)
            self.status.setText(self.tr("Some figures could not be read. Press F5 to try again."))

    # ---- reactions -----------------------------------------------------------------------
    def _fill_scopes(self, branch_rows, team_rows) -> None:
        names = {b.id: b.name for b in branch_rows}
        self.period_bar.set_scopes([(b.id, b.name) for b in branch_rows],
                                   [(t.id, t.name, names.get(t.branch_id, "")) for t in team_rows])
        self._loaded_scopes = True

    def _show_count(self) -> None:
        if self.card is None:
            return
        hidden = self.model.hidden_count()
        shown = len(self.card.rows) - hidden
        text = self.tr("%n staff member(s)", "", shown)
        if hidden:
            text += " " + self.tr("(%n without figures hidden)", "", hidden)
        self.status.setText(text)

    def _show_idle_toggled(self, show: bool) -> None:
        self.model.set_show_idle(show)
        self._show_count()

    def _rank_changed(self) -> None:
        key = self.rank_combo.currentData()
        self.model.set_rank_key(key)
        if self.card is not None:
            team_id, branch_id = self.period_bar.scope_ids()
            self._load_trend(self._generation, self.period_bar.period, team_id, branch_id)

    def _fit_columns(self) -> None:
        header_view = self.view.horizontalHeader()
        if getattr(self, "_fitted", False):
            return
        self.view.resizeColumnsToContents()
        header_view.resizeSection(FIXED.index("trend"), 120)
        for column in range(self.model.columnCount()):
            header_view.resizeSection(column, min(header_view.sectionSize(column), 260))
        self._fitted = True

    def _select_staff(self, staff_id) -> None:
        row = self.model.row_of_staff(staff_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, FIXED.index("name")))
            self.view.setFocus()

    def edit_rules(self) -> None:
        from collectdesk.ui.scorecards.rules_dialog import RulesDialog

        dialog = RulesDialog(self.database.ctx, self)
        if dialog.exec():
            self.refresh()

    def open_current_staff(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            ref = self.model.row_ref(index.row())
            if ref.kind == "staff":
                self.open_staff.emit(ref.staff_id)

    def drill_into(self, index) -> None:
        cell = self.model.data(index, CELL_ROLE)
        if cell is None:
            return
        key, ref = cell
        team_id, branch_id = self.period_bar.scope_ids()
        if ref.kind == "staff":
            self.drill(key, staff_id=ref.staff_id)
        elif ref.kind == "team":
            self.drill(key, team_id=ref.team_id, who=self.model.row_score(index.row()).team or "")
        else:
            self.drill(key, team_id=team_id, branch_id=branch_id, who=self.tr("the department"))

    def drill(self, key: str, *, staff_id=None, team_id=None, branch_id=None, who: str | None = None) -> DrillDialog:
        period = self.period_bar.period
        if who is None:
            row = self.model.row_of_staff(staff_id)
            who = self.model.row_score(row).name if row >= 0 else ""
        dialog = DrillDialog(self.database, kpi=key, kpi_name=header(key), who=who, period_text=period_text(period),
                             start=period.start, end=period.end, staff_id=staff_id, team_id=team_id,
                             branch_id=branch_id, parent=self)
        dialog.open_account.connect(self.open_account)
        dialog.show()
        return dialog

    def export_xlsx(self) -> None:
        if self.card is None:
            return
        period = self.period_bar.period
        suggested = self.tr("scorecard-{period}.xlsx").format(period=f"{period.start:%Y-%m-%d}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export scorecard"), suggested,
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        card, ctx = self.card, self.database.ctx
        team_id, branch_id = self.period_bar.scope_ids()
        from collectdesk import i18n

        language = i18n.current_language()
        scope = self.period_bar.scope_text()

        def work(_progress, _cancelled):
            from collectdesk.services.department_kpis import department_figures
            from collectdesk.services.scorecard_xlsx import write_scorecard_xlsx
            from collectdesk.services.staff_anomalies import find_anomalies

            figures = department_figures(ctx, period.start, period.end, team_id=team_id, branch_id=branch_id)
            anomalies = find_anomalies(ctx, period.start, period.end, team_id=team_id, branch_id=branch_id)
            write_scorecard_xlsx(card, path, language=language, department_figures=figure_pairs(figures),
                                 anomalies=anomalies, scope=scope)
            return path

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, DomainError):
                log.error("scorecard export failed", exc_info=exc)
            QMessageBox.warning(self, self.tr("Export scorecard"), str(exc) if isinstance(exc, DomainError) else
                                self.tr("The spreadsheet could not be written. Nothing was saved."))

        run_task(self, work, title=self.tr("Export scorecard"), label=self.tr("Writing the spreadsheet\u2026"),
                 on_done=lambda p: self.status_message.emit(self.tr("Scorecard saved to {path}").format(path=p)),
                 on_error=failed)

    # ---- state ---------------------------------------------------------------------------
    def _restore(self) -> None:
        if self.settings is None:
            return
        q = self.settings.q
        kind = q.value("scorecards/kind", "month")
        try:
            from datetime import date

            self.period_bar.set_period(Period.containing(PeriodKind(kind), date.today()).previous()
                                       if kind != "custom" else self.period_bar.period)
        except ValueError:
            pass
        self.period_bar.set_comparison(q.value("scorecards/compare", "none"))
        i = self.rank_combo.findData(q.value("scorecards/rank", "attainment"))
        if i >= 0:
            self.rank_combo.setCurrentIndex(i)
        self.grouped.setChecked(q.value("scorecards/grouped", "true") in (True, "true"))
        self.show_idle.setChecked(q.value("scorecards/show_idle", "false") in (True, "true"))
        state = self.settings.load_bytes("scorecards_header")
        if isinstance(state, QByteArray):
            self.view.horizontalHeader().restoreState(state)
            self._fitted = True
        splitter = self.settings.load_bytes("scorecards_splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        if self.settings is None:
            return
        q = self.settings.q
        q.setValue("scorecards/kind", self.period_bar.period.kind.value)
        q.setValue("scorecards/compare", self.period_bar.comparison())
        q.setValue("scorecards/rank", self.rank_combo.currentData())
        q.setValue("scorecards/grouped", "true" if self.grouped.isChecked() else "false")
        q.setValue("scorecards/show_idle", "true" if self.show_idle.isChecked() else "false")
        self.settings.save_bytes("scorecards_header", self.view.horizontalHeader().saveState())
        self.settings.save_bytes("scorecards_splitter", self.splitter.saveState())


def sparkline_values(trend, unit: str) -> dict:
    """{staff_id or None: [number or None, ...]} for painting; money in each row's first currency."""
    out = {}
    for key, values in trend.values.items():
        series = []
        currency = None
        for v in values:
            if isinstance(v, dict):
                if currency is None:
                    currency = next((c for c, x in sorted(v.items()) if x is not None), None)
                v = v.get(currency) if currency else None
            series.append(float(v) if isinstance(v, (int, Decimal)) else None)
        out[key] = series
    return out
