"""One Report table on a write-only sheet (reports/render_xlsx.py): the layout, the streamed rows, the
worksheet table (filter buttons) and the total rows.

    plan = TablePlan(table, lang, fmts)     # columns as written (a currency column added where needed), widths
    plan.write(sheet, progress)             # title, header, rows, totals, note; returns the rows it used

The rows go through a handful of cells made once per column (and per currency for a column whose rows
differ), whose values are replaced row by row; openpyxl's write-only sheet is told to take them as they
are (`fast_rows`), so a styled row costs what an unstyled one does. Without that hook (another openpyxl
version) the same cells go through openpyxl's public path, slower but the same file.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from decimal import Decimal

from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table as SheetTable
from openpyxl.worksheet.table import TableColumn, TableStyleInfo
from PySide6.QtCore import QCoreApplication

from collectdesk.reports.model import Column, ColumnKind, Table
from collectdesk.reports.render_xlsx_formats import (
    column_format, column_width, content_width, money_format, plain_value, table_name,
    unique_headers)

FAST_ROWS = hasattr(WriteOnlyWorksheet, "_values_to_row")   # the hook fast_rows replaces
TEXT_LIKE = (ColumnKind.TEXT,)          # left-aligned headers (numbers and dates sit right)
CHUNK = 1024                                                 # rows between progress reports / Cancel checks


def fast_rows(row, row_idx):
    """WriteOnlyWorksheet._values_to_row for rows of ready cells (each has its column set)."""
    for cell in row:
        if cell._value is not None:
            cell.row = row_idx
            yield cell


def strip_illegal(value):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else plain_value(value)


@dataclass
class Slot:
    """A sheet column of a table."""
    key: str                       # the row key read
    header: str
    kind: ColumnKind
    column: Column | None          # None: the currency column added for a mixed money column
    number_format: str
    total: bool = False
    currency_key: str | None = None          # mixed money: the row key naming each row's currency
    currencies: list[str] = field(default_factory=list)
    width: float = 10.0
    currency_slot: int | None = None         # index of the slot holding the currency (mixed money)

    @property
    def mixed(self) -> bool:
        return self.kind == ColumnKind.MONEY and self.currency_key is not None


class TablePlan:
    def __init__(self, table: Table, lang, date_format: str, datetime_format: str):
        say = QCoreApplication.translate  # what lupdate reads say(...) as
        say = lang.translate              # at run time: the report's language
        self.table = table
        self.date_format, self.datetime_format = date_format, datetime_format
        self.total_label = say("ReportXlsx", "Total", "the last row of a table")
        self.total_in = say("ReportXlsx", "Total {currency}", "the total row of one currency")
        keys = {c.key for c in table.columns}
        slots: list[Slot] = []
        added: dict[str, int] = {}
        for col in table.columns:
            mixed_key = col.currency_key if col.kind == ColumnKind.MONEY and not col.currency else None
            slots.append(Slot(col.key, col.title, col.kind, col, self._format(col), col.total, mixed_key))
            if mixed_key and mixed_key not in keys and mixed_key not in added:
                added[mixed_key] = len(slots)
                slots.append(Slot(mixed_key, say("ReportXlsx", "Currency", "column of a table"), ColumnKind.TEXT,
                                  None, "General"))
        for title, slot in zip(unique_headers([s.header for s in slots]), slots):
            slot.header = title
        index = {s.key: i for i, s in enumerate(slots) if not s.mixed}
        for slot in slots:
            if slot.mixed:
                slot.currency_slot = index.get(slot.currency_key)
        self.slots = slots
        self._measure()

    def _format(self, col: Column) -> str:
        if col.kind == ColumnKind.DATE:
            return self.date_format
        if col.kind == ColumnKind.DATETIME:
            return self.datetime_format
        return column_format(col)

    def _measure(self) -> None:
        rows = self.table.rows
        label = self._label_slot()
        for slot in self.slots:
            if slot.mixed:
                slot.currencies = sorted({str(r.get(slot.currency_key)) for r in rows
                                          if r.get(slot.currency_key)})
        for index, slot in enumerate(self.slots):
            values = [r.get(slot.key) for r in rows]
            if slot.total:                                    # the total is as wide as the sum
                values.append(sum((abs(v) for v in values if isinstance(v, (int, Decimal))), 0))
            currency_len = max((len(c) for c in slot.currencies), default=0) if slot.mixed else len(
                slot.column.currency or "") if slot.column else 0
            places = slot.column.decimals if slot.column else 2
            needed = content_width(slot.kind, values, places=places, currency_len=currency_len,
                                   date_len=len(self.date_format.replace("\\", "")) + 1,
                                   datetime_len=len(self.datetime_format.replace("\\", "")) + 1)
            if self.has_totals and index == label:
                needed = max(needed, len(self.total_label), *(len(self.total_in.format(currency=c)) + 1
                                                              for c in self._currencies()))
            slot.width = column_width(slot.header, needed, slot.column.width if slot.column else None)

    @property
    def has_totals(self) -> bool:
        return bool(self.table.rows) and any(s.total for s in self.slots)

    @property
    def width(self) -> int:
        return len(self.slots)

    def _has_main_total(self) -> int:
        return int(any(s.total and not s.mixed for s in self.slots))

    def _currencies(self) -> list[str]:
        return sorted({c for s in self.slots if s.total and s.mixed for c in s.currencies})

    # ------------------------------------------------------------------------------------------ writing

    def write(self, sheet, styles, progress, table_number: int) -> None:
        ws = sheet.ws
        sheet.append([sheet.cell(self.table.title, font=styles.h2)])
        header_row = sheet.row + 1
        sheet.append([sheet.cell(s.header, font=styles.bold, fill=styles.header_fill,
                                 alignment=styles.header_align if s.kind in TEXT_LIKE else styles.header_right)
                      for s in self.slots])
        first = sheet.row + 1
        self._write_rows(sheet, progress)
        last = max(first, sheet.row)
        if not self.table.rows:
            sheet.append([])                                   # a worksheet table needs one data row
        self._add_sheet_table(ws, header_row, last, table_number)
        if self.has_totals:
            self._write_totals(sheet, styles, first, last)
        if self.table.note:
            sheet.append([sheet.cell(self.table.note, font=styles.note)])
        sheet.append([])

    def _templates(self, ws) -> list[WriteOnlyCell]:
        out = []
        for i, slot in enumerate(self.slots, start=1):
            cell = WriteOnlyCell(ws)
            cell.column = i
            if slot.number_format != "General":
                cell.number_format = slot.number_format
            out.append(cell)
        return out

    def _write_rows(self, sheet, progress) -> None:
        ws = sheet.ws
        cells = self._templates(ws)
        slots = list(enumerate(self.slots))
        mixed: dict[int, dict[str, WriteOnlyCell]] = {j: {} for j, s in slots if s.mixed}
        dated = {j for j, s in slots if s.kind == ColumnKind.DATETIME}
        if FAST_ROWS:
            ws._values_to_row = fast_rows
        try:
            for n, row in enumerate(self.table.rows, start=1):
                for j, slot in slots:
                    value = row.get(slot.key)
                    if j in mixed:
                        cur = row.get(slot.currency_key) or ""
                        cell = mixed[j].get(cur)
                        if cell is None:
                            cell = mixed[j][cur] = WriteOnlyCell(ws)
                            cell.column = j + 1
                            cell.number_format = money_format(cur or None, slot.column.decimals)
                        cells[j] = cell
                    else:
                        cell = cells[j]
                    if j in dated:
                        value = plain_value(value)
                    try:
                        cell.value = value
                    except (ValueError, TypeError, IllegalCharacterError):
                        cell.value = strip_illegal(value)
                    if cell.data_type == "f":                 # text that starts with "=" stays text
                        cell.data_type = "s"
                sheet.append(cells)
                if n % CHUNK == 0:
                    progress.advance(CHUNK)
            progress.advance(len(self.table.rows) % CHUNK)
        finally:
            if FAST_ROWS:
                del ws._values_to_row

    def _add_sheet_table(self, ws, header_row: int, last: int, number: int) -> None:
        ref = f"A{header_row}:{get_column_letter(self.width)}{last}"
        table = SheetTable(displayName=table_name(self.table.key, number), ref=ref)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=True)
        table.tableColumns = [TableColumn(id=i, name=s.header) for i, s in enumerate(self.slots, start=1)]
        table.autoFilter = AutoFilter(ref=ref)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")                 # "add table columns manually": they are
            ws.add_table(table)

    def _label_slot(self) -> int | None:
        return next((i for i, s in enumerate(self.slots) if not s.total and s.kind == ColumnKind.TEXT
                     and s.column is not None), None)

    def _write_totals(self, sheet, styles, first: int, last: int) -> None:
        """=SUBTOTAL(109, ...) under each summed column (follows the filter); for a money column whose rows
        differ in currency, one row per currency with SUMIFS on the currency column (counts every row)."""
        label = self._label_slot()
        if self._has_main_total():
            row: list = [None] * self.width
            if label is not None:
                row[label] = sheet.cell(self.total_label, font=styles.bold, border=styles.total_border)
            for i, slot in enumerate(self.slots):
                if slot.total and not slot.mixed:
                    col = get_column_letter(i + 1)
                    row[i] = sheet.cell(f"=SUBTOTAL(109,{col}{first}:{col}{last})", formula=True, font=styles.bold,
                                        fmt=slot.number_format, border=styles.total_border)
            sheet.append(row)
        for cur in self._currencies():
            row = [None] * self.width
            if label is not None:
                row[label] = sheet.cell(self.total_in.format(currency=cur), font=styles.bold)
            for i, slot in enumerate(self.slots):
                if not (slot.total and slot.mixed) or slot.currency_slot is None:
                    continue
                col, by = get_column_letter(i + 1), get_column_letter(slot.currency_slot + 1)
                text = cur.replace('"', '""')
                row[i] = sheet.cell(f'=SUMIFS({col}{first}:{col}{last},{by}{first}:{by}{last},"{text}")',
                                    formula=True, font=styles.bold, fmt=money_format(cur, slot.column.decimals))
            sheet.append(row)
