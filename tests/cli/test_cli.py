"""The command line as a user runs it: real processes, real exit codes, no tracebacks."""

import json
import os
import subprocess
import sys

import pytest


def run(*args, env=None, lang="en"):
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run([sys.executable, "-m", "collectdesk", "--lang", lang, *args], capture_output=True,
                          text=True, env=full_env, timeout=300)


def test_stats_json_on_a_new_database(tmp_path):
    db = tmp_path / "new.sqlite3"
    proc = run("db", "stats", "--json", "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["accounts"] == 0 and data["balance"] == {} and data["feedback"] == 0


def test_check_and_backup(tmp_path):
    db = tmp_path / "live.sqlite3"
    assert run("db", "upgrade", "--db", str(db)).returncode == 0
    proc = run("db", "check", "--db", str(db))
    assert proc.returncode == 0 and "Check passed." in proc.stdout
    dest = tmp_path / "copy.sqlite3"
    proc = run("db", "backup", str(dest), "--db", str(db))
    assert proc.returncode == 0 and dest.exists()
    assert json.loads(run("db", "stats", "--json", "--db", str(dest)).stdout)["accounts"] == 0


def test_unreachable_server_gets_a_clear_message_and_no_traceback():
    proc = run("db", "stats", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert proc.returncode == 3
    assert "Traceback" not in proc.stderr
    assert "cannot be reached" in proc.stderr


def test_a_file_that_is_not_a_database(tmp_path):
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("this is not a database\n" * 100)
    proc = run("db", "check", "--db", str(bogus))
    assert proc.returncode == 3 and "Traceback" not in proc.stderr
    assert "damaged" in proc.stderr


@pytest.mark.parametrize("lang,word", [("de", "Datenbank"), ("it", "database"), ("pl", "Baza danych")])
def test_messages_follow_lang(tmp_path, lang, word):
    proc = run("db", "check", "--db", str(tmp_path / "x.sqlite3"), lang=lang)
    assert proc.returncode == 0
    assert word.lower() in proc.stdout.lower()
