"""Queues: filters select the right accounts, windows from either end agree, exports hold every row."""

import csv

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import select

from collectdesk.domain.aging import AgingBucket
from collectdesk.domain.enums import AccountStatus, DebtorFlag
from collectdesk.services import accounts, debtors, promises
from collectdesk.services.queues import COLUMNS, QueueFilter, QueueQuery, builtin_filter
from collectdesk.services.queues.export import ExportCancelled, export_queue
from collectdesk.services.queues.saved import delete_queue, list_saved, save_queue
from collectdesk.store.models import Account, Portfolio

TODAY = date(2026, 11, 29)
NAMES = ["Niccolò Bianchi", "Łukasz Wójcik", "Jürgen Groß", "Anna Müller", "Zofia Zając", "Marco Rossi",
         "Ewa Nowak", "Klaus Becker", "Giulia Romano", "Piotr Lewandowski"]


@pytest.fixture
def queue_db(database, org, make_account):
    """30 accounts spread over aging buckets, balances, countries and collectors."""
    ids = []
    for i in range(30):
        name = NAMES[i % len(NAMES)] + f" {i:02d}"
        country, currency = [("IT", "EUR"), ("PL", "PLN"), ("DE", "EUR")][i % 3]
        ids.append(make_account(balance=Decimal(100 + i * 997) / Decimal(1) + Decimal("0.45"), currency=currency,
                                name=name, country=country, due_date=TODAY - timedelta(days=i * 9 - 20),
                                collector=org.anna if i % 2 else org.jan))
    return ids


def _all(query: QueueQuery) -> list:
    return query.page(0, 10_000)


def _ref(database, flt: QueueFilter) -> set:
    """The same filter computed in Python over every account: the reference."""
    with database.ctx.reading() as s:
        return {a.id for a in s.scalars(select(Account)) if _matches(a, flt)}


def _matches(a, flt) -> bool:
    dpd = max(0, (TODAY - a.due_date).days)
    if flt.aging:
        from collectdesk.domain.aging import bucket_for

        if bucket_for(dpd).value not in flt.aging:
            return False
    if flt.dpd_min is not None and dpd < flt.dpd_min:
        return False
    if flt.balance_min is not None and a.balance < flt.balance_min:
        return False
    if flt.countries and a.country not in flt.countries:
        return False
    return True


@pytest.mark.parametrize("flt", [
    QueueFilter(),
    QueueFilter(aging=("31-60", "180+")),
    QueueFilter(aging=("current",)),
    QueueFilter(dpd_min=91),
    QueueFilter(balance_min=Decimal("10000.00"), countries=("PL", "DE")),
])
def test_filters_select_exactly_the_matching_accounts(database, queue_db, flt):
    query = QueueQuery(database.engine, flt, today=TODAY)
    rows = _all(query)
    assert {r.id for r in rows} == _ref(database, flt)
    assert query.count() == len(rows)


def test_every_aging_bucket_is_reachable(database, queue_db):
    seen = {r.aging for r in _all(QueueQuery(database.engine, QueueFilter(), today=TODAY))}
    assert seen == set(AgingBucket)


@pytest.mark.parametrize("key", [k for k in COLUMNS if COLUMNS[k].sortable])
@pytest.mark.parametrize("descending", [False, True])
def test_windows_from_either_end_agree_with_the_full_order(database, queue_db, key, descending):
    query = QueueQuery(database.engine, QueueFilter(), sort_key=key, descending=descending, today=TODAY)
    total = query.count()
    full = [r.id for r in query.page(0, total)]
    windows = []
    for offset in range(0, total, 7):
        windows.extend(query.ids(offset, 7, total))  # second half is read from the other end
    assert windows == full
    assert list(query.all_ids()) == full


def test_sorting_by_balance_and_days_past_due(database, queue_db):
    rows = _all(QueueQuery(database.engine, QueueFilter(), sort_key="balance", descending=True, today=TODAY))
    assert [r.balance for r in rows] == sorted((r.balance for r in rows), reverse=True)
    rows = _all(QueueQuery(database.engine, QueueFilter(), sort_key="dpd", descending=True, today=TODAY))
    assert [r.dpd for r in rows] == sorted((r.dpd for r in rows), reverse=True)
    rows = _all(QueueQuery(database.engine, QueueFilter(), sort_key="collector", descending=False, today=TODAY))
    assert [r.collector for r in rows] == sorted(r.collector for r in rows)


