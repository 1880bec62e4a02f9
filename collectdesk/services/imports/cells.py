"""Cell-level conversion helpers shared by the three kinds of import.

A converter takes the raw cell (a str from CSV; str, int, float, datetime or None from XLSX) and
returns the value to store, or raises CellError with a translated reason. Converters of closed
vocabularies and dates keep a small cache of raw text -> value (bounded), because exports repeat
the same few hundred spellings millions of times.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from collectdesk.services.imports import messages

CACHE_LIMIT = 20_000


class CellError(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def text_of(value) -> str:
    """A cell as text: XLSX numbers that are whole become '123', not '123.0'."""
    if value is None:
        return ""
    if value.__class__ is str:
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def required_text(value, limit: int) -> str:
    text = value.strip() if value.__class__ is str else text_of(value)
    if not text:
        raise CellError(messages.required())
    if len(text) > limit:
        raise CellError(messages.too_long(limit))
    return text


def optional_text(value, limit: int) -> str | None:
    text = value.strip() if value.__class__ is str else text_of(value)
    if not text:
        return None
    if len(text) > limit:
        raise CellError(messages.too_long(limit))
    return text


class Vocabulary:
    """Maps spellings to canonical values through a table keyed by `fields.header_key`."""

    def __init__(self, table: dict[str, str], accepted: str, *, error=None):
        from collectdesk.services.imports.fields import header_key

        self.key = header_key
        self.table = table
        self.accepted = accepted
        self.cache: dict[str, str] = {}
        self.error = error or (lambda raw: messages.not_in_vocabulary(raw, self.accepted))

    def __call__(self, value) -> str:
        hit = self.cache.get(value)
        if hit is not None:
            return hit
        raw = text_of(value)
        if not raw:
            raise CellError(messages.required())
        found = self.table.get(self.key(raw))
        if found is None:
            raise CellError(self.error(raw))
        if len(self.cache) >= CACHE_LIMIT:
            self.cache.clear()
        if value.__class__ is str:
            self.cache[value] = found
        return found


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_NON_DIGITS = re.compile(r"[^0-9]")


def email(value) -> tuple[str, str] | None:
    """(as written, search key) or None for an empty cell."""
    text = optional_text(value, 254)
    if text is None:
        return None
    if not _EMAIL.fullmatch(text):
        raise CellError(messages.not_email(text))
    return text, text.lower()


def phone(value) -> tuple[str, str] | None:
    text = optional_text(value, 254)
    if text is None:
        return None
    digits = _NON_DIGITS.sub("", text)
    if len(digits) < 5 or len(digits) > 20:
        raise CellError(messages.not_phone(text))
    return text, digits
