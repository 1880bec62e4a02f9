"""Payments import: the balance goes down and promises are kept, exactly as when a payment is
posted by hand (collectdesk.services.payments.record_payment): the same `apply_to_promises` runs
on the account's open promises, the same status rules apply, and an overpayment is refused
unless the run allows it, in which case it is held on the payment as a credit, never lost.

Unlike the accounts import, payments keep being applied after a bad row (and are all rolled back
at the end): whether a later payment overpays depends on the earlier ones, so the balances must
stay current for the rest of the file to be validated correctly.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from collectdesk.domain.enums import AccountStatus, PaymentMethod, PromiseStatus
from collectdesk.services.imports import messages
from collectdesk.services.imports.account_rows import CurrencyCode
from collectdesk.services.imports.amounts import AmountParser, cents_text
from collectdesk.services.imports.cells import CellError, Vocabulary, optional_text, required_text
from collectdesk.services.imports.dates import DateParser
from collectdesk.services.imports.job import Job, cents_of, hex_id
from collectdesk.services.imports.lookups import accounts_by_number
from collectdesk.services.imports.vocabulary import vocabulary
from collectdesk.services.payments import apply_to_promises

PAYMENT_COLUMNS = ["id", "account_id", "amount", "currency", "overpayment", "paid_on", "method", "reference",
                   "collector_id", "promise_id", "installment_id", "posted_at", "posted_by", "import_id"]
OPEN_PROMISE = (PromiseStatus.PENDING.value, PromiseStatus.PARTIAL.value)


@dataclass
class PromiseState:
    """What apply_to_promises reads and writes on a Promise, without the ORM."""
    id: str
    amount: Decimal
    paid_amount: Decimal
    status: PromiseStatus
    due_date: date
    resolved_at: datetime | None = None


def _dec(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


class PaymentsImport:
    kind = "payments"

    def __init__(self, job: Job):
        self.job = job
        self.index = job.columns.index
        self.width = max(self.index.values()) + 1
        self.amount = AmountParser("amount", job.number_format)
        self.paid_on = DateParser()
        self.method = Vocabulary(vocabulary(PaymentMethod), ", ".join(PaymentMethod))
        self.currency = CurrencyCode()
        self.today_iso = job.today.isoformat()
        self.checks = self._checks()
        self.promises_before: dict = {}

    def start(self) -> None:
        pass

    def _checks(self) -> list:
        ix = self.index
        checks = [("account_no", lambda v: required_text(v, 64)), ("paid_on", self.paid_on)]
        if "method" in ix:
            checks.append(("method", lambda v: self.method(v) if str(v or "").strip() else None))
        if "reference" in ix:
            checks.append(("reference", lambda v: optional_text(v, 120)))
        if "currency" in ix:
            checks.append(("currency", lambda v: self.currency(v) if str(v or "").strip() else None))
        return checks

    def _convert(self, line: int, cells) -> dict | None:
        ix, job = self.index, self.job
        values = {}
        bad = False
        for name, conv in self.checks:
            try:
                values[name] = conv(cells[ix[name]])
            except CellError as exc:
                job.error(line, name, exc.reason)
                bad = True
        try:
            values["amount"] = cents = self.amount.parse(cells[ix["amount"]], values.get("currency"))
            if cents <= 0:
                raise CellError(messages.not_positive())
        except CellError as exc:
            job.error(line, "amount", exc.reason)
            bad = True
        if not bad and values["paid_on"] > self.today_iso:
            job.error(line, "paid_on", messages.payment_in_future())
            bad = True
        return None if bad else values

    def add_batch(self, batch: list[tuple[int, list]]) -> None:
        job = self.job
        pos = self.index["amount"]
        if self.amount.decimal is None:
            self.amount.learn(c[pos] for _, c in batch if len(c) > pos)
        parsed = []
        for line, cells in batch:
            if len(cells) < self.width:
                cells = list(cells) + [None] * (self.width - len(cells))
            values = self._convert(line, cells)
            if values is not None:
                parsed.append((line, values))
        accounts = accounts_by_number(job, [v["account_no"] for _, v in parsed],
                                      "a.id, a.currency, a.balance, a.status, a.collector_id, a.last_payment_on")
        state = {no: {"id": hex_id(r[0]), "currency": r[1], "balance": cents_of(r[2]), "status": AccountStatus(r[3]),
                      "collector": hex_id(r[4]), "last": r[5] and _as_date(r[5]).isoformat(), "promises": None,
                      "touched": False} for no, r in accounts.items()}
        self._load_promises(state)
        payments = []
        for line, v in parsed:
            acc = state.get(v["account_no"])
            if acc is None:
                job.error(line, "account_no", messages.no_such_account(v["account_no"]))
                continue
            payment = self._apply(line, v, acc)
            if payment is not None:
                payments.append(payment)
        self._write(payments, state)

    def _apply(self, line: int, v: dict, acc: dict) -> tuple | None:
        job = self.job
        if v.get("currency") and v["currency"] != acc["currency"]:
            job.error(line, "currency", messages.payment_currency(acc["currency"], v["currency"]))
            return None
        amount = v["amount"]
        over = max(0, amount - acc["balance"])
        if over > 0 and not job.allow_overpayment:
            job.error(line, "amount", messages.overpayment(f"{cents_text(over)} {acc['currency']}"))
            return None
        paid_on = date.fromisoformat(v["paid_on"])
        promise = apply_to_promises(acc["promises"], _dec(amount - over), paid_on)
        acc["balance"] -= amount - over
        if acc["last"] is None or v["paid_on"] > acc["last"]:
            acc["last"] = v["paid_on"]
        if acc["balance"] == 0:
            acc["status"] = AccountStatus.PAID
        elif acc["status"] is AccountStatus.PROMISED and not any(
                p.status is PromiseStatus.PENDING for p in acc["promises"]):
            acc["status"] = AccountStatus.OPEN
        acc["touched"] = True
        return (job.extra["new_id"](), acc["id"], job.money(amount), acc["currency"], job.money(over), v["paid_on"],
                v.get("method") or PaymentMethod.BANK_TRANSFER.value, v.get("reference"), acc["collector"],
                promise.id if promise else None, None, job.now_db, job.actor, job.run_hex)

    def _load_promises(self, state: dict) -> None:
        job = self.job
        by_id = {acc["id"]: acc for acc in state.values()}
        self.promises_before = {}
        for acc in by_id.values():
            acc["promises"] = []
        if not by_id:
            return
        ids = list(by_id) if job.sqlite else [uuid.UUID(i) for i in by_id]
        rows = job.select_in("SELECT account_id, id, amount, paid_amount, status, due_date FROM promise "
                             "WHERE account_id IN ({keys}) AND status IN (?, ?) ORDER BY due_date, id",
                             ids, *OPEN_PROMISE)
        for account_id, pid, amount, paid, status, due in rows:
            by_id[hex_id(account_id)]["promises"].append(PromiseState(
                hex_id(pid), _dec(cents_of(amount)), _dec(cents_of(paid)), PromiseStatus(status), _as_date(due)))
        self.promises_before = {p.id: (p.paid_amount, p.status) for acc in by_id.values() for p in acc["promises"]}

    def _write(self, payments: list, state: dict) -> None:
        job = self.job
        job.insert_rows("payment", PAYMENT_COLUMNS, payments)
        job.report.inserted += len(payments)
        now = job.now_db
        job.executemany("UPDATE account SET balance = ?, status = ?, last_payment_on = ?, version = version + 1, "
                        "updated_at = ? WHERE id = ?",
                        [(job.money(a["balance"]), a["status"].value, a["last"], now, self._key(a["id"]))
                         for a in state.values() if a["touched"]])
        before = self.promises_before
        changed = [p for a in state.values() for p in a["promises"] if before.get(p.id) != (p.paid_amount, p.status)]
        job.executemany("UPDATE promise SET paid_amount = ?, status = ?, resolved_at = ?, version = version + 1, "
                        "updated_at = ? WHERE id = ?",
                        [(job.money(int(p.paid_amount.scaleb(2))), p.status.value,
                          job.db_time(p.resolved_at) if p.resolved_at else None, now, self._key(p.id))
                         for p in changed])

    def _key(self, hex_value: str):
        return hex_value if self.job.sqlite else uuid.UUID(hex_value)

    def finish(self, keep: bool) -> None:
        pass

    def close(self) -> None:
        pass

    def resolve_earlier_lines(self, reopen) -> None:
        pass
