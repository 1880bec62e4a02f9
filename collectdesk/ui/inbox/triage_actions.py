"""Triage from the keyboard: the inbox's actions, their keys, and what they do.

    A  Assign an owner…          L  Link to an account…       C  Categorise…
    S  Change the status…        R  Resolve…                  D  Set the dispute flag… (asks first)
    W  Acknowledge               O  Open the account          Space / Enter  Mark read, go to the next
    J / ↓  next item             K / ↑  previous item

Single keys work while the list (or the item beside it) has the focus, so they never fire while typing
in the search field, and they do not clash with the main window's Ctrl+1..6, Ctrl+F, F5, Ctrl+E,
Ctrl+,. Every action shows its key in its tooltip and in the list's context menu.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from collectdesk.domain.errors import DomainError, StaleEditError
from collectdesk.services.inbox import items as inbox
from collectdesk.ui.icons import icon
from collectdesk.ui.inbox.link_dialog import LinkDialog
from collectdesk.ui.inbox.triage_dialogs import (AssignDialog, CategoriseDialog, ResolveDialog, StatusDialog,
                                                is_suggestion)

KEYS = {
    "assign": ("A",), "link": ("L",), "categorise": ("C",), "status": ("S",), "resolve": ("R",),
    "dispute": ("D",), "acknowledge": ("W",), "open_account": ("O",), "read_next": ("Space", "Return", "Enter"),
    "next": ("J",), "previous": ("K",),
}
ICONS = {"assign": "user", "link": "queue", "categorise": "filter", "status": "status", "resolve": "promise",
         "dispute": "flag", "acknowledge": "mail", "open_account": "queue"}


class TriageActions(QObject):
    """The actions live on `scope` (the list and the item view) with WidgetWithChildrenShortcut."""

    def __init__(self, pane, scope: QWidget):
        super().__init__(pane)
        self.pane = pane
        self.dialog = None
        self.actions: dict[str, QAction] = {}
        for name, keys in KEYS.items():
            action = QAction(self)
            if name in ICONS:
                action.setIcon(icon(ICONS[name]))
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(getattr(self, name))
            scope.addAction(action)
            self.actions[name] = action
        self.retranslate()
        self.update_enabled(None)

    # ---- texts and state -------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "assign": (self.tr("&Assign owner\u2026"), self.tr("Give the item to the person who works on it")),
            "link": (self.tr("&Link to account\u2026"), self.tr("Link the item to an account, its debtor and the "
                                                              "collector it concerns")),
            "categorise": (self.tr("&Categorise\u2026"), self.tr("Set the category, topic and severity")),
            "status": (self.tr("Change &status\u2026"), self.tr("Move the item along its flow")),
            "resolve": (self.tr("&Resolve\u2026"), self.tr("Record the outcome, what was done and the reply")),
            "dispute": (self.tr("Set &dispute flag\u2026"), self.tr("Mark the linked account's debtor as "
                                                                   "disputing; collection on it pauses")),
            "acknowledge": (self.tr("Ac&knowledge"), self.tr("Record that the sender was told the item arrived")),
            "open_account": (self.tr("&Open account"), self.tr("Show the linked account in the Queues pane")),
            "read_next": (self.tr("Mark read and &next"), self.tr("Mark the item read and go to the next one")),
            "next": (self.tr("Ne&xt item"), self.tr("Go to the next item")),
            "previous": (self.tr("&Previous item"), self.tr("Go to the previous item")),
        }
        for name, (text, tip) in texts.items():
            action = self.actions[name]
            action.setText(text)
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()[:2])
            action.setToolTip(self.tr("{what} ({keys})").format(what=tip, keys=keys))
            action.setStatusTip(tip)

    def update_enabled(self, item) -> None:
        has = item is not None
        for name in ("assign", "link", "categorise", "status", "resolve", "acknowledge", "read_next"):
            self.actions[name].setEnabled(has)
        linked = has and item.account_id is not None
        self.actions["dispute"].setEnabled(linked)
        self.actions["open_account"].setEnabled(linked)
        self.actions["acknowledge"].setEnabled(has and item.acknowledged_at is None)

    def context_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        for group in (("read_next", "acknowledge"), ("assign", "link", "categorise", "status", "resolve"),
                      ("dispute", "open_account"), ("next", "previous")):
            for name in group:
                menu.addAction(self.actions[name])
            menu.addSeparator()
        return menu

    # ---- the actions ----------------------------------------------------------------------------
    def _item(self):
        return self.pane.current_item()

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.stale.connect(self.pane.show_stale)
        dialog.accepted.connect(self.pane.item_changed)
        dialog.finished.connect(lambda _r: self.pane.table.setFocus())  # keep triaging from the keyboard
        dialog.open()

    def assign(self) -> None:
        item = self._item()
        if item is not None:
            self._open(AssignDialog(self.pane.database.ctx, item, self.pane.people, self.pane))

    def link(self) -> None:
        item = self._item()
        if item is not None:
            self._open(LinkDialog(self.pane.database.ctx, item, self.pane.collectors, self.pane))

    def categorise(self) -> None:
        item = self._item()
        if item is not None:
            self._open(CategoriseDialog(self.pane.database.ctx, item, self.pane.topics, self.pane))

    def status(self) -> None:
        item = self._item()
        if item is not None:
            self._open(StatusDialog(self.pane.database.ctx, item, self.pane))

    def resolve(self) -> None:
        item = self._item()
        if item is None:
            return
        if is_suggestion(item):  # a suggestion is adopted or declined, with a reply
            self._open(StatusDialog(self.pane.database.ctx, item, self.pane))
        else:
            self._open(ResolveDialog(self.pane.database.ctx, item, self.pane))

    def dispute(self, *, confirm: bool = True) -> None:
        item = self._item()
        if item is None:
            return
        if item.account_id is None:
            self.pane.say(self.tr("Link the item to an account first (L)."))
            return
        if "dispute" in item.debtor_flags:
            self.pane.say(self.tr("{debtor} is already flagged as disputing.").format(debtor=item.debtor_name))
            return
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Set the dispute flag"),
                              self.tr("Flag {debtor} (account {account}) as disputing? Collection on the debtor's "
                                      "accounts pauses until the flag is cleared.").format(
                                  debtor=item.debtor_name or "", account=item.account_no),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.pane)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            self.dialog = box
            box.buttonClicked.connect(lambda button: self._flag(item) if box.standardButton(button)
                                      == QMessageBox.StandardButton.Yes else None)
            box.open()
            return
        self._flag(item)

    def _flag(self, item) -> None:
        if self._run(lambda: inbox.flag_dispute(self.pane.database.ctx, item.id)):
            self.pane.say(self.tr("{debtor} is flagged as disputing; collection pauses.").format(
                debtor=item.debtor_name or item.account_no))

    def acknowledge(self) -> None:
        item = self._item()
        if item is not None and self._run(lambda: inbox.acknowledge(self.pane.database.ctx, item.id)):
            self.pane.say(self.tr("Acknowledged."))

    def open_account(self) -> None:
        item = self._item()
        if item is not None and item.account_id is not None:
            self.pane.open_account.emit(item.account_id)

    def read_next(self) -> None:
        row = self.pane.current_row()
        if row is None:
            return
        if row.unread:
            try:
                inbox.mark_read(self.pane.database.ctx, row.id)
            except DomainError as exc:
                self.pane.show_error(exc)
                return
            self.pane.model.replace_row(dataclasses.replace(row, unread=False))
            self.pane.figure_changed("unread", -1)
        self.next()

    def next(self) -> None:
        self.pane.move_current(+1)

    def previous(self) -> None:
        self.pane.move_current(-1)

    def _run(self, change) -> bool:
        """One short change in the GUI thread; errors become messages, a stale item is reloaded."""
        try:
            change()
        except StaleEditError as exc:
            self.pane.show_stale(exc)
            return False
        except DomainError as exc:
            self.pane.show_error(exc)
            return False
        self.pane.item_changed()
        return True
