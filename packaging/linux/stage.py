"""Lay out the Linux tarball tree of CollectDesk (see /work/notes/packaging_contract.md).

    python packaging/linux/stage.py --bundle packaging/build/dist/CollectDesk --icons packaging/build/icons \\
        --shots SHOTDIR --version V --out STAGEDIR [--screenshot-base URL] [--date YYYY-MM-DD]

STAGEDIR (named CollectDesk-V-linux-x86_64 by the build) receives:
    collectdesk/                                        the PyInstaller bundle, copied as it is
    share/applications/org.collectdesk.CollectDesk.desktop     Exec/TryExec still placeholders: install.sh
                                                        writes the installed path, which only it knows
    share/metainfo/org.collectdesk.CollectDesk.metainfo.xml    version, date and screenshot URLs filled in
    share/icons/hicolor/<size>/apps/org.collectdesk.CollectDesk.{png,svg}
    share/collectdesk/screenshots/<file>.png            the screenshots the metainfo names, for the release
                                                        to upload to --screenshot-base
    install.sh  uninstall.sh  README.txt

The screenshot URLs: AppStream wants them on the web. --screenshot-base (or the environment variable
COLLECTDESK_SCREENSHOT_BASE) is the public folder the release uploads share/collectdesk/screenshots/ to. Without
it the URLs point at a placeholder host under the reserved .invalid domain, which validates but never loads: fine
for a test build, and a warning says so.

The staged .desktop and metainfo are checked with desktop-file-validate and appstreamcli when those are
installed; an error stops the staging with the validator's own words.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

APP_ID = "org.collectdesk.CollectDesk"
HERE = Path(__file__).resolve().parent
PLACEHOLDER_SCREENSHOT_BASE = "https://screenshot-base.invalid/set-with-stage-screenshot-base"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


class StageError(Exception):
    """A problem with the inputs or the result, said so the person running the build can fix it."""


def screenshot_names(metainfo_template: str) -> list[str]:
    """The screenshot files the metainfo names (its <image> URLs under @SCREENSHOT_BASE@/)."""
    return re.findall(r"@SCREENSHOT_BASE@/([A-Za-z0-9._-]+\.png)", metainfo_template)


def _check_inputs(bundle: Path, icons: Path, shots: Path, names: list[str]) -> None:
    binary = bundle / "collectdesk"
    if not (binary.is_file() and os.access(binary, os.X_OK)):
        raise StageError(f"{binary} is not an executable: is --bundle the PyInstaller folder dist/CollectDesk?")
    missing = [f"{s}x{s}" for s in HICOLOR_SIZES
               if not (icons / "hicolor" / f"{s}x{s}" / "apps" / f"{APP_ID}.png").is_file()]
    if not (icons / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file():
        missing.append("scalable")
    if missing:
        raise StageError(f"{icons} lacks the icons {', '.join(missing)}: run packaging/make_icons.py {icons} first")
    absent = [n for n in names if not (shots / n).is_file()]
    if absent:
        raise StageError(
            f"{shots} lacks {', '.join(absent)}. Run `collectdesk shots --out {shots}`; if the panes were "
            f"renamed or reordered, update the file names in {HERE / (APP_ID + '.metainfo.xml')}.")


def _prepare_out(out: Path) -> None:
    if out.exists():
        previous = (out / "install.sh").is_file() and (out / "collectdesk").is_dir()
        if not out.is_dir() or (any(out.iterdir()) and not previous):
            raise StageError(f"{out} exists and is not an earlier staging of CollectDesk; remove it or choose --out")
        shutil.rmtree(out)
    out.mkdir(parents=True)


def _fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    left = sorted(set(re.findall(r"@[A-Z_]+@", text)) - {"@EXEC@", "@TRYEXEC@"})
    if left:
        raise StageError(f"placeholders left unfilled: {', '.join(left)}")
    return text


def minimum_glibc(bundle: Path) -> str | None:
    """The newest GLIBC_x.y symbol version any ELF file of the bundle asks for: the oldest glibc it runs on."""
    newest: tuple[int, ...] = ()
    pattern = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?\x00")
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
            data = fh.read()
        for match in pattern.finditer(data):
            newest = max(newest, tuple(int(g) for g in match.groups() if g is not None))
    return ".".join(map(str, newest)) if newest else None


def _validate(desktop: Path, metainfo: Path) -> list[str]:
    """Run the validators that are installed; raise on errors, return the notes of those that ran."""
    notes = []
    if shutil.which("desktop-file-validate"):
        proc = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        report = (proc.stdout + proc.stderr).strip()
        if proc.returncode != 0 or ": error:" in report:
            raise StageError(f"desktop-file-validate rejects {desktop}:\n{report}")
        notes.append("desktop-file-validate: passed" + (f"\n{report}" if report else ""))
    else:
        notes.append("desktop-file-validate is not installed (Debian: desktop-file-utils): .desktop not checked")
    if shutil.which("appstreamcli"):
        proc = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)],
                              capture_output=True, text=True)
        report = (proc.stdout + proc.stderr).strip()
        if proc.returncode != 0:
            raise StageError(f"appstreamcli validate rejects {metainfo}:\n{report}")
        notes.append(f"appstreamcli validate: passed\n{report}")
    else:
        notes.append("appstreamcli is not installed: metainfo not checked")
    return notes


def stage(bundle: Path, icons: Path, shots: Path, version: str, out: Path,
          screenshot_base: str = PLACEHOLDER_SCREENSHOT_BASE, date: str | None = None) -> list[str]:
    """Build the tree in out; returns notes for the build log (validator output, warnings)."""
    if not re.fullmatch(r"[0-9A-Za-z][0-9A-Za-z.+~_-]*", version):
        raise StageError(f"'{version}' is not a version (digits, letters and . + ~ _ - only)")
    if not re.fullmatch(r"https?://[^\s\"<>]+", screenshot_base):
        raise StageError(f"--screenshot-base must be an http(s) URL, not '{screenshot_base}'")
    date = date or _build_date()
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise StageError(f"--date must be YYYY-MM-DD, not '{date}'") from None
    metainfo_template = (HERE / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    names = screenshot_names(metainfo_template)
    _check_inputs(bundle, icons, shots, names)
    _prepare_out(out)

    shutil.copytree(bundle, out / "collectdesk", symlinks=True)

    share = out / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    desktop.parent.mkdir(parents=True)
    desktop.write_text(_fill((HERE / f"{APP_ID}.desktop").read_text(encoding="utf-8"), {}), encoding="utf-8")

    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    metainfo.parent.mkdir(parents=True)
    metainfo.write_text(_fill(metainfo_template, {
        "VERSION": escape(version), "DATE": date, "SCREENSHOT_BASE": escape(screenshot_base.rstrip("/")),
    }), encoding="utf-8")

    for icon in sorted((icons / "hicolor").glob(f"*/apps/{APP_ID}.*")):
        target = share / "icons" / "hicolor" / icon.relative_to(icons / "hicolor")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icon, target)

    screenshots = share / "collectdesk" / "screenshots"
    screenshots.mkdir(parents=True)
    for name in names:
        shutil.copyfile(shots / name, screenshots / name)

    glibc = minimum_glibc(bundle)
    (out / "README.txt").write_text(_fill((HERE / "README.txt").read_text(encoding="utf-8"), {
        "VERSION": version,
        "GLIBC_REQUIREMENT": (f"It needs glibc {glibc} or newer (ldd --version tells which one you have)."
                              if glibc else "It needs a glibc at least as new as the build machine's."),
    }), encoding="utf-8")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copyfile(HERE / script, out / script)
        (out / script).chmod(0o755)

    notes = _validate(desktop, metainfo)
    if screenshot_base == PLACEHOLDER_SCREENSHOT_BASE:
        notes.append(f"warning: the metainfo's screenshot URLs point at the placeholder {screenshot_base}; "
                     "for a release pass --screenshot-base (or set COLLECTDESK_SCREENSHOT_BASE) to the folder "
                     "share/collectdesk/screenshots/ is uploaded to")
    return notes


def _build_date() -> str:
    """Today (UTC), or the reproducible-build date SOURCE_DATE_EPOCH when it is set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch and epoch.isdigit()
              else dt.datetime.now(dt.timezone.utc))
    return moment.date().isoformat()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Lay out the CollectDesk Linux tarball tree.")
    parser.add_argument("--bundle", type=Path, required=True, help="the PyInstaller folder (dist/CollectDesk)")
    parser.add_argument("--icons", type=Path, required=True, help="the output folder of packaging/make_icons.py")
    parser.add_argument("--shots", type=Path, required=True, help="the output folder of `collectdesk shots`")
    parser.add_argument("--version", required=True)
    parser.add_argument("--out", type=Path, required=True, help="the tree to create (CollectDesk-V-linux-ARCH)")
    parser.add_argument("--screenshot-base",
                        default=os.environ.get("COLLECTDESK_SCREENSHOT_BASE") or PLACEHOLDER_SCREENSHOT_BASE,
                        help="public URL of the folder the screenshots are uploaded to "
                             "(default: $COLLECTDESK_SCREENSHOT_BASE, else the placeholder %(default)s)")
    parser.add_argument("--date", help="release date YYYY-MM-DD (default: today, or SOURCE_DATE_EPOCH)")
    args = parser.parse_args(argv)
    try:
        notes = stage(args.bundle, args.icons, args.shots, args.version, args.out, args.screenshot_base, args.date)
    except (StageError, OSError) as exc:
        print(f"stage.py: {exc}", file=sys.stderr)
        return 1
    for note in notes:
        print(note)
    print(f"staged {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
