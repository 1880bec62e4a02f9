"""A performance review as a printable PDF (ReportLab platypus), in any of the four languages.

    write_review_pdf(ctx, review_id, path, language="de", page_size="A4")

Contents: the department and branch, the title, who was reviewed (role, team), the period, the
reviewer and the date; the ratings (criterion, the rating as a number, in words and as stars, the
reviewer's note); comments, strengths and goals; the staff member's figures for the period from the
scorecard (collected against target, attainment, promise-kept rate, right-party-contact rate, QA
score); signature lines for reviewer and employee; page numbers and the generation time in the footer.

The PDF's language need not be the window's: `PdfLanguage` loads the chosen language's translator on
its own (never installed, so the running application is untouched; safe in a worker thread) and
formats numbers and dates with that language's QLocale. Texts are marked with QT_TRANSLATE_NOOP
("EvaluationPdf") so lupdate extracts them; role labels reuse the "Labels" translations of ui/labels.py.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QTranslator
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import select

from collectdesk import i18n
from collectdesk.domain.enums import StaffRole
from collectdesk.reports.fonts import BOLD, register_fonts
from collectdesk.services import evaluations, staff
from collectdesk.services.context import ServiceContext
from collectdesk.services.scorecards import scorecard
from collectdesk.store.models import EvaluationCriterion, ReviewRating

# Role names as ui/labels.py marks them (context "Labels", comment "staff role"); translated here with
# the PDF's own translator.
ROLE_SOURCE = {
    StaffRole.COLLECTOR: "Collector",
    StaffRole.ACCOUNTANT: "Accountant",
    StaffRole.CUSTOMER_SERVICE: "Customer service",
    StaffRole.SUPERVISOR: "Supervisor",
    StaffRole.COLLECTION_MANAGER: "Collection manager",
    StaffRole.SENIOR_MANAGER: "Senior manager",
}

T = {
    "department": QT_TRANSLATE_NOOP("EvaluationPdf", "Collections department"),
    "title": QT_TRANSLATE_NOOP("EvaluationPdf", "Performance review"),
    "employee": QT_TRANSLATE_NOOP("EvaluationPdf", "Employee"),
    "role": QT_TRANSLATE_NOOP("EvaluationPdf", "Role"),
    "team": QT_TRANSLATE_NOOP("EvaluationPdf", "Team"),
    "branch": QT_TRANSLATE_NOOP("EvaluationPdf", "Branch"),
    "period": QT_TRANSLATE_NOOP("EvaluationPdf", "Period"),
    "period_value": QT_TRANSLATE_NOOP("EvaluationPdf", "{start} to {end}"),
    "reviewer": QT_TRANSLATE_NOOP("EvaluationPdf", "Reviewer"),
    "reviewed_on": QT_TRANSLATE_NOOP("EvaluationPdf", "Date of review"),
    "ratings": QT_TRANSLATE_NOOP("EvaluationPdf", "Ratings"),
    "criterion": QT_TRANSLATE_NOOP("EvaluationPdf", "Criterion"),
    "rating": QT_TRANSLATE_NOOP("EvaluationPdf", "Rating"),
    "note": QT_TRANSLATE_NOOP("EvaluationPdf", "Note"),
    "average": QT_TRANSLATE_NOOP("EvaluationPdf", "Average of {count} rated criteria: {average} of 5"),
    "scale": QT_TRANSLATE_NOOP("EvaluationPdf", "Scale: {scale}."),
    "comments": QT_TRANSLATE_NOOP("EvaluationPdf", "Comments"),
    "strengths": QT_TRANSLATE_NOOP("EvaluationPdf", "Strengths"),
    "goals": QT_TRANSLATE_NOOP("EvaluationPdf", "Goals for the next period"),
    "none": QT_TRANSLATE_NOOP("EvaluationPdf", "None written."),
    "figures": QT_TRANSLATE_NOOP("EvaluationPdf", "Figures for the period"),
    "collected": QT_TRANSLATE_NOOP("EvaluationPdf", "Collected"),
    "target": QT_TRANSLATE_NOOP("EvaluationPdf", "Target"),
    "attainment": QT_TRANSLATE_NOOP("EvaluationPdf", "Attainment"),
    "kept_rate": QT_TRANSLATE_NOOP("EvaluationPdf", "Promises kept (by count)"),
    "rpc_rate": QT_TRANSLATE_NOOP("EvaluationPdf", "Right-party contact rate"),
    "qa_score": QT_TRANSLATE_NOOP("EvaluationPdf", "QA score (call monitoring)"),
    "qa_value": QT_TRANSLATE_NOOP("EvaluationPdf", "{score} of 100 ({count} monitored calls)"),
    "no_figures": QT_TRANSLATE_NOOP("EvaluationPdf", "No scorecard figures are kept for this role."),
    "undefined": QT_TRANSLATE_NOOP("EvaluationPdf", "not available"),
    "signatures": QT_TRANSLATE_NOOP("EvaluationPdf", "Signatures"),
    "sign_reviewer": QT_TRANSLATE_NOOP("EvaluationPdf", "Reviewer: {name}"),
    "sign_employee": QT_TRANSLATE_NOOP("EvaluationPdf", "Employee: {name}"),
    "sign_date": QT_TRANSLATE_NOOP("EvaluationPdf", "Date"),
    "page": QT_TRANSLATE_NOOP("EvaluationPdf", "Page {page} of {pages}"),
    "generated": QT_TRANSLATE_NOOP("EvaluationPdf", "Generated on {when}"),
}

PAGE_SIZES = ("A4", "Letter")


class PdfLanguage:
    """Translations and formats for one language, without touching the application's own translators."""

    def __init__(self, code: str):
        self.code = i18n.normalise(code)
        self.locale = QLocale(self.code)
        self._translator = QTranslator()
        self._loaded = self._translator.load(f"collectdesk_{self.code}", i18n.translations_dir())

    def translate(self, context: str, text: str, disambiguation: str | None = None) -> str:
        if self._loaded:
            out = self._translator.translate(context, text, disambiguation)
            if out:
                return out
        return text

    def __call__(self, key: str) -> str:
        return self.translate("EvaluationPdf", T[key])

    def role(self, role: StaffRole) -> str:
        return self.translate("Labels", ROLE_SOURCE[StaffRole(role)], "staff role")

    def date(self, value: date) -> str:
        fmt = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in fmt:
            fmt = fmt.replace("yy", "yyyy")
        return self.locale.toString(value, fmt)

    def datetime(self, value: datetime) -> str:
        return self.locale.toString(value.astimezone(), QLocale.FormatType.ShortFormat)

    def decimal(self, value: Decimal, places: int = 2) -> str:
        sign = "-" if value < 0 else ""
        q = abs(value).quantize(Decimal(1).scaleb(-places))
        whole, _, frac = f"{q:f}".partition(".")
        grouped = self.locale.toString(int(whole))
        return f"{sign}{grouped}{self.locale.decimalPoint()}{frac}" if places else f"{sign}{grouped}"

    def money(self, amount: Decimal, currency: str) -> str:
        return f"{self.decimal(amount)}\u00a0{currency}"

    def percent(self, value: Decimal | None) -> str:
        return self("undefined") if value is None else f"{self.decimal(Decimal(value), 1)}\u00a0%"


