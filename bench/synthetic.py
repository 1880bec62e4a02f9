"""A synthetic accounts table of any size, built fast with the bulk inserter (for benchmarks)."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from collectdesk.domain.enums import AccountStatus, StaffRole
from collectdesk.store.bulk import BulkInserter
from collectdesk.store.models import Account, Branch, Debtor, StaffMember, Team

FIRST = ["Anna", "Marco", "Łukasz", "Jürgen", "Zofia", "Niccolò", "Ewa", "Klaus", "Giulia", "Piotr"]
LAST = ["Rossi", "Müller", "Wójcik", "Groß", "Zając", "Bianchi", "Nowak", "Becker", "Romano", "Kowalski"]


def build(engine, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    now = datetime.now(timezone.utc)
    today = date.today()
    statuses = [AccountStatus.OPEN] * 6 + [AccountStatus.PROMISED, AccountStatus.PAYMENT_PLAN,
                                           AccountStatus.DISPUTED, AccountStatus.PAID]
    with engine.begin() as conn:
        branches, teams, staff = [], [], []
        for country, city in (("IT", "Milano"), ("PL", "Łódź"), ("DE", "München")):
            b = uuid.UUID(int=rng.getrandbits(128))
            branches.append((b, country))
            conn.execute(Branch.__table__.insert(), dict(id=b, name=city, country=country, city=city,
                                                         timezone="Europe/Rome", version=1, created_at=now,
                                                         updated_at=now))
            for t in range(3):
                tid = uuid.UUID(int=rng.getrandbits(128))
                teams.append((tid, b, country))
                conn.execute(Team.__table__.insert(), dict(id=tid, name=f"{city} {t + 1}", branch_id=b, version=1,
                                                           created_at=now, updated_at=now))
                for k in range(6):
                    sid = uuid.UUID(int=rng.getrandbits(128))
                    staff.append((sid, tid, b, country))
                    conn.execute(StaffMember.__table__.insert(), dict(
                        id=sid, username=f"c{len(staff)}", full_name=f"{rng.choice(FIRST)} {rng.choice(LAST)} {k}",
                        role=StaffRole.COLLECTOR.value, team_id=tid, branch_id=b, language="en", active=True,
                        version=1, created_at=now, updated_at=now))
        debtor_cols = ["id", "debtor_type", "name", "name_key", "country", "language", "timezone", "version",
                       "created_at", "updated_at"]
        account_cols = ["id", "account_no", "debtor_id", "creditor", "currency", "original_amount", "balance",
                        "due_date", "status", "collector_id", "team_id", "branch_id", "country", "debtor_name_key",
                        "priority", "last_contact_at", "next_action_on", "version", "created_at", "updated_at"]
        with BulkInserter(conn, Debtor.__table__, debtor_cols, batch=20000) as debtors, \
                BulkInserter(conn, Account.__table__, account_cols, batch=20000) as accounts:
            for i in range(n):
                sid, tid, b, country = staff[rng.randrange(len(staff))]
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                did = uuid.UUID(int=rng.getrandbits(128))
                debtors.add((did, "person", name, name.casefold(), country, "en", "Europe/Rome", 1, now, now))
                original = Decimal(rng.randint(5000, 2_000_000)) / 100
                status = rng.choice(statuses)
                balance = Decimal(0) if status is AccountStatus.PAID else (original * rng.randint(10, 100) / 100).quantize(Decimal("0.01"))
                last = now - timedelta(days=rng.randint(0, 120)) if rng.random() < 0.8 else None
                nxt = today + timedelta(days=rng.randint(-5, 30)) if rng.random() < 0.5 else None
                accounts.add((uuid.UUID(int=rng.getrandbits(128)), f"{country}-{i:08d}", did, "Banca", 
                              "PLN" if country == "PL" else "EUR", original, balance,
                              today - timedelta(days=rng.randint(-30, 720)), status.value, sid, tid, b, country,
                              name.casefold(), rng.randint(0, 100), last, nxt, 1, now, now))
