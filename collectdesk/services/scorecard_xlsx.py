"""The staff scorecard as an Excel workbook (openpyxl): `write_scorecard_xlsx(card, path, language=...)`.

Sheet "Scorecard": a title row (period and scope), a subtitle, a frozen header row, one row per staff
member (sorted by team, then name) under an autofilter, then one total row per team and the department
row. Columns come from the StaffScore dataclass itself (every public field, so a KPI added to the
service appears here), in the order of the dataclass:

* int fields are counts (``#,##0``); dict fields hold one column per currency found in the card
  ("Collected (EUR)", "Collected (PLN)"): money is never added across currencies; Decimal fields are
  percentages (``0.0"%"``: the cell holds 40.0 for 40 %, the same number as the pane and the JSON), or a
  score/ratio (``0.0``). Money cells use ``#,##0.00 "EUR"``. Values are real numbers, never text;
  openpyxl writes a Decimal with 16 significant digits, exact for NUMERIC(14, 2).
* Team and department totals of additive figures (counts, collected, target, promised amount) are
  formulas: ``SUMIFS`` over the staff rows by team name (still right after the user sorts or filters
  the table; team names are matched literally, wildcards escaped; two teams of the same name are told
  apart by their branch, "Recupero 1 (Milano)") and ``SUM`` over all staff rows for the department.
  Rates, ratios, scores and ``accounts_worked`` (distinct accounts: an account worked by two people
  counts once) are the values the service recomputed from its sums. Should two teams still share a
  label, their totals are written as values.

Sheet "Anomalies" (when `anomalies` is given): severity, staff member, team, the sentence.
`department_figures` (optional): extra (label, value) pairs printed below the department row.

The file is written to a temporary file in the target folder and renamed into place, so a failure
(missing folder, permission, full disk) leaves nothing half-written; it raises StorageError with a
translated message.
"""

from __future__ import annotations

import calendar
import errno
import os
import tempfile
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from collectdesk import i18n
from collectdesk.domain.errors import StorageError
from collectdesk.services.scorecards import Scorecard, StaffScore

# identity fields and the numerators behind the rates are not KPI columns
_IDENTITY = ("staff_id", "name", "role", "team_id", "team", "branch")
_INTERNAL = {"outbound_rpc", "promises_kept", "promises_fell_due", "kept_amount", "due_amount", "qa_total",
             "qa_count"}
# totals that are sums of the members' figures (others are recomputed by the service)
_NOT_ADDITIVE = {"accounts_worked"}
_ADDITIVE_MONEY = {"collected", "target", "promised_amount"}
_MONEY = _ADDITIVE_MONEY | {"collected_per_rpc"}
_PLAIN_DECIMAL = {"qa_score", "complaints_per_1000"}

COUNT_FORMAT = "#,##0"
PERCENT_FORMAT = '0.0"%"'
DECIMAL_FORMAT = "0.0"
HEADER_ROW = 3
FIRST_ROW = HEADER_ROW + 1


def money_format(currency: str) -> str:
    return f'#,##0.00 "{currency}"'


def kpi_label(name: str) -> str:
    """A column header in the user's language; an unknown new field gets a readable English name."""
    t = QCoreApplication.translate
    labels = {
        "accounts_worked": t("ScorecardXlsx", "Accounts worked"),
        "contact_attempts": t("ScorecardXlsx", "Call attempts"),
        "right_party_contacts": t("ScorecardXlsx", "Right-party contacts"),
        "rpc_rate": t("ScorecardXlsx", "RPC rate"),
        "promises_made": t("ScorecardXlsx", "Promises made"),
        "promised_amount": t("ScorecardXlsx", "Promised amount"),
        "ptp_rate": t("ScorecardXlsx", "Promise rate"),
        "kept_rate_count": t("ScorecardXlsx", "Kept rate (count)"),
        "kept_rate_amount": t("ScorecardXlsx", "Kept rate (amount)"),
        "collected": t("ScorecardXlsx", "Collected"),
        "target": t("ScorecardXlsx", "Target"),
        "attainment": t("ScorecardXlsx", "Attainment"),
        "collected_per_rpc": t("ScorecardXlsx", "Collected per RPC"),
        "followup_rate": t("ScorecardXlsx", "Broken-promise follow-up"),
        "complaints": t("ScorecardXlsx", "Complaints"),
        "compliments": t("ScorecardXlsx", "Compliments"),
        "complaints_per_1000": t("ScorecardXlsx", "Complaints per 1,000 contacts"),
        "compliance_findings": t("ScorecardXlsx", "Compliance findings"),
        "qa_score": t("ScorecardXlsx", "QA score"),
        "escalations_raised": t("ScorecardXlsx", "Escalations raised"),
    }
    return labels.get(name) or name.replace("_", " ").capitalize()


