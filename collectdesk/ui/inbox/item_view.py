"""The right side of the inbox: one item (services.inbox.items.ItemDetail) in full.

Top: the subject, sender, received, channel, category, status, owner and deadlines; the links to the
account (with "Open account"), the debtor and the collector; the suggested matches, each with Confirm.
Below, tabs: the decoded message text, the scanned letter shown in place (PDF or image), the
attachments with Open, and the history of changes from the audit trail.

The view only shows; the pane does the work (`open_account`, `confirm_match`, `open_attachment`,
`preview_wanted` for the bytes of a scan).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QTableWidget, QTableWidgetItem,
                               QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from collectdesk import i18n
from collectdesk.ui import labels
from collectdesk.ui.icons import icon
from collectdesk.ui.inbox.scan_preview import ScanPreview, can_preview


def _size_text(size: int) -> str:
    return i18n.locale().formattedDataSize(size)


def _when(value) -> str:
    return i18n.format_datetime(value) if value is not None else ""


class ItemView(QWidget):
    open_account = Signal(object)  # account id
    confirm_match = Signal(object)  # match id
    open_attachment = Signal(object)  # attachment id
    preview_wanted = Signal(object)  # attachment id whose bytes the preview needs

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = None
        self.previewed: uuid.UUID | None = None

        self.subject = QLabel(self)
        self.subject.setObjectName("item_subject")
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.subject.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.subject.setFont(font)
        self.facts = QFormLayout()
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        self.open_account_button = QPushButton(icon("queue"), "", self)
        self.open_account_button.setObjectName("open_account")
        self.open_account_button.clicked.connect(self._open_account)
        for key in ("from", "received", "category", "status", "owner", "due", "account", "collector"):
            name, value = QLabel(self), QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"fact_{key}")
            self.fact_labels[key] = (name, value)
            if key == "account":
                field = QWidget(self)
                row = QHBoxLayout(field)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(value, 1)
                row.addWidget(self.open_account_button)
                self.facts.addRow(name, field)
            else:
                self.facts.addRow(name, value)

        self.matches_box = QGroupBox(self)
        self.matches_layout = QVBoxLayout(self.matches_box)
        self.matches_layout.setContentsMargins(6, 4, 6, 4)
        self.match_buttons: dict[uuid.UUID, QPushButton] = {}

        self.tabs = QTabWidget(self)
        self.text = QTextBrowser(self)
        self.text.setObjectName("item_text")
        self.text.setOpenExternalLinks(False)
        self.preview = ScanPreview(self)
        self.attachments = QListWidget(self)
        self.attachments.setObjectName("attachments")
        self.attachments.itemActivated.connect(lambda it: self.open_attachment.emit(
            it.data(Qt.ItemDataRole.UserRole)))
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_attachment")
        self.open_button.clicked.connect(self._open_current)
        attach_page = QWidget(self)
        attach = QVBoxLayout(attach_page)
        attach.addWidget(self.attachments, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        attach.addLayout(buttons)
        self.history = QTableWidget(0, 5, self)
        self.history.setObjectName("history")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.setWordWrap(False)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.text, "")
        self.tabs.addTab(self.preview, "")
        self.tabs.addTab(attach_page, "")
        self.tabs.addTab(self.history, "")
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.subject)
        body.addLayout(self.facts)
        body.addWidget(self.matches_box)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.body, 1)
        self.retranslate()
        self.show_item(None)

    # ---- showing ----------------------------------------------------------------------------------
    def show_item(self, item) -> None:
        previous = self.item.id if self.item is not None else None
        self.item = item
        self.body.setVisible(item is not None)
        self.placeholder.setVisible(item is None)
        if item is None:
            self.preview.clear()
            self.previewed = None
            return
        self._fill_facts()
        self._fill_matches()
        self.text.setPlainText(item.body or "")
        self._fill_attachments()
        self._fill_history()
        scan = self.scan_attachment()
        if scan is None and self.tabs.currentIndex() == 1:
            self.tabs.setCurrentIndex(0)  # before disabling it, or the tab widget moves to the next tab
        self.tabs.setTabEnabled(1, scan is not None)
        if scan is None:
            self.preview.clear()
            self.previewed = None
        elif scan[0] != self.previewed:
            self.preview_wanted.emit(scan[0])
            if previous != item.id and not (item.body or "").strip():
                self.tabs.setCurrentIndex(1)  # a letter with only its scan: show the scan

    def scan_attachment(self):
        """The first attachment that can be shown in place (the scanned letter; a PDF or image)."""
        for att in self.item.attachments if self.item is not None else ():
            if can_preview(att[1], att[2]):
                return att
        return None

    def show_preview(self, attachment_id: uuid.UUID, filename: str, media_type: str, data: bytes) -> None:
        self.previewed = attachment_id
        self.preview.show_file(filename, media_type, data)

    def _fill_facts(self) -> None:
        item = self.item
        self.subject.setText(item.subject or self.tr("(no subject)"))
        sender = item.sender_name or ""
        if item.sender_address:
            sender = f"{sender} <{item.sender_address}>" if sender else item.sender_address
        if item.anonymous:
            sender = self.tr("Anonymous")
        elif item.submitted_by_name:
            sender = self.tr("{name} (staff)").format(name=item.submitted_by_name)
        elif item.agency and not sender:
            sender = self.tr("{agency} (reporting agency)").format(agency=item.agency)
        self._set("from", sender or "\u2014")
        self._set("received", self.tr("{when} \u00b7 {channel}").format(
            when=_when(item.received_at), channel=labels.feedback_source_label(item.source)))
        category = labels.feedback_kind_label(item.kind)
        extra = [labels.topic_label(item.topic) if item.topic else "",
                 labels.feedback_severity_label(item.severity) if item.severity else ""]
        if item.satisfaction is not None:
            extra.append(self.tr("satisfaction {score}/5").format(score=item.satisfaction))
        if item.nps is not None:
            extra.append(self.tr("NPS {score}").format(score=item.nps))
        self._set("category", " \u00b7 ".join([category] + [e for e in extra if e]))
        status = labels.feedback_status_label(item.status)
        if item.outcome:
            status = self.tr("{status} ({outcome})").format(status=status,
                                                            outcome=labels.feedback_outcome_label(item.outcome))
        if item.read_at is None:
            status = self.tr("{status}, unread").format(status=status)
        self._set("status", status)
        self._set("owner", item.owner_name or self.tr("nobody yet"))
        due = []
        if item.ack_due_by is not None and item.acknowledged_at is None:
            due.append(self.tr("acknowledge by {date}").format(date=_when(item.ack_due_by)))
        if item.due_by is not None and item.resolved_at is None:
            due.append(self.tr("resolve by {date}").format(date=_when(item.due_by)))
        text = "; ".join(due) or "\u2014"
        value = self.fact_labels["due"][1]
        if getattr(item, "overdue", False):
            text = self.tr("OVERDUE: {dates}").format(dates=text)
            value.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            value.setStyleSheet("")
        self._set("due", text)
        if item.account_no:
            self._set("account", self.tr("{account} \u00b7 {debtor}").format(account=item.account_no,
                                                                             debtor=item.debtor_name or ""))
        elif item.debtor_name:
            self._set("account", self.tr("Debtor {name}, no account").format(name=item.debtor_name))
        else:
            self._set("account", self.tr("not linked"))
        self.open_account_button.setEnabled(item.account_id is not None)
        self._set("collector", item.staff_name or "\u2014")

    def _set(self, key: str, text: str) -> None:
        self.fact_labels[key][1].setText(text)

    def _fill_matches(self) -> None:
        while self.matches_layout.count():
            w = self.matches_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.match_buttons.clear()
        matches = list(self.item.matches or ())
        self.matches_box.setVisible(bool(matches))
        for match_id, _account_id, account_no, _debtor_id, debtor_name, reason, matched_text in matches:
            line = QWidget(self.matches_box)
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            what = account_no or debtor_name or ""
            if account_no and debtor_name:
                what = self.tr("{account} \u00b7 {debtor}").format(account=account_no, debtor=debtor_name)
            text = QLabel(self.tr("{what} \u2014 {why}").format(what=what, why=self._reason(reason, matched_text)),
                          line)
            text.setWordWrap(True)
            button = QPushButton(self.tr("Con&firm"), line)
            button.setToolTip(self.tr("Link the item to this account or debtor"))
            button.clicked.connect(lambda _c=False, mid=match_id: self.confirm_match.emit(mid))
            row.addWidget(text, 1)
            row.addWidget(button)
            self.matches_layout.addWidget(line)
            self.match_buttons[match_id] = button

    def _reason(self, reason: str, matched_text: str | None) -> str:
        found = matched_text or ""
        if reason == "sender_address":
            return self.tr("the sender's address {text} is the debtor's").format(text=found)
        if reason == "account_no_subject":
            return self.tr("the subject names account {text}").format(text=found)
        if reason == "account_no_body":
            return self.tr("the text names account {text}").format(text=found)
        return self.tr("found \u201c{text}\u201d").format(text=found) if found else reason

    def _fill_attachments(self) -> None:
        self.attachments.clear()
        for att in self.item.attachments:
            entry = QListWidgetItem(icon("attachment"), self.tr("{name} ({size})").format(
                name=att[1], size=_size_text(att[3])), self.attachments)
            entry.setData(Qt.ItemDataRole.UserRole, att[0])
            entry.setToolTip(att[2])
        if self.attachments.count():
            self.attachments.setCurrentRow(0)
        self.open_button.setEnabled(self.attachments.count() > 0)
        self.tabs.setTabText(2, self.tr("&Attachments ({n})").format(n=i18n.format_count(self.attachments.count())))

    def _fill_history(self) -> None:
        rows = list(self.item.history or ())
        self.history.setRowCount(len(rows))
        for n, (when, who, field, old, new) in enumerate(rows):
            for col, text in enumerate((_when(when), who or "", field or "", old or "", new or "")):
                cell = QTableWidgetItem(str(text))
                cell.setToolTip(str(text))
                self.history.setItem(n, col, cell)

    def _open_account(self) -> None:
        if self.item is not None and self.item.account_id is not None:
            self.open_account.emit(self.item.account_id)

    def _open_current(self) -> None:
        current = self.attachments.currentItem()
        if current is not None:
            self.open_attachment.emit(current.data(Qt.ItemDataRole.UserRole))

    # ---- texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        names = {"from": self.tr("From:"), "received": self.tr("Received:"), "category": self.tr("Category:"),
                 "status": self.tr("Status:"), "owner": self.tr("Owner:"), "due": self.tr("Deadlines:"),
                 "account": self.tr("Account:"), "collector": self.tr("Collector:")}
        for key, text in names.items():
            self.fact_labels[key][0].setText(text)
        self.open_account_button.setText(self.tr("Open a&ccount"))
        self.open_account_button.setToolTip(self.tr("Show the linked account in the Queues pane"))
        self.matches_box.setTitle(self.tr("Suggested links \u2014 confirm the right one"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the attachment with the program your computer uses for it"))
        self.tabs.setTabText(0, self.tr("&Message"))
        self.tabs.setTabText(1, self.tr("Sca&n"))
        self.tabs.setTabText(3, self.tr("&History"))
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Field"),
                                                self.tr("Before"), self.tr("After")])
        self.placeholder.setText(self.tr("Choose an item in the list to read it here."))
        if self.item is not None:
            self.show_item(self.item)
        else:
            self.tabs.setTabText(2, self.tr("&Attachments"))

