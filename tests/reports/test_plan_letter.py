"""The payment-plan letter to the debtor, read back with Qt's own PDF reader (QtPdf, what the app prints
through): the schedule's dates and amounts in the letter language's formats, a total that is the plan's to the
cent, names with diacritics, the debtor's language by default, Letter paper, a long plan over two pages with
the table header repeated, settings in the letterhead, and the refusals. On both databases.

The letter's wording is not asserted in Italian, Polish or German (its translations come with the next
translation update); English wording is the source text."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtPdf import QPdfDocument

from collectdesk import i18n
from collectdesk.domain.enums import PlanFrequency, PlanStatus
from collectdesk.domain.errors import ValidationError
from collectdesk.reports import plan_letter
from collectdesk.reports.plan_letter import letter_language, write_plan_letter
from collectdesk.services import plans
from collectdesk.services.department_settings import set_setting
from collectdesk.store.models import Account, Debtor, PaymentPlan, PlanInstallment

TODAY = date(2026, 12, 3)
FIRST = date(2027, 1, 31)
DUE = ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30", "2027-07-31",
       "2027-08-31", "2027-09-30", "2027-10-31", "2027-11-30", "2027-12-31"]
# who gets the letter, and how the letter's language writes 31 January 2027, 1234.57 and 14814.81 (by hand,
# not by the code under test; NBSP written as a space: the text is compared with its white space collapsed)
CASES = {
    "en": ("Margaret O'Brien", "IE", "EUR", "14 Harbour Road\nCork T12 X2YZ", "{d:02d}/{m:02d}/{y}",
           "€1,234.57", "€1,234.54", "€14,814.81"),
    "it": ("Niccolò Bianchi", "IT", "EUR", "Via Garibaldi 7\n10122 Torino TO", "{d:02d}/{m:02d}/{y}",
           "1.234,57 €", "1.234,54 €", "14.814,81 €"),
    "pl": ("Łukasz Wąsowski", "PL", "PLN", "ul. Świętokrzyska 21 m. 4\n00-049 Warszawa", "{d:02d}.{m:02d}.{y}",
           "1 234,57 zł", "1 234,54 zł", "14 814,81 zł"),
    "de": ("Jürgen Größ", "DE", "EUR", "Hauptstraße 5\n80331 München", "{d:02d}.{m:02d}.{y}",
           "1.234,57 €", "1.234,54 €", "14.814,81 €"),
}


def pdf_pages(path) -> list[str]:
    """Each page's text with its white space collapsed (NBSP too)."""
    doc = QPdfDocument(None)
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    pages = [" ".join(doc.getAllText(i).text().split()) for i in range(doc.pageCount())]
    doc.close()
    return pages


def page_size(path) -> tuple[int, int]:
    doc = QPdfDocument(None)
    doc.load(str(path))
    size = doc.pagePointSize(0)
    doc.close()
    return round(size.width()), round(size.height())


def make_plan(database, make_account, *, name, language, country, currency, address, count=12, first_due=FIRST,
              frequency=PlanFrequency.MONTHLY, balance=Decimal("14814.81"), approve=True, **terms):
    account = make_account(balance=balance, currency=currency, name=name, country=country,
                           creditor="Banca Esempio S.p.A.")
    with database.ctx.transaction() as s:
        debtor = s.get(Debtor, s.get(Account, account).debtor_id)
        debtor.language, debtor.address = language, address
    plan = plans.create_plan(database.ctx, account, frequency=frequency, first_due=first_due, count=count, **terms)
    if approve:
        plans.approve_plan(database.ctx, plan, "Sara Conti")
    return plan


def case_plan(database, make_account, language, **kw):
    name, country, currency, address, *_ = CASES[language]
    return make_plan(database, make_account, name=name, language=language, country=country, currency=currency,
                     address=address, **kw)


