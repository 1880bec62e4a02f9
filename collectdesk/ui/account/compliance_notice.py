"""ComplianceNotice: the compliance hits of a contact (or the closures of a day), shown where it is made.

A read-only text view of fixed height (reserved whether it holds nothing, one hit or five), so a dialog
does not jump as the user types; each item is a coloured row: red for a block, amber for a warning, with
an icon, the severity and the rule's name in bold, the hit in plain words (compliance.explain: what happened, the
rule, its basis, whether the number was verified, the source) and who may go ahead. An empty notice says
that nothing stands against the contact, or why it was not checked.

``verdict_items`` and ``day_items`` turn prevention's answers into items; the notice itself knows nothing
about compliance, so other dialogs can show their own items.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPixmap, QTextDocument
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QWidget

from collectdesk import i18n
from collectdesk.compliance.model import Basis, OverrideBy
from collectdesk.ui.bands import band_background
from collectdesk.ui.icons import icon

_translate = QCoreApplication.translate

BLOCK, WARN, CLEAR, INFO = "block", "warn", "clear", "info"
# (stripe and icon colour on a light palette, on a dark one)
_STRIPES = {BLOCK: ("#c62828", "#ef6f6c"), WARN: ("#b26a00", "#f0b44c"), CLEAR: ("#2e7d32", "#7cc47f")}
_BANDS = {BLOCK: "bad", WARN: "warn"}
_ICONS = {BLOCK: "close", WARN: "warning", CLEAR: "compliance", INFO: "compliance"}


@dataclass(frozen=True, slots=True)
class NoticeItem:
    severity: str       # block | warn | clear | info
    title: str          # bold first line: severity and rule name
    text: str           # plain words, may be long
    note: str = ""      # who may go ahead


def _dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def _pixmap(severity: str, size: int = 16) -> QPixmap:
    """The severity's icon in the severity's colour (the palette's ink for info)."""
    base = icon(_ICONS[severity]).pixmap(size, size)
    colours = _STRIPES.get(severity)
    if colours is None:
        return base
    tinted = QPixmap(base.size())
    tinted.setDevicePixelRatio(base.devicePixelRatio())
    tinted.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tinted)
    painter.drawPixmap(0, 0, base)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(tinted.rect(), QColor(colours[1] if _dark() else colours[0]))
    painter.end()
    return tinted


def _html(item: NoticeItem) -> str:
    stripe = _STRIPES.get(item.severity)
    band = band_background(_BANDS.get(item.severity))
    bg = f' bgcolor="{band.name()}"' if band is not None else ""
    lines = [f"<b>{escape(item.title)}</b>"] if item.title else []
    lines += [escape(text) for text in (item.text, item.note) if text]
    stripe_cell = f'<td width="4" bgcolor="{stripe[1] if _dark() else stripe[0]}"></td>' if stripe else ""
    return (f'<table width="100%" cellspacing="0" cellpadding="4">'
            f'<tr>{stripe_cell}<td width="22" valign="top"{bg}><img src="notice:{item.severity}" width="16" '
            f'height="16"></td><td valign="top"{bg}>{"<br>".join(lines)}</td></tr></table>')


class ComplianceNotice(QTextBrowser):
    """Items in a read-only text view of fixed height (`lines` text lines): the layout around it never moves,
    longer content scrolls. Rich text rather than a column of labels: it wraps and scrolls without the
    height-for-width guesses word-wrapped labels make in a scroll area."""

    def __init__(self, parent: QWidget | None = None, lines: int = 6):
        super().__init__(parent)
        self.setObjectName("complianceNotice")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not in the tab chain; the dialog's message line says it too
        self.setOpenLinks(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 10)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(4)
        self.items: list[NoticeItem] = []
        for severity in _ICONS:
            self.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"notice:{severity}"),
                                        _pixmap(severity))

    def set_items(self, items: list[NoticeItem]) -> None:
        if items == self.items:
            return
        self.items = list(items)
        spacer = '<table cellspacing="0" cellpadding="0"><tr><td height="4"></td></tr></table>'
        self.setHtml(spacer.join(_html(item) for item in self.items))
        self.setAccessibleDescription("\n".join(self.text_lines()))
        self.verticalScrollBar().setValue(0)

    def text_lines(self) -> list[str]:
        """Everything the notice says, one line per part (what a screen reader reads; tests use it too)."""
        return [text for item in self.items for text in (item.title, item.text, item.note) if text]

    def severities(self) -> list[str]:
        return [item.severity for item in self.items]


