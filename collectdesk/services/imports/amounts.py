"""Money amounts as real exports write them, parsed exactly to integer cents (never a float).

Accepted: an optional sign (-, +, U+2212, a trailing minus, or parentheses), an optional currency
symbol or ISO code before or after ("1.234,50 €", "PLN 1 234,50", "EUR 12.50"), digits grouped in
threes by dots, commas, spaces, no-break spaces (U+00A0, U+202F), thin spaces or apostrophes, and a
decimal comma or point. A currency marked on the amount must be the row's currency.

Which separator is the decimal one is decided per column, from the data (the number-format rule):

1. A value with both a dot and a comma: the later one is the decimal separator ("1.234,50" -> comma).
2. A value with one separator followed by one or two digits ("330,86", "12.5"): that separator.
3. A value with one kind of separator appearing more than once ("1.234.567"): that is grouping,
   the other one is the decimal separator.
4. One separator followed by exactly three digits ("1.234", "1,234") is ambiguous and says nothing.

The first evidence found in a column (a whole batch is scanned before it is converted) fixes that
column's decimal separator for the rest of the file; values that then contradict it (a grouping
group that is not three digits, two decimal separators) are row errors. An ambiguous value in a
column without evidence follows the file's other amount columns; if none has evidence either, a
semicolon- or tab-separated CSV means decimal commas (that is why such exports use semicolons) and
anything else makes the value a row error asking for an explicit decimal separator. So "1.234" is
1234.00 in a file whose other amounts use decimal commas, and an error (three decimals) where the
column uses decimal points.

More than two decimals is a row error, never rounded away (trailing zeros are fine: "12,500" in a
decimal-comma column is 12.50). XLSX cells that hold real numbers are read as Excel shows them,
with 15 significant digits (`format(value, ".15g")`, which drops binary noise such as
0.30000000000000004); if that still has more than two decimals it is a row error.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from collectdesk.services.imports import messages
from collectdesk.services.imports.cells import CellError
from collectdesk.services.imports.vocabulary import CURRENCY_SYMBOLS

MAX_CENTS = 10**14 - 1  # NUMERIC(14, 2)

_FAST = {
    ",": re.compile(r"(-?)([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,([0-9]{1,2}))?"),
    ".": re.compile(r"(-?)([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]{1,2}))?"),
    None: re.compile(r"(-?)([0-9]+)()"),  # three groups like the others: sign, whole, (no) fraction
}
_GROUPING = " \u00a0\u202f\u2009'\u2019"
_MINUS = "-\u2212"
_CORE = re.compile(r"[0-9.,G]+")


class NumberFormat:
    """The decimal separator of each amount column, learned from the data (see module docstring)."""

    def __init__(self, comma_hint: bool):
        self.comma_hint = comma_hint
        self.decided: dict[str, str] = {}

    def fallback(self) -> str | None:
        found = set(self.decided.values())
        if len(found) == 1:
            return found.pop()
        return "," if self.comma_hint else None


def evidence(text: str) -> str | None:
    """The decimal separator a single value proves, or None (integer, ambiguous or not a number)."""
    core = _core(text)
    if core is None:
        return None
    dots, commas = core.count("."), core.count(",")
    if dots and commas:
        return "," if core.rfind(",") > core.rfind(".") else "."
    for sep, count in ((".", dots), (",", commas)):
        if count == 1:
            after = len(core) - core.index(sep) - 1
            return sep if after != 3 else None
        if count > 1:
            return "," if sep == "." else "."
    return None


def _core(text: str) -> str | None:
    body = text.strip()
    if not body:
        return None
    body = body.strip("()+" + _MINUS)
    body = "".join("G" if ch in _GROUPING else ch for ch in body.strip(_GROUPING))
    digits = body.lstrip("€$£").rstrip("€$£")
    start = next((i for i, ch in enumerate(digits) if ch.isdigit()), None)
    if start is None:
        return None
    end = len(digits) - next(i for i, ch in enumerate(reversed(digits)) if ch.isdigit())
    core = digits[start:end].strip("G")
    return core if _CORE.fullmatch(core) else None


class AmountParser:
    """Parses one column. `parse(value, currency)` -> cents (int) or raises CellError."""

    def __init__(self, column: str, fmt: NumberFormat):
        self.column = column
        self.fmt = fmt
        self._decide(fmt.decided.get(column))

    def _decide(self, decimal: str | None) -> None:
        if decimal is not None:
            self.fmt.decided[self.column] = decimal
        self._match = _FAST[decimal].fullmatch
        self._grouping = {",": ".", ".": ","}.get(decimal, "")

    @property
    def decimal(self) -> str | None:
        return self.fmt.decided.get(self.column)

    def learn(self, values) -> None:
        """Look for evidence of this column's decimal separator (call before converting a batch)."""
        if self.column in self.fmt.decided:
            return
        for value in values:
            if value.__class__ is str:
                sep = evidence(value)
                if sep:
                    self._decide(sep)
                    return

    def parse(self, value, currency: str | None = None) -> int:
        if value.__class__ is str:
            m = self._match(value)
            if m is not None:
                sign, whole, frac = m.groups()
                if len(whole) > 15:
                    raise CellError(messages.amount_too_large(value))
                cents = int(whole.replace(self._grouping, "") if self._grouping else whole) * 100
                if frac:
                    cents += int(frac) * (10 if len(frac) == 1 else 1)
                if cents > MAX_CENTS:
                    raise CellError(messages.amount_too_large(value))
                return -cents if sign else cents
            return self._slow(value, currency)
        return self._number(value)

    def _number(self, value) -> int:
        if value is None:
            raise CellError(messages.required())
        if isinstance(value, bool):
            raise CellError(messages.not_amount(str(value)))
        if isinstance(value, int):
            amount = Decimal(value)
        elif isinstance(value, float):
            if value != value or value in (float("inf"), float("-inf")):
                raise CellError(messages.not_amount(str(value)))
            amount = Decimal(format(value, ".15g"))
        elif isinstance(value, Decimal):
            amount = value
        else:
            raise CellError(messages.not_amount(str(value)))
        return _to_cents(amount, str(amount))

    def _slow(self, value: str, currency: str | None) -> int:
        text = value.strip()
        if not text:
            raise CellError(messages.required())
        negative = False
        if text.startswith("(") and text.endswith(")"):
            negative, text = True, text[1:-1].strip()
        text, marked, minus = _strip_currency(text)
        if text is None:
            raise CellError(messages.not_amount(value))
        negative = negative or minus
        if marked and currency and marked != currency:
            raise CellError(messages.marked_currency(marked, currency))
        core = "".join("G" if ch in _GROUPING else ch for ch in text)
        if not core or not _CORE.fullmatch(core) or core[0] == "G" or core[-1] == "G":
            raise CellError(messages.not_amount(value))
        decimal = self.fmt.decided.get(self.column)
        if decimal is None:
            decimal = evidence(core)
            if decimal is not None:
                self._decide(decimal)
            elif "." in core or "," in core:
                decimal = self.fmt.fallback()
                if decimal is None:
                    raise CellError(messages.ambiguous_amount(value))
        whole, frac = core, ""
        if decimal and decimal in core:
            if core.count(decimal) > 1:
                raise CellError(messages.inconsistent_amount(value, decimal))
            whole, _, frac = core.partition(decimal)
            if not frac.isdigit():
                raise CellError(messages.inconsistent_amount(value, decimal))
        whole = _ungroup(whole, value, decimal)
        amount = Decimal(f"{whole or '0'}.{frac or '0'}")
        cents = _to_cents(amount, value)
        return -cents if negative else cents


