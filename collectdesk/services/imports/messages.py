"""Every text the importer shows, translated in context "Import".

Each call is a literal `QCoreApplication.translate("Import", "...")` so that pyside6-lupdate
extracts it; placeholders are filled with `.format()` afterwards. These run only when something
is wrong, never on the fast path of a good row.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# --- the file as a whole (raised as ValidationError) ---------------------------------------------


def file_missing(file: str) -> str:
    return QCoreApplication.translate("Import", "The file {file} does not exist or cannot be read.").format(file=file)


def file_not_tabular(file: str) -> str:
    return QCoreApplication.translate(
        "Import", "{file} is neither a CSV nor an XLSX spreadsheet.").format(file=file)


def file_empty(file: str) -> str:
    return QCoreApplication.translate("Import", "The file {file} is empty.").format(file=file)


def unknown_kind(kind: str) -> str:
    return QCoreApplication.translate(
        "Import", "Unknown kind of import: {kind}. Choose accounts, payments or activities.").format(kind=kind)


def unknown_encoding(encoding: str) -> str:
    return QCoreApplication.translate("Import", "Unknown text encoding: {encoding}.").format(encoding=encoding)


def undecodable(encoding: str, line: int) -> str:
    return QCoreApplication.translate(
        "Import", "The file cannot be read as {encoding} (line {line} holds bytes that are not {encoding}). "
        "Choose the file's encoding (--encoding).").format(encoding=encoding, line=line)


def encoding_unknown() -> str:
    return QCoreApplication.translate(
        "Import", "The text encoding of the file could not be recognised. Save it as UTF-8, or choose the "
        "encoding (--encoding), e.g. cp1250 or cp1252.")


def bad_delimiter(delimiter: str) -> str:
    return QCoreApplication.translate(
        "Import", "The separator must be one character, not {delimiter}.").format(delimiter=repr(delimiter))


def csv_broken(line: int, error: str) -> str:
    return QCoreApplication.translate("Import", "Line {line} cannot be read as CSV: {error}").format(
        line=line, error=error)


def xlsx_broken(error: str) -> str:
    return QCoreApplication.translate("Import", "The spreadsheet cannot be read: {error}").format(error=error)


def no_header(file: str, fields: str) -> str:
    return QCoreApplication.translate(
        "Import", "No header row was recognised in {file}. The first row must name the columns, "
        "e.g. {fields}.").format(file=file, fields=fields)


def missing_columns(fields: str, headers: str) -> str:
    return QCoreApplication.translate(
        "Import", "The file has no column for: {fields}. Columns found: {headers}. Rename them, or map them "
        "with --map SOURCE=FIELD.").format(fields=fields, headers=headers)


def mapping_unknown_source(source: str, headers: str) -> str:
    return QCoreApplication.translate(
        "Import", "The column {source} named in the mapping is not in the file. Columns found: {headers}.").format(
        source=source, headers=headers)


def mapping_unknown_field(field: str, kind: str, fields: str) -> str:
    return QCoreApplication.translate(
        "Import", "{field} is not a field of a {kind} import. Fields: {fields}.").format(
        field=field, kind=kind, fields=fields)


def duplicate_column(first: str, second: str, field: str) -> str:
    return QCoreApplication.translate(
        "Import", "The columns {first} and {second} both give {field}; keep one or map them (--map).").format(
        first=first, second=second, field=field)


def audit_summary(kind: str, file: str, rows: int, inserted: int, updated: int) -> str:
    return QCoreApplication.translate(
        "Import", "Imported {kind} from {file}: {rows} rows, {inserted} new, {updated} updated").format(
        kind=kind, file=file, rows=rows, inserted=inserted, updated=updated)


# --- one cell or one row (RowError.reason) -------------------------------------------------------


def row_unreadable() -> str:
    return QCoreApplication.translate("Import", "The row cannot be read.")


def dispute_flag_note() -> str:
    return QCoreApplication.translate("Import", "Dispute recorded in an imported contact")


def required() -> str:
    return QCoreApplication.translate("Import", "A value is required.")


def not_amount(value: str) -> str:
    return QCoreApplication.translate("Import", "'{value}' is not an amount.").format(value=value)


def too_many_decimals(value: str) -> str:
    return QCoreApplication.translate(
        "Import", "{value} has more than two decimals; amounts must be exact to the cent.").format(value=value)


def ambiguous_amount(value: str) -> str:
    return QCoreApplication.translate(
        "Import", "'{value}' is ambiguous (thousands or decimals?). Write it with a decimal separator, "
        "e.g. 1.234,00 or 1234.00.").format(value=value)


def inconsistent_amount(value: str, decimal: str) -> str:
    return QCoreApplication.translate(
        "Import", "'{value}' does not match the number format of this column (decimal separator {decimal}).").format(
        value=value, decimal=decimal)


def amount_too_large(value: str) -> str:
    return QCoreApplication.translate("Import", "{value} is too large for an amount.").format(value=value)


def marked_currency(marked: str, currency: str) -> str:
    return QCoreApplication.translate(
        "Import", "The amount is marked {marked} but the currency is {currency}.").format(
        marked=marked, currency=currency)


def negative_amount() -> str:
    return QCoreApplication.translate("Import", "The amount cannot be negative.")


def not_positive() -> str:
    return QCoreApplication.translate("Import", "The amount must be greater than zero.")


def paid_with_balance() -> str:
    return QCoreApplication.translate("Import", "An account with an open balance cannot be marked as paid.")


def balance_above_original(balance: str, original: str) -> str:
    return QCoreApplication.translate(
        "Import", "The balance ({balance}) is larger than the original amount ({original}).").format(
        balance=balance, original=original)


def not_date(value: str) -> str:
    return QCoreApplication.translate(
        "Import", "'{value}' is not a date (use dd.mm.yyyy, dd/mm/yyyy, dd-mm-yyyy or yyyy-mm-dd).").format(
        value=value)


def not_datetime(value: str) -> str:
    return QCoreApplication.translate(
        "Import", "'{value}' is not a date and time (use e.g. 2025-03-14T09:30:00+01:00, or 14.03.2025 09:30 "
        "in the debtor's local time).").format(value=value)


def nonexistent_local_time(value: str, zone: str) -> str:
    return QCoreApplication.translate(
        "Import", "{value} does not exist in the time zone {zone} (the clocks were put forward).").format(
        value=value, zone=zone)


def payment_in_future() -> str:
    return QCoreApplication.translate("Import", "A payment cannot be dated in the future.")


def contact_in_future() -> str:
    return QCoreApplication.translate("Import", "A contact cannot be logged in the future.")


def not_in_vocabulary(value: str, accepted: str) -> str:
    return QCoreApplication.translate("Import", "'{value}' is not accepted here. Accepted values: {accepted}.").format(
        value=value, accepted=accepted)


def not_country(value: str) -> str:
    return QCoreApplication.translate(
        "Import", "'{value}' is not an ISO 3166 country code (e.g. IT, PL, DE).").format(value=value)


def not_currency(value: str) -> str:
    return QCoreApplication.translate(
        "Import", "'{value}' is not an ISO 4217 currency code (e.g. EUR, PLN).").format(value=value)


def unknown_collector(value: str) -> str:
    return QCoreApplication.translate(
        "Import", "No staff member has the user name or full name '{value}'.").format(value=value)


def ambiguous_collector(value: str) -> str:
    return QCoreApplication.translate(
        "Import", "'{value}' is the name of more than one staff member; use the user name.").format(value=value)


def too_long(limit: int) -> str:
    return QCoreApplication.translate("Import", "The value is longer than {limit} characters.").format(limit=limit)


def not_email(value: str) -> str:
    return QCoreApplication.translate("Import", "'{value}' is not an e-mail address.").format(value=value)


def not_phone(value: str) -> str:
    return QCoreApplication.translate("Import", "'{value}' is not a phone number.").format(value=value)


def not_language(value: str) -> str:
    return QCoreApplication.translate(
        "Import", "'{value}' is not a supported language (it, pl, de, en).").format(value=value)


def not_timezone(value: str) -> str:
    return QCoreApplication.translate("Import", "'{value}' is not a time zone (e.g. Europe/Warsaw).").format(
        value=value)


def not_duration(value: str) -> str:
    return QCoreApplication.translate("Import", "'{value}' is not a duration in whole seconds.").format(value=value)


def duplicate_account(account: str, line: int) -> str:
    return QCoreApplication.translate(
        "Import", "The account number {account} already appears on line {line}.").format(account=account, line=line)


def duplicate_account_earlier(account: str) -> str:
    return QCoreApplication.translate(
        "Import", "The account number {account} already appears earlier in the file.").format(account=account)


def no_such_account(account: str) -> str:
    return QCoreApplication.translate("Import", "No account has the number {account}.").format(account=account)


def payment_currency(currency: str, other: str) -> str:
    return QCoreApplication.translate(
        "Import", "The account is kept in {currency}; this payment is in {other}.").format(
        currency=currency, other=other)


def overpayment(over: str) -> str:
    return QCoreApplication.translate(
        "Import", "The payment is {over} more than the open balance. Correct the amount, or import the file with "
        "overpayments allowed (they are held as a credit).").format(over=over)
