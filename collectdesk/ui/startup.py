"""Opening a database from the GUI: connect, build the demo if asked (with progress), report problems."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import func, select

from collectdesk.domain.errors import DomainError
from collectdesk.services.database import Database, open_database
from collectdesk.store.models import Account
from collectdesk.ui.credentials import with_password
from collectdesk.ui.database_dialog import DatabaseChoice
from collectdesk.ui.tasks import run_task


def _has_accounts(database: Database) -> bool:
    with database.ctx.reading() as s:
        return bool(s.scalar(select(func.count()).select_from(Account)))


def open_choice(parent: QWidget | None, choice: DatabaseChoice, on_opened: Callable[[Database], None],
                on_failed: Callable[[str], None] | None = None, *, actor: str | None = None) -> None:
    def fail(message: str) -> None:
        if on_failed is not None:
            on_failed(message)
        else:
            QMessageBox.warning(parent, QCoreApplication.translate("Startup", "Database"), message)

    try:
        database = open_database(with_password(choice.connect_url), actor=actor)
    except DomainError as exc:
        fail(exc.message)
        return
    if not choice.demo or _has_accounts(database):
        on_opened(database)
        return

    from collectdesk.services.demo import build_demo

    def done(_summary) -> None:
        on_opened(database)

    def failed(exc: BaseException) -> None:
        database.close()
        fail(exc.message if isinstance(exc, DomainError) else str(exc))

    def build(progress, cancelled):
        from collectdesk.store.maintenance import analyze

        summary = build_demo(database.ctx, progress=progress, cancelled=cancelled)
        analyze(database.engine)
        return summary

    run_task(parent, build,
             on_done=done, on_error=failed, title=QCoreApplication.translate("Startup", "Demo database"),
             label=QCoreApplication.translate("Startup", "Building a demo collections department\u2026"))
