"""`collectdesk inbox agency FILE [--map SRC=FIELD ...] [--dry-run]`: import a reporting agency's survey
and complaint data (services/inbox/agency_import.py; columns in docs/agency-import.md).

cli.py wires it in: ``agency_cli.add_parser(isub)`` next to the other inbox actions, and in cmd_inbox
``if args.inbox_command == "agency": return agency_cli.run(args)``. Exit codes as the CLI's: 0 imported
(or a valid dry run), 1 refused (bad rows; nothing written).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

EXIT_OK, EXIT_REFUSED = 0, 1


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Add the "agency" action to the inbox command's subparsers."""
    from collectdesk.cli import _common

    tr = QCoreApplication.translate
    text = tr("CLI", "import survey and complaint data from a reporting agency (CSV or XLSX, all or nothing)")
    p = subparsers.add_parser("agency", help=text, description=text)
    _common(p, top=False)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--map", action="append", default=[], metavar="SOURCE=FIELD",
                   help=tr("CLI", "read the file's column SOURCE as FIELD; repeat as needed"))
    p.add_argument("--dry-run", action="store_true", help=tr("CLI", "check the file and report, write nothing"))
    return p


def run(args) -> int:
    from collectdesk.cli import _err, _open, _out, _parse_map
    from collectdesk.services.inbox.agency_import import import_agency

    tr = QCoreApplication.translate
    mapping = _parse_map(args.map)
    db = _open(args)
    last = [-1]

    def progress(done: int, total: int) -> None:
        pct = int(done * 100 / total) if total else 100
        if pct // 10 != last[0] and sys.stderr.isatty():
            last[0] = pct // 10
            print(tr("CLI", "importing agency data: {pct}%").format(pct=pct), file=sys.stderr)

    try:
        report = import_agency(db.ctx, args.file, mapping=mapping, dry_run=args.dry_run, progress=progress)
    finally:
        db.close()
    if not report.ok:
        _err(tr("CLI", "{file}: %n row(s) have errors. Nothing was imported.", "", report.error_count).format(
            file=args.file.name))
        for e in report.errors:
            _err(tr("CLI", "line {line}, column {column}: {reason}").format(
                line=e.line, column=e.column or "-", reason=e.reason))
        if report.error_count > len(report.errors):
            _err(tr("CLI", "... and %n more error(s).", "", report.error_count - len(report.errors)))
        return EXIT_REFUSED
    counts = dict(file=args.file.name, rows=report.rows, complaints=report.complaints, surveys=report.surveys,
                  duplicates=report.duplicates)
    if report.dry_run:
        _out(tr("CLI", "Dry run: {file} is valid. {rows} rows: {complaints} complaints and {surveys} survey answers "
                "would be imported, {duplicates} were imported before. Nothing was written.").format(**counts))
    else:
        _out(tr("CLI", "Imported {file}: {rows} rows, {complaints} complaints, {surveys} survey answers; "
                "{duplicates} were imported before.").format(**counts))
    if report.ignored_columns:
        _out(tr("CLI", "Columns not used: {columns}").format(columns=", ".join(report.ignored_columns)))
    return EXIT_OK
