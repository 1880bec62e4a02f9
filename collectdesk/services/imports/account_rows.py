"""Turning one accounts-file row into the account, debtor and contact rows to write.

The debtor's id is deterministic (uuid5 over the case-folded name, the country and the e-mail or
phone), so the same person in many rows, in many batches or in a later file is one debtor, and no
map of debtors has to be held in memory. Contact ids are uuid5 over debtor id, kind and search key:
re-importing a contact point does not duplicate it.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from collectdesk.domain.enums import AccountStatus, DebtorType
from collectdesk.domain.money import is_currency_code
from collectdesk.services.imports import messages
from collectdesk.services.imports.amounts import AmountParser, cents_text
from collectdesk.services.imports.cells import (
    CellError,
    Vocabulary,
    email,
    optional_text,
    phone,
    required_text,
    text_of,
)
from collectdesk.services.imports.collectors import Collectors
from collectdesk.services.imports.dates import DateParser
from collectdesk.services.imports.job import Job, uuid5_hex
from collectdesk.services.imports.vocabulary import (
    COUNTRY_LANGUAGES,
    COUNTRY_TIMEZONES,
    CURRENCY_SYMBOLS,
    DEFAULT_TIMEZONE,
    country_table,
    language_table,
    vocabulary,
)

ACCOUNT_COLUMNS = ["id", "account_no", "debtor_id", "creditor", "creditor_ref", "currency", "original_amount",
                   "balance", "due_date", "opened_on", "status", "collector_id", "team_id", "branch_id", "country",
                   "debtor_name_key", "priority", "import_id", "version", "created_at", "updated_at"]
DEBTOR_COLUMNS = ["id", "debtor_type", "name", "name_key", "country", "language", "timezone", "address",
                  "version", "created_at", "updated_at"]
CONTACT_COLUMNS = ["id", "debtor_id", "kind", "value", "search_key", "label", "is_primary", "valid", "do_not_use",
                   "version", "created_at", "updated_at"]
CONTACT_LABEL = "import"


class CurrencyCode:
    def __init__(self):
        self.cache: dict[str, str] = {}

    def __call__(self, value) -> str:
        hit = self.cache.get(value) if value.__class__ is str else None
        if hit is not None:
            return hit
        text = text_of(value)
        if not text:
            raise CellError(messages.required())
        code = CURRENCY_SYMBOLS.get(text.casefold()) or text.upper()
        if not is_currency_code(code):
            raise CellError(messages.not_currency(text))
        if value.__class__ is str and len(self.cache) < 1000:
            self.cache[value] = code
        return code


class TimeZoneName:
    def __init__(self):
        self.known = zoneinfo.available_timezones()

    def __call__(self, value) -> str | None:
        text = text_of(value)
        if not text:
            return None
        if text not in self.known:
            raise CellError(messages.not_timezone(text))
        return text


def _optional(conv: Callable) -> Callable:
    def run(value):
        if value is None or (value.__class__ is str and not value.strip()):
            return None
        return conv(value)
    return run


class AccountRows:
    """`convert(line, cells)` -> (account_no, account row, debtor row, contact rows), or records the
    row's errors (every bad cell of it) and returns None."""

    def __init__(self, job: Job):
        self.job = job
        cols = job.columns
        self.index = cols.index
        self.width = max(cols.index.values()) + 1
        fmt = job.number_format
        self.original = AmountParser("original_amount", fmt)
        self.balance = AmountParser("balance", fmt)
        collectors = Collectors(job) if cols.has("collector") else None
        dates = DateParser()
        self.conv: dict[str, Callable] = {
            "account_no": lambda v: required_text(v, 64),
            "debtor_name": lambda v: required_text(v, 200),
            "debtor_type": _optional(Vocabulary(vocabulary(DebtorType), ", ".join(DebtorType))),
            "country": Vocabulary(country_table(), "", error=messages.not_country),
            "currency": CurrencyCode(),
            "due_date": dates,
            "status": _optional(Vocabulary(vocabulary(AccountStatus), ", ".join(AccountStatus))),
            "collector": collectors,
            "phone": phone,
            "email": email,
            "address": lambda v: optional_text(v, 1000),
            "language": _optional(Vocabulary(language_table(), "it, pl, de, en", error=messages.not_language)),
            "timezone": TimeZoneName(),
            "creditor": lambda v: optional_text(v, 160),
            "creditor_ref": lambda v: optional_text(v, 64),
            "opened_on": _optional(dates),
        }
        self.optional_fields = [f for f in ("debtor_type", "status", "collector", "phone", "email", "address",
                                            "language", "timezone", "creditor", "creditor_ref", "opened_on")
                                if cols.has(f)]
        self.new_id = job.extra["new_id"]
        self.run_hex = job.run_hex
        self.now = job.now_db

    def learn(self, batch: list[tuple[int, list]]) -> None:
        """Before converting a batch: let amount columns without a known format look for evidence."""
        for parser in (self.original, self.balance):
            if parser.decimal is None:
                pos = self.index[parser.column]
                parser.learn(cells[pos] for _, cells in batch if len(cells) > pos)

    def convert(self, line: int, cells: list):
        if len(cells) < self.width:
            cells = list(cells) + [None] * (self.width - len(cells))
        try:
            return self._convert(cells)
        except CellError:
            self.diagnose(line, cells)
            return None

    def _convert(self, cells):
        ix, conv = self.index, self.conv
        account_no = conv["account_no"](cells[ix["account_no"]])
        name = conv["debtor_name"](cells[ix["debtor_name"]])
        country = conv["country"](cells[ix["country"]])
        currency = conv["currency"](cells[ix["currency"]])
        original = self.original.parse(cells[ix["original_amount"]], currency)
        balance = self.balance.parse(cells[ix["balance"]], currency)
        if original <= 0 or balance < 0 or balance > original:
            raise CellError("")
        due = conv["due_date"](cells[ix["due_date"]])
        opt = {f: conv[f](cells[ix[f]]) for f in self.optional_fields} if self.optional_fields else {}
        return self._rows(account_no, name, country, currency, original, balance, due, opt)

    def _rows(self, account_no, name, country, currency, original, balance, due, opt):
        now = self.now
        name_key = name.casefold()
        mail, tel, address = opt.get("email"), opt.get("phone"), opt.get("address")
        contact_key = mail[1] if mail else (tel[1] if tel else "")
        debtor_id = uuid5_hex(f"{' '.join(name_key.split())}|{country}|{contact_key}")
        who = opt.get("collector") or (None, None, None)
        account = (self.new_id(), account_no, debtor_id, opt.get("creditor") or "", opt.get("creditor_ref"), currency,
                   original, balance, due, opt.get("opened_on"), opt.get("status") or "open", who[0], who[1],
                   who[2], country, name_key, 0, self.run_hex, 1, now, now)
        debtor = (debtor_id, opt.get("debtor_type") or "person", name, name_key, country,
                  opt.get("language") or COUNTRY_LANGUAGES.get(country, "en"),
                  opt.get("timezone") or COUNTRY_TIMEZONES.get(country, DEFAULT_TIMEZONE), address, 1, now, now)
        contacts = []
        for kind, point in (("phone", tel), ("email", mail)):
            if point:
                contacts.append((uuid5_hex(f"{debtor_id}|{kind}|{point[1]}"), debtor_id, kind, point[0], point[1],
                                 CONTACT_LABEL, 0, 1, 0, 1, now, now))
        if address:
            key = " ".join(address.casefold().split())
            contacts.append((uuid5_hex(f"{debtor_id}|address|{key}"), debtor_id, "address", address[:254],
                             key[:254], CONTACT_LABEL, 0, 1, 0, 1, now, now))
        return account_no, account, debtor, contacts

    def diagnose(self, line: int, cells: list) -> None:
        """The slow path for a bad row: check every cell on its own and record each problem."""
        job, ix, conv = self.job, self.index, self.conv
        values = {}
        for field in ("account_no", "debtor_name", "country", "currency", "due_date", *self.optional_fields):
            try:
                values[field] = conv[field](cells[ix[field]])
            except CellError as exc:
                job.error(line, field, exc.reason)
        currency = values.get("currency")
        for parser in (self.original, self.balance):
            try:
                values[parser.column] = parser.parse(cells[ix[parser.column]], currency)
            except CellError as exc:
                job.error(line, parser.column, exc.reason)
        original, balance = values.get("original_amount"), values.get("balance")
        if original is not None and original <= 0:
            job.error(line, "original_amount", messages.not_positive())
        if balance is not None and balance < 0:
            job.error(line, "balance", messages.negative_amount())
        if original is not None and balance is not None and original > 0 and balance > original:
            job.error(line, "balance", messages.balance_above_original(cents_text(balance), cents_text(original)))
