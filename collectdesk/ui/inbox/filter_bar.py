"""The inbox's filter bar: search, status, category, channel, collector, branch, received between, unread
only, overdue only. `changed` fires at once for a choice and 250 ms after the last keystroke in the
search field; `inbox_filter()` is the services.inbox.items.InboxFilter for what is chosen.

The choices wrap onto a second line when the pane is narrow (long German labels).
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from collectdesk.domain.enums import OPEN_FEEDBACK, FeedbackKind, FeedbackSource, FeedbackStatus
from collectdesk.services.inbox.items import InboxFilter
from collectdesk.ui import labels
from collectdesk.ui.account.action_dialog import fill_combo
from collectdesk.ui.account.date_edit import DateEdit
from collectdesk.ui.account.flow_layout import FlowLayout
from collectdesk.ui.icons import icon

ANY = None
OPEN = "open"
EARLIEST = date(2000, 1, 1)
SEARCH_DELAY_MS = 250


class InboxFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._quiet = False
        self._collectors: list[tuple[uuid.UUID, str]] = []
        self._branches: list[tuple[uuid.UUID, str]] = []

        self.search = QLineEdit(self)
        self.search.setObjectName("inbox_search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(220)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.unread = QCheckBox(self)
        self.overdue = QCheckBox(self)

        self.status, self.status_label = QComboBox(self), QLabel(self)
        self.kind, self.kind_label = QComboBox(self), QLabel(self)
        self.source, self.source_label = QComboBox(self), QLabel(self)
        self.collector, self.collector_label = QComboBox(self), QLabel(self)
        self.branch, self.branch_label = QComboBox(self), QLabel(self)
        self.received_from, self.received_label = DateEdit(EARLIEST, self), QLabel(self)
        self.received_to, self.to_label = DateEdit(date.today(), self), QLabel(self)
        for edit in (self.received_from, self.received_to):
            edit.set_range(EARLIEST, None)
        self.received_to.setDate(self.received_to.minimumDate())  # "any": no upper bound until chosen

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.unread)
        top.addWidget(self.overdue)
        self.choices = QWidget(self)
        flow = FlowLayout(self.choices, spacing=6)
        pairs = ((self.status_label, self.status), (self.kind_label, self.kind), (self.source_label, self.source),
                 (self.collector_label, self.collector), (self.branch_label, self.branch),
                 (self.received_label, self.received_from), (self.to_label, self.received_to))
        for label, field in pairs:
            label.setBuddy(field)
            cell = QWidget(self.choices)
            row = QHBoxLayout(cell)
            row.setContentsMargins(0, 0, 6, 0)
            row.setSpacing(4)
            row.addWidget(label)
            row.addWidget(field)
            flow.addWidget(cell)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.choices)

        for combo in (self.status, self.kind, self.source, self.collector, self.branch):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._emit)
        for edit in (self.received_from, self.received_to):
            edit.dateChanged.connect(self._emit)
        self.unread.toggled.connect(self._emit)
        self.overdue.toggled.connect(self._emit)
        chain = [self.search, self.unread, self.overdue] + [f for _l, f in pairs]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    # ---- choices from the database ------------------------------------------------------------
    def set_people(self, collectors: list[tuple[uuid.UUID, str]], branches: list[tuple[uuid.UUID, str]]) -> None:
        self._collectors, self._branches = list(collectors), list(branches)
        self._quiet = True
        try:
            self._fill_people()
        finally:
            self._quiet = False

    def _fill_people(self) -> None:
        fill_combo(self.collector, [(ANY, self.tr("Any collector"))] + self._collectors)
        fill_combo(self.branch, [(ANY, self.tr("Any branch"))] + self._branches)

    # ---- the filter ---------------------------------------------------------------------------
    def inbox_filter(self) -> InboxFilter:
        status = self.status.currentData()
        statuses = tuple(sorted(OPEN_FEEDBACK)) if status == OPEN else ((FeedbackStatus(status),) if status else ())
        kind, source = self.kind.currentData(), self.source.currentData()
        return InboxFilter(
            statuses=statuses,
            kinds=(FeedbackKind(kind),) if kind else (),
            sources=(FeedbackSource(source),) if source else (),
            staff_id=self.collector.currentData(),
            branch_id=self.branch.currentData(),
            received_from=self._date(self.received_from),
            received_to=self._date(self.received_to),
            text=self.search.text().strip(),
            only_unread=self.unread.isChecked(),
            only_overdue=self.overdue.isChecked(),
        )

    @staticmethod
    def _date(edit: DateEdit) -> date | None:
        return None if edit.date() == edit.minimumDate() else edit.value()

    def set_choice(self, combo: QComboBox, value) -> None:
        """Choose the item holding `value` (tests, other panes asking for e.g. the open complaints)."""
        for i in range(combo.count()):
            if combo.itemData(i) == value:
                combo.setCurrentIndex(i)
                return
        raise KeyError(value)

    def clear(self) -> None:
        self._quiet = True
        try:
            self.search.clear()
            self.search_timer.stop()
            for combo in (self.status, self.kind, self.source, self.collector, self.branch):
                combo.setCurrentIndex(0)
            for edit in (self.received_from, self.received_to):
                edit.setDate(edit.minimumDate())
            self.unread.setChecked(False)
            self.overdue.setChecked(False)
        finally:
            self._quiet = False
        self.changed.emit()

    def _search_now(self) -> None:
        self.search_timer.stop()
        self._emit()

    def _emit(self, *_args) -> None:
        if not self._quiet:
            self.changed.emit()

    # ---- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._quiet = True
        try:
            self.search.setPlaceholderText(self.tr("Search sender, subject, text, account (Ctrl+F)"))
            self.search.setToolTip(self.tr("Finds the words anywhere in the sender, subject, message text and "
                                           "account number (Ctrl+F)"))
            self.unread.setText(self.tr("&Unread only"))
            self.overdue.setText(self.tr("O&verdue only"))
            self.overdue.setToolTip(self.tr("Items past their acknowledgement or resolution date"))
            self.status_label.setText(self.tr("S&tatus:"))
            self.kind_label.setText(self.tr("Cate&gory:"))
            self.source_label.setText(self.tr("C&hannel:"))
            self.collector_label.setText(self.tr("Co&llector:"))
            self.branch_label.setText(self.tr("&Branch:"))
            self.received_label.setText(self.tr("Rec&eived from:"))
            self.to_label.setText(self.tr("to:", "received from ... to ..."))
            for edit in (self.received_from, self.received_to):
                edit.setSpecialValueText(self.tr("any date"))
            fill_combo(self.status, [(ANY, self.tr("Any status")), (OPEN, self.tr("Open"))]
                       + labels.choices(FeedbackStatus))
            fill_combo(self.kind, [(ANY, self.tr("Any category"))] + labels.choices(FeedbackKind))
            fill_combo(self.source, [(ANY, self.tr("Any channel"))] + labels.choices(FeedbackSource))
            self._fill_people()
        finally:
            self._quiet = False

    def set_open_only(self) -> None:
        """The default view: what still needs work."""
        self._quiet = True
        try:
            self.set_choice(self.status, OPEN)
        finally:
            self._quiet = False

