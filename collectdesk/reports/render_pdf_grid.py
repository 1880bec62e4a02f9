"""A report Table as the text grid the PDF prints, and how it is fitted to the page's width.

Every cell is formatted once in the report's language (ReportLanguage.value); totals rows sum the columns
marked `total` (integers, money, decimals; never percentages), one row per currency when a money column
names each row's currency, so sums never mix currencies.

Fitting, first that works: the table as it is at 8.5 pt; single-currency money columns without the symbol
on every value (the currency goes into the header: "Collected (PLN)"), which saves a symbol's width per
column; a table of a few rows and many columns turned on its side (its columns become rows: the projection
for this period and the next, promises by currency); then 7.5 and 6.5 pt. Each is tried first with no text
wrapped (down to 7.5 pt), then with text columns wrapping at their spaces, the widest cut first, none below
its longest word; at last the text columns are squeezed further. Numbers never wrap.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from collectdesk.reports.fonts import BOLD
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import Column, ColumnKind, Table
from collectdesk.reports.render_pdf_text import Texts

NUMERIC = (ColumnKind.INTEGER, ColumnKind.MONEY, ColumnKind.PERCENT, ColumnKind.DECIMAL)
SUMMED = (ColumnKind.INTEGER, ColumnKind.MONEY, ColumnKind.DECIMAL)   # a total of percentages means nothing
PAD_X = 4
FONT_SIZES = (8.5, 7.5, 6.5)          # smaller when the columns do not fit the page's width otherwise
MIN_TEXT = 20 * mm                    # squeezing stops here while a smaller font can still help
MEASURED = 40                         # the longest texts of a column measured for its width
SIDEWAYS_ROWS = 6                     # a table this short with too many columns is turned on its side


@dataclass
class Grid:
    titles: list[str]
    numeric: list[bool]
    rows: list[list[str]]
    totals: list[list[str]]
    hints: list[int | None] = field(default_factory=list)   # characters, for text columns
    bold_columns: int = 0                                     # the last n columns are totals (on its side)
    size: float = FONT_SIZES[0]
    widths: list[float] = field(default_factory=list)
    cramped: bool = False          # only at the smallest size, or squeezed: wider paper would read better


def cell_text(lang: ReportLanguage, column: Column, row: dict, bare: bool = False) -> str:
    value = row.get(column.key)
    if value is None:
        return ""
    currency = column.currency or (row.get(column.currency_key) if column.currency_key else None)
    if bare and column.currency:
        currency = None     # the column's currency is in its header
    return lang.value(value, column.kind, currency, places=column.decimals).replace("\n", " ")


def totals(table: Table, lang: ReportLanguage, t: Texts, bare: bool = False) -> list[list[str]]:
    """The totals rows as text: one, or one per currency of the first summed money column whose rows
    name their currency."""
    summed = [c for c in table.columns if c.total and c.kind in SUMMED]
    if not summed or not table.rows:
        return []
    split = next((c for c in summed if c.kind == ColumnKind.MONEY and c.currency_key and not c.currency), None)
    groups: dict[str | None, list[dict]] = {}
    for row in table.rows:
        groups.setdefault(row.get(split.currency_key) if split else None, []).append(row)
    out = []
    for currency in sorted(groups, key=lambda c: (c is None, c or "")):
        line = []
        for column in table.columns:
            if column in summed:
                total = sum((Decimal(r[column.key]) for r in groups[currency] if r.get(column.key) is not None),
                            Decimal(0))
                cur = None if bare and column.currency else (
                    column.currency or (currency if column.currency_key else None))
                line.append(lang.value(int(total) if column.kind == ColumnKind.INTEGER else total, column.kind,
                                       cur, places=column.decimals))
            else:
                line.append("")
        label = t.total_in.format(currency=currency) if split and len(groups) > 1 and currency else t.total
        first_free = next((i for i, c in enumerate(table.columns) if c not in summed), None)
        if first_free is not None:
            line[first_free] = label
        out.append(line)
    return out


def grid(table: Table, lang: ReportLanguage, t: Texts, width: float, bold_font: str, font: str) -> Grid:
    """The table's grid fitted to `width` (see the module docstring)."""
    columns = table.columns
    numeric = [c.kind in NUMERIC for c in columns]
    hints = [c.width for c in columns]
    plain = Grid([c.title for c in columns], numeric, [[cell_text(lang, c, r) for c in columns] for r in table.rows],
                 totals(table, lang, t), hints)
    candidates = [(plain, FONT_SIZES[0])]
    if any(c.kind == ColumnKind.MONEY and c.currency for c in columns):
        bare = Grid([t.with_currency.format(column=c.title, currency=c.currency)
                     if c.kind == ColumnKind.MONEY and c.currency else c.title for c in columns], numeric,
                    [[cell_text(lang, c, r, bare=True) for c in columns] for r in table.rows],
                    totals(table, lang, t, bare=True), hints)
    else:
        bare = plain
    if bare is not plain:
        candidates.append((bare, FONT_SIZES[0]))
    if 0 < len(bare.rows) + len(bare.totals) <= SIDEWAYS_ROWS and len(columns) > 2:
        candidates += [(_sideways(bare), size) for size in FONT_SIZES[:2]]
    candidates += [(bare, size) for size in FONT_SIZES[1:]]
    # first a layout where no text wraps (at a readable size), then one where text wraps at its spaces
    for whole in (True, False):
        for candidate, size in candidates:
            if whole and size < FONT_SIZES[1]:
                continue
            widths = _widths(candidate, size, width, font, bold_font, whole=whole)
            if widths is not None:
                candidate.size, candidate.widths = size, widths
                candidate.cramped = size < FONT_SIZES[1]
                return candidate
    natural, _ = _natural(bare, FONT_SIZES[-1], font, bold_font)
    bare.size, bare.widths, bare.cramped = FONT_SIZES[-1], _squeeze(natural, bare.numeric, width), True
    return bare