class _Column:
    """One sheet column: a StaffScore field (and a currency for dict fields)."""

    def __init__(self, name: str, currency: str | None, number_format: str, additive: bool):
        self.name, self.currency, self.number_format, self.additive = name, currency, number_format, additive

    def header(self) -> str:
        label = kpi_label(self.name)
        if self.currency is None:
            return label
        return QCoreApplication.translate("ScorecardXlsx", "{kpi} ({currency})").format(kpi=label,
                                                                                       currency=self.currency)

    def value(self, row: StaffScore):
        v = getattr(row, self.name)
        if isinstance(v, dict):
            v = v.get(self.currency)
        return v


def kpi_fields() -> list[str]:
    return [f.name for f in fields(StaffScore) if f.name not in _IDENTITY and f.name not in _INTERNAL]


def columns_for(card: Scorecard) -> list[_Column]:
    every = [*card.rows, *card.team_totals.values(), card.department]
    out = []
    for name in kpi_fields():
        sample = next((getattr(r, name) for r in every if getattr(r, name) is not None), None)
        if isinstance(sample, dict) or (sample is None and name in _MONEY):
            currencies = sorted({cur for r in every for cur in (getattr(r, name) or {})})
            money = name in _MONEY or ("rate" not in name and "attainment" not in name)
            for cur in currencies:
                out.append(_Column(name, cur, money_format(cur) if money else PERCENT_FORMAT,
                                   name in _ADDITIVE_MONEY))
        elif isinstance(sample, bool):
            continue
        elif isinstance(sample, int):
            out.append(_Column(name, None, COUNT_FORMAT, name not in _NOT_ADDITIVE))
        else:  # Decimal or None throughout
            fmt = DECIMAL_FORMAT if name in _PLAIN_DECIMAL or "rate" not in name else PERCENT_FORMAT
            out.append(_Column(name, None, fmt, False))
    return out


def team_labels(card: Scorecard) -> dict:
    """team_id -> the name shown in the Team column: the team's name, with its branch when another team
    in the card has the same name ("Recupero crediti 1 (Milano)"); staff without a team: ""."""
    out = {}
    for key, total in card.team_totals.items():
        if key is None:
            out[key] = ""
            continue
        same = [k for k, x in card.team_totals.items() if k is not None and x.team == total.team]
        out[key] = total.team or "" if len(same) == 1 else QCoreApplication.translate(
            "ScorecardXlsx", "{team} ({branch})").format(team=total.team or "", branch=total.branch or "")
    return out


def _criterion(team: str | None) -> str:
    """A SUMIFS criterion matching exactly this text ("=" + text, wildcards escaped, quotes doubled)."""
    text = (team or "").replace("~", "~~").replace("*", "~*").replace("?", "~?").replace('"', '""')
    return f'"={text}"'


def period_text(start: date, end: date, language: str) -> str:
    """"October 2026", "2026", or "01/10/2026 to 15/10/2026" in the language's own words and order."""
    loc = QLocale(i18n.normalise(language))
    if start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        return str(start.year)
    if start.day == 1 and end == date(start.year, start.month, calendar.monthrange(start.year, start.month)[1]):
        return QCoreApplication.translate("ScorecardXlsx", "{month} {year}").format(
            month=loc.standaloneMonthName(start.month, QLocale.FormatType.LongFormat), year=start.year)
    fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return QCoreApplication.translate("ScorecardXlsx", "{start} to {end}").format(
        start=loc.toString(start, fmt), end=loc.toString(end, fmt))


