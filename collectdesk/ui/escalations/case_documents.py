"""The documents of the case shown in the escalations pane, written off the GUI thread: the referral
sheet (in the user's language) and the letter confirming an approved payment plan (in the debtor's).

A mixin of EscalationsPane (it uses the pane's case, outcome, ctx, message line and status signal). The
texts keep the pane's translation context, written out so lupdate files them there.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from collectdesk import i18n
from collectdesk.ui.tasks import run_task

t = QCoreApplication.translate  # an alias lupdate reads (translations/update.py resolves it)


class CaseDocuments:
    letter_path: Path | None = None  # the last plan letter written

    def save_referral_pdf(self) -> None:
        if self.case is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, t("EscalationsPane", "Save the referral sheet"),
                                              f"referral-{self.case.account_no}.pdf",
                                              t("EscalationsPane", "PDF files (*.pdf)"))
        if path:
            self.write_referral(path)

    def write_referral(self, path: str | Path) -> None:
        case_id, language = self.case.id, i18n.current_language()

        def work(_progress, _cancelled):
            from collectdesk.reports.referral_sheet import write_referral_pdf  # ReportLab: imported lazily
            return write_referral_pdf(self.ctx, case_id, path, language=language)

        run_task(self, work, title=t("EscalationsPane", "Referral sheet"),
                 label=t("EscalationsPane", "Writing the referral sheet…"),
                 on_done=lambda p: self.status_message.emit(
                     t("EscalationsPane", "Referral sheet saved: {path}").format(path=p)),
                 on_error=lambda exc: self._say(getattr(exc, "message", str(exc))))

    def save_plan_letter(self) -> None:
        plan = self.outcome.plan if self.outcome else None
        if self.case is None or plan is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"plan-letter-{self.case.account_no}-{date.today().isoformat()}.pdf"  # ready to attach to an e-mail
        path, _ = QFileDialog.getSaveFileName(self, t("EscalationsPane", "Save the payment plan letter"),
                                              str(Path(folder) / name) if folder else name,
                                              t("EscalationsPane", "PDF files (*.pdf)"))
        if path:
            self.write_plan_letter(path, plan.id)

    def write_plan_letter(self, path: str | Path, plan_id: uuid.UUID) -> None:
        """Write the letter in the debtor's language (plan_letter decides it) off the GUI thread."""
        def work(_progress, _cancelled):
            from collectdesk.reports.plan_letter import write_plan_letter  # ReportLab: imported lazily
            return write_plan_letter(self.ctx, plan_id, path)

        def done(written) -> None:
            self.letter_path = Path(written)
            text = t("EscalationsPane", "Plan letter saved: {path}").format(path=written)
            self._say("")
            self.message.setText(text)  # where it went, under the buttons (not an error)
            self.message.setVisible(True)
            self.status_message.emit(text)

        run_task(self, work, title=t("EscalationsPane", "Plan letter"),
                 label=t("EscalationsPane", "Writing the payment plan letter…"), on_done=done,
                 on_error=lambda exc: self._say(getattr(exc, "message", str(exc))))