def _strip_currency(text: str) -> tuple[str | None, str | None, bool]:
    """Split "PLN -1 234,50" / "1.234,50 €" / "-12,5" into (number, ISO code or None, negative)."""
    i = 0
    while i < len(text) and not (text[i].isdigit() or text[i] in ".,"):
        i += 1
    j = len(text)
    while j > i and not text[j - 1].isdigit():
        j -= 1
    before, core, after = text[:i].strip(_GROUPING), text[i:j], text[j:].strip(_GROUPING)
    negative = False
    if before[:1] in _MINUS and before:
        negative, before = True, before[1:].strip(_GROUPING)
    elif before[:1] == "+":
        before = before[1:].strip(_GROUPING)
    elif before[-1:] in _MINUS and before:
        negative, before = True, before[:-1].strip(_GROUPING)
    if after[-1:] in _MINUS and after:
        negative, after = True, after[:-1].strip(_GROUPING)
    marks = [m for m in (before, after) if m]
    if len(marks) > 1 or not core:
        return None, None, False
    if not marks:
        return core, None, negative
    mark = marks[0]
    code = CURRENCY_SYMBOLS.get(mark.rstrip(".").casefold())
    if code is None and len(mark) == 3 and mark.isascii() and mark.isalpha():
        code = mark.upper()
    if code is None:
        return None, None, False
    return core, code, negative


def _ungroup(whole: str, value: str, decimal: str | None) -> str:
    grouping = {ch for ch in whole if not ch.isdigit()}
    if not grouping:
        return whole
    if len(grouping) > 1 or decimal in grouping:
        raise CellError(messages.inconsistent_amount(value, decimal or "?"))
    parts = whole.split(grouping.pop())
    if not (1 <= len(parts[0]) <= 3) or any(len(p) != 3 for p in parts[1:]):
        raise CellError(messages.inconsistent_amount(value, decimal or "?"))
    return "".join(parts)


def _to_cents(amount: Decimal, shown: str) -> int:
    try:
        cents = amount.scaleb(2)
        if cents != cents.to_integral_value():
            raise CellError(messages.too_many_decimals(shown))
        result = int(cents)
    except InvalidOperation:
        raise CellError(messages.not_amount(shown)) from None
    if abs(result) > MAX_CENTS:
        raise CellError(messages.amount_too_large(shown))
    return result


def cents_text(cents: int) -> str:
    """12345 -> '123.45' (for messages and for PostgreSQL)."""
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"
