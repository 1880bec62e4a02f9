"""Log a contact with the debtor: channel, direction, outcome, when, how long, a note."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QPlainTextEdit, QSpinBox, QWidget

from collectdesk import i18n
from collectdesk.domain.enums import Channel, DebtorFlag, Direction, Outcome
from collectdesk.services import activities
from collectdesk.services.account_view import AccountDetail
from collectdesk.services.context import ServiceContext
from collectdesk.ui import labels
from collectdesk.ui.account.action_dialog import ActionDialog, fill_combo
from collectdesk.ui.account.date_edit import locale_date_format

SPOKEN = (Channel.CALL, Channel.VISIT)
# outcomes that make sense for each kind of channel (a letter is not "busy")
SPOKEN_OUTCOMES = [o for o in Outcome if o not in (Outcome.DELIVERED, Outcome.RETURNED)]
WRITTEN_OUTCOMES = [Outcome.DELIVERED, Outcome.RETURNED, Outcome.RIGHT_PARTY_CONTACT, Outcome.PROMISE_TO_PAY,
                    Outcome.DISPUTE, Outcome.REFUSED, Outcome.THIRD_PARTY, Outcome.WRONG_NUMBER]
FUTURE_TOLERANCE = timedelta(minutes=5)


class LogActivityDialog(ActionDialog):
    def __init__(self, ctx: ServiceContext, detail: AccountDetail, parent: QWidget | None = None):
        super().__init__(ctx, detail, parent)
        self.activity_id = None
        self.channel = QComboBox(self)
        self.direction = QComboBox(self)
        self.outcome = QComboBox(self)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setCalendarPopup(True)
        self.duration = QSpinBox(self)
        self.duration.setRange(0, 600)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(70)
        self.channel_label, self.direction_label, self.outcome_label = QLabel(self), QLabel(self), QLabel(self)
        self.when_label, self.duration_label, self.note_label = QLabel(self), QLabel(self), QLabel(self)
        self.add_row(self.channel_label, self.channel)
        self.add_row(self.direction_label, self.direction)
        self.add_row(self.outcome_label, self.outcome)
        self.add_row(self.when_label, self.when)
        self.add_row(self.duration_label, self.duration)
        self.add_row(self.note_label, self.note)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.watch(self.channel.currentIndexChanged, self.direction.currentIndexChanged,
                   self.outcome.currentIndexChanged, self.when.dateTimeChanged, self.duration.valueChanged,
                   self.note.textChanged)
        self.finish()

    # ------------------------------------------------------------------ values
    def selected_channel(self) -> Channel:
        return Channel(self.channel.currentData())

    def selected_outcome(self) -> Outcome | None:
        data = self.outcome.currentData()
        return Outcome(data) if data is not None else None

    def occurred_at(self) -> datetime:
        return self.when.dateTime().toPython().astimezone(timezone.utc)

    def _outcomes(self) -> list[Outcome]:
        return SPOKEN_OUTCOMES if self.selected_channel() in SPOKEN else WRITTEN_OUTCOMES

    def _channel_changed(self) -> None:
        fill_combo(self.outcome, [(o, labels.outcome_label(o)) for o in self._outcomes()])
        spoken = self.selected_channel() in SPOKEN
        self.duration.setEnabled(spoken)
        if not spoken:
            self.duration.setValue(0)

    # ------------------------------------------------------------------ hooks
    def validate(self) -> str | None:
        if self.selected_outcome() is None:
            return self.tr("Choose the outcome.")
        if self.occurred_at() > datetime.now(timezone.utc) + FUTURE_TOLERANCE:
            return self.tr("A contact cannot be logged in the future.")
        return None

    def advice(self) -> str | None:
        if self.selected_outcome() is Outcome.DISPUTE and DebtorFlag.DISPUTE not in self.detail.debtor.active_flags:
            return self.tr("The debtor will be flagged as disputing the debt.")
        if (DebtorFlag.CEASE_CONTACT in self.detail.debtor.active_flags
                and self.direction.currentData() == Direction.OUTBOUND):
            return self.tr("Careful: the debtor asked not to be contacted.")
        return None

    def submit(self) -> None:
        note = self.note.toPlainText().strip() or None
        self.activity_id = activities.log_activity(
            self.ctx, self.detail.id, channel=self.selected_channel(),
            direction=Direction(self.direction.currentData()), outcome=self.selected_outcome(),
            occurred_at=self.occurred_at(), duration_s=self.duration.value() * 60, note=note)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log a contact"))
        self.channel_label.setText(self.tr("C&hannel:"))
        self.direction_label.setText(self.tr("&Direction:"))
        self.outcome_label.setText(self.tr("&Outcome:"))
        self.when_label.setText(self.tr("&When:"))
        self.duration_label.setText(self.tr("D&uration:"))
        self.note_label.setText(self.tr("&Note:"))
        self.duration.setSuffix(self.tr(" min", "minutes"))
        self.duration.setSpecialValueText(self.tr("not recorded", "duration"))
        self.note.setPlaceholderText(self.tr("What was said or agreed (optional)"))
        self.when.setLocale(i18n.locale())
        self.when.setDisplayFormat(locale_date_format() + " " + i18n.locale().timeFormat(
            i18n.locale().FormatType.ShortFormat))
        self.ok_button().setText(self.tr("&Log contact"))
        fill_combo(self.channel, labels.choices(Channel))
        fill_combo(self.direction, labels.choices(Direction))
        self._channel_changed()
