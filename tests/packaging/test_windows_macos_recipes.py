"""The Windows and macOS build recipes, checked on Linux where neither can run.

What a maintainer or a user would notice if these broke: an installer that asks for administrator rights,
an upgrade that installs a second copy (AppId changed) or deletes the user's database, an uninstaller that
says nothing about the kept data in Italian, a build script that stamps a made-up version, a macOS signing
step that signs in the wrong order, a self-test failure that does not stop the build, or a secret committed.
The scripts' own shell functions are run here against stand-in tools (codesign, file, xcrun) and a fake app.
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

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "collectdesk.iss"
PS1 = ROOT / "packaging" / "build-windows.ps1"
MACOS_SH = ROOT / "packaging" / "build-macos.sh"
ENTITLEMENTS = ROOT / "packaging" / "macos" / "entitlements.plist"
LANGUAGES = {"en": "compiler:Default.isl", "it": "compiler:Languages\\Italian.isl",
             "pl": "compiler:Languages\\Polish.isl", "de": "compiler:Languages\\German.isl"}
# The installer's AppId. Changing it makes the next installer a different program: upgrades would install a
# second CollectDesk beside the first instead of replacing it. Keep it for ever.
APP_ID = "{{361F3A05-B567-47EF-9D93-8E750E2EEC6D}"
VERSION_CODE = "import collectdesk; print(collectdesk.__version__)"


# --- Inno Setup script ------------------------------------------------------------------------------------

def _iss_text() -> str:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "the .iss must be UTF-8 with a BOM (its messages are not ASCII)"
    return raw[3:].decode("utf-8")


def _expand_defines(lines: list[str]) -> list[str]:
    """ISPP, as far as this script uses it: #define NAME "text" (Pascal strings) and {#NAME} inline."""
    defines: dict[str, str] = {}
    out = []
    for line in lines:
        match = re.match(r'\s*#define\s+(\w+)\s+"((?:[^"]|"")*)"\s*$', line)
        if match:
            defines[match.group(1)] = match.group(2).replace('""', '"')
            continue
        out.append(re.sub(r"\{#(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), line))
    return out


def _sections() -> dict[str, list[str]]:
    """The script's sections, each a list of its entry lines (comments, blank lines and ISPP lines dropped)."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in _expand_defines(_iss_text().splitlines()):
        stripped = line.strip()
        if not stripped or stripped.startswith(";") or stripped.startswith("#"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", stripped)
        if header:
            current = header.group(1)
            assert current not in sections, f"section [{current}] appears twice"
            sections[current] = []
            continue
        assert current is not None, f"a line outside any section: {line!r}"
        sections[current].append(stripped)
    return sections


def _keyed(section: str) -> dict[str, str]:
    """A Key=Value section ([Setup], [Messages], [CustomMessages]); Inno Setup's keys ignore case."""
    values: dict[str, str] = {}
    for line in _sections()[section]:
        key, sep, value = line.partition("=")
        assert sep, f"[{section}] line without '=': {line!r}"
        key = key.strip().lower()
        assert key not in values, f"[{section}] sets {key} twice"
        values[key] = value.strip()
    return values


def _entries(section: str) -> list[dict[str, str]]:
    """A parameter section ([Files], [InstallDelete], ...): 'Name: "value"; Flags: a b' per line."""
    entries = []
    for line in _sections().get(section, []):
        params: dict[str, str] = {}
        for part in re.findall(r'(?:[^;"]|"(?:[^"]|"")*")+', line):
            name, sep, value = part.partition(":")
            assert sep, f"[{section}] parameter without ':': {part!r} in {line!r}"
            value = value.strip()
            if value.startswith('"') and value.endswith('"'):
                value = value[1:-1].replace('""', '"')
            params[name.strip().lower()] = value
        entries.append(params)
    return entries


def test_installer_script_parses_into_the_expected_sections():
    sections = _sections()
    for name in ("Setup", "Languages", "Messages", "CustomMessages", "Tasks", "InstallDelete", "Files",
                 "Icons", "Run", "UninstallDelete"):
        assert name in sections, f"[{name}] is missing"
    for name in ("Setup", "Messages", "CustomMessages"):
        _keyed(name)  # every line is Key=Value, no key twice
    for name in ("Languages", "Tasks", "InstallDelete", "Files", "Icons", "Run", "UninstallDelete"):
        assert _entries(name), f"[{name}] has no entry"


def test_installs_per_user_without_administrator_rights():
    setup = _keyed("Setup")
    assert setup["privilegesrequired"] == "lowest"
    assert "dialog" in setup["privilegesrequiredoverridesallowed"].split()  # IT can still pick all users
    assert setup["defaultdirname"] == "{autopf}\\CollectDesk"  # %LOCALAPPDATA%\Programs\CollectDesk per user
    assert setup["architecturesallowed"] == setup["architecturesinstallin64bitmode"] == "x64compatible"
    assert setup["closeapplications"] == "yes"  # a running CollectDesk is closed before its files change
    assert setup["wizardstyle"] == "modern"
    assert setup["compression"] == "lzma2/max" and setup["solidcompression"] == "yes"
    assert setup["setupiconfile"] == "{#IconFile}"
    assert setup["uninstalldisplayicon"] == "{app}\\CollectDesk.exe"
    assert setup["appname"] == "CollectDesk"


def test_app_id_is_fixed_so_upgrades_find_the_old_install():
    setup = _keyed("Setup")
    assert setup["appid"] == APP_ID
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["appid"])
    assert "NEVER CHANGE" in _iss_text()


def test_version_comes_from_the_command_line_not_from_the_script():
    setup = _keyed("Setup")
    assert setup["appversion"] == "{#AppVersion}"
    assert setup["outputbasefilename"] == "CollectDesk-{#AppVersion}-windows-x64-setup"
    text = _iss_text()
    for name in ("AppVersion", "SourceDir", "IconFile"):
        assert re.search(rf"#ifndef {name}\s*\n\s*#error", text), f"a missing /D{name} must stop the compile"
    assert not re.search(r"#define\s+AppVersion", text)


def test_upgrade_replaces_program_files_and_never_touches_the_users_data():
    install_delete = _entries("InstallDelete")
    assert {"type": "filesandordirs", "name": "{app}\\_internal"} in install_delete
    user_data = re.compile(r"localappdata|userappdata|commonappdata|appdata|userdocs|userprofile|%|"
                           r"software\\collectdesk|hkcu|hkey_current_user", re.IGNORECASE)
    for section in ("InstallDelete", "UninstallDelete"):
        for entry in _entries(section):
            name = entry["name"]
            assert name == "{app}" or name.startswith("{app}\\"), f"[{section}] deletes outside the program: {name}"
            assert not user_data.search(name), f"[{section}] touches the user's data: {name}"
    # Settings live in HKCU\Software\CollectDesk: no registry entry of the installer may own (and delete) them.
    for entry in _entries("Registry"):
        assert "collectdesk" not in entry.get("subkey", "").lower()
    assert "[Code]" not in _iss_text()  # no script that could delete folders or keys behind the sections' back


def test_the_whole_bundle_is_installed_with_shortcuts_and_launch_box():
    [files] = _entries("Files")
    assert files["source"] == "{#SourceDir}\\*" and files["destdir"] == "{app}"
    assert {"ignoreversion", "recursesubdirs", "createallsubdirs"} <= set(files["flags"].split())
    icons = {entry["name"]: entry for entry in _entries("Icons")}
    assert icons["{autoprograms}\\CollectDesk"]["filename"] == "{app}\\CollectDesk.exe"
    assert icons["{autodesktop}\\CollectDesk"]["tasks"] == "desktopicon"
    [task] = _entries("Tasks")
    assert task["name"] == "desktopicon" and "unchecked" in task["flags"].split()
    [run] = _entries("Run")
    assert run["filename"] == "{app}\\CollectDesk.exe" and "postinstall" in run["flags"].split()
    assert "ChangesAssociations" not in _iss_text()  # report archives live in the database: no file type


def test_four_languages_each_with_every_message_translated():
    languages = {entry["name"]: entry["messagesfile"] for entry in _entries("Languages")}
    assert languages == LANGUAGES
    for section in ("Messages", "CustomMessages"):
        keys: dict[str, dict[str, str]] = {}
        for key, value in _keyed(section).items():
            lang, dot, name = key.partition(".")
            assert dot and lang in LANGUAGES, f"[{section}] {key} is not for one language: it would be English everywhere"
            assert value, f"[{section}] {key} is empty"
            keys.setdefault(name, {})[lang] = value
        for name, texts in keys.items():
            assert set(texts) == set(LANGUAGES), f"[{section}] {name} exists only for {sorted(texts)}"
            for lang in ("it", "pl", "de"):
                assert texts[lang] != texts["en"], f"[{section}] {lang}.{name} is the English text"
            for lang, text in texts.items():
                # Inno Setup formats %1..%9, %n and %%: any other % would show up garbled.
                assert not re.search(r"%(?![1-9n%])", text.replace("%%", "")), f"{lang}.{name}: stray %"
    # Every {cm:...} the script shows is ours (translated above) or one Inno Setup's .isl files translate.
    used = {name.lower() for name in re.findall(r"\{cm:(\w+)", _iss_text())}
    builtin = {"createdesktopicon", "additionalicons", "launchprogram"}
    ours = {key.partition(".")[2] for key in _keyed("CustomMessages")}
    assert used - builtin <= ours


def test_uninstaller_says_in_every_language_that_the_data_was_kept_and_where():
    messages = _keyed("Messages")
    for lang in LANGUAGES:
        for message in ("uninstalledall", "uninstalledmost"):
            text = messages[f"{lang}.{message}"]
            assert "%1" in text  # the program's name
            assert "%%LOCALAPPDATA%%\\CollectDesk" in text  # the database folder, shown as %LOCALAPPDATA%
            assert "HKEY_CURRENT_USER\\Software\\CollectDesk" in text  # the settings
        assert messages[f"{lang}.confirmuninstall"].count("%1") == 1


# --- Windows build script -----------------------------------------------------------------------------------

def _ps1() -> str:
    raw = PS1.read_bytes()
    assert raw.isascii(), "Windows PowerShell 5.1 reads a script without BOM as ANSI: keep it ASCII"
    return raw.decode("ascii")


def _ps_code_only(text: str) -> str:
    """The script with comments and string contents blanked, so brackets can be counted."""
    out, n = [], len(text)

    def code(i: int, closer: str | None) -> int:
        while i < n:
            c = text[i]
            if closer and c == closer:
                out.append(c)
                return i + 1
            if text.startswith("<#", i):
                i = text.index("#>", i) + 2
            elif c == "#":
                while i < n and text[i] != "\n":
                    i += 1
            elif c == "'":
                i += 1
                while True:
                    if text[i] == "'" and text[i + 1: i + 2] == "'":
                        i += 2
                    elif text[i] == "'":
                        i += 1
                        break
                    else:
                        i += 1
                out.append("''")
            elif c == '"':
                i += 1
                while True:
                    if text[i] == "`":
                        i += 2
                    elif text[i] == '"' and text[i + 1: i + 2] == '"':
                        i += 2
                    elif text[i] == '"':
                        i += 1
                        break
                    elif text.startswith("$(", i):
                        out.append("$(")
                        i = code(i + 2, ")")
                    else:
                        i += 1
                out.append('""')
            elif c in "({[":
                out.append(c)
                i = code(i + 1, {"(": ")", "{": "}", "[": "]"}[c])
            elif c in ")}]":
                raise AssertionError(f"unbalanced {c!r} near: {text[max(0, i - 60): i + 20]!r}")
            else:
                out.append(c)
                i += 1
        if closer:
            raise AssertionError(f"{closer!r} never closed")
        return i

    code(0, None)
    return "".join(out)


def test_windows_script_brackets_and_strings_are_balanced():
    code = _ps_code_only(_ps1())
    assert "$ErrorActionPreference = 'Stop'" in _ps1()
    assert "Set-StrictMode" in code


def test_windows_script_checks_every_native_command():
    text = _ps1()
    # Programs run only inside the two helpers; Invoke-Native stops on a non-zero exit code itself.
    calls = [line for line in text.splitlines() if re.match(r"\s*(\$\w+\s*=\s*)?&\s", line)]
    assert len(calls) == 2 and all("@Arguments" in line for line in calls)
    assert "if ($code -ne 0)" in text and "$code = $LASTEXITCODE" in text
    for variable in re.findall(r"\$(\w+) = Get-NativeOutput", text):
        assert f"${variable}.ExitCode -ne 0" in text, f"${variable} is never checked"


def test_windows_script_passes_the_metadata_version_to_inno_setup():
    text = _ps1()
    assert f"'{VERSION_CODE}'" in text
    [assignment] = re.findall(r"^\$Version = (.+)$", text, re.MULTILINE)  # set once, not a literal
    assert assignment == "$versionRun.Output"
    assert re.search(rf"\$versionRun = Get-NativeOutput \$VenvPython @\('-I', '-c', '{re.escape(VERSION_CODE)}'\)",
                     text)
    assert '"/DAppVersion=$Version"' in text
    assert not re.search(r"/DAppVersion=[0-9]", text)
    # Exactly the definitions the .iss asks for, and the installer name the .iss produces.
    passed = set(re.findall(r'"/D(\w+)=', text))
    required = set(re.findall(r"#ifndef (\w+)", _iss_text()))
    assert passed == required == {"AppVersion", "SourceDir", "IconFile", "OutputDir"}
    setup_name = _keyed("Setup")["outputbasefilename"].replace("{#AppVersion}", "$Version")
    assert f'"{setup_name}.exe"' in text


def test_windows_script_follows_the_build_layout_and_order():
    text = _ps1()
    assert "'-3.11'" in text  # py -3.11
    for candidate in ("${env:ProgramFiles(x86)}", "'Inno Setup 6\\ISCC.exe'", "'Programs\\Inno Setup 6\\ISCC.exe'"):
        assert candidate in text
    assert "Join-Path $RepoRoot 'packaging\\build'" in text and "Join-Path $BuildDir 'venv'" in text
    assert "'install', $RepoRoot" in text and "'-e'" not in text  # not editable
    assert "$env:COLLECTDESK_ICON_DIR = $IconDir" in text
    assert "@('--noconfirm', '--clean', '--distpath', $DistDir, '--workpath', $WorkDir, $SpecFile)" in text
    assert '"--self-test --self-test-report `"$SelfTestReport`""' in text
    assert "$selfTest.ExitCode" in text and "if ($selfTestExit -ne 0)" in text
    steps = ["$MakeIcons, $IconDir", "$VenvPyInstaller @(", "Start-Process -FilePath $BundleExe", "$Iscc @("]
    positions = [text.index(step) for step in steps]
    assert positions == sorted(positions), "icons, PyInstaller, self-test, installer: in this order"


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


# --- No secret in the recipes -------------------------------------------------------------------------------

SECRET_PATTERNS = {
    "an Apple team id": r"\b(?=[A-Z0-9]{10}\b)(?=[A-Z]*[0-9])(?=[0-9]*[A-Z])[A-Z0-9]{10}\b",
    "an app-specific password": r"\b[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}\b",
    "a password or token assigned": r"(?i)\b(password|passwd|secret|token|app-specific)\w*\s*[:=]\s*['\"]?\w",
    "a password on a command line": r"(?i)--password\b",
    "an Apple ID": r"[\w.+-]+@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}\b",
    "a private key": r"-----BEGIN",
}


@pytest.mark.parametrize("path", [ISS, PS1, MACOS_SH, ENTITLEMENTS], ids=lambda p: p.name)
def test_no_secret_or_team_id_is_committed(path):
    text = path.read_text(encoding="utf-8-sig")
    for what, pattern in SECRET_PATTERNS.items():
        match = re.search(pattern, text)
        assert not match, f"{path.name} seems to contain {what}: {match.group(0)!r}"
