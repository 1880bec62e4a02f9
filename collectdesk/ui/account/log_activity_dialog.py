"""Log a contact with the debtor: channel, direction, to whom, outcome, when, how long, a note.

As the user picks the channel, direction, number or address, outcome and time, the contact is checked
against the account's compliance profile (services.compliance.prevention) and the hits are shown in a
ComplianceNotice of fixed height under the form. Where every hit may be overridden by this user, a "Reason
for going ahead" field is offered (its row is reserved, so nothing moves when it appears); Log contact stays
disabled while a hit stands that this user may not override, or while the reason is missing. The service
checks again when saving (a contact logged meanwhile by someone else counts): a refusal then shows in the
dialog and the notice is brought up to date.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QLabel, QLineEdit, QMenu, QPlainTextEdit, QSizePolicy,
                               QSpinBox, QToolButton, QWidget)

from collectdesk import i18n
from collectdesk.domain.enums import Channel, DebtorFlag, Direction, Outcome
from collectdesk.compliance.explain import tag_text
from collectdesk.domain.errors import DomainError, ValidationError
from collectdesk.services import activities
from collectdesk.services.account_view import AccountDetail
from collectdesk.services.compliance import prevention
from collectdesk.services.context import ServiceContext
from collectdesk.ui import labels
from collectdesk.ui.account.action_dialog import ActionDialog, fill_combo
from collectdesk.ui.account.compliance_notice import (BLOCK, ComplianceNotice, NoticeItem, verdict_empty_item,
                                                      verdict_items)
from collectdesk.ui.account.date_edit import locale_date_format

SPOKEN = (Channel.CALL, Channel.VISIT)
# outcomes that make sense for each kind of channel (a letter is not "busy")
SPOKEN_OUTCOMES = [o for o in Outcome if o not in (Outcome.DELIVERED, Outcome.RETURNED)]
WRITTEN_OUTCOMES = [Outcome.DELIVERED, Outcome.RETURNED, Outcome.RIGHT_PARTY_CONTACT, Outcome.PROMISE_TO_PAY,
                    Outcome.DISPUTE, Outcome.REFUSED, Outcome.THIRD_PARTY, Outcome.WRONG_NUMBER]
FUTURE_TOLERANCE = timedelta(minutes=5)
# which of the debtor's contact points each channel uses
CONTACT_KINDS = {Channel.CALL: "phone", Channel.SMS: "phone", Channel.EMAIL: "email", Channel.LETTER: "address",
                 Channel.VISIT: "address"}


def keep_space(*widgets: QWidget) -> None:
    """Hidden, the widget still takes its place: showing it later does not move the rest."""
    for widget in widgets:
        policy = widget.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        widget.setSizePolicy(policy)


def reserve_message_lines(dialog: ActionDialog, lines: int = 2) -> None:
    """The message line under the form keeps room for `lines` lines, shown or not (what the compliance
    check says comes and goes as the user types; the buttons must not move)."""
    keep_space(dialog.message, dialog.message_icon)
    dialog.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    dialog.message.setMinimumHeight(dialog.message.fontMetrics().lineSpacing() * lines)


class LogActivityDialog(ActionDialog):
    def __init__(self, ctx: ServiceContext, detail: AccountDetail, parent: QWidget | None = None):
        super().__init__(ctx, detail, parent)
        self.activity_id = None
        self.verdict: prevention.Verdict | None = None
        self._checker: prevention.ContactChecker | None = None
        self._check_error: str | None = None
        self._checked_key: tuple | None = None
        self._shown: tuple | None = None
        self._marked: set[str] = set()  # content tags the user marked (for letters and e-mails)
        self.reason_offered = False  # every hit may be overridden by this user: the reason field is shown
        self.channel = QComboBox(self)
        self.direction = QComboBox(self)
        self.contact = QComboBox(self)
        self.contact.setEditable(True)
        self.contact.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.content = QToolButton(self)  # what a letter or e-mail contained (the tags the profile asks about)
        self.content.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.content.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.content_menu = QMenu(self.content)
        self.content.setMenu(self.content_menu)
        self.outcome = QComboBox(self)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setCalendarPopup(True)
        self.duration = QSpinBox(self)
        self.duration.setRange(0, 600)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        # a few lines (it scrolls), so that the compliance notice below has room without a tall dialog
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.notice = ComplianceNotice(self, lines=10)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(prevention.MAX_REASON)
        self.channel_label, self.direction_label, self.outcome_label = QLabel(self), QLabel(self), QLabel(self)
        self.when_label, self.duration_label, self.note_label = QLabel(self), QLabel(self), QLabel(self)
        self.contact_label, self.reason_label, self.content_label = QLabel(self), QLabel(self), QLabel(self)
        self.add_row(self.channel_label, self.channel)
        self.add_row(self.direction_label, self.direction)
        self.add_row(self.contact_label, self.contact)
        self.add_row(self.content_label, self.content)
        self.add_row(self.outcome_label, self.outcome)
        self.add_row(self.when_label, self.when)
        self.add_row(self.duration_label, self.duration)
        self.add_row(self.note_label, self.note)
        self.add_wide(self.notice)
        self.add_row(self.reason_label, self.reason)
        keep_space(self.reason, self.reason_label)
        self.reason.setVisible(False)
        self.reason_label.setVisible(False)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.watch(self.channel.currentIndexChanged, self.direction.currentIndexChanged,
                   self.contact.currentTextChanged, self.outcome.currentIndexChanged, self.when.dateTimeChanged,
                   self.duration.valueChanged, self.note.textChanged, self.reason.textChanged)
        self.finish()
        reserve_message_lines(self)
        self.setMinimumWidth(520)

    # ------------------------------------------------------------------ values
    def selected_channel(self) -> Channel:
        return Channel(self.channel.currentData())

    def selected_direction(self) -> Direction:
        return Direction(self.direction.currentData())

    def selected_outcome(self) -> Outcome | None:
        data = self.outcome.currentData()
        return Outcome(data) if data is not None else None

    def occurred_at(self) -> datetime:
        return self.when.dateTime().toPython().astimezone(timezone.utc)

    def contact_value(self) -> str | None:
        """The chosen contact point's value, or what the user typed."""
        text = self.contact.currentText().strip()
        index = self.contact.currentIndex()
        if index >= 0 and text == self.contact.itemText(index):
            return self.contact.itemData(index)
        return text or None

    def selected_tags(self) -> tuple[str, ...]:
        return tuple(a.data() for a in self.content_menu.actions() if a.isChecked())

    def reason_text(self) -> str | None:
        return (self.reason.text().strip() or None) if self.reason_offered else None

    def _outcomes(self) -> list[Outcome]:
        return SPOKEN_OUTCOMES if self.selected_channel() in SPOKEN else WRITTEN_OUTCOMES

    def _contacts(self) -> list[tuple[str, str]]:
        kind = CONTACT_KINDS.get(self.selected_channel())
        items = []
        points = sorted(self.detail.debtor.contacts, key=lambda c: (not c.is_primary, not c.valid, c.value))
        for c in points:
            if c.kind != kind:
                continue
            if c.do_not_use:
                text = self.tr("{value} ({label}, do not use)").format(value=c.value, label=c.label) if c.label \
                    else self.tr("{value} (do not use)").format(value=c.value)
            else:
                text = f"{c.value} ({c.label})" if c.label else c.value
            items.append((c.value, text))
        if kind == "address" and self.detail.debtor.address and not items:
            address = " ".join(self.detail.debtor.address.split())
            items.append((address, address))
        return items

    def _channel_changed(self) -> None:
        fill_combo(self.outcome, [(o, labels.outcome_label(o)) for o in self._outcomes()])
        spoken = self.selected_channel() in SPOKEN
        self.duration.setEnabled(spoken)
        if not spoken:
            self.duration.setValue(0)
        self.contact.blockSignals(True)
        self.contact.clear()
        for value, text in self._contacts():
            self.contact.addItem(text, value)
        self.contact.setCurrentIndex(0 if self.contact.count() else -1)
        self.contact.blockSignals(False)
        self._fill_content()
        self.contact.currentTextChanged.emit(self.contact.currentText())

    def _fill_content(self) -> None:
        """The content tags the profile asks about for this channel, as checkable items (what was marked
        stays marked across channel changes); none: the row is disabled."""
        kept = self._marked
        tags: list[str] = []
        if self.channel.currentData() is not None:
            try:
                tags = self._ensure_checker().content_tags(self.selected_channel())
            except DomainError:
                tags = []
        self.content_menu.clear()
        for tag in tags:
            action = self.content_menu.addAction(tag_text(tag))
            action.setData(tag)
            action.setCheckable(True)
            action.setChecked(tag in kept)
            action.toggled.connect(self._content_toggled)
        self.content.setEnabled(bool(tags))
        self._content_text()

    def _content_toggled(self, _on: bool) -> None:
        offered = {a.data() for a in self.content_menu.actions()}
        self._marked = (self._marked - offered) | set(self.selected_tags())
        self._content_text()
        self._edited()

    def _content_text(self) -> None:
        chosen = [a.text() for a in self.content_menu.actions() if a.isChecked()]
        if not self.content_menu.actions():
            text = self.tr("Nothing to mark for this channel")
        elif not chosen:
            text = self.tr("Nothing marked")
        else:
            text = ", ".join(chosen)
        self.content.setToolTip(text)
        width = max(self.content.width() - 40, 120)
        self.content.setText(self.content.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._content_text()

    # ------------------------------------------------------------------ the compliance check
    def _check(self) -> prevention.Verdict | None:
        """The verdict for the contact as entered now (asked again only when an input it depends on changed)."""
        if self.channel.currentData() is None or self.direction.currentData() is None:
            return None
        at = self.occurred_at().replace(second=0, microsecond=0)
        key = (self.selected_channel(), self.selected_direction(), at, self.contact_value(), self.selected_outcome(),
               self.selected_tags())
        if key == self._checked_key:
            return self.verdict
        self._checked_key = key
        try:
            self.verdict = self._ensure_checker().check(channel=key[0], direction=key[1], at=at, contact_value=key[3],
                                                        outcome=key[4], tags=key[5])
            self._check_error = None
        except DomainError as exc:  # a profile setting names a profile that is gone, the database is away
            self.verdict, self._check_error = None, exc.message
        return self.verdict

    def _ensure_checker(self) -> prevention.ContactChecker:
        if self._checker is None:
            self._checker = prevention.ContactChecker(self.ctx, self.detail.id)
        return self._checker

    def _show_check(self) -> None:
        verdict = self._check()
        shown = (id(verdict), self._check_error, i18n.current_language())
        if shown != self._shown:
            self._shown = shown
            if self._check_error:
                items = [NoticeItem(BLOCK, self.tr("The compliance check cannot run"), self._check_error)]
            elif verdict is None:
                items = []
            else:
                items = verdict_items(verdict) or [verdict_empty_item(verdict)]
            self.notice.set_items(items)
        offered = verdict is not None and not verdict.clear and verdict.overridable
        if offered != self.reason_offered:
            self.reason_offered = offered
            self.reason.setVisible(offered)
            self.reason_label.setVisible(offered)

    def revalidate(self) -> None:
        self._show_check()
        super().revalidate()

    # ------------------------------------------------------------------ hooks
    def validate(self) -> str | None:
        if self.selected_outcome() is None:
            return self.tr("Choose the outcome.")
        if self.occurred_at() > datetime.now(timezone.utc) + FUTURE_TOLERANCE:
            return self.tr("A contact cannot be logged in the future.")
        if self._check_error and self.selected_direction() is Direction.OUTBOUND:
            return self._check_error
        verdict = self.verdict
        if verdict is None or verdict.clear:
            return None
        if not verdict.overridable:
            return self.tr("A compliance rule stands against this contact and you may not override it, so it "
                           "cannot be logged.")
        if not self.reason.text().strip():
            return self.tr("Give a reason for going ahead despite the compliance rules above.")
        return None

    def advice(self) -> str | None:
        if self.selected_outcome() is Outcome.DISPUTE and DebtorFlag.DISPUTE not in self.detail.debtor.active_flags:
            return self.tr("The debtor will be flagged as disputing the debt.")
        if (DebtorFlag.CEASE_CONTACT in self.detail.debtor.active_flags
                and self.direction.currentData() == Direction.OUTBOUND):
            return self.tr("Careful: the debtor asked not to be contacted.")
        if self.verdict is not None and not self.verdict.clear:
            return self.tr("The reason is kept in the audit trail with the rules you go ahead against.")
        return None

    def submit(self) -> None:
        note = self.note.toPlainText().strip() or None
        try:
            self.activity_id = activities.log_activity(
                self.ctx, self.detail.id, channel=self.selected_channel(), direction=self.selected_direction(),
                outcome=self.selected_outcome(), occurred_at=self.occurred_at(),
                duration_s=self.duration.value() * 60, note=note, contact_value=self.contact_value(),
                tags=self.selected_tags(), compliance_reason=self.reason_text())
        except (prevention.ComplianceBlocked, prevention.ReasonRequired) as exc:
            self._checked_key = None  # the save saw something the dialog did not: check again, show it above
            self._show_check()
            raise ValidationError(self.tr("The contact was not logged: checked again when saving, it meets the "
                                          "compliance rules shown above.")) from exc

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log a contact"))
        self.channel_label.setText(self.tr("C&hannel:"))
        self.direction_label.setText(self.tr("&Direction:"))
        self.contact_label.setText(self.tr("&To:"))
        self.content_label.setText(self.tr("Cont&ent:"))
        self.outcome_label.setText(self.tr("&Outcome:"))
        self.when_label.setText(self.tr("&When:"))
        self.duration_label.setText(self.tr("D&uration:"))
        self.note_label.setText(self.tr("&Note:"))
        self.reason_label.setText(self.tr("&Reason for going ahead:"))
        self.duration.setSuffix(self.tr(" min", "minutes"))
        self.duration.setSpecialValueText(self.tr("not recorded", "duration"))
        self.note.setPlaceholderText(self.tr("What was said or agreed (optional)"))
        self.contact.lineEdit().setPlaceholderText(self.tr("Number or address used (optional)"))
        self.reason.setPlaceholderText(self.tr("Why this contact is right despite the rules above"))
        self.when.setLocale(i18n.locale())
        self.when.setDisplayFormat(locale_date_format() + " " + i18n.locale().timeFormat(
            i18n.locale().FormatType.ShortFormat))
        self.ok_button().setText(self.tr("&Log contact"))
        fill_combo(self.channel, labels.choices(Channel))
        fill_combo(self.direction, labels.choices(Direction))
        self._channel_changed()
        for action in self.content_menu.actions():
            action.setText(tag_text(action.data()))
        self._content_text()
        self._shown = None  # the notice's words are in the language just installed
