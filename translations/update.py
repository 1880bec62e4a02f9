"""Refresh the .ts files from the sources and compile the .qm files that ship in the package.

    python -m collectdesk.translations.update          # lupdate + lrelease
    python -m collectdesk.translations.update --check  # exit 1 if lupdate would change the message set

Run from the repository root. The .ts files are what translators edit (Qt Linguist works); the .qm
files are committed too, so an installed wheel needs no Qt tools, and a test checks they are current.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LANGUAGES = ("it", "pl", "de")
SOURCES = ["collectdesk"]


def ts_path(lang: str) -> Path:
    return HERE / f"collectdesk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return HERE / f"collectdesk_{lang}.qm"


def tool(name: str) -> str:
    exe = shutil.which(name) or str(Path(sys.executable).parent / name)
    return exe


def lupdate(targets: list[Path]) -> None:
    cmd = [tool("pyside6-lupdate"), "-extensions", "py", "-no-obsolete", "-locations", "relative",
           *[str(ROOT / s) for s in SOURCES], "-ts", *[str(t) for t in targets]]
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-fail-on-unfinished", "-removeidentical", "-nounfinished",
                    str(ts), "-qm", str(qm)], check=True, capture_output=True)


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> <message>, leaving out vanished and obsolete entries."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            out[(name, msg.findtext("source") or "", msg.findtext("comment") or "")] = msg
    return out


def problems(ts: Path) -> list[str]:
    """Unfinished or empty translations, for the test and the CI gate."""
    found = []
    for (ctx, source, _c), msg in messages(ts).items():
        tr = msg.find("translation")
        forms = tr.findall("numerusform") if tr is not None else []
        empty = tr is None or (not forms and not (tr.text or "").strip()) or any(
            not (f.text or "").strip() for f in forms)
        if tr is None or tr.get("type") == "unfinished" or empty:
            found.append(f"{ts.name}: [{ctx}] {source!r} is not translated")
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        import tempfile

        bad = 0
        with tempfile.TemporaryDirectory() as tmp:
            for lang in LANGUAGES:
                copy = Path(tmp) / ts_path(lang).name
                shutil.copy(ts_path(lang), copy)
                lupdate([copy])
                new = set(messages(copy)) - set(messages(ts_path(lang)))
                for key in sorted(new):
                    print(f"{lang}: not in the .ts yet: [{key[0]}] {key[1]!r}")
                    bad += 1
        for lang in LANGUAGES:
            for line in problems(ts_path(lang)):
                print(line)
                bad += 1
        return 1 if bad else 0
    lupdate([ts_path(lang) for lang in LANGUAGES])
    for lang in LANGUAGES:
        if problems(ts_path(lang)):
            print(f"{ts_path(lang).name}: unfinished entries; .qm not compiled")
            continue
        lrelease(ts_path(lang), qm_path(lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
