"""The ordered keys of a whole queue, held compactly, for sorts that no index answers and for filters on
the case (an open escalation, a plan state: such a queue is no larger than those tables).

SQLite: the rowids in an array of 64-bit integers (8 bytes a row, read from a covering index scan
without touching the table). PostgreSQL: the ids packed 16 bytes each. Either way 1,000,000 rows cost
8-16 MB, and a window is a slice turned into keys that `QueueQuery.rows(keys=...)` understands.
"""

from __future__ import annotations

import uuid
from array import array


class KeyList:
    def __init__(self, rowids: array | None = None, packed: bytes | None = None):
        self._rowids = rowids
        self._packed = packed

    def __len__(self) -> int:
        return len(self._rowids) if self._rowids is not None else len(self._packed) // 16

    @property
    def are_rowids(self) -> bool:
        return self._rowids is not None

    def slice(self, start: int, stop: int) -> list:
        if self._rowids is not None:
            return list(self._rowids[start:stop])
        chunk = self._packed[start * 16:stop * 16]
        return [uuid.UUID(bytes=chunk[i:i + 16]) for i in range(0, len(chunk), 16)]
