"""The payment-plan letter's pages (ReportLab): plan_letter.write_plan_letter builds the data and calls
render_letter. Every text is a literal say("PlanLetter", ...) call; see plan_letter's docstring for why
`say` is bound twice."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, NextPageTemplate, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from collectdesk.domain.enums import PlanFrequency
from collectdesk.reports.fonts import BOLD, REGULAR, register_fonts
from collectdesk.reports.plan_letter import MISSES_TO_BREAK, LetterLanguage, PlanLetterData

LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 20 * mm, 16 * mm, 20 * mm
WINDOW_TOP, WINDOW_WIDTH = 45 * mm, 85 * mm   # DIN 5008 form B window (a US #10 window is close enough)
INFO_LEFT = 125 * mm                           # the information block (reference, date) right of the window
BODY_TOP = 92 * mm                             # the first page's text starts below the address window
SIDE_BY_SIDE_ROWS = 18                         # schedules up to this many rows stand beside the summary
LINE = colors.HexColor("#b9c2cc")
SHADE = colors.HexColor("#eef2f6")


class Texts:
    """The letter's wording in its language."""

    def __init__(self, lang: LetterLanguage, data: PlanLetterData, today: date):
        say = QCoreApplication.translate  # what lupdate reads say(...) as (translations/update.py resolves the alias)
        say = lang.translate              # at run time: the letter's own language, not the application's

        def money(amount) -> str:
            return lang.money(amount, data.currency)

        self.department = data.sender.splitlines()[0] if data.sender else say("PlanLetter", "Collections department")
        self.sender = data.sender or self.department
        self.date_line = lang.long_date(today)
        if data.place:
            self.date_line = say("PlanLetter", "{place}, {date}", "where and when the letter is written").format(
                place=data.place, date=self.date_line)
        self.subject = say("PlanLetter", "Your payment plan")
        refs = [(say("PlanLetter", "Account number"), data.account_no)]
        if data.creditor:
            refs.append((say("PlanLetter", "Creditor"), data.creditor))
        if data.creditor_ref:
            refs.append((say("PlanLetter", "Creditor's reference"), data.creditor_ref))
        self.references = refs
        self.salutation = say("PlanLetter", "Dear {name},").format(name=data.debtor_name)
        self.intro = (say("PlanLetter", "Thank you for agreeing a payment plan with us. This letter confirms the plan "
                                        "for your account {account} with {creditor}, as set out below. Please keep "
                                        "it for your records.")
                      if data.creditor else
                      say("PlanLetter", "Thank you for agreeing a payment plan with us. This letter confirms the plan "
                                        "for your account {account}, as set out below. Please keep it for your "
                                        "records.")
                      ).format(account=data.account_no, creditor=data.creditor)

        self.glance = say("PlanLetter", "The plan at a glance")
        insts = data.installments
        count = len(insts)
        facts = []
        if data.total_amount != data.payable:   # else "total to pay" says it
            facts.append((say("PlanLetter", "Amount covered by the plan"), money(data.total_amount), False))
        down = next((r for r in data.rows if r.seq == 0), None)
        if down is not None:
            facts.append((say("PlanLetter", "Down payment, due on {date}").format(date=lang.date(down.due_date)),
                          money(down.amount), False))
        if data.interest > 0:
            label = (say("PlanLetter", "Interest ({rate} % a year)").format(rate=lang.rate(data.interest_rate_pct))
                     if data.interest_rate_pct else say("PlanLetter", "Interest"))
            facts.append((label, money(data.interest), False))
        if data.fee > 0:
            facts.append((say("PlanLetter", "Fee"), money(data.fee), False))
        facts.append((say("PlanLetter", "Total to pay"), money(data.payable), True))
        frequency = {
            PlanFrequency.WEEKLY: say("PlanLetter", "%n weekly installment(s)", "", count),
            PlanFrequency.FORTNIGHTLY: say("PlanLetter", "%n fortnightly installment(s)", "", count),
            PlanFrequency.MONTHLY: say("PlanLetter", "%n monthly installment(s)", "", count),
        }[data.frequency]
        facts.append((say("PlanLetter", "Installments"), frequency, False))
        if insts:
            first, last = insts[0], insts[-1]
            amount = money(first.amount)
            if count > 1 and last.amount != first.amount:
                amount = say("PlanLetter", "{amount} each; the last one {last}").format(
                    amount=money(first.amount), last=money(last.amount))
            facts.append((say("PlanLetter", "Installment amount"), amount, False))
            facts.append((say("PlanLetter", "First installment due on"), lang.date(first.due_date), False))
            if count > 1:
                facts.append((say("PlanLetter", "Last installment due on"), lang.date(last.due_date), False))
        approved = data.approved_by or "–"
        if data.approved_on:
            approved = say("PlanLetter", "{name}, {date}", "who approved the plan, and when").format(
                name=approved, date=lang.date(data.approved_on))
        facts.append((say("PlanLetter", "Approved by"), approved, False))
        self.facts = facts

        self.schedule = say("PlanLetter", "Payment schedule")
        self.columns = (say("PlanLetter", "No.", "installment number"), say("PlanLetter", "Due date"),
                        say("PlanLetter", "Amount"))
        self.down_label = say("PlanLetter", "Down payment")
        self.total = say("PlanLetter", "Total", "the sum of the schedule")

        self.how_to_pay = say("PlanLetter", "How to pay")
        if data.payment_details:
            self.pay = [say("PlanLetter", "Please pay each installment so that it reaches us by its due date, to:"),
                        None,  # the payment details, as saved
                        say("PlanLetter", "Please quote the reference {reference} with every payment, so that we can "
                                          "credit it to your plan.").format(reference=data.account_no)]
        else:
            self.pay = [say("PlanLetter", "Please pay each installment so that it reaches us by its due date, and "
                                          "quote the reference {reference} with every payment, so that we can credit "
                                          "it to your plan.").format(reference=data.account_no)]
        self.pay.append(say("PlanLetter", "You may pay more, or earlier, at any time: every payment is credited to "
                                          "the oldest installment still open."))

        self.if_missed = say("PlanLetter", "If an installment is not paid")
        grace = (say("PlanLetter", "An installment counts as missed when it is still unpaid %n day(s) after its "
                                   "due date.", "", data.grace_days)
                 if data.grace_days else
                 say("PlanLetter", "An installment counts as missed when it is not paid by its due date."))
        self.missed = [
            grace,
            say("PlanLetter", "If %n installment(s) are missed, the plan ends and the whole balance still owed "
                              "falls due again at once.", "", MISSES_TO_BREAK),
            say("PlanLetter", "If you cannot pay an installment, please contact us before its due date, so that we "
                              "can look for a solution with you."),
        ]
        self.closing = say("PlanLetter", "Yours sincerely,")
        self.page = say("PlanLetter", "Page {page} of {pages}")


