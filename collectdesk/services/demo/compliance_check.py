"""The demo's compliance scan: each chunk's debtors checked as the chunk is written, so the Compliance pane
opens with findings and the build takes hardly longer.

A scan after the build would read every row back (services.compliance.scan); here the chunk's rows are
still in memory, in the driver's form the scan's raw reads give (ids as 32 hex digits, times as UTC text),
so they are handed straight to the scan's own code: ``facts.debtor_record`` builds each debtor's facts,
``scan.evaluate_batch`` runs the engine per profile, and the findings are written as the scan writes them
(same rule codes, event keys, facts and profile versions). A debtor's rows are all in one chunk (the
generator makes whole debtors per chunk). At the end the scan's watermark is stored, so the next scan from
the pane is incremental. tests/services/test_compliance_scan.py checks that a full scan after a demo build
finds exactly these findings, no more and no fewer.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from operator import itemgetter

from sqlalchemy import Connection, delete, insert

from collectdesk.services.compliance.facts import Batch, EventMaker, Follower, debtor_record, no_gc, parse_instant
from collectdesk.services.compliance.scan import (
    STATE_KEY, ScanResult, detail_json, evaluate_batch, finding_key, profile_state, state_value,
)
from collectdesk.services.compliance.scan_changes import LogMark, log_mark
from collectdesk.services.context import ServiceContext
from collectdesk.services.demo.rows import COLUMNS, DAY, EPOCH_ORDINAL, Formats
from collectdesk.store.models import AppSetting, utcnow

_NAMESPACE = uuid.UUID("5c0c0a3e-7a52-4c1b-9f0e-c5c5c5c5c5c5")  # finding ids from their keys: same seed, same ids


def _index(table: str, *names: str) -> tuple[int, ...]:
    columns = COLUMNS[table]
    return tuple(columns.index(n) for n in names)


_DEBTOR = itemgetter(*_index("debtor", "id", "name", "country", "region", "timezone"))
_ACCOUNT = itemgetter(*_index("account", "debtor_id", "id", "account_no", "due_date", "opened_on", "last_payment_on",
                              "status", "updated_at", "creditor"))
_FLAG = itemgetter(*_index("debtor_flag", "debtor_id", "flag", "set_at", "cleared_at"))
_CONTACT = itemgetter(*_index("debtor_contact", "debtor_id", "value", "do_not_use"))
_ACTIVITY = itemgetter(*_index("activity", "debtor_id", "id", "account_id", "collector_id", "occurred_at", "channel",
                               "direction", "outcome", "contact_value", "tags"))
_CREATED = itemgetter(COLUMNS["activity"].index("created_at"))
_FIRST = itemgetter(0)


class DemoCompliance:
    def __init__(self, ctx: ServiceContext, dialect: str, today: date):
        self.profiles = profile_state(ctx)  # before the build's transaction: reads settings and layers
        self.fmt = Formats(dialect)
        self.today = today
        self.maker = EventMaker(dialect == "sqlite")
        self.result = ScanResult(mode="first", as_of=today)
        self.started_at = utcnow()
        self._now = self.fmt.ts((today.toordinal() - EPOCH_ORDINAL) * DAY + 6 * 3600)
        self._newest = ""

    def _batch(self, rows: dict[str, list]) -> Batch:
        """The chunk's debtors as the scan's full read gives them: each with its facts and its log, in the
        scan's order (accounts by number, flags by set_at, activities by time then id)."""
        accounts = Follower(iter(sorted(map(_ACCOUNT, rows["account"]), key=itemgetter(0, 2))))
        flags = Follower(iter(sorted(map(_FLAG, rows["debtor_flag"]), key=itemgetter(0, 2))))
        avoid = Follower(iter(sorted(((d, v) for d, v, no in map(_CONTACT, rows["debtor_contact"]) if no),
                                      key=_FIRST)))
        log = Follower(iter(sorted(map(_ACTIVITY, rows["activity"]), key=itemgetter(0, 4, 1))))
        self._newest = max(self._newest, max(map(_CREATED, rows["activity"]), default=""))
        batch: Batch = []
        for head in sorted(map(_DEBTOR, rows["debtor"]), key=_FIRST):
            raw = head[0]
            record = debtor_record(head, accounts.take(raw), flags.take(raw), avoid.take(raw), {})
            batch.append((raw, record, log.take(raw)))
        return batch

    def chunk(self, rows: dict[str, list]) -> list[tuple]:
        """The compliance_finding rows (driver form) for the debtors in this chunk of generated rows."""
        if not rows["debtor"]:
            return []
        with no_gc():
            return self._chunk(rows)

    def _chunk(self, rows: dict[str, list]) -> list[tuple]:
        hits = evaluate_batch(self._batch(rows), self.maker, self.profiles.resolver, self.today, None, self.result)
        fmt, now = self.fmt, self._now
        out: list[tuple] = []
        for debtor_id, found in hits.items():
            seen = set()
            for hit in found:
                key = finding_key(hit)
                if key in seen:
                    continue
                seen.add(key)
                severity = str(hit.severity)
                self.result.new_by_severity[severity] = self.result.new_by_severity.get(severity, 0) + 1
                out.append((uuid.uuid5(_NAMESPACE, "|".join(key)).hex, 1, now, now,
                            hit.event_id, hit.account_id.hex, debtor_id.hex,
                            hit.collector_id.hex if hit.collector_id else None, hit.rule.id, hit.profile_code,
                            hit.profile_version[:160], key[1], severity, "open", detail_json(hit),
                            fmt.ts(int(hit.at.timestamp()))))
        self.result.new += len(out)
        return out

    def finish(self, conn: Connection) -> None:
        """Leave the scan's watermark, in the build's transaction (no audit row: the demo has its own)."""
        if conn.dialect.name == "sqlite":
            log = log_mark(conn)  # the build's own rows: their last rowid
        else:
            log = LogMark(parse_instant(self._newest) if self._newest else None)
        value = state_value(log=log, checked_at=self.started_at, as_of=self.today,
                            fingerprint=self.profiles.fingerprint, result=self.result)
        moment = datetime.now(UTC)
        conn.execute(delete(AppSetting.__table__).where(AppSetting.__table__.c.key == STATE_KEY))
        conn.execute(insert(AppSetting.__table__).values(
            id=uuid.uuid4(), version=1, created_at=moment, updated_at=moment, key=STATE_KEY,
            value=json.dumps(value, sort_keys=True, default=str), updated_by="demo"))

