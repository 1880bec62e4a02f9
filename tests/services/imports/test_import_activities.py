"""Activities import: local times in the debtor's zone, localized vocabularies, last contact."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from collectdesk.domain.errors import ValidationError

from collectdesk.domain.enums import Channel, DebtorFlag, Direction, Outcome
from collectdesk.services.imports import run_import
from collectdesk.store.maintenance import stats
from collectdesk.store.models import Account, Activity, DebtorFlagEntry

ACCOUNTS = ("account_no;debtor_name;country;currency;original_amount;balance;due_date\n"
            "PL-1;Zofia Nowak;PL;PLN;100,00;100,00;01.01.2026\n"
            "IT-1;Anna Verdi;IT;EUR;100,00;100,00;01.01.2026\n")


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def test_local_times_land_in_utc_for_the_debtors_zone(database, org, write_csv):
    assert run_import(database.ctx, "accounts", write_csv(ACCOUNTS, name="a.csv")).ok
    text = ("numer_konta;windykator;data i godzina;kanał;kierunek;wynik;czas trwania;uwagi\n"
            "PL-1;jan;14.03.2025 09:30;połączenie;wychodzące;brak odpowiedzi;0;\n"
            "PL-1;Jan Kowalski;2025-07-01 10:00;telefon;przychodzące;obietnica zapłaty;125;oddzwonił\n"
            "PL-1;;2025-10-26 02:30;SMS;wychodzące;doręczone;;\n"
            "IT-1;anna;2025-07-01T10:00:00+00:00;chiamata;in uscita;contestazione;60;\n")
    report = run_import(database.ctx, "activities", write_csv(text))
    assert report.ok, report.errors
    assert report.inserted == 4
    with database.ctx.reading() as s:
        acts = {(a.occurred_at, a.channel, a.direction, a.outcome, a.duration_s, a.collector_id)
                for a in s.scalars(select(Activity))}
        accounts = {a.account_no: a for a in s.scalars(select(Account))}
        flags = list(s.scalars(select(DebtorFlagEntry)))
    assert (utc(2025, 3, 14, 8, 30), Channel.CALL, Direction.OUTBOUND, Outcome.NO_ANSWER, 0, org.jan) in acts
    assert (utc(2025, 7, 1, 8, 0), Channel.CALL, Direction.INBOUND, Outcome.PROMISE_TO_PAY, 125, org.jan) in acts
    # 02:30 happens twice on 26 October in Warsaw: the first one (still summer time, +02:00)
    assert (utc(2025, 10, 26, 0, 30), Channel.SMS, Direction.OUTBOUND, Outcome.DELIVERED, 0, None) in acts
    assert (utc(2025, 7, 1, 10, 0), Channel.CALL, Direction.OUTBOUND, Outcome.DISPUTE, 60, org.anna) in acts
    assert accounts["PL-1"].last_contact_at == utc(2025, 10, 26, 0, 30)
    assert accounts["IT-1"].last_contact_at == utc(2025, 7, 1, 10, 0)
    assert [(f.debtor_id, f.flag) for f in flags] == [(accounts["IT-1"].debtor_id, DebtorFlag.DISPUTE)]


def test_bad_activity_rows(database, org, write_csv):
    with pytest.raises(ValidationError, match="occurred_at, channel, direction, outcome"):  # wrong kind
        run_import(database.ctx, "activities", write_csv(ACCOUNTS, name="a.csv"))
    assert run_import(database.ctx, "accounts", write_csv(ACCOUNTS, name="a.csv")).ok
    text = ("account_no;collector;occurred_at;channel;direction;outcome;duration_s\n"
            "PL-1;jan;2025-03-30 02:30;call;outbound;busy;0\n"
            "PL-1;jan;2099-01-01 10:00;call;outbound;busy;0\n"
            "XX-9;jan;2025-01-01 10:00;call;outbound;busy;0\n"
            "PL-1;ghost;2025-01-01 10:00;pigeon;sideways;busy;-3\n"
            "PL-1;jan;2025-01-01 10:00;call;outbound;busy;0\n")
    report = run_import(database.ctx, "activities", write_csv(text))
    assert [(e.line, e.column) for e in report.errors] == [
        (5, "collector"), (5, "channel"), (5, "direction"), (5, "duration_s"),
        (2, "occurred_at"), (3, "occurred_at"), (4, "account_no")] or sorted(
        (e.line, e.column) for e in report.errors) == sorted([
            (2, "occurred_at"), (3, "occurred_at"), (4, "account_no"), (5, "channel"), (5, "direction"),
            (5, "collector"), (5, "duration_s")])
    assert "does not exist in the time zone Europe/Warsaw" in next(e.reason for e in report.errors if e.line == 2)
    assert stats(database.engine).counts["activities"] == 0
