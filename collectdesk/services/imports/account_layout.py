"""Which account, debtor and contact columns travel with each row, and which are one constant
for the whole run (written into the SQL as literals instead of being bound a million times)."""

from __future__ import annotations

from dataclasses import dataclass

from collectdesk.services.imports.job import Job

ACCOUNT_BASE = ["id", "account_no", "debtor_id", "currency", "original_amount", "balance", "due_date", "country",
                "debtor_name_key"]
ACCOUNT_OPTIONAL = {"status": ["status"], "collector": ["collector_id", "team_id", "branch_id"],
                    "creditor": ["creditor"], "creditor_ref": ["creditor_ref"], "opened_on": ["opened_on"]}
DEBTOR_PARAMS = ["id", "debtor_type", "name", "name_key", "country", "language", "timezone", "address"]
CONTACT_PARAMS = ["id", "debtor_id", "kind", "value", "search_key"]
CONTACT_LABEL = "import"


@dataclass
class Layout:
    account_optional: list[str]  # optional fields present in the file, in tuple order
    account_params: list[str]
    account_consts: dict[str, str]
    debtor_consts: dict[str, str]
    contact_consts: dict[str, str]
    debtor_params: tuple = tuple(DEBTOR_PARAMS)
    contact_params: tuple = tuple(CONTACT_PARAMS)


def _text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def make_layout(job: Job) -> Layout:
    present = job.columns.index
    optional = [f for f in ACCOUNT_OPTIONAL if f in present]
    params = ACCOUNT_BASE + [c for f in optional for c in ACCOUNT_OPTIONAL[f]]
    if job.sqlite:
        now, run, false, true = _text(job.now_db), _text(job.run_hex), "0", "1"
    else:
        now = _text(job.now.isoformat()) + "::timestamptz"
        run, false, true = _text(str(job.import_id)) + "::uuid", "false", "true"
    stamps = {"version": "1", "created_at": now, "updated_at": now}
    consts = {"priority": "0", "import_id": run, **stamps}
    if "status" not in present:
        consts["status"] = "'open'"
    if "creditor" not in present:
        consts["creditor"] = "''"
    contact = {"label": _text(CONTACT_LABEL), "is_primary": false, "valid": true, "do_not_use": false, **stamps}
    return Layout(account_optional=optional, account_params=params, account_consts=consts,
                  debtor_consts=dict(stamps), contact_consts=contact)
