"""A report Table on PDF pages: values formatted in the report's language (ReportLanguage.value), numbers
right-aligned, the header row on every page, a totals row in bold (one per currency when a money column
mixes currencies), alternate rows shaded.

A long table is laid out one page at a time: `PagedTable` measures only the rows that fit where it stands
and hands ReportLab one small LongTable for that page plus a PagedTable for the rest, so the work grows
with the rows, not with their square (one LongTable of 10,000 rows took 6 s and 50,000 took 117 s here;
ARCHITECTURE.md). Each page's LongTable carries `_cd_units` (its rows) for the renderer's progress.
"""

from __future__ import annotations

import heapq
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph, TableStyle

from collectdesk.reports.fonts import BOLD
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import Column, ColumnKind, Table
from collectdesk.reports.render_pdf_text import INK, LINE, SHADE, Styles, Texts

NUMERIC = (ColumnKind.INTEGER, ColumnKind.MONEY, ColumnKind.PERCENT, ColumnKind.DECIMAL)
SUMMED = (ColumnKind.INTEGER, ColumnKind.MONEY, ColumnKind.DECIMAL)   # a total of percentages means nothing
PAD_X, PAD_TOP, PAD_BOTTOM = 4, 2, 2.5
FONT_SIZES = (8.5, 7.5, 6.5)          # smaller when the columns do not fit the page's width otherwise
MIN_TEXT = 20 * mm                     # a text column is not squeezed below this (its text wraps instead)
MEASURED = 40                          # the longest texts of a column measured for its width
STRIPE = colors.HexColor("#f5f7f9")
RULE = colors.HexColor("#333333")   # Color objects, not strings: a string is parsed again for every cell


def cell_text(lang: ReportLanguage, column: Column, row: dict) -> str:
    value = row.get(column.key)
    if value is None:
        return ""
    currency = column.currency or (row.get(column.currency_key) if column.currency_key else None)
    text = lang.value(value, column.kind, currency, places=column.decimals)
    return text.replace("\n", " ")


def totals(table: Table, lang: ReportLanguage, t: Texts) -> list[list[str]]:
    """The totals rows as text: one, or one per currency of the first summed money column whose rows
    name their currency (sums never mix currencies)."""
    summed = [c for c in table.columns if c.total and c.kind in SUMMED]
    if not summed or not table.rows:
        return []
    split = next((c for c in summed if c.kind == ColumnKind.MONEY and c.currency_key and not c.currency), None)
    groups: dict[str | None, list[dict]] = {}
    for row in table.rows:
        groups.setdefault(row.get(split.currency_key) if split else None, []).append(row)
    out = []
    for currency in sorted(groups, key=lambda c: (c is None, c or "")):
        rows = groups[currency]
        line = []
        for column in table.columns:
            if column in summed:
                values = [r.get(column.key) for r in rows if r.get(column.key) is not None]
                total = sum((Decimal(v) for v in values), Decimal(0))
                if column.kind == ColumnKind.INTEGER:
                    total = int(total)
                cur = column.currency or (currency if column.currency_key else None)
                line.append(lang.value(total, column.kind, cur, places=column.decimals))
            else:
                line.append("")
        label = t.total_in.format(currency=currency) if split and len(groups) > 1 and currency else t.total
        first_free = next((i for i, c in enumerate(table.columns) if c not in summed), None)
        if first_free is not None:
            line[first_free] = label
        out.append(line)
    return out


