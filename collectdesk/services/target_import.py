"""Importing targets from a spreadsheet (XLSX; a CSV works too), all or nothing.

    report = import_targets(ctx, Path("targets.xlsx"))
    if not report.ok: show report.errors  # (line, column, reason), nothing was written

The columns are documented for users in docs/targets-import.md. One row is one target:

    staff | team       who: a staff member's user name or full name, or a team's name
                       ("Branch / Team" when two branches have a team of that name); exactly one of them
    metric             amount_collected, contacts, right_party_contacts, promises_made, or their names
                       in English, Italian, Polish or German (domain.target_metrics)
    period             a month: 2026-11, 11/2026, 11.2026, or a date cell (its month)
    period_start/_end  instead of period: the first and last day (dates as the account importer reads them)
    amount, currency   for amount_collected (amounts as the account importer reads them)
    count              for the counted metrics: a whole number

Headers are recognised in English, Italian, Polish and German, compared after `fields.header_key`
(case, accents, spaces and punctuation do not matter), as the account importer does; the readers
of files, dates, amounts and currencies are the account importer's (`collectdesk.services.imports`).

A target that already exists for the owner, metric and period is updated (``updated``; one with the
same value is ``unchanged``), others are created (``inserted``). Every row is checked before
anything is written; any bad row (or a row repeating an earlier one) means nothing is written and
every bad row is reported with the sheet's row number, the column as headed in the file, and the
reason in the user's language. The writing is one transaction with one audit row per target created
or changed (the ORM listener) plus one summary row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from collectdesk.domain.errors import ValidationError
from collectdesk.domain.money import is_currency_code
from collectdesk.domain.target_metrics import METRICS, metric, month_end
from collectdesk.services.audit import bulk_entry
from collectdesk.services.context import ServiceContext
from collectdesk.services.imports import messages
from collectdesk.services.imports.amounts import AmountParser, NumberFormat, cents_text
from collectdesk.services.imports.cells import CellError, text_of
from collectdesk.services.imports.dates import parse_date
from collectdesk.services.imports.fields import Field, header_key
from collectdesk.services.imports.report import ImportCancelled, ImportReport
from collectdesk.services.imports.sources import open_source
from collectdesk.services.imports.vocabulary import CURRENCY_SYMBOLS
from collectdesk.services.targets import check_target_value, metric_label
from collectdesk.store.models import Branch, StaffMember, Target, Team


def _f(name: str, *aliases: str) -> Field:
    return Field(name, False, (name, *aliases))


FIELDS = (
    _f("staff", "staff member", "username", "user name", "user", "employee", "collector", "agent", "name",
       "operatore", "dipendente", "collaboratore", "incaricato", "nome utente", "utente",
       "pracownik", "windykator", "konsultant", "nazwa użytkownika", "login", "użytkownik",
       "Mitarbeiter", "Mitarbeiterin", "Sachbearbeiter", "Benutzername", "Benutzer"),
    _f("team", "team name", "squadra", "gruppo", "nome team", "zespół", "grupa", "nazwa zespołu", "Gruppe",
       "Teamname"),
    _f("metric", "measure", "kpi", "target type", "metrica", "indicatore", "tipo obiettivo", "miara", "wskaźnik",
       "rodzaj celu", "Kennzahl", "Messgröße", "Metrik", "Zielart"),
    _f("period", "month", "periodo", "mese", "okres", "miesiąc", "Zeitraum", "Monat", "Periode"),
    _f("period_start", "start", "from", "period start", "start date", "valid from", "inizio", "dal", "data inizio",
       "inizio periodo", "od", "początek", "data od", "początek okresu", "von", "ab", "Beginn", "Startdatum",
       "Zeitraum von"),
    _f("period_end", "end", "to", "until", "period end", "end date", "valid to", "fine", "al", "data fine",
       "fine periodo", "do", "koniec", "data do", "koniec okresu", "bis", "Ende", "Enddatum", "Zeitraum bis"),
    _f("amount", "target amount", "goal amount", "importo", "importo obiettivo", "obiettivo importo", "kwota",
       "kwota celu", "kwota docelowa", "Betrag", "Zielbetrag", "Sollbetrag"),
    _f("currency", "valuta", "divisa", "waluta", "Währung", "Waehrung"),
    _f("count", "number", "quantity", "target count", "numero", "quantità", "conteggio", "liczba", "ilość",
       "Anzahl", "Menge", "Stückzahl"),
)
FIELD_NAMES = tuple(f.name for f in FIELDS)
_ALIASES = {header_key(alias): f.name for f in FIELDS for alias in f.aliases}
_METRICS = {header_key(alias): m.key for m in METRICS for alias in (m.key, m.label, *m.aliases)}

# the sample workbook in collectdesk.resources (written by `python tests/services/test_target_import.py`)
SAMPLE_RESOURCE = ("samples", "targets_sample.xlsx")
_PERIOD_YM = re.compile(r"([0-9]{4})[-/.]([0-9]{1,2})")
_PERIOD_MY = re.compile(r"([0-9]{1,2})[-/.]([0-9]{4})")
_COUNT = re.compile(r"[0-9]{1,3}(?:([ .,'\u00a0\u202f])[0-9]{3})(?:\1[0-9]{3})*|[0-9]+")


@dataclass
class TargetImportReport(ImportReport):
    unchanged: int = 0  # rows naming a target that already had that value


@dataclass(frozen=True)
class _Row:
    line: int
    staff_id: object
    team_id: object
    metric: str
    start: date
    end: date
    amount: Decimal | None
    currency: str | None
    count: int | None


# ---- messages (context "TargetImport") ----------------------------------------------------------

def _missing_columns(what: str, headers: str) -> str:
    return QCoreApplication.translate(
        "TargetImport", "The file has no column for {what}. Columns found: {headers}. The columns are described "
        "in the help on importing targets.").format(what=what, headers=headers)


def _owner_both() -> str:
    return QCoreApplication.translate("TargetImport", "Give either a staff member or a team, not both.")


def _owner_none() -> str:
    return QCoreApplication.translate("TargetImport", "Give a staff member or a team.")


def _unknown_team(value: str) -> str:
    return QCoreApplication.translate("TargetImport", "No team is named '{value}'.").format(value=value)


def _ambiguous_team(value: str) -> str:
    return QCoreApplication.translate(
        "TargetImport", "More than one branch has a team named '{value}'; write it as 'Branch / Team'.").format(
        value=value)


def _not_period(value: str) -> str:
    return QCoreApplication.translate(
        "TargetImport", "'{value}' is not a month (use e.g. 2026-11 or 11/2026).").format(value=value)


def _no_period() -> str:
    return QCoreApplication.translate(
        "TargetImport", "Give the period (a month), or its first and last day.")


def _period_mismatch() -> str:
    return QCoreApplication.translate("TargetImport", "The first and last day do not match the period given.")


def _end_before_start() -> str:
    return QCoreApplication.translate("TargetImport", "The period ends before it starts.")


def _needs_amount(name: str) -> str:
    return QCoreApplication.translate("TargetImport", "{metric} needs an amount.").format(metric=name)


def _needs_count(name: str) -> str:
    return QCoreApplication.translate("TargetImport", "{metric} needs a count.").format(metric=name)


def _not_for_money(name: str) -> str:
    return QCoreApplication.translate(
        "TargetImport", "{metric} is an amount of money; leave the count empty.").format(metric=name)


def _not_for_count(name: str) -> str:
    return QCoreApplication.translate(
        "TargetImport", "{metric} is counted; leave the amount empty.").format(metric=name)


def _not_whole(value: str) -> str:
    return QCoreApplication.translate("TargetImport", "'{value}' is not a whole number.").format(value=value)


def _repeated(line: int) -> str:
    return QCoreApplication.translate(
        "TargetImport", "The same target (who, metric and period) is already on row {line}.").format(line=line)


def _summary(file: str, rows: int, inserted: int, updated: int) -> str:
    return QCoreApplication.translate(
        "TargetImport", "Imported targets from {file}: {rows} rows, {inserted} new, {updated} updated").format(
        file=file, rows=rows, inserted=inserted, updated=updated)


# ---- columns and cells --------------------------------------------------------------------------

def resolve_columns(header: list[str]) -> tuple[dict[str, int], dict[str, str]]:
    """field -> position and field -> header as written; ValidationError for a file without the columns."""
    texts = [str(h).strip() for h in header]
    shown = ", ".join(t for t in texts if t) or "-"
    index: dict[str, int] = {}
    label: dict[str, str] = {}
    for pos, text in enumerate(texts):
        name = _ALIASES.get(header_key(text)) if text else None
        if name is None:
            continue
        if name in index:
            raise ValidationError(messages.duplicate_column(label[name], text, name))
        index[name], label[name] = pos, text
    if not index:
        raise ValidationError(messages.no_header("", "staff, metric, period, amount, currency, count"))
    missing = []
    if "staff" not in index and "team" not in index:
        missing.append("staff / team")
    if "metric" not in index:
        missing.append("metric")
    if "period" not in index and not ("period_start" in index and "period_end" in index):
        missing.append("period / period_start + period_end")
    if "amount" not in index and "count" not in index:
        missing.append("amount / count")
    if missing:
        raise ValidationError(_missing_columns(", ".join(missing), shown))
    return index, label


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def parse_period(value) -> tuple[date, date]:
    """A month as (first day, last day), from '2026-11', '11/2026', '11.2026' or a date cell."""
    if isinstance(value, (date, datetime)):
        day = value.date() if isinstance(value, datetime) else value
        return day.replace(day=1), month_end(day)
    text = text_of(value)
    if not text:
        raise CellError(messages.required())
    for pattern, year_group, month_group in ((_PERIOD_YM, 1, 2), (_PERIOD_MY, 2, 1)):
        m = pattern.fullmatch(text)
        if m and 1 <= int(m.group(month_group)) <= 12:
            first = date(int(m.group(year_group)), int(m.group(month_group)), 1)
            return first, month_end(first)
    try:
        day = parse_date(text)  # a whole date: its month
    except CellError:
        raise CellError(_not_period(text)) from None
    return day.replace(day=1), month_end(day)


def parse_count(value) -> int:
    if isinstance(value, bool):
        raise CellError(_not_whole(str(value)))
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise CellError(_not_whole(format(value, "g")))
    text = text_of(value)
    m = _COUNT.fullmatch(text)
    if not m:
        raise CellError(_not_whole(text))
    return int(re.sub(r"[^0-9]", "", text))


_WHOLE = re.compile(r"[+-]?[0-9]{1,15}")


def _amount(parser: AmountParser, value, currency: str | None) -> Decimal:
    """The account importer's amount rules; a plain whole number ("2500") is read here, because its
    parser fails on one in a column without a decimal separator (reported to the importer's owner)."""
    if value.__class__ is str and _WHOLE.fullmatch(value.strip()):
        return Decimal(int(value.strip())).quantize(Decimal("0.01"))
    return Decimal(cents_text(parser.parse(value, currency)))


def parse_currency(value) -> str:
    text = text_of(value)
    code = CURRENCY_SYMBOLS.get(text.casefold(), text.upper())
    if not is_currency_code(code):
        raise CellError(messages.not_currency(text))
    return code


class _Owners:
    """Staff members by user name and full name, teams by name and by 'Branch / Team' (read once)."""

    def __init__(self, s):
        self.by_username, self.by_name, self.teams = {}, {}, {}
        for sid, username, full_name in s.execute(select(StaffMember.id, StaffMember.username,
                                                         StaffMember.full_name)):
            self.by_username[_key(username)] = sid
            self.by_name.setdefault(_key(full_name), []).append(sid)
        for tid, name, branch in s.execute(select(Team.id, Team.name, Branch.name).join(Branch)):
            self.teams.setdefault(_key(name), []).append(tid)
            self.teams.setdefault(_key(f"{branch} / {name}"), []).append(tid)

    def staff(self, text: str):
        key = _key(text)
        if key in self.by_username:
            return self.by_username[key]
        found = self.by_name.get(key, [])
        if len(found) > 1:
            raise CellError(messages.ambiguous_collector(text))
        if not found:
            raise CellError(messages.unknown_collector(text))
        return found[0]

    def team(self, text: str):
        key = _key(text)
        found = self.teams.get(key) or self.teams.get(_key(re.sub(r"\s*/\s*", " / ", text)), [])
        if len(found) > 1:
            raise CellError(_ambiguous_team(text))
        if not found:
            raise CellError(_unknown_team(text))
        return found[0]


# ---- the import ---------------------------------------------------------------------------------

def import_targets(ctx: ServiceContext, path: Path, *, progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> TargetImportReport:
    """Import `path`; a report with errors means nothing was written. An unreadable file or one
    without the needed columns: ValidationError. Cancel: ImportCancelled, nothing written."""
    path = Path(path)
    source = open_source(path, encoding=None, delimiter=None)
    try:
        source.open()
        index, label = resolve_columns(source.header)
        lines = list(source.rows())
    finally:
        source.close()
    report = TargetImportReport(kind="targets", filename=path.name, encoding=source.encoding,
                                delimiter=source.delimiter, ignored_columns=[
                                    str(h).strip() for i, h in enumerate(source.header)
                                    if str(h).strip() and i not in index.values()])
    report.rows = len(lines)
    total = len(lines) * 2
    amounts = AmountParser(label.get("amount", "amount"), NumberFormat(comma_hint=source.delimiter in (";", "\t")))

    def cell(cells, name):
        pos = index.get(name)
        return cells[pos] if pos is not None and pos < len(cells) else None

    if "amount" in index:
        amounts.learn(cell(cells, "amount") for _line, cells in lines)
    with ctx.reading() as s:
        owners = _Owners(s)
    rows: list[_Row] = []
    seen: dict[tuple, int] = {}
    for n, (line, cells) in enumerate(lines, start=1):
        row = _check_row(line, cells, cell, label, owners, amounts, report)
        if row is not None:
            key = (row.staff_id, row.team_id, row.metric, row.start, row.end)
            if key in seen:
                report.add_error(line, "", _repeated(seen[key]))
            else:
                seen[key] = line
                rows.append(row)
        if progress is not None and n % 50 == 0:
            progress(n, total)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
    if not report.ok:
        return report
    _write(ctx, rows, report, path.name, progress, cancelled, len(lines), total)
    if progress is not None:
        progress(total, total)
    return report


def _check_row(line, cells, cell, label, owners: _Owners, amounts: AmountParser, report) -> _Row | None:
    errors_before = report.error_count

    def fail(name: str, reason: str) -> None:
        report.add_error(line, label.get(name, ""), reason)

    staff_text, team_text = text_of(cell(cells, "staff")), text_of(cell(cells, "team"))
    staff_id = team_id = None
    if staff_text and team_text:
        fail("team", _owner_both())
    elif not staff_text and not team_text:
        fail("staff" if "staff" in label else "team", _owner_none())
    else:
        try:
            if staff_text:
                staff_id = owners.staff(staff_text)
            else:
                team_id = owners.team(team_text)
        except CellError as exc:
            fail("staff" if staff_text else "team", exc.reason)

    metric_text = text_of(cell(cells, "metric"))
    key = _METRICS.get(header_key(metric_text)) if metric_text else None
    if not metric_text:
        fail("metric", messages.required())
    elif key is None:
        fail("metric", messages.not_in_vocabulary(metric_text, ", ".join(m.key for m in METRICS)))

    period = _period(cells, cell, label, fail)

    amount = currency = count = None
    if key is not None:
        value_errors_before = report.error_count
        name = metric_label(key)
        raw_amount, raw_count = cell(cells, "amount"), cell(cells, "count")
        if metric(key).is_money:
            if text_of(raw_count):
                fail("count", _not_for_money(name))
            if not text_of(raw_amount):
                fail("amount" if "amount" in label else "metric", _needs_amount(name))
            else:
                raw_currency = cell(cells, "currency")
                try:
                    currency = parse_currency(raw_currency) if text_of(raw_currency) else None
                except CellError as exc:
                    fail("currency", exc.reason)
                try:
                    amount = _amount(amounts, raw_amount, currency)
                except CellError as exc:
                    fail("amount", exc.reason)
        else:
            if text_of(raw_amount):
                fail("amount", _not_for_count(name))
            if not text_of(raw_count):
                fail("count" if "count" in label else "metric", _needs_count(name))
            else:
                try:
                    count = parse_count(raw_count)
                except CellError as exc:
                    fail("count", exc.reason)
        if report.error_count == value_errors_before:  # the value's own cells read well: check its range
            try:
                amount, currency, count = check_target_value(key, amount, currency, count)
            except ValidationError as exc:
                column = ("currency" if amount is not None and not currency else "amount") \
                    if metric(key).is_money else "count"
                fail(column, exc.message)
    if report.error_count != errors_before or period is None:
        return None
    return _Row(line, staff_id, team_id, key, period[0], period[1], amount, currency, count)


def _period(cells, cell, label, fail) -> tuple[date, date] | None:
    """The row's period from its period cell, or its first and last day (both must agree if given)."""
    raw = cell(cells, "period")
    given: dict[str, date] = {}
    bad = False
    for name in ("period_start", "period_end"):
        value = cell(cells, name)
        if text_of(value):
            try:
                given[name] = parse_date(value)
            except CellError as exc:
                fail(name, exc.reason)
                bad = True
    if text_of(raw):
        try:
            start, end = parse_period(raw)
        except CellError as exc:
            fail("period", exc.reason)
            return None
        if given.get("period_start", start) != start or given.get("period_end", end) != end:
            fail("period_start" if "period_start" in given else "period_end", _period_mismatch())
            return None
        return None if bad else (start, end)
    if bad:
        return None
    if len(given) < 2:
        missing = [n for n in ("period_start", "period_end") if n not in given and n in label]
        fail(missing[0] if missing else "period", _no_period())
        return None
    if given["period_end"] < given["period_start"]:
        fail("period_end", _end_before_start())
        return None
    return given["period_start"], given["period_end"]


def _write(ctx, rows: list[_Row], report: TargetImportReport, filename, progress, cancelled, done, total) -> None:
    with ctx.transaction() as s:
        starts = sorted({r.start for r in rows})
        existing = {}
        for t in s.scalars(select(Target).where(Target.period_start.in_(starts))):
            owner = (t.staff_id, None) if t.staff_id is not None else (None, t.team_id)
            existing.setdefault((*owner, t.metric, t.period_start, t.period_end), t)
        for n, r in enumerate(rows, start=1):
            t = existing.get((r.staff_id, r.team_id, r.metric, r.start, r.end))
            if t is None:
                s.add(Target(staff_id=r.staff_id, team_id=r.team_id, metric=r.metric, period_start=r.start,
                             period_end=r.end, amount=r.amount, currency=r.currency, count=r.count))
                report.inserted += 1
            elif (t.amount, t.currency, t.count) == (r.amount, r.currency, r.count):
                report.unchanged += 1
            else:
                t.amount, t.currency, t.count = r.amount, r.currency, r.count
                report.updated += 1
            if n % 50 == 0:
                if progress is not None:
                    progress(done + n, total)
                if cancelled is not None and cancelled():
                    raise ImportCancelled()  # rolls the transaction back
        bulk_entry(s, "target", _summary(filename, report.rows, report.inserted, report.updated))


__all__ = ["import_targets", "TargetImportReport", "FIELDS", "FIELD_NAMES", "resolve_columns", "parse_period",
           "parse_count", "parse_currency", "SAMPLE_RESOURCE"]