def test_search_by_name_with_diacritics_and_by_account_number(database, queue_db):
    rows = _all(QueueQuery(database.engine, QueueFilter(search="wójcik"), today=TODAY))
    assert rows and all("Wójcik" in r.debtor for r in rows)
    rows = _all(QueueQuery(database.engine, QueueFilter(search="GROSS"), today=TODAY))
    assert rows == [] or all("Groß" in r.debtor for r in rows)
    one = _all(QueueQuery(database.engine, QueueFilter(), today=TODAY))[0]
    rows = _all(QueueQuery(database.engine, QueueFilter(search=one.account_no), today=TODAY))
    assert [r.id for r in rows] == [one.id]


def test_builtin_queues(database, org, queue_db):
    acc = queue_db[0]
    promises.record_promise(database.ctx, acc, amount=Decimal("10.00"), due_date=date.today(), today=date.today())
    ids = {r.id for r in _all(QueueQuery(database.engine, builtin_filter("promises_due_today", date.today()),
                                         today=date.today()))}
    assert ids == {acc}
    with database.ctx.reading() as s:
        debtor_id = s.get(Account, queue_db[1]).debtor_id
    debtors.flag_debtor(database.ctx, debtor_id, DebtorFlag.DISPUTE)
    ids = {r.id for r in _all(QueueQuery(database.engine, builtin_filter("disputes", TODAY), today=TODAY))}
    assert ids == {queue_db[1]}
    accounts.change_status(database.ctx, queue_db[2], AccountStatus.ESCALATED)
    ids = {r.id for r in _all(QueueQuery(database.engine, builtin_filter("escalated", TODAY), today=TODAY))}
    assert ids == {queue_db[2]}
    ids = {r.id for r in _all(QueueQuery(database.engine, builtin_filter("my_team", TODAY, org.team), today=TODAY))}
    assert len(ids) == 30


def test_no_contact_and_watchlist(database, org, queue_db):
    from collectdesk.domain.enums import Channel, Direction, Outcome, PortfolioKind
    from collectdesk.services.activities import log_activity

    # a call 2 days ago: history set up, not a compliance check (that depends on weekday and holidays)
    day = date.today() - timedelta(days=2)
    log_activity(database.ctx, queue_db[3], channel=Channel.CALL, direction=Direction.OUTBOUND,
                 outcome=Outcome.NO_ANSWER, occurred_at=datetime(day.year, day.month, day.day, 10, tzinfo=timezone.utc),
                 check_compliance=False)
    ids = {r.id for r in _all(QueueQuery(database.engine, QueueFilter(no_contact_days=14), today=date.today()))}
    assert queue_db[3] not in ids and len(ids) == 29
    with database.ctx.transaction() as s:
        p = Portfolio(name="Fraud watch", kind=PortfolioKind.FRAUD, owner_id=org.anna)
        s.add(p)
        s.flush()
        pid = p.id
    assert accounts.add_to_portfolio(database.ctx, queue_db[:4], pid) == 4
    assert accounts.add_to_portfolio(database.ctx, queue_db[:5], pid) == 1
    ids = {r.id for r in _all(QueueQuery(database.engine, QueueFilter(portfolio_id=pid), today=TODAY))}
    assert ids == set(queue_db[:5])
    # taken out (the row stays for its history): no longer in the queue; put back: in it again
    from collectdesk.services.portfolios import remove_accounts

    assert remove_accounts(database.ctx, pid, queue_db[:2]) == 2
    ids = {r.id for r in _all(QueueQuery(database.engine, QueueFilter(portfolio_id=pid), today=TODAY))}
    assert ids == set(queue_db[2:5])
    assert accounts.add_to_portfolio(database.ctx, queue_db[:1], pid) == 1
    ids = {r.id for r in _all(QueueQuery(database.engine, QueueFilter(portfolio_id=pid), today=TODAY))}
    assert ids == {queue_db[0], *queue_db[2:5]}


def test_bulk_status_and_next_action(database, queue_db):
    assert accounts.bulk_change_status(database.ctx, queue_db[:6], AccountStatus.ON_HOLD) == 6
    day = date(2026, 12, 3)
    assert accounts.bulk_set_next_action(database.ctx, queue_db[:6], day) == 6
    with database.ctx.reading() as s:
        rows = s.scalars(select(Account).where(Account.id.in_(queue_db[:6]))).all()
    assert {a.status for a in rows} == {AccountStatus.ON_HOLD} and {a.next_action_on for a in rows} == {day}
    assert all(a.version == 3 for a in rows)


