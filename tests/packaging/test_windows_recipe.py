"""The Windows build recipe (the Inno Setup script and build-windows.ps1), checked on Linux where neither can run.

What a maintainer or a user would notice if these broke: an installer that asks for administrator rights,
an upgrade that installs a second copy (AppId changed) or deletes the user's database, an uninstaller that
says nothing about the kept data in Italian, a build script that stamps a made-up version or does not stop
when a program or the bundle's self-test fails.
"""

from __future__ import annotations

import re

from recipe_files import ISS, PS1, VERSION_CODE

LANGUAGES = {"en": "compiler:Default.isl", "it": "compiler:Languages\\Italian.isl",
             "pl": "compiler:Languages\\Polish.isl", "de": "compiler:Languages\\German.isl"}
# The installer's AppId. Changing it makes the next installer a different program: upgrades would install a
# second CollectDesk beside the first instead of replacing it. Keep it for ever.
APP_ID = "{{361F3A05-B567-47EF-9D93-8E750E2EEC6D}"


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
