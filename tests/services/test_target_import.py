"""Importing targets from XLSX: the shipped sample, updates, all-or-nothing with row/column/reason,
headers and values in Italian, Polish and German.

`python tests/services/test_target_import.py` writes resources/samples/targets_sample.xlsx again
(write_sample below); a test checks that the committed file is what it writes.
"""

from datetime import date, datetime
from decimal import Decimal
from importlib import resources
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from collectdesk.domain.errors import ValidationError
from collectdesk.services.target_import import FIELD_NAMES, SAMPLE_RESOURCE, import_targets, parse_period
from collectdesk.services.targets import set_target
from collectdesk.store.models import AuditEntry, StaffMember, Target, Team

D = Decimal
NOV = (date(2026, 11, 1), date(2026, 11, 30))
ROOT = Path(__file__).resolve().parents[2]

SAMPLE_ROWS = (
    # staff, team, metric, period, period_start, period_end, amount, currency, count
    (None, "Recupero 1", "amount_collected", "2026-11", None, None, Decimal("60000.00"), "EUR", None),
    (None, "Recupero 1", "contacts", "2026-11", None, None, None, None, 1200),
    ("anna", None, "amount_collected", "2026-11", None, None, Decimal("30000.00"), "EUR", None),
    ("anna", None, "contacts", "2026-11", None, None, None, None, 600),
    ("Jan Kowalski", None, "amount_collected", None, date(2026, 11, 1), date(2026, 11, 30), Decimal("28500.50"),
     "EUR", None),
    ("Jan Kowalski", None, "promises_made", "2026-11", None, None, None, None, 40),
    ("jan", None, "right_party_contacts", "2026-11", None, None, None, None, 150),
)

SAMPLE_HELP = (
    ("staff", "A staff member's user name or full name (or use the team column instead)."),
    ("team", "A team's name; 'Branch / Team' when two branches have a team of that name."),
    ("metric", "amount_collected, contacts, right_party_contacts or promises_made."),
    ("period", "A month: 2026-11 or 11/2026 (or give period_start and period_end)."),
    ("period_start", "The first day of the period (when there is no period)."),
    ("period_end", "The last day of the period (when there is no period)."),
    ("amount", "The amount to collect (amount_collected only), e.g. 30000.00 or 30.000,00."),
    ("currency", "ISO 4217 code of the amount: EUR, PLN, ..."),
    ("count", "A whole number (the counted metrics only)."),
)


