"""`collectdesk report`: a report from the command line (a real process, the real builders and renderers):
e-mail-ready names in the folder, the files kept in the archive, --from/--to or --period, a scope by name, and
usage mistakes refused with a sentence and exit code 2 before anything is written."""

import os
import subprocess
import sys
from decimal import Decimal

import pytest
from PySide6.QtPdf import QPdfDocument

from collectdesk.services import report_archive


def run(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "collectdesk", *args], capture_output=True, text=True, env=env,
                          timeout=300)


@pytest.fixture
def url(database, make_account):
    for module in ("collectdesk.reports.builders.collections", "collectdesk.reports.render_pdf",
                   "collectdesk.reports.render_xlsx"):
        pytest.importorskip(module, reason=f"{module} is written by another helper (issue 8)")
    for i in range(3):
        make_account(balance=Decimal("410.00") * (i + 1), name=f"Żaneta Łęcka {i}")
    return database.engine.url.render_as_string(hide_password=False)


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_report_writes_named_files_and_archives_them(database, url, tmp_path):
    out = tmp_path / "morning"
    done = run("report", "collections", "--period", "2026-10", "--format", "pdf,xlsx", "--lang", "pl",
               "--paper", "Letter", "--out", str(out), "--db", url, "--user", "scheduler")
    assert done.returncode == 0, done.stderr
    names = ["collections-2026-10-pl.pdf", "collections-2026-10-pl.xlsx", "collections-2026-10-pl-with-tables.pdf"]
    assert sorted(p.name for p in out.iterdir()) == sorted(names)
    assert done.stdout.splitlines()[:3] == [str(out / n) for n in names]
    doc = QPdfDocument(None)
    doc.load(str(out / names[0]))
    size = doc.pagePointSize(0)
    doc.close()
    assert (round(size.width()), round(size.height())) == (612, 792)
    archived = report_archive.list_reports(database.ctx)
    assert sorted(r.filename for r in archived) == sorted(names)
    assert {r.created_by for r in archived} == {"scheduler"} and {r.language for r in archived} == {"pl"}
    for r in archived:
        assert report_archive.content(database.ctx, r.id) == (out / r.filename).read_bytes()

    week = run("report", "collections", "--from", "2026-10-05", "--to", "2026-10-11", "--scope",
               "branch:Milano Centro", "--format", "xlsx", "--lang", "de", "--out", str(out), "--db", url)
    assert week.returncode == 0, week.stderr
    assert (out / "collections-milano-centro-2026-10-05_2026-10-11-de.xlsx").exists()


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
@pytest.mark.parametrize(("args", "message"), [
    (("--format", "docx", "--period", "2026-10"), "--format is pdf, xlsx or both"),
    (("--from", "2026-10-01"), "Say which period"),
    (("--period", "2026-10", "--from", "2026-10-01", "--to", "2026-10-31"), "either --period or --from"),
    (("--from", "2026-10-31", "--to", "2026-10-01"), "before the first"),
    (("--from", "1.10.2026", "--to", "2026-10-31"), "YYYY-MM-DD"),
])
def test_usage_mistakes_are_refused_before_anything_is_written(database, url, tmp_path, args, message):
    done = run("report", "collections", *args, "--lang", "en", "--out", str(tmp_path / "out"), "--db", url)
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()
    assert report_archive.list_reports(database.ctx) == []


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_an_unknown_scope_is_refused(database, url, tmp_path):
    done = run("report", "aging", "--period", "2026-10", "--scope", "team:Nobody", "--lang", "en", "--out",
               str(tmp_path / "out"), "--db", url)
    assert done.returncode == 1 and "Nobody" in done.stderr
    assert report_archive.list_reports(database.ctx) == []
