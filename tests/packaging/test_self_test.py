"""`collectdesk --self-test`: what the bundle smoke test runs, here run from the installed package.

packaging/build-linux.sh runs the same command on the built bundle inside a network namespace (CI does too);
these tests prove the self-test itself: it passes on a sound install, it fails when a check fails, and its
socket guard catches a connection that would otherwise have succeeded.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import urllib.request

import pytest

from collectdesk.selftest import main as self_test
from collectdesk.selftest.network_guard import NetworkGuard
from collectdesk.selftest.runner import Check

pytestmark = pytest.mark.slow


@pytest.fixture
def listening_port():
    """A real server on the loopback: without the guard a connection to it succeeds."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    stop = threading.Event()

    def serve():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            conn.sendall(b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok")
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    server.close()


def test_the_whole_self_test_passes_offline_and_leaves_the_users_files_alone(tmp_path):
    user_data, user_config = tmp_path / "user-data", tmp_path / "user-config"
    env = {**os.environ, "COLLECTDESK_DATA_DIR": str(user_data), "COLLECTDESK_CONFIG_DIR": str(user_config),
           "QT_QPA_PLATFORM": "offscreen"}
    report, kept = tmp_path / "report.txt", tmp_path / "kept"
    proc = subprocess.run([sys.executable, "-m", "collectdesk", "--self-test", "--self-test-report", str(report),
                           "--keep-self-test", str(kept)], env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines == proc.stdout.splitlines()
    for title in ("Versions", "Translations", "Qt plugins", "New database", "Demo department",
                  "Upgrade from the previous release", "Every pane, every language", "Charts",
                  "Reports (PDF and spreadsheet)", "PDF preview and printing", "Network"):
        [line] = [x for x in lines if x[6:].startswith(title)]
        assert line.startswith("ok"), line
    assert lines[-1].startswith("Self-test passed: 11 checks")
    # every pane in every language was drawn and kept for a person to look at
    pictures = sorted(p.name for p in (kept / "panes").glob("*.png"))
    assert len(pictures) == 44 and {p[:2] for p in pictures} == {"en", "it", "pl", "de"}
    # one report of each format in each language, named in that language
    for lang in ("en", "it", "pl", "de"):
        formats = {p.suffix for p in (kept / "reports" / lang).iterdir()}
        assert {".pdf", ".xlsx"} <= formats
    # the user's own folders were never used
    assert not user_data.exists() or not any(user_data.rglob("*.sqlite3"))
    assert not (user_config / "CollectDesk.conf").exists()


def test_a_failing_check_fails_the_self_test_and_skips_what_depends_on_it(tmp_path, qapp):
    def broken(ctx):
        raise OSError(28, "No space left on device")

    report = tmp_path / "report.txt"
    code = self_test(["--self-test", "--self-test-checks", "bundle", "--self-test-report", str(report)],
                     extra_checks=[Check("disk", lambda: "Disk", broken),
                                   Check("after", lambda: "After the disk", lambda ctx: "fine", needs=("disk",))])
    text = report.read_text(encoding="utf-8")
    assert code == 1
    assert "FAIL  Disk" in text and "No space left on device" in text
    assert "skip  After the disk" in text
    assert "Self-test FAILED: 2 of 3 checks did not pass." in text


def test_the_guard_catches_a_connection_that_would_have_worked(tmp_path, qapp, listening_port):
    url = f"http://127.0.0.1:{listening_port}/update-check"
    assert urllib.request.urlopen(url, timeout=5).read() == b"ok"  # without the guard: it goes through

    def phones_home(ctx):
        try:
            urllib.request.urlopen(url, timeout=5).read()
        except OSError:
            pass  # the code that tried swallowed the error: the guard still saw it
        return "done"

    report = tmp_path / "report.txt"
    code = self_test(["--self-test", "--self-test-checks", "bundle", "--self-test-report", str(report)],
                     extra_checks=[Check("phone", lambda: "Update check", phones_home)])
    text = report.read_text(encoding="utf-8")
    assert code == 1
    assert "FAIL  Network: 1 attempt to reach the network" in text
    assert f"127.0.0.1:{listening_port}" in text
    assert "test_self_test.py" in text  # it names the code that tried
    assert text.rstrip().endswith("Self-test FAILED: something tried to reach the network.")
    assert urllib.request.urlopen(url, timeout=5).read() == b"ok"  # and the guard is off again afterwards


def test_guard_refuses_name_lookups_and_udp_but_allows_local_sockets(tmp_path):
    with NetworkGuard() as guard:
        with pytest.raises(OSError):
            socket.getaddrinfo("example.org", 443)
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        with pytest.raises(OSError):
            udp.sendto(b"x", ("127.0.0.1", 9))
        udp.close()
        if hasattr(socket, "AF_UNIX"):
            path = str(tmp_path / "s")
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            server.bind(path)
            server.listen(1)
            client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            client.connect(path)  # D-Bus and fontconfig talk like this: allowed
            client.close()
            server.close()
    assert [a.what for a in guard.attempts] == ["getaddrinfo", "sendto"]
    assert socket.getaddrinfo("127.0.0.1", 80)  # restored


def test_the_command_line_runs_the_self_test_before_anything_else(tmp_path, monkeypatch):
    from collectdesk import cli

    seen = []
    monkeypatch.setattr("collectdesk.selftest.main", lambda argv: seen.append(argv) or 0)
    assert cli.main(["--self-test", "--db", str(tmp_path / "x.sqlite3")]) == 0
    assert seen and not (tmp_path / "x.sqlite3").exists()  # the user's database is never opened

