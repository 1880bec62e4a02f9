"""The Profiles tab: the compliance profiles in effect and their rules; the department's policy editable.

Left, the profiles the department's settings use: each country's (and each creditor override's) base
profile with the overlays stacked on it, as the scan and the contact dialogs apply it; then each overlay
of the settings on its own (the department's policy). Right, the chosen profile's title, version and
sign-off, and its rules (ProfileRulesModel: name, type, severity, basis, source, verified). For an
overlay of the settings, a second tab edits it as YAML (OverlayEditor).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QListWidget, QListWidgetItem, QSplitter,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from collectdesk import i18n
from collectdesk.compliance.model import Profile
from collectdesk.domain.errors import DomainError
from collectdesk.services.compliance import profiles
from collectdesk.services.department_settings import setting
from collectdesk.ui.compliance.overlay_editor import OverlayEditor
from collectdesk.ui.compliance.rules_model import COLUMNS, ProfileRulesModel
from collectdesk.ui.labels import country_label

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def _title(title, code: str) -> str:
    lang = i18n.current_language()
    return (title or {}).get(lang) or (title or {}).get("en") or code


class ProfilesView(QWidget):
    def __init__(self, database, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.entries: list[tuple[str, object, list[str]]] = []  # (kind, Profile or ProfileLayer, countries)
        self.layers: dict = {}

        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.currentRowChanged.connect(self._show)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.model = ProfileRulesModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("source"), QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.editor = OverlayEditor(database, self)
        self.editor.saved.connect(self._policy_saved)

        rules_page = QWidget(self)
        box = QVBoxLayout(rules_page)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.view, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(rules_page, "")
        self.tabs.addTab(self.editor, "")
        right = QWidget(self)
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        box.addWidget(self.notice)
        box.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.retranslate()

    # ---- content -------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.database.ctx
        current = self.current_code()
        try:
            self.layers = profiles.layers(ctx)
            resolver = profiles.resolver(ctx)
            countries = setting(ctx, "compliance.country_profiles") or {}
            creditors = setting(ctx, "compliance.creditor_profiles") or {}
            overlays = list(setting(ctx, "compliance.overlays") or [])
        except DomainError as exc:
            self.entries = []
            self.list.clear()
            self.heading.setText(exc.message)
            return
        by_code: dict[str, list[str]] = {}
        for country, code in sorted(countries.items()):
            by_code.setdefault(code, []).append(country_label(country))
        for creditor, code in sorted(creditors.items()):
            by_code.setdefault(code, []).append(self.tr("creditor {name}").format(name=creditor))
        entries = []
        for code, users in by_code.items():
            layer = self.layers.get(code)
            if layer is None or layer.kind != "base":
                continue
            try:
                profile = resolver.for_account(layer.jurisdiction, code)
            except DomainError:
                continue
            entries.append(("profile", profile, users))
        for code in overlays:
            if code in self.layers:
                entries.append(("overlay", self.layers[code], []))
        self.entries = entries
        self.list.blockSignals(True)
        self.list.clear()
        for kind, item, users in entries:
            title = _title(item.title, item.code)
            if kind == "profile":
                text = self.tr("{title}\n{code} \u00b7 {countries}").format(title=title, code=item.code,
                                                                            countries=", ".join(users))
            else:
                text = self.tr("{title}\n{code} \u00b7 on every profile").format(title=title, code=item.code)
            entry = QListWidgetItem(text)
            entry.setData(ENTRY_ROLE, item.code)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        codes = [e[1].code for e in entries]
        self.list.setCurrentRow(codes.index(current) if current in codes else (0 if entries else -1))
        self._show(self.list.currentRow())

    def current_code(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ENTRY_ROLE) if item is not None else None

    def select(self, code: str) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(ENTRY_ROLE) == code:
                self.list.setCurrentRow(i)
                return True
        return False

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            self.model.set_rules([])
            self.heading.clear()
            self.notice.clear()
            self.tabs.setTabVisible(1, False)
            return
        kind, item, _users = self.entries[row]
        editable = kind == "overlay"
        self.model.set_rules(item.rules)
        self._size_columns()
        title = _title(item.title, item.code)
        if isinstance(item, Profile):
            self.heading.setText(self.tr("<b>{title}</b> \u2014 {code}, version {version}").format(
                title=title, code=item.code, version=item.version))
        elif item.revision is not None:
            self.heading.setText(self.tr("<b>{title}</b> \u2014 {code}, version {version}, the department's copy "
                                         "(revision {revision})").format(title=title, code=item.code,
                                                                         version=item.version, revision=item.revision))
        else:
            self.heading.setText(self.tr("<b>{title}</b> \u2014 {code}, version {version}").format(
                title=title, code=item.code, version=item.version))
        if item.reviewed_on:
            self.notice.setText(self.tr("Signed off by counsel on {date}. Engineering, not legal advice: each "
                                        "rule names its source.").format(date=i18n.format_date(item.reviewed_on)))
        else:
            self.notice.setText(self.tr("Not yet signed off by counsel. Engineering, not legal advice: each rule "
                                        "names its source, and unverified numbers are flagged."))
        self.tabs.setTabVisible(1, editable)
        if editable:
            self.editor.set_layer(item, self.layers)
        else:
            self.tabs.setCurrentIndex(0)

    def _size_columns(self) -> None:
        """Every column to its contents, the rule's name and type at most about 45 and 28 characters; the
        source takes the rest (its whole text is in the tooltip)."""
        chars = self.view.fontMetrics().averageCharWidth()
        for column, key in enumerate(COLUMNS):
            if key == "source":
                continue
            self.view.resizeColumnToContents(column)
            cap = {"name": 45, "type": 28}.get(key)
            if cap and self.view.columnWidth(column) > cap * chars:
                self.view.setColumnWidth(column, cap * chars)

    def _policy_saved(self, code: str) -> None:
        self.refresh()
        self.select(code)
        self.tabs.setCurrentIndex(1)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Rules"))
        self.tabs.setTabText(1, self.tr("&Edit policy (YAML)"))
        if self.entries:
            self.refresh()
