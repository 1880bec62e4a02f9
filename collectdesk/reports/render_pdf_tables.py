"""A report Table on PDF pages: the grid of render_pdf_grid (formatted in the report's language, fitted to
the width), numbers right-aligned, the header row on every page and the title over the rows "(continued)",
totals in bold, alternate rows shaded.

A long table is laid out one page at a time: `PagedTable` measures only the rows that fit where it stands
and hands ReportLab one small LongTable for that page plus a PagedTable for the rest, so the work grows
with the rows, not with their square (one LongTable of 10,000 rows took 6 s and 50,000 took 117 s here;
ARCHITECTURE.md). Each page's LongTable carries `_cd_units` (its rows) for the renderer's progress.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph, TableStyle

from collectdesk.reports.fonts import BOLD
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import Table
from collectdesk.reports.render_pdf_grid import PAD_X, grid
from collectdesk.reports.render_pdf_text import GREY, INK, LINE, SHADE, Styles, Texts

PAD_TOP, PAD_BOTTOM = 2, 2.5
GAP = 3                               # points between the title, the rows and the note
KEEP_WHOLE = 20                       # a table of up to this many rows is not split when a page can hold it
STRIPE = colors.HexColor("#f5f7f9")
RULE = colors.HexColor("#333333")   # Color objects, not strings: a string is parsed again for every cell


class PagedTable(Flowable):
    """A report table with its title over it and its note under it, laid out a page at a time (see the
    module docstring). On later pages the title reads "... (continued)"; the note stays with the last rows."""

    def __init__(self, table: Table, lang: ReportLanguage, st: Styles, t: Texts, width: float, *,
                 context: str | None = None, _state: dict | None = None, _start: int = 0):
        super().__init__()
        if _state is None:
            _state = _prepare(table, lang, st, t, width, context)
        self._s = _state
        self._start = _start
        self.spaceBefore = 6 if _start == 0 else 0
        self.spaceAfter = 8
        self.hAlign = "LEFT"
        self._cd_units = 0

    @property
    def size(self) -> float:
        return self._s["size"]

    @property
    def cramped(self) -> bool:
        """The columns fit this width only at the smallest font or squeezed (landscape would read better)."""
        return self._s["cramped"]

    def _count(self) -> int:
        """The rows still to place: data rows from _start, then the totals rows."""
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

    def _caption(self) -> Paragraph:
        s = self._s
        return Paragraph(s["title"] if self._start == 0 else s["continued"], s["caption_style"])

    def _fit(self, avail: float) -> tuple[int, float]:
        """How many rows from _start fit in `avail` under the title and header (with the note when they are
        the last), and the height they take."""
        s = self._s
        used = s["head_h"] + (s["title_h"] if self._start == 0 else s["continued_h"])
        n, last = 0, 0.0
        while self._start + n < len(s["body"]):
            last = self._height(self._start + n)
            if used + last > avail:
                return n, used
            used += last
            n += 1
        if used + s["note_h"] <= avail:
            return n, used + s["note_h"]
        return n - 1, used - last          # the note goes with the last row onto the next page

    def wrap(self, availWidth, availHeight):  # noqa: N802 - ReportLab's name
        n, used = self._fit(availHeight)
        if n < self._count():   # does not fit: say so, with no more measuring than the page needs
            used = availHeight + 1
        self.width, self.height = self._s["width"], used
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N802
        n, _ = self._fit(availHeight)
        data_rows = len(self._s["body"]) - self._s["n_totals"]
        end = self._start + n
        if end >= data_rows and end < len(self._s["body"]):
            end = data_rows - 1          # the totals never stand on a page without a data row above them
        at_top = getattr(getattr(self, "_frame", None), "_atTop", False)
        if end <= self._start or (not at_top and self._start == 0 and (end < min(3, data_rows)
                                                                       or len(self._s["body"]) <= KEEP_WHOLE)):
            return []   # a title, a header and a row or two at the foot of a page, or a short table: next page
        caption = self._caption()
        caption.spaceAfter = GAP
        rest = PagedTable(self._s["table"], self._s["lang"], None, None, 0, _state=self._s, _start=end)
        return [caption, self._table(self._start, end), rest]

    def draw(self):
        """The rest of the table when it fits: title, rows, totals and note."""
        y = self.height
        caption = self._caption()
        y -= caption.wrapOn(self.canv, self.width, self.height)[1]
        caption.drawOn(self.canv, 0, y)
        table = self._table(self._start, len(self._s["body"]))
        self._cd_units = table._cd_units   # the renderer's progress counts the rows drawn
        y -= GAP + table.wrapOn(self.canv, self.width, self.height)[1]
        table.drawOn(self.canv, 0, y)
        if self._s["note"]:
            note = Paragraph(self._s["note"], self._s["note_style"])
            y -= GAP + note.wrapOn(self.canv, self.width, self.height)[1]
            note.drawOn(self.canv, 0, y)

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


def _prepare(table: Table, lang: ReportLanguage, st: Styles, t: Texts, width: float, context: str | None
             ) -> dict:
    """The fitted grid, its header and rows as cells (text that must wrap as a Paragraph), the style, and the
    title (with the chapter it comes from, in the appendix) and note as markup."""
    font = st.font
    g = grid(table, lang, t, width, BOLD, font)
    size, widths, numeric = g.size, g.widths, g.numeric
    leading = size * 1.24
    cell = st.cell.clone("cellx", fontSize=size, leading=leading)
    head = st.cell_head.clone("chx", fontSize=size, leading=leading)
    head_right = st.cell_head_right.clone("chrx", fontSize=size, leading=leading)
    header = [Paragraph(escape(title), head_right if num else head) for title, num in zip(g.titles, numeric)]
    head_h = max(p.wrap(w - 2 * PAD_X, 10_000)[1] for p, w in zip(header, widths)) + PAD_TOP + PAD_BOTTOM + 1

    def wrapped(row: list[str]) -> list:
        out = []
        for text, w, num in zip(row, widths, numeric):
            if not num and text and stringWidth(text, font, size) > w - 2 * PAD_X:
                out.append(Paragraph(escape(text), cell))
            else:
                out.append(text)
        return out

    body = [wrapped(r) for r in g.rows] + [wrapped(r) for r in g.totals]
    if not g.rows:
        body = [[t.no_rows] + [""] * (len(g.titles) - 1)]
    style = [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), size),
             ("LEADING", (0, 0), (-1, -1), leading), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
             ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
             ("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
             ("LINEBELOW", (0, 1), (-1, -1), 0.25, LINE), ("TEXTCOLOR", (0, 0), (-1, -1), INK)]
    style += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i, num in enumerate(numeric) if num]
    if g.bold_columns:   # on its side: the totals are the last columns
        first = len(g.titles) - g.bold_columns
        style += [("FONTNAME", (first, 1), (-1, -1), BOLD), ("LINEBEFORE", (first, 0), (first, -1), 0.8, RULE)]
    if not g.rows:
        style.append(("SPAN", (0, 1), (-1, 1)))
    caption_style = st.h3.clone("caption", spaceBefore=0, spaceAfter=0)
    note_style = st.small
    title = escape(table.title)
    if context:
        kicker = f'<font name="{font}" size="{st.small.fontSize}" color="#{GREY.hexval()[2:]}">'
        title = f"{kicker}{escape(context)}</font><br/>{title}"
    continued = escape(t.continued.format(title=table.title))
    note = escape(table.note) if table.note else ""

    def height(markup: str, style) -> float:
        return Paragraph(markup, style).wrap(width, 10_000)[1] + GAP if markup else 0.0

    return dict(table=table, lang=lang, header=header, head_h=head_h, body=body, heights=[], widths=widths,
                width=width, cramped=g.cramped, size=g.size, leading=leading, style=style,
                n_totals=len(g.totals) if g.rows else 0,
                title=title, continued=continued, note=note, caption_style=caption_style, note_style=note_style,
                title_h=height(title, caption_style), continued_h=height(continued, caption_style),
                note_h=height(note, note_style))
