"""The Compliance pane: findings of the scan over the activity log, and the profiles they were judged by.

Findings tab::

    [Period ▾] [◀] November 2026 [▶] [Current]                                   [Run scan]
    Rule [all ▾]  Severity [all ▾]  Status [open ▾]  Collector [all ▾]  Team [all ▾]
    ┌ Group by [rule ▾] ──────────────────┐ ┌ Per [month ▾] ─────────────────────────┐
    │ rule            findings before ± │ │ stacked bars: block / warning            │
    └──────────────────────────────────────┘ └──────────────────────────────────────────┘
    1,234 findings
    when | rule | severity | collector | account | debtor | status        (read a page at a time)

Everything a filter changes is read in the background (run_task, silent; a newer read supersedes an
older one). A double-click on a group filters the list by it. Enter or a double-click on a finding opens
the FindingDialog (explanation, rule, activities, review, Open account). "Run scan" (also in the Tools
menu) runs services.compliance.scan in a worker with progress and Cancel, then reads everything again.
Profiles tab: ProfilesView.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QSizePolicy, QSplitter, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from collectdesk import i18n
from collectdesk.domain.enums import FindingReview, FindingSeverity, FindingStatus
from collectdesk.domain.errors import DomainError
from collectdesk.domain.periods import Period, PeriodKind
from collectdesk.services.compliance import findings as service
from collectdesk.services.compliance.findings import FindingFilter
from collectdesk.ui.account.flow_layout import FlowLayout
from collectdesk.ui.compliance.finding_labels import severity_text, status_text
from collectdesk.ui.compliance.findings_model import COLUMNS, PAGE, ROW_ROLE, FindingsModel
from collectdesk.ui.compliance.group_model import KEY_ROLE, GroupCountModel
from collectdesk.ui.compliance.profiles_view import ProfilesView
from collectdesk.ui.compliance.trend_chart import FindingsTrendChart
from collectdesk.ui.icons import icon
from collectdesk.ui.pane import Pane
from collectdesk.ui.scorecards.period_bar import PeriodBar, period_text
from collectdesk.ui.tasks import Task, run_task

log = logging.getLogger(__name__)
TREND_LENGTH = {PeriodKind.WEEK: 13, PeriodKind.MONTH: 12}


def _table(parent) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    return view


def _combo(parent, chars: int) -> QComboBox:
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def _uuid(text: str | None) -> uuid.UUID | None:
    return uuid.UUID(text) if text else None


class CompliancePane(Pane):
    icon_name = "compliance"
    pane_name = "compliance"

    def __init__(self, database, parent=None, *, today: date | None = None):
        super().__init__(database, parent)
        self._today = today
        self._generation = 0
        self._task: Task | None = None
        self.scan_task: Task | None = None
        self._loading_filters = False

        self.period_bar = PeriodBar(self, with_comparison=False)
        self.period_bar.scope_label.hide()
        self.period_bar.scope.hide()
        self.period_bar.set_period(Period.containing(PeriodKind.MONTH, self.today))
        self.period_bar.changed.connect(self.refresh)
        self.scan_button = QPushButton(icon("compliance"), "", self)
        self.scan_button.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.scan_button.clicked.connect(self.run_scan)

        # sized to a few characters, not to the longest entry (German rule names run to 60 characters); the
        # popups show the entries whole
        self.rule = _combo(self, 14)
        self.severity = _combo(self, 6)
        self.status = _combo(self, 7)
        self.collector = _combo(self, 11)
        self.team = _combo(self, 9)
        for combo in (self.rule, self.collector, self.team, self.severity):
            combo.addItem("", None)
        for severity in FindingSeverity:
            self.severity.addItem("", severity.value)
        for status in (FindingStatus.OPEN, FindingStatus.REVIEWED, FindingStatus.DISMISSED, None):
            self.status.addItem("", status.value if status else None)
        self.filter_labels = [QLabel(self) for _ in range(5)]
        # the filters wrap onto a second line in a narrow window (the main window may be 790 px wide)
        filter_box = QWidget(self)
        filters = FlowLayout(filter_box, spacing=12)
        for label, combo in zip(self.filter_labels, (self.rule, self.severity, self.status, self.collector, self.team)):
            label.setBuddy(combo)
            pair = QWidget(filter_box)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(label)
            row.addWidget(combo)
            filters.addWidget(pair)
            combo.currentIndexChanged.connect(self._filter_changed)

        self.group_label = QLabel(self)
        self.group_by = _combo(self, 10)
        for key in service.GROUPINGS:
            self.group_by.addItem("", key)
        self.group_label.setBuddy(self.group_by)
        self.group_by.currentIndexChanged.connect(self.refresh)
        self.groups = GroupCountModel(self)
        self.group_view = _table(self)
        self.group_view.setModel(self.groups)
        header = self.group_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.group_view.doubleClicked.connect(self._group_chosen)
        self.group_view.activated.connect(self._group_chosen)
        self.trend_label = QLabel(self)
        self.trend_kind = _combo(self, 8)
        for kind in (PeriodKind.MONTH, PeriodKind.WEEK):
            self.trend_kind.addItem("", kind.value)
        self.trend_label.setBuddy(self.trend_kind)
        self.trend_kind.currentIndexChanged.connect(self.refresh)
        self.chart = FindingsTrendChart(self)

        groups_box = QWidget(self)
        grid = QGridLayout(groups_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.group_label, 0, 0)
        grid.addWidget(self.group_by, 0, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(self.group_view, 1, 0, 1, 3)
        trend_box = QWidget(self)
        grid = QGridLayout(trend_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.trend_label, 0, 0)
        grid.addWidget(self.trend_kind, 0, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(self.chart, 1, 0, 1, 3)
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.top_splitter.addWidget(groups_box)
        self.top_splitter.addWidget(trend_box)
        self.top_splitter.setSizes([500, 600])

        self.count_label = QLabel(self)
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.model = FindingsModel(database.ctx, self)
        self.model.load_failed.connect(self.count_label.setText)
        self.view = _table(self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("rule"), QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.view.activated.connect(self.open_finding)
        self.view.doubleClicked.connect(self.open_finding)
        list_box = QWidget(self)
        box = QVBoxLayout(list_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(self)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # gives way first
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.hint)
        box.addLayout(count_row)
        box.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.top_splitter)
        self.splitter.addWidget(list_box)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 420])

        findings_tab = QWidget(self)
        box = QVBoxLayout(findings_tab)
        box.addWidget(self.period_bar)
        box.addWidget(filter_box)
        box.addWidget(self.splitter, 1)
        self.profiles = ProfilesView(database, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(findings_tab, icon("compliance"), "")
        self.tabs.addTab(self.profiles, icon("settings"), "")
        self.tabs.setCornerWidget(self.scan_button, Qt.Corner.TopRightCorner)  # beside the tabs: both use it
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslate()
        self._columns_sized = False

    @property
    def today(self) -> date:
        return self._today or date.today()

    def title(self) -> str:
        return self.tr("Compliance")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._generation == 0:
            self.refresh()

    # ---- reading ----------------------------------------------------------------------------
    def current_filter(self) -> FindingFilter:
        severity = self.severity.currentData()
        status = self.status.currentData()
        return FindingFilter(period=self.period_bar.period, rule_code=self.rule.currentData(),
                             severity=FindingSeverity(severity) if severity else None,
                             status=FindingStatus(status) if status else None,
                             collector_id=_uuid(self.collector.currentData()), team_id=_uuid(self.team.currentData()))

    def refresh(self) -> None:
        if self.tabs.currentWidget() is self.profiles:
            self.profiles.refresh()
        self._generation += 1
        generation = self._generation
        if self._task is not None and self._task.running:
            self._task.cancel()
        ctx, flt, by = self.database.ctx, self.current_filter(), self.group_by.currentData()
        kind = PeriodKind(self.trend_kind.currentData())
        self.count_label.setText(self.tr("Loading\u2026"))

        def work(_progress, _cancelled):
            from collectdesk.services import staff

            book = service.rule_book(ctx)
            return dict(
                book=book, count=service.count_findings(ctx, flt),
                first=service.list_findings(ctx, flt, limit=PAGE, book=book),
                groups=service.group_counts(ctx, flt, by, book=book),
                trend=service.trend(ctx, flt, kind=kind, n=TREND_LENGTH[kind], ending=flt.period.end),
                choices=service.choices(ctx, book=book), staff=staff.list_staff(ctx, include_left=True),
                teams=staff.teams(ctx))

        def done(result) -> None:
            if generation != self._generation or not shiboken6.isValid(self):
                return
            self._fill_filters(result["choices"], result["staff"], result["teams"])
            self.model.set_result(flt, result["count"], result["first"], result["book"])
            self.groups.set_rows(result["groups"], by)
            self.chart.set_data(result["trend"])
            self._show_count(flt, result["count"])
            if not self._columns_sized and result["count"]:
                self._size_columns()

        def failed(exc) -> None:
            if generation != self._generation or not shiboken6.isValid(self):
                return
            if not isinstance(exc, DomainError):
                log.error("reading findings failed", exc_info=exc)
            self.count_label.setText(exc.message if isinstance(exc, DomainError) else self.tr(
                "The findings could not be read ({error}).").format(error=type(exc).__name__))

        self._task = run_task(self, work, on_done=done, on_error=failed)

    def _show_count(self, flt: FindingFilter, count: int) -> None:
        texts = {
            None: self.tr("%n finding(s) in {period}", "", count),
            FindingStatus.OPEN: self.tr("%n open finding(s) in {period}", "", count),
            FindingStatus.REVIEWED: self.tr("%n reviewed finding(s) in {period}", "", count),
            FindingStatus.DISMISSED: self.tr("%n dismissed finding(s) in {period}", "", count),
        }
        self.count_label.setText(texts[flt.status].format(period=period_text(flt.period)))
        self.hint.setVisible(count > 0)

    def _size_columns(self) -> None:
        """Every column but the rule's to the first page's contents; the rule's takes the rest of the width
        (a long name is elided, whole in the tooltip), so the status is always in view."""
        self._columns_sized = True
        rule = COLUMNS.index("rule")
        chars = self.view.fontMetrics().averageCharWidth()
        for column, key in enumerate(COLUMNS):
            if column != rule:
                self.view.resizeColumnToContents(column)
                cap = {"debtor": 30, "collector": 24}.get(key)
                if cap and self.view.columnWidth(column) > cap * chars:
                    self.view.setColumnWidth(column, cap * chars)
        status = COLUMNS.index("status")  # room for the longest status ("Reviewed: Coaching given") at once
        longest = max(self.view.fontMetrics().horizontalAdvance(self.model.status_text(
            FindingStatus.DISMISSED if review is FindingReview.FALSE_POSITIVE else FindingStatus.REVIEWED, review))
            for review in FindingReview)
        self.view.setColumnWidth(status, max(self.view.columnWidth(status), longest + 16))

    def _fill_filters(self, found, staff_rows, teams) -> None:
        """Fill the combos, keeping each choice (a choice no longer offered stays listed as it was)."""
        self._loading_filters = True
        try:
            def fill(combo, items):
                current, current_text = combo.currentData(), combo.currentText()
                combo.blockSignals(True)
                while combo.count() > 1:
                    combo.removeItem(1)
                for key, text in items:
                    combo.addItem(text, key)
                if current is not None and combo.findData(current) < 0:
                    combo.addItem(current_text, current)  # the filter stays as the user chose it
                combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
                combo.blockSignals(False)

            fill(self.rule, found.rules)
            # ids as text: a QVariant holding a Python UUID does not compare equal to another equal UUID
            fill(self.collector, [(str(r.id), r.full_name) for r in staff_rows])
            fill(self.team, [(str(t.id), t.name) for t in teams])
        finally:
            self._loading_filters = False

    def _filter_changed(self) -> None:
        if not self._loading_filters:
            self.refresh()

    def _group_chosen(self, index) -> None:
        key = self.groups.data(index, KEY_ROLE)
        combo = {"rule": self.rule, "collector": self.collector, "team": self.team}[self.groups.by]
        i = combo.findData(key if self.groups.by == "rule" else str(key)) if key is not None else -1
        if i >= 0:
            combo.setCurrentIndex(i)
            self.view.setFocus()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.profiles and not self.profiles.entries:
            self.profiles.refresh()

    # ---- actions -------------------------------------------------------------------------------
    def open_finding(self, index=None):
        from collectdesk.ui.compliance.finding_dialog import FindingDialog

        index = index if index is not None and index.isValid() else self.view.currentIndex()
        row = self.model.data(index, ROW_ROLE) if index.isValid() else None
        if row is None:
            return None
        dialog = FindingDialog(self.database, row.id, self)
        dialog.open_account.connect(self.open_account)
        dialog.changed.connect(lambda _id: self.refresh())
        dialog.show()
        return dialog

    def run_scan(self) -> Task | None:
        """The scan over the activity log, in a worker with progress and Cancel; then everything is read again."""
        if self.scan_task is not None and self.scan_task.running:
            return self.scan_task
        ctx = self.database.ctx

        def work(progress, cancelled):
            from collectdesk.services.compliance.scan import scan

            return scan(ctx, progress=progress, cancel=cancelled)

        def done(result) -> None:
            self.scan_button.setEnabled(True)
            if result.cancelled:
                text = self.tr("Scan cancelled after %n debtor(s); what it finished is kept.", "", result.debtors)
            else:
                text = self.tr("Scan finished: %n new finding(s), {removed} no longer found, {debtors} debtors "
                               "checked.", "", result.new).format(removed=i18n.format_count(result.removed),
                                                                  debtors=i18n.format_count(result.debtors))
            self.status_message.emit(text)
            self.count_label.setText(text)
            self.refresh()

        def failed(exc) -> None:
            self.scan_button.setEnabled(True)
            if not isinstance(exc, DomainError):
                log.error("compliance scan failed", exc_info=exc)
            QMessageBox.warning(self, self.tr("Compliance scan"), exc.message if isinstance(exc, DomainError)
                                else self.tr("The scan stopped with an error ({error}); nothing after the last "
                                             "finished part was saved.").format(error=type(exc).__name__))
            self.refresh()

        self.scan_button.setEnabled(False)
        self.scan_task = run_task(self, work, on_done=done, on_error=failed, title=self.tr("Compliance scan"),
                                  label=self.tr("Checking the activity log against the compliance profiles\u2026"))
        return self.scan_task

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.rule.setFocus()

    # ---- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Findings"))
        self.tabs.setTabText(1, self.tr("Profi&les"))
        self.scan_button.setText(self.tr("Run &scan"))
        self.scan_button.setToolTip(self.tr("Check the activity log against the compliance profiles "
                                            "(Ctrl+Shift+K)"))
        for label, text in zip(self.filter_labels, (self.tr("R&ule:"), self.tr("Se&verity:"), self.tr("S&tatus:"),
                                                    self.tr("C&ollector:"), self.tr("Te&am:"))):
            label.setText(text)
        self.rule.setItemText(0, self.tr("All rules"))
        self.severity.setItemText(0, self.tr("All"))
        for i in range(1, self.severity.count()):
            self.severity.setItemText(i, severity_text(FindingSeverity(self.severity.itemData(i))))
        for i in range(self.status.count()):
            value = self.status.itemData(i)
            self.status.setItemText(i, status_text(FindingStatus(value)) if value else self.tr("All"))
        self.collector.setItemText(0, self.tr("All collectors"))
        self.team.setItemText(0, self.tr("All teams"))
        # wide enough for the "All ..." entry (and every severity and status) in any language
        for combo, chars, whole in ((self.rule, 14, False), (self.severity, 6, True), (self.status, 7, True),
                                    (self.collector, 11, False), (self.team, 9, False)):
            texts = [combo.itemText(i) for i in range(combo.count())] if whole else [combo.itemText(0)]
            combo.setMinimumContentsLength(max(chars, *(len(t) for t in texts)))
        self.group_label.setText(self.tr("&Group by:"))
        names = {"rule": self.tr("Rule"), "collector": self.tr("Collector"), "team": self.tr("Team")}
        for i in range(self.group_by.count()):
            self.group_by.setItemText(i, names[self.group_by.itemData(i)])
        self.trend_label.setText(self.tr("Findi&ngs per:"))
        kinds = {"month": self.tr("Month"), "week": self.tr("Week")}
        for i in range(self.trend_kind.count()):
            self.trend_kind.setItemText(i, kinds[self.trend_kind.itemData(i)])
        self.hint.setText(self.tr("Enter or double-click opens a finding."))
        self.model.retranslate()
        self.groups.retranslate()
