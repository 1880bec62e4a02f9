"""Set a flag on the debtor (dispute, cease contact, ...), or clear one that is set."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from collectdesk import i18n
from collectdesk.domain.enums import DebtorFlag
from collectdesk.services import debtors
from collectdesk.services.account_view import AccountDetail
from collectdesk.services.context import ServiceContext
from collectdesk.ui import labels
from collectdesk.ui.account.action_dialog import ActionDialog, fill_combo


class FlagDialog(ActionDialog):
    def __init__(self, ctx: ServiceContext, detail: AccountDetail, parent: QWidget | None = None,
                 flag: DebtorFlag | None = None):
        super().__init__(ctx, detail, parent)
        self.active = {f.flag: f for f in detail.debtor.flags}
        self.flag = QComboBox(self)
        self.note = QLineEdit(self)
        self.note.setMaxLength(500)
        self.flag_label, self.note_label = QLabel(self), QLabel(self)
        self.add_row(self.flag_label, self.flag)
        self.add_row(self.note_label, self.note)
        self.watch(self.flag.currentIndexChanged, self.note.textChanged)
        self.flag.currentIndexChanged.connect(self._flag_changed)
        self.finish()
        if flag is not None:
            self.preselect(self.flag, flag)

    def selected(self) -> DebtorFlag:
        return DebtorFlag(self.flag.currentData())

    def clearing(self) -> bool:
        return self.selected() in self.active

    def _flag_changed(self) -> None:
        self.ok_button().setText(self.tr("C&lear flag") if self.clearing() else self.tr("&Set flag"))

    def advice(self) -> str | None:
        entry = self.active.get(self.selected())
        if entry is None:
            return None
        return self.tr("Set on {date} by {who}. OK clears it; the history is kept.").format(
            date=i18n.format_datetime(entry.set_at), who=entry.set_by)

    def submit(self) -> None:
        note = self.note.text().strip() or None
        if self.clearing():
            debtors.clear_flag(self.ctx, self.detail.debtor.id, self.selected(), note=note)
        else:
            debtors.flag_debtor(self.ctx, self.detail.debtor.id, self.selected(), note=note,
                                expected_version=self.detail.debtor.version)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Debtor flags"))
        self.flag_label.setText(self.tr("&Flag:"))
        self.note_label.setText(self.tr("&Reason:"))
        self.note.setPlaceholderText(self.tr("Why (optional)"))
        items = []
        for flag, text in labels.choices(DebtorFlag):
            items.append((flag, self.tr("{flag} (set)").format(flag=text) if flag in self.active else text))
        fill_combo(self.flag, items)
        self._flag_changed()
