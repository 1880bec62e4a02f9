"""The macOS build recipe (build-macos.sh and the entitlements), checked on Linux where it cannot run.

What a maintainer would notice if it broke: a .dmg named with a made-up version, signing credentials on the
command line, a signing step that signs in the wrong order, a self-test failure or a rejected notarisation
that does not stop the build. The script's own shell functions are run here against stand-in tools
(codesign, file, xcrun) and a fake app.
"""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from recipe_files import ENTITLEMENTS, MACOS_SH, VERSION_CODE


# --- macOS build script -------------------------------------------------------------------------------------

def _sh() -> str:
    return MACOS_SH.read_text(encoding="utf-8")


def test_macos_script_is_valid_bash():
    proc = subprocess.run(["bash", "-n", str(MACOS_SH)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_macos_script_passes_shellcheck():
    if not shutil.which("shellcheck"):
        pytest.skip("shellcheck is not installed (Debian: apt-get install shellcheck)")
    proc = subprocess.run(["shellcheck", "-x", str(MACOS_SH)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_macos_script_reads_the_version_from_metadata_and_names_the_dmg_with_it():
    text = _sh()
    assert f"VERSION=$(\"$PY\" -I -c '{VERSION_CODE}')" in text
    assert "ARCH=$(uname -m)" in text
    assert 'DMG="$BUILD/CollectDesk-$VERSION-macos-$ARCH.dmg"' in text
    assert 'hdiutil create -volname CollectDesk -srcfolder "$STAGE" -ov -format UDZO "$DMG"' in text
    assert 'COLLECTDESK_ICON_DIR="$ICONS" "$VENV/bin/pyinstaller" --noconfirm --clean' in text
    assert not re.search(r"CollectDesk-[0-9]", text)


def test_macos_signing_and_notarisation_come_only_from_the_environment():
    text = _sh()
    assert 'CODESIGN_IDENTITY="${CODESIGN_IDENTITY:-}"' in text
    assert 'NOTARY_PROFILE="${NOTARY_PROFILE:-}"' in text
    assert '--keychain-profile "$NOTARY_PROFILE"' in text
    assert "--password" not in text and "altool" not in text
    for line in text.splitlines():
        if "notarytool submit" in line:  # credentials come from the keychain profile, never the command line
            assert '--keychain-profile "$NOTARY_PROFILE"' in line
            assert not re.search(r"--(apple-id|team-id|key|key-id|issuer)\b", line)
    # --deep only verifies; signing goes inside-out (see the next test).
    for line in text.splitlines():
        if "codesign" in line and "--deep" in line and not line.lstrip().startswith("#"):
            assert "--verify" in line, line


def _bash_functions(*names: str) -> str:
    """The definitions of the named shell functions, cut out of build-macos.sh."""
    lines = _sh().splitlines()
    found = []
    for name in names:
        start = next(i for i, line in enumerate(lines) if line.startswith(f"{name}() {{"))
        if lines[start].rstrip().endswith("}"):
            found.append(lines[start])
            continue
        end = next(i for i in range(start + 1, len(lines)) if lines[i] == "}")
        found.append("\n".join(lines[start: end + 1]))
    return "\n".join(found)


def _executable(path: Path, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def _run_bash(script: str, env_extra: dict[str, str], tools: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=f"{tools}{os.pathsep}{os.environ['PATH']}", **env_extra)
    return subprocess.run(["bash", "-c", "set -euo pipefail\n" + script], capture_output=True, text=True,
                          env=env, timeout=60)


def _fake_app(tmp_path: Path) -> Path:
    """A CollectDesk.app laid out as PyInstaller 6 does; "MACHO" marks the files the stand-in `file` calls code."""
    app = tmp_path / "dist" / "CollectDesk.app"
    contents = app / "Contents"
    qtcore = contents / "Frameworks" / "PySide6" / "Qt" / "lib" / "QtCore.framework"
    for path in (contents / "MacOS" / "CollectDesk", contents / "Frameworks" / "libpython3.11.dylib",
                 contents / "Frameworks" / "PySide6" / "QtCore.abi3.so", qtcore / "Versions" / "A" / "QtCore",
                 contents / "Frameworks" / "PySide6" / "Qt" / "plugins" / "platforms" / "libqcocoa.dylib"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("MACHO")
    for path in (contents / "Info.plist", qtcore / "Versions" / "A" / "Resources" / "Info.plist",
                 contents / "Resources" / "base_library.zip",
                 contents / "Resources" / "Data.framework" / "Resources" / "readme.txt"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("data")
    (qtcore / "Versions" / "Current").symlink_to("A")
    (qtcore / "QtCore").symlink_to("Versions/Current/QtCore")
    (qtcore / "Resources").symlink_to("Versions/Current/Resources")
    return app


def test_macos_signing_goes_inside_out_with_entitlements_on_the_app_only(tmp_path):
    app = _fake_app(tmp_path)
    tools = tmp_path / "tools"
    log = tmp_path / "codesign.log"
    _executable(tools / "file", '[ "$1" = -b ] && shift\n'
                'if grep -q MACHO "$1"; then echo "Mach-O 64-bit bundle arm64"; else echo data; fi\n')
    _executable(tools / "codesign", 'printf "%s\\n" "$*" >> "$CODESIGN_LOG"\n')
    script = _bash_functions("say", "die", "is_macho", "is_framework_binary", "is_code_bundle",
                             "codesign_one", "sign_app") + "\nsign_app\n"
    proc = _run_bash(script, {"APP": str(app), "APP_EXE": str(app / "Contents/MacOS/CollectDesk"),
                              "ENTITLEMENTS": "/x/entitlements.plist", "CODESIGN_LOG": str(log),
                              "CODESIGN_IDENTITY": "Developer ID Application: Example"}, tools)
    assert proc.returncode == 0, proc.stderr
    calls = [line.replace(str(app), "APP") for line in log.read_text().splitlines()]
    signed = [line.rsplit(" ", 1)[1] for line in calls if "--verify" not in line]
    frameworks = "APP/Contents/Frameworks/PySide6/Qt"
    assert signed == [f"{frameworks}/plugins/platforms/libqcocoa.dylib", f"{frameworks}/lib/QtCore.framework",
                      "APP/Contents/Frameworks/PySide6/QtCore.abi3.so",
                      "APP/Contents/Frameworks/libpython3.11.dylib", "APP"]
    for line in calls[:-1]:
        assert line.startswith("--force --options runtime --timestamp --sign Developer ID Application: Example")
    assert "--entitlements /x/entitlements.plist APP" in calls[-2]  # the app last, with the entitlements
    assert sum("--entitlements" in line for line in calls) == 1
    assert calls[-1] == "--verify --deep --strict --verbose=2 APP"


@pytest.mark.parametrize(("behaviour", "passes", "says"), [
    ("exit 0", True, "self-test passed (signed)"),
    ("exit 3", False, "failed with exit code 3"),
    ("exec sleep 30", False, "did not finish within 1 s"),
])
def test_macos_self_test_stops_the_build_unless_the_app_passes(tmp_path, behaviour, passes, says):
    exe = _executable(tmp_path / "CollectDesk.app/Contents/MacOS/CollectDesk",
                      'while [ $# -gt 0 ]; do [ "$1" = --self-test-report ] && echo "$*" > "$2"; shift; done\n'
                      + behaviour + "\n")
    script = _bash_functions("say", "die", "self_test") + "\nself_test signed\necho AFTER\n"
    proc = _run_bash(script, {"APP_EXE": str(exe), "BUILD": str(tmp_path), "SELFTEST_TIMEOUT": "1"}, tmp_path)
    assert (proc.returncode == 0) is passes
    assert says in proc.stdout + proc.stderr
    assert ("AFTER" in proc.stdout) is passes
    report = tmp_path / "self-test-report-signed.txt"  # the report path was handed to the app
    assert "--self-test-report" in report.read_text()


@pytest.mark.parametrize(("answer", "exit_code", "accepted"), [
    ('{"id": "abc-123", "status": "Accepted", "message": "Processing complete"}', 0, True),
    ('{"id": "abc-123", "status": "Invalid", "message": "Processing complete"}', 0, False),
    ('{"id": "abc-123", "status": "Invalid", "message": "Processing complete"}', 1, False),
    ("Error: HTTP status code: 401. Unable to authenticate.", 1, False),
])
def test_macos_notarisation_fails_the_build_unless_apple_accepts(tmp_path, answer, exit_code, accepted):
    calls = tmp_path / "xcrun.log"
    tools = tmp_path / "tools"
    _executable(tools / "xcrun", f'echo "$*" >> "{calls}"\n'
                'if [ "$2" = submit ]; then printf "%s" "$ANSWER"; exit "$ANSWER_CODE"; fi\n')
    script = _bash_functions("say", "die", "notarise") + "\nnotarise /tmp/CollectDesk.dmg\necho AFTER\n"
    proc = _run_bash(script, {"PY": sys.executable, "NOTARY_PROFILE": "collectdesk-notary", "ANSWER": answer,
                              "ANSWER_CODE": str(exit_code)}, tools)
    assert (proc.returncode == 0) is accepted, proc.stdout + proc.stderr
    logged = calls.read_text()
    assert "notarytool submit /tmp/CollectDesk.dmg --keychain-profile collectdesk-notary --wait" in logged
    if not accepted and "abc-123" in answer:
        assert "notarytool log abc-123 --keychain-profile collectdesk-notary" in logged  # Apple's reasons shown


def test_entitlements_are_a_valid_plist_with_no_needless_exception():
    entitlements = plistlib.loads(ENTITLEMENTS.read_bytes())
    assert isinstance(entitlements, dict)
    # Every key present must be an exception the comment explains; none is needed today (see the file).
    text = ENTITLEMENTS.read_text(encoding="utf-8")
    for key, value in entitlements.items():
        assert value is True and key in text.split("<plist", 1)[0]
