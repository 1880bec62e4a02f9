"""The one job that makes a report's files, for the Reports pane and `collectdesk report` alike:

    generate(ctx, params, out_dir, fmt="pdf"|"xlsx"|"both", page_size="A4", scope_name=None,
             progress=None, cancel=None) -> Generated

1. build the Report (reports.catalogue.build: the kind's builder, in params.language);
2. render it: "pdf" the narrative PDF, "xlsx" the spreadsheet, "both" the narrative PDF, the spreadsheet and the
   narrative with the tables appended (reports.render_pdf / reports.render_xlsx);
3. keep every file in the archive (services.report_archive.save, one transaction);
4. move the files into `out_dir` under e-mail-ready names (reports.filenames).

The files are rendered into a hidden folder inside `out_dir` and appear there only when everything succeeded:
Cancel (checked between the steps, and inside the builder and renderers) or an error leaves no file behind and
no archive row, and a file of the same name from an earlier run stays as it was until the new one replaces it.
`progress(done, total)` runs from 0 to PROGRESS_TOTAL: the build takes the first 60 %, the files the rest.

render_copies(report, names, out_dir, ...) writes one narrative PDF per recipient (the cover says whose copy it
is) for batch printing; those copies are not archived (the archived PDF is the same report).
"""

from __future__ import annotations

import errno
import importlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from collectdesk.domain.errors import StorageError, ValidationError
from collectdesk.reports import catalogue
from collectdesk.reports.filenames import report_filename, unique_names
from collectdesk.reports.model import Report, ReportCancelled, ReportParams

FORMATS = ("pdf", "xlsx", "both")
PAGE_SIZES = ("A4", "Letter")
PROGRESS_TOTAL = 1000
_BUILD_SHARE = 600
_ARCHIVE_SHARE = 20

# where US Letter is the paper in the shops; A4 elsewhere (PySide6 names QLocale's Territory enum Country)
LETTER_TERRITORIES = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
                      QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia,
                      QLocale.Country.Venezuela, QLocale.Country.CostaRica, QLocale.Country.Guatemala,
                      QLocale.Country.PuertoRico}

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class OutputFile:
    key: str                          # "pdf" (the narrative), "xlsx", "pdf_tables" (with the tables appended)
    path: Path
    archive_id: uuid.UUID | None = None

    @property
    def file_format(self) -> str:
        return self.key.split("_")[0]


@dataclass(frozen=True, slots=True)
class Generated:
    report: Report
    files: tuple[OutputFile, ...]
    page_size: str
    scope_name: str | None = None

    def file(self, key: str) -> OutputFile | None:
        return next((f for f in self.files if f.key == key), None)

    @property
    def pdf(self) -> Path | None:
        """The PDF to preview and print: the narrative, else the one with the tables appended."""
        found = self.file("pdf") or self.file("pdf_tables")
        return found.path if found else None


def default_page_size(locale: QLocale | None = None) -> str:
    """'Letter' for en_US, en_CA, es_MX, ...; 'A4' elsewhere (the system's locale when none is given)."""
    locale = locale if locale is not None else QLocale.system()
    return "Letter" if locale.territory() in LETTER_TERRITORIES else "A4"


def planned_files(params: ReportParams, fmt: str, scope_name: str | None = None) -> list[tuple[str, str]]:
    """[(key, file name)] the job will write for `fmt`."""
    if fmt not in FORMATS:
        raise ValidationError(QCoreApplication.translate(
            "ReportGenerate", "Choose PDF, spreadsheet or both; got: {format}").format(format=fmt))
    keys = {"pdf": ["pdf"], "xlsx": ["xlsx"], "both": ["pdf", "xlsx", "pdf_tables"]}[fmt]
    return [(key, report_filename(params.kind, params.period_start, params.period_end, params.language,
                                  key.split("_")[0], scope=scope_name, tables_appended=key == "pdf_tables"))
            for key in keys]


def renderer(name: str):
    """reports.render_pdf.render_pdf or reports.render_xlsx.render_xlsx (imported when first needed:
    ReportLab and openpyxl cost start-up time)."""
    return getattr(importlib.import_module(f"collectdesk.reports.{name}"), name)


def _scaled(progress: Progress | None, start: int, share: int) -> Progress:
    def report(done: int, total: int) -> None:
        if progress is not None:
            fraction = min(max(done / total, 0.0), 1.0) if total > 0 else 0.0
            progress(start + int(share * fraction), PROGRESS_TOTAL)
    return report


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise ReportCancelled()


def _folder_error(folder: Path, exc: OSError) -> StorageError:
    t = QCoreApplication.translate
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(t("ReportGenerate", "The disk is full: the report was not written to {folder}.").format(
            folder=folder))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(t("ReportGenerate", "{folder} cannot be written (no permission). Nothing was "
                              "written.").format(folder=folder))
    return StorageError(t("ReportGenerate", "The report could not be written to {folder}: {reason}").format(
        folder=folder, reason=exc.strerror or exc))


def _staging(out_dir: Path) -> Path:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=".collectdesk-report-", dir=out_dir))
    except OSError as exc:
        raise _folder_error(out_dir, exc) from exc


