"""Passwords of shared databases live in the operating system's keyring, never in the settings file."""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)
SERVICE = "CollectDesk"


def _key(url: URL) -> str:
    return f"{url.username or ''}@{url.host or ''}:{url.port or 5432}/{url.database or ''}"


def keyring_available() -> bool:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        return getattr(backend, "priority", 1) > 0
    except Exception:  # any backend trouble means: no keyring
        return False


def store_password(url: URL, password: str) -> bool:
    if not keyring_available():
        return False
    try:
        import keyring

        keyring.set_password(SERVICE, _key(url), password)
        return True
    except Exception as exc:
        log.warning("keyring refused the password: %s", exc)
        return False


def load_password(url: URL) -> str | None:
    if not keyring_available():
        return None
    try:
        import keyring

        return keyring.get_password(SERVICE, _key(url))
    except Exception:
        return None


def with_password(location: str) -> str:
    """The URL to connect with: the saved location plus its password from the keyring, if any."""
    if "://" not in location:
        return location
    url = make_url(location)
    if url.password:
        return location
    password = load_password(url)
    if password:
        url = url.set(password=password)
    return url.render_as_string(hide_password=False)


def without_password(url: URL) -> str:
    return url.set(password=None).render_as_string(hide_password=False)
