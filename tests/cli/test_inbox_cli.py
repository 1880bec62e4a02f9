"""`collectdesk inbox import` as a user runs it: real processes, exit codes, per-message errors."""

import json
import os
import subprocess
import sys
from pathlib import Path

MAIL = Path(__file__).resolve().parents[1] / "fixtures" / "mail"


def run(*args, lang="en"):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "collectdesk", "--lang", lang, *args], capture_output=True,
                          text=True, env=env, timeout=300)


def test_import_a_folder_then_again(tmp_path):
    db = str(tmp_path / "inbox.sqlite3")
    proc = run("inbox", "import", str(MAIL), "--db", db)
    assert proc.returncode == 1, proc.stderr  # two broken messages
    assert "Traceback" not in proc.stderr
    assert "15 messages imported." in proc.stdout
    assert "archive_broken_third.mbox, message 3: The message is incomplete" in proc.stderr
    assert "truncated.mbox, message 2:" in proc.stderr
    assert "wrong_charset.eml: The text was declared as ISO-8859-2" in proc.stdout
    stats = json.loads(run("db", "stats", "--json", "--db", db).stdout)
    assert stats["feedback"] == 15

    # the .eml files again: all duplicates, nothing new, exit 0
    emls = sorted(str(p) for p in MAIL.glob("*.eml"))
    proc = run("inbox", "import", *emls, "--db", db, "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert (data["imported"], data["duplicates"], data["errors"]) == (0, len(emls), [])
    assert json.loads(run("db", "stats", "--json", "--db", db).stdout)["feedback"] == 15


def test_json_lists_errors_with_file_and_index(tmp_path):
    db = str(tmp_path / "inbox.sqlite3")
    proc = run("inbox", "import", str(MAIL / "archive_broken_third.mbox"), "--db", db, "--json")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert data["imported"] == 3 and len(data["item_ids"]) == 3
    assert [(e["file"], e["index"]) for e in data["errors"]] == [("archive_broken_third.mbox", 3)]


def test_nothing_to_import(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = run("inbox", "import", str(empty), "--db", str(tmp_path / "inbox.sqlite3"))
    assert proc.returncode == 1 and "No e-mail messages were found" in proc.stderr


def test_agency_data_through_the_real_command(tmp_path):
    db = str(tmp_path / "inbox.sqlite3")
    bad = tmp_path / "agency.csv"
    bad.write_text("date,account,satisfaction\n2026-03-02,NO-SUCH-ACCOUNT,9\n", encoding="utf-8")
    proc = run("inbox", "agency", str(bad), "--db", db)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "Nothing was imported" in proc.stderr
    assert json.loads(run("db", "stats", "--json", "--db", db).stdout)["feedback"] == 0
