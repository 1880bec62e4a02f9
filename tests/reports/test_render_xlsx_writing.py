"""Writing the report workbook: progress reaches the end and large tables stream the same cells with or without
the fast path; Cancel and unwritable folders (read-only, missing, full disk) leave no file and give a clear
domain error instead."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from xlsx_sample_report import make_report

from collectdesk.domain.errors import DomainError
from collectdesk.reports import render_xlsx as rx
from collectdesk.reports import render_xlsx_tables
from collectdesk.reports.model import ReportCancelled
from collectdesk.reports.render_xlsx import render_xlsx


def test_progress_reaches_the_end_and_rows_stream_without_the_fast_path(tmp_path, monkeypatch):
    seen = []
    fast = load_workbook(render_xlsx(make_report("en", 3000), tmp_path / "a.xlsx",
                                     progress=lambda d, t: seen.append((d, t))))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
    monkeypatch.setattr(render_xlsx_tables, "FAST_ROWS", False)
    slow = load_workbook(render_xlsx(make_report("en", 3000), tmp_path / "b.xlsx"))
    for a, b in zip(fast.worksheets, slow.worksheets):
        assert [[(c.value, c.number_format) for c in r if c.value is not None] for r in a.iter_rows()] == \
               [[(c.value, c.number_format) for c in r if c.value is not None] for r in b.iter_rows()]


def openpyxl_temp_files() -> set[str]:
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    return {p for p in ALL_TEMP_FILES if os.path.exists(p)}


def test_cancel_leaves_no_file(tmp_path):
    before = openpyxl_temp_files()
    path = tmp_path / "report.xlsx"
    seen = []

    def cancel():
        return len(seen) > 2
    with pytest.raises(ReportCancelled):
        render_xlsx(make_report("en", 5000), path, progress=lambda d, t: seen.append(d), cancel=cancel)
    assert 1 < seen[-1] < 5000
    assert list(tmp_path.iterdir()) == []
    assert openpyxl_temp_files() <= before


def test_cancel_keeps_an_existing_file(tmp_path):
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"old")
    with pytest.raises(ReportCancelled):
        render_xlsx(make_report("en"), path, cancel=lambda: True)
    assert path.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


def test_read_only_folder_gives_a_domain_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if as_root:                       # root ignores permission bits, not an immutable folder
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)]).returncode:
            pytest.skip("running as root without chattr +i")
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(DomainError, match="no permission"):
            render_xlsx(make_report("en"), folder / "report.xlsx")
        assert list(folder.iterdir()) == []
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        else:
            folder.chmod(0o755)


def test_unwritable_folder_and_full_disk_give_domain_errors(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(rx.tempfile, "mkstemp", refuse)
    with pytest.raises(DomainError, match="no permission") as err:
        render_xlsx(make_report("en"), tmp_path / "report.xlsx")
    assert "report.xlsx" in err.value.message
    monkeypatch.undo()

    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    made = []

    def full(*args, **kwargs):                                  # a temp file whose writes hit a full disk
        made.append(kwargs["dir"])
        return os.open("/dev/full", os.O_WRONLY), str(Path(kwargs["dir"]) / ".~full.xlsx.tmp")
    monkeypatch.setattr(rx.tempfile, "mkstemp", full)
    with pytest.raises(DomainError, match="disk is full"):
        render_xlsx(make_report("en"), tmp_path / "report.xlsx")
    assert made and not (tmp_path / "report.xlsx").exists()
    monkeypatch.undo()
    with pytest.raises(DomainError, match="does not exist"):
        render_xlsx(make_report("en"), tmp_path / "missing" / "report.xlsx")
