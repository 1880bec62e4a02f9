"""New portfolio, Rename and Change owner: small forms (collectdesk.ui.training.form_dialog.FormDialog:
buddy labels, validation as the user types, a DomainError shown in the dialog, which stays open)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from collectdesk.domain.enums import PortfolioKind
from collectdesk.services import portfolios
from collectdesk.services.compliance.profiles import layers
from collectdesk.services.context import ServiceContext
from collectdesk.services.portfolios import OWNER_ROLES, Summary
from collectdesk.services.staff import list_staff
from collectdesk.ui.portfolios.portfolio_list_model import kind_label
from collectdesk.ui.training.form_dialog import FormDialog

MAX_NAME = 120


def owner_choices(ctx: ServiceContext) -> list[tuple[uuid.UUID, str]]:
    """Active supervisors and managers (who may own a portfolio), by name."""
    return [(r.id, r.full_name) for r in list_staff(ctx) if r.role in OWNER_ROLES]


def current_owner_id(ctx: ServiceContext) -> uuid.UUID | None:
    """The signed-in user's staff id (username equals the database actor) when they may own a portfolio."""
    return next((r.id for r in list_staff(ctx) if r.username == ctx.actor and r.role in OWNER_ROLES), None)


def _name_problem(dialog: QWidget, text: str, taken: set[str]) -> str | None:
    """One check for both dialogs; the messages live in context "PortfolioDialogs" (a `dialog.tr()` here
    would be extracted by lupdate under the variable's name and never found at run time)."""
    name = " ".join(text.split())
    if not name:
        return QCoreApplication.translate("PortfolioDialogs", "Enter a name for the portfolio.")
    if len(name) > MAX_NAME:
        return QCoreApplication.translate("PortfolioDialogs", "The name is too long: at most 120 characters.")
    if name.casefold() in taken:
        return QCoreApplication.translate("PortfolioDialogs", "A portfolio named {name} already exists.").format(
            name=name)
    return None


def _fill_owners(combo: QComboBox, owners: list[tuple[uuid.UUID, str]], current: uuid.UUID | None) -> None:
    combo.addItem("", None)  # "No owner", text set in retranslate
    for owner_id, name in owners:
        combo.addItem(name, owner_id)
    # findData cannot compare Python objects such as UUIDs: look for it by hand
    combo.setCurrentIndex(next((i for i in range(combo.count()) if current and combo.itemData(i) == current), 0))