class Styles:
    def __init__(self, font: str):
        self.font = font
        self.base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=12.8)
        self.body = ParagraphStyle("body", parent=self.base, spaceAfter=4.5)
        self.tight = ParagraphStyle("tight", parent=self.base, spaceAfter=2)
        self.small = ParagraphStyle("small", parent=self.base, fontSize=8.5, leading=11,
                                    textColor=colors.HexColor("#444444"))
        self.label = ParagraphStyle("label", parent=self.base, fontSize=7, leading=8.5,
                                    textColor=colors.HexColor("#666666"))
        self.bold = ParagraphStyle("bold", parent=self.base, fontName=BOLD)
        self.details = ParagraphStyle("details", parent=self.base, fontSize=8.5, leading=11.5)
        self.cell = ParagraphStyle("cell", parent=self.base, fontSize=9, leading=11)
        self.cell_bold = ParagraphStyle("cellb", parent=self.cell, fontName=BOLD)
        self.cell_right = ParagraphStyle("cellr", parent=self.cell, alignment=TA_RIGHT)
        self.cell_right_bold = ParagraphStyle("cellrb", parent=self.cell_right, fontName=BOLD)
        self.right = ParagraphStyle("right", parent=self.base, alignment=TA_RIGHT)
        self.right_bold = ParagraphStyle("rightb", parent=self.right, fontName=BOLD)
        self.subject = ParagraphStyle("subject", parent=self.base, fontName=BOLD, fontSize=12.5, leading=16,
                                      spaceAfter=8)
        self.heading = ParagraphStyle("heading", parent=self.base, fontName=BOLD, fontSize=10.5, leading=14,
                                      spaceBefore=6, spaceAfter=2.5, keepWithNext=1)

    @staticmethod
    def p(text: str, style) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)


