"""`collectdesk compliance scan [--since DATE] [--full] [--json]`: the compliance scan from the command line.

cli.py wires it in: ``scan_cli.add_parser(add("compliance", ...))`` and ``cmd_compliance`` calls ``run``.
Exit codes as the CLI's: 0 scanned (findings are the scan's result, not a failure), 1 refused (a profile
setting names a profile that does not exist), 2 usage (a date that is not YYYY-MM-DD), 3 database problem.
The JSON object is ScanResult.as_json().
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

EXIT_OK, EXIT_USAGE = 0, 2


def add_parser(command: argparse.ArgumentParser) -> None:
    """Add the "scan" action to the `compliance` command's parser."""
    from collectdesk.cli import _common

    tr = QCoreApplication.translate
    sub = command.add_subparsers(dest="compliance_command", metavar="ACTION", required=True)
    text = tr("CLI", "check the activity log against the compliance profiles and bring the findings up to date "
                     "(only the debtors whose log or facts changed since the last scan, unless --full)")
    p = sub.add_parser("scan", help=text, description=text)
    _common(p, top=False)
    p.add_argument("--since", metavar="YYYY-MM-DD", help=tr(
        "CLI", "only contacts from this day on make or replace findings; older findings stay as they are"))
    p.add_argument("--full", action="store_true", help=tr(
        "CLI", "check every debtor's whole history, not only what changed since the last scan"))
    p.add_argument("--json", action="store_true", help=tr("CLI", "print one JSON object"))


def run(args) -> int:
    from datetime import date

    from collectdesk import i18n
    from collectdesk.cli import _err, _open, _out
    from collectdesk.services.compliance.scan import scan

    tr = QCoreApplication.translate
    since = None
    if args.since:
        try:
            since = date.fromisoformat(args.since)
        except ValueError:
            _err(tr("CLI", "Dates are written YYYY-MM-DD, for example 2026-10-31."))
            return EXIT_USAGE
    db = _open(args, sweep=False)
    last = [-1]

    def progress(done: int, total: int) -> None:
        pct = int(done * 100 / total) if total else 100
        if pct // 10 != last[0] and sys.stderr.isatty() and not args.json:
            last[0] = pct // 10
            print(tr("CLI", "checking the activity log: {pct}%").format(pct=pct), file=sys.stderr)

    try:
        result = scan(db.ctx, full=args.full, since=since, progress=progress)
    finally:
        db.close()
    if args.json:
        _out(json.dumps(result.as_json(), ensure_ascii=False, indent=1))
        return EXIT_OK
    modes = {"incremental": tr("CLI", "what changed since the last scan"), "full": tr("CLI", "full"),
             "first": tr("CLI", "the first scan, full"),
             "profiles_changed": tr("CLI", "full, because the compliance profiles changed")}
    _out(tr("CLI", "Compliance scan ({mode}): %n debtor(s) checked, {activities} activities read in {seconds} s.", "",
            result.debtors).format(mode=modes.get(result.mode, result.mode),
                                   activities=i18n.format_count(result.activities),
                                   seconds=i18n.format_decimal(Decimal(str(round(result.seconds, 1))), 1)))
    by = result.new_by_severity
    _out(tr("CLI", "%n new finding(s) (block: {block}, warn: {warn}).", "", result.new).format(
        block=i18n.format_count(by.get("block", 0)), warn=i18n.format_count(by.get("warn", 0))))
    _out(tr("CLI", "%n finding(s) found again and left as they were.", "", result.kept))
    _out(tr("CLI", "%n open finding(s) no longer found and removed.", "", result.removed))
    if result.retained:
        _out(tr("CLI", "%n reviewed finding(s) no longer found, kept for the record.", "", result.retained))
    for code, version in sorted(result.profiles.items()):
        _out(tr("CLI", "Profile {code}, version {version}").format(code=code, version=version))
    if since is not None:
        _out(tr("CLI", "Only contacts from {day} on were judged, so this scan does not count as the last complete "
                "one.")
             .format(day=i18n.format_date(since)))
    return EXIT_OK
