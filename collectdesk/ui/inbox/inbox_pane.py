"""The Feedback inbox pane (issue 5): letters, e-mails, calls, agency data and staff suggestions.

Top: the figures (open, unread, overdue, complaints this month; a click filters), the filter bar
(search with Ctrl+F, status, category, channel, collector, branch, received between, unread only,
overdue only) and the actions (New letter…, Log a call…, New suggestion…, Import e-mail…, Import
agency data…). Below: the list (InboxModel: unread bold, overdue red with its due date, channel icons,
paperclips) beside the item (ItemView: links, suggested matches with Confirm, the text, the scan in
place, attachments with Open, the history). Triage is by keyboard (TriageActions: A L C S R D W O,
Space/Enter, J/K), the keys shown in tooltips and the list's context menu.

Everything that reads runs in the background (run_task): the list when the filter changes (typing
waits 250 ms), the figures, the item, a scan's bytes. Short single-row changes run in the GUI thread
as the account panel's do. Files and folders dropped on the pane are imported as e-mail (InboxImports).
"""

from __future__ import annotations

import logging
import uuid
from datetime import date

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from collectdesk import i18n
from collectdesk.domain.enums import FeedbackKind
from collectdesk.domain.errors import DomainError
from collectdesk.services.database import Database
from collectdesk.ui import labels
from collectdesk.ui.icons import icon
from collectdesk.ui.inbox.figures_strip import FiguresStrip, figure_filters
from collectdesk.ui.inbox.filter_bar import OPEN, InboxFilterBar
from collectdesk.ui.inbox.inbox_imports import InboxImports
from collectdesk.ui.inbox.inbox_model import COLUMNS, ROW_ID_ROLE, InboxModel
from collectdesk.ui.inbox.item_view import ItemView
from collectdesk.ui.inbox.triage_actions import TriageActions
from collectdesk.ui.pane import Pane
from collectdesk.ui.tasks import run_task

log = logging.getLogger(__name__)
LIMIT = 500


