"""The parsers on their own: amounts, dates, encodings, separators, headers (no database)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest

from collectdesk.domain.errors import ValidationError
from collectdesk.services.imports.amounts import AmountParser, NumberFormat, evidence
from collectdesk.services.imports.cells import CellError
from collectdesk.services.imports.columns import resolve_columns
from collectdesk.services.imports.dates import parse_date, parse_datetime, to_utc
from collectdesk.services.imports.encoding import resolve_encoding
from collectdesk.services.imports.job import _NAMESPACE, uuid5_hex


def parser(decided: str | None = None, hint: bool = True) -> AmountParser:
    fmt = NumberFormat(comma_hint=hint)
    if decided:
        fmt.decided["x"] = decided
    return AmountParser("x", fmt)


@pytest.mark.parametrize("text, cents", [
    ("1.234,50", 123450), ("330,86", 33086), ("0,5", 50), ("12", 1200), ("1.234.567,89", 123456789),
    ("1 234,50", 123450), ("1\u00a0234,50", 123450), ("1\u202f234,50", 123450), ("1'234,50", 123450),
    ("1.234,50 €", 123450), ("€ 1.234,50", 123450), ("EUR 1.234,50", 123450), ("-12,30", -1230),
    ("12,30-", -1230), ("(12,30)", -1230), ("12,500", 1250), ("1.234", 123400),
])
def test_comma_column(text, cents):
    assert parser(",").parse(text) == cents


@pytest.mark.parametrize("text, cents", [
    ("1,234.50", 123450), ("12.5", 1250), ("1234.56", 123456), ("1 234.56", 123456), ("$1,234.00", 123400),
])
def test_point_column(text, cents):
    assert parser(".").parse(text) == cents


def test_three_decimals_in_a_point_column_is_an_error_not_thousands():
    with pytest.raises(CellError, match="more than two decimals"):
        parser(".").parse("1.234")


def test_more_than_two_decimals_is_an_error():
    with pytest.raises(CellError, match="more than two decimals"):
        parser(",").parse("12,345")
    with pytest.raises(CellError, match="more than two decimals"):
        parser().parse(12.345)


def test_grouping_must_be_in_threes():
    with pytest.raises(CellError):
        parser(",").parse("12.50")  # a decimal point in a decimal-comma column
    with pytest.raises(CellError):
        parser(",").parse("1.23,00")


def test_format_is_learned_from_the_first_evidence():
    p = parser(None, hint=False)
    p.learn(["100", "1.234", "2.345,10"])
    assert p.decimal == ","
    assert p.parse("1.234") == 123400


def test_ambiguous_without_evidence_follows_the_semicolon_hint_or_fails():
    assert parser(None, hint=True).parse("1.234") == 123400
    with pytest.raises(CellError, match="ambiguous"):
        parser(None, hint=False).parse("1.234")


def test_other_columns_decide_an_ambiguous_value():
    fmt = NumberFormat(comma_hint=False)
    fmt.decided["balance"] = ","
    assert AmountParser("original_amount", fmt).parse("1.234") == 123400


def test_evidence():
    assert evidence("1.234,5") == ","
    assert evidence("1,234.5") == "."
    assert evidence("1.234") is None
    assert evidence("1.234.567") == ","
    assert evidence("12,5") == ","


def test_marked_currency_must_match_the_row():
    assert parser(",").parse("PLN 1 234,50", "PLN") == 123450
    with pytest.raises(CellError, match="marked PLN"):
        parser(",").parse("PLN 1 234,50", "EUR")


def test_xlsx_numbers_are_read_as_excel_shows_them():
    p = parser()
    assert p.parse(1234.5) == 123450
    assert p.parse(0.1 + 0.2) == 30
    assert p.parse(19.99) == 1999
    assert p.parse(100) == 10000


@pytest.mark.parametrize("text", ["abc", "1,2,3,4.5.6", "12 EURO PLN", "--5"])
def test_not_amounts(text):
    with pytest.raises(CellError):
        parser(",").parse(text)


@pytest.mark.parametrize("text, day", [
    ("16.08.2025", date(2025, 8, 16)), ("16/08/2025", date(2025, 8, 16)), ("16-08-2025", date(2025, 8, 16)),
    ("2025-08-16", date(2025, 8, 16)), ("1.2.2025", date(2025, 2, 1)), ("16.08.2025 00:00", date(2025, 8, 16)),
    (datetime(2025, 8, 16), date(2025, 8, 16)),
])
def test_dates(text, day):
    assert parse_date(text) == day


@pytest.mark.parametrize("text", ["08/31/2025", "31.02.2025", "16.08.25", "yesterday"])
def test_bad_dates(text):
    with pytest.raises(CellError):
        parse_date(text)


def test_local_times_use_the_zone_and_refuse_the_skipped_hour():
    assert to_utc(parse_datetime("14.03.2025 09:30"), "Europe/Warsaw", "") == datetime.fromisoformat(
        "2025-03-14T08:30:00+00:00")
    assert to_utc(parse_datetime("2025-07-01T10:00:00+02:00"), "Europe/Rome", "") == datetime.fromisoformat(
        "2025-07-01T08:00:00+00:00")
    with pytest.raises(CellError, match="does not exist"):
        to_utc(parse_datetime("2025-03-30 02:30"), "Europe/Warsaw", "2025-03-30 02:30")


def test_uuid5_hex_is_uuid5():
    for name in ["", "anna rossi|IT|anna@example.com", "Łódź"]:
        assert uuid5_hex(name) == uuid.uuid5(_NAMESPACE, name).hex


def test_encodings(tmp_path):
    pl = tmp_path / "pl.csv"
    pl.write_bytes("numer_konta;dłużnik\nA1;Łukasz Wiśniewski z Łodzi, ulica Źródlana\n".encode("cp1250"))
    de = tmp_path / "de.csv"
    de.write_bytes("Kontonummer;Schuldner\nA1;Jürgen Müller, Größe\n".encode("cp1252"))
    it = tmp_path / "it.csv"
    it.write_bytes("numero_pratica;debitore\nA1;Niccolò Bianchi, città\n".encode("cp1252"))
    utf = tmp_path / "u.csv"
    utf.write_bytes("a;b\n1;Łódź\n".encode("utf-8"))
    bom = tmp_path / "b.csv"
    bom.write_bytes(b"\xef\xbb\xbfa;b\n")
    assert resolve_encoding(pl, None) == "cp1250"
    assert resolve_encoding(de, None) == "cp1252"
    assert resolve_encoding(it, None) == "cp1252"
    assert resolve_encoding(utf, None) == "utf-8"
    assert resolve_encoding(bom, None) == "utf-8-sig"
    assert resolve_encoding(pl, "latin-1") == "iso8859-1"
    with pytest.raises(ValidationError):
        resolve_encoding(pl, "klingon")


def test_headers_in_four_languages_and_mapping():
    for header in (["numero_pratica", "Debitore", "Paese", "Valuta", "Importo", "Saldo", "Data scadenza"],
                   ["Numer konta", "Dłużnik", "Kraj", "Waluta", "Kwota", "Saldo", "Termin płatności"],
                   ["Kontonummer", "Schuldner", "Land", "Währung", "Betrag", "Saldo", "Fälligkeitsdatum"]):
        cols = resolve_columns("accounts", header, None, "f.csv")
        assert cols.index["account_no"] == 0 and cols.index["due_date"] == 6 and cols.index["currency"] == 3
    cols = resolve_columns("accounts", ["Rif", "Who", "country", "currency", "amount", "balance", "due_date", "X"],
                           {"Rif": "account_no", "who": "debtor_name"}, "f.csv")
    assert cols.index["account_no"] == 0 and cols.index["debtor_name"] == 1 and cols.ignored == ["X"]
    with pytest.raises(ValidationError, match="Nope"):
        resolve_columns("accounts", ["a"], {"Nope": "account_no"}, "f.csv")
    with pytest.raises(ValidationError, match="balance"):
        resolve_columns("accounts", ["account_no", "debtor", "country", "currency", "amount", "due"], None, "f.csv")


def test_whole_numbers_parse_before_the_column_shows_its_decimal_separator():
    for hint in (True, False):
        assert parser(None, hint=hint).parse("2500") == 250000
        assert parser(None, hint=hint).parse("-40") == -4000