@pytest.mark.parametrize("language", list(CASES))
def test_letter_schedule_in_the_debtors_formats(database, make_account, tmp_path, language):
    name, _, _, address, day, regular, last, total = CASES[language]
    plan = case_plan(database, make_account, language)
    out = write_plan_letter(database.ctx, plan, tmp_path / f"letter_{language}.pdf", today=TODAY)
    pages = pdf_pages(out)
    text = " ".join(pages)
    if language == "en":  # the source wording; translations may be longer
        assert len(pages) == 1, "a 12-installment plan fits on one page"
    assert name in text and all(line in text for line in address.splitlines())
    assert "T-000001" in text and "Banca Esempio S.p.A." in text and "Sara Conti" in text
    # every row of the schedule: number, due date, amount, in that order
    for n, iso in enumerate(DUE, 1):
        y, m, d = (int(x) for x in iso.split("-"))
        amount = last if n == 12 else regular
        assert f"{n} {day.format(d=d, m=m, y=y)} {amount}" in text, (n, text)
    with database.ctx.reading() as s:
        amounts = [i.amount for i in s.query(PlanInstallment).filter_by(plan_id=plan)]
        assert sum(amounts) == s.get(PaymentPlan, plan).total_amount == Decimal("14814.81")
    assert text.count(total) == 2  # the total to pay and the schedule's total row, to the cent
    assert text.count(regular) == 12 and text.count(last) == 2  # 11 rows + "each"; the last row + "the last one"


def test_the_letter_language_defaults_to_the_debtors(database, make_account, tmp_path):
    plan = case_plan(database, make_account, "pl")
    assert letter_language(database.ctx, plan) == "pl"
    default = " ".join(pdf_pages(write_plan_letter(database.ctx, plan, tmp_path / "pl.pdf", today=TODAY)))
    assert "1 234,57 zł" in default and "31.01.2027" in default and "3 grudnia 2026" in default
    # chosen: German formats, and PLN by its code (zł is the Polish symbol)
    german = " ".join(pdf_pages(write_plan_letter(database.ctx, plan, tmp_path / "de.pdf", language="de",
                                                  today=TODAY)))
    assert "1.234,57 PLN" in german and "3. Dezember 2026" in german and "Łukasz Wąsowski" in german
    # the application's own language is untouched
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("CLI", "Check passed.") == "Check passed."

    with database.ctx.transaction() as s:
        debtor = s.get(Debtor, s.get(Account, s.get(PaymentPlan, plan).account_id).debtor_id)
        debtor.language = "fr"
    assert letter_language(database.ctx, plan) == "en"
    with database.ctx.transaction() as s:
        s.get(Debtor, debtor.id).language = "de-AT"
    assert letter_language(database.ctx, plan) == "de"


def test_letter_paper_and_a4(database, make_account, tmp_path):
    plan = case_plan(database, make_account, "de")
    assert page_size(write_plan_letter(database.ctx, plan, tmp_path / "a4.pdf", today=TODAY)) == (595, 842)
    letter = write_plan_letter(database.ctx, plan, tmp_path / "letter.pdf", page_size="Letter", today=TODAY)
    assert page_size(letter) == (612, 792)
    assert "Jürgen Größ" in " ".join(pdf_pages(letter))
    with pytest.raises(ValueError):
        write_plan_letter(database.ctx, plan, tmp_path / "a3.pdf", page_size="A3")


def test_a_48_installment_plan_runs_over_pages_with_the_header_repeated(database, make_account, tmp_path):
    plan = make_plan(database, make_account, name="Jürgen Größ", language="en", country="GB", currency="GBP",
                     address="1 High Street\nLeeds LS1 1AA", count=48, frequency=PlanFrequency.WEEKLY,
                     first_due=date(2027, 1, 4),
                     balance=Decimal("4800.00"))
    pages = pdf_pages(write_plan_letter(database.ctx, plan, tmp_path / "long.pdf", today=TODAY))
    assert len(pages) >= 2
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, 1))
    assert "No. Due date Amount" in pages[0] and "No. Due date Amount" in pages[1]
    assert "1 04/01/2027 £100.00" in pages[0] and "48 29/11/2027 £100.00" in " ".join(pages[1:])
    assert "Total £4,800.00" in " ".join(pages[1:])
    assert "Jürgen Größ" in pages[1]  # the running line from page 2 on


