"""Linux desktop integration: the icons every platform gets, the menu entry, the AppStream description, the
tarball tree, and install.sh / uninstall.sh in a throw-away home folder.

What a user notices: the icon is there and sharp at every size (also in the Windows .ico and macOS .icns),
CollectDesk appears in the menu in their language and starts, a newer version replaces the older one, and
removing CollectDesk leaves their database and settings alone.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QImageReader

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.collectdesk.CollectDesk"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


stage_py = _load("collectdesk_stage", LINUX / "stage.py")


def _run(cmd, **kw):
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=120, **kw)


# ---------------------------------------------------------------- icons

@pytest.fixture(scope="module")
def icons(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("icons")
    proc = _run([sys.executable, ROOT / "packaging" / "make_icons.py", out],
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    return out


def _pixels(image: QImage):
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return [[QColor.fromRgba(image.pixel(x, y)) for x in range(image.width())] for y in range(image.height())]


def _is_brand_blue(c: QColor) -> bool:
    return c.alpha() == 255 and abs(c.red() - 0x1F) < 8 and abs(c.green() - 0x6F) < 8 and abs(c.blue() - 0x8B) < 8


def _is_white(c: QColor) -> bool:
    return c.alpha() == 255 and min(c.red(), c.green(), c.blue()) >= 245


@pytest.mark.parametrize("size", HICOLOR_SIZES)
def test_every_hicolor_size_is_the_icon_at_that_size(icons, size):
    path = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    image = QImage(str(path))
    assert not image.isNull(), path
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    px = _pixels(image)
    assert px[0][0].alpha() == 0 and px[size - 1][size - 1].alpha() == 0  # transparent around the rounded square
    flat = [c for row in px for c in row]
    assert sum(map(_is_brand_blue, flat)) > 0.4 * size * size  # the blue square
    assert sum(map(_is_white, flat)) > 0.04 * size * size  # the white lines on it
    edge = [c.alpha() for c in flat if 0 < c.alpha() < 255]
    assert edge, "no anti-aliased edge"


def test_scalable_icon_is_the_source_svg(icons):
    scalable = icons / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "app.svg").read_bytes()


@pytest.mark.parametrize("size", [16, 32])
def test_small_icons_show_three_crisp_lines(icons, size):
    """At 16 and 32 px the three lines are separate rows of solid white, not a grey smear."""
    px = _pixels(QImage(str(icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")))
    white_rows = [any(_is_white(c) for c in row) for row in px]
    bands = sum(1 for y, w in enumerate(white_rows) if w and (y == 0 or not white_rows[y - 1]))
    assert bands == 3, white_rows
    for y, row in enumerate(px):  # every row that has line pixels has them fully white, with no half-tone row
        light = [c for c in row if c.alpha() == 255 and c.lightness() > 160]
        assert all(_is_white(c) for c in light[1:-1]), f"row {y} of {size} px is blurred"


def test_ico_holds_every_windows_size(icons):
    data = (icons / "collectdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _, _, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert (planes, bits) == (1, 32) and offset + length <= len(data)
        sizes.append(w or 256)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]

    reader = QImageReader(str(icons / "collectdesk.ico"))
    assert reader.imageCount() == count
    read = []
    for i in range(count):
        reader.jumpToImage(i)
        image = reader.read()
        assert not image.isNull()
        read.append(image.width())
        px = _pixels(image)
        assert px[0][0].alpha() == 0 and _is_brand_blue(px[image.height() // 5][image.width() // 2])
    assert sorted(read) == sorted(sizes)

    pil = pytest.importorskip("PIL.Image")
    with pil.open(icons / "collectdesk.ico") as ico:  # a second, independent reader
        assert sorted(ico.info["sizes"]) == [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]


def test_icns_reads_back_with_every_size(icons):
    data = (icons / "collectdesk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    reader = QImageReader(str(icons / "collectdesk.icns"))
    sizes = []
    for i in range(reader.imageCount()):
        reader.jumpToImage(i)
        image = reader.read()
        assert not image.isNull()
        sizes.append(image.width())
    assert {16, 32, 64, 128, 256, 512, 1024} <= set(sizes)
    pil = pytest.importorskip("PIL.Image")
    with pil.open(icons / "collectdesk.icns") as icns:
        assert icns.size == (1024, 1024)


# ---------------------------------------------------------------- .desktop and metainfo

def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_is_translated_and_matches_the_window():
    entry = _desktop_entry(LINUX / f"{APP_ID}.desktop")
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        for lang in ("it", "pl", "de"):
            assert entry.get(f"{key}[{lang}]"), f"{key}[{lang}] missing"
    assert entry["GenericName[it]"] != entry["GenericName"] and "crediti" in entry["GenericName[it]"]
    assert "windyk" in entry["GenericName[pl]"].lower()
    assert "Inkasso" in entry["Keywords[de]"] and "Forderungsmanagement" in entry["Keywords[de]"]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert {"Office", "Finance"} <= set(entry["Categories"].split(";"))
    from collectdesk import APP_NAME

    # Qt's X11 WM_CLASS class is the application name the app sets; the menu groups the window under it
    assert entry["StartupWMClass"] == APP_NAME
    assert entry["Exec"] == "@EXEC@"  # install.sh fills it


def test_desktop_entry_passes_desktop_file_validate(tmp_path):
    if not shutil.which("desktop-file-validate"):
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    filled = tmp_path / f"{APP_ID}.desktop"
    filled.write_text((LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
                      .replace("@TRYEXEC@", "/opt/collectdesk/collectdesk")
                      .replace("@EXEC@", "/opt/collectdesk/collectdesk"), encoding="utf-8")
    for path in (LINUX / f"{APP_ID}.desktop", filled):
        proc = _run(["desktop-file-validate", path])
        assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


# ---------------------------------------------------------------- staging

def _fake_bundle(folder: Path, version: str) -> Path:
    """A bundle folder with the layout of PyInstaller's: a program and _internal/ (here a shell script)."""
    (folder / "_internal").mkdir(parents=True)
    program = folder / "collectdesk"
    program.write_text(f'#!/bin/sh\necho "CollectDesk {version}"\n', encoding="utf-8")
    program.chmod(0o755)
    (folder / "_internal" / "base_library.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    return folder


def _fake_shots(folder: Path) -> Path:
    folder.mkdir(parents=True)
    names = stage_py.screenshot_names((LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8"))
    for name in [*names, "dialog-settings.png"]:
        image = QImage(320, 200, QImage.Format.Format_RGB32)
        image.fill(QColor("#dddddd"))
        assert image.save(str(folder / name))
    return folder


def _stage(tmp: Path, icons: Path, version: str, **extra) -> Path:
    out = tmp / f"CollectDesk-{version}-linux-x86_64"
    args = [sys.executable, LINUX / "stage.py", "--bundle", _fake_bundle(tmp / f"bundle-{version}", version),
            "--icons", icons, "--shots", _fake_shots(tmp / f"shots-{version}"), "--version", version,
            "--out", out]
    for key, value in extra.items():
        args += [f"--{key.replace('_', '-')}", value]
    proc = _run(args)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out


def test_stage_builds_the_tarball_tree(tmp_path, icons):
    out = _stage(tmp_path, icons, "1.2.0", screenshot_base="https://example.org/collectdesk/1.2.0/",
                 date="2026-11-30")
    assert os.access(out / "collectdesk" / "collectdesk", os.X_OK)
    assert (out / "collectdesk" / "_internal" / "base_library.zip").is_file()
    for script in ("install.sh", "uninstall.sh"):
        assert os.access(out / script, os.X_OK)
    readme = (out / "README.txt").read_text(encoding="utf-8")
    assert "CollectDesk 1.2.0" in readme and "@" not in readme
    for size in HICOLOR_SIZES:
        assert (out / "share/icons/hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (out / "share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()

    desktop = out / "share/applications" / f"{APP_ID}.desktop"
    assert _desktop_entry(desktop)["Exec"] == "@EXEC@"

    metainfo = out / "share/metainfo" / f"{APP_ID}.metainfo.xml"
    root = ET.parse(metainfo).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.find("releases/release").attrib == {"version": "1.2.0", "date": "2026-11-30"}
    for tag in ("name", "summary"):
        assert {e.get(XML_LANG) for e in root.findall(tag)} == {None, "it", "pl", "de"}
    urls = [e.text for e in root.iter("image")]
    shots = sorted(p.name for p in (out / "share/collectdesk/screenshots").iterdir())
    assert len(urls) >= 4 and sorted(u.rsplit("/", 1)[1] for u in urls) == shots  # exactly the named ones
    assert all(u.startswith("https://example.org/collectdesk/1.2.0/pane-") for u in urls)
    for shot in root.iter("screenshot"):
        assert {c.get(XML_LANG) for c in shot.findall("caption")} == {None, "it", "pl", "de"}
    assert "dialog-settings.png" not in shots

    if shutil.which("desktop-file-validate"):
        assert _run(["desktop-file-validate", desktop]).returncode == 0
    if shutil.which("appstreamcli"):
        proc = _run(["appstreamcli", "validate", "--no-net", metainfo])
        assert proc.returncode == 0, proc.stdout + proc.stderr


def test_metainfo_passes_appstreamcli_validate(tmp_path, icons):
    if not shutil.which("appstreamcli"):
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    out = _stage(tmp_path, icons, "0.1.0")  # the default, placeholder screenshot base
    metainfo = out / "share/metainfo" / f"{APP_ID}.metainfo.xml"
    proc = _run(["appstreamcli", "validate", "--no-net", metainfo])
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "\nE:" not in "\n" + proc.stdout and "\nW:" not in "\n" + proc.stdout, proc.stdout


def test_stage_refuses_missing_screenshots_with_a_clear_message(tmp_path, icons):
    shots = _fake_shots(tmp_path / "shots")
    (shots / "pane-02-queue.png").unlink()
    proc = _run([sys.executable, LINUX / "stage.py", "--bundle", _fake_bundle(tmp_path / "b", "1.0"),
                 "--icons", icons, "--shots", shots, "--version", "1.0", "--out", tmp_path / "out"])
    assert proc.returncode == 1
    assert "pane-02-queue.png" in proc.stderr and "collectdesk shots" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------- install.sh / uninstall.sh

@pytest.fixture()
def home(tmp_path) -> Path:
    home = tmp_path / "home dir"  # a space, as some home folders have
    home.mkdir()
    return home


def _user_env(home: Path) -> dict[str, str]:
    """A login with this HOME and no XDG_* variables (as on most desktops)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), PATH=f"{home}/.local/bin:/usr/local/bin:/usr/bin:/bin", LC_ALL="C.UTF-8")
    return env


def _exec_program(desktop: Path) -> str:
    """The program the menu entry starts, unquoted as a launcher reads the Exec key."""
    import shlex

    value = _desktop_entry(desktop)["Exec"].replace("\\\\", "\\")  # the string escape, then the Exec quoting
    return shlex.split(value)[0]


def test_install_upgrade_uninstall_keep_data_and_settings(tmp_path, icons, home):
    env = _user_env(home)
    old, new = _stage(tmp_path, icons, "1.0.0"), _stage(tmp_path, icons, "1.1.0")
    data = home / ".local/share/CollectDesk"
    config = home / ".config/CollectDesk"
    data.mkdir(parents=True)
    config.mkdir(parents=True)
    (data / "collectdesk.sqlite3").write_bytes(b"SQLite format 3\x00 the user's accounts")
    (config / "CollectDesk.conf").write_text("[General]\nlanguage=de\n", encoding="utf-8")

    proc = _run(["bash", old / "install.sh"], env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    app = home / ".local/opt/collectdesk"
    desktop = home / ".local/share/applications" / f"{APP_ID}.desktop"
    program = _exec_program(desktop)
    assert program == str(app / "collectdesk")
    assert _run([program], env=env).stdout.strip() == "CollectDesk 1.0.0"
    assert _run(["collectdesk"], env=env).stdout.strip() == "CollectDesk 1.0.0"  # the ~/.local/bin link
    assert (home / ".local/bin/collectdesk").resolve() == app / "collectdesk"
    if shutil.which("desktop-file-validate"):
        check = _run(["desktop-file-validate", desktop])
        assert check.returncode == 0, check.stdout  # the quoting of a path with a space is valid
    for size in HICOLOR_SIZES:
        assert (home / ".local/share/icons/hicolor" / f"{size}x{size}/apps/{APP_ID}.png").is_file()
    assert (home / ".local/share/metainfo" / f"{APP_ID}.metainfo.xml").is_file()

    proc = _run(["bash", new / "install.sh"], env=env)  # a newer version over the old one
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert _run([_exec_program(desktop)], env=env).stdout.strip() == "CollectDesk 1.1.0"
    assert sorted(p.name for p in app.parent.iterdir()) == ["collectdesk"]  # no half-copied folders left
    assert (data / "collectdesk.sqlite3").read_bytes() == b"SQLite format 3\x00 the user's accounts"
    assert (config / "CollectDesk.conf").read_text(encoding="utf-8") == "[General]\nlanguage=de\n"

    proc = _run(["bash", app / "uninstall.sh"], env=env)  # the copy install.sh leaves in the program folder
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert str(data) in proc.stdout and "kept" in proc.stdout
    assert not app.exists() and not (home / ".local/opt").exists()
    assert not (home / ".local/bin/collectdesk").exists() and not (home / ".local/bin/collectdesk").is_symlink()
    assert not desktop.exists()
    assert not list((home / ".local/share/icons").rglob(f"{APP_ID}.*"))
    assert not (home / ".local/share/metainfo" / f"{APP_ID}.metainfo.xml").exists()
    assert (data / "collectdesk.sqlite3").read_bytes() == b"SQLite format 3\x00 the user's accounts"
    assert (config / "CollectDesk.conf").read_text(encoding="utf-8") == "[General]\nlanguage=de\n"


def test_failed_copy_leaves_the_installed_version_working(tmp_path, icons, home):
    env = _user_env(home)
    old, new = _stage(tmp_path, icons, "1.0.0"), _stage(tmp_path, icons, "1.1.0")
    assert _run(["bash", old / "install.sh"], env=env).returncode == 0
    broken = tmp_path / "broken-bin"  # a cp that fails on the program folder, as a full disk would
    broken.mkdir()
    (broken / "cp").write_text('#!/bin/sh\n[ "$1" = -R ] && exit 1\nexec /bin/cp "$@"\n', encoding="utf-8")
    (broken / "cp").chmod(0o755)
    proc = _run(["bash", new / "install.sh"], env={**env, "PATH": f"{broken}:{env['PATH']}"})
    assert proc.returncode != 0
    assert "unchanged" in proc.stderr
    app = home / ".local/opt/collectdesk"
    assert _run([app / "collectdesk"], env=env).stdout.strip() == "CollectDesk 1.0.0"
    assert sorted(p.name for p in app.parent.iterdir()) == ["collectdesk"]


def test_install_refuses_while_collectdesk_runs(tmp_path, icons, home):
    env = _user_env(home)
    out = _stage(tmp_path, icons, "1.0.0")
    assert _run(["bash", out / "install.sh"], env=env).returncode == 0
    app = home / ".local/opt/collectdesk"
    shutil.copy(shutil.which("sleep"), app / "_internal" / "worker")  # a real program running from the folder
    running = subprocess.Popen([str(app / "_internal" / "worker"), "30"])
    try:
        deadline = time.monotonic() + 5
        while not Path(f"/proc/{running.pid}/exe").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        proc = _run(["bash", out / "install.sh"], env=env)
        assert proc.returncode != 0 and "is running" in proc.stderr and str(running.pid) in proc.stderr
        proc = _run(["bash", app / "uninstall.sh"], env=env)
        assert proc.returncode != 0 and "is running" in proc.stderr
        assert (app / "collectdesk").exists()
    finally:
        running.kill()
        running.wait()


def test_system_wide_install_with_prefix(tmp_path, icons, home):
    env = _user_env(home)
    out = _stage(tmp_path, icons, "1.0.0")
    prefix, app = tmp_path / "usr-local", tmp_path / "opt" / "collectdesk"
    proc = _run(["bash", out / "install.sh", "--prefix", prefix, "--app-dir", app], env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    desktop = prefix / "share/applications" / f"{APP_ID}.desktop"
    assert _exec_program(desktop) == str(app / "collectdesk")
    assert (prefix / "bin/collectdesk").resolve() == app / "collectdesk"
    assert (prefix / "share/icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    assert not (home / ".local").exists()  # nothing in the user's home
    proc = _run(["bash", app / "uninstall.sh", "--prefix", prefix, "--app-dir", app], env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not app.exists() and not desktop.exists() and not (prefix / "bin/collectdesk").exists()


def test_install_leaves_a_foreign_folder_alone(tmp_path, icons, home):
    env = _user_env(home)
    out = _stage(tmp_path, icons, "1.0.0")
    foreign = home / ".local/opt/collectdesk"
    foreign.mkdir(parents=True)
    (foreign / "notes.txt").write_text("mine", encoding="utf-8")
    proc = _run(["bash", out / "install.sh"], env=env)
    assert proc.returncode != 0 and "not made by this installer" in proc.stderr
    assert (foreign / "notes.txt").read_text(encoding="utf-8") == "mine"
    proc = _run(["bash", out / "uninstall.sh"], env=env)
    assert proc.returncode != 0 and (foreign / "notes.txt").exists()


def test_scripts_are_shellcheck_clean():
    if not shutil.which("shellcheck"):
        pytest.skip("shellcheck is not installed")
    proc = _run(["shellcheck", LINUX / "install.sh", LINUX / "uninstall.sh", LINUX.parent / "build-linux.sh"])
    assert proc.returncode == 0, proc.stdout