def _sideways(g: Grid) -> Grid:
    """Columns as rows: the first column's values head the new columns, each other column is a row."""
    labels = [row[0] for row in g.rows] + [row[next((i for i, x in enumerate(row) if x), 0)] for row in g.totals]
    body = [[g.titles[j], *(row[j] for row in g.rows), *(row[j] for row in g.totals)]
            for j in range(1, len(g.titles))]
    return Grid([g.titles[0], *labels], [False] + [True] * len(labels), body, [], [None] * (len(labels) + 1),
                bold_columns=len(g.totals))


def _natural(g: Grid, size: float, font: str, bold_font: str) -> tuple[list[float], list[float]]:
    """Each column's width on one line (its widest value, the longest texts measured, totals in bold; at
    least its header's longest word) and the least it can take without breaking a word."""
    natural, least = [], []
    n = len(g.titles)
    for i, title in enumerate(g.titles):
        bold = i >= n - g.bold_columns
        longest = heapq.nlargest(MEASURED, (r[i] for r in g.rows), key=len)
        value_w = max((stringWidth(x, bold_font if bold else font, size) for x in longest), default=0)
        value_w = max([value_w, *(stringWidth(r[i], bold_font, size) for r in g.totals)])
        head_w = max(stringWidth(w, bold_font, size) for w in title.split() or [""])
        word_w = max((stringWidth(w, font, size) for x in longest for w in x.split()), default=0)
        hint = g.hints[i] if i < len(g.hints) else None
        if not g.numeric[i] and hint:
            value_w = min(value_w, hint * size * 0.55)
        natural.append(max(value_w, head_w) + 2 * PAD_X + 1)
        least.append(natural[-1] if g.numeric[i] else max(head_w, word_w) + 2 * PAD_X + 1)
    return natural, least


def _widths(g: Grid, size: float, width: float, font: str, bold_font: str = BOLD, *, whole: bool = False
            ) -> list[float] | None:
    """Widths that fill `width`: numbers as wide as they need; text columns share the rest, the widest cut
    first, none below its longest word (`whole`: none cut at all). None when the grid does not fit."""
    natural, least = _natural(g, size, font, bold_font)
    numeric = g.numeric
    room = width - sum(w for w, num in zip(natural, numeric) if num)
    texts = [w for w, num in zip(natural, numeric) if not num]
    if room < sum(w for w, num in zip(natural if whole else least, numeric) if not num):
        return None
    if sum(texts) > room:
        return _squeeze(natural, numeric, width, least)
    spare = width - sum(natural)
    share = [w if not num else 0 for w, num in zip(natural, numeric)] if texts else natural
    if not texts and sum(natural) < width * 0.6:   # a narrow table of numbers stays narrow
        return natural
    return [w + spare * s / sum(share) for w, s in zip(natural, share)]


def _squeeze(natural, numeric, width, least=None) -> list[float]:
    """Text columns cut to a common ceiling, the widest first, until the table fits `width` (numbers keep
    their width; no column below its `least`); with nothing left to cut, every column in proportion."""
    least = least or [0.0] * len(natural)
    room = width - sum(w for w, num in zip(natural, numeric) if num)
    texts = sorted((w for w, num in zip(natural, numeric) if not num), reverse=True)
    if not texts or room <= 0:
        return [w * width / sum(natural) for w in natural]
    ceiling = room / len(texts)
    for k in range(1, len(texts) + 1):   # the k widest take `ceiling` each, the others their natural width
        ceiling = (room - sum(texts[k:])) / k
        if k == len(texts) or ceiling >= texts[k]:
            break
    out = [w if num else max(min(w, ceiling), lo) for w, num, lo in zip(natural, numeric, least)]
    if sum(out) - width > 0.5:   # the least widths do not fit (only after the smallest font): scale
        out = [w * width / sum(out) for w in out]
    return out