# ------------------------------------------------------------------------------------------------ items

def _severity_title(block: bool, rule_name: str) -> str:
    if block:
        return _translate("ComplianceNotice", "Block: {rule}").format(rule=rule_name)
    return _translate("ComplianceNotice", "Warning: {rule}").format(rule=rule_name)


def _who(override_by: OverrideBy, may: bool) -> str:
    if override_by == OverrideBy.NOBODY:
        return _translate("ComplianceNotice", "Nobody may override this rule.")
    if may:
        return _translate("ComplianceNotice", "You may go ahead if you give a reason.")
    return _translate("ComplianceNotice", "Only a supervisor or manager may go ahead, with a reason.")


def verdict_items(verdict, language: str | None = None) -> list[NoticeItem]:
    """The hits of a prevention Verdict (blocks first); an empty list when none."""
    from collectdesk.compliance.explain import explain

    lang = i18n.normalise(language) if language else i18n.current_language()
    return [NoticeItem(BLOCK if h.is_block else WARN, _severity_title(h.is_block, h.rule.display_name(lang)),
                       explain(h.hit, lang), _who(h.override_by, h.may_override)) for h in verdict.hits]


def verdict_empty_item(verdict) -> NoticeItem:
    if not verdict.checked:
        return NoticeItem(INFO, _translate("ComplianceNotice", "Not checked"), _translate(
            "ComplianceNotice", "Inbound contacts are not checked: the debtor got in touch."))
    return NoticeItem(CLEAR, _translate("ComplianceNotice", "No compliance rule stands against this contact"),
                      _translate("ComplianceNotice", "Checked against {profile} {version}.").format(
                          profile=verdict.profile_code, version=verdict.profile_version))


def day_open_item(day_verdict) -> NoticeItem:
    return NoticeItem(CLEAR, _translate("ComplianceNotice", "Open for contact"), _translate(
        "ComplianceNotice", "No compliance rule closes this day ({profile} {version}).").format(
        profile=day_verdict.profile_code, version=day_verdict.profile_version))


def _source(rule, lang: str) -> str:
    from collectdesk.compliance.explain import basis_text

    if rule.verified:
        text = _translate("ComplianceNotice", "{rule}; {basis}; {source}.")
    else:
        text = _translate("ComplianceNotice", "{rule}; {basis}, not verified; {source}.")
    return text.format(rule=rule.display_name(lang), basis=basis_text(Basis(rule.basis)),
                       source=" ".join(rule.source.split()))


def day_items(day_verdict, language: str | None = None) -> list[NoticeItem]:
    """Why a day is closed for contact (DayVerdict.closures), one item per closure."""
    from collectdesk.compliance import calendar
    from collectdesk.compliance.explain import flag_text

    lang = i18n.normalise(language) if language else i18n.current_language()
    loc = QLocale(lang)
    day: date = day_verdict.day
    when = loc.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
    items = []
    for c in day_verdict.closures:
        block = c.is_block
        if c.kind == "holiday":
            name = (calendar.holiday_name(c.calendar, c.region, day, lang) if c.calendar else None) or c.holiday or ""
            text = _translate("ComplianceNotice", "{date} is a public holiday where the debtor lives ({holiday}): "
                              "no contact that day.").format(date=when, holiday=name)
        elif c.kind == "weekday":
            text = _translate("ComplianceNotice", "No contact is permitted on {weekday}.").format(
                weekday=loc.dayName(day.isoweekday()))
        elif c.kind == "flag":
            text = _translate("ComplianceNotice", "The debtor is flagged ({flag}): no contact while the flag is "
                              "set.").format(flag=flag_text(c.flag or ""))
        else:
            text = _translate("ComplianceNotice", "The permitted contact hours of the rules do not overlap on "
                              "{date}.").format(date=when)
        title = _severity_title(block, c.rule.display_name(lang))
        items.append(NoticeItem(BLOCK if block else WARN, title, text, _source(c.rule, lang)))
    return items