def test_down_payment_interest_fee_and_the_settings(database, make_account, tmp_path):
    set_setting(database.ctx, "letters.sender", "Servizio Recupero Crediti\nVia Roma 12\n20121 Milano")
    set_setting(database.ctx, "letters.place", "Milano")
    set_setting(database.ctx, "letters.payment_details", "IBAN IT60 X054 2811 1010 0000 0123 456\nBIC BPMOIT22XXX")
    plan = case_plan(database, make_account, "en", down_payment=Decimal("500.00"),
                     annual_interest_pct=Decimal("4.5"), fee=Decimal("25.00"), grace_days=7)
    text = " ".join(pdf_pages(write_plan_letter(database.ctx, plan, tmp_path / "full.pdf", today=TODAY)))
    with database.ctx.reading() as s:
        rows = s.query(PlanInstallment).filter_by(plan_id=plan).order_by(PlanInstallment.seq).all()
        payable = sum(r.amount for r in rows)
        interest = payable - s.get(PaymentPlan, plan).total_amount - Decimal("25.00")
    assert rows[0].seq == 0 and f"Down payment 31/01/2027 €500.00" in text
    assert f"€{payable:,.2f}" in text and f"Interest (4.5 % a year) €{interest:,.2f}" in text
    assert "Fee €25.00" in text and "Amount covered by the plan €14,814.81" in text
    assert text.count(f"€{payable:,.2f}") == 2
    assert "Servizio Recupero Crediti" in text and "Milano, 3 December 2026" in text
    assert "IBAN IT60 X054 2811 1010 0000 0123 456" in text and "T-000001" in text
    assert "7 day" in text  # the grace period


def test_only_an_approved_plan_gets_a_letter(database, make_account, tmp_path):
    proposed = case_plan(database, make_account, "it", approve=False)
    with pytest.raises(ValidationError, match="not been approved"):
        write_plan_letter(database.ctx, proposed, tmp_path / "no.pdf")
    assert not (tmp_path / "no.pdf").exists()
    plans.approve_plan(database.ctx, proposed, "Sara Conti")
    with database.ctx.transaction() as s:
        s.get(PaymentPlan, proposed).status = PlanStatus.BROKEN
    with pytest.raises(ValidationError, match="ended"):
        write_plan_letter(database.ctx, proposed, tmp_path / "no.pdf")
    with database.ctx.transaction() as s:
        s.get(PaymentPlan, proposed).status = PlanStatus.COMPLETED
    assert write_plan_letter(database.ctx, proposed, tmp_path / "done.pdf").stat().st_size > 1000


def test_a_failed_write_leaves_the_old_file(database, make_account, tmp_path, monkeypatch):
    plan = case_plan(database, make_account, "de")
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "letter.pdf"
    target.write_bytes(b"the letter printed yesterday")

    def broken(data, lang, path, **kw):
        with open(path, "wb") as fh:
            fh.write(b"%PDF-1.4 half")
        raise OSError("disk full")

    import collectdesk.reports.plan_letter_pdf as pdf

    monkeypatch.setattr(pdf, "render_letter", broken)
    with pytest.raises(OSError):
        write_plan_letter(database.ctx, plan, target)
    assert target.read_bytes() == b"the letter printed yesterday"
    assert [p.name for p in target.parent.iterdir()] == ["letter.pdf"]  # no half-written temporary file


def test_find_plan_by_account_number(database, make_account):
    plan = case_plan(database, make_account, "de")
    assert plan_letter.find_plan(database.ctx, "T-000001") == plan
    assert plan_letter.find_plan(database.ctx, str(plan)) == plan
