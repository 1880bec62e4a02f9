"""Batch look-ups of the accounts a payments or activities file names (`account_no IN (...)`)."""

from __future__ import annotations

from collectdesk.services.imports.job import Job


def accounts_by_number(job: Job, numbers: list[str], columns: str, *, join_debtor: bool = False) -> dict[str, tuple]:
    """account_no -> the row of `columns` (SQL over `a` = account, `d` = debtor)."""
    if not numbers:
        return {}
    join = " JOIN debtor d ON d.id = a.debtor_id" if join_debtor else ""
    rows = job.select_in(f"SELECT a.account_no, {columns} FROM account a{join} WHERE a.account_no IN ({{keys}})",
                         list(dict.fromkeys(numbers)))
    return {r[0]: r[1:] for r in rows}
