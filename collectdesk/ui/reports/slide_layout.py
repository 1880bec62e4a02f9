"""Where everything on a slide goes, for one screen size: reports.slides.Slide -> a list of slide items.

Sizes are pixels of a 1920 x 1080 slide times `unit` (the smaller of width/1920 and height/1080), so a
1280 x 720 projector gets the same slide two thirds the size and a 4:3 screen a narrower one. At full size
a title is 72 px, a big figure up to 104 px, talking points 44 px under figures and 56 px on a slide of
their own: above the 28 pt (37 px on a 1280-wide slide, 56 px on a 1920-wide one) usually asked of slide
text for the back of a room. Any text that does not fit its box at that size is made smaller until it does
(slide_items.fit_font), never cut off; the figures take the room first and the points what is left.

Colours are fixed (a projector is not a theme): near-black on white, a dark blue accent, and for good and
bad news a green and a red each above 6:1 on white and on the figure cards; the arrow's direction, not
only its colour, tells up from down.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QFont

from collectdesk.reports.model import Direction
from collectdesk.reports.slides import Figure, Slide, SlideKind, Tone
from collectdesk.ui.reports.presentation_chart import layout_chart
from collectdesk.ui.reports.slide_items import (LEFT, RIGHT, TOP_LEFT, WRAP, BoxItem, Item, ShapeItem, TextItem,
                                                fit_font, fitted, font, text_size)

BACKGROUND = QColor("#ffffff")
TEXT = QColor("#0f172a")
MUTED = QColor("#475569")
ACCENT = QColor("#1d4e89")
CARD = QColor("#eef2f7")
TONE = {Tone.GOOD: QColor("#166534"), Tone.BAD: QColor("#b91c1c"), Tone.NEUTRAL: QColor("#334155")}
COVER = QColor("#14315a")
COVER_TEXT = QColor("#ffffff")
COVER_MUTED = QColor("#d6e2f0")
COVER_RULE = QColor("#f0b429")
BOLD, DEMI = QFont.Weight.Bold, QFont.Weight.DemiBold


class Frame:
    """The slide's size in pixels and its unit."""

    def __init__(self, size: QSizeF, family: str):
        self.w, self.h = size.width(), size.height()
        self.u = min(self.w / 1920.0, self.h / 1080.0)
        self.family = family
        self.left = 88 * self.u
        self.width = self.w - 2 * self.left

    def px(self, value: float) -> float:
        return value * self.u

    def font(self, size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        return font(self.family, size * self.u, weight)


def layout_slide(slide: Slide, size: QSizeF, family: str) -> list[Item]:
    f = Frame(size, family)
    if slide.kind == SlideKind.TITLE:
        return _title(slide, f)
    items: list[Item] = [BoxItem(QRectF(0, 0, f.w, f.h), BACKGROUND)]
    top = f.px(56)
    kicker = fitted(slide.kicker, QRectF(f.left, top, f.width, f.px(46)), f.font(34, DEMI), ACCENT, role="kicker")
    items.append(kicker)
    if slide.caption:   # right of the kicker, in the room the kicker leaves
        room = f.width - text_size(kicker.text, kicker.rect, kicker.font, LEFT).width() - f.px(48)
        items.append(fitted(slide.caption, QRectF(f.w - f.left - room, top, room, f.px(46)), f.font(28), MUTED,
                            RIGHT, role="caption"))
    title = fitted(slide.title, QRectF(f.left, top + f.px(48), f.width, f.px(100)), f.font(72, BOLD), TEXT,
                   role="title")
    extra = 0.0
    if title.font.pixelSize() < f.px(60):   # a long title takes two lines rather than shrinking further
        two = fitted(slide.title, QRectF(f.left, top + f.px(48), f.width, f.px(150)), f.font(60, BOLD), TEXT,
                     WRAP | TOP_LEFT, role="title")
        if two.font.pixelSize() > title.font.pixelSize():
            title, extra = two, f.px(50)
    items.append(title)
    items.append(BoxItem(QRectF(f.left, top + f.px(158) + extra, f.px(120), f.px(8)), ACCENT, f.px(4)))
    items += _footer(slide, f, MUTED)
    head = top + f.px(200) + extra
    content = QRectF(f.left, head, f.width, f.h - head - f.px(112))
    if slide.kind == SlideKind.FIGURES:
        items += _figures_slide(slide, content, f)
    elif slide.kind == SlideKind.CHART:
        points, used = _points_below(slide.points, content, f, 40, 0.36)
        chart_rect = QRectF(content.left(), content.top(), content.width(), content.height() - used)
        items += layout_chart(slide.chart, chart_rect, f.u, family) + points
    else:   # the summary and points slides: the sentences are the slide, so they get the room
        room = content.adjusted(0, f.px(24), 0, 0)
        items += layout_points(slide.points, room, f, 56, gap=1.0)[0]
    return items


def _footer(slide: Slide, f: Frame, colour: QColor) -> list[Item]:
    y = f.h - f.px(66)
    counter_w = f.px(260)
    return [fitted(slide.footer, QRectF(f.left, y, f.width - counter_w - f.px(24), f.px(40)), f.font(26), colour,
                   role="footer"),
            fitted(slide.counter, QRectF(f.w - f.left - counter_w, y, counter_w, f.px(40)), f.font(30, BOLD), colour,
                   RIGHT, role="counter")]


def _title(slide: Slide, f: Frame) -> list[Item]:
    items: list[Item] = [BoxItem(QRectF(0, 0, f.w, f.h), COVER)]
    width = min(f.width, f.px(1600))
    top = f.h * 0.24
    title = fitted(slide.title, QRectF(f.left, top, width, f.px(250)), f.font(100, BOLD), COVER_TEXT,
                   WRAP | LEFT, role="title")
    used = text_size(title.text, title.rect, title.font, title.flags).height()
    title.rect.setTop(title.rect.bottom() - used)   # the title sits on the rule below it
    items.append(title)
    rule_y = top + f.px(250) + f.px(28)
    items.append(BoxItem(QRectF(f.left, rule_y, f.px(180), f.px(10)), COVER_RULE, f.px(5)))
    items.append(fitted(slide.subtitle, QRectF(f.left, rule_y + f.px(44), width, f.px(140)), f.font(54),
                        COVER_MUTED, WRAP | TOP_LEFT, role="subtitle"))
    y = f.h - f.px(120) - len(slide.lines) * f.px(54)
    for line in slide.lines:
        items.append(fitted(line, QRectF(f.left, y, width, f.px(50)), f.font(36), COVER_MUTED, role="line"))
        y += f.px(54)
    items += _footer(replace(slide, footer=""), f, COVER_MUTED)
    return items


def layout_points(points: tuple[str, ...], rect: QRectF, f: Frame, start: float,
                  gap: float = 0.6) -> tuple[list[Item], float]:
    """Talking points as a bulleted list in `rect`, all at one font size (start x unit px, smaller until the
    list fits), `gap` font heights apart. Returns the items and the height used."""
    if not points:
        return [], 0.0
    px = start * f.u
    while True:
        fnt = font(f.family, px)
        space = px * gap
        indent = px * 1.1
        heights = [text_size(p, QRectF(0, 0, rect.width() - indent, 1), fnt, WRAP | TOP_LEFT).height()
                   for p in points]
        total = sum(heights) + space * (len(points) - 1)
        if total <= rect.height() or px <= 10:
            break
        px = max(10.0, px * 0.94)
    items: list[Item] = []
    y = rect.top()
    for point, height in zip(points, heights):
        line = fnt.pixelSize() * 1.17
        side = px * 0.34
        items.append(BoxItem(QRectF(rect.left() + px * 0.1, y + (line - side) / 2, side, side), ACCENT))
        box = QRectF(rect.left() + indent, y, rect.width() - indent, min(height, rect.bottom() - y))
        items.append(fitted(point, box, fnt, TEXT, WRAP | TOP_LEFT, role="point"))
        y += height + space
    return items, total


def _points_below(points, content: QRectF, f: Frame, start: float, share: float) -> tuple[list[Item], float]:
    """Points at the bottom of `content`, taking at most `share` of its height; returns items and the height
    taken from the content (with the gap above)."""
    if not points:
        return [], 0.0
    limit = content.height() * share
    _items, needed = layout_points(points, QRectF(content.left(), 0, content.width(), limit), f, start)
    top = content.bottom() - needed
    items, _used = layout_points(points, QRectF(content.left(), top, content.width(), needed + 0.5), f, start)
    return items, needed + f.px(36)


# what each text of a card is drawn at when there is room (x unit px); the arrangement of the cards is the
# one whose most shrunken text keeps the largest share of this
CARD_SIZES = {"label": 36, "value": 104, "change": 34, "target": 30}


def _figures_slide(slide: Slide, content: QRectF, f: Frame) -> list[Item]:
    """The cards in the arrangement (one row, two columns, one column) that shows the figures largest, and
    the talking points under them: in 30 % of the height, or more where the cards lose nothing by it."""
    best: tuple[float, list[Item]] | None = None
    for share in (0.3, 0.38, 0.46):
        points, used = _points_below(slide.points, content, f, 44, share)
        area = QRectF(content.left(), content.top(), content.width(), content.height() - used)
        score, cards = _arrangement(slide.figures, area, f)
        if best is not None and score < best[0] * 0.97:
            break
        best = (score, cards + points)
        if not points or min(t.font.pixelSize() for t in points if isinstance(t, TextItem)) >= f.px(44) - 0.5:
            break
    return best[1] if best else []


def _arrangement(figures: tuple[Figure, ...], area: QRectF, f: Frame) -> tuple[float, list[Item]]:
    """(score, cards) of the arrangement whose most shrunken text keeps the largest share of CARD_SIZES."""
    n = len(figures)
    best: tuple[float, list[Item]] = (0.0, [])
    for cols in sorted({n, min(n, 2), 1}, reverse=True):
        cards = _grid(figures, area, cols, f)
        score = min((t.font.pixelSize() / f.px(CARD_SIZES[t.role]) for t in cards
                     if isinstance(t, TextItem) and t.role in CARD_SIZES), default=0.0)
        if not best[1] or score > best[0] * 1.08:
            best = (score, cards)
    return best


def _grid(figures: tuple[Figure, ...], area: QRectF, cols: int, f: Frame) -> list[Item]:
    """Cards in `cols` columns; every card of the slide gets the same font sizes (those of the card that
    needs the smallest), so the figures line up and none looks more important than it is."""
    n = len(figures)
    rows = -(-n // cols)
    gap = f.px(32)
    card_w = (area.width() - gap * (cols - 1)) / cols
    if cols == 1:
        card_w = min(card_w, f.px(1200))
    card_h = min((area.height() - gap * (rows - 1)) / rows, f.h * 0.31)
    top = area.top() + (area.height() - rows * card_h - (rows - 1) * gap) / 2
    rects = []
    for i in range(n):
        r, c = divmod(i, cols)
        in_row = min(cols, n - r * cols)           # a shorter last row is centred
        left = area.left() + (area.width() - (in_row * card_w + (in_row - 1) * gap)) / 2
        rects.append(QRectF(left + c * (card_w + gap), top + r * (card_h + gap), card_w, card_h))
    label_h = max(_label_height(fig, rect, f) for fig, rect in zip(figures, rects))
    sizes: dict[str, float] = {}
    for fig, rect in zip(figures, rects):
        for item in _card(fig, rect, f, label_h, {}):
            if isinstance(item, TextItem):
                sizes[item.role] = min(sizes.get(item.role, 1e9), item.font.pixelSize())
    return [item for fig, rect in zip(figures, rects) for item in _card(fig, rect, f, label_h, sizes)]


PAD, BAR = 26, 12


def _label_height(fig: Figure, rect: QRectF, f: Frame) -> float:
    """The height the label takes at the size it fits (at most 30 % of the card): a label that must shrink
    to fit gives the room it does not use to the figure."""
    w = rect.width() - f.px(BAR) - 2 * f.px(PAD)
    box = QRectF(0, 0, w, (rect.height() - 2 * f.px(PAD)) * 0.3)
    fnt = fit_font(fig.label, box, f.font(36, DEMI), WRAP | TOP_LEFT)
    return min(text_size(fig.label, box, fnt, WRAP | TOP_LEFT).height(), box.height())


def _card(fig: Figure, rect: QRectF, f: Frame, label_h: float, sizes: dict[str, float]) -> list[Item]:
    """One figure's card; `sizes` caps the font of each role (label, value, change, target)."""
    def sized(role: str, px: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        return font(f.family, min(px, sizes.get(role, px)), weight)

    tone = TONE[fig.change_tone] if fig.arrow not in (None, Direction.FLAT) else ACCENT
    items: list[Item] = [BoxItem(rect, CARD, f.px(18)),
                         BoxItem(QRectF(rect.left(), rect.top(), f.px(BAR), rect.height()), tone, f.px(6))]
    pad = f.px(PAD)
    x, w = rect.left() + f.px(BAR) + pad, rect.width() - f.px(BAR) - 2 * pad
    inner_h = rect.height() - 2 * pad
    rest = inner_h * 0.2                              # the change line and the target line, each
    y = rect.top() + pad
    items.append(fitted(fig.label, QRectF(x, y, w, label_h), sized("label", f.px(36), DEMI), MUTED,
                        WRAP | TOP_LEFT, role="label"))
    y += label_h
    value_h = inner_h - label_h - 2 * rest
    value_px = min(104 * f.h / 1080, value_h * 0.84)     # on a 4:3 screen as large as the width allows
    items.append(fitted(fig.value, QRectF(x, y, w, value_h), sized("value", value_px, BOLD),
                        TEXT, LEFT, role="value"))
    y += value_h
    if fig.change:
        items += _change_line(fig, QRectF(x, y, w, rest), sized("change", min(f.px(34), rest * 0.74), DEMI))
    y += rest
    if fig.target:
        items.append(fitted(fig.target, QRectF(x, y, w, rest), sized("target", min(f.px(30), rest * 0.74)),
                            TONE[fig.target_tone], LEFT, role="target"))
    return items


def _change_line(fig: Figure, rect: QRectF, fnt: QFont) -> list[Item]:
    """The arrow (a drawn triangle, or a bar for flat) and the change, in the colour of the news."""
    colour = TONE[fig.change_tone]
    side = fnt.pixelSize() * 0.8
    text_rect = QRectF(rect.left() + side * 1.5, rect.top(), rect.width() - side * 1.5, rect.height())
    text = fitted(fig.change, text_rect, fnt, colour, LEFT, role="change")
    side = min(side, text.font.pixelSize() * 0.8)
    cx, cy = rect.left() + side / 2, rect.center().y()
    if fig.arrow == Direction.UP:
        shape = [QPointF(cx - side / 2, cy + side * 0.42), QPointF(cx + side / 2, cy + side * 0.42),
                 QPointF(cx, cy - side * 0.48)]
    elif fig.arrow == Direction.DOWN:
        shape = [QPointF(cx - side / 2, cy - side * 0.42), QPointF(cx + side / 2, cy - side * 0.42),
                 QPointF(cx, cy + side * 0.48)]
    else:
        shape = [QPointF(cx - side / 2, cy - side * 0.16), QPointF(cx + side / 2, cy - side * 0.16),
                 QPointF(cx + side / 2, cy + side * 0.16), QPointF(cx - side / 2, cy + side * 0.16)]
    return [ShapeItem(shape, colour), text]

