"""Writing accounts, debtors and contacts in bulk: upserts keyed on account_no and the debtor id.

SQLite: the driver's executemany of `INSERT ... ON CONFLICT DO UPDATE` on SQLAlchemy's own
connection. PostgreSQL: COPY each batch into temporary staging tables, then one
`INSERT ... SELECT ... ON CONFLICT DO UPDATE ... RETURNING` per table. For a large file both
use `bulk_mode`: secondary indexes dropped at the start and rebuilt once at the end, inside the
same transaction (a failure or a kill restores them with everything else); on SQLite contacts
then also wait in a temporary table and go in once at the end, sorted by id.

A row whose account_no was already written by this run (the upsert's WHERE compares import_id)
is not written twice; the batch reports it as a duplicate. New/updated counts: SQLite compares
row counts before and after (the write lock is ours for the whole run); PostgreSQL counts the
RETURNING rows with `xmax = 0` (inserted) and the others (updated).
"""

from __future__ import annotations

from collectdesk.services.imports.account_layout import ACCOUNT_OPTIONAL, Layout
from collectdesk.services.imports.job import Job
from collectdesk.services.imports.bulk_mode import BulkMode

ACCOUNT_ALWAYS = ["debtor_id", "currency", "original_amount", "balance", "due_date", "country", "debtor_name_key",
                  "import_id"]
DEBTOR_OPTIONAL = {"debtor_type": "debtor_type", "language": "language", "timezone": "timezone",
                   "address": "address"}
MONEY = ("original_amount", "balance")


def _cols(names) -> str:
    return ", ".join(f'"{c}"' for c in names)


def _insert(table: str, params, consts: dict[str, str], source: str | None = None) -> str:
    """INSERT of `params` (bound per row, or taken from `source` = a SELECT list + FROM) and the
    run's constants as literals."""
    cols = _cols([*params, *consts])
    if source is None:
        return f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join(["?"] * len(params) + list(consts.values()))})'
    return f'INSERT INTO "{table}" ({cols}) SELECT {source}, {", ".join(consts.values())}'


