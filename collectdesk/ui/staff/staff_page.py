"""One staff member's page: the header (name, role, team, branch, language, hire date, active or left)
with Edit…, New… and Mark as left…, and three tabs:

- Scorecard history: the last twelve months of key figures, computed in the background (run_task,
  silent; a newer request supersedes an older one);
- Evaluations: reviews (New review…, Edit review…, Export PDF…) and QA entries (New QA entry…; a
  double-click opens the monitored account), and the criteria (Criteria…);
- Training: collectdesk.ui.training.StaffTrainingWidget;
- Compliance: the collector's compliance findings of the last 90 days with their status
  (collectdesk.ui.compliance.staff_findings; a double-click opens the finding, and from there the account).
"""

from __future__ import annotations

import logging
import uuid
from datetime import date

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from collectdesk import i18n
from collectdesk.domain.errors import DomainError
from collectdesk.services import evaluations, staff
from collectdesk.services.database import Database
from collectdesk.services.staff import StaffRow
from collectdesk.ui import labels
from collectdesk.ui.icons import icon
from collectdesk.ui.staff.qa_list_model import QaListModel
from collectdesk.ui.staff.review_list_model import ReviewListModel
from collectdesk.ui.staff.scorecard_history_model import ScorecardHistoryModel
from collectdesk.ui.staff.staff_dialog import LANGUAGE_NAMES, LeaveDialog, StaffDialog
from collectdesk.ui.tasks import Task, run_task

log = logging.getLogger(__name__)
HISTORY_MONTHS = 12