class PagedTable(Flowable):
    """A report table that lays itself out a page at a time (see the module docstring)."""

    def __init__(self, table: Table, lang: ReportLanguage, st: Styles, t: Texts, width: float, *,
                 _state: dict | None = None, _start: int = 0):
        super().__init__()
        if _state is None:
            _state = _prepare(table, lang, st, t, width)
        self._s = _state
        self._start = _start
        self.spaceAfter = 6
        self.hAlign = "LEFT"
        self._cd_units = 0

    # the rows still to place: data rows from _start, then the totals rows
    def _count(self) -> int:
        return len(self._s["body"]) - self._start

    def _height(self, i: int) -> float:
        heights = self._s["heights"]
        while len(heights) <= i:
            heights.append(self._measure(self._s["body"][len(heights)]))
        return heights[i]

    def _measure(self, cells: list) -> float:
        s = self._s
        tallest = s["leading"]
        for cell, width in zip(cells, s["widths"]):
            if isinstance(cell, Paragraph):
                tallest = max(tallest, cell.wrap(width - 2 * PAD_X, 10_000)[1])
        return tallest + PAD_TOP + PAD_BOTTOM

    def _continued(self) -> Paragraph:
        """The table's title over its rows on the pages after the first."""
        return Paragraph(escape(self._s["continued"]), self._s["continued_style"])

    def _fit(self, avail: float) -> tuple[int, float]:
        """How many rows from _start fit under the header in `avail` (and the title, on later pages), and
        their height."""
        used = self._s["head_h"] + (self._s["continued_h"] if self._start else 0)
        n = 0
        while self._start + n < len(self._s["body"]):
            h = self._height(self._start + n)
            if used + h > avail:
                break
            used += h
            n += 1
        return n, used

    def wrap(self, availWidth, availHeight):  # noqa: N802 - ReportLab's name
        n, used = self._fit(availHeight)
        if n < self._count():   # does not fit: say so, with no more measuring than the page needs
            used = availHeight + 1
        self.width, self.height = self._s["total_w"], used
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N802
        n, _ = self._fit(availHeight)
        data_rows = len(self._s["body"]) - self._s["n_totals"]
        end = self._start + n
        if end >= data_rows and end < len(self._s["body"]):
            end = data_rows - 1          # the totals never stand on a page without a data row above them
        at_top = getattr(getattr(self, "_frame", None), "_atTop", False)
        if end <= self._start or (not at_top and self._start == 0 and end < min(3, data_rows)):
            return []                    # a header and a row or two at the foot of a page: start on the next
        page = self._table(self._start, end)
        rest = PagedTable(self._s["table"], self._s["lang"], None, None, 0, _state=self._s, _start=end)
        return [self._continued(), page, rest] if self._start else [page, rest]

    def draw(self):
        table = self._table(self._start, len(self._s["body"]))
        self._cd_units = table._cd_units   # the renderer's progress counts the rows drawn
        _, height = table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
        if self._start:
            title = self._continued()
            title.wrapOn(self.canv, self.width, self.height)
            title.drawOn(self.canv, 0, height + self._s["continued_style"].spaceAfter)

    def _table(self, start: int, end: int) -> LongTable:
        s = self._s
        rows = [s["header"], *s["body"][start:end]]
        heights = [s["head_h"], *(self._height(i) for i in range(start, end))]
        table = LongTable(rows, colWidths=s["widths"], rowHeights=heights, repeatRows=1, hAlign="LEFT")
        style = list(s["style"])
        data_end = min(end, len(s["body"]) - s["n_totals"]) - start   # rows [1, data_end] are data
        if data_end >= 1:   # every other row shaded, counted from the table's first row across the pages
            stripes = [colors.white, STRIPE] if start % 2 == 0 else [STRIPE, colors.white]
            style.append(("ROWBACKGROUNDS", (0, 1), (-1, data_end), stripes))
        if end > len(s["body"]) - s["n_totals"]:
            first = data_end + 1
            style += [("FONTNAME", (0, first), (-1, -1), BOLD), ("BACKGROUND", (0, first), (-1, -1), SHADE),
                      ("LINEABOVE", (0, first), (-1, first), 0.8, RULE)]
        table.setStyle(TableStyle(style))
        table._cd_units = max(0, min(end, len(s["body"]) - s["n_totals"]) - start)
        return table

    def __repr__(self) -> str:
        return f"PagedTable({self._s['table'].key!r}, from row {self._start})"


