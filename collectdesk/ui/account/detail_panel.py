"""AccountDetailPanel: the selected account, its debtor, balances and timeline, and the actions on it.

    panel = AccountDetailPanel(database.ctx)      # or the Database itself
    panel.show_account(account_id)                # None shows the "select an account" page
    panel.account_changed.connect(...)            # emitted with the account id after any successful
                                                  # action (and after a stale edit reloaded it)
    panel.status_message.connect(statusbar.showMessage)
    panel.account_actions()                       # the QActions, for a menu or a toolbar

Loading is synchronous: account_detail() and timeline() are a handful of indexed queries with LIMIT
(see services/account_view.py), a few milliseconds even on a shared server.

Every action opens a window-modal dialog with `open()` (never a nested event loop); the dialog calls the
service and passes the version shown here as `expected_version`. On a stale edit the dialog closes,
this panel shows who changed what (QMessageBox.warning) and reloads with fresh data.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QBoxLayout, QFrame, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QMessageBox, QPushButton, QScrollArea, QSizePolicy, QSplitter,
                               QStackedWidget, QTableView, QVBoxLayout, QWidget)

from collectdesk import i18n
from collectdesk.domain.enums import AccountStatus
from collectdesk.domain.errors import DomainError, StaleEditError
from collectdesk.services import account_view
from collectdesk.services.account_view import AccountDetail
from collectdesk.services.context import ServiceContext
from collectdesk.ui import labels
from collectdesk.ui.account.account_box import AccountBox, BalancesBox
from collectdesk.ui.account.action_dialog import ActionDialog
from collectdesk.ui.account.case_lines import case_lines
from collectdesk.ui.account.chips import FLAG_TONES, Chip, status_tone
from collectdesk.ui.account.debtor_box import DebtorBox
from collectdesk.ui.account.flag_dialog import FlagDialog
from collectdesk.ui.account.flow_layout import flow_container
from collectdesk.ui.account.log_activity_dialog import LogActivityDialog
from collectdesk.ui.account.next_action_dialog import NextActionDialog
from collectdesk.ui.account.note_dialog import NoteDialog
from collectdesk.ui.account.payment_dialog import PaymentDialog
from collectdesk.ui.account.promise_dialog import PromiseDialog
from collectdesk.ui.account.reassign_dialog import ReassignDialog
from collectdesk.ui.account.status_dialog import StatusDialog
from collectdesk.ui.account.timeline_model import COL_AMOUNT, COL_BY, COL_EVENT, COL_WHEN, TimelineModel
from collectdesk.ui.escalations.raise_dialog import EscalateDialog
from collectdesk.ui.icons import icon

TIMELINE_LIMIT = 500
WIDE = 900  # from this width the three boxes stand side by side

# action key -> (icon, dialog class, shortcut)
ACTIONS: dict[str, tuple[str, type[ActionDialog], str]] = {
    "log_activity": ("phone", LogActivityDialog, "Ctrl+Shift+L"),
    "promise": ("promise", PromiseDialog, "Ctrl+Shift+P"),
    "payment": ("payment", PaymentDialog, "Ctrl+Shift+Y"),
    "note": ("note", NoteDialog, "Ctrl+Shift+N"),
    "next_action": ("calendar", NextActionDialog, "Ctrl+Shift+D"),
    "flag": ("flag", FlagDialog, "Ctrl+Shift+G"),
    "reassign": ("reassign", ReassignDialog, "Ctrl+Shift+R"),
    "status": ("status", StatusDialog, "Ctrl+Shift+U"),
    "escalate": ("escalation", EscalateDialog, "Ctrl+Shift+E"),
}

PAGE_EMPTY, PAGE_ERROR, PAGE_DETAIL = range(3)


class AccountDetailPanel(QWidget):
    account_changed = Signal(object)  # uuid.UUID of the account that changed
    status_message = Signal(str)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: ServiceContext = getattr(context, "ctx", context)
        self.account_id: uuid.UUID | None = None
        self.detail: AccountDetail | None = None
        self.load_error: str | None = None
        self.current_dialog: ActionDialog | None = None
        self.setMinimumWidth(420)
        self._relayout = QTimer(self)  # column widths and the splitter, once the layout has settled
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._settle)

        self.pages = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.error_page = QWidget(self)
        self.error_label = QLabel(self.error_page)
        self.error_label.setWordWrap(True)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.retry_button = QPushButton(icon("refresh"), "", self.error_page)
        self.retry_button.clicked.connect(self.reload)
        error_layout = QVBoxLayout(self.error_page)
        error_layout.addStretch(1)
        error_layout.addWidget(self.error_label)
        error_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        error_layout.addStretch(1)
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(self.error_page)
        self.pages.addWidget(self._build_detail_page())
        self._build_actions()
        self.retranslate()
        self.pages.setCurrentIndex(PAGE_EMPTY)

    # ------------------------------------------------------------------ building
    def _build_detail_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)

        # header: account no + status chip, debtor name, flags
        self.account_no = QLabel(page)
        self.account_no.setObjectName("accountNo")
        self.account_no.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.account_no.font())
        font.setBold(True)
        self.account_no.setFont(font)
        self.status_chip = Chip("", "neutral", page)
        self.open_balance = QLabel(page)
        self.open_balance.setObjectName("openBalance")
        self.open_balance.setFont(font)
        self.open_balance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.account_no)
        top.addWidget(self.status_chip)
        top.addStretch(1)
        top.addWidget(self.open_balance)
        self.debtor_name = QLabel(page)
        self.debtor_name.setObjectName("debtorName")
        self.debtor_name.setWordWrap(True)
        self.debtor_name.setTextFormat(Qt.TextFormat.PlainText)
        self.debtor_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.debtor_name.font())
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 1.4)
        self.debtor_name.setFont(big)
        self.flags_widget, self.flags_layout = flow_container(page, 4)
        layout.addLayout(top)
        layout.addWidget(self.debtor_name)
        layout.addWidget(self.flags_widget)
        # an escalation awaiting a decision, the running payment plan with how it stands today, and what the
        # account's last approved escalation created (its plan, settlement or write-offs)
        self.case_line = QLabel(page)
        self.case_line.setObjectName("caseLine")
        self.case_line.setWordWrap(True)
        self.case_line.setTextFormat(Qt.TextFormat.PlainText)
        self.case_line.hide()
        layout.addWidget(self.case_line)

        # actions
        self.actions_widget, self.actions_layout = flow_container(page, 4)
        layout.addWidget(self.actions_widget)
        line = QFrame(page)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)

        # boxes (scrollable) over the timeline
        self.debtor_box = DebtorBox(page)
        self.account_box = AccountBox(page)
        self.balances_box = BalancesBox(page)
        boxes = QWidget(page)
        self.boxes_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, boxes)
        self.boxes_layout.setContentsMargins(0, 0, 0, 0)
        for box in (self.debtor_box, self.account_box, self.balances_box):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._wide: bool | None = None
        self.boxes_scroll = QScrollArea(page)
        self.boxes_scroll.setWidget(boxes)
        self.boxes_scroll.setWidgetResizable(True)
        self.boxes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.boxes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.timeline_box = QGroupBox(page)
        self.timeline_model = TimelineModel(self)
        self.timeline_view = QTableView(self.timeline_box)
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_view.setAlternatingRowColors(True)
        self.timeline_view.setWordWrap(False)
        self.timeline_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.timeline_view.verticalHeader().hide()
        self.timeline_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.timeline_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(60)  # size columns from the first rows, not all 500
        self.timeline_empty = QLabel(self.timeline_box)
        self.timeline_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        timeline_layout = QVBoxLayout(self.timeline_box)
        timeline_layout.setContentsMargins(4, 4, 4, 4)
        timeline_layout.addWidget(self.timeline_view)
        timeline_layout.addWidget(self.timeline_empty)

        self.splitter = QSplitter(Qt.Orientation.Vertical, page)
        self.splitter.addWidget(self.boxes_scroll)
        self.splitter.addWidget(self.timeline_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self._arrange_boxes(False)
        return page

    def _build_actions(self) -> None:
        self.actions: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        for key, (icon_name, dialog_cls, shortcut) in ACTIONS.items():
            action = QAction(icon(icon_name), "", self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # works while the queue table has focus
            action.triggered.connect(self._opener(dialog_cls))
            self.addAction(action)
            button = QPushButton(icon(icon_name), "", self.actions_widget)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            self.actions_layout.addWidget(button)
            self.actions[key] = action
            self.buttons[key] = button

    def account_actions(self) -> list[QAction]:
        return list(self.actions.values())

    # ------------------------------------------------------------------ loading
    def show_account(self, account_id: uuid.UUID | None) -> None:
        self.account_id = account_id
        if account_id is None:
            self.detail = None
            self.load_error = None
            self.timeline_model.set_entries([])
            self.debtor_box.set_debtor(None)
            self.pages.setCurrentIndex(PAGE_EMPTY)
            self._update_actions()
            return
        self.reload()

    def reload(self) -> None:
        if self.account_id is None:
            return
        try:
            detail = account_view.account_detail(self.ctx, self.account_id)
            entries = account_view.timeline(self.ctx, self.account_id, limit=TIMELINE_LIMIT)
        except DomainError as exc:
            self.detail = None
            self.load_error = exc.message
            self.timeline_model.set_entries([])
            self.debtor_box.set_debtor(None)
            self._render_error()
            self.pages.setCurrentIndex(PAGE_ERROR)
            self._update_actions()
            return
        self.load_error = None
        self.detail = detail
        self.timeline_model.set_entries(entries)
        self._render()
        self.pages.setCurrentIndex(PAGE_DETAIL)
        self._relayout.start()  # column widths once the page is laid out
        self._update_actions()

    def _render(self) -> None:
        d = self.detail
        if d is None:
            return
        self.account_no.setText(d.account_no)
        self.open_balance.setText(self.tr("Open {amount}").format(
            amount=i18n.format_money(d.balances.open, d.currency)))
        self.status_chip.setText(labels.status_label(d.status))
        self.status_chip.set_tone(status_tone(d.status))
        self.debtor_name.setText(d.debtor.name)
        self.flags_layout.clear()
        for flag in d.debtor.flags:
            chip = Chip(labels.flag_label(flag.flag), FLAG_TONES.get(flag.flag, "neutral"), self.flags_widget)
            chip.setObjectName(f"flag_{flag.flag.value}")
            tip = self.tr("Set by {who} on {date}").format(who=flag.set_by, date=i18n.format_datetime(flag.set_at))
            if flag.note:
                tip += "\n" + flag.note
            chip.setToolTip(tip)
            self.flags_layout.addWidget(chip)
        self.flags_widget.setVisible(bool(d.debtor.flags))
        self.flags_widget.updateGeometry()
        lines = case_lines(d, outcome=d.outcome)
        self.case_line.setText("\n".join(lines))
        self.case_line.setVisible(bool(lines))
        self.debtor_box.set_debtor(d.debtor)
        self.account_box.set_detail(d)
        self.balances_box.set_detail(d)
        n = self.timeline_model.rowCount()
        if n >= TIMELINE_LIMIT:
            self.timeline_box.setTitle(self.tr("Timeline (the newest %n entries)", "", n))
        else:
            self.timeline_box.setTitle(self.tr("Timeline"))
        self.timeline_view.setVisible(n > 0)
        self.timeline_empty.setVisible(n == 0)

    def _render_error(self) -> None:
        self.error_label.setText(self.tr("The account could not be loaded.\n{reason}").format(
            reason=self.load_error or ""))

    def _size_timeline_columns(self) -> None:
        """When, amount and who fit their contents; what happened gets what it needs up to a limit, and
        in a narrow panel what is left after when and amount (who and details are then a scroll away)."""
        view = self.timeline_view
        for col in (COL_WHEN, COL_AMOUNT, COL_BY):
            view.resizeColumnToContents(col)
        wanted = min(max(view.sizeHintForColumn(COL_EVENT), 160), 380)
        room = view.viewport().width() - view.columnWidth(COL_WHEN) - view.columnWidth(COL_AMOUNT)
        if room < wanted + view.columnWidth(COL_BY) + 120:  # narrow: keep the amount in sight
            wanted = max(160, room)
        view.setColumnWidth(COL_EVENT, wanted)  # details, the last column, stretches

    def _arrange_boxes(self, wide: bool) -> None:
        """Side by side when wide (debtor, account, balances); stacked when narrow, balances first."""
        if wide == self._wide:
            return
        self._wide = wide
        for box in (self.debtor_box, self.account_box, self.balances_box):
            self.boxes_layout.removeWidget(box)
        if wide:
            self.boxes_layout.setDirection(QBoxLayout.Direction.LeftToRight)
            order = (self.debtor_box, self.account_box, self.balances_box)
        else:
            self.boxes_layout.setDirection(QBoxLayout.Direction.TopToBottom)
            order = (self.balances_box, self.debtor_box, self.account_box)
        for box in order:
            self.boxes_layout.addWidget(box, 1, Qt.AlignmentFlag.AlignTop)
        self._relayout.start()

    def _settle(self) -> None:
        self._fit_splitter()
        if self.detail is not None:
            self._size_timeline_columns()

    def _fit_splitter(self) -> None:
        """Give the boxes the height they need (up to half the panel); the timeline gets the rest."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        boxes = self.boxes_scroll.widget()
        width = self.boxes_scroll.viewport().width()
        need = (boxes.heightForWidth(width) if boxes.hasHeightForWidth() else -1)
        need = max(need, boxes.minimumSizeHint().height()) + 2
        top = min(need, total // 2)
        self.splitter.setSizes([top, total - top])

    def _update_actions(self) -> None:
        loaded = self.detail is not None
        for key, action in self.actions.items():
            action.setEnabled(loaded)
        if loaded and self.detail.balances.open <= 0:
            self.actions["promise"].setEnabled(False)

    # ------------------------------------------------------------------ actions
    def _opener(self, dialog_cls: type[ActionDialog]) -> Callable[[], None]:
        return lambda: self.open_dialog(dialog_cls)

    def open_dialog(self, dialog_cls: type[ActionDialog]) -> ActionDialog | None:
        """Open an action dialog on the account as shown (window-modal, without blocking)."""
        if self.detail is None:
            return None
        try:
            dialog = dialog_cls(self.ctx, self.detail, self)
        except DomainError as exc:  # a dialog that reads (the collectors list) and the database is gone
            QMessageBox.warning(self, self.tr("CollectDesk"), exc.message)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.stale.connect(self._stale)
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: ActionDialog) -> None:
        if self.current_dialog is dialog:
            self.current_dialog = None

    def _saved(self, dialog: ActionDialog) -> None:
        changed = self.account_id
        self.status_message.emit(self.tr("Saved: {what} on {account}.").format(
            what=dialog.windowTitle(), account=self.detail.account_no if self.detail else ""))
        self.reload()
        self.account_changed.emit(changed)

    def _stale(self, exc: StaleEditError) -> None:
        changed = self.account_id
        account_no = self.detail.account_no if self.detail else ""
        message = exc.message
        if account_no and self.account_id is not None:  # the services name the row by its id
            message = message.replace(str(self.account_id), account_no)
        lines = [message]
        if exc.changes:
            lines.append("")
            for field, old, new in exc.changes:
                lines.append(self.tr("{field}: {old} → {new}").format(
                    field=self._field_name(field), old=self._field_value(field, old),
                    new=self._field_value(field, new)))
        self.reload()
        QMessageBox.warning(self, self.tr("Account {account} was changed by {who}").format(
            account=account_no, who=exc.changed_by or "?"), "\n".join(lines))
        self.account_changed.emit(changed)

    def _field_name(self, field: str) -> str:
        names = {
            "status": self.tr("Status"),
            "balance": self.tr("Balance"),
            "collector_id": self.tr("Collector"),
            "next_action_on": self.tr("Next action"),
            "last_contact_at": self.tr("Last contact"),
            "last_payment_on": self.tr("Last payment"),
            "priority": self.tr("Priority"),
        }
        return names.get(field, field)

    def _field_value(self, field: str, value: str) -> str:
        if not value:
            return "–"
        if field == "status":
            try:
                return labels.status_label(AccountStatus(value))
            except ValueError:
                return value
        if field == "collector_id" and self.detail is not None and str(self.detail.collector_id) == value:
            return self.detail.collector_name or value
        return value

    # ------------------------------------------------------------------ language, size
    def retranslate(self) -> None:
        texts = {
            "log_activity": (self.tr("&Log contact"), self.tr("Log a call, letter, e-mail, SMS or visit")),
            "promise": (self.tr("&Promise"), self.tr("Record a promise to pay")),
            "payment": (self.tr("Pa&yment"), self.tr("Record a payment received")),
            "note": (self.tr("A&dd note"), self.tr("Add a note to the account")),
            "next_action": (self.tr("Next act&ion"), self.tr("Set the date of the next action")),
            "flag": (self.tr("Fla&g"), self.tr("Set or clear a flag on the debtor")),
            "reassign": (self.tr("Re&assign"), self.tr("Give the account to another collector")),
            "status": (self.tr("Stat&us"), self.tr("Change the account's status")),
            "escalate": (self.tr("Escala&te…"), self.tr("Ask a supervisor or senior manager for a decision")),
        }
        for key, (text, tip) in texts.items():
            action, button = self.actions[key], self.buttons[key]
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(text)
            action.setToolTip(self.tr("{action} ({shortcut})").format(action=tip, shortcut=shortcut))
            button.setText(text)
            button.setToolTip(action.toolTip())
        self.empty_label.setText(self.tr("Select an account to see its debtor, balances and history."))
        self.retry_button.setText(self.tr("&Try again"))
        self.timeline_empty.setText(self.tr("Nothing has happened on this account yet."))
        self.timeline_view.setAccessibleName(self.tr("Timeline of the account, newest first"))
        self.actions_widget.setAccessibleName(self.tr("Actions on the account"))
        self.timeline_model.retranslate()
        if self.load_error is not None:
            self._render_error()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange_boxes(self.width() >= WIDE)
        self._relayout.start()