def stars(rating: int) -> str:
    return "\u2605" * rating + "\u2606" * (5 - rating)


def write_review_pdf(ctx: ServiceContext, review_id, path: str | Path, *, language: str,
                     page_size: str = "A4", now: datetime | None = None) -> Path:
    """Write the review as a PDF at `path`; returns the path. Import this module lazily (ReportLab
    costs start-up time)."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size {page_size!r}: one of {PAGE_SIZES}")
    lang = PdfLanguage(language)
    now = now or datetime.now(timezone.utc)
    review = evaluations.get_review(ctx, review_id)
    person = staff.get_staff(ctx, review.staff_id)
    card = scorecard(ctx, review.period_start, review.period_end, team_id=person.team_id)
    figures = next((r for r in card.rows if r.staff_id == person.id), None)
    ratings = _ratings_in(ctx, review_id, lang)

    font = register_fonts()
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#555555"))
    title = ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=17, leading=21, spaceAfter=2)
    kicker = ParagraphStyle("kicker", parent=small, fontSize=9)
    heading = ParagraphStyle("heading", parent=base, fontName=BOLD, fontSize=11.5, leading=14, spaceBefore=10,
                             spaceAfter=4)
    cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5)
    cell_bold = ParagraphStyle("cellb", parent=cell, fontName=BOLD)
    right = ParagraphStyle("right", parent=cell, alignment=TA_RIGHT)
    star_style = ParagraphStyle("stars", parent=cell, fontSize=10.5, textColor=colors.HexColor("#b8860b"))

    def p(text: str | None, style=base) -> Paragraph:
        return Paragraph(escape(text or "").replace("\n", "<br/>"), style)

    size = A4 if page_size == "A4" else LETTER
    width = size[0] - 36 * mm - 12  # the frame's padding: 6 pt each side
    story = [p(f"{lang('department')} · {person.branch or ''}".rstrip(" ·"), kicker), p(lang("title"), title)]

    facts = [
        (lang("employee"), person.full_name), (lang("role"), lang.role(person.role)),
        (lang("team"), person.team or "–"), (lang("branch"), person.branch or "–"),
        (lang("period"), lang("period_value").format(start=lang.date(review.period_start), end=lang.date(review.period_end))),
        (lang("reviewer"), review.reviewer_name or "–"), (lang("reviewed_on"), lang.date(review.reviewed_on)),
    ]
    half = (len(facts) + 1) // 2
    left, right_col = facts[:half], facts[half:]
    grid = []
    for i in range(half):
        row = [p(left[i][0], small), p(left[i][1], cell_bold)]
        row += [p(right_col[i][0], small), p(right_col[i][1], cell_bold)] if i < len(right_col) else ["", ""]
        grid.append(row)
    header = Table(grid, colWidths=[width * 0.15, width * 0.35, width * 0.17, width * 0.33])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.grey),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 4), header]

    story.append(p(lang("ratings"), heading))
    table_rows = [[p(lang("criterion"), cell_bold), p(lang("rating"), cell_bold), "", p(lang("note"), cell_bold)]]
    for name, rating, note in ratings:
        table_rows.append([p(name, cell), p(f"{rating} – {evaluations.rating_label(rating, lang.translate)}", cell),
                           p(stars(rating), star_style), p(note or "", cell)])
    rating_table = Table(table_rows, colWidths=[width * 0.26, width * 0.30, width * 0.15, width * 0.29], repeatRows=1)
    rating_table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf2")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c0c7cf")), ("SPAN", (1, 0), (2, 0))]))
    story.append(rating_table)
    if ratings:
        average = Decimal(sum(r for _, r, _ in ratings)) / Decimal(len(ratings))
        story.append(Spacer(1, 3))
        story.append(p(lang("average").format(count=len(ratings), average=lang.decimal(average, 1)), small))
    scale = ", ".join(f"{n} {evaluations.rating_label(n, lang.translate)}" for n in evaluations.RATINGS)
    story.append(p(lang("scale").format(scale=scale), small))

    for key, text in (("comments", review.comments), ("strengths", review.strengths), ("goals", review.goals)):
        story += [p(lang(key), heading), p(text or lang("none"), base if text else small)]

    story.append(p(lang("figures"), heading))
    story.append(_figures_table(figures, lang, p, cell, right, width)
                 if figures is not None else p(lang("no_figures"), small))

    sign = Table([[p(lang("sign_reviewer").format(name=review.reviewer_name or ""), small), "",
                   p(lang("sign_employee").format(name=person.full_name), small)],
                  [p(lang("sign_date"), small), "", p(lang("sign_date"), small)]],
                 colWidths=[width * 0.45, width * 0.1, width * 0.45], rowHeights=[14 * mm, 8 * mm])
    sign.setStyle(TableStyle([("LINEABOVE", (0, 0), (0, 0), 0.6, colors.black),
                              ("LINEABOVE", (2, 0), (2, 0), 0.6, colors.black),
                              ("LINEABOVE", (0, 1), (0, 1), 0.6, colors.black),
                              ("LINEABOVE", (2, 1), (2, 1), 0.6, colors.black),
                              ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [KeepTogether([p(lang("signatures"), heading), Spacer(1, 16 * mm), sign])]

    footer_left = lang("generated").format(when=lang.datetime(now))
    footer_mid = f"{person.full_name} · {lang('title')}"
    page_text = lang("page")

    def numbered_canvas(*args, **kwargs):
        return _NumberedCanvas(*args, footer=(footer_left, footer_mid, page_text), font=font, **kwargs)

    target = Path(path)
    doc = SimpleDocTemplate(str(target), pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=f"{lang('title')}: {person.full_name}",
                            author=review.reviewer_name or "", lang=lang.code)
    doc.build(story, canvasmaker=numbered_canvas)
    return target


def _ratings_in(ctx: ServiceContext, review_id, lang: PdfLanguage) -> list[tuple[str, int, str | None]]:
    """(criterion name in the PDF's language, rating, note) in the criteria's order."""
    with ctx.reading() as s:
        rows = s.execute(select(EvaluationCriterion.kind, EvaluationCriterion.code, EvaluationCriterion.name,
                                ReviewRating.rating, ReviewRating.note)
                         .join(EvaluationCriterion, EvaluationCriterion.id == ReviewRating.criterion_id)
                         .where(ReviewRating.review_id == review_id)
                         .order_by(EvaluationCriterion.position, EvaluationCriterion.name)).all()
    return [(evaluations.criterion_name(kind, code, name, lang.translate), int(rating), note)
            for kind, code, name, rating, note in rows]


def _figures_table(row, lang: PdfLanguage, p, cell, right, width) -> Table:
    lines = []
    currencies = sorted(set(row.collected) | set(row.target)) or []
    for cur in currencies:
        collected = row.collected.get(cur, Decimal("0.00"))
        target = row.target.get(cur)
        text = lang.money(collected, cur)
        if target:
            text += f"  /  {lang('target')}: {lang.money(target, cur)}"
        lines.append((f"{lang('collected')} ({cur})", text))
        lines.append((f"{lang('attainment')} ({cur})", lang.percent(row.attainment.get(cur))))
    if not currencies:
        lines.append((lang("collected"), lang("undefined")))
    lines.append((lang("kept_rate"), lang.percent(row.kept_rate_count)))
    lines.append((lang("rpc_rate"), lang.percent(row.rpc_rate)))
    qa = (lang("qa_value").format(score=lang.decimal(row.qa_score, 1), count=lang.locale.toString(row.qa_count))
          if row.qa_score is not None else lang("undefined"))
    lines.append((lang("qa_score"), qa))
    table = Table([[p(label, cell), p(value, right)] for label, value in lines], colWidths=[width * 0.5, width * 0.5])
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c0c7cf")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


class _NumberedCanvas(Canvas):
    """Draws "Page n of m" and the footer once every page is known (two-pass page numbering)."""

    def __init__(self, *args, footer: tuple[str, str, str], font: str, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []
        self._footer = footer
        self._font = font

    def showPage(self):  # noqa: N802 - ReportLab's name
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        left, middle, page = self._footer
        width = self._pagesize[0]
        self.saveState()
        self.setFont(self._font, 7.5)
        self.setFillGray(0.35)
        self.drawString(18 * mm, 10 * mm, left)
        self.drawCentredString(width / 2, 10 * mm, middle)
        self.drawRightString(width - 18 * mm, 10 * mm, page.format(page=self._pageNumber, pages=total))
        self.restoreState()
