"""The inbox's complaint figures for a period (services.inbox.figures.inbox_figures): complaints per 1,000
accounts and per 1,000 contacts by collector, team, topic and channel; average satisfaction and its
monthly trend; time to acknowledge and to resolve; overdue. The per-collector complaints are the
Scorecards pane's "Complaints" for the same period and scope (one counting code serves both).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QTabWidget, QVBoxLayout)

from collectdesk import i18n
from collectdesk.domain.enums import FeedbackSource
from collectdesk.domain.errors import DomainError
from collectdesk.domain.periods import Period, PeriodKind
from collectdesk.services.database import Database
from collectdesk.ui.labels import feedback_source_label, topic_label
from collectdesk.ui.scorecards.period_bar import PeriodBar
from collectdesk.ui.tasks import run_task

DASH = "\u2013"


def _rate(value) -> str:
    return DASH if value is None else i18n.format_decimal(value, 1)


def _days(value) -> str:
    return DASH if value is None else i18n.format_decimal(value, 1)


class InboxFiguresDialog(QDialog):
    def __init__(self, database: Database, parent=None):
        super().__init__(parent)
        self.database = database
        self.figures = None
        self._generation = 0
        self.setWindowTitle(self.tr("Feedback figures"))
        self.period_bar = PeriodBar(self, with_comparison=False)
        self.period_bar.set_period(Period.containing(PeriodKind.MONTH, date.today()).previous())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget(self)
        self.tables = {}
        for key in ("collector", "team", "topic", "channel"):
            table = QTableWidget(0, 6, self)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            self.tables[key] = table
            self.tabs.addTab(table, "")
        self.trend = QTableWidget(0, 3, self)
        self.trend.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.trend.verticalHeader().hide()
        self.tabs.addTab(self.trend, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(900, 600)
        self.period_bar.changed.connect(self.refresh)
        self.retranslate()
        self._scopes()
        self.refresh()

    def _scopes(self) -> None:
        from collectdesk.services.staff import branches, teams

        try:
            branch_rows, team_rows = branches(self.database.ctx), teams(self.database.ctx)
        except DomainError:
            return
        names = {b.id: b.name for b in branch_rows}
        self.period_bar.set_scopes([(b.id, b.name) for b in branch_rows],
                                   [(t.id, t.name, names.get(t.branch_id, "")) for t in team_rows])

    def retranslate(self) -> None:
        for n, text in enumerate((self.tr("By collector"), self.tr("By team"), self.tr("By topic"),
                                  self.tr("By channel"), self.tr("Satisfaction trend"))):
            self.tabs.setTabText(n, text)
        heads = [self.tr("Complaints"), self.tr("Accounts worked"), self.tr("Contacts"),
                 self.tr("Per 1,000 accounts"), self.tr("Per 1,000 contacts")]
        for key, table in self.tables.items():
            first = {"collector": self.tr("Collector"), "team": self.tr("Team"), "topic": self.tr("Topic"),
                     "channel": self.tr("Channel")}[key]
            table.setHorizontalHeaderLabels([first, *heads])
        self.trend.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Average satisfaction (1-5)"),
                                              self.tr("Answers")])

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        period = self.period_bar.period
        team_id, branch_id = self.period_bar.scope_ids()
        ctx = self.database.ctx
        self.summary.setText(self.tr("Loading\u2026"))

        def work(_progress, _cancelled):
            from collectdesk.services.inbox.figures import inbox_figures

            return inbox_figures(ctx, period.start, period.end, team_id=team_id, branch_id=branch_id)

        def done(figures) -> None:
            if generation == self._generation:
                self.show_figures(figures)

        def failed(exc) -> None:
            if generation == self._generation:
                self.summary.setText(str(exc) if isinstance(exc, DomainError) else
                                     self.tr("The figures could not be read. Try again in a moment."))

        run_task(self, work, on_done=done, on_error=failed)

    def show_figures(self, f) -> None:
        self.figures = f
        self.summary.setText(self.tr(
            "{complaints} complaints ({per_contacts} per 1,000 contacts, {per_accounts} per 1,000 accounts); "
            "average satisfaction {satisfaction} from {answers} answers; acknowledged after {ack} days and "
            "resolved after {resolve} days (median); {overdue} complaints and disputes overdue now.").format(
            complaints=i18n.format_count(f.complaints),
            per_contacts=_rate(_per_thousand(f.complaints, f.contacts)),
            per_accounts=_rate(_per_thousand(f.complaints, f.accounts)),
            satisfaction=_rate(f.satisfaction_average), answers=i18n.format_count(f.satisfaction_count),
            ack=_days(f.ack_median_days), resolve=_days(f.resolve_median_days), overdue=i18n.format_count(f.overdue)))
        self._fill(self.tables["collector"], f.by_collector, lambda g: g.name or self.tr("(not linked)"))
        self._fill(self.tables["team"], f.by_team, lambda g: g.name or self.tr("(no team)"))
        self._fill(self.tables["topic"], f.by_topic, lambda g: topic_label(g.key) if g.key else self.tr("(no topic)"))
        self._fill(self.tables["channel"], f.by_channel,
                   lambda g: feedback_source_label(FeedbackSource(g.key)) if g.key else DASH)
        self.trend.setRowCount(len(f.satisfaction_trend))
        for row, (month, average, answers) in enumerate(f.satisfaction_trend):
            loc = i18n.locale()
            values = (f"{loc.standaloneMonthName(month.month)} {month.year}", _rate(average),
                      i18n.format_count(answers))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.trend.setItem(row, col, item)

    @staticmethod
    def _fill(table: QTableWidget, groups, name) -> None:
        """Most complaints first; people and groups with nothing at all in the period are left out."""
        groups = sorted((g for g in groups if g.complaints or g.contacts or g.accounts),
                        key=lambda g: (-g.complaints, -(g.per_1000_contacts or 0), name(g).casefold()))
        table.setRowCount(len(groups))
        for row, g in enumerate(groups):
            cells = [(name(g), None), (i18n.format_count(g.complaints), g.complaints),
                     (i18n.format_count(g.accounts), g.accounts), (i18n.format_count(g.contacts), g.contacts),
                     (_rate(g.per_1000_accounts), g.per_1000_accounts), (_rate(g.per_1000_contacts), g.per_1000_contacts)]
            for col, (text, _number) in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, item)


def _per_thousand(count: int, base: int):
    from collectdesk.domain import kpis

    return kpis.per_thousand_contacts(count, base)
