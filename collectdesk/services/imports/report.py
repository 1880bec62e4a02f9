"""What an import tells its caller: counts, the bad rows (first 100 kept, all counted), the outcome."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

MAX_KEPT_ERRORS = 100


class ImportCancelled(Exception):
    """The user pressed Cancel: the transaction was rolled back and nothing was written."""


@dataclass(frozen=True, slots=True)
class RowError:
    line: int  # CSV: physical line, header = line 1; XLSX: the sheet's row number
    column: str  # the column's header as written in the file ("" for the whole row)
    reason: str  # already translated into the user's language


@dataclass
class ImportReport:
    kind: str
    filename: str
    rows: int = 0  # data rows read
    inserted: int = 0
    updated: int = 0
    errors: list[RowError] = field(default_factory=list)  # the first MAX_KEPT_ERRORS
    error_count: int = 0  # all of them
    dry_run: bool = False
    import_id: uuid.UUID | None = None
    encoding: str = ""  # the text encoding used to read a CSV ("" for XLSX)
    delimiter: str = ""  # the CSV separator used ("" for XLSX)
    ignored_columns: list[str] = field(default_factory=list)  # headers that matched no field

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    def add_error(self, line: int, column: str, reason: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_KEPT_ERRORS:
            self.errors.append(RowError(line, column, reason))
