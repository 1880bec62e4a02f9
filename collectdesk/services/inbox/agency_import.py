"""Survey and complaint data from external reporting agencies (CSV or XLSX), all or nothing.

    report = import_agency(ctx, Path("survey_2026-03.xlsx"), mapping={"Kd-Nr": "account"})
    if not report.ok: show report.errors  # (line, column, reason); nothing was written

The columns are documented for users in docs/agency-import.md. One row is one answer or complaint
about an account or a collector:

    date            when the customer answered or complained (a date, or a date and time)
    account         the account number; or
    collector       the collector's user name or full name (at least one of account/collector; with an
                    account only, the account's collector)
    satisfaction    1-5          nps   0-10          complaint_code   the agency's code or a topic
    comment, agency, reference (the agency's id of the answer), language

A row needs at least a satisfaction, an NPS answer or a complaint code. A row with a complaint code is a
complaint (category complaint, channel agency, status new, SLA dates as any complaint, topic when the
code names one of the department's topics, else "other"; the code is kept); the others are survey
answers (category survey, closed, no deadline). A row whose agency and reference are already in the inbox
is skipped (``duplicates``), so a file can be imported twice. Headers are recognised in English, Italian,
Polish and German after `imports.fields.header_key`; ``mapping`` ({file header: field}, --map) names
other columns. Files are read by the account importer's readers (encoding and separator detected).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import insert, select

from collectdesk.domain.enums import FeedbackKind, FeedbackSource, FeedbackStatus
from collectdesk.domain.errors import ValidationError
from collectdesk.services.audit import bulk_entry
from collectdesk.services.context import ServiceContext
from collectdesk.services.imports import messages
from collectdesk.services.imports.cells import CellError, optional_text, text_of
from collectdesk.services.imports.dates import FUTURE_TOLERANCE, parse_date, parse_datetime, to_utc
from collectdesk.services.imports.fields import Field, header_key
from collectdesk.services.imports.report import ImportCancelled, ImportReport
from collectdesk.services.imports.sources import open_source
from collectdesk.services.inbox.sla import COUNTRY_TIMEZONES, deadlines_for_rule, sla_rules
from collectdesk.store.models import Account, Branch, FeedbackItem, StaffMember, utcnow

_translate = QCoreApplication.translate  # lupdate reads _translate("Context", "...") calls

KIND = "agency"


def _f(name: str, *aliases: str) -> Field:
    return Field(name, False, (name, *aliases))


FIELDS = (
    _f("date", "answered on", "survey date", "complaint date", "received", "data", "data risposta", "data reclamo",
       "data ankiety", "data skargi", "Datum", "Antwortdatum", "Beschwerdedatum"),
    _f("account", "account no", "account number", "account_no", "pratica", "numero pratica", "numero conto",
       "nr konta", "numer konta", "numer sprawy", "Kontonummer", "Konto-Nr", "Aktenzeichen"),
    _f("collector", "agent", "operator", "staff", "operatore", "incaricato", "windykator", "konsultant",
       "pracownik", "Sachbearbeiter", "Mitarbeiter", "Bearbeiter"),
    _f("satisfaction", "csat", "satisfaction score", "score", "soddisfazione", "voto", "zadowolenie", "ocena",
       "Zufriedenheit", "Bewertung"),
    _f("nps", "nps score", "recommend", "likelihood to recommend", "raccomandazione", "polecenie",
       "Weiterempfehlung"),
    _f("complaint_code", "complaint", "code", "reason code", "codice reclamo", "motivo", "kod skargi", "powód",
       "Beschwerdecode", "Beschwerdegrund", "Grund"),
    _f("comment", "comments", "remark", "text", "commento", "note", "komentarz", "uwagi", "Kommentar",
       "Bemerkung"),
    _f("agency", "source", "agenzia", "fonte", "agencja", "źródło", "Agentur", "Quelle"),
    _f("reference", "ref", "id", "survey id", "response id", "riferimento", "numer referencyjny", "Referenz"),
    _f("language", "lang", "lingua", "język", "Sprache"),
)
FIELD_NAMES = tuple(f.name for f in FIELDS)
_ALIASES = {header_key(alias): f.name for f in FIELDS for alias in f.aliases}


@dataclass
class AgencyImportReport(ImportReport):
    complaints: int = 0
    surveys: int = 0
    duplicates: int = 0  # rows already imported (same agency and reference)



def resolve_columns(header: list, mapping: dict[str, str] | None) -> tuple[dict[str, int], dict[str, str], list]:
    """field -> position, field -> header as written, ignored headers. `mapping` first, aliases after."""
    texts = [str(h).strip() if h is not None else "" for h in header]
    shown = ", ".join(t for t in texts if t) or "-"
    index: dict[str, int] = {}
    label: dict[str, str] = {}
    for source, target in (mapping or {}).items():
        name = str(target).strip().lower()
        if name not in FIELD_NAMES:
            raise ValidationError(messages.mapping_unknown_field(str(target), KIND, ", ".join(FIELD_NAMES)))
        pos = next((i for i, t in enumerate(texts) if t == str(source).strip()), None)
        if pos is None:
            pos = next((i for i, t in enumerate(texts) if t and header_key(t) == header_key(source)), None)
        if pos is None:
            raise ValidationError(messages.mapping_unknown_source(str(source), shown))
        if name in index:
            raise ValidationError(messages.duplicate_column(label[name], texts[pos], name))
        index[name], label[name] = pos, texts[pos]
    by_user = set(index)
    ignored = []
    for pos, text in enumerate(texts):
        if not text or pos in index.values():
            continue
        name = _ALIASES.get(header_key(text))
        if name is None or name in by_user:
            ignored.append(text)
            continue
        if name in index:
            raise ValidationError(messages.duplicate_column(label[name], text, name))
        index[name], label[name] = pos, text
    if not index:
        raise ValidationError(messages.no_header("", "date, account, collector, satisfaction, nps, complaint_code"))
    missing = []
    if "date" not in index:
        missing.append("date")
    if "account" not in index and "collector" not in index:
        missing.append("account / collector")
    if not {"satisfaction", "nps", "complaint_code"} & set(index):
        missing.append("satisfaction / nps / complaint_code")
    if missing:
        raise ValidationError(messages.missing_columns(", ".join(missing), shown))
    return index, label, ignored


def _whole(value, low: int, high: int) -> int | None:
    text = text_of(value)
    if not text:
        return None
    if isinstance(value, float) and not value.is_integer():
        raise CellError(_translate("AgencyImport", "'{value}' is not a whole number from {low} to {high}.").format(
            value=text, low=low, high=high))
    try:
        n = int(text)
    except ValueError:
        raise CellError(_translate("AgencyImport", "'{value}' is not a whole number from {low} to {high}.").format(
            value=text, low=low, high=high)) from None
    if not low <= n <= high:
        raise CellError(_translate("AgencyImport", "{value} is outside {low}-{high}.").format(
            value=n, low=low, high=high))
    return n


def _moment(value, zone: str) -> datetime:
    """A date alone is noon in the country's zone (inside that day everywhere in Europe)."""
    if isinstance(value, datetime) or (value.__class__ is str and (":" in value or "T" in value)):
        return to_utc(parse_datetime(value), zone, text_of(value))
    day: date = parse_date(value)
    return to_utc(datetime.combine(day, time(12, 0)), zone, text_of(value))