class NewPortfolioDialog(FormDialog):
    """Name, kind, owner and description; `created_id` after OK."""

    def __init__(self, ctx: ServiceContext, taken_names: set[str], owners: list[tuple[uuid.UUID, str]],
                 default_owner: uuid.UUID | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.taken = {n.casefold() for n in taken_names}
        self.created_id: uuid.UUID | None = None
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(MAX_NAME + 20)
        self.kind = QComboBox(self)
        for kind in PortfolioKind:
            self.kind.addItem("", kind)
        self.owner = QComboBox(self)
        _fill_owners(self.owner, owners, default_owner)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.name_label, self.kind_label, self.owner_label, self.description_label = (
            QLabel(self), QLabel(self), QLabel(self), QLabel(self))
        self.add_row(self.name_label, self.name_edit)
        self.add_row(self.kind_label, self.kind)
        self.add_row(self.owner_label, self.owner)
        self.add_row(self.description_label, self.description)
        self.watch(self.name_edit.textChanged, self.kind.currentIndexChanged, self.owner.currentIndexChanged)
        self.finish()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New portfolio"))
        self.name_label.setText(self.tr("&Name:"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.owner_label.setText(self.tr("&Owner:"))
        self.description_label.setText(self.tr("&Description:"))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kind_label(self.kind.itemData(i)))
        self.owner.setItemText(0, self.tr("No owner"))

    def validate(self) -> str | None:
        return _name_problem(self, self.name_edit.text(), self.taken)

    def submit(self) -> None:
        self.created_id = portfolios.create_portfolio(
            self.ctx, self.name_edit.text(), self.kind.currentData(), self.owner.currentData(),
            self.description.toPlainText().strip() or None)


class RenamePortfolioDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, summary: Summary, taken_names: set[str], parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.summary = summary
        self.taken = {n.casefold() for n in taken_names if n.casefold() != summary.name.casefold()}
        self.name_edit = QLineEdit(summary.name, self)
        self.name_edit.setMaxLength(MAX_NAME + 20)
        self.name_edit.selectAll()
        self.name_label = QLabel(self)
        self.add_row(self.name_label, self.name_edit)
        self.watch(self.name_edit.textChanged)
        self.finish()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rename portfolio"))
        self.name_label.setText(self.tr("New &name:"))

    def validate(self) -> str | None:
        problem = _name_problem(self, self.name_edit.text(), self.taken)
        if problem is None and " ".join(self.name_edit.text().split()) == self.summary.name:
            return self.tr("Type the new name.")
        return problem

    def submit(self) -> None:
        portfolios.rename_portfolio(self.ctx, self.summary.id, self.name_edit.text(),
                                    expected_version=self.summary.version)


class OwnerDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, summary: Summary, owners: list[tuple[uuid.UUID, str]],
                 parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.summary = summary
        self.owner = QComboBox(self)
        _fill_owners(self.owner, owners, summary.owner_id)
        self.owner_label = QLabel(self)
        self.add_row(self.owner_label, self.owner)
        self.watch(self.owner.currentIndexChanged)
        self.finish()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change owner"))
        self.set_header(self.tr("Who looks after {name}?").format(name=self.summary.name))
        self.owner_label.setText(self.tr("&Owner:"))
        self.owner.setItemText(0, self.tr("No owner"))

    def validate(self) -> str | None:
        if self.owner.currentData() == self.summary.owner_id:
            return self.tr("Choose a different owner.")
        return None

    def submit(self) -> None:
        portfolios.set_owner(self.ctx, self.summary.id, self.owner.currentData(),
                             expected_version=self.summary.version)


def profile_choices(ctx: ServiceContext) -> list[tuple[str, str]]:
    """The base compliance profiles a portfolio can be checked against: (code, title in the UI language)."""
    language = QLocale().name().split("_")[0]
    bases = [layer for layer in layers(ctx).values() if layer.kind == "base"]
    return [(b.code, b.title.get(language) or b.title.get("en") or b.code)
            for b in sorted(bases, key=lambda b: b.code)]


class ComplianceProfileDialog(FormDialog):
    """Which compliance profile the portfolio's accounts are checked against (a per-portfolio override)."""

    def __init__(self, ctx: ServiceContext, summary: Summary, choices: list[tuple[str, str]],
                 parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.summary = summary
        self.profile = QComboBox(self)
        self.profile.addItem("", None)
        for code, title in choices:
            self.profile.addItem(f"{title} ({code})", code)
        self.profile.setCurrentIndex(max(0, self.profile.findData(summary.compliance_profile)))
        self.profile_label = QLabel(self)
        self.add_row(self.profile_label, self.profile)
        self.watch(self.profile.currentIndexChanged)
        self.finish()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compliance profile"))
        self.set_header(self.tr("Which rules apply to the accounts in {name}? The department's own policy "
                                "applies on top in every case.").format(name=self.summary.name))
        self.profile_label.setText(self.tr("&Profile:"))
        self.profile.setItemText(0, self.tr("The debtor's country decides"))

    def validate(self) -> str | None:
        if self.profile.currentData() == self.summary.compliance_profile:
            return self.tr("Choose a different profile.")
        return None

    def submit(self) -> None:
        portfolios.set_compliance_profile(self.ctx, self.summary.id, self.profile.currentData(),
                                          expected_version=self.summary.version)
