"""The `collectdesk` command line. With no subcommand it opens the GUI.

Every message goes through Qt's translation (context "CLI"); the same services as the GUI do the work.
Exit codes: 0 done, 1 the input was refused (bad rows, failed check), 2 usage, 3 database problem.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from collectdesk import __version__, i18n
from collectdesk.domain.errors import DomainError, StorageError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_STORAGE = 0, 1, 2, 3


def _peek_lang(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _common(parser: argparse.ArgumentParser, top: bool) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--db", default=default, metavar="PATH|URL", help=QCoreApplication.translate(
        "CLI", "database: a SQLite file path or a URL such as postgresql+psycopg://user@host/db "
        "(default: the local file in your user data folder)"))
    parser.add_argument("--lang", default=default, choices=i18n.SUPPORTED, help=QCoreApplication.translate(
        "CLI", "language of messages and reports (default: the system's)"))
    parser.add_argument("--user", default=default, help=QCoreApplication.translate(
        "CLI", "who is acting, for the audit trail (default: your login name)"))


def build_parser() -> argparse.ArgumentParser:
    tr = QCoreApplication.translate
    parser = argparse.ArgumentParser(prog="collectdesk", description=tr(
        "CLI", "CollectDesk: the collection supervisor's workbench. Without a command, opens the application."))
    parser.add_argument("--version", action="version", version=f"CollectDesk {__version__}")
    _common(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _common(p, top=False)
        return p

    db = add("db", tr("CLI", "database maintenance"))
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    for name, text in (("upgrade", tr("CLI", "apply pending schema migrations (a SQLite file is copied aside first)")),
                       ("check", tr("CLI", "check integrity and schema version"))):
        _common(dbsub.add_parser(name, help=text, description=text), top=False)
    p = dbsub.add_parser("backup", help=tr("CLI", "write a consistent copy of a live SQLite database"))
    _common(p, top=False)
    p.add_argument("dest", type=Path, help=tr("CLI", "file to write"))
    p = dbsub.add_parser("stats", help=tr("CLI", "row counts and open balance per currency"))
    _common(p, top=False)
    p.add_argument("--json", action="store_true", help=tr("CLI", "print one JSON object"))

    imp = add("import", tr("CLI", "import accounts, payments or activities from CSV or XLSX (all or nothing)"))
    imp.add_argument("kind", choices=("accounts", "payments", "activities"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--encoding", help=tr("CLI", "text encoding of a CSV file, e.g. utf-8, cp1250, cp1252 "
                                                   "(default: detected)"))
    imp.add_argument("--delimiter", help=tr("CLI", "CSV field separator (default: detected)"))
    imp.add_argument("--map", action="append", default=[], metavar="SOURCE=FIELD",
                     help=tr("CLI", "read the file's column SOURCE as FIELD; repeat as needed"))
    imp.add_argument("--dry-run", action="store_true", help=tr("CLI", "check the file and report, write nothing"))
    imp.add_argument("--allow-overpayment", action="store_true",
                     help=tr("CLI", "post payments above the balance as overpayments (held as a credit)"))

    demo = add("demo", tr("CLI", "build a realistic demo department into an empty database"))
    demo.add_argument("--accounts", type=int, default=None, help=tr("CLI", "number of accounts"))
    demo.add_argument("--seed", type=int, default=1, help=tr("CLI", "random seed (same seed, same data)"))

    cards = add("scorecards", tr("CLI", "staff scorecards for a period"))
    cards.add_argument("--period", required=True, help=tr("CLI", "2026-10 (month), 2026-Q3, 2026, or 2026-10-01..2026-10-15"))
    cards.add_argument("--scope", help=tr("CLI", "team:NAME or branch:NAME (default: everyone)"))
    cards.add_argument("--format", choices=("json", "csv", "xlsx"), default="json", help=tr(
        "CLI", "json (one object per staff member, numbers as numbers or decimal strings), csv, or xlsx "
        "(a workbook with totals; needs --out)"))
    cards.add_argument("--out", type=Path, help=tr("CLI", "write to this file instead of printing"))
    cards.add_argument("--anomalies", action="store_true", help=tr(
        "CLI", "also look for anomalies in staff work: json gets an \"anomalies\" list, xlsx an Anomalies sheet; "
        "with csv each is printed as a sentence (after the file is written, or on standard error when the CSV "
        "goes to standard output)"))

    inbox = add("inbox", tr("CLI", "the feedback inbox"))
    isub = inbox.add_subparsers(dest="inbox_command", metavar="ACTION", required=True)
    text = tr("CLI", "import e-mail: .eml files, mbox archives, or folders of them (each message on its own; "
                     "a message already in the inbox is not imported again)")
    p = isub.add_parser("import", help=text, description=text)
    _common(p, top=False)
    p.add_argument("files", nargs="+", type=Path, metavar="FILE|FOLDER")
    p.add_argument("--json", action="store_true", help=tr("CLI", "print one JSON object"))
    from collectdesk.services.inbox import agency_cli

    agency_cli.add_parser(isub)

    shots = add("shots", tr("CLI", "render every pane and main dialog to PNG files"))
    shots.add_argument("--out", type=Path, required=True, help=tr("CLI", "folder for the PNG files"))
    shots.add_argument("--size", default="1440x900", help=tr("CLI", "window size, WIDTHxHEIGHT"))

    wo = add("writeoffs", tr("CLI", "write-offs for accounting"))
    wsub = wo.add_subparsers(dest="writeoffs_command", metavar="ACTION", required=True)
    p = wsub.add_parser("export", help=tr("CLI", "the journal lines of the write-offs in a period (XLSX or CSV)"))
    _common(p, top=False)
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD", help=tr("CLI", "first day"))
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD", help=tr("CLI", "last day"))
    p.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    p.add_argument("--out", type=Path, required=True, help=tr("CLI", "the file to write"))

    prom = add("promises", tr("CLI", "promise-to-pay housekeeping"))
    psub = prom.add_subparsers(dest="promises_command", metavar="ACTION", required=True)
    _common(psub.add_parser("break-overdue", help=tr("CLI", "mark promises past their date without payment as broken")),
            top=False)

    from collectdesk.services.compliance import scan_cli

    scan_cli.add_parser(add("compliance", tr("CLI", "compliance checks over the activity log")))

    plans = add("plans", tr("CLI", "payment plans"))
    plsub = plans.add_subparsers(dest="plans_command", metavar="ACTION", required=True)
    p = plsub.add_parser("letter", help=tr(
        "CLI", "write the letter that confirms an approved plan to the debtor (PDF)"))
    _common(p, top=False)
    p.add_argument("plan", metavar="PLAN|ACCOUNT", help=tr(
        "CLI", "the plan's id, or an account number (the account's latest approved plan)"))
    p.add_argument("--out", type=Path, required=True, help=tr("CLI", "the file to write"))
    p.add_argument("--letter-language", choices=i18n.SUPPORTED, help=tr(
        "CLI", "the letter's language (default: the debtor's, or English)"))
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4", help=tr("CLI", "paper size (default: A4)"))

    from collectdesk.reports import report_cli

    report_cli.add_parser(add("report", tr(
        "CLI", "make a report (PDF, spreadsheet or both) for a period, with e-mail-ready file names; the files "
        "are kept in the archive")))
    return parser


def _out(text: str = "") -> None:
    print(text)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _open(args, **kw):
    from collectdesk.services.database import open_database

    return open_database(args.db, actor=args.user, **kw)


def cmd_db(args) -> int:
    from collectdesk.store import maintenance, migrate

    tr = QCoreApplication.translate
    if args.db_command == "upgrade":
        db = _open(args, upgrade=False)
        try:
            before = migrate.current_revision(db.engine)
            backup = migrate.upgrade(db.engine)
            after = migrate.current_revision(db.engine)
        finally:
            db.close()
        if before == after:
            _out(tr("CLI", "The database is up to date (schema {rev}).").format(rev=after))
        else:
            _out(tr("CLI", "Schema upgraded from {old} to {new}.").format(old=before or "-", new=after))
        if backup:
            _out(tr("CLI", "A copy of the database before the upgrade: {path}").format(path=backup))
        return EXIT_OK
    db = _open(args, sweep=False)
    try:
        if args.db_command == "check":
            result = maintenance.check(db.engine)
            _out(tr("CLI", "Database: {db}").format(db=db.label))
            _out(tr("CLI", "Schema version: {rev} (expected {head})").format(
                rev=result.schema_revision or "-", head=result.head_revision))
            for problem in result.problems:
                _out(tr("CLI", "Problem: {problem}").format(problem=problem))
            _out(tr("CLI", "Check passed.") if result.ok else tr("CLI", "Check FAILED."))
            return EXIT_OK if result.ok else EXIT_REFUSED
        if args.db_command == "backup":
            try:
                path = maintenance.backup(db.engine, args.dest)
            except ValueError:
                _err(tr("CLI", "Backups of a shared PostgreSQL server are made on the server (pg_dump)."))
                return EXIT_USAGE
            _out(tr("CLI", "Backup written: {path}").format(path=path))
            return EXIT_OK
        st = maintenance.stats(db.engine)
        if args.json:
            _out(json.dumps(st.as_json(), ensure_ascii=False))
            return EXIT_OK
        _out(tr("CLI", "Database: {db}").format(db=db.label))
        width = max(len(k) for k in st.counts)
        for key, n in st.counts.items():
            _out(f"  {key:<{width}}  {i18n.format_count(n):>12}")
        _out(tr("CLI", "Open accounts: {n}").format(n=i18n.format_count(st.open_accounts)))
        for currency, amount in sorted(st.balance.items()):
            _out(tr("CLI", "Open balance in {currency}: {amount}").format(
                currency=currency, amount=i18n.format_money(amount, currency)))
        return EXIT_OK
    finally:
        db.close()


def _parse_map(items: list[str]) -> dict[str, str]:
    mapping = {}
    for item in items:
        source, sep, target = item.partition("=")
        if not sep or not source.strip() or not target.strip():
            raise DomainError(QCoreApplication.translate(
                "CLI", "--map takes SOURCE=FIELD, for example --map \"Kd-Nr=account_no\"; got: {item}").format(item=item))
        mapping[source.strip()] = target.strip()
    return mapping


def cmd_import(args) -> int:
    from collectdesk.services.imports import run_import

    tr = QCoreApplication.translate
    mapping = _parse_map(args.map)
    db = _open(args)
    try:
        report = run_import(db.ctx, args.kind, args.file, encoding=args.encoding, delimiter=args.delimiter,
                            mapping=mapping, dry_run=args.dry_run, allow_overpayment=args.allow_overpayment)
        if report.ok and not report.dry_run:
            from collectdesk.store.maintenance import analyze

            analyze(db.engine)  # the planner's statistics, for the queues
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
    if report.dry_run:
        _out(tr("CLI", "Dry run: {file} is valid. {rows} rows would be imported: {inserted} new, {updated} updated. "
                "Nothing was written.").format(file=args.file.name, rows=report.rows,
                                               inserted=report.inserted, updated=report.updated))
    else:
        _out(tr("CLI", "Imported {file}: {rows} rows, {inserted} new, {updated} updated.").format(
            file=args.file.name, rows=report.rows, inserted=report.inserted, updated=report.updated))
    return EXIT_OK


def cmd_demo(args) -> int:
    from collectdesk.services.demo import DEFAULT_ACCOUNTS, build_demo

    tr = QCoreApplication.translate
    n = args.accounts if args.accounts is not None else DEFAULT_ACCOUNTS
    if n < 1:
        raise DomainError(tr("CLI", "--accounts must be at least 1."))
    db = _open(args)
    last = [-1]

    def progress(done: int, total: int) -> None:
        pct = int(done * 100 / total) if total else 100
        if pct // 10 != last[0] and sys.stderr.isatty():
            last[0] = pct // 10
            print(tr("CLI", "building the demo: {pct}%").format(pct=pct), file=sys.stderr)

    try:
        summary = build_demo(db.ctx, accounts=n, seed=args.seed, progress=progress)
        from collectdesk.store.maintenance import analyze

        analyze(db.engine)
        label = db.label
    finally:
        db.close()
    _out(tr("CLI", "Demo department built in {db}: {accounts} accounts.").format(
        db=label, accounts=i18n.format_count(summary.counts.get("accounts", n))))
    return EXIT_OK


def cmd_promises(args) -> int:
    from collectdesk.services.promises import break_overdue_promises

    db = _open(args, sweep=False)
    try:
        n = break_overdue_promises(db.ctx)
    finally:
        db.close()
    _out(QCoreApplication.translate("CLI", "%n promise(s) marked as broken.", "", n))
    return EXIT_OK


def cmd_scorecards(args) -> int:
    from collectdesk.services import scorecard_cli

    return scorecard_cli.run(args)


def cmd_inbox(args) -> int:
    if args.inbox_command == "agency":
        from collectdesk.services.inbox import agency_cli

        return agency_cli.run(args)
    from collectdesk.services.inbox.email_import import import_messages

    tr = QCoreApplication.translate
    db = _open(args)
    last = [-1]

    def progress(done: int, total: int) -> None:
        pct = int(done * 100 / total) if total else 100
        if pct // 10 != last[0] and sys.stderr.isatty() and not args.json:
            last[0] = pct // 10
            print(tr("CLI", "importing e-mail: {pct}%").format(pct=pct), file=sys.stderr)

    try:
        report = import_messages(db.ctx, args.files, progress=progress)
    finally:
        db.close()
    found = report.imported + report.duplicates + len(report.errors)
    ok = not report.errors and found > 0
    if args.json:
        _out(json.dumps({
            "imported": report.imported, "duplicates": report.duplicates, "linked": report.linked,
            "suggested": report.suggested, "item_ids": [str(i) for i in report.item_ids],
            "errors": [{"file": f, "index": i, "message": m} for f, i, m in report.errors],
            "notes": [{"file": f, "index": i, "message": m} for f, i, m in report.notes],
            "skipped_files": report.skipped_files}, ensure_ascii=False, indent=1))
        return EXIT_OK if ok else EXIT_REFUSED

    def where(file: str, index: int | None) -> str:
        if index is None:
            return file
        return tr("CLI", "{file}, message {index}").format(file=file, index=index)

    if not found:
        _err(tr("CLI", "No e-mail messages were found (.eml files, .mbox archives or folders of them)."))
        return EXIT_REFUSED
    _out(tr("CLI", "%n message(s) imported.", "", report.imported))
    if report.duplicates:
        _out(tr("CLI", "%n message(s) were already in the inbox and were not imported again.", "", report.duplicates))
    if report.imported:
        _out(tr("CLI", "%n linked to an account.", "", report.linked))
        _out(tr("CLI", "%n with suggested links to confirm in the inbox.", "", report.suggested))
    for file, index, note in report.notes:
        _out(tr("CLI", "Note: {where}: {note}").format(where=where(file, index), note=note))
    for name in report.skipped_files:
        _out(tr("CLI", "Skipped, not an e-mail file: {file}").format(file=name))
    if report.errors:
        _err(tr("CLI", "%n message(s) could not be imported:", "", len(report.errors)))
        for file, index, message in report.errors:
            _err(tr("CLI", "{where}: {reason}").format(where=where(file, index), reason=message))
    return EXIT_OK if ok else EXIT_REFUSED


def cmd_writeoffs(args) -> int:
    from datetime import date

    from collectdesk.services.write_offs import write_journal

    try:
        start, end = date.fromisoformat(args.start), date.fromisoformat(args.end)
    except ValueError:
        _err(QCoreApplication.translate("CLI", "Dates are written YYYY-MM-DD, for example 2026-10-31."))
        return EXIT_USAGE
    if end < start:
        _err(QCoreApplication.translate("CLI", "The last day is before the first."))
        return EXIT_USAGE
    db = _open(args)
    try:
        n = write_journal(db.ctx, start, end, args.out, args.format, language=i18n.current_language())
    finally:
        db.close()
    _out(QCoreApplication.translate("CLI", "%n journal line(s) written to {path}.", "", n).format(path=args.out))
    return EXIT_OK


def cmd_plans(args) -> int:
    from collectdesk.reports.plan_letter import find_plan, letter_language, write_plan_letter

    db = _open(args)
    try:
        plan = find_plan(db.ctx, args.plan)
        language = args.letter_language or letter_language(db.ctx, plan)
        path = write_plan_letter(db.ctx, plan, args.out, language=language, page_size=args.paper)
    finally:
        db.close()
    _out(QCoreApplication.translate("CLI", "The payment plan letter ({language}) is written to {path}.").format(
        language=language, path=path))
    return EXIT_OK


def cmd_compliance(args) -> int:
    from collectdesk.services.compliance import scan_cli

    return scan_cli.run(args)


def cmd_report(args) -> int:
    from collectdesk.reports import report_cli

    return report_cli.run(args)


def cmd_shots(args) -> int:
    from collectdesk.ui import shots

    db = _open(args)
    try:
        written = shots.run(db, args.out, args.size)
    finally:
        db.close()
    _out(QCoreApplication.translate("CLI", "%n screenshot(s) written to {folder}.", "", len(written)).format(
        folder=args.out))
    return EXIT_OK


COMMANDS = {"db": cmd_db, "import": cmd_import, "demo": cmd_demo, "promises": cmd_promises, "shots": cmd_shots,
            "scorecards": cmd_scorecards, "inbox": cmd_inbox, "writeoffs": cmd_writeoffs, "plans": cmd_plans,
            "compliance": cmd_compliance, "report": cmd_report}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in argv:
        from collectdesk import selftest

        return selftest.main(argv)
    if not any(a in COMMANDS or a in ("-h", "--help", "--version") for a in argv):
        from collectdesk.app import run_gui

        return run_gui(argv)
    if "shots" in argv:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(["collectdesk"])
    else:
        app = QCoreApplication.instance() or QCoreApplication(["collectdesk"])
    i18n.install(_peek_lang(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except StorageError as exc:
        _err(exc.message)
        return EXIT_STORAGE
    except DomainError as exc:
        _err(exc.message)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        _err(QCoreApplication.translate("CLI", "Interrupted. Nothing was written by the interrupted step."))
        return EXIT_REFUSED
    except OSError as exc:
        _err(QCoreApplication.translate("CLI", "Cannot read or write a file: {error}").format(
            error=f"{exc.filename or ''} {exc.strerror or exc}".strip()))
        return EXIT_REFUSED
    finally:
        del app
