"""No secret is committed in the Windows and macOS build recipes: no Apple team id, Apple ID, app-specific
password, token or private key; signing and notarisation read theirs from the environment and the keychain."""

from __future__ import annotations

import re

import pytest
from recipe_files import ENTITLEMENTS, ISS, MACOS_SH, PS1

SECRET_PATTERNS = {
    "an Apple team id": r"\b(?=[A-Z0-9]{10}\b)(?=[A-Z]*[0-9])(?=[0-9]*[A-Z])[A-Z0-9]{10}\b",
    "an app-specific password": r"\b[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}\b",
    "a password or token assigned": r"(?i)\b(password|passwd|secret|token|app-specific)\w*\s*[:=]\s*['\"]?\w",
    "a password on a command line": r"(?i)--password\b",
    "an Apple ID": r"[\w.+-]+@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}\b",
    "a private key": r"-----BEGIN",
}


@pytest.mark.parametrize("path", [ISS, PS1, MACOS_SH, ENTITLEMENTS], ids=lambda p: p.name)
def test_no_secret_or_team_id_is_committed(path):
    text = path.read_text(encoding="utf-8-sig")
    for what, pattern in SECRET_PATTERNS.items():
        match = re.search(pattern, text)
        assert not match, f"{path.name} seems to contain {what}: {match.group(0)!r}"