def _file_mode(folder: Path) -> int | None:
    """The permissions a new file in `folder` gets (0644 under the usual umask): the renderers write through
    private temporary files (0600), but a report is meant to be shared. None on Windows."""
    if os.name == "nt":
        return None
    probe = folder / f".collectdesk-{uuid.uuid4().hex[:8]}.probe"
    try:
        os.close(os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        return probe.stat().st_mode & 0o777
    except OSError:
        return None
    finally:
        probe.unlink(missing_ok=True)


def _place(staged: Path, target: Path, mode: int | None) -> None:
    if mode is not None:
        os.chmod(staged, mode)
    os.replace(staged, target)


def _render(key: str, report: Report, path: Path, page_size: str, progress: Progress, cancel: Cancel | None,
            recipient: str | None = None) -> None:
    if key == "xlsx":
        renderer("render_xlsx")(report, path, progress=progress, cancel=cancel)
    else:
        renderer("render_pdf")(report, path, page_size=page_size, tables_appended=key == "pdf_tables",
                               recipient=recipient, progress=progress, cancel=cancel)


def generate(ctx, params: ReportParams, out_dir: Path | str, *, fmt: str = "pdf", page_size: str = "A4",
             scope_name: str | None = None, archive: bool = True, progress: Progress | None = None,
             cancel: Cancel | None = None) -> Generated:
    """Build, render, archive and place the report's files (see the module docstring). Raises
    ReportCancelled when cancelled (nothing written, nothing archived)."""
    if page_size not in PAGE_SIZES:
        raise ValidationError(QCoreApplication.translate(
            "ReportGenerate", "The page size is A4 or Letter; got: {size}").format(size=page_size))
    plan = planned_files(params, fmt, scope_name)
    out_dir = Path(out_dir)
    _check(cancel)
    staging = _staging(out_dir)
    try:
        report = catalogue.build(ctx, params, progress=_scaled(progress, 0, _BUILD_SHARE), cancel=cancel)
        share = (PROGRESS_TOTAL - _BUILD_SHARE - _ARCHIVE_SHARE) // len(plan)
        for n, (key, name) in enumerate(plan):
            _check(cancel)
            _render(key, report, staging / name, page_size, _scaled(progress, _BUILD_SHARE + n * share, share),
                    cancel)
        _check(cancel)  # the last moment to stop: from here the run is kept
        staged = {key: staging / name for key, name in plan}
        ids: dict[str, uuid.UUID] = {}
        if archive:
            ids = _archive(ctx, params, staged, report, page_size, scope_name)
        placed: list[Path] = []
        mode = _file_mode(out_dir)
        try:
            for key, name in plan:
                _place(staged[key], out_dir / name, mode)
                placed.append(out_dir / name)
        except OSError as exc:
            for path in placed:
                path.unlink(missing_ok=True)
            if ids:
                from collectdesk.services import report_archive

                for ident in ids.values():
                    report_archive.delete(ctx, ident)
            raise _folder_error(out_dir, exc) from exc
        if progress is not None:
            progress(PROGRESS_TOTAL, PROGRESS_TOTAL)
        files = tuple(OutputFile(key, out_dir / name, ids.get(key)) for key, name in plan)
        return Generated(report=report, files=files, page_size=page_size, scope_name=scope_name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _archive(ctx, params: ReportParams, staged: dict[str, Path], report: Report, page_size: str,
             scope_name: str | None) -> dict[str, uuid.UUID]:
    from collectdesk.services import report_archive

    extra = {"page_size": page_size, "period_label": report.params.period_label or params.period_label,
             "subtitle": report.subtitle}
    if scope_name:
        extra["scope_name"] = scope_name
    return report_archive.save(ctx, params, staged, title=report.title, extra=extra)


def render_copies(report: Report, recipients: list[str], out_dir: Path | str, *, page_size: str = "A4",
                  scope_name: str | None = None, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> list[tuple[str, Path]]:
    """One narrative PDF per recipient ("Copy for {name}" on the cover), for batch printing:
    [(name, path)] in the order given. Cancel leaves none of them behind."""
    names = [r.strip() for r in recipients if r.strip()]
    if not names:
        raise ValidationError(QCoreApplication.translate("ReportGenerate", "Add at least one recipient."))
    params = report.params
    files = unique_names([report_filename(params.kind, params.period_start, params.period_end, report.language,
                                          "pdf", scope=scope_name, recipient=name) for name in names])
    out_dir = Path(out_dir)
    staging = _staging(out_dir)
    try:
        share = PROGRESS_TOTAL // len(names)
        for n, (name, file) in enumerate(zip(names, files)):
            _check(cancel)
            _render("pdf", report, staging / file, page_size, _scaled(progress, n * share, share), cancel,
                    recipient=name)
        _check(cancel)
        out = []
        mode = _file_mode(out_dir)
        try:
            for name, file in zip(names, files):
                _place(staging / file, out_dir / file, mode)
                out.append((name, out_dir / file))
        except OSError as exc:
            for _name, path in out:
                path.unlink(missing_ok=True)
            raise _folder_error(out_dir, exc) from exc
        if progress is not None:
            progress(PROGRESS_TOTAL, PROGRESS_TOTAL)
        return out
    finally:
        shutil.rmtree(staging, ignore_errors=True)
