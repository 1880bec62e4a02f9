"""Activities import: calls, letters, e-mails, SMS and visits from a dialer or a letter shop.

Times with an offset are instants; local times are the debtor's (Debtor.timezone), so a dialer
export written in the debtors' wall-clock time lands in UTC correctly across countries and DST.
The account's last_contact_at moves forward to the newest contact, and a dispute outcome flags
the debtor as disputing, as when a contact is logged by hand (services/activities.py). Like the
payments import, activities keep being written after a bad row and are rolled back at the end.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from collectdesk.domain.enums import Channel, DebtorFlag, Direction, Outcome
from collectdesk.services.imports import messages
from collectdesk.services.imports.cells import CellError, Vocabulary, optional_text, required_text, text_of
from collectdesk.services.imports.collectors import Collectors
from collectdesk.services.imports.dates import FUTURE_TOLERANCE, parse_datetime, to_utc
from collectdesk.services.imports.job import Job, hex_id
from collectdesk.services.imports.lookups import accounts_by_number
from collectdesk.services.imports.vocabulary import vocabulary

ACTIVITY_COLUMNS = ["id", "account_id", "debtor_id", "collector_id", "channel", "direction", "outcome",
                    "occurred_at", "duration_s", "contact_value", "note", "created_at", "created_by", "import_id"]
FLAG_COLUMNS = ["id", "debtor_id", "flag", "set_at", "set_by", "note", "version"]


def _duration(value) -> int:
    text = text_of(value)
    if not text:
        return 0
    try:
        seconds = int(text)
    except ValueError:
        raise CellError(messages.not_duration(text)) from None
    if seconds < 0:
        raise CellError(messages.not_duration(text))
    return seconds


class ActivitiesImport:
    kind = "activities"

    def __init__(self, job: Job):
        self.job = job
        self.index = job.columns.index
        self.width = max(self.index.values()) + 1
        self.collectors = Collectors(job) if "collector" in self.index else None
        self.checks = [("account_no", lambda v: required_text(v, 64)), ("occurred_at", parse_datetime),
                       ("channel", Vocabulary(vocabulary(Channel), ", ".join(Channel))),
                       ("direction", Vocabulary(vocabulary(Direction), ", ".join(Direction))),
                       ("outcome", Vocabulary(vocabulary(Outcome), ", ".join(Outcome)))]
        if self.collectors is not None:
            self.checks.append(("collector", self.collectors))
        if "duration_s" in self.index:
            self.checks.append(("duration_s", _duration))
        if "note" in self.index:
            self.checks.append(("note", lambda v: optional_text(v, 4000)))
        self.latest_allowed = datetime.now(timezone.utc) + FUTURE_TOLERANCE

    def start(self) -> None:
        pass

    def _convert(self, line: int, cells) -> dict | None:
        values, bad = {}, False
        for name, conv in self.checks:
            try:
                values[name] = conv(cells[self.index[name]])
            except CellError as exc:
                self.job.error(line, name, exc.reason)
                bad = True
        return None if bad else values

    def add_batch(self, batch: list[tuple[int, list]]) -> None:
        job = self.job
        parsed = []
        for line, cells in batch:
            if len(cells) < self.width:
                cells = list(cells) + [None] * (self.width - len(cells))
            values = self._convert(line, cells)
            if values is not None:
                parsed.append((line, values, cells[self.index["occurred_at"]]))
        accounts = accounts_by_number(job, [v["account_no"] for _, v, _ in parsed],
                                      "a.id, a.debtor_id, a.collector_id, d.timezone", join_debtor=True)
        rows, latest, disputes = [], {}, set()
        for line, v, raw_time in parsed:
            acc = accounts.get(v["account_no"])
            if acc is None:
                job.error(line, "account_no", messages.no_such_account(v["account_no"]))
                continue
            account_id, debtor_id, collector_id, zone = acc
            try:
                when = to_utc(v["occurred_at"], zone, text_of(raw_time))
            except CellError as exc:
                job.error(line, "occurred_at", exc.reason)
                continue
            if when > self.latest_allowed:
                job.error(line, "occurred_at", messages.contact_in_future())
                continue
            who = v.get("collector")
            account_hex, debtor_hex = hex_id(account_id), hex_id(debtor_id)
            rows.append((job.extra["new_id"](), account_hex, debtor_hex, who[0] if who else hex_id(collector_id),
                         v["channel"], v["direction"], v["outcome"], job.db_time(when), v.get("duration_s", 0),
                         None, v.get("note"), job.now_db, job.actor, job.run_hex))
            if account_hex not in latest or when > latest[account_hex]:
                latest[account_hex] = when
            if v["outcome"] == Outcome.DISPUTE.value:
                disputes.add(debtor_hex)
        job.insert_rows("activity", ACTIVITY_COLUMNS, rows)
        job.report.inserted += len(rows)
        self._touch_accounts(latest)
        self._flag_disputes(disputes)

    def _key(self, hex_value: str):
        return hex_value if self.job.sqlite else uuid.UUID(hex_value)

    def _touch_accounts(self, latest: dict) -> None:
        job = self.job
        job.executemany("UPDATE account SET last_contact_at = ?, version = version + 1, updated_at = ? "
                        "WHERE id = ? AND (last_contact_at IS NULL OR last_contact_at < ?)",
                        [(job.db_time(t), job.now_db, self._key(a), job.db_time(t)) for a, t in latest.items()])

    def _flag_disputes(self, debtors: set[str]) -> None:
        if not debtors:
            return
        job = self.job
        keys = [self._key(d) for d in debtors]
        flagged = {hex_id(r[0]) for r in job.select_in(
            "SELECT debtor_id FROM debtor_flag WHERE debtor_id IN ({keys}) AND flag = ? AND cleared_at IS NULL",
            keys, DebtorFlag.DISPUTE.value)}
        note = messages.dispute_flag_note()
        job.insert_rows("debtor_flag", FLAG_COLUMNS,
                        [(job.extra["new_id"](), d, DebtorFlag.DISPUTE.value, job.now_db, job.actor, note, 1)
                         for d in sorted(debtors - flagged)])

    def finish(self, keep: bool) -> None:
        pass

    def close(self) -> None:
        pass

    def resolve_earlier_lines(self, reopen) -> None:
        pass
