"""`collectdesk --self-test`: proves that an installed CollectDesk (a bundle above all) works, offline.

In a temporary folder, with the network refused (network_guard) and Qt offscreen unless a platform is set:
the bundle's versions; icons, fonts, compliance profiles and migrations found; our translations and Qt's own
for every language; the Qt plugins for SVG icons, images, style and fonts; a new SQLite database migrated;
a small demo department; a database of the previous release upgraded after a backup copy; every pane drawn
in every language; a chart; one collections report as PDF and spreadsheet in every language, read back; the
PDF preview and printing to a PDF file. Exit 0 only when every check passed and nothing tried the network.

    collectdesk --self-test [--self-test-report FILE] [--keep-self-test DIR] [--self-test-checks KEY,KEY]

--self-test-checks runs only the named checks (keys: see _checks; a check's prerequisites are added), for
support when one part is in question.

The report goes to standard output and, with --self-test-report, to a file (a windowed Windows build has no
console). The user's own database and settings are never opened: the data and config folders point into the
temporary folder for the run.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

EXIT_PASSED, EXIT_FAILED = 0, 1


def _args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="collectdesk --self-test", add_help=False)
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--self-test-report")
    parser.add_argument("--keep-self-test")
    parser.add_argument("--self-test-checks")
    parser.add_argument("--lang")
    args, _unknown = parser.parse_known_args(argv)
    return args


def _checks():
    from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

    from collectdesk.selftest import checks_data, checks_gui, checks_reports, checks_runtime
    from collectdesk.selftest.runner import Check

    def t(text: str):
        return lambda: QCoreApplication.translate("SelfTest", text)

    return [
        Check("bundle", t(QT_TRANSLATE_NOOP("SelfTest", "Versions")), checks_runtime.bundle),
        Check("resources", t(QT_TRANSLATE_NOOP("SelfTest", "Resources")), checks_runtime.resource_files),
        Check("translations", t(QT_TRANSLATE_NOOP("SelfTest", "Translations")), checks_runtime.translations),
        Check("plugins", t(QT_TRANSLATE_NOOP("SelfTest", "Qt plugins")), checks_runtime.qt_plugins),
        Check("database", t(QT_TRANSLATE_NOOP("SelfTest", "New database")), checks_data.fresh_database),
        Check("demo", t(QT_TRANSLATE_NOOP("SelfTest", "Demo department")), checks_data.demo, needs=("database",)),
        Check("upgrade", t(QT_TRANSLATE_NOOP("SelfTest", "Upgrade from the previous release")), checks_data.upgrade,
              needs=("demo",)),
        Check("panes", t(QT_TRANSLATE_NOOP("SelfTest", "Every pane, every language")), checks_gui.panes,
              needs=("demo",)),
        Check("chart", t(QT_TRANSLATE_NOOP("SelfTest", "Charts")), checks_gui.chart),
        Check("reports", t(QT_TRANSLATE_NOOP("SelfTest", "Reports (PDF and spreadsheet)")), checks_reports.reports,
              needs=("demo",)),
        Check("printing", t(QT_TRANSLATE_NOOP("SelfTest", "PDF preview and printing")), checks_gui.preview_and_print,
              needs=("reports",)),
    ]


def _chosen(checks, keys: str | None):
    """The checks named in `keys` (comma-separated) and what they need, in the usual order."""
    if not keys:
        return checks
    by_key = {c.key: c for c in checks}
    wanted: set[str] = set()
    todo = [k.strip() for k in keys.split(",") if k.strip()]
    while todo:
        key = todo.pop()
        if key in by_key and key not in wanted:
            wanted.add(key)
            todo.extend(by_key[key].needs)
    return [c for c in checks if c.key in wanted]


def main(argv: list[str], extra_checks=None) -> int:
    """Run the self-test; `extra_checks` (tests only) are appended to the list."""
    args = _args(argv)
    workdir = Path(args.keep_self_test) if args.keep_self_test else Path(tempfile.mkdtemp(prefix="collectdesk-selftest-"))
    workdir.mkdir(parents=True, exist_ok=True)
    saved_env = {k: os.environ.get(k) for k in ("COLLECTDESK_DATA_DIR", "COLLECTDESK_CONFIG_DIR", "QT_QPA_PLATFORM")}
    os.environ["COLLECTDESK_DATA_DIR"] = str(workdir / "data")
    os.environ["COLLECTDESK_CONFIG_DIR"] = str(workdir / "config")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from collectdesk.selftest.network_guard import NetworkGuard

    lines: list[str] = []

    def say(line: str) -> None:
        lines.append(line)
        print(line, flush=True)

    try:
        with NetworkGuard() as guard:
            code = _run(workdir, guard, say, extra_checks or [], args.self_test_checks, args.lang)
    except Exception as exc:  # noqa: BLE001 - the self-test reports, it never ends in a traceback
        say(f"FAIL  {type(exc).__name__}: {exc}")
        code = EXIT_FAILED
    finally:
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        if args.self_test_report:
            try:
                Path(args.self_test_report).write_text("\n".join(lines) + "\n", encoding="utf-8")
            except OSError as exc:
                print(f"cannot write the report to {args.self_test_report}: {exc}", file=sys.stderr)
        if not args.keep_self_test:
            shutil.rmtree(workdir, ignore_errors=True)
    return code


def _run(workdir: Path, guard, say, extra_checks, keys: str | None, lang: str | None) -> int:
    from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from collectdesk import APP_NAME, ORG_NAME, __version__, i18n
    from collectdesk.selftest.runner import SelfTestContext, result_line, run_checks, summary_line

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    language = i18n.install(lang or "en")  # English unless asked: the report usually goes to support
    ctx = SelfTestContext(workdir=workdir, languages=i18n.SUPPORTED, language=language)

    def on_message(kind, _context, message) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            ctx.qt_warnings.append(message)

    def on_exception(exc_type, exc, tb) -> None:
        ctx.unexpected.append(f"{exc_type.__name__}: {exc}")

    class RecordErrors(logging.Handler):
        """An error the app logs (a background task that failed) fails the check that was running."""

        def emit(self, record: logging.LogRecord) -> None:
            ctx.unexpected.append(record.getMessage() + (f": {record.exc_info[1]}" if record.exc_info else ""))

    recorder = RecordErrors(level=logging.ERROR)
    logging.getLogger().addHandler(recorder)
    previous_handler = qInstallMessageHandler(on_message)
    previous_hook, sys.excepthook = sys.excepthook, on_exception
    started = time.perf_counter()
    say(QCoreApplication.translate("SelfTest", "CollectDesk {version} self-test in {folder}").format(
        version=__version__, folder=workdir))
    try:
        checks = _chosen(_checks(), keys) + list(extra_checks)
        results = run_checks(ctx, checks, on_result=lambda r: say(result_line(r)))
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)
        logging.getLogger().removeHandler(recorder)
        if ctx.database is not None:
            ctx.database.close()
    network_ok = not guard.attempts
    if network_ok:
        say(QCoreApplication.translate("SelfTest", "ok    Network: nothing tried to reach the network"))
    else:
        say(QCoreApplication.translate("SelfTest", "FAIL  Network: %n attempt(s) to reach the network", "",
                                       len(guard.attempts)))
        for attempt in guard.attempts:
            say(f"        {attempt.what} {attempt.target}  ({attempt.where})")
    for warning in dict.fromkeys(ctx.qt_warnings):
        say(f"        Qt: {warning}")
    say(summary_line(results, time.perf_counter() - started) if network_ok or any(r.ok is not True for r in results)
        else QCoreApplication.translate("SelfTest", "Self-test FAILED: something tried to reach the network."))
    del app
    return EXIT_PASSED if network_ok and all(r.ok for r in results) else EXIT_FAILED
