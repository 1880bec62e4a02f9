"""The senior-manager referral sheet of an escalation as a printable PDF (ReportLab), in any of the four
languages.

    write_referral_pdf(ctx, escalation_id, path, language="de", page_size="A4")

Contents: the case (account, debtor, creditor, amount at stake, reason, requested decision, who raised it
and when, status, referred to), why it needs a senior manager (the routing reasons), the proposed terms
and the note, the account as it stood when raised (balances and aging, the last contacts, promises,
payments, open complaints), the decision history, the attached files, and a signature block for the
senior manager's decision. Page numbers and the generation time in the footer.

Like the review PDF, the language is the PDF's own (evaluation_pdf.PdfLanguage: a translator that is
never installed). Texts are marked QT_TRANSLATE_NOOP("ReferralPdf"); enum names reuse the "Labels"
translations (source texts as ui/labels.py spells them) and the routing reasons the "Escalations" ones.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from collectdesk.reports.evaluation_pdf import PAGE_SIZES, PdfLanguage, _NumberedCanvas
from collectdesk.reports.fonts import BOLD, register_fonts
from collectdesk.services import escalations

T = {
    "department": QT_TRANSLATE_NOOP("ReferralPdf", "Collections department"),
    "title": QT_TRANSLATE_NOOP("ReferralPdf", "Escalation: referral to a senior manager"),
    "account": QT_TRANSLATE_NOOP("ReferralPdf", "Account"),
    "debtor": QT_TRANSLATE_NOOP("ReferralPdf", "Debtor"),
    "creditor": QT_TRANSLATE_NOOP("ReferralPdf", "Creditor"),
    "amount": QT_TRANSLATE_NOOP("ReferralPdf", "Amount at stake"),
    "reason": QT_TRANSLATE_NOOP("ReferralPdf", "Reason"),
    "requested": QT_TRANSLATE_NOOP("ReferralPdf", "Requested decision"),
    "raised_by": QT_TRANSLATE_NOOP("ReferralPdf", "Raised by"),
    "raised_on": QT_TRANSLATE_NOOP("ReferralPdf", "Raised on"),
    "status": QT_TRANSLATE_NOOP("ReferralPdf", "Status"),
    "referred_to": QT_TRANSLATE_NOOP("ReferralPdf", "Referred to"),
    "why_senior": QT_TRANSLATE_NOOP("ReferralPdf", "Why a senior manager decides"),
    "no_reason": QT_TRANSLATE_NOOP("ReferralPdf", "Within the supervisor's limits."),
    "terms": QT_TRANSLATE_NOOP("ReferralPdf", "Proposed terms"),
    "no_terms": QT_TRANSLATE_NOOP("ReferralPdf", "No terms proposed."),
    "note": QT_TRANSLATE_NOOP("ReferralPdf", "Note"),
    "snapshot": QT_TRANSLATE_NOOP("ReferralPdf", "The account on {date}"),
    "original": QT_TRANSLATE_NOOP("ReferralPdf", "Original amount"),
    "paid": QT_TRANSLATE_NOOP("ReferralPdf", "Paid"),
    "open": QT_TRANSLATE_NOOP("ReferralPdf", "Balance"),
    "due": QT_TRANSLATE_NOOP("ReferralPdf", "Due date"),
    "dpd": QT_TRANSLATE_NOOP("ReferralPdf", "Days past due"),
    "bucket": QT_TRANSLATE_NOOP("ReferralPdf", "Aging bucket"),
    "contacts": QT_TRANSLATE_NOOP("ReferralPdf", "Last contacts"),
    "promises": QT_TRANSLATE_NOOP("ReferralPdf", "Promises to pay"),
    "payments": QT_TRANSLATE_NOOP("ReferralPdf", "Payments"),
    "complaints": QT_TRANSLATE_NOOP("ReferralPdf", "Open complaints and disputes"),
    "none": QT_TRANSLATE_NOOP("ReferralPdf", "None."),
    "when": QT_TRANSLATE_NOOP("ReferralPdf", "When"),
    "channel": QT_TRANSLATE_NOOP("ReferralPdf", "Channel"),
    "outcome": QT_TRANSLATE_NOOP("ReferralPdf", "Outcome"),
    "collector": QT_TRANSLATE_NOOP("ReferralPdf", "Collector"),
    "promised_on": QT_TRANSLATE_NOOP("ReferralPdf", "Promised on"),
    "paid_on": QT_TRANSLATE_NOOP("ReferralPdf", "Value date"),
    "reference": QT_TRANSLATE_NOOP("ReferralPdf", "Reference"),
    "subject": QT_TRANSLATE_NOOP("ReferralPdf", "Subject"),
    "history": QT_TRANSLATE_NOOP("ReferralPdf", "Decision history"),
    "who": QT_TRANSLATE_NOOP("ReferralPdf", "Who"),
    "step": QT_TRANSLATE_NOOP("ReferralPdf", "Step"),
    "attachments": QT_TRANSLATE_NOOP("ReferralPdf", "Attached files"),
    "decision_box": QT_TRANSLATE_NOOP("ReferralPdf", "Senior manager's decision"),
    "options": QT_TRANSLATE_NOOP("ReferralPdf", "☐ approved   ☐ rejected   ☐ counter-proposal   ☐ more information needed"),
    "sign_name": QT_TRANSLATE_NOOP("ReferralPdf", "Name and signature: {name}"),
    "sign_date": QT_TRANSLATE_NOOP("ReferralPdf", "Date"),
    "page": QT_TRANSLATE_NOOP("ReferralPdf", "Page {page} of {pages}"),
    "generated": QT_TRANSLATE_NOOP("ReferralPdf", "Generated on {when}"),
}

# escalation enums: marked here (context "ReferralPdf"); the other enum names as ui/labels.py spells them
# (context "Labels", the comment there is the disambiguation)
LABELS = {
    "reason": ("", {
        "hardship": QT_TRANSLATE_NOOP("ReferralPdf", "Hardship"),
        "dispute": QT_TRANSLATE_NOOP("ReferralPdf", "Dispute"),
        "refuses_to_pay": QT_TRANSLATE_NOOP("ReferralPdf", "Refuses to pay"),
        "unreachable": QT_TRANSLATE_NOOP("ReferralPdf", "Unreachable"),
        "large_balance": QT_TRANSLATE_NOOP("ReferralPdf", "Large balance"),
        "suspected_fraud": QT_TRANSLATE_NOOP("ReferralPdf", "Suspected fraud"),
        "legal_threat": QT_TRANSLATE_NOOP("ReferralPdf", "Legal threat"),
        "vulnerable_customer": QT_TRANSLATE_NOOP("ReferralPdf", "Vulnerable customer"),
        "other": QT_TRANSLATE_NOOP("ReferralPdf", "Other"),
    }),
    "decision": ("", {
        "payment_plan": QT_TRANSLATE_NOOP("ReferralPdf", "Payment plan"),
        "settlement": QT_TRANSLATE_NOOP("ReferralPdf", "Settlement"),
        "write_off": QT_TRANSLATE_NOOP("ReferralPdf", "Write-off"),
        "legal_referral": QT_TRANSLATE_NOOP("ReferralPdf", "Legal referral"),
        "hold": QT_TRANSLATE_NOOP("ReferralPdf", "Hold"),
        "senior_review": QT_TRANSLATE_NOOP("ReferralPdf", "Senior-manager review"),
    }),
    "status": ("", {
        "draft": QT_TRANSLATE_NOOP("ReferralPdf", "Draft"),
        "submitted": QT_TRANSLATE_NOOP("ReferralPdf", "Submitted"),
        "under_review": QT_TRANSLATE_NOOP("ReferralPdf", "Under review"),
        "referred": QT_TRANSLATE_NOOP("ReferralPdf", "Referred"),
        "info_requested": QT_TRANSLATE_NOOP("ReferralPdf", "Information requested"),
        "counter_proposed": QT_TRANSLATE_NOOP("ReferralPdf", "Counter-proposal"),
        "approved": QT_TRANSLATE_NOOP("ReferralPdf", "Approved"),
        "rejected": QT_TRANSLATE_NOOP("ReferralPdf", "Rejected"),
        "withdrawn": QT_TRANSLATE_NOOP("ReferralPdf", "Withdrawn"),
    }),
    "action": ("", {
        "raised": QT_TRANSLATE_NOOP("ReferralPdf", "Raised"),
        "approved": QT_TRANSLATE_NOOP("ReferralPdf", "Approved"),
        "rejected": QT_TRANSLATE_NOOP("ReferralPdf", "Rejected"),
        "counter_proposal": QT_TRANSLATE_NOOP("ReferralPdf", "Counter-proposal"),
        "info_requested": QT_TRANSLATE_NOOP("ReferralPdf", "Information requested"),
        "info_provided": QT_TRANSLATE_NOOP("ReferralPdf", "Information provided"),
        "referred": QT_TRANSLATE_NOOP("ReferralPdf", "Referred to a senior manager"),
        "withdrawn": QT_TRANSLATE_NOOP("ReferralPdf", "Withdrawn"),
        "comment": QT_TRANSLATE_NOOP("ReferralPdf", "Comment"),
    }),
    "channel": ("channel", {"call": "Call", "letter": "Letter", "email": "E-mail", "sms": "SMS", "visit": "Visit"}),
    "outcome": ("outcome", {
        "no_answer": "No answer", "busy": "Busy", "left_message": "Left a message",
        "right_party_contact": "Spoke to the debtor", "third_party": "Spoke to someone else",
        "wrong_number": "Wrong number or address", "promise_to_pay": "Promise to pay", "refused": "Refused to pay",
        "dispute": "Disputes the debt", "delivered": "Delivered", "returned": "Returned undelivered"}),
    "promise": ("promise status", {"pending": "Pending", "kept": "Kept", "partial": "Partly paid",
                                   "broken": "Broken", "cancelled": "Cancelled"}),
}
TERM_NAMES = {
    "installments": QT_TRANSLATE_NOOP("ReferralPdf", "Installments"),
    "installment_amount": QT_TRANSLATE_NOOP("ReferralPdf", "Installment amount"),
    "first_due": QT_TRANSLATE_NOOP("ReferralPdf", "First installment due"),
    "settlement_amount": QT_TRANSLATE_NOOP("ReferralPdf", "Settlement amount"),
    "write_off_amount": QT_TRANSLATE_NOOP("ReferralPdf", "Amount written off"),
    "discount_pct": QT_TRANSLATE_NOOP("ReferralPdf", "Discount (%)"),
    "hold_until": QT_TRANSLATE_NOOP("ReferralPdf", "Hold until"),
}
MONEY_TERMS = {"installment_amount", "settlement_amount", "write_off_amount"}


def _label(lang: PdfLanguage, kind: str, value: str | None) -> str:
    if not value:
        return "–"
    disambiguation, names = LABELS[kind]
    source = names.get(str(value))
    if not source:
        return str(value)
    return lang.translate("Labels", source, disambiguation) if disambiguation else lang.translate("ReferralPdf", source)


def write_referral_pdf(ctx, escalation_id, path: str | Path, *, language: str, page_size: str = "A4",
                       now: datetime | None = None) -> Path:
    """Write the referral sheet at `path`; returns the path. Import this module lazily (ReportLab costs
    start-up time)."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size {page_size!r}: one of {PAGE_SIZES}")
    lang = PdfLanguage(language)
    now = now or datetime.now(timezone.utc)
    case = escalations.get_escalation(ctx, escalation_id)
    routing = escalations.route(ctx, escalation_id, translate=lang.translate, money=lang.money, number=lang.decimal)
    steps = escalations.history(ctx, escalation_id)
    files = escalations.attachments(ctx, escalation_id)
    snap = case.snapshot

    def t(key: str) -> str:
        return lang.translate("ReferralPdf", T[key])

    font = register_fonts()
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#555555"))
    title = ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=16, leading=20, spaceAfter=2)
    heading = ParagraphStyle("heading", parent=base, fontName=BOLD, fontSize=11, leading=14, spaceBefore=9,
                             spaceAfter=3, keepWithNext=1)
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5)
    cell_bold = ParagraphStyle("cellb", parent=cell, fontName=BOLD)
    right = ParagraphStyle("right", parent=cell, alignment=TA_RIGHT)

    def p(text: str | None, style=base) -> Paragraph:
        return Paragraph(escape(text or "").replace("\n", "<br/>"), style)

    size = A4 if page_size == "A4" else LETTER
    width = size[0] - 36 * mm - 12

    def table(header: list[str] | None, rows: list[list], widths: list[float], numeric: set[int] = frozenset()):
        if not rows:
            return p(t("none"), small)
        data = [[p(h, cell_bold) for h in header]] if header else []
        data += [[p(v, right if i in numeric else cell) for i, v in enumerate(row)] for row in rows]
        out = Table(data, colWidths=[width * w for w in widths], repeatRows=1 if header else 0)
        out.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf2" if header else "#ffffff")),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c0c7cf"))]))
        return out

    def day(text: str | None) -> str:
        return lang.date(date.fromisoformat(text[:10])) if text else "–"

    def moment(text: str | None) -> str:
        return lang.datetime(datetime.fromisoformat(text)) if text else "–"

    def money(text: str | None, currency: str) -> str:
        return lang.money(Decimal(text), currency) if text not in (None, "") else "–"

    story = [p(t("department"), small), p(t("title"), title)]
    facts = [
        (t("account"), case.account_no), (t("debtor"), case.debtor_name),
        (t("creditor"), snap.get("creditor") or "–"), (t("amount"), lang.money(case.amount_at_stake, case.currency)),
        (t("reason"), _label(lang, "reason", case.reason)),
        (t("requested"), _label(lang, "decision", case.requested_decision)),
        (t("raised_by"), case.raised_by or "–"), (t("raised_on"), lang.datetime(case.raised_at)),
        (t("status"), _label(lang, "status", case.status)), (t("referred_to"), case.referred_to or "–"),
    ]
    grid = [[p(facts[i][0], small), p(facts[i][1], cell_bold), p(facts[i + 1][0], small), p(facts[i + 1][1], cell_bold)]
            for i in range(0, len(facts), 2)]
    header = Table(grid, colWidths=[width * 0.16, width * 0.34, width * 0.16, width * 0.34])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.grey)]))
    story += [Spacer(1, 4), header]

    story.append(p(t("why_senior"), heading))
    story += [p(f"• {r}") for r in routing.reasons] or [p(t("no_reason"), small)]

    story.append(p(t("terms"), heading))
    terms = case.proposed_terms or {}
    term_rows = []
    for key, value in terms.items():
        name = lang.translate("ReferralPdf", TERM_NAMES[key]) if key in TERM_NAMES else key
        term_rows.append([name, _term_value(lang, key, value, case.currency)])
    story.append(table(None, term_rows, [0.4, 0.6]) if term_rows else p(t("no_terms"), small))
    if case.note:
        story += [p(t("note"), heading), p(case.note)]

    story.append(p(t("snapshot").format(date=day(snap.get("taken_on"))), heading))
    bal, aging = snap.get("balances", {}), snap.get("aging", {})
    cur = bal.get("currency", case.currency)
    story.append(table(
        [t("original"), t("paid"), t("open"), t("due"), t("dpd"), t("bucket")],
        [[money(bal.get("original"), cur), money(bal.get("paid"), cur), money(bal.get("open"), cur),
          day(aging.get("due_date")), str(aging.get("days_past_due", "–")), aging.get("bucket", "–")]],
        [0.18, 0.18, 0.18, 0.16, 0.14, 0.16], numeric={0, 1, 2, 4}))

    story.append(p(t("contacts"), heading))
    story.append(table([t("when"), t("channel"), t("outcome"), t("collector"), t("note")],
                       [[moment(c["at"]), _label(lang, "channel", c["channel"]), _label(lang, "outcome", c["outcome"]),
                         c.get("collector") or "–", c.get("note") or ""] for c in snap.get("contacts", [])],
                       [0.17, 0.12, 0.2, 0.18, 0.33]))
    story.append(p(t("promises"), heading))
    story.append(table([t("promised_on"), t("amount"), t("due"), t("status"), t("paid")],
                       [[day(x["promised_at"]), money(x["amount"], x["currency"]), day(x["due_date"]),
                         _label(lang, "promise", x["status"]), money(x["paid_amount"], x["currency"])]
                        for x in snap.get("promises", [])],
                       [0.2, 0.2, 0.2, 0.2, 0.2], numeric={1, 4}))
    story.append(p(t("payments"), heading))
    story.append(table([t("paid_on"), t("amount"), t("reference")],
                       [[day(x["paid_on"]), money(x["amount"], x["currency"]), x.get("reference") or ""]
                        for x in snap.get("payments", [])], [0.25, 0.25, 0.5], numeric={1}))
    story.append(p(t("complaints"), heading))
    story.append(table([t("when"), t("subject")],
                       [[moment(x["received_at"]), x.get("subject") or ""] for x in snap.get("open_complaints", [])],
                       [0.25, 0.75]))

    story.append(p(t("history"), heading))
    story.append(table([t("when"), t("step"), t("who"), t("note")],
                       [[lang.datetime(h.at), _label(lang, "action", h.action), h.actor_name,
                         h.note + (f"\n{_terms_text(lang, h.terms, case.currency)}" if h.terms else "")]
                        for h in steps], [0.18, 0.2, 0.2, 0.42]))
    if files:
        story += [p(t("attachments"), heading)]
        story += [p(f"• {name} ({lang.locale.toString(size_)} B)", cell) for _, name, size_ in files]

    sign = Table([[p(t("options"), base)],
                  [p(t("sign_name").format(name=case.referred_to or ""), small)], [p(t("sign_date"), small)]],
                 colWidths=[width], rowHeights=[12 * mm, 14 * mm, 10 * mm], hAlign="LEFT")
    sign.setStyle(TableStyle([("LINEABOVE", (0, 1), (0, 2), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(KeepTogether([p(t("decision_box"), heading), sign]))

    footer = (t("generated").format(when=lang.datetime(now)), f"{case.account_no} · {case.debtor_name}", t("page"))

    def numbered_canvas(*args, **kwargs):
        return _NumberedCanvas(*args, footer=footer, font=font, **kwargs)

    target = Path(path)
    doc = SimpleDocTemplate(str(target), pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=f"{t('title')}: {case.account_no}", lang=lang.code)
    doc.build(story, canvasmaker=numbered_canvas)
    return target


def _terms_text(lang: PdfLanguage, terms: dict, currency: str) -> str:
    parts = []
    for key, value in terms.items():
        name = lang.translate("ReferralPdf", TERM_NAMES[key]) if key in TERM_NAMES else key
        parts.append(f"{name}: {_term_value(lang, key, value, currency)}")
    return "; ".join(parts)


def _term_value(lang: PdfLanguage, key: str, value, currency: str) -> str:
    """A proposed term in the PDF's formats: amounts as money, ISO dates as dates, the rest as given."""
    text = str(value)
    try:
        if key in MONEY_TERMS:
            return lang.money(Decimal(text), currency)
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            return lang.date(date.fromisoformat(text))
    except (ValueError, ArithmeticError):
        pass
    return text