def render_letter(data: PlanLetterData, lang: LetterLanguage, path, *, page_size: str, today: date) -> None:
    t = Texts(lang, data, today)
    st = Styles(register_fonts())
    p = st.p
    size = A4 if page_size == "A4" else LETTER
    width = size[0] - LEFT - RIGHT

    story: list = [NextPageTemplate("later"), p(t.subject, st.subject), p(t.salutation, st.body),
                   p(t.intro, st.body)]
    if len(data.rows) <= SIDE_BY_SIDE_ROWS and width - sum(_schedule_widths(t, data, lang)) >= 78 * mm:
        # a short schedule stands beside the plan at a glance (and how to pay, when that makes the page shorter),
        # so that a 12-month plan fits on one page
        schedule_w = sum(_schedule_widths(t, data, lang))
        left_w = width - schedule_w - 8 * mm

        def arrangement(pay_beside: bool) -> list:
            left = [p(t.glance, st.heading), _facts_table(t, st, left_w)]
            left += _how_to_pay(t, st, data, left_w) if pay_beside else []
            pair = Table([[left, "", [p(t.schedule, st.heading), _schedule_table(t, data, lang, st)]]],
                         colWidths=[left_w, width - left_w - schedule_w, schedule_w], hAlign="LEFT")
            pair.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                      ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                      ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            return [pair] if pay_beside else [pair, *_how_to_pay(t, st, data, width)]

        beside = _height(arrangement(True), width) <= _height(arrangement(False), width)
        story += arrangement(beside)
    else:
        # a long one flows over the following pages, its header repeated on each
        block_w = min(width, 110 * mm)
        story += [p(t.glance, st.heading), _facts_table(t, st, block_w), CondPageBreak(35 * mm),
                  p(t.schedule, ParagraphStyle("scheduleh", parent=st.heading, keepWithNext=0)),
                  _schedule_table(t, data, lang, st, block_w),
                  *_how_to_pay(t, st, data, width)]
    sign = Table([[p(data.approved_by or t.department, st.base)], [p(t.department, st.small)]],
                 colWidths=[70 * mm], hAlign="LEFT")
    sign.setStyle(TableStyle([("LINEABOVE", (0, 0), (0, 0), 0.6, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    # what happens when an installment is missed goes with the closing: a signature never stands alone on a page
    story.append(KeepTogether([p(t.if_missed, st.heading), *[p(line, st.tight) for line in t.missed[:-1]],
                               p(t.missed[-1], st.body), Spacer(1, 3), p(t.closing, st.base), Spacer(1, 10 * mm),
                               sign]))

    def first_page(canvas: Canvas, doc) -> None:
        _letterhead(canvas, size, t, data, st)

    doc = BaseDocTemplate(str(path), pagesize=size, title=f"{t.subject}: {data.account_no}", author=t.department,
                          subject=data.debtor_name, lang=lang.code)
    doc.addPageTemplates([
        PageTemplate("first", [Frame(LEFT, BOTTOM, width, size[1] - BODY_TOP - BOTTOM, id="first",
                                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)],
                     onPage=first_page),
        PageTemplate("later", [Frame(LEFT, BOTTOM, width, size[1] - TOP - 8 * mm - BOTTOM, id="later",
                                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]),
    ])
    running = f"{t.subject} · {data.account_no} · {data.debtor_name}"

    def canvas_maker(*args, **kwargs):
        return _LetterCanvas(*args, running=running, page_text=t.page, font=st.font, **kwargs)

    doc.build(story, canvasmaker=canvas_maker)


def _height(flowables: list, width: float) -> float:
    return sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


def _how_to_pay(t: Texts, st: Styles, data: PlanLetterData, width: float) -> list:
    out: list = [st.p(t.how_to_pay, st.heading)]
    for line in t.pay:
        if line is None:   # the bank details as saved, in a box, one IBAN to a line
            details = Table([[st.p(data.payment_details, st.details)]], colWidths=[min(width, 110 * mm)], hAlign="LEFT")
            details.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                         ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            out += [details, Spacer(1, 3)]
        else:
            out.append(st.p(line, st.tight))
    return out


def _facts_table(t: Texts, st: Styles, width: float) -> Table:
    table = Table([[st.p(label, st.bold if strong else st.base), st.p(value, st.right_bold if strong else st.right)]
                   for label, value, strong in t.facts], colWidths=[width * 0.56, width * 0.44], hAlign="LEFT")
    style = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
             ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
             ("LINEBELOW", (0, 0), (-1, -1), 0.25, LINE), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    style += [("BACKGROUND", (0, i), (-1, i), SHADE) for i, (_, _, strong) in enumerate(t.facts) if strong]
    table.setStyle(TableStyle(style))
    return table


def _schedule_table(t: Texts, data: PlanLetterData, lang: LetterLanguage, st: Styles, width: float | None = None
                    ) -> Table:
    """No., due date, amount and the total; as narrow as it can be, or stretched to `width`."""
    p = st.p
    rows = [[p(t.columns[0], st.cell_bold), p(t.columns[1], st.cell_bold), p(t.columns[2], st.cell_right_bold)]]
    for r in data.rows:
        rows.append([p(t.down_label if r.seq == 0 else lang.locale.toString(r.seq), st.cell),
                     p(lang.date(r.due_date), st.cell), p(lang.money(r.amount, data.currency), st.cell_right)])
    rows.append([p(t.total, st.cell_bold), "", p(lang.money(data.payable, data.currency), st.cell_right_bold)])
    widths = _schedule_widths(t, data, lang)
    if width and width > sum(widths):
        widths = [w * width / sum(widths) for w in widths]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, -2), 0.25, LINE),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black), ("BACKGROUND", (0, -1), (-1, -1), SHADE),
        ("SPAN", (0, -1), (1, -1)), ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _schedule_widths(t: Texts, data: PlanLetterData, lang: LetterLanguage) -> list[float]:
    """The schedule's columns as wide as their widest text (headers, dates, amounts in bold for the total),
    with the cell padding; "Down payment" may wrap at its spaces."""
    def w(text: str, font: str = REGULAR) -> float:
        return stringWidth(text, font, 9) + 6.5

    words = t.down_label.split() if any(r.seq == 0 for r in data.rows) else []
    first = max([w(t.columns[0], BOLD), w(lang.locale.toString(len(data.rows))), *[w(x) for x in words]])
    dates = max([w(t.columns[1], BOLD), *[w(lang.date(r.due_date)) for r in data.rows]])
    amounts = max([w(t.columns[2], BOLD), w(lang.money(data.payable, data.currency), BOLD),
                   *[w(lang.money(r.amount, data.currency)) for r in data.rows]])
    return [max(first, 9 * mm), max(dates, 22 * mm), max(amounts, 26 * mm)]


def _letterhead(canvas: Canvas, size, t: Texts, data: PlanLetterData, st: Styles) -> None:
    """The first page's fixed parts: the sender top right; the return line and the address in the envelope's
    window; beside it the information block (reference and date)."""
    page_w, page_h = size
    canvas.saveState()
    head_w = page_w - RIGHT - INFO_LEFT
    lines = escape(t.sender).split("\n")
    for font_size in (9, 8, 7, 6):
        style = ParagraphStyle("sender", fontName=st.font, fontSize=font_size, leading=font_size * 1.3,
                               alignment=TA_RIGHT, textColor=colors.HexColor("#333333"))
        first = f'<font name="{BOLD}" size="{font_size + 2}">{lines[0]}</font>'
        sender = Paragraph("<br/>".join([first] + lines[1:]), style)
        _, h = sender.wrap(head_w, page_h)
        if h <= WINDOW_TOP - TOP - 3 * mm:
            break
    sender.drawOn(canvas, page_w - RIGHT - head_w, page_h - TOP - h)

    parts = [x.strip() for x in t.sender.splitlines() if x.strip()]
    for n in range(len(parts), 0, -1):   # one line only: as many of the sender's lines as fit (name, street, town)
        back = Paragraph(escape(" · ".join(parts[:n])), st.label)
        _, h = back.wrap(WINDOW_WIDTH, 20 * mm)
        if h <= 9:
            break
    back.drawOn(canvas, LEFT, page_h - WINDOW_TOP - h)
    canvas.setStrokeColor(LINE)
    canvas.setLineWidth(0.4)
    canvas.line(LEFT, page_h - WINDOW_TOP - h - 1, LEFT + WINDOW_WIDTH, page_h - WINDOW_TOP - h - 1)

    address = ParagraphStyle("address", fontName=st.font, fontSize=10.5, leading=13.5)
    text = "<br/>".join(escape(x.strip()) for x in [data.debtor_name, *data.debtor_address.splitlines()] if x.strip())
    block = Paragraph(text, address)
    _, h = block.wrap(WINDOW_WIDTH, 40 * mm)
    block.drawOn(canvas, LEFT, page_h - WINDOW_TOP - 6 * mm - h)

    info: list = []
    for label, value in t.references:
        info += [st.p(label, st.label), st.p(value, ParagraphStyle("v", parent=st.small, spaceAfter=3))]
    info.append(st.p(t.date_line, ParagraphStyle("d", parent=st.base, spaceBefore=3)))
    y = page_h - WINDOW_TOP - 5 * mm
    for flowable in info:
        _, h = flowable.wrap(head_w, 20 * mm)
        y -= h + flowable.getSpaceBefore()
        flowable.drawOn(canvas, INFO_LEFT, y)
        y -= flowable.getSpaceAfter()
    canvas.restoreState()


class _LetterCanvas(Canvas):
    """Two passes: once the pages are counted, a letter longer than a page gets "Page n of m" on every page
    and, from page 2 on, a running line naming the account and debtor."""

    def __init__(self, *args, running: str, page_text: str, font: str, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []
        self._running, self._page_text, self._font = running, page_text, font

    def showPage(self):  # noqa: N802 - ReportLab's name
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            if total > 1:
                self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        width, height = self._pagesize
        self.saveState()
        self.setFont(self._font, 8)
        self.setFillGray(0.35)
        self.drawRightString(width - RIGHT, 10 * mm, self._page_text.format(page=self._pageNumber, pages=total))
        if self._pageNumber > 1:
            self.drawString(LEFT, height - TOP, self._running)
            self.setStrokeGray(0.7)
            self.setLineWidth(0.4)
            self.line(LEFT, height - TOP - 2.5 * mm, width - RIGHT, height - TOP - 2.5 * mm)
        self.restoreState()