def table(parent: QWidget, model) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class StaffPage(QWidget):
    staff_changed = Signal(object)  # uuid.UUID: saved, created or marked as left
    open_account = Signal(object)  # uuid.UUID

    def __init__(self, database: Database, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.database = database
        self._today = today
        self.person: StaffRow | None = None
        self._history_task: Task | None = None
        self._generation = 0

        self.name = QLabel(self)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.Bold)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_button, self.edit_button, self.leave_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.new_button.setIcon(icon("add"))
        self.edit_button.setIcon(icon("user"))
        self.edit_button.setShortcut(QKeySequence("Ctrl+E"))
        self.new_button.clicked.connect(self.new_staff)
        self.edit_button.clicked.connect(self.edit_staff)
        self.leave_button.clicked.connect(self.mark_left)
        head_buttons = QHBoxLayout()
        head_buttons.addWidget(self.edit_button)
        head_buttons.addWidget(self.leave_button)
        head_buttons.addStretch(1)
        head_buttons.addWidget(self.new_button)

        # scorecard history
        self.history_model = ScorecardHistoryModel(self)
        self.history_view = table(self, self.history_model)
        self.history_view.setWordWrap(True)
        self.history_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_status = QLabel(self)
        self.history_status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        history = QWidget(self)
        box = QVBoxLayout(history)
        box.addWidget(self.history_status)
        box.addWidget(self.history_view, 1)

        # evaluations
        self.reviews_model = ReviewListModel(self)
        self.reviews_view = table(self, self.reviews_model)
        self.qa_model = QaListModel(self)
        self.qa_view = table(self, self.qa_model)
        self.reviews_label, self.qa_label = QLabel(self), QLabel(self)
        self.reviews_label.setBuddy(self.reviews_view)
        self.qa_label.setBuddy(self.qa_view)
        self.new_review_button, self.edit_review_button = QPushButton(self), QPushButton(self)
        self.export_button, self.new_qa_button = QPushButton(self), QPushButton(self)
        self.criteria_button = QPushButton(self)
        self.export_button.setIcon(icon("print"))
        self.new_review_button.setIcon(icon("add"))
        self.new_qa_button.setIcon(icon("phone"))
        self.criteria_button.setIcon(icon("settings"))
        self.new_review_button.clicked.connect(self.new_review)
        self.edit_review_button.clicked.connect(self.edit_review)
        self.export_button.clicked.connect(self.export_review)
        self.new_qa_button.clicked.connect(self.new_qa_entry)
        self.criteria_button.clicked.connect(self.edit_criteria)
        self.reviews_view.doubleClicked.connect(lambda _i: self.edit_review())
        self.reviews_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.qa_view.doubleClicked.connect(self._qa_double_clicked)
        review_buttons = QHBoxLayout()
        for b in (self.new_review_button, self.edit_review_button, self.export_button):
            review_buttons.addWidget(b)
        review_buttons.addStretch(1)
        review_buttons.addWidget(self.criteria_button)
        qa_buttons = QHBoxLayout()
        qa_buttons.addWidget(self.new_qa_button)
        qa_buttons.addStretch(1)
        evaluations_tab = QWidget(self)
        box = QVBoxLayout(evaluations_tab)
        box.addWidget(self.reviews_label)
        box.addWidget(self.reviews_view, 1)
        box.addLayout(review_buttons)
        box.addWidget(self.qa_label)
        box.addWidget(self.qa_view, 1)
        box.addLayout(qa_buttons)

        # training (another module; missing only in a partial install)
        self.training = self._training_widget()

        self.tabs = QTabWidget(self)
        self.tabs.addTab(history, icon("scorecard"), "")
        self.tabs.addTab(evaluations_tab, icon("note"), "")
        self.tabs.addTab(self.training, icon("training") if _has_icon("training") else icon("report"), "")
        from collectdesk.ui.compliance.staff_findings import StaffFindingsWidget

        self.findings = StaffFindingsWidget(database, self, today=self._today)
        self.findings.open_account.connect(self.open_account)
        self.tabs.addTab(self.findings, icon("compliance"), "")

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addLayout(head_buttons)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self._enable()

    @property
    def today(self) -> date:
        return self._today or date.today()

    @property
    def ctx(self):
        return self.database.ctx

    def _training_widget(self) -> QWidget:
        try:
            from collectdesk.ui.training.staff_training_widget import StaffTrainingWidget
        except ImportError:  # pragma: no cover - the training module ships with the app
            log.warning("training widget not available")
            placeholder = QLabel(self)
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return placeholder
        widget = StaffTrainingWidget(self.database, self, today=self._today)
        return widget

    # ------------------------------------------------------------------ showing a person
    def set_staff(self, staff_id: uuid.UUID | None) -> None:
        if staff_id is None:
            self.person = None
        else:
            try:
                self.person = staff.get_staff(self.ctx, staff_id)
            except DomainError as exc:
                self.person = None
                self.empty.setText(exc.message)
        self._show_person()
        if hasattr(self.training, "set_staff"):
            self.training.set_staff(self.person.id if self.person else None)
        self.reload_evaluations()
        self.reload_history()
        self.findings.set_staff(self.person.id if self.person else None)

    def refresh(self) -> None:
        self.set_staff(self.person.id if self.person else None)
        if hasattr(self.training, "refresh"):
            self.training.refresh()

    def _show_person(self) -> None:
        p = self.person
        self.empty.setVisible(p is None)
        self.tabs.setVisible(p is not None)
        if p is None:
            self.name.clear()
            self.details.clear()
            self._enable()
            return
        self.name.setText(p.full_name)
        language = dict(LANGUAGE_NAMES).get(p.language, p.language)
        parts = [labels.role_label(p.role), p.team or self.tr("no team"), p.branch or self.tr("no branch"), language]
        if p.hire_date:
            parts.append(self.tr("hired on {date}").format(date=i18n.format_date(p.hire_date)))
        if p.active:
            parts.append(self.tr("active"))
        elif p.left_on:
            parts.append(self.tr("left on {date}").format(date=i18n.format_date(p.left_on)))
        else:
            parts.append(self.tr("left"))
        self.details.setText(" · ".join(parts))
        self._enable()

    def _enable(self) -> None:
        has = self.person is not None
        for b in (self.edit_button, self.new_review_button, self.new_qa_button):
            b.setEnabled(has)
        self.leave_button.setEnabled(has and self.person.active)
        selected = self.selected_review() is not None
        self.edit_review_button.setEnabled(selected)
        self.export_button.setEnabled(selected)

    def selected_review(self):
        rows = self.reviews_view.selectionModel().selectedRows() if self.reviews_view.selectionModel() else []
        return self.reviews_model.review_at(rows[0].row()) if rows else None

    def reload_evaluations(self) -> None:
        if self.person is None:
            self.reviews_model.set_rows([])
            self.qa_model.set_rows([])
        else:
            try:
                self.reviews_model.set_rows(evaluations.review_history(self.ctx, self.person.id))
                self.qa_model.set_rows(evaluations.qa_history(self.ctx, self.person.id))
            except DomainError as exc:
                QMessageBox.warning(self, self.tr("Staff"), exc.message)
        if self.reviews_model.rowCount():
            self.reviews_view.selectRow(0)
        self._enable()

    def reload_history(self) -> None:
        self._generation += 1
        generation = self._generation
        if self._history_task is not None and self._history_task.running:
            self._history_task.cancel()
        self.history_model.set_rows([])
        if self.person is None:
            self.history_status.clear()
            return
        self.history_status.setText(self.tr("Loading the last 12 months…"))
        ctx, staff_id, today = self.ctx, self.person.id, self.today

        def work(_progress, cancelled):
            from collectdesk.services.targets import attainment_thresholds

            return (staff.scorecard_history(ctx, staff_id, months=HISTORY_MONTHS, today=today, cancelled=cancelled),
                    attainment_thresholds(ctx))

        def done(result) -> None:
            if generation != self._generation or not shiboken6.isValid(self):
                return
            months, thresholds = result
            self.history_model.set_rows(months, thresholds)
            self.history_status.setText(self.tr("Each month as the Scorecards pane shows it; the current month "
                                                "up to today. Attainment colours follow the department's "
                                                "thresholds."))
            self.history_loaded.emit()

        def failed(exc) -> None:
            if generation != self._generation or not shiboken6.isValid(self):
                return
            if not isinstance(exc, DomainError):
                log.error("scorecard history failed", exc_info=exc)
            self.history_status.setText(exc.message if isinstance(exc, DomainError) else self.tr(
                "The scorecard history could not be read ({error}).").format(error=type(exc).__name__))

        self._history_task = run_task(self, work, on_done=done, on_error=failed)

    history_loaded = Signal()

    # ------------------------------------------------------------------ actions
    def new_staff(self) -> None:
        dialog = StaffDialog(self.ctx, None, self, today=self._today)
        if dialog.exec():
            self.staff_changed.emit(dialog.saved_id)

    def edit_staff(self) -> None:
        if self.person is not None:
            dialog = StaffDialog(self.ctx, self.person, self, today=self._today)
            if dialog.exec():
                self.staff_changed.emit(self.person.id)

    def mark_left(self) -> None:
        if self.person is not None and self.person.active:
            dialog = LeaveDialog(self.ctx, self.person, self, today=self._today)
            if dialog.exec():
                self.staff_changed.emit(self.person.id)

    def review_dialog(self, review_id: uuid.UUID | None = None):
        """The dialog for a new review (or editing `review_id`), not yet shown."""
        from collectdesk.ui.staff.review_dialog import ReviewDialog

        detail = evaluations.get_review(self.ctx, review_id) if review_id else None
        return ReviewDialog(self.ctx, self.person, detail, self, today=self._today)

    def new_review(self) -> None:
        if self.person is not None and self.review_dialog().exec():
            self.reload_evaluations()

    def edit_review(self) -> None:
        summary = self.selected_review()
        if summary is None:
            return
        try:
            dialog = self.review_dialog(summary.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Staff"), exc.message)
            self.reload_evaluations()
            return
        if dialog.exec():
            self.reload_evaluations()

    def qa_dialog(self):
        from collectdesk.ui.staff.qa_entry_dialog import QaEntryDialog

        return QaEntryDialog(self.ctx, self.person, self, today=self._today)

    def new_qa_entry(self) -> None:
        if self.person is not None and self.qa_dialog().exec():
            self.reload_evaluations()
            self.reload_history()

    def export_review(self) -> None:
        summary = self.selected_review()
        if summary is None or self.person is None:
            return
        from collectdesk.ui.staff.review_export_dialog import export_review

        export_review(self, self.ctx, summary.id, self.person.full_name, self.person.language,
                      summary.reviewed_on.isoformat())

    def edit_criteria(self) -> None:
        from collectdesk.ui.staff.criteria_dialog import CriteriaDialog

        CriteriaDialog(self.ctx, self).exec()

    def _qa_double_clicked(self, index) -> None:
        entry = self.qa_model.entry_at(index.row())
        if entry is not None and entry.account_id is not None:
            self.open_account.emit(entry.account_id)

    # ------------------------------------------------------------------ texts
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New…"))
        self.new_button.setToolTip(self.tr("Add a staff member"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.leave_button.setText(self.tr("Mark as &left…"))
        self.tabs.setTabText(0, self.tr("&Scorecard history"))
        self.tabs.setTabText(1, self.tr("E&valuations"))
        self.tabs.setTabText(2, self.tr("&Training"))
        self.tabs.setTabText(3, self.tr("Co&mpliance"))
        self.reviews_label.setText(self.tr("&Reviews"))
        self.qa_label.setText(self.tr("&Call monitoring (QA entries)"))
        self.new_review_button.setText(self.tr("New re&view…"))
        self.edit_review_button.setText(self.tr("&Open review…"))
        self.export_button.setText(self.tr("Export &PDF…"))
        self.new_qa_button.setText(self.tr("New &QA entry…"))
        self.criteria_button.setText(self.tr("Crite&ria…"))
        self.empty.setText(self.tr("Choose a staff member on the left, or add one with New…"))
        if isinstance(self.training, QLabel):
            self.training.setText(self.tr("Training records are not available in this installation."))
        self._show_person()


def _has_icon(name: str) -> bool:
    from importlib import resources

    return (resources.files("collectdesk.resources") / "icons" / f"{name}.svg").is_file()
