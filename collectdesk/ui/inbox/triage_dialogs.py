"""The inbox's triage dialogs: assign an owner (A), categorise (C), change the status (S), resolve (R).
Each calls one service of services.inbox.items with the version the user saw."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from collectdesk.domain.enums import FeedbackKind, FeedbackOutcome, FeedbackSeverity, FeedbackSource, FeedbackStatus
from collectdesk.services.context import ServiceContext
from collectdesk.services.inbox import items as inbox
from collectdesk.ui import labels
from collectdesk.ui.account.action_dialog import fill_combo, find_data
from collectdesk.ui.inbox.item_dialog import InboxItemDialog

SUGGESTION_STATUSES = (FeedbackStatus.RECEIVED, FeedbackStatus.UNDER_REVIEW, FeedbackStatus.ADOPTED,
                       FeedbackStatus.DECLINED)
CUSTOMER_STATUSES = (FeedbackStatus.NEW, FeedbackStatus.ASSIGNED, FeedbackStatus.IN_PROGRESS, FeedbackStatus.WAITING,
                     FeedbackStatus.RESOLVED, FeedbackStatus.CLOSED)


def is_suggestion(item) -> bool:
    return item.source == FeedbackSource.STAFF_SUGGESTION  # the flow follows the channel (services.inbox)


def _select(combo: QComboBox, value) -> None:
    index = find_data(combo, value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _text_edit(parent: QWidget, height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class AssignDialog(InboxItemDialog):
    """Give the item to an owner: who works on it (any active staff member)."""

    def __init__(self, ctx: ServiceContext, item, people: list[tuple[uuid.UUID, str]], parent: QWidget | None = None):
        super().__init__(ctx, item, parent)
        self.people = people
        self.owner, self.owner_label = QComboBox(self), QLabel(self)
        self.owner.setObjectName("owner")
        self.owner.setMinimumContentsLength(24)
        self.add_row(self.owner_label, self.owner)
        self.watch(self.owner.currentIndexChanged)
        self.finish()

    def selected(self) -> uuid.UUID | None:
        return self.owner.currentData()

    def validate(self) -> str | None:
        if not self.people:
            return self.tr("There is nobody to assign it to: add staff members first.")
        if self.selected() is None:
            return self.tr("Choose the owner.")
        if self.selected() == self.item.owner_id:
            return self.tr("It is already assigned to {name}.").format(name=self.item.owner_name)
        return None

    def submit(self) -> None:
        inbox.assign(self.ctx, self.item.id, self.selected(), expected_version=self.item.version)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assign an owner"))
        self.owner_label.setText(self.tr("&Owner:"))
        fill_combo(self.owner, [(None, self.tr("Choose\u2026"))] + list(self.people))
        self.ok_button().setText(self.tr("&Assign"))


class CategoriseDialog(InboxItemDialog):
    """The category (kind), the topic of a complaint and its severity. A new category recomputes the
    deadlines."""

    def __init__(self, ctx: ServiceContext, item, topics: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(ctx, item, parent)
        self.topics = topics
        self.kind, self.kind_label = QComboBox(self), QLabel(self)
        self.topic, self.topic_label = QComboBox(self), QLabel(self)
        self.severity, self.severity_label = QComboBox(self), QLabel(self)
        for combo, name in ((self.kind, "kind"), (self.topic, "topic"), (self.severity, "severity")):
            combo.setObjectName(name)
        self.add_row(self.kind_label, self.kind)
        self.add_row(self.topic_label, self.topic)
        self.add_row(self.severity_label, self.severity)
        self.watch(self.kind.currentIndexChanged, self.topic.currentIndexChanged, self.severity.currentIndexChanged)
        self.finish()
        self._quiet = True
        _select(self.kind, item.kind)
        _select(self.topic, item.topic)
        _select(self.severity, item.severity)
        self._quiet = False
        self.revalidate()

    def changes(self) -> dict:
        out = {}
        if self.kind.currentData() != self.item.kind:
            out["kind"] = self.kind.currentData()
        if self.topic.currentData() != self.item.topic:
            out["topic"] = self.topic.currentData() or ""  # "" clears the topic
        if self.severity.currentData() is not None and self.severity.currentData() != self.item.severity:
            out["severity"] = self.severity.currentData()
        return out

    def validate(self) -> str | None:
        return None if self.changes() else self.tr("Nothing changed yet.")

    def advice(self) -> str | None:
        if "kind" in self.changes():
            return self.tr("A new category sets new acknowledgement and resolution dates.")
        return None

    def submit(self) -> None:
        inbox.categorise(self.ctx, self.item.id, **self.changes(), expected_version=self.item.version)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Categorise"))
        self.kind_label.setText(self.tr("&Category:"))
        self.topic_label.setText(self.tr("&Topic:"))
        self.severity_label.setText(self.tr("&Severity:"))
        fill_combo(self.kind, labels.choices(FeedbackKind))
        fill_combo(self.topic, [(None, self.tr("No topic"))] + list(self.topics))
        unset = [(None, self.tr("Not set"))] if self.item.severity is None else []
        fill_combo(self.severity, unset + labels.choices(FeedbackSeverity))
        self.ok_button().setText(self.tr("&Save"))


class StatusDialog(InboxItemDialog):
    """Move the item along its flow (only the moves the flow allows are offered). A staff suggestion has
    its own (received, under review, adopted, declined) and a reply to the staff member."""

    def __init__(self, ctx: ServiceContext, item, parent: QWidget | None = None):
        super().__init__(ctx, item, parent)
        order = SUGGESTION_STATUSES if is_suggestion(item) else CUSTOMER_STATUSES
        allowed = inbox.allowed_statuses(item.source, item.status)
        self.statuses = [s for s in order if s in allowed]
        self.status, self.status_label = QComboBox(self), QLabel(self)
        self.status.setObjectName("status")
        self.add_row(self.status_label, self.status)
        self.reply, self.reply_label = _text_edit(self, 100), QLabel(self)
        self.reply.setObjectName("reply")
        if is_suggestion(item):
            self.add_row(self.reply_label, self.reply)
            if item.reply:
                self.reply.setPlainText(item.reply)
        else:
            self.reply.hide()
            self.reply_label.hide()
        self.watch(self.status.currentIndexChanged, self.reply.textChanged)
        self.finish()

    def new_reply(self) -> str | None:
        text = self.reply.toPlainText().strip()
        return text if self.reply.isVisibleTo(self) and text and text != (self.item.reply or "") else None

    def validate(self) -> str | None:
        if not self.statuses:
            return self.tr("A {status} item cannot change its status any more.").format(
                status=labels.feedback_status_label(self.item.status))
        if self.status.currentData() is None and self.new_reply() is None:
            return self.tr("Choose the new status.")
        return None

    def submit(self) -> None:
        version = self.item.version
        if self.status.currentData() is not None:
            version = inbox.set_status(self.ctx, self.item.id, self.status.currentData(), expected_version=version)
        reply = self.new_reply()
        if reply is not None:
            inbox.send_reply(self.ctx, self.item.id, reply, expected_version=version)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the status"))
        self.status_label.setText(self.tr("&Status:"))
        self.reply_label.setText(self.tr("Re&ply to the staff member:"))
        keep = self.tr("Keep: {status}").format(status=labels.feedback_status_label(self.item.status))
        fill_combo(self.status, [(None, keep)] + [(s, labels.feedback_status_label(s)) for s in self.statuses])
        self.ok_button().setText(self.tr("&Save"))


class ResolveDialog(InboxItemDialog):
    """Close the case: the outcome, what was done, and the reply sent to the sender."""

    def __init__(self, ctx: ServiceContext, item, parent: QWidget | None = None):
        super().__init__(ctx, item, parent)
        self.outcome, self.outcome_label = QComboBox(self), QLabel(self)
        self.outcome.setObjectName("outcome")
        self.resolution, self.resolution_label = _text_edit(self), QLabel(self)
        self.resolution.setObjectName("resolution")
        self.reply, self.reply_label = _text_edit(self, 120), QLabel(self)
        self.reply.setObjectName("reply")
        self.add_row(self.outcome_label, self.outcome)
        self.add_row(self.resolution_label, self.resolution)
        self.add_row(self.reply_label, self.reply)
        self.watch(self.outcome.currentIndexChanged, self.resolution.textChanged, self.reply.textChanged)
        self.finish()
        if item.resolution:
            self.resolution.setPlainText(item.resolution)
        if item.reply:
            self.reply.setPlainText(item.reply)

    def validate(self) -> str | None:
        if self.outcome.currentData() is None:
            return self.tr("Choose the outcome.")
        if not self.resolution.toPlainText().strip():
            return self.tr("Say what was done (the resolution).")
        return None

    def submit(self) -> None:
        reply = self.reply.toPlainText().strip() or None
        inbox.resolve(self.ctx, self.item.id, outcome=self.outcome.currentData(),
                      resolution=self.resolution.toPlainText().strip(), reply=reply,
                      expected_version=self.item.version)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Resolve"))
        self.outcome_label.setText(self.tr("O&utcome:"))
        self.resolution_label.setText(self.tr("&Resolution:"))
        self.reply_label.setText(self.tr("Re&ply sent:"))
        self.resolution.setPlaceholderText(self.tr("What was found and done"))
        self.reply.setPlaceholderText(self.tr("The answer given to the sender (optional)"))
        fill_combo(self.outcome, [(None, self.tr("Choose\u2026"))] + labels.choices(FeedbackOutcome))
        self.ok_button().setText(self.tr("&Resolve"))