def write_sample(path: Path) -> None:
    """Write the documented sample workbook (docs/targets-import.md) to `path`."""
    import openpyxl  # lazily: start-up time
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Targets"
    ws.append(list(FIELD_NAMES))
    for row in SAMPLE_ROWS:
        ws.append(list(row))
    for cells in ws.iter_rows(min_row=2):
        for c in cells:
            if isinstance(c.value, Decimal):
                c.number_format = "#,##0.00"
            elif isinstance(c.value, date):
                c.number_format = "yyyy-mm-dd"
    for c in ws[1]:
        c.font = Font(bold=True)
    for letter, width in zip("ABCDEFGHI", (16, 14, 20, 10, 13, 13, 14, 10, 8)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    notes = wb.create_sheet("Columns")
    notes.append(["column", "meaning"])
    for row in SAMPLE_HELP:
        notes.append(list(row))
    notes["A1"].font = notes["B1"].font = Font(bold=True)
    notes.column_dimensions["A"].width = 14
    notes.column_dimensions["B"].width = 90
    wb.active = 0
    # fixed document times, so that writing the sample twice gives the same content
    wb.properties.created = wb.properties.modified = datetime(2026, 1, 1)
    wb.save(path)


def xlsx(path: Path, header: list, rows: list) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def stored(database) -> set[tuple]:
    with database.ctx.reading() as s:
        rows = s.execute(select(StaffMember.username, Team.name, Target.metric, Target.period_start, Target.period_end,
                                Target.amount, Target.currency, Target.count)
                         .outerjoin(StaffMember, StaffMember.id == Target.staff_id)
                         .outerjoin(Team, Team.id == Target.team_id)).all()
    return {tuple(r) for r in rows}


def count_targets(database) -> int:
    with database.ctx.reading() as s:
        return s.scalar(select(func.count()).select_from(Target))


def test_the_shipped_sample_imports_and_is_what_write_sample_writes(database, org, tmp_path):
    shipped = resources.files("collectdesk.resources").joinpath(*SAMPLE_RESOURCE)
    again = tmp_path / "again.xlsx"
    write_sample(again)
    assert _cells(Path(str(shipped))) == _cells(again)  # the committed file is the documented one

    report = import_targets(database.ctx, Path(str(shipped)))
    assert report.ok, report.errors
    assert (report.rows, report.inserted, report.updated) == (len(SAMPLE_ROWS), len(SAMPLE_ROWS), 0)
    assert stored(database) == {
        (None, "Recupero 1", "amount_collected", *NOV, D("60000.00"), "EUR", None),
        (None, "Recupero 1", "contacts", *NOV, None, None, 1200),
        ("anna", None, "amount_collected", *NOV, D("30000.00"), "EUR", None),
        ("anna", None, "contacts", *NOV, None, None, 600),
        ("jan", None, "amount_collected", *NOV, D("28500.50"), "EUR", None),
        ("jan", None, "promises_made", *NOV, None, None, 40),
        ("jan", None, "right_party_contacts", *NOV, None, None, 150),
    }
    with database.ctx.reading() as s:
        audited = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "target", AuditEntry.action == "insert"))
    assert audited == len(SAMPLE_ROWS)
    report = import_targets(database.ctx, Path(str(shipped)))
    assert (report.inserted, report.updated, report.unchanged) == (0, 0, len(SAMPLE_ROWS))


