"""Helpers for the importer tests: write files in the encodings and layouts real exports use."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from collectdesk.store.models import Account


@pytest.fixture
def write_csv(tmp_path):
    """write_csv(text, name=..., encoding=..., bom=False) -> Path. Lines joined as given (\\n)."""

    def write(text: str, name: str = "import.csv", encoding: str = "utf-8", bom: bool = False,
              newline: str = "\n") -> Path:
        path = tmp_path / name
        data = text.replace("\n", newline).encode(encoding)
        if bom:
            data = b"\xef\xbb\xbf" + data
        path.write_bytes(data)
        return path

    return write


@pytest.fixture
def accounts_by_no(database):
    def fetch() -> dict[str, Account]:
        with database.ctx.reading() as s:
            return {a.account_no: a for a in s.scalars(select(Account))}
    return fetch
