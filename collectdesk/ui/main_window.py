"""The main window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from collectdesk.services.database import Database
from collectdesk.store.maintenance import stats


class MainWindow(QMainWindow):
    def __init__(self, database: Database):
        super().__init__()
        self.database = database
        self.setWindowTitle(self.tr("CollectDesk"))
        st = stats(database.engine)
        self.summary = QLabel(self.tr("{accounts} accounts in {db}").format(
            accounts=st.counts["accounts"], db=database.label))
        self.setCentralWidget(self.summary)
        self.resize(1200, 800)
