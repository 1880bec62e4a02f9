"""What every triage dialog of the inbox shares (assign, link, categorise, status, resolve).

The account panel's ActionDialog (collectdesk/ui/account/action_dialog.py) already is the form that
validates as the user types, keeps OK disabled until `validate()` is None, calls one service in
`submit()` with the version the user saw, shows a DomainError in the dialog and hands a StaleEditError
to the pane through `stale` (the pane says so and reloads the item). An inbox dialog is one of those
about a feedback item instead of an account: only the header differs.

Strings here use the literal context "InboxItemDialog" (lupdate finds them there).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from collectdesk.services.context import ServiceContext
from collectdesk.ui.account.action_dialog import ActionDialog


class InboxItemDialog(ActionDialog):
    def __init__(self, ctx: ServiceContext, item, parent: QWidget | None = None):
        super().__init__(ctx, None, parent)  # no account: the dialog is about `item`
        self.item = item  # the ItemDetail the user is looking at
        self.setMinimumWidth(440)

    def header_text(self) -> str:
        item = self.item
        sender = getattr(item, "sender_name", None) or getattr(item, "sender_address", None) or ""
        subject = getattr(item, "subject", "") or QCoreApplication.translate("InboxItemDialog", "(no subject)")
        return QCoreApplication.translate("InboxItemDialog", "{subject}\nFrom: {sender}").format(
            subject=subject, sender=sender or "\u2014")
