"""`collectdesk writeoffs export`: the accounting journal as a user runs it (a real process)."""

import os
import subprocess
import sys
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from collectdesk.domain.enums import WriteOffReason
from collectdesk.services.write_offs import write_off


def run(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "collectdesk", "--lang", "en", *args], capture_output=True,
                          text=True, env=env, timeout=300)


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_export_writes_the_journal_with_who_approved(database, make_account, tmp_path):
    account = make_account(balance=Decimal("250.00"))
    write_off(database.ctx, account, Decimal("100.00"), WriteOffReason.BAD_DEBT, "J-2026-17", "Sara Verdi",
              on=date(2026, 10, 5))
    out = tmp_path / "journal.xlsx"
    url = database.engine.url.render_as_string(hide_password=False)
    proc = run("writeoffs", "export", "--from", "2026-10-01", "--to", "2026-10-31", "--out", str(out), "--db", url)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("1 journal line")
    cells = [c.value for row in openpyxl.load_workbook(out).worksheets[0].iter_rows() for c in row]
    assert "Sara Verdi" in cells and "J-2026-17" in cells
    assert any(isinstance(v, (int, float)) and Decimal(str(v)) == Decimal("100.00") for v in cells)
    bad = run("writeoffs", "export", "--from", "31.10.2026", "--to", "2026-10-31", "--out", str(out), "--db", url)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr
