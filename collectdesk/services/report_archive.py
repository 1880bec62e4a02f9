"""The archive of generated reports: every file a report run wrote is kept in the database (table
generated_report, one row per file: kind, title, period, language, format, file name, the bytes, their SHA-256,
the parameters as JSON, who and when), so it can be reopened, reprinted or saved again later, from any
workstation on a shared server.

    save(ctx, params, files, title=...) -> {key: id}     one transaction for all the files of one run
    list_reports(ctx, kind=None) -> [ArchivedReport]     newest first, without the bytes
    get(ctx, id) / content(ctx, id) -> bytes             the bytes are checked against their SHA-256
    open_report(ctx, id, folder=None) -> Path            the file written to a (temporary) folder, to preview or print
    export(ctx, id, path) -> Path                        Save as...: written whole or not at all
    delete(ctx, id)

The rows are written and deleted with Core statements and one audit row each (audit.bulk_entry naming the
file, its size and its SHA-256): the ORM's audit listener would copy every column of a new row into the audit
trail, the file's bytes included.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import delete as sql_delete
from sqlalchemy import insert, select

from collectdesk.domain.errors import NotFoundError, StorageError, ValidationError
from collectdesk.reports.model import ReportParams
from collectdesk.services.audit import bulk_entry
from collectdesk.services.context import ServiceContext
from collectdesk.store.models import GeneratedReport

_translate = QCoreApplication.translate  # an alias lupdate reads (translations/update.py resolves it)

FORMATS = ("pdf", "xlsx")
_LISTED = (GeneratedReport.id, GeneratedReport.kind, GeneratedReport.title, GeneratedReport.period_start,
           GeneratedReport.period_end, GeneratedReport.language, GeneratedReport.file_format,
           GeneratedReport.filename, GeneratedReport.sha256, GeneratedReport.parameters,
           GeneratedReport.created_at, GeneratedReport.created_by)


@dataclass(frozen=True, slots=True)
class ArchivedReport:
    id: uuid.UUID
    kind: str
    title: str
    period_start: date | None
    period_end: date | None
    language: str
    file_format: str                 # "pdf" or "xlsx"
    filename: str
    sha256: str
    created_at: datetime             # UTC
    created_by: str
    parameters: dict[str, Any] = field(default_factory=dict)

    @property
    def size(self) -> int | None:
        return self.parameters.get("size")

    @property
    def variant(self) -> str:
        """"pdf" (the narrative), "pdf_tables" (with the tables appended), "xlsx"."""
        return self.parameters.get("variant", self.file_format)

    @property
    def scope_name(self) -> str | None:
        return self.parameters.get("scope_name")


def _day_start(day: date | None) -> datetime | None:
    return datetime(day.year, day.month, day.day, tzinfo=UTC) if day is not None else None


def params_json(params: ReportParams) -> dict[str, Any]:
    return {"kind": str(params.kind), "period_start": params.period_start.isoformat(),
            "period_end": params.period_end.isoformat(), "period_label": params.period_label,
            "scope": params.scope, "language": params.language, "author": params.author,
            "department": params.department}


def save(ctx: ServiceContext, params: ReportParams, files: Mapping[str, Path | str], *, title: str,
         extra: Mapping[str, Any] | None = None) -> dict[str, uuid.UUID]:
    """Keep each file of one report run; returns {key: id}. A key is "pdf", "xlsx" or "pdf_tables" (the file
    format is the key's first part). `extra` goes into every row's parameters (page size, scope name, ...).
    All files are stored in one transaction: either all of them are in the archive or none is."""
    if not files:
        raise ValidationError(_translate("ReportArchive", "There is no file to keep in the archive."))
    loaded = []
    for key, path in files.items():
        fmt = key.split("_")[0]
        if fmt not in FORMATS:
            raise ValidationError(_translate("ReportArchive", "Only PDF and XLSX files are kept in the archive."))
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise StorageError(_translate("ReportArchive", "{file} could not be read: {reason}").format(
                file=path, reason=exc.strerror or exc)) from exc
        loaded.append((key, fmt, path.name, data))
    ids: dict[str, uuid.UUID] = {}
    with ctx.transaction() as s:
        now = s.info["now"]
        for key, fmt, name, data in loaded:
            ident = uuid.uuid4()
            digest = hashlib.sha256(data).hexdigest()
            parameters = params_json(params) | dict(extra or {}) | {"variant": key, "size": len(data)}
            s.execute(insert(GeneratedReport).values(
                id=ident, kind=str(params.kind), title=title[:300], period_start=_day_start(params.period_start),
                period_end=_day_start(params.period_end), language=params.language[:8], file_format=fmt,
                filename=name[:300], content=data, sha256=digest,
                parameters=json.dumps(parameters, ensure_ascii=False, sort_keys=True), created_at=now,
                created_by=ctx.actor[:64]))
            bulk_entry(s, GeneratedReport.__tablename__, _translate(
                "ReportArchive", "Report archived: {file} ({size} bytes, SHA-256 {sha})").format(
                file=name, size=len(data), sha=digest), entity_id=str(ident))
            ids[key] = ident
    return ids


def _row(r) -> ArchivedReport:
    try:
        parameters = json.loads(r.parameters) if r.parameters else {}
    except ValueError:
        parameters = {}
    return ArchivedReport(id=r.id, kind=r.kind, title=r.title,
                          period_start=r.period_start.date() if r.period_start else None,
                          period_end=r.period_end.date() if r.period_end else None, language=r.language,
                          file_format=r.file_format, filename=r.filename, sha256=r.sha256,
                          created_at=r.created_at, created_by=r.created_by, parameters=parameters)


def list_reports(ctx: ServiceContext, *, kind: str | None = None, limit: int = 1000) -> list[ArchivedReport]:
    """The archive, newest first (the bytes stay in the database)."""
    query = select(*_LISTED).order_by(GeneratedReport.created_at.desc(), GeneratedReport.filename).limit(limit)
    if kind:
        query = query.where(GeneratedReport.kind == str(kind))
    with ctx.reading() as s:
        return [_row(r) for r in s.execute(query)]


def kinds(ctx: ServiceContext) -> list[str]:
    """The report kinds that have files in the archive (the pane's filter)."""
    with ctx.reading() as s:
        return list(s.scalars(select(GeneratedReport.kind).distinct().order_by(GeneratedReport.kind)))


def _not_found() -> NotFoundError:
    return NotFoundError(_translate("ReportArchive", "This report is no longer in the archive."))


def get(ctx: ServiceContext, report_id: uuid.UUID) -> ArchivedReport:
    with ctx.reading() as s:
        row = s.execute(select(*_LISTED).where(GeneratedReport.id == report_id)).first()
    if row is None:
        raise _not_found()
    return _row(row)


def _checked_file(ctx: ServiceContext, report_id: uuid.UUID) -> tuple[str, bytes]:
    """(file name, bytes) in one query, the bytes checked against the SHA-256 stored with them."""
    with ctx.reading() as s:
        row = s.execute(select(GeneratedReport.content, GeneratedReport.sha256, GeneratedReport.filename)
                        .where(GeneratedReport.id == report_id)).first()
    if row is None:
        raise _not_found()
    data = bytes(row.content)
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise StorageError(_translate(
            "ReportArchive", "The archived copy of {file} is damaged (its checksum does not match). Generate the "
            "report again.").format(file=row.filename))
    return row.filename, data


def content(ctx: ServiceContext, report_id: uuid.UUID) -> bytes:
    """The file's bytes, exactly as they were generated (checked against the SHA-256 stored with them)."""
    return _checked_file(ctx, report_id)[1]


def _write(path: Path, data: bytes) -> Path:
    """Write whole or not at all (a temporary file beside it, then a rename)."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(_translate("ReportArchive", "{file} could not be written: {reason}").format(
            file=path, reason=exc.strerror or exc)) from exc
    return path


def open_report(ctx: ServiceContext, report_id: uuid.UUID, folder: Path | str | None = None) -> Path:
    """Write the archived file into `folder` (a new temporary folder when None) under its own name, to be
    previewed or printed; returns its path."""
    filename, data = _checked_file(ctx, report_id)
    target = Path(folder) if folder is not None else Path(tempfile.mkdtemp(prefix="collectdesk-archive-"))
    target.mkdir(parents=True, exist_ok=True)
    return _write(target / Path(filename).name, data)


def export(ctx: ServiceContext, report_id: uuid.UUID, path: Path | str) -> Path:
    """Save as...: the archived file written to `path`."""
    return _write(Path(path), content(ctx, report_id))


def delete(ctx: ServiceContext, report_id: uuid.UUID) -> None:
    with ctx.transaction() as s:
        name = s.scalar(select(GeneratedReport.filename).where(GeneratedReport.id == report_id))
        if name is None:
            raise _not_found()
        s.execute(sql_delete(GeneratedReport).where(GeneratedReport.id == report_id))
        bulk_entry(s, GeneratedReport.__tablename__, _translate("ReportArchive", "Archived report deleted: {file}")
                   .format(file=name), entity_id=str(report_id))
