"""The fast path of the accounts import: one closure per run, for rows whose cells are all text.

It does what AccountRows._convert does, with every converter, cache and column position bound
to a local name, caches consulted inline, and the common optional columns handled without the
general machinery: this is the loop a million-row file spends its Python time in (see
bench/import_bench.py). Anything unusual raises CellError (the row is then diagnosed cell by
cell) or AttributeError/TypeError (a non-text XLSX cell: the general path takes over).
"""

from __future__ import annotations

import re

from collectdesk.services.imports.cells import CellError, email, phone

_NON_DIGITS = re.compile(r"[^0-9]")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_HANDLED = ("phone", "email", "address", "status")


def make_fast_path(rows):
    ix, conv = rows.index, rows.conv
    i_no, i_name, i_country, i_currency = ix["account_no"], ix["debtor_name"], ix["country"], ix["currency"]
    i_original, i_balance, i_due = ix["original_amount"], ix["balance"], ix["due_date"]
    i_phone, i_email, i_address, i_status = (ix.get(f) for f in _HANDLED)
    country_conv, currency_conv, date_conv = conv["country"], conv["currency"], conv["due_date"]
    country_cache, currency_cache, date_cache = country_conv.cache, currency_conv.cache, date_conv.cache
    status_conv = conv["status"]
    status_cache = getattr(status_conv, "vocabulary", None)
    status_cache = status_cache.cache if status_cache is not None else {}
    parse_original, parse_balance = rows.original.parse, rows.balance.parse
    others = [(f, ix[f], conv[f]) for f in rows.optional_fields if f not in _HANDLED]
    build = rows._rows
    non_digits = _NON_DIGITS.sub
    email_ok = _EMAIL.fullmatch

    def fast(cells):
        account_no = cells[i_no].strip()
        if not account_no or len(account_no) > 64:
            raise CellError("")
        name = cells[i_name].strip()
        if not name or len(name) > 200:
            raise CellError("")
        cell = cells[i_country]
        country = country_cache.get(cell) or country_conv(cell)
        cell = cells[i_currency]
        currency = currency_cache.get(cell) or currency_conv(cell)
        original = parse_original(cells[i_original], currency)
        balance = parse_balance(cells[i_balance], currency)
        if original <= 0 or balance < 0 or balance > original:
            raise CellError("")
        cell = cells[i_due]
        due = date_cache.get(cell) or date_conv(cell)
        opt = {}
        if i_phone is not None:
            cell = cells[i_phone].strip()
            if cell:
                digits = non_digits("", cell)
                if not 5 <= len(digits) <= 20 or len(cell) > 254:
                    opt["phone"] = phone(cell)  # raises with the reason
                opt["phone"] = (cell, digits)
        if i_email is not None:
            cell = cells[i_email].strip()
            if cell:
                if len(cell) > 254 or not email_ok(cell):
                    email(cell)  # raises with the reason
                opt["email"] = (cell, cell.lower())
        if i_address is not None:
            cell = cells[i_address].strip()
            if cell:
                if len(cell) > 1000:
                    raise CellError("")
                opt["address"] = cell
        if i_status is not None:
            cell = cells[i_status]
            status = status_cache.get(cell)
            opt["status"] = status = status if status is not None else status_conv(cell)
            if status == "paid" and balance:
                raise CellError("")
        for field, pos, convert in others:
            opt[field] = convert(cells[pos])
        return build(account_no, name, country, currency, original, balance, due, opt)

    return fast
