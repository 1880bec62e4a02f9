"""Turning one accounts-file row into the account, debtor and contact rows to write.

The debtor's id is deterministic (uuid5 over the case-folded name, the country and the e-mail or
phone), so the same person in many rows, in many batches or in a later file is one debtor, and no
map of debtors has to be held in memory. Contact ids are uuid5 over debtor id, kind and search key:
re-importing a contact point does not duplicate it.

Rules a row must meet (each broken one is reported with its column):
- original_amount > 0, balance >= 0, and balance <= original_amount: a balance only goes down
  through payments, write-offs and settlements; interest and fees are not part of the imported
  original amount, so a larger balance is a typo or a wrong column, not something to store.
- status "paid" needs a zero balance (the same rule as changing the status by hand).
- A collector that no staff member is (by user name or full name) is an error, never ignored.

Empty optional cells take the default (person, open, no collector, the country's language and
time zone). On re-import a column missing from the file leaves the stored value alone, while a
column that is present sets it on every row it names: the file is the truth for what it holds.
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
from collectdesk.services.imports.account_fast import make_fast_path
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
    run.vocabulary = conv  # the fast path reads its cache
    return run


def _tail_builder(optional: list[str]) -> Callable | None:
    """A function opt -> the optional part of the account tuple, in account_layout's order
    (built once per run: the per-row code then has no loop and no branches for it)."""
    parts = {"collector": '*(opt["collector"] or NONE3)', "status": 'opt["status"] or "open"',
             "creditor": 'opt["creditor"] or ""'}
    if not optional:
        return None
    body = ", ".join(parts.get(f, f'opt["{f}"]') for f in optional)
    return eval(f"lambda opt: ({body},)", {"NONE3": (None, None, None)})  # noqa: S307 (our own text)


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
        self.tail = _tail_builder(job.extra["layout"].account_optional)
        self.fast = make_fast_path(self)

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
            return self.fast(cells)
        except CellError:
            self.diagnose(line, cells)
            return None
        except (AttributeError, TypeError):  # an XLSX cell that is not text: the general path
            pass
        try:
            return self._convert(cells)
        except CellError:
            self.diagnose(line, cells)
            return None

    def _convert(self, cells):
        """The general path: any cell type (XLSX numbers, dates, empty cells)."""
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
        opt = {f: conv[f](cells[ix[f]]) for f in self.optional_fields}
        if balance and opt.get("status") == "paid":
            raise CellError("")
        return self._rows(account_no, name, country, currency, original, balance, due, opt)

    def _rows(self, account_no, name, country, currency, original, balance, due, opt):
        """The rows to write, shaped by account_layout (only what varies from row to row)."""
        name_key = name.casefold()
        mail, tel, address = opt.get("email"), opt.get("phone"), opt.get("address")
        debtor_id = uuid5_hex(f"{' '.join(name_key.split())}|{country}|{mail[1] if mail else (tel[1] if tel else '')}")
        account = (self.new_id(), account_no, debtor_id, currency, original, balance, due, country, name_key)
        if self.tail is not None:
            account += self.tail(opt)
        debtor = (debtor_id, opt.get("debtor_type") or "person", name, name_key, country,
                  opt.get("language") or COUNTRY_LANGUAGES.get(country, "en"),
                  opt.get("timezone") or COUNTRY_TIMEZONES.get(country, DEFAULT_TIMEZONE), address)
        contacts = []
        if tel:
            contacts.append((uuid5_hex(f"{debtor_id}|phone|{tel[1]}"), debtor_id, "phone", tel[0], tel[1]))
        if mail:
            contacts.append((uuid5_hex(f"{debtor_id}|email|{mail[1]}"), debtor_id, "email", mail[0], mail[1]))
        if address:
            key = " ".join(address.casefold().split())
            contacts.append((uuid5_hex(f"{debtor_id}|address|{key}"), debtor_id, "address", address[:254],
                             key[:254]))
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
        if values.get("status") == AccountStatus.PAID.value and balance:
            job.error(line, "status", messages.paid_with_balance())
