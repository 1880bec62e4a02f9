"""One finding: what happened in plain words, the rule (basis, source, verified), the activities involved,
the account, and the review.

Opened from the Compliance pane (Enter or double-click on a finding) and from a staff member's page.
"Open account" asks the main window to show the account in the Queues pane (`open_account`); the dialog
stays open. The review needs an outcome and a note; the Save button says what is missing while the user
types. A false positive dismisses the finding; the other outcomes mark it reviewed. A finding someone else
reviewed meanwhile is not overwritten: the dialog says who did it, reloads, and keeps the note typed.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPlainTextEdit, QPushButton,
                               QTableView, QVBoxLayout)

from collectdesk import i18n
from collectdesk.compliance.explain import basis_text, rule_type_text
from collectdesk.domain.enums import FindingReview, FindingSeverity, FindingStatus
from collectdesk.domain.errors import DomainError, NotFoundError, StaleEditError, ValidationError
from collectdesk.services.compliance import findings as service
from collectdesk.services.compliance.findings import FindingDetail
from collectdesk.ui.compliance.activities_model import FindingActivitiesModel
from collectdesk.ui.compliance.finding_labels import (review_hint, review_text, severity_colour, severity_text,
                                                     status_text)
from collectdesk.ui.icons import icon
from collectdesk.ui.labels import status_label


def _wrapping(parent) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    return label


class FindingDialog(QDialog):
    open_account = Signal(object)  # uuid.UUID
    changed = Signal(object)  # the finding's id, after a review or reopening

    def __init__(self, database, finding_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.database = database
        self.finding_id = finding_id
        self.detail: FindingDetail | None = None

        self.heading = _wrapping(self)
        self.meta = _wrapping(self)
        self.meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.explanation = _wrapping(self)
        font = self.explanation.font()
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.explanation.setFont(font)

        self.rule_box = QGroupBox(self)
        self.rule_type, self.basis, self.source, self.verified = (_wrapping(self) for _ in range(4))
        self.source.setOpenExternalLinks(True)
        self.rule_form = QFormLayout(self.rule_box)
        self.rule_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rule_labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(self.rule_labels, (self.rule_type, self.basis, self.source, self.verified)):
            self.rule_form.addRow(label, field)
        self.rule_gone = _wrapping(self)
        self.rule_form.addRow(self.rule_gone)

        self.activities_label = QLabel(self)
        self.activities = FindingActivitiesModel(self)
        self.activities_view = QTableView(self)
        self.activities_view.setModel(self.activities)
        self.activities_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activities_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activities_view.verticalHeader().hide()
        self.activities_view.setWordWrap(False)
        self.activities_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.activities_view.horizontalHeader().setStretchLastSection(True)
        self.activities_label.setBuddy(self.activities_view)

        self.account = _wrapping(self)
        self.open_button = QPushButton(icon("queue"), "", self)
        self.open_button.clicked.connect(self._open_account)
        account_row = QHBoxLayout()
        account_row.addWidget(self.account, 1)
        account_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)

        self.review_box = QGroupBox(self)
        self.current_review = _wrapping(self)
        self.reopen_button = QPushButton(self)
        self.reopen_button.clicked.connect(self.reopen)
        self.outcome = QComboBox(self)
        self.outcome.addItem("", None)
        for review in FindingReview:
            self.outcome.addItem("", review.value)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.hint = _wrapping(self)
        self.save_button = QPushButton(icon("save"), "", self)
        self.save_button.clicked.connect(self.save_review)
        self.outcome_label, self.note_label = QLabel(self), QLabel(self)
        self.outcome_label.setBuddy(self.outcome)
        self.note_label.setBuddy(self.note)
        review_form = QFormLayout()
        review_form.addRow(self.outcome_label, self.outcome)
        review_form.addRow(self.note_label, self.note)
        current_row = QHBoxLayout()
        current_row.addWidget(self.current_review, 1)
        current_row.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignTop)
        save_row = QHBoxLayout()
        save_row.addWidget(self.hint, 1)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self.review_box)
        box.addLayout(current_row)
        box.addLayout(review_form)
        box.addLayout(save_row)
        self.outcome.currentIndexChanged.connect(self._validate)
        self.note.textChanged.connect(self._validate)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.meta)
        layout.addWidget(self.explanation)
        layout.addWidget(self.rule_box)
        layout.addWidget(self.activities_label)
        layout.addWidget(self.activities_view, 1)
        layout.addLayout(account_row)
        layout.addWidget(self.review_box)
        layout.addWidget(buttons)
        self.resize(900, 720)
        self.retranslate()
        self.reload()

    # ---- content -------------------------------------------------------------------------
    def reload(self) -> bool:
        try:
            self.detail = service.finding_detail(self.database.ctx, self.finding_id)
        except NotFoundError as exc:
            self.detail = None
            self.heading.setText(exc.message)
            for w in (self.rule_box, self.review_box, self.open_button, self.activities_view):
                w.setEnabled(False)
            return False
        self._show()
        return True

    def _show(self) -> None:
        d = self.detail
        row = d.row
        colour = severity_colour(row.severity).name()
        self.setWindowTitle(self.tr("Finding: {rule}").format(rule=row.rule_name))
        self.heading.setText(self.tr("<b>{rule}</b> \u2014 <span style='color:{colour}'>{severity}</span> "
                                     "\u2014 {status}").format(rule=_html(row.rule_name), colour=colour,
                                                               severity=severity_text(row.severity),
                                                               status=status_text(row.status)))
        self.meta.setText(self.tr("{when} \u00b7 collector: {collector} \u00b7 profile {profile} {version}").format(
                                                      when=i18n.format_datetime(row.found_at),
                                                      collector=row.collector or self.tr("none"),
                                                      profile=row.profile_code, version=row.profile_version))
        self.explanation.setText(d.explanation)
        rule = d.rule
        for w in (*self.rule_labels, self.rule_type, self.basis, self.source, self.verified):
            w.setVisible(rule is not None)
        self.rule_gone.setVisible(rule is None)
        if rule is not None:
            self.rule_type.setText(rule_type_text(rule.type))
            self.basis.setText(basis_text(rule.basis))
            source = _html(" ".join(rule.source.split()))
            self.source.setText(f"{source}<br><a href='{_html(rule.url)}'>{_html(rule.url)}</a>" if rule.url
                                else source)
            if rule.verified:
                self.verified.setText(self.tr("\u2713 Checked against the primary text"))
            else:
                self.verified.setText(self.tr("<span style='color:{colour}'>\u26a0 Not verified</span>: not "
                                              "checked against the primary text (a secondary source, a draft "
                                              "or a default); have it checked before relying on it.").format(
                    colour=severity_colour(FindingSeverity.WARN).name()))
        self.activities.set_rows(d.activities)
        if d.missing_activities:
            self.activities_label.setText(self.tr("&Activities involved (%n no longer in the log):", "",
                                                  d.missing_activities))
        else:
            self.activities_label.setText(self.tr("&Activities involved:"))
        self.activities_label.setVisible(bool(d.activities) or bool(d.missing_activities))
        self.activities_view.setVisible(bool(d.activities))
        if row.account_id is not None:
            parts = [self.tr("Account <b>{account}</b>").format(account=_html(row.account_no or "")),
                     _html(row.debtor or "")]
            if d.balance is not None:
                parts.append(self.tr("balance {amount}").format(amount=i18n.format_money(d.balance, d.currency)))
            if d.account_status is not None:
                parts.append(status_label(d.account_status))
            if d.debtor_timezone:
                parts.append(self.tr("debtor's time zone {zone}").format(zone=_html(d.debtor_timezone)))
            self.account.setText(" \u00b7 ".join(p for p in parts if p))
        else:
            self.account.setText(self.tr("No account is linked to this finding."))
        self.open_button.setEnabled(row.account_id is not None)
        reviewed = row.status is not FindingStatus.OPEN
        self.reopen_button.setVisible(reviewed)
        if reviewed and row.review is not None:
            when = i18n.format_datetime(row.reviewed_at) if row.reviewed_at else "?"
            self.current_review.setText(self.tr("<b>{outcome}</b> by {who} on {when}: {note}").format(
                outcome=review_text(row.review), who=_html(row.reviewed_by or "?"), when=when,
                note=_html(row.review_note or "")))
        elif reviewed:
            self.current_review.setText(status_text(row.status))
        else:
            self.current_review.setText(self.tr("Not reviewed yet."))
        self._validate()

    # ---- review --------------------------------------------------------------------------
    def chosen_outcome(self) -> FindingReview | None:
        value = self.outcome.currentData()
        return FindingReview(value) if value else None

    def _validate(self) -> bool:
        outcome = self.chosen_outcome()
        problem = None
        try:
            service.check_note(self.note.toPlainText())
        except ValidationError as exc:
            problem = exc.message
        if outcome is None:
            problem = self.tr("Choose what was done about the finding.")
        ok = problem is None and self.detail is not None
        self.save_button.setEnabled(ok)
        self.hint.setText(review_hint(outcome) if ok else (problem or ""))
        return ok

    def save_review(self) -> None:
        if not self._validate():
            return
        try:
            service.review(self.database.ctx, self.finding_id, self.chosen_outcome(), self.note.toPlainText(),
                           expected_version=self.detail.row.version)
        except StaleEditError as exc:
            QMessageBox.warning(self, self.tr("Review not saved"), exc.message)
            self.reload()  # the typed note stays in the editor
            return
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Review not saved"), exc.message)
            return
        self.note.clear()
        self.outcome.setCurrentIndex(0)
        self.reload()
        self.changed.emit(self.finding_id)

    def reopen(self) -> None:
        try:
            service.reopen(self.database.ctx, self.finding_id, expected_version=self.detail.row.version)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Finding not reopened"), exc.message)
            self.reload()
            return
        self.reload()
        self.changed.emit(self.finding_id)

    def _open_account(self) -> None:
        if self.detail is not None and self.detail.row.account_id is not None:
            self.open_account.emit(self.detail.row.account_id)

    # ---- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.rule_box.setTitle(self.tr("Rule"))
        for label, text in zip(self.rule_labels, (self.tr("Type:"), self.tr("Basis:"), self.tr("Source:"),
                                                  self.tr("Verified:"))):
            label.setText(text)
        self.rule_gone.setText(self.tr("This rule is no longer in any compliance profile; the explanation is "
                                       "written from what was recorded when the finding was made."))
        self.open_button.setText(self.tr("&Open account"))
        self.open_button.setToolTip(self.tr("Show the account in the Queues pane"))
        self.review_box.setTitle(self.tr("Review"))
        self.reopen_button.setText(self.tr("Reo&pen"))
        self.outcome_label.setText(self.tr("O&utcome:"))
        self.note_label.setText(self.tr("&Note:"))
        self.note.setPlaceholderText(self.tr("What was done, and why (required)"))
        self.outcome.setItemText(0, self.tr("Choose\u2026"))
        for i in range(1, self.outcome.count()):
            self.outcome.setItemText(i, review_text(FindingReview(self.outcome.itemData(i))))
        self.save_button.setText(self.tr("&Save review"))
        if self.detail is not None:
            self._show()


def _html(text: str | None) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