class AccountWriter:
    def __init__(self, job: Job, layout: Layout):
        self.job = job
        self.layout = layout
        present = job.columns.index
        self.account_set = ACCOUNT_ALWAYS + [c for f, cs in ACCOUNT_OPTIONAL.items() if f in present for c in cs]
        self.debtor_set = ["name", "name_key"] + [c for f, c in DEBTOR_OPTIONAL.items() if f in present]
        self.sqlite = job.sqlite
        self.written = 0
        self.inserted = 0
        self.count_before = 0
        self.seen_ready = False
        self.bulk: BulkMode | None = None
        self.staged_contacts = False
        distinct = "IS NOT" if self.sqlite else "IS DISTINCT FROM"
        acc_update = ", ".join(f'"{c}" = excluded."{c}"' for c in self.account_set)
        self.account_conflict = (f'ON CONFLICT (account_no) DO UPDATE SET {acc_update}, '
                                 f'version = account.version + 1, updated_at = excluded.updated_at '
                                 f'WHERE account.import_id {distinct} excluded.import_id')
        deb_update = ", ".join(f'"{c}" = excluded."{c}"' for c in self.debtor_set)
        deb_changed = " OR ".join(f'debtor."{c}" {distinct} excluded."{c}"' for c in self.debtor_set)
        self.debtor_conflict = (f'ON CONFLICT (id) DO UPDATE SET {deb_update}, version = debtor.version + 1, '
                                f'updated_at = excluded.updated_at WHERE {deb_changed}')

    # -- start and finish ----------------------------------------------------------------------

    def start(self) -> None:
        job = self.job
        self.count_before = job.execute("SELECT count(*) FROM account")[0][0]
        self.bulk = BulkMode(job, ("account", "debtor", "debtor_contact"))
        bulk = self.bulk.worth_it(job.approx_rows, self.count_before) and self.bulk.drop_indexes()
        if bulk and self.sqlite:
            # contacts wait in a temporary table and go in at the end sorted by id: their ids are
            # hashes, and a million inserts at random places of the primary-key index cost 3x more
            job.execute(f"CREATE TEMP TABLE imp_contact ({_cols(self.layout.contact_params)})")
            self.staged_contacts = True
        if not self.sqlite:
            lay = self.layout
            with job.raw.cursor() as cur:
                for stage, table, cols in (("imp_debtor", "debtor", lay.debtor_params),
                                           ("imp_contact", "debtor_contact", lay.contact_params),
                                           ("imp_account", "account", lay.account_params)):
                    cur.execute(f"CREATE TEMP TABLE {stage} ON COMMIT DROP AS SELECT {_cols(cols)} FROM {table} "
                                f"WITH NO DATA")
                cur.execute("ALTER TABLE imp_account ALTER original_amount TYPE bigint, ALTER balance TYPE bigint")

    def finish(self, keep: bool) -> tuple[int, int]:
        """(inserted, updated). `keep`: the run will commit, so rebuild what bulk mode dropped."""
        if self.bulk is not None and keep and not self.sqlite:
            self.bulk.restore_indexes()
        if self.sqlite:
            if self.staged_contacts and keep:
                lay = self.layout
                insert = _insert("debtor_contact", lay.contact_params, lay.contact_consts, _cols(lay.contact_params))
                self.job.execute(f"{insert} FROM temp.imp_contact WHERE true ORDER BY id ON CONFLICT (id) DO NOTHING")
            if self.bulk is not None and keep:
                self.bulk.restore_indexes()
            inserted = self.job.execute("SELECT count(*) FROM account")[0][0] - self.count_before
        else:
            inserted = self.inserted
        return inserted, self.written - inserted

    # -- writing a batch -----------------------------------------------------------------------

    def write(self, rows: list) -> list[str]:
        """Write a validated batch; returns the account numbers that an earlier batch already wrote
        (nothing of the batch stays written then: the caller stops writing and will roll back)."""
        debtors = {r[2][0]: r[2] for r in rows}
        contacts = {c[0]: c for r in rows for c in r[3]}
        accounts = [r[1] for r in rows]
        if self.sqlite:
            return self._write_sqlite(list(debtors.values()), list(contacts.values()), accounts, rows)
        return self._write_pg(list(debtors.values()), list(contacts.values()), accounts)

    def _write_sqlite(self, debtors, contacts, accounts, rows) -> list[str]:
        raw, lay = self.job.raw, self.layout
        raw.execute("SAVEPOINT imp_batch")
        raw.executemany(f"{_insert('debtor', lay.debtor_params, lay.debtor_consts)} {self.debtor_conflict}",
                        sorted(debtors))
        if self.staged_contacts:
            raw.executemany(f"INSERT INTO temp.imp_contact VALUES ({', '.join('?' * len(lay.contact_params))})",
                            contacts)
        else:
            raw.executemany(f"{_insert('debtor_contact', lay.contact_params, lay.contact_consts)} "
                            f"ON CONFLICT (id) DO NOTHING", sorted(contacts))
        changed = raw.executemany(f"{_insert('account', lay.account_params, lay.account_consts)} "
                                  f"{self.account_conflict}", accounts).rowcount
        if changed == len(accounts):
            raw.execute("RELEASE imp_batch")
            self.written += changed
            return []
        raw.execute("ROLLBACK TO imp_batch")
        raw.execute("RELEASE imp_batch")
        return self.written_by_this_run([r[0] for r in rows])

    def _write_pg(self, debtors, contacts, accounts) -> list[str]:
        job, lay = self.job, self.layout
        job.copy_rows("imp_debtor", lay.debtor_params, sorted(debtors))
        job.copy_rows("imp_contact", lay.contact_params, sorted(contacts))
        job.copy_rows("imp_account", lay.account_params, accounts)
        account_source = ", ".join(f's."{c}"::numeric / 100' if c in MONEY else f's."{c}"' for c in lay.account_params)
        with job.raw.cursor() as cur:
            cur.execute(f"{_insert('debtor', lay.debtor_params, lay.debtor_consts, f'{_cols(lay.debtor_params)}')} "
                        f"FROM imp_debtor {self.debtor_conflict}")
            cur.execute(f"{_insert('debtor_contact', lay.contact_params, lay.contact_consts, _cols(lay.contact_params))}"
                        f" FROM imp_contact ON CONFLICT (id) DO NOTHING")
            cur.execute(f"WITH up AS ({_insert('account', lay.account_params, lay.account_consts, account_source)} "
                        f"FROM imp_account s {self.account_conflict} RETURNING account_no, (xmax = 0) AS fresh) "
                        f"SELECT (SELECT count(*) FROM up WHERE fresh), (SELECT count(*) FROM up), "
                        f"(SELECT array_agg(s.account_no) FROM imp_account s "
                        f" WHERE s.account_no NOT IN (SELECT account_no FROM up))")
            fresh, total, duplicates = cur.fetchone()
            cur.execute("TRUNCATE imp_debtor, imp_contact, imp_account")
        self.inserted += fresh
        self.written += total
        return list(duplicates or [])

    # -- after the first error: only look for duplicates ---------------------------------------

    def written_by_this_run(self, keys: list[str]) -> list[str]:
        job = self.job
        run_test = "+import_id = ?" if self.sqlite else "import_id::text = ?"
        run_value = job.run_hex if self.sqlite else str(job.import_id)
        return [r[0] for r in job.select_in(f"SELECT account_no FROM account WHERE account_no IN ({{keys}}) "
                                            f"AND {run_test}", keys, run_value)]

    def seen_before(self, keyed_lines: dict[str, int]) -> dict[str, int | None]:
        """Account numbers of this batch that an earlier batch had: key -> its line (None: unknown,
        the earlier row was written before the first error). Records this batch's keys."""
        job = self.job
        if not self.seen_ready:
            if self.sqlite:
                job.execute("CREATE TEMP TABLE IF NOT EXISTS imp_seen (account_no TEXT PRIMARY KEY, line INTEGER)")
            else:
                job.execute("CREATE TEMP TABLE imp_seen (account_no text PRIMARY KEY, line int) ON COMMIT DROP")
            self.seen_ready = True
        keys = list(keyed_lines)
        found: dict[str, int | None] = {k: None for k in self.written_by_this_run(keys)}
        found.update(job.select_in("SELECT account_no, line FROM imp_seen WHERE account_no IN ({keys})", keys))
        job.executemany("INSERT INTO imp_seen (account_no, line) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        [(k, v) for k, v in keyed_lines.items() if k not in found])
        return found

    def close(self) -> None:
        if self.bulk is not None:
            self.bulk.close()
            self.bulk = None
        if self.staged_contacts:
            self.job.execute("DROP TABLE IF EXISTS temp.imp_contact")
            self.staged_contacts = False
        if self.sqlite and self.seen_ready:
            self.job.execute("DROP TABLE IF EXISTS temp.imp_seen")
            self.seen_ready = False
