"""Export a whole queue (every row, not only what is on screen) to CSV or XLSX, streaming.

CSV follows the user's language the way their spreadsheet expects it: English uses "," and a
decimal point; Italian, Polish and German use ";" and a decimal comma. Dates are ISO (every
spreadsheet reads them). XLSX is written with xlsxwriter in constant-memory mode (the fastest
Python writer measured here), with real numbers, dates, a frozen header and a filter.
Cells that begin with = + - @ are written as text, so a debtor name cannot become a formula.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from collectdesk import i18n
from collectdesk.domain.errors import DomainError
from collectdesk.services.queues.columns import COLUMNS
from collectdesk.services.queues.window import QueueQuery, QueueRow


class ExportCancelled(DomainError):
    pass


def _cell(row: QueueRow, key: str):
    if key == "collector":
        return row.collector
    if key == "last_contact":
        return row.last_contact
    if key == "next_action":
        return row.next_action
    value = getattr(row, key)
    return value


def _safe_text(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_queue(query: QueueQuery, columns: list[str], path: Path, *,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, labeller=None) -> int:
    """Write every row of the queue to `path` (.csv or .xlsx). Returns the number of rows.

    `labeller(key, value) -> str` turns enum values (status, aging) and the case into the user's words.
    The file appears only when complete: it is written beside the target and renamed at the end.
    """
    total = query.count()
    tmp = path.with_name(path.name + ".part")
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            n = _write_xlsx(query, columns, tmp, total, progress, cancelled, labeller)
        else:
            n = _write_csv(query, columns, tmp, total, progress, cancelled, labeller)
        os.replace(tmp, path)
        return n
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _rows(query: QueueQuery, total: int, progress, cancelled, with_case: bool = False):
    done = 0
    for rows in query.iter_rows(chunk=2000, with_case=with_case):
        if cancelled is not None and cancelled():
            raise ExportCancelled(QCoreApplication.translate("Queues", "Export cancelled. No file was written."))
        yield from rows
        done += len(rows)
        if progress is not None:
            progress(done, total)


def _label(labeller, key, value):
    if labeller is not None:
        return labeller(key, value)
    return getattr(value, "value", str(value))


def _csv_formatters(columns, comma: bool, labeller):
    """One small function per column, chosen once: the loop over 1,000,000 rows does no dispatching."""
    labels: dict = {}

    def label(key):
        def fmt(v):
            text = labels.get((key, v))
            if text is None:
                text = labels[(key, v)] = _label(labeller, key, v)
            return text
        return fmt

    def money(v):
        s = f"{v:.2f}"
        return s.replace(".", ",") if comma else s

    out = []
    for key in columns:
        attr = {"last_contact": "last_contact", "next_action": "next_action"}.get(key, key)
        if key in ("balance", "original_amount"):
            fmt = money
        elif key in ("status", "aging", "case"):
            fmt = label(key)
        elif key == "last_contact":
            fmt = lambda v: v.isoformat(sep=" ", timespec="minutes")  # noqa: E731
        elif key in ("due_date", "next_action"):
            fmt = date_iso
        elif key in ("dpd", "priority"):
            fmt = str
        else:
            fmt = _safe_text
        out.append((attr, fmt))
    return out


def date_iso(v) -> str:
    return v.isoformat()


def _write_csv(query, columns, tmp: Path, total, progress, cancelled, labeller) -> int:
    lang = i18n.current_language()
    comma = lang in ("it", "pl", "de")
    delimiter = ";" if comma else ","
    formatters = _csv_formatters(columns, comma, labeller)
    n = 0
    with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow([COLUMNS[c].title for c in columns])
        for row in _rows(query, total, progress, cancelled, "case" in columns):
            writer.writerow(["" if (v := getattr(row, attr)) is None else fmt(v) for attr, fmt in formatters])
            n += 1
    return n


def _write_xlsx(query, columns, tmp: Path, total, progress, cancelled, labeller) -> int:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "strings_to_formulas": False,
                                        "strings_to_numbers": False, "remove_timezone": True})
    ws = wb.add_worksheet(QCoreApplication.translate("Queues", "Queue")[:31])
    head = wb.add_format({"bold": True, "bottom": 1})
    money = wb.add_format({"num_format": "#,##0.00"})
    day = wb.add_format({"num_format": "yyyy-mm-dd"})
    stamp = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    for c, key in enumerate(columns):
        ws.write_string(0, c, COLUMNS[key].title, head)
        ws.set_column(c, c, max(10, COLUMNS[key].width // 7))
    ws.freeze_panes(1, 0)
    r = 0
    for row in _rows(query, total, progress, cancelled, "case" in columns):
        r += 1
        for c, key in enumerate(columns):
            v = _cell(row, key)
            if v is None:
                continue
            if key in ("balance", "original_amount"):
                ws.write_number(r, c, v, money)  # Decimal: xlsxwriter writes its exact digits
            elif key in ("status", "aging", "case"):
                ws.write_string(r, c, _label(labeller, key, v))
            elif key == "last_contact":
                ws.write_datetime(r, c, v.astimezone().replace(tzinfo=None), stamp)
            elif key in ("due_date", "next_action"):
                ws.write_datetime(r, c, v, day)
            elif isinstance(v, int):
                ws.write_number(r, c, v)
            else:
                ws.write_string(r, c, str(v))
    ws.autofilter(0, 0, max(r, 1), len(columns) - 1)
    wb.set_properties({"title": QCoreApplication.translate("Queues", "Account queue"), "creator": "CollectDesk"})
    wb.close()
    return r
