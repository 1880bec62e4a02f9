"""Importing accounts, payments and activities from CSV and XLSX files.

    report = run_import(ctx, "accounts", Path("export.csv"), dry_run=False)

All or nothing: one transaction; a file with a bad row writes nothing and the report lists every
bad row (line, column, reason in the user's language; the first 100 kept, all counted). A file
that cannot be read at all raises ValidationError; Cancel raises ImportCancelled after rolling
back. The rules for encodings, separators, number and date formats are in the docstrings of
`encoding`, `sources`, `amounts` and `dates`; header and value spellings in `fields` and
`vocabulary`; the write strategy in `account_writer` and `bulk_mode`.
"""

from collectdesk.services.imports.report import ImportCancelled, ImportReport, RowError
from collectdesk.services.imports.runner import run_import

__all__ = ["run_import", "ImportReport", "ImportCancelled", "RowError"]
