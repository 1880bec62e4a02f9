"""The main window: navigation, menus and shortcuts, status bar, remembered window state."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMainWindow, QSplitter, QStackedWidget, QToolBar

from collectdesk import APP_NAME, i18n
from collectdesk.services.database import Database
from collectdesk.store.engine import is_sqlite
from collectdesk.ui.icons import icon
from collectdesk.ui.pane import Pane
from collectdesk.ui.settings import AppSettings

LANGUAGE_NAMES = {"en": "English", "it": "Italiano", "pl": "Polski", "de": "Deutsch"}


class MainWindow(QMainWindow):
    def __init__(self, database: Database, settings: AppSettings | None = None, *, restore_state: bool = True):
        super().__init__()
        self.settings = settings or AppSettings()
        self.database = database
        self.panes: list[Pane] = []
        self.setWindowIcon(icon("app"))

        self.nav = QListWidget(self)
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setMinimumWidth(150)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.stack = QStackedWidget(self)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 1200])
        self.setCentralWidget(self.splitter)

        self._make_actions()
        self._make_menus()
        self.db_label, self.user_label, self.lang_label = QLabel(self), QLabel(self), QLabel(self)
        for w in (self.db_label, self.user_label, self.lang_label):
            self.statusBar().addPermanentWidget(w)
        self._build_panes()
        self.retranslate()
        self.resize(1400, 860)
        if restore_state:
            self._restore()

    # ---- actions and menus ----------------------------------------------------------------
    def _action(self, icon_name: str | None, shortcut, slot) -> QAction:
        action = QAction(self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.act_choose_db = self._action("database", QKeySequence.StandardKey.Open, self.choose_database)
        self.act_export = self._action("export", "Ctrl+E", self.export_queue)
        self.act_journal = self._action("report", None, self.export_journal)
        self.act_print_report = self._action("print", QKeySequence.StandardKey.Print, self.print_report)
        self.act_quit = self._action(None, QKeySequence.StandardKey.Quit, self.close)
        self.act_find = self._action("search", QKeySequence.StandardKey.Find, self.find)
        self.act_refresh = self._action("refresh", QKeySequence.StandardKey.Refresh, self.refresh)
        self.act_refresh.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+R")])
        self.act_settings = self._action("settings", QKeySequence.StandardKey.Preferences, self.open_settings)
        self.act_settings.setShortcuts([QKeySequence("Ctrl+,")])
        self.act_about = self._action(None, None, self.about)
        self.act_scan = self._action("compliance", None, self.run_compliance_scan)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.act_choose_db)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_export)
        self.file_menu.addAction(self.act_journal)
        self.file_menu.addAction(self.act_print_report)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.act_find)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.act_refresh)
        self.view_menu.addSeparator()
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addAction(self.act_scan)
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.act_settings)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.act_about)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (self.act_refresh, self.act_find, self.act_export, self.act_settings):
            self.toolbar.addAction(a)
        self.addToolBar(self.toolbar)

    # ---- panes -----------------------------------------------------------------------------
    def _build_panes(self) -> None:
        from collectdesk.ui.compliance.compliance_pane import CompliancePane
        from collectdesk.ui.dashboard.dashboard_pane import DashboardPane
        from collectdesk.ui.escalations.escalations_pane import EscalationsPane
        from collectdesk.ui.inbox.inbox_pane import InboxPane
        from collectdesk.ui.portfolios.portfolios_pane import PortfoliosPane
        from collectdesk.ui.queues.queue_pane import QueuePane
        from collectdesk.ui.reports.reports_pane import ReportsPane
        from collectdesk.ui.scorecards.scorecard_pane import ScorecardPane
        from collectdesk.ui.staff.staff_pane import StaffPane
        from collectdesk.ui.targets.targets_pane import TargetsPane
        from collectdesk.ui.training.training_pane import TrainingPane

        for pane in self.panes:
            self.stack.removeWidget(pane)
            pane.deleteLater()
        self.panes = []
        self.nav.clear()
        for old in getattr(self, "pane_actions", []):
            self.view_menu.removeAction(old)
        self.dashboard = DashboardPane(self.database, self)
        self.queues = QueuePane(self.database, self, settings=self.settings)
        self.inbox = InboxPane(self.database, self)
        self.escalations = EscalationsPane(self.database, self)
        self.portfolios = PortfoliosPane(self.database, self)
        self.scorecards = ScorecardPane(self.database, self, settings=self.settings)
        self.staff = StaffPane(self.database, self)
        self.training = TrainingPane(self.database, self)
        self.targets = TargetsPane(self.database, self)
        self.compliance = CompliancePane(self.database, self)
        self.reports = ReportsPane(self.database, self, settings=self.settings)
        self.pane_actions = []
        for n, pane in enumerate((self.dashboard, self.queues, self.inbox, self.escalations, self.portfolios,
                                  self.scorecards, self.staff, self.training, self.targets, self.compliance,
                                  self.reports), start=1):
            self.panes.append(pane)
            self.stack.addWidget(pane)
            self.nav.addItem(QListWidgetItem(icon(pane.icon_name), ""))
            pane.open_queue.connect(self.open_queue)
            pane.open_account.connect(self.open_account)
            pane.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            if hasattr(pane, "open_pane"):
                pane.open_pane.connect(self.open_pane)
            if hasattr(pane, "open_staff"):
                pane.open_staff.connect(self.open_staff)
            # Ctrl+1 ... Ctrl+9, then Ctrl+0 for the tenth pane (Compliance). The digits are used up: Reports,
            # the eleventh, is reached from the navigation, the View menu and File > Print report (Ctrl+P);
            # Ctrl+Shift+R is the queue's Reassign.
            action = self._action(pane.icon_name, f"Ctrl+{n % 10}" if n <= 10 else None,
                                  lambda _c=False, i=n - 1: self.nav.setCurrentRow(i))
            self.pane_actions.append(action)
            self.view_menu.addAction(action)
        self.nav.setCurrentRow(0)
        self._update_status()

    def pane(self) -> Pane:
        return self.panes[self.stack.currentIndex()]

    def open_queue(self, what) -> None:
        kind, key = what if isinstance(what, tuple) else ("filter", what)
        self.nav.setCurrentRow(self.panes.index(self.queues))
        if kind == "builtin":
            self.queues.open_builtin(key)
        elif kind == "aging":
            from collectdesk.domain.aging import AgingBucket
            from collectdesk.services.queues import QueueFilter
            from collectdesk.ui.queues.value_text import aging_label

            self.queues.open_filter(QueueFilter(aging=(key,)),
                                    self.tr("Aging: {bucket}").format(bucket=aging_label(AgingBucket(key))))
        else:
            self.queues.open_filter(key)

    def open_account(self, account_id) -> None:
        self.nav.setCurrentRow(self.panes.index(self.queues))
        self.queues.show_account(account_id)

    def open_staff(self, staff_id) -> None:
        """Show a staff member's page (their scorecard history, evaluations and training)."""
        self.nav.setCurrentRow(self.panes.index(self.staff))
        self.staff.show_staff(staff_id)

    def open_pane(self, name: str) -> None:
        for i, pane in enumerate(self.panes):
            if getattr(pane, "pane_name", None) == name:
                self.nav.setCurrentRow(i)
                return
        self.statusBar().showMessage(self.tr("That part of CollectDesk is not available yet."), 6000)

    # ---- commands --------------------------------------------------------------------------
    def find(self) -> None:
        self.pane().focus_search()

    def refresh(self) -> None:
        self.pane().refresh()

    def export_queue(self) -> None:
        self.nav.setCurrentRow(self.panes.index(self.queues))
        self.queues.export()

    def run_compliance_scan(self) -> None:
        """Tools > Run compliance scan: the Compliance pane, with the scan running (progress and Cancel)."""
        self.nav.setCurrentRow(self.panes.index(self.compliance))
        self.compliance.run_scan()

    def print_report(self) -> None:
        """File > Print report: the Reports pane, and the print dialog for the report it shows."""
        self.nav.setCurrentRow(self.panes.index(self.reports))
        if self.reports.page_count():
            self.reports.print_current()
        else:
            self.statusBar().showMessage(self.tr("Generate a report first, or reopen one from the archive, "
                                                 "then print it."), 8000)

    def export_journal(self) -> None:
        """The write-offs of a period as journal lines for accounting (XLSX or CSV)."""
        from collectdesk.ui.portfolios.journal_dialog import JournalExportDialog

        JournalExportDialog(self.database, self).exec()

    def open_settings(self) -> None:
        from collectdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.database.label, self)
        dialog.database_chosen.connect(self.switch_database)
        if dialog.exec():
            i18n.install(self.settings.language or None)  # LanguageChange reaches every widget (posted)
            self.retranslate()

    def choose_database(self) -> None:
        from collectdesk.ui.database_dialog import DatabaseDialog

        dialog = DatabaseDialog(self)
        if dialog.exec() and dialog.choice is not None:
            self.switch_database(dialog.choice)

    def switch_database(self, choice) -> None:
        from collectdesk.ui.startup import open_choice
        from collectdesk.ui.upgrade_notice import tell_if_upgraded

        def opened(database: Database) -> None:
            self.queues.save_state()
            self.scorecards.save_state()
            old = self.database
            self.database = database
            self.settings.database = choice.location
            self._build_panes()
            self.retranslate()
            old.close()
            tell_if_upgraded(self, database, self.statusBar())

        open_choice(self, choice, opened)

    def about(self) -> None:
        """Help > About: versions, the database and its schema, and where the data, settings and log are."""
        from collectdesk.ui.about_dialog import AboutDialog

        AboutDialog(self.database, self.settings, self).exec()

    # ---- text and state --------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(f"{APP_NAME} \u2014 {self.database.label}")
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.act_choose_db.setText(self.tr("&Database\u2026"))
        self.act_export.setText(self.tr("&Export queue\u2026"))
        self.act_journal.setText(self.tr("Export write-off &journal\u2026"))
        self.act_print_report.setText(self.tr("&Print report\u2026"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_find.setText(self.tr("&Find"))
        self.act_refresh.setText(self.tr("&Refresh"))
        self.act_settings.setText(self.tr("&Settings\u2026"))
        self.act_about.setText(self.tr("&About CollectDesk"))
        self.act_scan.setText(self.tr("Run &compliance scan"))
        for i, pane in enumerate(self.panes):
            self.nav.item(i).setText(pane.title())
            self.pane_actions[i].setText(pane.title())
        self._fit_nav()
        self._update_status()

    def _fit_nav(self) -> None:
        """The pane list is as wide as its longest title in this language ("Leistungsübersichten")."""
        needed = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 12
        self.nav.setMinimumWidth(max(150, needed))
        self.nav.setMaximumWidth(max(220, needed + 60))
        if self.splitter.sizes()[0] < needed:
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([needed, max(total - needed, 1)])

    def _update_status(self) -> None:
        kind = self.tr("Local file") if is_sqlite(self.database.url) else self.tr("Shared server")
        self.db_label.setText(f"{kind}: {self.database.label}")
        self.db_label.setToolTip(self.database.label)
        self.user_label.setText(self.tr("User: {name}").format(name=self.settings.user_name or self.database.ctx.actor))
        self.lang_label.setText(LANGUAGE_NAMES.get(i18n.current_language(), "English"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _restore(self) -> None:
        geometry = self.settings.load_bytes("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.load_bytes("state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.load_bytes("main_splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        page = self.settings._get("window/page", 0, int)
        if 0 <= page < len(self.panes):
            self.nav.setCurrentRow(page)

    def save_window_state(self) -> None:
        self.settings.save_bytes("geometry", self.saveGeometry())
        self.settings.save_bytes("state", self.saveState())
        self.settings.save_bytes("main_splitter", self.splitter.saveState())
        self.settings.q.setValue("window/page", self.nav.currentRow())
        self.queues.save_state()
        self.scorecards.save_state()
        self.settings.sync()

    def closeEvent(self, event) -> None:
        self.save_window_state()
        super().closeEvent(event)
