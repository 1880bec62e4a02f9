"""MoneyEdit: a line edit for an amount of money, in the user's locale, that never goes through float.

What it accepts (the locale comes from collectdesk.i18n, so it follows a language switch):

- the locale's decimal separator, and '.' as well: a German or Italian user may type "12,50" or "12.50";
- the locale's thousands separator as typed ("1.234,56" in German, "1,234.56" in English,
  "1 234,56" in Polish, with a plain or a no-break space);
- in a locale whose thousands separator is '.', a lone '.' followed by one or two digits is the decimal
  point ("12.5"), followed by three digits it groups thousands ("1.234");
- at most two decimals and twelve integer digits (NUMERIC(14, 2)).

`parse_amount()` is the pure function behind it (testable without widgets). The validator rejects
keystrokes that can never become an amount (letters, a third decimal) and marks half-typed ones
("1,23" in English) as Intermediate, so `hasAcceptableInput()` is the dialog's "is it valid" test.
On leaving the field a valid amount is rewritten in the locale's format ("1234.5" -> "1.234,50").
"""

from __future__ import annotations

import enum
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from collectdesk import i18n

SPACES = " \u00a0\u202f"
MAX_DECIMALS = 2
MAX_INTEGER_DIGITS = 12


class Parse(enum.Enum):
    INVALID = "invalid"            # can never become an amount: refuse the keystroke
    EMPTY = "empty"                # nothing typed yet
    GROUPING = "grouping"          # thousands separators in odd places ("1,23" in English): keep typing
    ACCEPTABLE = "acceptable"


def parse_amount(text: str, decimal_point: str, group_separator: str, *, allow_negative: bool = False
                 ) -> tuple[Parse, Decimal | None]:
    s = text.strip()
    negative = False
    if s.startswith("-"):
        if not allow_negative:
            return Parse.INVALID, None
        negative, s = True, s[1:].lstrip()
    if not s:
        return Parse.EMPTY, None
    group_is_space = group_separator in SPACES
    groups = set(SPACES) | ({group_separator} if group_separator else set())
    allowed = set("0123456789") | groups | {decimal_point, "."}
    if any(ch not in allowed for ch in s):
        return Parse.INVALID, None

    # which character is the decimal mark in this text?
    if decimal_point == ".":
        mark = "."
    elif decimal_point in s:
        mark = decimal_point
    elif "." in s:
        tail = s.rsplit(".", 1)[1]
        if group_separator == "." and (s.count(".") > 1 or len(tail) == 3):
            mark = None  # "1.234" or "1.234.567": thousands
        else:
            mark = "."   # "12.5": the user typed a decimal point
    else:
        mark = None
    if mark is not None and s.count(mark) > 1:
        return Parse.INVALID, None
    whole, _, frac = s.partition(mark) if mark else (s, "", "")
    if mark == decimal_point and decimal_point != "." and "." in whole and group_separator != ".":
        return Parse.INVALID, None  # "1.234,5" where '.' means nothing
    if any(ch in groups or ch == "." for ch in frac):
        return Parse.INVALID, None
    if len(frac) > MAX_DECIMALS:
        return Parse.INVALID, None
    seps = groups | ({"."} if mark != "." else set())
    digits = "".join(ch for ch in whole if ch.isdigit())
    if len(digits.lstrip("0")) > MAX_INTEGER_DIGITS:
        return Parse.INVALID, None

    state = Parse.ACCEPTABLE
    if any(ch in seps for ch in whole):
        parts = [whole]
        for sep in seps:
            parts = [p for part in parts for p in part.split(sep)]
        if not parts[0] or len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:]):
            state = Parse.GROUPING
        if group_is_space and "." in whole and mark != ".":
            return Parse.INVALID, None
    if not digits and not frac:
        return Parse.EMPTY if not mark else Parse.GROUPING, None
    if state is not Parse.ACCEPTABLE:
        return state, None
    value = Decimal(f"{digits or '0'}.{frac or '0'}").quantize(Decimal("0.01"))
    return Parse.ACCEPTABLE, -value if negative else value


