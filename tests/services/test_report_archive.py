"""The archive of generated reports on SQLite and PostgreSQL: what is saved comes back byte for byte (its
SHA-256 matches), the list is newest first and filters by kind, a file reopens into a folder under its own
name, Save as writes it whole, a damaged copy is refused, and saving and deleting leave one audit row per file
without the file's bytes in the audit trail."""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from datetime import date

import pytest
from sqlalchemy import select, update

from collectdesk.domain.errors import NotFoundError, StorageError, ValidationError
from collectdesk.reports.model import ReportKind, ReportParams
from collectdesk.services import report_archive as archive
from collectdesk.store.models import AuditEntry, GeneratedReport

OCTOBER = ReportParams(kind=ReportKind.COLLECTIONS, period_start=date(2026, 10, 1), period_end=date(2026, 10, 31),
                       period_label="Oktober 2026", scope="all", language="de", author="Jürgen Müller")


@pytest.fixture
def files(tmp_path):
    """A 'PDF' and an 'XLSX' with bytes of every value (a text round trip would break them)."""
    pdf = tmp_path / "collections-2026-10-de.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 300 + os.urandom(4096))
    xlsx = tmp_path / "collections-2026-10-de.xlsx"
    xlsx.write_bytes(b"PK\x03\x04" + os.urandom(70_000))
    return {"pdf": pdf, "xlsx": xlsx}


def test_saved_files_come_back_byte_for_byte_with_their_sha256(database, files, tmp_path):
    ids = archive.save(database.ctx, OCTOBER, files, title="Inkassobericht", extra={"page_size": "A4"})
    assert set(ids) == {"pdf", "xlsx"}
    listed = archive.list_reports(database.ctx)
    assert {r.id for r in listed} == set(ids.values())
    pdf = archive.get(database.ctx, ids["pdf"])
    original = files["pdf"].read_bytes()
    assert (pdf.kind, pdf.title, pdf.language, pdf.file_format, pdf.filename) == (
        "collections", "Inkassobericht", "de", "pdf", "collections-2026-10-de.pdf")
    assert (pdf.period_start, pdf.period_end) == (date(2026, 10, 1), date(2026, 10, 31))
    assert pdf.created_by == "tester" and pdf.created_at.tzinfo is not None
    assert pdf.sha256 == hashlib.sha256(original).hexdigest()
    assert pdf.size == len(original)
    assert pdf.parameters["page_size"] == "A4" and pdf.parameters["author"] == "Jürgen Müller"
    assert pdf.variant == "pdf"

    assert archive.content(database.ctx, ids["pdf"]) == original
    opened = archive.open_report(database.ctx, ids["xlsx"], tmp_path / "open")
    assert opened.name == "collections-2026-10-de.xlsx"
    assert opened.read_bytes() == files["xlsx"].read_bytes()
    saved = archive.export(database.ctx, ids["pdf"], tmp_path / "copy for the board.pdf")
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == pdf.sha256
    assert [p.name for p in saved.parent.iterdir() if p.name.endswith(".part")] == []


def test_list_is_newest_first_and_filters_by_kind(database, files):
    from dataclasses import replace

    first = archive.save(database.ctx, OCTOBER, {"pdf": files["pdf"]}, title="October")
    aging = archive.save(database.ctx, replace(OCTOBER, kind=ReportKind.AGING), {"xlsx": files["xlsx"]}, title="Aging")
    last = archive.save(database.ctx, replace(OCTOBER, period_start=date(2026, 11, 1),
                                              period_end=date(2026, 11, 30)), {"pdf": files["pdf"]}, title="November")
    assert [r.title for r in archive.list_reports(database.ctx)] == ["November", "Aging", "October"]
    assert [r.id for r in archive.list_reports(database.ctx, kind="collections")] == [last["pdf"], first["pdf"]]
    assert [r.id for r in archive.list_reports(database.ctx, kind=ReportKind.AGING)] == [aging["xlsx"]]
    assert archive.kinds(database.ctx) == ["aging", "collections"]


def test_delete_removes_the_row_and_audits_without_the_bytes(database, files):
    ids = archive.save(database.ctx, OCTOBER, files, title="Inkassobericht")
    with database.ctx.reading() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "generated_report")).all()
    assert sorted(e.entity_id for e in entries) == sorted(str(i) for i in ids.values())
    assert all(e.actor == "tester" and "SHA-256" in e.summary for e in entries)
    assert max(len(e.summary or "") + len(e.new_value or "") for e in entries) < 500  # not the 70 kB file

    archive.delete(database.ctx, ids["pdf"])
    assert [r.id for r in archive.list_reports(database.ctx)] == [ids["xlsx"]]
    with pytest.raises(NotFoundError):
        archive.get(database.ctx, ids["pdf"])
    with pytest.raises(NotFoundError):
        archive.delete(database.ctx, ids["pdf"])
    with database.ctx.reading() as s:
        deleted = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(ids["pdf"]),
                                                     AuditEntry.summary.like("%deleted%"))).all()
    assert len(deleted) == 1 and "collections-2026-10-de.pdf" in deleted[0].summary


def test_a_damaged_copy_is_refused_not_handed_out(database, files, tmp_path):
    ids = archive.save(database.ctx, OCTOBER, {"pdf": files["pdf"]}, title="x")
    with database.ctx.transaction() as s:
        s.execute(update(GeneratedReport).where(GeneratedReport.id == ids["pdf"]).values(content=b"%PDF-1.7 cut"))
    with pytest.raises(StorageError, match="damaged"):
        archive.open_report(database.ctx, ids["pdf"], tmp_path / "open")
    assert not (tmp_path / "open" / "collections-2026-10-de.pdf").exists()


def test_nothing_is_kept_when_one_file_of_the_run_is_missing(database, files, tmp_path):
    with pytest.raises(StorageError):
        archive.save(database.ctx, OCTOBER, {"pdf": files["pdf"], "xlsx": tmp_path / "gone.xlsx"}, title="x")
    with pytest.raises(ValidationError):
        archive.save(database.ctx, OCTOBER, {"docx": files["pdf"]}, title="x")
    assert archive.list_reports(database.ctx) == []


def test_parameters_are_json_a_second_program_can_read(database, files):
    ids = archive.save(database.ctx, OCTOBER, {"pdf_tables": files["pdf"]}, title="x",
                       extra={"scope_name": "Kraków"})
    with database.ctx.reading() as s:
        row = s.execute(select(GeneratedReport.parameters, GeneratedReport.file_format)
                        .where(GeneratedReport.id == ids["pdf_tables"])).one()
    data = json.loads(row.parameters)
    assert row.file_format == "pdf"
    assert data["variant"] == "pdf_tables" and data["scope_name"] == "Kraków"
    assert (data["period_start"], data["period_end"], data["language"]) == ("2026-10-01", "2026-10-31", "de")
    assert archive.get(database.ctx, ids["pdf_tables"]).scope_name == "Kraków"
    with pytest.raises(NotFoundError):
        archive.content(database.ctx, uuid.uuid4())
