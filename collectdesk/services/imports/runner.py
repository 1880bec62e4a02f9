"""run_import: one file, one transaction, all or nothing.

The file is read once, streaming, in batches of BATCH rows: each batch is validated and written
inside one transaction (ServiceContext.transaction). After the last batch: any bad row, a dry run,
or a cancel raises inside the transaction, so it rolls back and nothing stays in the database;
otherwise the ImportRun row and one audit row are added and everything commits together.
"""

from __future__ import annotations

import gc
import hashlib
import sqlite3
import sys
import threading
import uuid
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path

from collectdesk.domain.errors import ValidationError
from collectdesk.services.audit import bulk_entry
from collectdesk.services.context import ServiceContext, storage_error
from collectdesk.services.imports import messages
from collectdesk.services.imports.accounts import AccountsImport
from collectdesk.services.imports.activities import ActivitiesImport
from collectdesk.services.imports.amounts import NumberFormat
from collectdesk.services.imports.columns import resolve_columns
from collectdesk.services.imports.job import Job, new_id_factory
from collectdesk.services.imports.payments import PaymentsImport
from collectdesk.services.imports.report import ImportCancelled, ImportReport
from collectdesk.services.imports.sources import open_source
from collectdesk.store.models import ImportRun

BATCH = 5_000
IMPORTERS = {"accounts": AccountsImport, "payments": PaymentsImport, "activities": ActivitiesImport}


class _Discard(Exception):
    """Raised inside the transaction to roll it back (bad rows, dry run)."""


def run_import(ctx: ServiceContext, kind: str, path: Path, *, encoding: str | None = None,
               delimiter: str | None = None, mapping: dict[str, str] | None = None, dry_run: bool = False,
               progress: Callable[[int], None] | None = None, cancelled: Callable[[], bool] | None = None,
               allow_overpayment: bool = False) -> ImportReport:
    """Import `path` (CSV or XLSX) as `kind`. Bad rows: nothing is written and the report lists them
    (ok=False). Unreadable file: ValidationError. Cancel: rolled back, ImportCancelled."""
    importer_cls = IMPORTERS.get(kind)
    if importer_cls is None:
        raise ValidationError(messages.unknown_kind(kind))
    path = Path(path)
    source = open_source(path, encoding=encoding, delimiter=delimiter)
    importer = None
    _pause_gc()
    try:
        source.open()
        columns = resolve_columns(kind, source.header, mapping, path.name)
        report = ImportReport(kind=kind, filename=path.name, dry_run=dry_run, import_id=uuid.uuid4(),
                              encoding=source.encoding, delimiter=source.delimiter,
                              ignored_columns=columns.ignored)
        started = datetime.now(timezone.utc)
        try:
            with ctx.transaction() as session:
                now = session.info["now"]
                job = Job(session=session, conn=session.connection(), report=report, columns=columns,
                          number_format=NumberFormat(comma_hint=source.delimiter in (";", "\t")),
                          actor=ctx.actor, now=now, today=date.today(), import_id=report.import_id,
                          allow_overpayment=allow_overpayment, approx_rows=source.approx_rows,
                          extra={"new_id": new_id_factory()})
                importer = importer_cls(job)
                importer.start()
                try:
                    _pump(source, importer, report, progress, cancelled)
                    keep = report.ok and not dry_run
                    importer.finish(keep)
                finally:
                    importer.close()
                if not keep:
                    raise _Discard()
                session.add(ImportRun(id=report.import_id, kind=kind, filename=str(path)[-400:],
                                      sha256=_sha256(path), actor=ctx.actor, started_at=started,
                                      finished_at=datetime.now(timezone.utc), rows=report.rows,
                                      inserted=report.inserted, updated=report.updated))
                bulk_entry(session, "import_run", messages.audit_summary(
                    kind, path.name, report.rows, report.inserted, report.updated), entity_id=str(report.import_id))
        except _Discard:
            pass
        except Exception as exc:
            if _driver_error(exc):  # raw driver calls bypass SQLAlchemy's wrapping in ctx.transaction()
                raise storage_error(exc) from exc
            raise
    finally:
        source.close()
        _resume_gc()
    if importer is not None and not report.ok:
        importer.resolve_earlier_lines(lambda: _reopen(path, source))
    return report


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


def _pause_gc() -> None:
    """The cyclic garbage collector is paused while imports run: the rows make no reference cycles,
    and collecting the young objects of each batch again and again cost 30% of the parse time.
    Counted, so that two imports in two worker threads do not leave it off."""
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1


def _resume_gc() -> None:
    global _gc_pauses
    with _gc_lock:
        _gc_pauses -= 1
        if _gc_pauses == 0 and _gc_was_enabled:
            gc.enable()


def _pump(source, importer, report: ImportReport, progress, cancelled) -> None:
    batch: list = []
    add = batch.append
    for item in source.rows():
        add(item)
        if len(batch) >= BATCH:
            _step(importer, batch, report, progress, cancelled)
            batch = []
            add = batch.append
    if batch:
        _step(importer, batch, report, progress, cancelled)


def _step(importer, batch, report: ImportReport, progress, cancelled) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    importer.add_batch(batch)
    importer.job.flush_errors()
    report.rows += len(batch)
    if progress is not None:
        progress(report.rows)
    if cancelled is not None and cancelled():
        raise ImportCancelled()


def _reopen(path: Path, first):
    again = open_source(path, encoding=first.encoding or None, delimiter=first.delimiter or None)
    again.open()
    return again


def _driver_error(exc: Exception) -> bool:
    if isinstance(exc, sqlite3.Error):
        return True
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(exc, psycopg.Error)


def _sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()