def _period_text(card: Scorecard, language: str) -> str:
    return period_text(card.period_start, card.period_end, language)


def _role(value) -> str:
    t = QCoreApplication.translate
    key = "" if value is None else str(getattr(value, "value", value))
    return {"collector": t("ScorecardXlsx", "Collector"), "customer_service": t("ScorecardXlsx", "Customer service"),
            "accountant": t("ScorecardXlsx", "Accountant")}.get(key, key.replace("_", " ").capitalize())


def write_scorecard_xlsx(scorecard: Scorecard, path: str | os.PathLike, *, language: str,
                         department_figures: Mapping[str, object] | Iterable[tuple[str, object]] | None = None,
                         anomalies: Sequence | None = None, scope: str | None = None) -> Path:
    """Write the workbook to `path` (replacing it). Returns the path. Raises StorageError if it cannot."""
    from openpyxl import Workbook

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "Scorecard"
    _fill_scorecard(ws, scorecard, language, scope, department_figures)
    if anomalies is not None:
        _fill_anomalies(wb.create_sheet("Anomalies"), anomalies, language)
    period = _period_text(scorecard, language)
    wb.properties.title = QCoreApplication.translate("ScorecardXlsx", "Staff scorecard {period}").format(period=period)
    wb.properties.subject = scope or ""
    wb.properties.description = f"{scorecard.period_start.isoformat()}..{scorecard.period_end.isoformat()}"
    wb.properties.keywords = f"scorecard {scorecard.period_start.isoformat()} {scorecard.period_end.isoformat()}"
    wb.properties.creator = "CollectDesk"
    wb.properties.language = i18n.normalise(language)
    _save_atomically(wb, path)
    return path


def _fill_scorecard(ws, card: Scorecard, language: str, scope: str | None, department_figures) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    t = QCoreApplication.translate
    cols = columns_for(card)
    ident = [t("ScorecardXlsx", "Name"), t("ScorecardXlsx", "Role"), t("ScorecardXlsx", "Team"),
             t("ScorecardXlsx", "Branch")]
    first_kpi = len(ident) + 1
    team_col = get_column_letter(3)
    ws.cell(1, 1, t("ScorecardXlsx", "Staff scorecard {period}").format(period=_period_text(card, language))
            ).font = Font(bold=True, size=14)
    ws.cell(2, 1, t("ScorecardXlsx", "Scope: {scope}").format(scope=scope) if scope
            else t("ScorecardXlsx", "Scope: the whole department"))
    bold, grey = Font(bold=True), PatternFill("solid", fgColor="E8ECF0")
    for i, text in enumerate([*ident, *(c.header() for c in cols)], start=1):
        cell = ws.cell(HEADER_ROW, i, text)
        cell.font, cell.fill = bold, grey
        cell.alignment = Alignment(wrap_text=True, vertical="top")

    label = team_labels(card)
    rows = sorted(card.rows, key=lambda row: (row.team_id is None, label.get(row.team_id, ""), row.name))
    r = FIRST_ROW
    for row in rows:
        for i, v in enumerate((row.name, _role(row.role), label.get(row.team_id, ""), row.branch or ""), start=1):
            ws.cell(r, i, v)
        _write_values(ws, r, first_kpi, cols, row)
        r += 1
    last = max(r - 1, FIRST_ROW)

    r += 1
    labels = list(label.values())
    for key, total in sorted(card.team_totals.items(), key=lambda kv: (kv[0] is None, label.get(kv[0], ""))):
        name = label.get(key, "")
        ws.cell(r, 1, t("ScorecardXlsx", "Total {team}").format(team=name) if key is not None else t(
            "ScorecardXlsx", "Total without a team")).font = bold
        ws.cell(r, 3, name).font = bold
        ws.cell(r, 4, total.branch or "")
        unique = labels.count(name) == 1
        _write_values(ws, r, first_kpi, cols, total, formula=lambda c, letter, name=name: (
            f"=SUMIFS({letter}{FIRST_ROW}:{letter}{last},{team_col}{FIRST_ROW}:{team_col}{last},"
            f"{_criterion(name)})") if unique else None, bold=True)
        r += 1
    ws.cell(r, 1, t("ScorecardXlsx", "Department")).font = bold
    _write_values(ws, r, first_kpi, cols, card.department,
                  formula=lambda c, letter: f"=SUM({letter}{FIRST_ROW}:{letter}{last})", bold=True)
    r += 1

    if department_figures:
        r += 1
        items = department_figures.items() if isinstance(department_figures, Mapping) else department_figures
        for label, value in items:
            ws.cell(r, 1, str(label)).font = bold
            _write_plain(ws, r, 2, value)
            r += 1

    ws.freeze_panes = ws.cell(FIRST_ROW, 2)
    last_col = get_column_letter(len(ident) + len(cols))
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{last}"
    ws.row_dimensions[HEADER_ROW].height = 32
    widths = [max(12, min(36, max((len(str(ws.cell(x, 1).value or "")) for x in range(FIRST_ROW, r)), default=12)
                      + 2)), 16, 18, 18]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for i, c in enumerate(cols, start=first_kpi):
        ws.column_dimensions[get_column_letter(i)].width = max(12, min(22, len(c.header()) * 0.9 + 2))