def _locale_separators() -> tuple[str, str]:
    loc = i18n.locale()
    return loc.decimalPoint(), loc.groupSeparator()


class MoneyValidator(QValidator):
    def __init__(self, parent=None, *, allow_negative: bool = False):
        super().__init__(parent)
        self.allow_negative = allow_negative

    def validate(self, text: str, pos: int):
        state, _ = parse_amount(text, *_locale_separators(), allow_negative=self.allow_negative)
        if state is Parse.INVALID:
            return QValidator.State.Invalid, text, pos
        if state is Parse.ACCEPTABLE:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos


class MoneyEdit(QLineEdit):
    """An amount with the currency shown as a suffix. `value()` is a Decimal (two places) or None."""

    valueChanged = Signal(object)  # Decimal | None

    def __init__(self, currency: str = "", parent: QWidget | None = None, *, allow_negative: bool = False,
                 allow_zero: bool = False):
        super().__init__(parent)
        self.allow_zero = allow_zero
        self._validator = MoneyValidator(self, allow_negative=allow_negative)
        self.setValidator(self._validator)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self._suffix = QLabel(self)
        self._suffix.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._suffix.setEnabled(False)  # drawn in the disabled (muted) text colour
        self._last: Decimal | None = None
        self.textChanged.connect(self._text_changed)
        self.editingFinished.connect(self._tidy)
        self.setCurrency(currency)

    # currency suffix
    def currency(self) -> str:
        return self._suffix.text()

    def setCurrency(self, code: str) -> None:
        self._suffix.setText(code)
        self._suffix.adjustSize()
        self.setAccessibleDescription(code)
        self._place_suffix()
        self.retranslate()

    def _place_suffix(self) -> None:
        width = self._suffix.sizeHint().width() if self._suffix.text() else 0
        self.setTextMargins(0, 0, width + 10 if width else 0, 0)
        self._suffix.setGeometry(self.width() - width - 7, 0, width, self.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_suffix()

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), self.fontMetrics().horizontalAdvance("0" * 14) + 40))
        return hint

    # value
    def parse(self) -> tuple[Parse, Decimal | None]:
        return parse_amount(self.text(), *_locale_separators(), allow_negative=self._validator.allow_negative)

    def value(self) -> Decimal | None:
        state, value = self.parse()
        return value if state is Parse.ACCEPTABLE else None

    def setValue(self, value: Decimal | None) -> None:
        self.setText("" if value is None else i18n.format_decimal(value))

    def problem(self) -> str | None:
        """Why the text is not an amount yet, for the dialog's inline message; None when it is one."""
        state, value = self.parse()
        if state is Parse.EMPTY:
            return self.tr("Enter the amount.")
        if state is Parse.GROUPING:
            return self.tr("Check the thousands separators (for example {example}).").format(
                example=i18n.format_decimal(Decimal("1234.56")))
        if state is Parse.INVALID:  # only reachable through setText()
            return self.tr("This is not an amount (for example {example}).").format(
                example=i18n.format_decimal(Decimal("1234.56")))
        if value == 0 and not self.allow_zero:
            return self.tr("The amount must be greater than zero.")
        return None

    def _text_changed(self, _text: str) -> None:
        value = self.value()
        if value != self._last:
            self._last = value
            self.valueChanged.emit(value)

    def _tidy(self) -> None:
        value = self.value()
        if value is not None:
            tidy = i18n.format_decimal(value)
            if tidy != self.text():
                self.setText(tidy)

    def retranslate(self) -> None:
        self.setPlaceholderText(i18n.format_decimal(Decimal("0.00")))
        self.setToolTip(self.tr("Amount in {currency}; use {point} for decimals").format(
            currency=self.currency() or "-", point=i18n.locale().decimalPoint()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslate()
        super().changeEvent(event)