def _cells(path: Path) -> list:
    wb = openpyxl.load_workbook(path)
    return [[list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets]


def test_existing_targets_are_updated_and_counted(database, org, tmp_path):
    old = set_target(database.ctx, staff_id=org.anna, metric="contacts", period_start=NOV[0], period_end=NOV[1],
                     count=500)
    path = xlsx(tmp_path / "t.xlsx", ["staff", "metric", "period", "amount", "currency", "count"], [
        ["anna", "contacts", "2026-11", None, None, 650],
        ["anna", "amount_collected", "11/2026", 31000.5, "EUR", None],
        ["jan", "amount_collected", "2026-11", "2500", "EUR", None],  # a whole number written as text
    ])
    report = import_targets(database.ctx, path)
    assert report.ok and (report.inserted, report.updated) == (2, 1)
    with database.ctx.reading() as s:
        target = s.get(Target, old.id)
    assert target.count == 650 and target.version == old.version + 1
    assert ("anna", None, "amount_collected", *NOV, D("31000.50"), "EUR", None) in stored(database)
    assert ("jan", None, "amount_collected", *NOV, D("2500.00"), "EUR", None) in stored(database)


def test_a_bad_row_imports_nothing_and_every_bad_cell_is_reported(database, org, tmp_path):
    path = xlsx(tmp_path / "bad.xlsx", ["Staff", "Team", "Metric", "Period", "Amount", "Currency", "Count"], [
        ["anna", None, "contacts", "2026-11", None, None, 600],                   # row 2: good
        ["nobody", None, "contacts", "2026-11", None, None, 10],                  # row 3
        ["jan", None, "amount_collected", "2026-11", "-500", "EUR", None],        # row 4
        ["jan", None, "contacts", "2026-13", None, None, "2,5"],                  # row 5: two bad cells
        ["jan", None, "amount_collected", "2026-11", 100, None, None],            # row 6
        [None, "Recupero 1", "calls per hour", "2026-11", None, None, 5],         # row 7
        ["jan", "Recupero 1", "contacts", "2026-11", None, None, 5],              # row 8
        ["Anna Rossi", None, "contacts", "2026-11", None, None, 700],             # row 9: repeats row 2
        ["jan", None, "contacts", "2026-11", 12, None, 5],                        # row 10
    ])
    report = import_targets(database.ctx, path)
    assert not report.ok
    assert count_targets(database) == 0
    got = [(e.line, e.column, e.reason) for e in report.errors]
    assert got == [
        (3, "Staff", "No staff member has the user name or full name 'nobody'."),
        (4, "Amount", "The target amount must be greater than zero."),
        (5, "Period", "'2026-13' is not a month (use e.g. 2026-11 or 11/2026)."),
        (5, "Count", "'2,5' is not a whole number."),
        (6, "Currency", "An amount target needs a currency."),
        (7, "Metric", "'calls per hour' is not accepted here. Accepted values: amount_collected, contacts, "
                      "right_party_contacts, promises_made."),
        (8, "Team", "Give either a staff member or a team, not both."),
        (9, "", "The same target (who, metric and period) is already on row 2."),
        (10, "Amount", "Contacts is counted; leave the amount empty."),
    ]


@pytest.mark.parametrize("header, rows", [
    (["Operatore", "Squadra", "Metrica", "Periodo", "Importo", "Valuta", "Numero"], [
        ["anna", None, "Importo incassato", "2026-11", "30.000,00", "EUR", None],
        [None, "Recupero 1", "contatti", "11/2026", None, None, "1.200"],
        ["Jan Kowalski", None, "Promesse di pagamento", "11.2026", None, None, 40]]),
    (["Pracownik", "Zespół", "Miara", "Okres", "Kwota", "Waluta", "Liczba"], [
        ["anna", None, "kwota odzyskana", "2026-11", "30 000,00", "EUR", None],
        [None, "recupero 1", "Kontakty", "2026-11", None, None, "1 200"],
        ["jan", None, "obietnice zapłaty", "2026-11", None, None, "40"]]),
    (["Mitarbeiter", "Team", "Kennzahl", "Von", "Bis", "Betrag", "Währung", "Anzahl"], [
        ["ANNA", None, "Eingezogener Betrag", "01.11.2026", "30.11.2026", "30.000,00 €", "€", None],
        [None, "Milano Centro / Recupero 1", "Kontakte", date(2026, 11, 1), date(2026, 11, 30), None, None, 1200],
        ["jan kowalski", None, "Zahlungsversprechen", "1.11.2026", "30.11.2026", None, None, 40]]),
], ids=["it", "pl", "de"])
def test_headers_and_values_in_the_departments_languages(database, org, tmp_path, header, rows):
    report = import_targets(database.ctx, xlsx(tmp_path / "loc.xlsx", header, rows))
    assert report.ok, report.errors
    assert stored(database) == {
        ("anna", None, "amount_collected", *NOV, D("30000.00"), "EUR", None),
        (None, "Recupero 1", "contacts", *NOV, None, None, 1200),
        ("jan", None, "promises_made", *NOV, None, None, 40),
    }


def test_a_file_without_the_needed_columns_is_refused(database, org, tmp_path):
    path = xlsx(tmp_path / "cols.xlsx", ["staff", "amount", "currency"], [["anna", 10, "EUR"]])
    with pytest.raises(ValidationError) as err:
        import_targets(database.ctx, path)
    assert "metric" in err.value.message and "period" in err.value.message
    assert count_targets(database) == 0


def test_period_spellings():
    assert parse_period("2026-02") == (date(2026, 2, 1), date(2026, 2, 28))
    assert parse_period("2/2028") == (date(2028, 2, 1), date(2028, 2, 29))
    assert parse_period(date(2026, 12, 17)) == (date(2026, 12, 1), date(2026, 12, 31))


if __name__ == "__main__":
    write_sample(ROOT / "resources" / Path(*SAMPLE_RESOURCE))
