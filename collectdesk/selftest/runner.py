"""Running the self-test's checks one after another and writing what happened.

Each check is a function of the shared SelfTestContext that returns one line saying what it saw, or raises
(any exception) when something is wrong; a check that depends on an earlier one that failed is skipped with a
reason. The report is plain text, one line a check, so that IT can paste it into a support ticket.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication


@dataclass
class SelfTestContext:
    workdir: Path
    languages: tuple[str, ...]
    language: str = "en"                         # the report's own language (--lang)
    database: object | None = None              # services.database.Database, once opened
    settings: object | None = None              # ui.settings.AppSettings on a scratch file
    report_pdfs: dict[str, Path] = field(default_factory=dict)    # language -> a generated PDF
    unexpected: list[str] = field(default_factory=list)            # exceptions that reached sys.excepthook
    qt_warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Check:
    key: str
    title: Callable[[], str]                    # translated when the report is written
    run: Callable[[SelfTestContext], str]
    needs: tuple[str, ...] = ()                 # keys of checks that must have passed


@dataclass(frozen=True, slots=True)
class CheckResult:
    key: str
    title: str
    ok: bool | None                             # None: skipped
    detail: str
    seconds: float


def run_checks(ctx: SelfTestContext, checks: list[Check],
               on_result: Callable[[CheckResult], None] | None = None) -> list[CheckResult]:
    results: list[CheckResult] = []
    passed: set[str] = set()
    for check in checks:
        missing = [k for k in check.needs if k not in passed]
        start = time.perf_counter()
        if missing:
            result = CheckResult(check.key, check.title(), None, QCoreApplication.translate(
                "SelfTest", "skipped: needs {checks}").format(checks=", ".join(missing)), 0.0)
        else:
            before = len(ctx.unexpected)
            try:
                detail = check.run(ctx)
                if len(ctx.unexpected) > before:
                    raise RuntimeError(ctx.unexpected[before])
                result = CheckResult(check.key, check.title(), True, detail, time.perf_counter() - start)
                passed.add(check.key)
            except Exception as exc:  # noqa: BLE001 - a failed check is reported, never raised
                last = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
                where = f" ({last[0].filename.rsplit('/', 1)[-1]}:{last[0].lineno})" if last else ""
                result = CheckResult(check.key, check.title(), False, f"{type(exc).__name__}: {exc}{where}",
                                     time.perf_counter() - start)
        results.append(result)
        if on_result is not None:
            on_result(result)
    return results


def result_line(result: CheckResult) -> str:
    mark = {True: "ok  ", False: "FAIL", None: "skip"}[result.ok]
    return f"{mark}  {result.title:<34} {result.seconds:6.2f} s  {result.detail}"


def summary_line(results: list[CheckResult], seconds: float) -> str:
    failed = [r for r in results if r.ok is not True]
    if not failed:
        return QCoreApplication.translate("SelfTest", "Self-test passed: %n check(s) in {seconds} s.", "",
                                          len(results)).format(seconds=f"{seconds:.1f}")
    return QCoreApplication.translate("SelfTest", "Self-test FAILED: %n of {total} check(s) did not pass.", "",
                                      len(failed)).format(total=len(results))
