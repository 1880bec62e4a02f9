"""A date field in the user's locale (four-digit year), with a calendar popup, speaking `datetime.date`."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from collectdesk import i18n


def locale_date_format() -> str:
    """The locale's short date format with the year written out ("dd.MM.yy" -> "dd.MM.yyyy")."""
    fmt = i18n.locale().dateFormat(i18n.locale().FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


class DateEdit(QDateEdit):
    def __init__(self, value: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self._apply_locale()
        self.set_date(value or date.today())

    def _apply_locale(self) -> None:
        self.setLocale(i18n.locale())
        self.setDisplayFormat(locale_date_format())

    def value(self) -> date:
        return self.date().toPython()

    def set_date(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))

    def set_range(self, earliest: date | None, latest: date | None) -> None:
        if earliest is not None:
            self.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        if latest is not None:
            self.setMaximumDate(QDate(latest.year, latest.month, latest.day))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._apply_locale()
        super().changeEvent(event)