class _Lookups:
    def __init__(self, s):
        self.staff_by_username, self.staff_by_name, self.staff_branch = {}, {}, {}
        for sid, username, name, branch in s.execute(select(StaffMember.id, StaffMember.username,
                                                            StaffMember.full_name, StaffMember.branch_id)):
            self.staff_by_username[username.casefold()] = sid
            self.staff_by_name.setdefault(" ".join(name.casefold().split()), []).append(sid)
            self.staff_branch[sid] = branch
        self.branch_country = dict(s.execute(select(Branch.id, Branch.country)).all())
        self.first_country = s.execute(select(Branch.country).order_by(Branch.name).limit(1)).scalar_one_or_none()
        self.accounts: dict[str, tuple] = {}

    def load_accounts(self, s, numbers: set[str]) -> None:
        wanted = sorted(numbers)
        for i in range(0, len(wanted), 500):
            for no, aid, debtor, collector, branch, country in s.execute(
                    select(Account.account_no, Account.id, Account.debtor_id, Account.collector_id, Account.branch_id,
                           Account.country).where(Account.account_no.in_(wanted[i:i + 500]))):
                self.accounts[no] = (aid, debtor, collector, branch, country)

    def collector(self, text: str):
        sid = self.staff_by_username.get(text.casefold())
        if sid is not None:
            return sid
        found = self.staff_by_name.get(" ".join(text.casefold().split()), [])
        if len(found) > 1:
            raise CellError(messages.ambiguous_collector(text))
        if not found:
            raise CellError(messages.unknown_collector(text))
        return found[0]