def _write_values(ws, r: int, first: int, cols: list[_Column], row: StaffScore, *, formula=None, bold=False) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    for i, c in enumerate(cols, start=first):
        f = formula(c, get_column_letter(i)) if formula is not None and c.additive else None
        cell = ws.cell(r, i, f if f else c.value(row))
        cell.number_format = c.number_format
        if bold:
            cell.font = Font(bold=True)


def _write_plain(ws, r: int, c: int, value) -> None:
    """A department figure: a number, a text, or a dict of currency -> amount over several cells."""
    if isinstance(value, dict):
        for cur, amount in sorted(value.items()):
            cell = ws.cell(r, c, amount)
            cell.number_format = money_format(cur) if isinstance(amount, Decimal) else COUNT_FORMAT
            c += 1
        return
    if isinstance(value, (uuid.UUID,)):
        value = str(value)
    cell = ws.cell(r, c, value)
    if isinstance(value, int) and not isinstance(value, bool):
        cell.number_format = COUNT_FORMAT
    elif isinstance(value, Decimal):
        cell.number_format = DECIMAL_FORMAT


def _fill_anomalies(ws, anomalies: Sequence, language: str) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    from collectdesk.services.staff_anomalies import HIGH, anomaly_sentence

    t = QCoreApplication.translate
    headers = [t("ScorecardXlsx", "Severity"), t("ScorecardXlsx", "Staff member"), t("ScorecardXlsx", "Team"),
               t("ScorecardXlsx", "What was found")]
    for i, text in enumerate(headers, start=1):
        cell = ws.cell(1, i, text)
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="E8ECF0")
    for r, a in enumerate(anomalies, start=2):
        ws.cell(r, 1, t("ScorecardXlsx", "High") if a.severity == HIGH else t("ScorecardXlsx", "Medium"))
        ws.cell(r, 2, a.staff_name)
        ws.cell(r, 3, a.team or "")
        ws.cell(r, 4, anomaly_sentence(a, language)).alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:D{max(1, len(anomalies) + 1)}"
    for letter, width in zip("ABCD", (12, 24, 18, 90)):
        ws.column_dimensions[letter].width = width


def _save_atomically(wb, path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".~", suffix=".xlsx.tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            wb.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise _write_error(path, exc) from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _write_error(path: Path, exc: OSError) -> StorageError:
    t = QCoreApplication.translate
    if exc.errno == errno.ENOENT and not path.parent.exists():
        return StorageError(t("ScorecardXlsx", "The folder {folder} does not exist. Nothing was written.").format(
            folder=path.parent))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(t("ScorecardXlsx", "{file} cannot be written here (no permission). Nothing was "
                              "written.").format(file=path))
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(t("ScorecardXlsx", "The disk is full: {file} was not written.").format(file=path))
    if exc.errno == errno.EISDIR or path.is_dir():
        return StorageError(t("ScorecardXlsx", "{file} is a folder. Choose a file name.").format(file=path))
    return StorageError(t("ScorecardXlsx", "{file} could not be written: {reason}").format(
        file=path, reason=exc.strerror or exc))
