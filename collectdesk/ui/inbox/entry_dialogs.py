"""New items typed in by hand: a letter with its scan (previewed before saving), a phone call, a staff
suggestion. Each validates as the user types (OK stays disabled until the form is complete), saves
through one service of services.inbox.entries, and emits `created(item id)`."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout,
                               QWidget)

from collectdesk.domain.enums import FeedbackKind
from collectdesk.domain.errors import DomainError
from collectdesk.services.context import ServiceContext
from collectdesk.services.inbox import entries
from collectdesk.ui import labels
from collectdesk.ui.account.action_dialog import fill_combo
from collectdesk.ui.account.date_edit import DateEdit
from collectdesk.ui.inbox.account_picker import AccountPicker
from collectdesk.ui.inbox.scan_preview import ScanPreview

log = logging.getLogger(__name__)
CUSTOMER_KINDS = [k for k in FeedbackKind if k not in (FeedbackKind.SUGGESTION, FeedbackKind.SURVEY)]


def _text(parent: QWidget, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class EntryDialog(QDialog):
    created = Signal(object)  # the new item's id

    def __init__(self, ctx: ServiceContext, topics: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.topics = topics
        self.created_id: uuid.UUID | None = None
        self.error_text: str | None = None
        self._touched = False
        self.setSizeGripEnabled(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("validationMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fields: list[QWidget] = []

    def add_row(self, label: QLabel, field: QWidget) -> None:
        label.setBuddy(field)
        self.form.addRow(label, field)
        self._fields.append(field)

    def watch(self, *signals) -> None:
        for signal in signals:
            signal.connect(self._edited)

    def finish(self, side: QWidget | None = None) -> None:
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self.message)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        if side is not None:
            body.addWidget(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        chain = [*self._fields, self.save_button(), self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.retranslate()
        self.revalidate()
        if self._fields:
            self._fields[0].setFocus()

    def save_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def kind_combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName("kind")
        return combo

    def fill_common(self, kind: QComboBox | None, topic: QComboBox) -> None:
        if kind is not None:
            fill_combo(kind, [(k, labels.feedback_kind_label(k)) for k in CUSTOMER_KINDS])
        fill_combo(topic, [(None, self.tr("No topic"))] + list(self.topics))

    def _edited(self, *_args) -> None:
        self._touched = True
        self.error_text = None
        self.revalidate()

    def revalidate(self) -> None:
        problem = self.validate()
        self.save_button().setEnabled(problem is None)
        text = self.error_text or (problem if self._touched else None) or ""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def validate(self) -> str | None:
        return None

    def submit(self) -> uuid.UUID:
        raise NotImplementedError

    def accept(self) -> None:
        if self.validate() is not None:
            self._touched = True
            self.revalidate()
            return
        try:
            self.created_id = self.submit()
        except DomainError as exc:
            self.error_text = exc.message
            self.revalidate()
            return
        except Exception as exc:
            log.exception("inbox entry failed")
            self.error_text = self.tr("This could not be saved because of an unexpected error ({error}). "
                                      "Nothing was saved.").format(error=type(exc).__name__)
            self.revalidate()
            return
        super().accept()
        self.created.emit(self.created_id)

    def retranslate(self) -> None:
        pass


class LetterDialog(EntryDialog):
    def __init__(self, ctx: ServiceContext, collectors, topics, parent: QWidget | None = None):
        super().__init__(ctx, topics, parent)
        self.collectors = collectors
        self.received, self.received_label = DateEdit(None, self), QLabel(self)
        self.received.set_range(None, datetime.now().date())
        self.sender, self.sender_label = QLineEdit(self), QLabel(self)
        self.sender.setObjectName("sender")
        self.address, self.address_label = _text(self, 48), QLabel(self)
        self.subject, self.subject_label = QLineEdit(self), QLabel(self)
        self.subject.setObjectName("subject")
        self.body, self.body_label = _text(self, 80), QLabel(self)
        self.kind, self.kind_label = self.kind_combo(), QLabel(self)
        self.topic, self.topic_label = QComboBox(self), QLabel(self)
        self.account, self.account_label = AccountPicker(ctx, self), QLabel(self)
        self.collector, self.collector_label = QComboBox(self), QLabel(self)
        self.scan_path: Path | None = None
        self.scan_button, self.scan_label = QPushButton(self), QLabel(self)
        self.scan_button.setObjectName("choose_scan")
        self.scan_button.clicked.connect(self.choose_scan)
        for label, field in ((self.received_label, self.received), (self.sender_label, self.sender),
                             (self.address_label, self.address), (self.subject_label, self.subject),
                             (self.body_label, self.body), (self.kind_label, self.kind),
                             (self.topic_label, self.topic), (self.account_label, self.account),
                             (self.collector_label, self.collector), (self.scan_label, self.scan_button)):
            self.add_row(label, field)
        self.preview = ScanPreview(self)
        self.watch(self.sender.textChanged, self.subject.textChanged, self.account.changed)
        self.setMinimumSize(860, 560)
        self.finish(self.preview)

    def choose_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The scanned letter"), "",
                                              self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        if path:
            self.set_scan(Path(path))

    def set_scan(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.error_text = self.tr("The file cannot be read: {error}").format(error=exc.strerror or exc)
            self.revalidate()
            return
        self.scan_path = path
        shown = self.preview.show_file(path.name, "", data)
        self.scan_button.setText(path.name)
        self.error_text = None if shown else self.tr("{file} is neither a readable PDF nor an image.").format(
            file=path.name)
        self._touched = True
        self.revalidate()

    def validate(self) -> str | None:
        if not self.sender.text().strip():
            return self.tr("Enter who sent the letter.")
        if not self.subject.text().strip():
            return self.tr("Enter the letter's subject.")
        if self.account.edit.text().strip() and not self.account.pending() and self.account.account_id() is None:
            return self.account.problem or self.tr("No account has this number.")
        return None

    def submit(self) -> uuid.UUID:
        day = self.received.value()
        now = datetime.now().astimezone()
        # an earlier day: its noon; today: now (noon would be "in the future" every morning)
        received = now if day >= now.date() else datetime.combine(day, time(12, 0)).astimezone()
        letter = entries.LetterInput(
            received_at=received, sender_name=self.sender.text().strip(), subject=self.subject.text().strip(),
            body=self.body.toPlainText().strip(), sender_address=self.address.toPlainText().strip() or None,
            kind=self.kind.currentData(), topic=self.topic.currentData(), account_id=self.account.account_id(),
            staff_id=self.collector.currentData())
        return entries.record_letter(self.ctx, letter, str(self.scan_path) if self.scan_path else None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New letter"))
        for label, text in ((self.received_label, self.tr("&Received on:")), (self.sender_label, self.tr("&From:")),
                            (self.address_label, self.tr("Postal a&ddress:")),
                            (self.subject_label, self.tr("&Subject:")), (self.body_label, self.tr("&Text:")),
                            (self.kind_label, self.tr("&Category:")), (self.topic_label, self.tr("To&pic:")),
                            (self.account_label, self.tr("&Account:")),
                            (self.collector_label, self.tr("C&ollector concerned:")),
                            (self.scan_label, self.tr("Sca&n:"))):
            label.setText(text)
        self.body.setPlaceholderText(self.tr("The letter's content or a summary (optional with a scan)"))
        if self.scan_path is None:
            self.scan_button.setText(self.tr("Choose the scanned letter\u2026"))
        self.fill_common(self.kind, self.topic)
        fill_combo(self.collector, [(None, self.tr("None"))] + list(self.collectors))
        self.preview.notice.setText(self.tr("The scan is shown here."))


class CallDialog(EntryDialog):
    def __init__(self, ctx: ServiceContext, collectors, topics, parent: QWidget | None = None):
        super().__init__(ctx, topics, parent)
        self.collectors = collectors
        self.called_at, self.called_label = QDateTimeEdit(QDateTime.currentDateTime(), self), QLabel(self)
        self.called_at.setCalendarPopup(True)
        self.called_at.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        self.caller, self.caller_label = QLineEdit(self), QLabel(self)
        self.caller.setObjectName("caller")
        self.number, self.number_label = QLineEdit(self), QLabel(self)
        self.number.setObjectName("number")
        self.summary, self.summary_label = _text(self, 100), QLabel(self)
        self.summary.setObjectName("summary")
        self.kind, self.kind_label = self.kind_combo(), QLabel(self)
        self.topic, self.topic_label = QComboBox(self), QLabel(self)
        self.account, self.account_label = AccountPicker(ctx, self), QLabel(self)
        self.collector, self.collector_label = QComboBox(self), QLabel(self)
        for label, field in ((self.called_label, self.called_at), (self.caller_label, self.caller),
                             (self.number_label, self.number), (self.summary_label, self.summary),
                             (self.kind_label, self.kind), (self.topic_label, self.topic),
                             (self.account_label, self.account), (self.collector_label, self.collector)):
            self.add_row(label, field)
        self.watch(self.caller.textChanged, self.number.textChanged, self.summary.textChanged, self.account.changed)
        self.setMinimumWidth(520)
        self.finish()

    def validate(self) -> str | None:
        if not self.caller.text().strip():
            return self.tr("Enter who called.")
        number = self.number.text().strip()
        if number and sum(c.isdigit() for c in number) < 3:
            return self.tr("The phone number has too few digits.")
        if not self.summary.toPlainText().strip():
            return self.tr("Summarise the call.")
        if self.account.edit.text().strip() and not self.account.pending() and self.account.account_id() is None:
            return self.account.problem or self.tr("No account has this number.")
        return None

    def submit(self) -> uuid.UUID:
        call = entries.CallInput(
            called_at=self.called_at.dateTime().toPython().astimezone(), caller=self.caller.text().strip(),
            number=self.number.text().strip(), summary=self.summary.toPlainText().strip(),
            kind=self.kind.currentData(), topic=self.topic.currentData(), account_id=self.account.account_id(),
            staff_id=self.collector.currentData())
        return entries.record_call(self.ctx, call)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log a call"))
        for label, text in ((self.called_label, self.tr("&When:")), (self.caller_label, self.tr("&Caller:")),
                            (self.number_label, self.tr("&Number:")), (self.summary_label, self.tr("&Summary:")),
                            (self.kind_label, self.tr("Cate&gory:")), (self.topic_label, self.tr("To&pic:")),
                            (self.account_label, self.tr("&Account:")),
                            (self.collector_label, self.tr("C&ollector concerned:"))):
            label.setText(text)
        self.number.setPlaceholderText(self.tr("+39 02 1234 5678"))
        self.fill_common(self.kind, self.topic)
        fill_combo(self.collector, [(None, self.tr("None"))] + list(self.collectors))


class SuggestionDialog(EntryDialog):
    def __init__(self, ctx: ServiceContext, people, topics, parent: QWidget | None = None):
        super().__init__(ctx, topics, parent)
        self.people = people
        self.author, self.author_label = QComboBox(self), QLabel(self)
        self.author.setObjectName("submitted_by")
        self.anonymous = QCheckBox(self)
        self.subject, self.subject_label = QLineEdit(self), QLabel(self)
        self.subject.setObjectName("subject")
        self.body, self.body_label = _text(self, 120), QLabel(self)
        self.body.setObjectName("body")
        self.topic, self.topic_label = QComboBox(self), QLabel(self)
        self.add_row(self.author_label, self.author)
        self.form.addRow("", self.anonymous)
        self._fields.append(self.anonymous)
        for label, field in ((self.subject_label, self.subject), (self.body_label, self.body),
                             (self.topic_label, self.topic)):
            self.add_row(label, field)
        self.anonymous.toggled.connect(lambda on: self.author.setEnabled(not on))
        self.watch(self.author.currentIndexChanged, self.anonymous.toggled, self.subject.textChanged,
                   self.body.textChanged)
        self.setMinimumWidth(520)
        self.finish()

    def validate(self) -> str | None:
        if not self.anonymous.isChecked() and self.author.currentData() is None:
            return self.tr("Choose who makes the suggestion, or make it anonymous.")
        if not self.subject.text().strip():
            return self.tr("Give the suggestion a short title.")
        if not self.body.toPlainText().strip():
            return self.tr("Describe the suggestion.")
        return None

    def submit(self) -> uuid.UUID:
        anonymous = self.anonymous.isChecked()
        return entries.record_suggestion(self.ctx, entries.SuggestionInput(
            subject=self.subject.text().strip(), body=self.body.toPlainText().strip(),
            submitted_by_id=None if anonymous else self.author.currentData(), anonymous=anonymous,
            topic=self.topic.currentData()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New suggestion"))
        self.author_label.setText(self.tr("&From:"))
        self.anonymous.setText(self.tr("&Anonymous (no name is kept)"))
        self.subject_label.setText(self.tr("&Title:"))
        self.body_label.setText(self.tr("&Suggestion:"))
        self.topic_label.setText(self.tr("To&pic:"))
        fill_combo(self.author, [(None, self.tr("Choose\u2026"))] + list(self.people))
        self.fill_common(None, self.topic)

