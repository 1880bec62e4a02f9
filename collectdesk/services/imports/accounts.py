"""Accounts import: validate each batch, upsert it, and catch account numbers given twice.

A number given twice in one batch is caught by a dict of that batch (memory: one batch). Given
again in a later batch: the upsert skips rows whose account already carries this run's import_id
(see account_writer), and the batch reports them. Once a row is bad nothing more is written; from
then on the account numbers of each batch go into a temporary table (on disk for SQLite), so
duplicates are still found. When the earlier line of a duplicate is not known (it was written
before the first error), one more pass over the file finds it, only for the errors kept.
"""

from __future__ import annotations

from collectdesk.services.imports import messages
from collectdesk.services.imports.account_layout import make_layout
from collectdesk.services.imports.account_rows import AccountRows
from collectdesk.services.imports.account_writer import AccountWriter
from collectdesk.services.imports.cells import text_of
from collectdesk.services.imports.job import Job
from collectdesk.services.imports.report import MAX_KEPT_ERRORS, RowError


class AccountsImport:
    kind = "accounts"

    def __init__(self, job: Job):
        self.job = job
        job.extra["layout"] = layout = make_layout(job)
        self.rows = AccountRows(job)
        self.writer = AccountWriter(job, layout)
        self.writing = True
        self.unresolved: set[str] = set()  # account numbers whose earlier line is not known yet (<= 100)

    def start(self) -> None:
        self.writer.start()

    def add_batch(self, batch: list[tuple[int, list]]) -> None:
        job = self.job
        self.rows.learn(batch)
        convert = self.rows.convert
        lines: dict[str, int] = {}
        good = []
        for line, cells in batch:
            before = job.error_count
            converted = convert(line, cells)
            if converted is None:
                if job.error_count == before:  # a row error must never vanish silently
                    job.error(line, "", messages.row_unreadable())
                continue
            account_no = converted[0]
            earlier = lines.get(account_no)
            if earlier is not None:
                job.error(line, "account_no", messages.duplicate_account(account_no, earlier))
                continue
            lines[account_no] = line
            good.append(converted)
        if self.writing and job.error_count == 0:
            duplicates = self.writer.write(good)
            if not duplicates:
                return
            self.writing = False
            for account_no in sorted(duplicates, key=lines.__getitem__):
                self._duplicate(lines[account_no], account_no, None)
            duplicated = set(duplicates)
            self.writer.seen_before({k: v for k, v in lines.items() if k not in duplicated})
            return
        self.writing = False
        for account_no, earlier in sorted(self.writer.seen_before(lines).items(), key=lambda kv: lines[kv[0]]):
            self._duplicate(lines[account_no], account_no, earlier)

    def _duplicate(self, line: int, account_no: str, earlier: int | None) -> None:
        if earlier is not None:
            self.job.error(line, "account_no", messages.duplicate_account(account_no, earlier))
            return
        if len(self.unresolved) < MAX_KEPT_ERRORS:
            self.unresolved.add(account_no)
        self.job.error(line, "account_no", messages.duplicate_account_earlier(account_no))

    def finish(self, keep: bool) -> None:
        self.job.report.inserted, self.job.report.updated = self.writer.finish(keep)

    def close(self) -> None:
        """Always, also after an error or a cancel: put the connection's settings back."""
        self.writer.close()

    def resolve_earlier_lines(self, reopen) -> None:
        """Second pass over the file, only when duplicates of rows written before the first error
        were found: name the line where each of those account numbers first appears."""
        if not self.unresolved:
            return
        source = reopen()
        try:
            pos = self.job.columns.index["account_no"]
            errors = self.job.report.errors
            unresolved = {messages.duplicate_account_earlier(k): k for k in self.unresolved}
            wanted: dict[str, list[int]] = {}
            for slot, error in enumerate(errors):
                if error.reason in unresolved:
                    wanted.setdefault(unresolved[error.reason], []).append(slot)
            if not wanted:
                return
            for line, cells in source.rows():
                if len(cells) <= pos:
                    continue
                account_no = text_of(cells[pos])
                slots = wanted.pop(account_no, None)
                if slots is None:
                    continue
                for slot in slots:
                    old = errors[slot]
                    errors[slot] = RowError(old.line, old.column, messages.duplicate_account(account_no, line))
                if not wanted:
                    break
        finally:
            source.close()
