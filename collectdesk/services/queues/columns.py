"""The columns a queue can show, and the SQL each one sorts by."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from collectdesk.store.models import Account


@dataclass(frozen=True)
class Column:
    key: str
    title_source: str  # English source text; translated with context "QueueColumns"
    sort: object  # SQL expression on `account` (None: not sortable)
    # sorting uses an index, so a window is instant at 1,000,000 rows; otherwise the model reads the
    # ordered keys once, in a worker (collector/team/branch sort by name through a CASE: no index)
    indexed: bool
    numeric: bool = False
    width: int = 110

    @property
    def sortable(self) -> bool:
        return self.sort is not None

    @property
    def title(self) -> str:
        return QCoreApplication.translate("QueueColumns", self.title_source)


COLUMNS: dict[str, Column] = {c.key: c for c in [
    Column("account_no", QT_TRANSLATE_NOOP("QueueColumns", "Account"), Account.account_no, True, width=140),
    Column("debtor", QT_TRANSLATE_NOOP("QueueColumns", "Debtor"), Account.debtor_name_key, True, width=220),
    Column("status", QT_TRANSLATE_NOOP("QueueColumns", "Status"), Account.status, True, width=135),
    Column("balance", QT_TRANSLATE_NOOP("QueueColumns", "Balance"), Account.balance, True, True, 120),
    Column("currency", QT_TRANSLATE_NOOP("QueueColumns", "Currency"), Account.currency, False, width=70),
    Column("original_amount", QT_TRANSLATE_NOOP("QueueColumns", "Original amount"), Account.original_amount, False,
           True, 120),
    Column("due_date", QT_TRANSLATE_NOOP("QueueColumns", "Due date"), Account.due_date, True, width=100),
    Column("dpd", QT_TRANSLATE_NOOP("QueueColumns", "Days past due"), Account.due_date, True, True, 90),
    Column("aging", QT_TRANSLATE_NOOP("QueueColumns", "Aging"), Account.due_date, True, width=80),
    Column("collector", QT_TRANSLATE_NOOP("QueueColumns", "Collector"), Account.collector_id, False, width=150),
    Column("team", QT_TRANSLATE_NOOP("QueueColumns", "Team"), Account.team_id, False, width=120),
    Column("branch", QT_TRANSLATE_NOOP("QueueColumns", "Branch"), Account.branch_id, False, width=120),
    Column("country", QT_TRANSLATE_NOOP("QueueColumns", "Country"), Account.country, True, width=70),
    Column("last_contact", QT_TRANSLATE_NOOP("QueueColumns", "Last contact"), Account.last_contact_at, True,
           width=130),
    Column("next_action", QT_TRANSLATE_NOOP("QueueColumns", "Next action"), Account.next_action_on, True, width=100),
    Column("priority", QT_TRANSLATE_NOOP("QueueColumns", "Priority"), Account.priority, True, True, 70),
    Column("creditor", QT_TRANSLATE_NOOP("QueueColumns", "Creditor"), Account.creditor, False, width=160),
    # escalation, payment plan, settlement: read for the rows on screen only (case.py); not sortable
    Column("case", QT_TRANSLATE_NOOP("QueueColumns", "Case"), None, False, width=300),
]}

DEFAULT_COLUMNS = ("account_no", "debtor", "status", "balance", "currency", "dpd", "aging", "collector",
                   "country", "last_contact", "next_action")
