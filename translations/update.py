"""Refresh the .ts files from the sources and compile the .qm files that ship in the package.

    python -m collectdesk.translations.update          # lupdate + lrelease
    python -m collectdesk.translations.update --check  # exit 1 if lupdate would change the message set

Run from the repository root. The .ts files are what translators edit (Qt Linguist works); the .qm
files are committed too, so an installed wheel needs no Qt tools, and a test checks they are current.

Italian, Polish and German are full translations. English is the source language, so
collectdesk_en.ts holds only the plural messages (lupdate -pluralonly): it turns "%n account(s)"
into "1 account" / "5 accounts". Every check (unfinished, empty, not yet in the .ts, .qm current)
covers it like the other three.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TRANSLATED = ("it", "pl", "de")   # every message
PLURAL_ONLY = ("en",)             # numerus messages only, for the source language's own plurals
LANGUAGES = TRANSLATED + PLURAL_ONLY
SOURCES = ["collectdesk"]


def ts_path(lang: str) -> Path:
    return HERE / f"collectdesk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return HERE / f"collectdesk_{lang}.qm"


def tool(name: str) -> str:
    exe = shutil.which(name) or str(Path(sys.executable).parent / name)
    return exe


def is_plural_only(ts: Path) -> bool:
    """collectdesk_en.ts (or a copy of it with the same name) holds the plural messages only."""
    return any(ts.name == ts_path(lang).name for lang in PLURAL_ONLY)


# lupdate reads a copy of the sources in which two things its Python parser gets wrong are spelled out
# the way it understands them (line numbers and relative locations stay the same):
#
# 1. A local alias such as `tr = QCoreApplication.translate` (cli.py): lupdate reads `tr("CLI", "text")` as
#    a QObject.tr call, i.e. source "CLI" with "text" as its disambiguation in no context, while the
#    run-time look-up is (context "CLI", source "text").
# 2. The plural argument of QCoreApplication.translate(context, source, disambiguation, n): lupdate
#    (6.11) takes an identifier there for an obsolete encoding argument, so `..., "", n)` is extracted
#    without numerus forms, and `..., "", len(rows))` or `n=count` is not extracted at all.
_ALIAS = re.compile(r"^[ \t]*(\w+)[ \t]*=[ \t]*(?:QtCore\.)?QCoreApplication\.translate[ \t]*(?:#.*)?$", re.M)
_APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}


def resolve_aliases(text: str) -> str:
    for alias in sorted(set(_ALIAS.findall(text)) - {"translate"}):
        text = re.sub(rf"(?<![\w.])(?<!def ){re.escape(alias)}(?=\s*\()", "QCoreApplication.translate", text)
    return text


def _is_translate(func: ast.expr) -> bool:
    if not (isinstance(func, ast.Attribute) and func.attr == "translate"):
        return False
    owner = func.value
    return (isinstance(owner, ast.Name) and owner.id in _APPLICATIONS) or (
        isinstance(owner, ast.Attribute) and owner.attr in _APPLICATIONS)


def _plural_translate_calls(text: str) -> str:
    """QCoreApplication.translate(c, s, d, n) -> QCoreApplication.translate(c, s, d, utf8, 0), which
    lupdate marks as numerus; only in lupdate's copy, where the call is never run."""
    data = text.encode("utf-8")
    try:
        tree = ast.parse(data)
    except SyntaxError:
        return text
    starts = [0]
    for line in data.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))

    def offset(line: int, col: int) -> int:
        return starts[line - 1] + col

    def segment(node: ast.AST) -> bytes:
        return data[offset(node.lineno, node.col_offset):offset(node.end_lineno, node.end_col_offset)]

    edits = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _is_translate(node.func) and len(node.args) >= 2):
            continue
        keywords = {k.arg: k.value for k in node.keywords if k.arg}
        plural = node.args[3] if len(node.args) >= 4 else keywords.get("n")
        if plural is None:
            continue
        disambiguation = node.args[2] if len(node.args) >= 3 else keywords.get("disambiguation")
        old = segment(node)
        new = b"%s(%s, %s, %s, lupdate_plural, 0" % (
            segment(node.func), segment(node.args[0]), segment(node.args[1]),
            segment(disambiguation) if disambiguation is not None else b"None")
        new += b"\n" * max(0, old.count(b"\n") - new.count(b"\n")) + b")"
        edits.append((offset(node.lineno, node.col_offset), offset(node.end_lineno, node.end_col_offset), new))
    for begin, stop, new in sorted(edits, reverse=True):
        data = data[:begin] + new + data[stop:]
    return data.decode("utf-8")


def lupdate_view(text: str) -> str:
    """The source as lupdate should read it."""
    return _plural_translate_calls(resolve_aliases(text))


def _copy_sources(dest: Path) -> None:
    for s in SOURCES:
        for src in (ROOT / s).rglob("*.py"):
            if "__pycache__" in src.parts:
                continue
            out = dest / src.relative_to(ROOT)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(lupdate_view(src.read_text(encoding="utf-8")), encoding="utf-8")


def lupdate(targets: list[Path]) -> None:
    """Merge the sources' messages into `targets`; the plural-only files get lupdate -pluralonly."""
    targets = [Path(t) for t in targets]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        _copy_sources(work)
        # The .ts copies sit in a folder beside the sources, as translations/ does in the repository,
        # so the relative locations written into them are the same.
        ts_dir = work / HERE.name
        ts_dir.mkdir()
        for plural_only in (False, True):
            group = [t for t in targets if is_plural_only(t) == plural_only]
            if not group:
                continue
            copies = []
            for t in group:
                copy = ts_dir / t.name
                if t.exists():
                    shutil.copy(t, copy)
                copies.append(copy)
            cmd = [tool("pyside6-lupdate"), "-extensions", "py", "-no-obsolete", "-locations", "relative",
                   *(["-pluralonly"] if plural_only else []),
                   *[str(work / s) for s in SOURCES], "-ts", *[str(c) for c in copies]]
            subprocess.run(cmd, check=True, capture_output=True, cwd=work)
            for t, copy in zip(group, copies):
                shutil.copy(copy, t)


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
                if not ts_path(lang).exists():
                    print(f"{lang}: {ts_path(lang).name} is missing; run the update without --check")
                    bad += 1
                    continue
                copy = Path(tmp) / ts_path(lang).name
                shutil.copy(ts_path(lang), copy)
                lupdate([copy])
                new = set(messages(copy)) - set(messages(ts_path(lang)))
                for key in sorted(new):
                    print(f"{lang}: not in the .ts yet: [{key[0]}] {key[1]!r}")
                    bad += 1
        for lang in LANGUAGES:
            if not ts_path(lang).exists():
                continue
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
