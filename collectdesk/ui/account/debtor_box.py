"""The debtor: type and country, language, the local time now where they live (refreshed every minute),
address and contact points."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QEvent, QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from collectdesk import i18n
from collectdesk.services.account_view import ContactInfo, DebtorInfo
from collectdesk.ui import labels


def language_name(code: str) -> str:
    """The language as its speakers write it ("italiano", "polski"): what a collector needs to know."""
    loc = QLocale(code)
    if loc.language() == QLocale.Language.C:
        return code
    name = loc.nativeLanguageName() or code
    if loc.language() == QLocale.Language.English:
        name = "English"
    return f"{name[:1].upper()}{name[1:]}"


def utc_offset(now: datetime) -> str:
    offset = now.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "−"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


class DebtorBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None, clock: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.debtor: DebtorInfo | None = None
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind_label, self.kind = QLabel(self), QLabel(self)
        self.language_label, self.language = QLabel(self), QLabel(self)
        self.time_label, self.local_time = QLabel(self), QLabel(self)
        self.address_label, self.address = QLabel(self), QLabel(self)
        self.contacts_label, self.contacts = QLabel(self), QLabel(self)
        for caption, value in ((self.kind_label, self.kind), (self.language_label, self.language),
                               (self.time_label, self.local_time), (self.address_label, self.address),
                               (self.contacts_label, self.contacts)):
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
        self.local_time.setObjectName("debtorLocalTime")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        self.retranslate()

    def set_debtor(self, debtor: DebtorInfo | None) -> None:
        self.debtor = debtor
        self._render()
        self._tick()

    def local_now(self) -> datetime | None:
        if self.debtor is None:
            return None
        try:
            return self.clock().astimezone(ZoneInfo(self.debtor.timezone))
        except (ZoneInfoNotFoundError, ValueError):
            return None

    def _tick(self) -> None:
        """Show the debtor's time now, then wake up at the start of the next minute."""
        self._timer.stop()
        if self.debtor is None:
            self.local_time.clear()
            return
        now = self.local_now()
        if now is None:
            self.local_time.setText(self.tr("unknown (time zone {zone})").format(zone=self.debtor.timezone))
        else:
            loc = i18n.locale()
            self.local_time.setText(self.tr("{day} {time} ({zone}, {offset})").format(
                day=loc.dayName(now.isoweekday(), QLocale.FormatType.ShortFormat),
                time=loc.toString(QTime(now.hour, now.minute), QLocale.FormatType.ShortFormat),
                zone=self.debtor.timezone, offset=utc_offset(now)))
        seconds = self.clock().second
        self._timer.start(max(1, 60 - seconds) * 1000)

    def _contact_line(self, c: ContactInfo) -> str:
        line = f"{labels.contact_kind_label(c.kind)}: {c.value}"
        notes = []
        if c.label:
            notes.append(c.label)
        if c.is_primary:
            notes.append(self.tr("primary"))
        if not c.valid:
            notes.append(self.tr("invalid"))
        if c.do_not_use:
            notes.append(self.tr("do not use"))
        if notes:
            line += " (" + ", ".join(notes) + ")"
        return line

    def _render(self) -> None:
        d = self.debtor
        if d is None:
            for label in (self.kind, self.language, self.address, self.contacts):
                label.clear()
            return
        self.kind.setText(f"{labels.debtor_type_label(d.debtor_type)} · {labels.country_label(d.country)}")
        self.language.setText(f"{language_name(d.language)} ({d.language})")
        self.address.setText(d.address or "–")
        self.contacts.setText("\n".join(self._contact_line(c) for c in d.contacts) or self.tr("none on file"))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Debtor"))
        self.kind_label.setText(self.tr("Type:"))
        self.language_label.setText(self.tr("Language:"))
        self.time_label.setText(self.tr("Local time:"))
        self.address_label.setText(self.tr("Address:"))
        self.contacts_label.setText(self.tr("Contacts:"))
        self._render()
        self._tick()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