class InboxPane(Pane):
    icon_name = "feedback"
    pane_name = "feedback"
    rows_loaded = Signal()
    item_loaded = Signal()
    preview_loaded = Signal()
    figures_loaded = Signal()
    choices_loaded = Signal()  # staff, collectors, branches, topics for the filters and dialogs
    load_failed = Signal(str)

    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(database, parent)
        self._list_generation = 0
        self._item_generation = 0
        self._figures_generation = 0
        self.loaded = False
        self.item = None  # the ItemDetail shown
        self.people: list[tuple[uuid.UUID, str]] = []  # owners: active staff
        self.collectors: list[tuple[uuid.UUID, str]] = []
        self.topics: list[tuple[str, str]] = []
        self._topic_keys: list[str] = []
        self._choices_loaded = False
        self._choices_requested = False
        self.message_box: QMessageBox | None = None
        self.total = 0

        self.figures = FiguresStrip(self)
        self.figures.chosen.connect(self.show_figure)
        self.filter_bar = InboxFilterBar(self)
        self.filter_bar.set_open_only()
        self.filter_bar.changed.connect(self.reload_list)
        self.imports = InboxImports(self)

        self.model = InboxModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("inbox_list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("subject"), QHeaderView.ResizeMode.Stretch)
        # narrow enough that the stretching subject keeps ~200 px at 1440 px wide (measured on the demo)
        for key, width in (("channel", 30), ("received", 120), ("sender", 120), ("category", 82), ("status", 78),
                           ("account", 96), ("collector", 92), ("owner", 80), ("due", 84)):
            self.table.setColumnWidth(COLUMNS.index(key), width)
        header.setMinimumSectionSize(30)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._row_chosen(current.row()))
        self.table.doubleClicked.connect(lambda _i: self.triage.read_next())

        self.view = ItemView(self)
        self.view.open_account.connect(self.open_account)
        self.view.confirm_match.connect(self.confirm_match)
        self.view.open_attachment.connect(self.imports.open_attachment)
        self.view.preview_wanted.connect(self._load_preview)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1150, 400])
        self.triage = TriageActions(self, self.splitter)

        self.status = QLabel(self)
        self.status.setObjectName("inbox_status")
        self.notice = QLabel(self)
        self.notice.setObjectName("inbox_notice")
        self.notice.setWordWrap(True)
        self.keys_hint = QLabel(self)
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setEnabled(False)  # a quiet reminder, greyed

        self.figures_button = QPushButton(icon("scorecard"), "", self)
        self.figures_button.clicked.connect(self.show_figures_dialog)
        top = QHBoxLayout()
        top.addWidget(self.figures, 1)
        top.addWidget(self.figures_button)
        self.rules_button = QPushButton(icon("settings"), "", self)
        self.rules_button.clicked.connect(self.edit_rules)
        top.addWidget(self.rules_button)
        top.addWidget(self.imports.toolbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.keys_hint)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.status)
        layout.addLayout(bottom)
        self.setAcceptDrops(True)
        QWidget.setTabOrder(self.filter_bar.choices, self.table)
        QWidget.setTabOrder(self.table, self.view)
        self.retranslate()

    # ---- Pane ----------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Feedback inbox")

    def show_figures_dialog(self):
        """Complaints per collector, team, topic and channel, satisfaction, response times (a period)."""
        from collectdesk.ui.inbox.figures_dialog import InboxFiguresDialog

        dialog = InboxFiguresDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def edit_rules(self) -> bool:
        """The SLA per category and the topics (department settings)."""
        from collectdesk.ui.inbox.rules_dialog import InboxRulesDialog

        saved = bool(InboxRulesDialog(self.database.ctx, self).exec())
        if saved:
            self.status_message.emit(self.tr("The inbox rules were saved; new items follow them."))
        return saved

    def retranslate(self) -> None:
        self.rules_button.setText(self.tr("R&ules\u2026"))
        self.rules_button.setToolTip(self.tr("Deadlines per category and the list of topics"))
        self.figures_button.setText(self.tr("Fi&gures\u2026"))
        self.figures_button.setToolTip(self.tr("Complaints per collector, team, topic and channel, satisfaction and "
                                               "response times for a period"))
        self.filter_bar.retranslate()
        self.figures.retranslate()
        self.imports.retranslate()
        self.triage.retranslate()
        self.model.retranslate()
        self.view.retranslate()
        self.topics = [(k, labels.topic_label(k)) for k in self._topic_keys]
        self.keys_hint.setText(self.tr("Keys: Space read and next \u00b7 J/K next/previous \u00b7 A assign \u00b7 "
                                       "L link \u00b7 C categorise \u00b7 S status \u00b7 R resolve \u00b7 W acknowledge"
                                       " \u00b7 D dispute flag \u00b7 O open account \u00b7 right-click for all"))
        self.table.setToolTip(self.tr("Drop .eml or .mbox files, or folders of them, here to import them"))
        self._show_status()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._choices_requested:
            self._load_choices()
        if not self.loaded and self._list_generation == 0:
            self.reload_list()

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def refresh(self) -> None:
        """F5: the choices (once), the list, the figures."""
        if not self._choices_requested:
            self._load_choices()
        self.reload_list()

    # ---- loading -------------------------------------------------------------------------------
    def _load_choices(self) -> None:
        self._choices_requested = True
        ctx = self.database.ctx

        def work(_p, _c):
            from collectdesk.services.department_settings import DEFAULTS, setting
            from collectdesk.services.staff import branches, list_staff

            staff = list_staff(ctx)
            topics = setting(ctx, "feedback.topics") or DEFAULTS["feedback.topics"]
            return staff, branches(ctx), list(topics)

        def done(result) -> None:
            if not shiboken6.isValid(self):
                return
            staff, branch_list, topics = result
            from collectdesk.domain.enums import StaffRole

            self._choices_loaded = True
            self.people = [(s.id, s.full_name) for s in staff]
            self.collectors = [(s.id, s.full_name) for s in staff if s.role == StaffRole.COLLECTOR]
            self._topic_keys = topics
            self.topics = [(k, labels.topic_label(k)) for k in topics]
            self.filter_bar.set_people(self.collectors, [(b.id, b.name) for b in branch_list])
            self.choices_loaded.emit()

        run_task(self, work, on_done=done, on_error=lambda exc: self.say(self.error_text(exc)))

    def reload_list(self, keep: uuid.UUID | None = None) -> None:
        self._list_generation += 1
        generation = self._list_generation
        flt = self.filter_bar.inbox_filter()
        keep = keep or self.current_id()
        keep_row = max(self.table.currentIndex().row(), 0)
        ctx = self.database.ctx
        self.status.setText(self.tr("Loading\u2026"))

        def work(_p, cancelled):
            from collectdesk.services.inbox.items import count_items, list_items

            rows = list_items(ctx, flt, limit=LIMIT)
            total = len(rows) if len(rows) < LIMIT else count_items(ctx, flt)
            return rows, total

        def done(result) -> None:
            if generation != self._list_generation or not shiboken6.isValid(self):
                return
            rows, self.total = result
            self.model.set_rows(rows)
            self.loaded = True
            self._show_status()
            row = self.model.row_of(keep) if keep is not None else None
            if row is None and rows:
                row = min(keep_row, len(rows) - 1)
            if row is not None:
                self.table.setCurrentIndex(self.model.index(row, 0))
            else:
                self._row_chosen(-1)
            self.rows_loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation != self._list_generation or not shiboken6.isValid(self):
                return
            message = self.error_text(exc)
            self.status.setText(message)
            self.load_failed.emit(message)

        run_task(self, work, on_done=done, on_error=failed)
        self.reload_figures()

    def reload_figures(self) -> None:
        self._figures_generation += 1
        generation = self._figures_generation
        ctx = self.database.ctx
        filters = figure_filters(date.today())

        def work(_p, _c):
            from collectdesk.services.inbox.items import count_items

            return {key: count_items(ctx, flt) for key, flt in filters.items()}

        def done(values) -> None:
            if generation == self._figures_generation and shiboken6.isValid(self):
                self.figures.set_figures(values)
                self.figures_loaded.emit()

        run_task(self, work, on_done=done, on_error=lambda exc: log.warning("inbox figures: %s", exc))

    def figure_changed(self, key: str, delta: int) -> None:
        value = self.figures.values.get(key)
        if value is not None:
            self.figures.set_figures({key: max(0, value + delta)})

    def show_figure(self, key: str) -> None:
        """A figure was clicked: list what it counts."""
        bar = self.filter_bar
        bar._quiet = True
        try:
            bar.clear()
            if key in ("open", "unread"):
                bar.set_choice(bar.status, OPEN)
            bar.unread.setChecked(key == "unread")
            bar.overdue.setChecked(key == "overdue")
            if key == "complaints":
                bar.set_choice(bar.kind, FeedbackKind.COMPLAINT)
                bar.received_from.set_date(date.today().replace(day=1))
        finally:
            bar._quiet = False
        self.reload_list()

    def _show_status(self) -> None:
        if not self.loaded:
            return
        shown = self.model.rowCount()
        if self.total > shown:
            self.status.setText(self.tr("The newest {shown} of {total} items; narrow the filter to see the rest.")
                                .format(shown=i18n.format_count(shown), total=i18n.format_count(self.total)))
        else:
            self.status.setText(self.tr("%n item(s)", "", shown))

    # ---- the current item ----------------------------------------------------------------------
    def current_row(self):
        return self.model.row_at(self.table.currentIndex().row())

    def current_id(self) -> uuid.UUID | None:
        row = self.current_row()
        return row.id if row is not None else None

    def current_item(self):
        """The ItemDetail shown, when it is the one selected (triage acts on it)."""
        row = self.current_row()
        return self.item if self.item is not None and row is not None and self.item.id == row.id else None

    def move_current(self, step: int) -> None:
        n = self.model.rowCount()
        if not n:
            return
        row = self.table.currentIndex().row()
        target = min(max(row + step, 0), n - 1) if row >= 0 else 0
        self.table.setCurrentIndex(self.model.index(target, 0))

    def _row_chosen(self, row: int) -> None:
        item_id = self.model.index(row, 0).data(ROW_ID_ROLE) if row >= 0 else None
        if item_id is None:
            self.item = None
            self.view.show_item(None)
            self.triage.update_enabled(None)
            return
        self.load_item(item_id)

    def load_item(self, item_id: uuid.UUID) -> None:
        self._item_generation += 1
        generation = self._item_generation
        ctx = self.database.ctx

        def work(_p, _c):
            from collectdesk.services.inbox.items import item_detail

            return item_detail(ctx, item_id)

        def done(detail) -> None:
            if generation != self._item_generation or not shiboken6.isValid(self):
                return
            self.item = detail
            self.view.show_item(detail)
            self.triage.update_enabled(detail)
            self.item_loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._item_generation and shiboken6.isValid(self):
                self.item = None
                self.view.show_item(None)
                self.triage.update_enabled(None)
                self.say(self.error_text(exc))

        run_task(self, work, on_done=done, on_error=failed)

    def _load_preview(self, attachment_id: uuid.UUID) -> None:
        ctx = self.database.ctx
        generation = self._item_generation

        def work(_p, _c):
            from collectdesk.services.inbox.items import attachment

            return attachment(ctx, attachment_id)

        def done(result) -> None:
            if generation == self._item_generation and shiboken6.isValid(self):
                self.view.show_preview(attachment_id, *result)
                self.preview_loaded.emit()

        run_task(self, work, on_done=done, on_error=lambda exc: self.say(self.error_text(exc)))

    def item_changed(self) -> None:
        """A triage change was saved: show the item's new state, the list and the figures."""
        self.reload_list(keep=self.current_id())

    def confirm_match(self, match_id: uuid.UUID) -> None:
        from collectdesk.services.inbox.items import confirm_match

        try:
            confirm_match(self.database.ctx, match_id)
        except DomainError as exc:
            self.show_error(exc)
            return
        self.say(self.tr("Linked."))
        self.item_changed()

    # ---- messages ------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.status_message.emit(text)

    def show_error(self, exc: BaseException) -> None:
        self._message(self.error_text(exc))

    def show_stale(self, exc: BaseException) -> None:
        self._message(self.tr("Someone else changed this item meanwhile, so nothing was saved. It has been "
                              "reloaded: check it and try again."))
        self.item_changed()

    def _message(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Feedback inbox"), text, QMessageBox.StandardButton.Ok,
                          self)
        self.message_box = box
        box.open()

    def error_text(self, exc: BaseException) -> str:
        if isinstance(exc, DomainError):
            return exc.message
        log.error("inbox: unexpected error", exc_info=exc)
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return self.tr("Something went wrong: {error}").format(error=detail)

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.setCurrentIndex(index)
        self.menu = self.triage.context_menu(self)
        self.menu.popup(self.table.viewport().mapToGlobal(pos))

    # ---- drag and drop (InboxImports does the work) -----------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if self.imports.droppable(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = self.imports.droppable(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.imports.import_email(paths)
        else:
            event.ignore()
