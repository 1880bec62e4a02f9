"""The inbox's department rules: the SLA per category (acknowledge within N working days, resolve within N
working days or weeks; 0 = no deadline) and the list of topics (the default ones translated, the
department's own shown as typed). Saved together in one transaction (department settings "feedback.sla"
and "feedback.topics"); items received afterwards get their deadlines from the new rules.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSpinBox,
                               QVBoxLayout)

from collectdesk.domain.enums import FeedbackKind
from collectdesk.domain.errors import DomainError
from collectdesk.services.context import ServiceContext
from collectdesk.services.department_settings import DEFAULTS, get_settings, set_settings
from collectdesk.services.inbox.sla import sla_rules
from collectdesk.ui.labels import feedback_kind_label, topic_label

TOPIC_KEY = Qt.ItemDataRole.UserRole


def topic_key(text: str) -> str:
    """A stored key for a typed topic: lower case, words joined by underscores ("Legal threat" -> legal_threat)."""
    return re.sub(r"\W+", "_", text.strip().casefold()).strip("_")[:64]


class InboxRulesDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Inbox rules"))
        rules = sla_rules(ctx)
        sla_box = QGroupBox(self.tr("Deadlines per category (0: no deadline)"), self)
        grid = QGridLayout(sla_box)
        grid.addWidget(QLabel(self.tr("Acknowledge within (working days)"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("Resolve within"), self), 0, 2, 1, 2)
        self.ack: dict[str, QSpinBox] = {}
        self.resolve: dict[str, QSpinBox] = {}
        self.unit: dict[str, QComboBox] = {}
        for row, kind in enumerate(FeedbackKind, start=1):
            rule = rules.get(kind.value, {})
            label = QLabel(feedback_kind_label(kind) + ":", self)
            ack = QSpinBox(self)
            ack.setRange(0, 60)
            ack.setValue(int(rule.get("ack_days") or 0))
            label.setBuddy(ack)
            resolve = QSpinBox(self)
            resolve.setRange(0, 520)
            unit = QComboBox(self)
            unit.addItem(self.tr("working days"), "resolve_days")
            unit.addItem(self.tr("weeks"), "resolve_weeks")
            if rule.get("resolve_days"):
                resolve.setValue(int(rule["resolve_days"]))
                unit.setCurrentIndex(0)
            else:
                resolve.setValue(int(rule.get("resolve_weeks") or 0))
                unit.setCurrentIndex(1)
            for col, widget in enumerate((label, ack, resolve, unit)):
                grid.addWidget(widget, row, col)
            self.ack[kind.value], self.resolve[kind.value], self.unit[kind.value] = ack, resolve, unit

        topics_box = QGroupBox(self.tr("Topics"), self)
        self.topics = QListWidget(self)
        for key in get_settings(ctx, "feedback.topics")["feedback.topics"]:
            self._add_topic_item(key)
        self.new_topic = QLineEdit(self)
        self.new_topic.setPlaceholderText(self.tr("A new topic, e.g. Legal threat"))
        self.add_button = QPushButton(self.tr("&Add topic"), self)
        self.remove_button = QPushButton(self.tr("&Remove topic"), self)
        self.add_button.clicked.connect(self.add_topic)
        self.new_topic.returnPressed.connect(self.add_topic)
        self.remove_button.clicked.connect(self.remove_topic)
        row = QHBoxLayout()
        row.addWidget(self.new_topic, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        topics_layout = QVBoxLayout(topics_box)
        topics_layout.addWidget(self.topics)
        topics_layout.addLayout(row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("Working days skip weekends and the public holidays of the account's country. "
                              "New deadlines apply to items received from now on."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(sla_box)
        layout.addWidget(topics_box, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def _add_topic_item(self, key: str) -> None:
        item = QListWidgetItem(topic_label(key))
        item.setData(TOPIC_KEY, key)
        self.topics.addItem(item)

    def topic_keys(self) -> list[str]:
        return [self.topics.item(i).data(TOPIC_KEY) for i in range(self.topics.count())]

    def add_topic(self) -> None:
        key = topic_key(self.new_topic.text())
        if key and key not in self.topic_keys():
            self._add_topic_item(key)
        self.new_topic.clear()

    def remove_topic(self) -> None:
        row = self.topics.currentRow()
        if row >= 0:
            self.topics.takeItem(row)

    def values(self) -> dict:
        sla = {}
        for kind, ack in self.ack.items():
            unit = self.unit[kind].currentData()
            resolve = self.resolve[kind].value() or None
            sla[kind] = {"ack_days": ack.value() or None, unit: resolve}
        return {"feedback.sla": sla, "feedback.topics": self.topic_keys() or list(DEFAULTS["feedback.topics"])}

    def save(self) -> None:
        try:
            set_settings(self.ctx, self.values())
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.accept()