def _prepare(table: Table, lang: ReportLanguage, st: Styles, t: Texts, width: float) -> dict:
    """Format every cell once, choose the font size and the column widths, build the header and the style."""
    columns = table.columns
    texts = [[cell_text(lang, c, row) for c in columns] for row in table.rows]
    total_rows = totals(table, lang, t)
    numeric = [c.kind in NUMERIC for c in columns]
    for size in FONT_SIZES:
        widths = _widths(columns, numeric, texts, total_rows, size, st, width)
        if widths is not None:
            break
    else:
        widths = _squeeze(_natural(columns, numeric, texts, total_rows, size, st)[0], numeric, width)
    leading = size * 1.24
    cell = st.cell.clone("cellx", fontSize=size, leading=leading)
    head = st.cell_head.clone("chx", fontSize=size, leading=leading)
    head_right = st.cell_head_right.clone("chrx", fontSize=size, leading=leading)
    header = [Paragraph(escape(c.title), head_right if num else head) for c, num in zip(columns, numeric)]
    head_h = max(p.wrap(w - 2 * PAD_X, 10_000)[1] for p, w in zip(header, widths)) + PAD_TOP + PAD_BOTTOM + 1
    font = st.font

    def wrapped(row: list[str]) -> list:
        out = []
        for text, w, num in zip(row, widths, numeric):
            if not num and text and stringWidth(text, font, size) > w - 2 * PAD_X:
                out.append(Paragraph(escape(text), cell))
            else:
                out.append(text)
        return out

    body = [wrapped(r) for r in texts] + [wrapped(r) for r in total_rows]
    if not texts:
        body = [[t.no_rows] + [""] * (len(columns) - 1)]
    style = [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), size),
             ("LEADING", (0, 0), (-1, -1), leading), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
             ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
             ("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
             ("LINEBELOW", (0, 1), (-1, -1), 0.25, LINE), ("TEXTCOLOR", (0, 0), (-1, -1), INK)]
    style += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i, num in enumerate(numeric) if num]
    if not texts:
        style.append(("SPAN", (0, 1), (-1, 1)))
    continued_style = st.h3.clone("cont", spaceBefore=0, spaceAfter=3)
    continued = t.continued.format(title=table.title)
    continued_h = Paragraph(escape(continued), continued_style).wrap(sum(widths), 10_000)[1] + 3
    return dict(table=table, lang=lang, header=header, head_h=head_h, body=body, heights=[], widths=widths,
                continued=continued, continued_style=continued_style, continued_h=continued_h,
                total_w=sum(widths), leading=leading, style=style, n_totals=len(total_rows) if texts else 0)


def _natural(columns, numeric, rows: list[list[str]], bold_rows: list[list[str]], size: float, st: Styles
             ) -> tuple[list[float], list[float]]:
    """Each column's width on one line (its widest value, the longest texts measured, totals in bold; at
    least its header's longest word) and the least it can take without breaking a word."""
    natural, least = [], []
    for i, column in enumerate(columns):
        longest = heapq.nlargest(MEASURED, (r[i] for r in rows), key=len)
        value_w = max((stringWidth(x, st.font, size) for x in longest), default=0)
        value_w = max([value_w, *(stringWidth(r[i], BOLD, size) for r in bold_rows)])
        head_w = max(stringWidth(w, BOLD, size) for w in column.title.split() or [""])
        word_w = max((stringWidth(w, st.font, size) for x in longest for w in x.split()), default=0)
        if not numeric[i] and column.width:
            value_w = min(value_w, column.width * size * 0.55)
        natural.append(max(value_w, head_w) + 2 * PAD_X + 1)
        least.append(natural[-1] if numeric[i] else max(head_w, word_w) + 2 * PAD_X + 1)
    return natural, least


def _widths(columns, numeric, rows, bold_rows, size, st, width) -> list[float] | None:
    """Widths that fill `width`: numbers as wide as they need; text columns share the rest, the widest cut
    first (their text wraps) and none below its longest word. None when they do not fit at this size."""
    natural, least = _natural(columns, numeric, rows, bold_rows, size, st)
    fixed = sum(w for w, num in zip(natural, numeric) if num)
    room = width - fixed
    texts = [w for w, num in zip(natural, numeric) if not num]
    if room < sum(w for w, num in zip(least, numeric) if not num):
        return None
    if sum(texts) > room:
        return _squeeze(natural, numeric, width, least)
    spare = width - sum(natural)
    share = [w if not num else 0 for w, num in zip(natural, numeric)] if texts else natural
    return [w + spare * s / sum(share) for w, s in zip(natural, share)]


def _squeeze(natural, numeric, width, least=None) -> list[float]:
    """Text columns cut to a common ceiling, the widest first, until the table fits `width` (numbers keep
    their width; no column below its `least`); with nothing left to cut, every column in proportion."""
    least = least or [0.0] * len(natural)
    fixed = sum(w for w, num in zip(natural, numeric) if num)
    room = width - fixed
    texts = sorted((w for w, num in zip(natural, numeric) if not num), reverse=True)
    if not texts or room <= 0:
        return [w * width / sum(natural) for w in natural]
    # the ceiling: the k widest columns take `ceiling` each, the others their natural width
    ceiling = room / len(texts)
    for k in range(1, len(texts) + 1):
        rest = sum(texts[k:])
        ceiling = (room - rest) / k
        if k == len(texts) or ceiling >= texts[k]:
            break
    out = [w if num else max(min(w, ceiling), lo) for w, num, lo in zip(natural, numeric, least)]
    over = sum(out) - width
    if over > 0.5:   # the least widths do not fit (only when the smallest font was not enough): scale
        out = [w * width / sum(out) for w in out]
    return out
