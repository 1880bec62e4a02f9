"""`collectdesk report KIND (--period P | --from DATE --to DATE) [--scope team:NAME|branch:NAME]
[--format pdf|xlsx|both|pdf,xlsx] [--paper A4|Letter] [--lang xx] [--out DIR]`: a report without the GUI, for a
scheduled task that makes the morning reports.

cli.py wires it in: ``report_cli.add_parser(add("report", ...))`` and ``cmd_report`` calls ``run``. The job is
the pane's (reports.generate.generate): the files get e-mail-ready names in DIR and are kept in the archive.
--lang is the language of the messages and of the report. Exit codes as the CLI's: 0 written, 1 refused (a
report this build cannot make, an unknown scope, a folder that cannot be written), 2 usage, 3 database.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def add_parser(p: argparse.ArgumentParser) -> None:
    from collectdesk.reports.model import ReportKind

    tr = QCoreApplication.translate
    p.add_argument("kind", choices=[k.value for k in ReportKind], metavar="KIND", help=tr(
        "CLI", "the report: collections, feedback, staff, compliance, aging, escalations or portfolios"))
    p.add_argument("--period", help=tr("CLI", "2026-10 (month), 2026-Q3, 2026-W05 (ISO week), 2026-10-05 (day) "
                                              "or 2026-10-01..2026-10-15"))
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help=tr("CLI", "first day (with --to)"))
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help=tr("CLI", "last day (with --from)"))
    p.add_argument("--scope", help=tr("CLI", "team:NAME or branch:NAME (default: the whole department)"))
    p.add_argument("--format", default="pdf", metavar="pdf|xlsx|both", help=tr(
        "CLI", "pdf, xlsx, or both (pdf,xlsx): the PDF, the spreadsheet and the PDF with the tables appended "
        "(default: pdf)"))
    p.add_argument("--paper", choices=("A4", "Letter"), help=tr(
        "CLI", "paper size of the PDF (default: Letter in the United States and Canada, else A4)"))
    p.add_argument("--out", type=Path, default=Path("."), metavar="DIR", help=tr(
        "CLI", "the folder to write the files to (default: the current folder)"))


def _format(text: str) -> str | None:
    parts = {p.strip().lower() for p in text.split(",") if p.strip()}
    if parts == {"pdf"}:
        return "pdf"
    if parts == {"xlsx"}:
        return "xlsx"
    if parts in ({"both"}, {"pdf", "xlsx"}):
        return "both"
    return None


def _period(args) -> tuple[date, date] | None:
    from collectdesk.cli import _err
    from collectdesk.services.scorecard_export import parse_period

    tr = QCoreApplication.translate
    if args.period and (args.start or args.end):
        _err(tr("CLI", "Give either --period or --from and --to, not both."))
        return None
    if args.period:
        return parse_period(args.period)
    if not (args.start and args.end):
        _err(tr("CLI", "Say which period: --period 2026-10, or --from 2026-10-01 --to 2026-10-31."))
        return None
    try:
        start, end = date.fromisoformat(args.start), date.fromisoformat(args.end)
    except ValueError:
        _err(tr("CLI", "Dates are written YYYY-MM-DD, for example 2026-10-31."))
        return None
    if end < start:
        _err(tr("CLI", "The last day is before the first."))
        return None
    return start, end


def run(args) -> int:
    from collectdesk import i18n
    from collectdesk.cli import _err, _open, _out
    from collectdesk.reports import catalogue
    from collectdesk.reports.generate import default_page_size, generate
    from collectdesk.reports.model import ReportKind, ReportParams
    from collectdesk.services.scorecard_export import resolve_scope

    tr = QCoreApplication.translate
    fmt = _format(args.format)
    if fmt is None:
        _err(tr("CLI", "--format is pdf, xlsx or both (pdf,xlsx); got: {format}").format(format=args.format))
        return EXIT_USAGE
    period = _period(args)
    if period is None:
        return EXIT_USAGE
    kind = ReportKind(args.kind)
    if kind not in catalogue.available():
        _err(tr("CLI", "This build cannot make the {report} yet.").format(report=catalogue.title(kind)))
        return EXIT_REFUSED
    db = _open(args, sweep=False)
    last = [-1]

    def progress(done: int, total: int) -> None:
        pct = int(done * 100 / total) if total else 100
        if pct // 10 != last[0] and sys.stderr.isatty():
            last[0] = pct // 10
            print(tr("CLI", "making the report: {pct}%").format(pct=pct), file=sys.stderr)

    try:
        scope, scope_name = "all", None
        if args.scope:
            ids = resolve_scope(db.ctx, args.scope)
            scope = f"team:{ids['team_id']}" if "team_id" in ids else f"branch:{ids['branch_id']}"
            scope_name = args.scope.partition(":")[2].strip()
        params = ReportParams(kind=kind, period_start=period[0], period_end=period[1], scope=scope,
                              language=i18n.current_language(), author=db.ctx.actor)
        done = generate(db.ctx, params, args.out, fmt=fmt, page_size=args.paper or default_page_size(),
                        scope_name=scope_name, progress=progress)
    finally:
        db.close()
    for f in done.files:
        _out(str(f.path))
    _out(tr("CLI", "%n file(s) written and kept in the archive.", "", len(done.files)))
    return EXIT_OK
