"""What report to make: the Reports pane's choices.

    Report [Collections report ▾]  Format [PDF ▾]  Language [Deutsch ▾]  Paper [A4 ▾]      (wraps when narrow)
    Period [Month ▾] [◀] October 2026 [▶] [Current]   Scope [All staff ▾]                 (the scorecards' bar)

The report list is the catalogue's (a kind whose builder is not in this build is not offered). Language
defaults to the application's; paper to the locale's (US Letter in the United States and Canada and the other
Letter countries, A4 elsewhere). Format and paper are remembered in QSettings.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from collectdesk import i18n
from collectdesk.domain.periods import Period, PeriodKind
from collectdesk.reports import catalogue
from collectdesk.reports.generate import default_page_size
from collectdesk.reports.model import ReportKind, ReportParams
from collectdesk.ui.account.flow_layout import FlowLayout
from collectdesk.ui.scorecards.period_bar import PeriodBar
from collectdesk.ui.settings import AppSettings

# languages by their own names (not translated: a German reader looks for "Deutsch")
LANGUAGES = {"en": "English", "it": "Italiano", "pl": "Polski", "de": "Deutsch"}
FORMATS = ("pdf", "xlsx", "both")
PAGE_SIZES = ("A4", "Letter")


def _combo(parent, chars: int) -> QComboBox:
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


class ReportOptions(QWidget):
    changed = Signal()

    def __init__(self, parent=None, *, settings: AppSettings | None = None, today: date | None = None):
        super().__init__(parent)
        self.settings = settings
        self._scope_names: dict[tuple[str, object], str] = {}
        self.report = _combo(self, 30)
        self.format = _combo(self, 10)
        for key in FORMATS:
            self.format.addItem("", key)
        self.language = _combo(self, 8)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.paper = _combo(self, 7)
        for size in PAGE_SIZES:
            self.paper.addItem("", size)
        self.labels = [QLabel(self) for _ in range(4)]
        box = QWidget(self)
        flow = FlowLayout(box, spacing=14)
        for label, combo in zip(self.labels, (self.report, self.format, self.language, self.paper)):
            label.setBuddy(combo)
            pair = QWidget(box)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(label)
            row.addWidget(combo)
            flow.addWidget(pair)
        self.period_bar = PeriodBar(self, with_comparison=False)
        today = today or date.today()
        self.period_bar.set_period(Period.containing(PeriodKind.MONTH, today).previous())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(self.period_bar)
        self._restore()
        for combo in (self.report, self.format, self.language, self.paper):
            combo.currentIndexChanged.connect(self.changed)
        self.format.currentIndexChanged.connect(self._remember)
        self.paper.currentIndexChanged.connect(self._remember)
        self.period_bar.changed.connect(self.changed)
        self.retranslate()

    # ---- choices --------------------------------------------------------------------------------
    def set_kinds(self, kinds: list[ReportKind]) -> None:
        current = self.report.currentData() or (self.settings and self.settings._get("reports/kind", ""))
        self.report.blockSignals(True)
        self.report.clear()
        for kind in kinds:
            self.report.addItem(catalogue.title(kind), kind.value)
        self.report.setCurrentIndex(max(0, self.report.findData(current)))
        self.report.blockSignals(False)
        self._fit()
        self.changed.emit()

    def set_scopes(self, branches: list[tuple], teams: list[tuple]) -> None:
        """branches [(id, name)], teams [(id, name, branch name)]."""
        self._scope_names = {("branch", b[0]): b[1] for b in branches} | {("team", t[0]): t[1] for t in teams}
        self.period_bar.set_scopes(branches, teams)
        self.period_bar.scope.setItemText(0, self.tr("Whole department"))
        self._fit()

    def kind(self) -> ReportKind | None:
        value = self.report.currentData()
        return ReportKind(value) if value else None

    def set_kind(self, kind: ReportKind | str) -> None:
        self.report.setCurrentIndex(max(0, self.report.findData(str(kind))))

    def fmt(self) -> str:
        return self.format.currentData()

    def set_fmt(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.format.findData(fmt))

    def lang(self) -> str:
        return self.language.currentData()

    def set_lang(self, code: str) -> None:
        self.language.setCurrentIndex(self.language.findData(code))

    def page_size(self) -> str:
        return self.paper.currentData()

    def set_page_size(self, size: str) -> None:
        self.paper.setCurrentIndex(self.paper.findData(size))

    def scope(self) -> tuple[str, str | None]:
        """(ReportParams.scope, the branch's or team's name for the file name)."""
        data = self.period_bar.scope.currentData()
        if not data:
            return "all", None
        kind, ident = data
        return f"{kind}:{ident}", self._scope_names.get((kind, ident))

    def params(self, *, author: str = "") -> ReportParams | None:
        kind = self.kind()
        if kind is None:
            return None
        period = self.period_bar.period
        scope, _name = self.scope()
        return ReportParams(kind=kind, period_start=period.start, period_end=period.end, scope=scope,
                            language=self.lang(), author=author)

    # ---- memory and texts --------------------------------------------------------------------------
    def _restore(self) -> None:
        fmt = self.settings._get("reports/format", "pdf") if self.settings else "pdf"
        size = self.settings._get("reports/page_size", "") if self.settings else ""
        self.set_fmt(fmt if fmt in FORMATS else "pdf")
        self.set_page_size(size if size in PAGE_SIZES else default_page_size())

    def _remember(self) -> None:
        if self.settings is not None:
            self.settings.q.setValue("reports/format", self.fmt())
            self.settings.q.setValue("reports/page_size", self.page_size())

    def remember_kind(self) -> None:
        if self.settings is not None and self.kind() is not None:
            self.settings.q.setValue("reports/kind", self.kind().value)

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (self.tr("&Report:"), self.tr("&Format:"), self.tr("La&nguage:"),
                                             self.tr("Pape&r:"))):
            label.setText(text)
        texts = {"pdf": self.tr("PDF"), "xlsx": self.tr("Spreadsheet (XLSX)"),
                 "both": self.tr("PDF and spreadsheet")}
        for i in range(self.format.count()):
            self.format.setItemText(i, texts[self.format.itemData(i)])
        self.format.setToolTip(self.tr("PDF and spreadsheet: the narrative PDF, the spreadsheet, and the "
                                       "narrative with the tables appended"))
        sizes = {"A4": self.tr("A4"), "Letter": self.tr("US Letter")}
        for i in range(self.paper.count()):
            self.paper.setItemText(i, sizes[self.paper.itemData(i)])
        self.language.setToolTip(self.tr("The language the report is written in"))
        for i in range(self.report.count()):
            self.report.setItemText(i, catalogue.title(ReportKind(self.report.itemData(i))))
        self.period_bar.retranslate()
        if self.period_bar.scope.count():
            self.period_bar.scope.setItemText(0, self.tr("Whole department"))
        self._fit()

    def _fit(self) -> None:
        """Wide enough for every format and paper, and for the scope's first entry, in any language (report
        and team names can be long: the popups show them whole)."""
        for combo, chars in ((self.format, 10), (self.paper, 7)):
            combo.setMinimumContentsLength(max([chars] + [len(combo.itemText(i)) for i in range(combo.count())]))
        scope = self.period_bar.scope
        if scope.count():
            scope.setMinimumContentsLength(max(14, len(scope.itemText(0))))
