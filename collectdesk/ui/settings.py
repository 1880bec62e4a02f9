"""Typed access to the user's settings (QSettings): language, database, profile, window state.

The database password is never stored here: it goes to the operating system's keyring
(collectdesk.ui.credentials).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from collectdesk import APP_NAME, ORG_NAME


class AppSettings:
    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings(ORG_NAME, APP_NAME)

    def _get(self, key: str, default=None, type_=str):
        value = self.q.value(key, default)
        if value is None:
            return default
        if type_ is bool:
            return value in (True, "true", "1", 1)
        try:
            return type_(value)
        except (TypeError, ValueError):
            return default

    # language and profile
    @property
    def language(self) -> str:
        return self._get("ui/language", "")

    @language.setter
    def language(self, code: str) -> None:
        self.q.setValue("ui/language", code)

    @property
    def user_name(self) -> str:
        return self._get("profile/name", "")

    @user_name.setter
    def user_name(self, name: str) -> None:
        self.q.setValue("profile/name", name)

    @property
    def user_role(self) -> str:
        return self._get("profile/role", "supervisor")

    @user_role.setter
    def user_role(self, role: str) -> None:
        self.q.setValue("profile/role", role)

    @property
    def display_currency(self) -> str:
        return self._get("profile/currency", "EUR")

    @display_currency.setter
    def display_currency(self, code: str) -> None:
        self.q.setValue("profile/currency", code)

    # database
    @property
    def database(self) -> str:
        """A SQLite path or a URL without password; empty until the first run chose one."""
        return self._get("database/location", "")

    @database.setter
    def database(self, location: str) -> None:
        self.q.setValue("database/location", location)

    # window state
    def save_bytes(self, key: str, data: QByteArray) -> None:
        self.q.setValue(f"window/{key}", data)

    def load_bytes(self, key: str) -> QByteArray | None:
        value = self.q.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def sync(self) -> None:
        self.q.sync()