def test_saved_queue_round_trip(database, org, queue_db):
    flt = QueueFilter(aging=("31-60",), balance_min=Decimal("1500.50"), collector_ids=(org.anna,),
                      countries=("IT",), last_contact_from=date(2026, 1, 1), search="Rossi")
    qid = save_queue(database.ctx, "Milano 31-60", flt, ("account_no", "balance"))
    [info] = list_saved(database.ctx)
    assert info.filter == flt and info.columns == ("account_no", "balance") and info.id == qid
    from collectdesk.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        save_queue(database.ctx, "Milano 31-60", QueueFilter())
    delete_queue(database.ctx, qid)
    assert list_saved(database.ctx) == []


def test_export_csv_and_xlsx_hold_every_row_with_the_database_numbers(database, queue_db, tmp_path):
    query = QueueQuery(database.engine, QueueFilter(), sort_key="balance", today=TODAY)
    columns = ["account_no", "debtor", "balance", "currency", "due_date", "dpd"]
    with database.ctx.reading() as s:
        expected = {a.account_no: a.balance for a in s.scalars(select(Account))}

    out = tmp_path / "queue.csv"
    assert export_queue(query, columns, out) == 30
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 31
    assert {r[0]: Decimal(r[2]) for r in rows[1:]} == expected

    out = tmp_path / "queue.xlsx"
    assert export_queue(query, columns, out) == 30
    ws = openpyxl.load_workbook(out, read_only=True).active
    data = list(ws.iter_rows(values_only=True))
    assert len(data) == 31
    assert {r[0]: Decimal(str(r[2])).quantize(Decimal("0.01")) for r in data[1:]} == expected
    assert isinstance(data[1][4], datetime)  # a real date, not text


def test_export_csv_uses_semicolons_and_decimal_commas_in_german(database, queue_db, tmp_path):
    from collectdesk import i18n

    i18n.install("de")
    try:
        out = tmp_path / "q.csv"
        export_queue(QueueQuery(database.engine, QueueFilter(), today=TODAY), ["account_no", "balance"], out)
    finally:
        i18n.install("en")
    text = out.read_text(encoding="utf-8-sig").splitlines()
    assert all(";" in line for line in text)
    assert "," in text[1].split(";")[1]


def test_cancelled_export_leaves_no_file(database, queue_db, tmp_path):
    out = tmp_path / "never.xlsx"
    with pytest.raises(ExportCancelled):
        export_queue(QueueQuery(database.engine, QueueFilter(), today=TODAY), ["account_no"], out,
                     cancelled=lambda: True)
    assert not out.exists() and not list(tmp_path.glob("never*"))


def test_export_neutralises_formulas(database, org, make_account, tmp_path):
    make_account(name="=HYPERLINK(\"http://x\")")
    out = tmp_path / "q.csv"
    export_queue(QueueQuery(database.engine, QueueFilter(), today=TODAY), ["debtor"], out)
    assert out.read_text(encoding="utf-8-sig").splitlines()[1].startswith("\"'=")




@pytest.mark.parametrize("key", ["status", "creditor", "balance", "collector", "team", "currency"])
@pytest.mark.parametrize("descending", [False, True])
def test_ordered_keys_follow_the_queue_order(database, queue_db, key, descending):
    """The compact key list that slow sorts use gives the same rows, in the same order of the sort
    column, as the SQL windows."""
    query = QueueQuery(database.engine, QueueFilter(countries=("IT", "PL")), sort_key=key,
                       descending=descending, today=TODAY)
    keys = query.ordered_keys()
    via_keys = query.rows([], keys=keys.slice(0, len(keys)))
    via_sql = query.page(0, 1000)
    assert {r.id for r in via_keys} == {r.id for r in via_sql}
    assert query.ids_for_keys(keys.slice(0, len(keys))) == [r.id for r in via_keys]
    attr = {"collector": "collector", "team": "team"}.get(key, key)
    values = [getattr(r, attr) for r in via_keys]
    values = [getattr(v, "value", v) for v in values]
    assert values == sorted(values, reverse=descending)