def import_agency(ctx: ServiceContext, path: str | Path, *, mapping: dict[str, str] | None = None,
                  dry_run: bool = False, progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> AgencyImportReport:
    """Check every row, then (unless `dry_run` or any row is bad) write them all in one transaction.
    An unreadable file or one without the needed columns: ValidationError. Cancel: ImportCancelled."""
    path = Path(path)
    source = open_source(path, encoding=None, delimiter=None)
    try:
        source.open()
        index, label, ignored = resolve_columns(list(source.header), mapping)
        lines = list(source.rows())
    finally:
        source.close()
    report = AgencyImportReport(kind=KIND, filename=path.name, rows=len(lines), dry_run=dry_run,
                                encoding=getattr(source, "encoding", "") or "",
                                delimiter=getattr(source, "delimiter", "") or "", ignored_columns=ignored)
    total = len(lines) * 2

    def cell(cells, name):
        pos = index.get(name)
        return cells[pos] if pos is not None and pos < len(cells) else None

    from collectdesk.services.department_settings import setting

    topics = list(setting(ctx, "feedback.topics") or [])
    topic_keys = {header_key(t): t for t in topics}
    now = utcnow()
    with ctx.reading() as s:
        look = _Lookups(s)
        look.load_accounts(s, {text_of(cell(c, "account")) for _l, c in lines if text_of(cell(c, "account"))})
        rules = sla_rules(s)
        existing = set(s.execute(select(FeedbackItem.message_id).where(
            FeedbackItem.source == FeedbackSource.AGENCY, FeedbackItem.message_id.is_not(None))).scalars())
    default_agency = path.stem[:120]
    rows: list[dict] = []
    seen_refs: dict[str, int] = {}
    for n, (line, cells) in enumerate(lines, start=1):
        row = _check_row(line, cells, cell, label, look, report, topic_keys, rules, default_agency, now)
        if row is not None:
            ref = row.pop("_ref")
            if ref is not None and ref in seen_refs:
                report.add_error(line, label.get("reference", ""), _translate("AgencyImport", 
                    "The same reference is already on row {line}.").format(line=seen_refs[ref]))
            elif ref is not None and ref in existing:
                report.duplicates += 1
            else:
                if ref is not None:
                    seen_refs[ref] = line
                rows.append(row)
        if progress is not None and n % 100 == 0:
            progress(n, total)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
    if not report.ok:
        return report
    report.complaints = sum(1 for r in rows if r["kind"] is FeedbackKind.COMPLAINT)
    report.surveys = len(rows) - report.complaints
    report.inserted = len(rows)
    if dry_run:
        return report
    with ctx.transaction() as s:
        for i in range(0, len(rows), 1000):
            s.execute(insert(FeedbackItem), rows[i:i + 1000])
            if progress is not None:
                progress(len(lines) + min(len(lines), i + 1000), total)
            if cancelled is not None and cancelled():
                raise ImportCancelled()
        bulk_entry(s, "feedback_item", _translate("AgencyImport", 
            "Imported agency data from {file}: {rows} rows, {complaints} complaints, {surveys} survey answers, "
            "{duplicates} already imported").format(file=path.name, rows=len(lines), complaints=report.complaints,
                                                     surveys=report.surveys, duplicates=report.duplicates))
    if progress is not None:
        progress(total, total)
    return report


def _check_row(line, cells, cell, label, look: _Lookups, report, topic_keys, rules, default_agency,
               now) -> dict | None:
    errors_before = report.error_count

    def fail(name: str, reason: str) -> None:
        report.add_error(line, label.get(name, ""), reason)

    account_no, collector_text = text_of(cell(cells, "account")), text_of(cell(cells, "collector"))
    account = staff_id = None
    if not account_no and not collector_text:
        fail("account" if "account" in label else "collector",
             _translate("AgencyImport", "Give an account number or a collector."))
    if account_no:
        account = look.accounts.get(account_no)
        if account is None:
            fail("account", messages.no_such_account(account_no))
    if collector_text:
        try:
            staff_id = look.collector(collector_text)
        except CellError as exc:
            fail("collector", exc.reason)
    if staff_id is None and account is not None:
        staff_id = account[2]
    branch = account[3] if account else look.staff_branch.get(staff_id)
    country = look.branch_country.get(branch) or (account[4] if account else None) or look.first_country
    zone = COUNTRY_TIMEZONES.get((country or "").upper(), "UTC")

    received = None
    raw_date = cell(cells, "date")
    if not text_of(raw_date):
        fail("date", messages.required())
    else:
        try:
            received = _moment(raw_date, zone)
            if received > now + FUTURE_TOLERANCE:
                fail("date", _translate("AgencyImport", "The date is in the future."))
        except CellError as exc:
            fail("date", exc.reason)
    values = {}
    for name, low, high in (("satisfaction", 1, 5), ("nps", 0, 10)):
        try:
            values[name] = _whole(cell(cells, name), low, high)
        except CellError as exc:
            fail(name, exc.reason)
            values[name] = None
    texts = {}
    for name, limit in (("complaint_code", 64), ("comment", 4000), ("agency", 120), ("reference", 200),
                        ("language", 8)):
        try:
            texts[name] = optional_text(cell(cells, name), limit)
        except CellError as exc:
            fail(name, exc.reason)
            texts[name] = None
    code = texts["complaint_code"]
    if report.error_count == errors_before and values["satisfaction"] is None and values["nps"] is None and not code:
        fail("", _translate("AgencyImport", "The row has no satisfaction, NPS answer or complaint code."))
    if report.error_count != errors_before:
        return None

    agency = texts["agency"] or default_agency
    kind = FeedbackKind.COMPLAINT if code else FeedbackKind.SURVEY
    ack_by, due_by = deadlines_for_rule(rules.get(kind.value, {}), received, country)
    subject = (_translate("AgencyImport", "Complaint reported by {agency}: {code}").format(agency=agency, code=code)
               if code
               else _translate("AgencyImport", "Survey answer from {agency}").format(agency=agency))
    ref = f"agency:{agency}:{texts['reference']}"[:300] if texts["reference"] else None
    stamp = datetime.now(timezone.utc)
    return {
        "_ref": ref, "id": uuid.uuid4(), "version": 1, "created_at": stamp, "updated_at": stamp,
        "source": FeedbackSource.AGENCY, "kind": kind,
        "status": FeedbackStatus.NEW if code else FeedbackStatus.CLOSED,
        "account_id": account[0] if account else None, "debtor_id": account[1] if account else None,
        "staff_id": staff_id, "submitted_by_id": None, "anonymous": False, "category": code, "agency": agency,
        "subject": subject[:300], "body": texts["comment"], "satisfaction": values["satisfaction"],
        "nps": values["nps"], "received_at": received, "due_by": due_by, "ack_due_by": ack_by,
        "answered_at": None, "reply": None, "message_id": ref, "content_hash": None, "sender_name": agency,
        "sender_address": None, "language": (texts["language"] or "").lower() or None,
        "topic": (topic_keys.get(header_key(code), "other") if code else None), "severity": None,
        "owner_id": None, "read_at": None, "acknowledged_at": None,
        "resolved_at": None if code else received, "resolution": None, "outcome": None,
    }
